package com.regimen.core.messages;

import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.outbox.Channel;
import com.regimen.core.outbox.MessageEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * The one rule on whether a due message goes now, checked just before it is sent (never only when it
 * was written), so a cancellation, a move or an opt-out made meanwhile holds: nothing about a visit
 * that is cancelled, no reminder for a time the visit no longer has, nothing on a channel the patient
 * opted out of, and nothing in the location's quiet hours (deferred to their end, never dropped).
 */
final class SendRule {
    sealed interface Decision permits Send, Skip, Defer {
    }

    record Send(String address) implements Decision {
    }

    /** @param reason a stable code, shown to the desk */
    record Skip(String reason) implements Decision {
    }

    record Defer(Instant until, String reason) implements Decision {
    }

    private SendRule() {
    }

    static Decision decide(Message message, Optional<MessageFacts> found, boolean optedOut, boolean configured,
                           QuietHours quiet, Instant now) {
        if (found.isEmpty()) {
            return new Skip("NOT_SENT_NO_SUCH_VISIT");
        }
        MessageFacts facts = found.get();
        MessageEvent event = message.event();
        AppointmentStatus status = facts.appointment().status();
        if ((event.aboutTheVisitAhead() || event == MessageEvent.AFTER_CARE) && status == AppointmentStatus.CANCELLED) {
            return new Skip("NOT_SENT_VISIT_CANCELLED");
        }
        if (event == MessageEvent.REMINDER || event == MessageEvent.RESCHEDULE) {
            if (message.visitStartsAt() != null && !message.visitStartsAt().equals(facts.appointment().startsAt())) {
                return new Skip("NOT_SENT_VISIT_MOVED");
            }
        }
        if (event.aboutTheVisitAhead()) {
            if (status != AppointmentStatus.BOOKED) {
                return new Skip("NOT_SENT_VISIT_NOT_AHEAD");
            }
            if (!now.isBefore(facts.appointment().startsAt())) {
                return new Skip("NOT_SENT_VISIT_STARTED");
            }
        }
        if (optedOut) {
            return new Skip("NOT_SENT_OPTED_OUT");
        }
        if (!configured) {
            return new Skip("NOT_SENT_CHANNEL_NOT_CONFIGURED");
        }
        String address = message.channel() == Channel.EMAIL ? facts.patient().email() : facts.patient().phone();
        if (address == null || address.isBlank()) {
            return new Skip(message.channel() == Channel.EMAIL ? "NOT_SENT_NO_EMAIL" : "NOT_SENT_NO_PHONE");
        }
        Optional<Instant> quietUntil = quiet.deferral(now, facts.zone());
        if (quietUntil.isPresent()) {
            return new Defer(quietUntil.get(), "DEFERRED_QUIET_HOURS");
        }
        return new Send(address);
    }
}
