package com.regimen.core.outbox;

import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The transactional outbox: the domains call these on the handle of the transaction that makes the
 * event, so a message exists exactly when its cause was committed. Only facts are written (who, which
 * visit, when it may go); {@code core.messages} decides at send time whether and what to send. Low in
 * the package ranks so booking and payments can call it.
 */
public final class Outbox {
    /** Reminder hours and channels when a clinic chain has not chosen its own. */
    public static final List<Integer> DEFAULT_REMINDER_HOURS = List.of(48, 24);
    public static final List<Channel> DEFAULT_CHANNELS = List.of(Channel.EMAIL, Channel.SMS);

    private Outbox() {
    }

    /** A confirmation now, and a reminder at each of the clinic's reminder hours still ahead. */
    public static void booked(Handle handle, String tenantId, String patientId, String appointmentId, Instant startsAt,
                              Instant now) {
        Settings settings = settings(handle, tenantId);
        List<OutboxEntry> entries = new ArrayList<>(entries(tenantId, MessageEvent.CONFIRMATION,
                "CONFIRMATION:" + appointmentId, patientId, appointmentId, null, startsAt, now, now, settings));
        entries.addAll(reminders(tenantId, patientId, appointmentId, startsAt, now, settings));
        handle.attach(OutboxDao.class).insert(entries);
    }

    /** The old time's reminders are skipped; a notice now, and reminders for the new time. */
    public static void rescheduled(Handle handle, String tenantId, String patientId, String appointmentId,
                                   Instant newStart, Instant now) {
        Settings settings = settings(handle, tenantId);
        OutboxDao dao = handle.attach(OutboxDao.class);
        dao.supersedeReminders(tenantId, appointmentId, "NOT_SENT_VISIT_MOVED", now);
        List<OutboxEntry> entries = new ArrayList<>(entries(tenantId, MessageEvent.RESCHEDULE,
                "RESCHEDULE:" + appointmentId + ":" + newStart, patientId, appointmentId, null, newStart, now, now,
                settings));
        entries.addAll(reminders(tenantId, patientId, appointmentId, newStart, now, settings));
        dao.insert(entries);
    }

    /** A cancellation notice; the visit's pending messages are skipped when their time comes. */
    public static void cancelled(Handle handle, String tenantId, String patientId, String appointmentId, Instant now) {
        one(handle, tenantId, MessageEvent.CANCELLATION, "CANCELLATION:" + appointmentId, patientId, appointmentId,
                null, now);
    }

    /** After-care instructions once the session is done. */
    public static void completed(Handle handle, String tenantId, String patientId, String appointmentId, Instant now) {
        one(handle, tenantId, MessageEvent.AFTER_CARE, "AFTER_CARE:" + appointmentId, patientId, appointmentId, null,
                now);
    }

    /** A missed visit with a fee to pay: the fee is read from the appointment when the notice is sent. */
    public static void noShowFee(Handle handle, String tenantId, String patientId, String appointmentId, Long fee,
                                 Instant now) {
        if (fee != null && fee > 0) {
            one(handle, tenantId, MessageEvent.NO_SHOW_FEE, "NO_SHOW_FEE:" + appointmentId, patientId, appointmentId,
                    null, now);
        }
    }

    /** Money handed back (cash, or a card refund Stripe confirmed); safe to call again for the same refund. */
    public static void refundSettled(Handle handle, String tenantId, String refundId, String appointmentId,
                                     Instant now) {
        one(handle, tenantId, MessageEvent.REFUND, "REFUND:" + refundId, null, appointmentId, refundId, now);
    }

    private static void one(Handle handle, String tenantId, MessageEvent event, String dedupeKey, String patientId,
                            String appointmentId, String refundId, Instant now) {
        handle.attach(OutboxDao.class).insert(entries(tenantId, event, dedupeKey, patientId, appointmentId, refundId,
                null, now, now, settings(handle, tenantId)));
    }

    private static List<OutboxEntry> reminders(String tenantId, String patientId, String appointmentId,
                                               Instant startsAt, Instant now, Settings settings) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int hours : settings.reminderHours()) {
            Instant due = startsAt.minus(Duration.ofHours(hours));
            if (due.isAfter(now)) {
                entries.addAll(entries(tenantId, MessageEvent.REMINDER, "REMINDER:" + appointmentId + ":" + startsAt
                        + ":" + hours, patientId, appointmentId, null, startsAt, due, now, settings));
            }
        }
        return entries;
    }

    private static List<OutboxEntry> entries(String tenantId, MessageEvent event, String dedupeKey, String patientId,
                                             String appointmentId, String refundId, Instant visitStartsAt,
                                             Instant notBefore, Instant now, Settings settings) {
        return settings.channels().stream().map(channel -> new OutboxEntry(tenantId, Ids.newId(), event, channel,
                dedupeKey, patientId, appointmentId, refundId, visitStartsAt, notBefore, now)).toList();
    }

    /** The clinic's reminder hours and channels, as {@code core.messages} stored them. */
    public record Settings(List<Integer> reminderHours, List<Channel> channels) {
        public static final Settings DEFAULT = new Settings(DEFAULT_REMINDER_HOURS, DEFAULT_CHANNELS);

        public String reminderHoursColumn() {
            return String.join(",", reminderHours.stream().map(String::valueOf).toList());
        }

        public String channelsColumn() {
            return String.join(",", channels.stream().map(Channel::name).toList());
        }

        static Settings parse(String stored) {
            String[] parts = stored.split(";", -1);
            List<Integer> hours = parts[0].isBlank() ? List.of()
                    : Arrays.stream(parts[0].split(",")).map(String::trim).map(Integer::valueOf).toList();
            List<Channel> channels = parts[1].isBlank() ? List.of()
                    : Arrays.stream(parts[1].split(",")).map(String::trim).map(Channel::valueOf).toList();
            return new Settings(hours, channels);
        }
    }

    private static Settings settings(Handle handle, String tenantId) {
        return handle.attach(OutboxDao.class).settings(tenantId).map(Settings::parse).orElse(Settings.DEFAULT);
    }
}
