package com.regimen.core.messages;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.outbox.Channel;
import com.regimen.core.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads and changes a clinic chain's {@link MessageSettings}; reminders already written keep their times. */
public final class ClinicMessageSettings {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public ClinicMessageSettings(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public MessageSettings of(String tenantId) {
        return jdbi.withExtension(MessageSettingsDao.class, dao -> dao.find(tenantId))
                .map(ClinicMessageSettings::parse).orElse(MessageSettings.DEFAULT);
    }

    public MessageSettings get(StaffIdentity reader) {
        return of(reader.tenantId());
    }

    /** Every bad field at once: 1 to 4 reminders, each 1 to 336 hours before; at least one channel. */
    public MessageSettings update(StaffIdentity actor, MessageSettings wanted) {
        List<FieldError> errors = new ArrayList<>();
        List<Integer> hours = wanted.reminderHours() == null ? List.of() : wanted.reminderHours();
        if (hours.size() > 4 || hours.stream().anyMatch(h -> h == null || h < 1 || h > 336)
                || hours.stream().distinct().count() != hours.size()) {
            errors.add(new FieldError("reminderHours", "at most 4 different hours, each 1 to 336"));
        }
        if (wanted.quietFrom() == null) {
            errors.add(new FieldError("quietFrom", "must be a time of day (HH:mm)"));
        }
        if (wanted.quietTo() == null) {
            errors.add(new FieldError("quietTo", "must be a time of day (HH:mm)"));
        }
        List<Channel> channels = wanted.channels() == null ? List.of() : wanted.channels();
        // Not contains(null): an immutable list (List.of) throws on it instead of answering.
        if (channels.isEmpty() || channels.stream().anyMatch(Objects::isNull)
                || channels.stream().distinct().count() != channels.size()) {
            errors.add(new FieldError("channels", "one or more of EMAIL, SMS, WHATSAPP, each once"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The message settings are not valid.",
                    errors, Map.of());
        }
        MessageSettings settings = new MessageSettings(hours.stream().sorted((a, b) -> b - a).toList(),
                wanted.quietFrom().withSecond(0).withNano(0), wanted.quietTo().withSecond(0).withNano(0), channels);
        Outbox.Settings columns = new Outbox.Settings(settings.reminderHours(), settings.channels());
        jdbi.useTransaction(handle -> {
            handle.attach(MessageSettingsDao.class).save(actor.tenantId(), columns.reminderHoursColumn(),
                    settings.quietFrom(), settings.quietTo(), columns.channelsColumn(), actor.actorId(),
                    clock.instant());
            audit.record(handle, actor, "message-settings.updated", "tenant", actor.tenantId(),
                    Map.of("reminderHours", settings.reminderHours(), "quietFrom", settings.quietFrom().toString(),
                            "quietTo", settings.quietTo().toString(), "channels", settings.channels()));
        });
        return settings;
    }

    private static MessageSettings parse(String stored) {
        String[] parts = stored.split(";", -1);
        List<Integer> hours = parts[0].isBlank() ? List.of()
                : Arrays.stream(parts[0].split(",")).map(Integer::valueOf).toList();
        List<Channel> channels = Arrays.stream(parts[3].split(",")).map(Channel::valueOf).toList();
        return new MessageSettings(hours, LocalTime.parse(parts[1]), LocalTime.parse(parts[2]), channels);
    }
}
