package com.regimen.core.messages;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.outbox.Channel;
import com.regimen.core.outbox.MessageEvent;
import com.regimen.core.patients.Patient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SendRuleTest {
    private static final Instant VISIT = Instant.parse("2027-01-10T07:00:00Z");
    private static final Instant NOON_IN_RIYADH = Instant.parse("2027-01-08T09:00:00Z");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static Message message(MessageEvent event, Channel channel, Instant visitStartsAt) {
        return new Message("t", "m", event, channel, "p", "a", null, visitStartsAt, MessageStatus.PENDING, null, 0,
                NOON_IN_RIYADH, NOON_IN_RIYADH, null, null, NOON_IN_RIYADH, NOON_IN_RIYADH);
    }

    private static Optional<MessageFacts> visit(AppointmentStatus status, Instant startsAt, String email) {
        Patient patient = new Patient("t", "p", "Salma", null, "+966550123487", email, "ar", NOON_IN_RIYADH);
        Appointment appointment = new Appointment("t", "a", "p", "prp", "1.1.0", "l", "pr", "r", null, 1, startsAt,
                startsAt.plusSeconds(3600), startsAt.plusSeconds(4500), status, "SAR", 100_000, 20_000, "s", null, null,
                null, "u", NOON_IN_RIYADH, NOON_IN_RIYADH, 0);
        return Optional.of(new MessageFacts(patient, "ar", appointment, ZoneId.of("Asia/Riyadh"), "Olaya", null));
    }

    private static SendRule.Decision decide(Message m, Optional<MessageFacts> facts, boolean optedOut,
                                            boolean configured, Instant now) {
        return SendRule.decide(m, facts, optedOut, configured, NIGHT, now);
    }

    @Test
    void aBookedVisitsConfirmationGoesToThePatientsAddress() {
        assertThat(decide(message(MessageEvent.CONFIRMATION, Channel.EMAIL, VISIT),
                visit(AppointmentStatus.BOOKED, VISIT, "salma@example.com"), false, true, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Send("salma@example.com"));
        assertThat(decide(message(MessageEvent.REMINDER, Channel.SMS, VISIT),
                visit(AppointmentStatus.BOOKED, VISIT, null), false, true, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Send("+966550123487"));
    }

    @Test
    void nothingAboutACancelledVisitButItsNoticeAndMoney() {
        Optional<MessageFacts> cancelled = visit(AppointmentStatus.CANCELLED, VISIT, "salma@example.com");
        for (MessageEvent event : new MessageEvent[]{MessageEvent.CONFIRMATION, MessageEvent.REMINDER,
                MessageEvent.RESCHEDULE, MessageEvent.AFTER_CARE}) {
            assertThat(decide(message(event, Channel.EMAIL, VISIT), cancelled, false, true, NOON_IN_RIYADH))
                    .as(event.name()).isEqualTo(new SendRule.Skip("NOT_SENT_VISIT_CANCELLED"));
        }
        for (MessageEvent event : new MessageEvent[]{MessageEvent.CANCELLATION, MessageEvent.REFUND}) {
            assertThat(decide(message(event, Channel.EMAIL, null), cancelled, false, true, NOON_IN_RIYADH))
                    .as(event.name()).isInstanceOf(SendRule.Send.class);
        }
    }

    @Test
    void aReminderForATimeTheVisitNoLongerHasIsSkipped() {
        assertThat(decide(message(MessageEvent.REMINDER, Channel.EMAIL, VISIT),
                visit(AppointmentStatus.BOOKED, VISIT.plusSeconds(86_400), "s@example.com"), false, true,
                NOON_IN_RIYADH)).isEqualTo(new SendRule.Skip("NOT_SENT_VISIT_MOVED"));
        assertThat(decide(message(MessageEvent.REMINDER, Channel.EMAIL, VISIT),
                visit(AppointmentStatus.BOOKED, VISIT, "s@example.com"), false, true, VISIT.plusSeconds(60)))
                .isEqualTo(new SendRule.Skip("NOT_SENT_VISIT_STARTED"));
        assertThat(decide(message(MessageEvent.REMINDER, Channel.EMAIL, VISIT),
                visit(AppointmentStatus.CHECKED_IN, VISIT, "s@example.com"), false, true, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Skip("NOT_SENT_VISIT_NOT_AHEAD"));
    }

    @Test
    void optOutsChannelsAndAddressesAreReasonsNotToSend() {
        Optional<MessageFacts> booked = visit(AppointmentStatus.BOOKED, VISIT, null);
        Message email = message(MessageEvent.CONFIRMATION, Channel.EMAIL, VISIT);
        assertThat(decide(email, booked, true, true, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Skip("NOT_SENT_OPTED_OUT"));
        assertThat(decide(email, booked, false, false, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Skip("NOT_SENT_CHANNEL_NOT_CONFIGURED"));
        assertThat(decide(email, booked, false, true, NOON_IN_RIYADH)).isEqualTo(new SendRule.Skip("NOT_SENT_NO_EMAIL"));
        assertThat(decide(email, Optional.empty(), false, true, NOON_IN_RIYADH))
                .isEqualTo(new SendRule.Skip("NOT_SENT_NO_SUCH_VISIT"));
    }

    @Test
    void quietHoursDeferToTheirEndInTheLocationsZone() {
        // 22:30 in Riyadh.
        Instant late = Instant.parse("2027-01-08T19:30:00Z");
        assertThat(decide(message(MessageEvent.CONFIRMATION, Channel.SMS, VISIT),
                visit(AppointmentStatus.BOOKED, VISIT, null), false, true, late))
                .isEqualTo(new SendRule.Defer(Instant.parse("2027-01-09T05:00:00Z"), "DEFERRED_QUIET_HOURS"));
    }
}
