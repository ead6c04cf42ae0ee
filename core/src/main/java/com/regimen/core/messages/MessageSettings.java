package com.regimen.core.messages;

import com.regimen.core.outbox.Channel;

import java.time.LocalTime;
import java.util.List;

/**
 * A clinic chain's message settings.
 *
 * @param reminderHours how many hours before a visit each reminder goes (e.g. 48 and 24)
 * @param quietFrom     no message goes out from this local time (the location's zone) ...
 * @param quietTo       ... until this one; equal times: no quiet hours
 * @param channels      the channels the chain messages patients on
 */
public record MessageSettings(List<Integer> reminderHours, LocalTime quietFrom, LocalTime quietTo,
                              List<Channel> channels) {
    public static final MessageSettings DEFAULT = new MessageSettings(List.of(48, 24), LocalTime.of(21, 0),
            LocalTime.of(8, 0), List.of(Channel.EMAIL, Channel.SMS));

    public QuietHours quietHours() {
        return new QuietHours(quietFrom, quietTo);
    }
}
