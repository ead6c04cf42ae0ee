package com.regimen.web.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.regimen.core.messages.Message;
import com.regimen.core.messages.MessageSettings;
import com.regimen.core.messages.MessageStatus;
import com.regimen.core.messages.MessageTemplate;
import com.regimen.core.outbox.Channel;
import com.regimen.core.outbox.MessageEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Patient messages as the desk and the back office see them. */
public final class MessageViews {
    private MessageViews() {
    }

    /** One message on one channel and where it stands; nothing of its text or address (rendered only when sent). */
    public record MessageView(
            String id, MessageEvent event, Channel channel,
            @Schema(nullable = true) String appointmentId,
            @Schema(nullable = true) String refundId,
            MessageStatus status,
            @Schema(nullable = true, description = "Why it was not sent, is waiting or failed: a stable code such as "
                    + "NOT_SENT_OPTED_OUT, NOT_SENT_CHANNEL_NOT_CONFIGURED, NOT_SENT_VISIT_CANCELLED, "
                    + "NOT_SENT_VISIT_MOVED, DEFERRED_QUIET_HOURS, RETRYING_PROVIDER_UNAVAILABLE_HTTP_503")
            String reason,
            int attempts,
            @Schema(description = "Not sent before this time") Instant notBefore,
            @Schema(description = "When it is next tried, while PENDING or DEFERRED") Instant nextAttemptAt,
            @Schema(nullable = true) Instant sentAt,
            Instant createdAt) {
        public static MessageView of(Message m) {
            return new MessageView(m.id(), m.event(), m.channel(), m.appointmentId(), m.refundId(), m.status(),
                    m.reason(), m.attempts(), m.notBefore(), m.nextAttemptAt(), m.sentAt(), m.createdAt());
        }
    }

    public record MessageList(List<MessageView> data) {
        public static MessageList of(List<Message> messages) {
            return new MessageList(messages.stream().map(MessageView::of).toList());
        }
    }

    /** The channels a patient opted out of; sent to change them, each channel named is set, the others stay. */
    public record OptOutsView(@NotNull Boolean email, @NotNull Boolean sms, @NotNull Boolean whatsapp) {
        public static OptOutsView of(Set<Channel> optedOut) {
            return new OptOutsView(optedOut.contains(Channel.EMAIL), optedOut.contains(Channel.SMS),
                    optedOut.contains(Channel.WHATSAPP));
        }
    }

    public record MessageSettingsView(
            @NotNull @Size(max = 4) @Schema(description = "Hours before the visit each reminder goes, 1 to 336")
            List<Integer> reminderHours,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = "string", pattern = "^\\d{2}:\\d{2}$",
                    example = "21:00", description = "Quiet hours start, the location's local time") LocalTime quietFrom,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = "string", pattern = "^\\d{2}:\\d{2}$",
                    example = "08:00", description = "Quiet hours end; equal to quietFrom: none") LocalTime quietTo,
            @NotNull @Size(min = 1, max = 3) List<Channel> channels) {
        public static MessageSettingsView of(MessageSettings s) {
            return new MessageSettingsView(s.reminderHours(), s.quietFrom(), s.quietTo(), s.channels());
        }

        public MessageSettings toSettings() {
            return new MessageSettings(reminderHours, quietFrom, quietTo, channels);
        }
    }

    public record MessageTemplateView(MessageEvent event, String language, String subject, String body,
                                      @Schema(description = "false: the shipped default") boolean customised) {
        public static MessageTemplateView of(MessageTemplate t) {
            return new MessageTemplateView(t.event(), t.language(), t.subject(), t.body(), t.customised());
        }
    }

    public record MessageTemplateList(List<MessageTemplateView> data) {
    }

    public record MessageTemplateRequest(@NotNull @Size(min = 1, max = 200) String subject,
                                         @NotNull @Size(min = 1, max = 5000) String body) {
    }
}
