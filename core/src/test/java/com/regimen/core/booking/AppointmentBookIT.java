package com.regimen.core.booking;

import com.regimen.core.errors.DomainException;
import com.regimen.core.inventory.ReservedConsumable;
import com.regimen.core.patients.NewPatient;
import com.regimen.core.testing.CoreClinic;
import com.regimen.core.testing.Race;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;

import static com.regimen.core.testing.CoreClinic.SUNDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking engine below HTTP, on real MariaDB: a session's life and its stock, and double booking. */
class AppointmentBookIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ExecutorService PLUGIN_THREADS = CoreClinic.pluginThreads();
    private static final CoreClinic.Services SERVICES = CoreClinic.Services.on(DB, Clock.systemUTC(), PLUGIN_THREADS);

    @AfterAll
    static void stopPluginThreads() {
        PLUGIN_THREADS.shutdown();
    }

    /** What one PRP session holds: its consumables, some more than one of a kind. */
    private static long held(BookedAppointment booked) {
        return booked.reservedConsumables().stream().mapToLong(ReservedConsumable::quantity).sum();
    }

    private static long reserved(CoreClinic clinic) {
        return DB.count("SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?", clinic.tenantId());
    }

    @Test
    void aBookedSessionHoldsItsStockUntilCompletedThenUsesIt() {
        CoreClinic clinic = SERVICES.openClinic();
        String patient = clinic.patient();
        BookedAppointment booked = clinic.book(patient, SUNDAY_10AM, null);

        Appointment appointment = booked.appointment();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.endsAt()).isEqualTo(SUNDAY_10AM.plusSeconds(3600));
        assertThat(appointment.roomId()).isEqualTo(clinic.room());
        assertThat(appointment.price()).isEqualTo(100_000);
        assertThat(booked.reservedConsumables()).hasSize(3);
        long session = held(booked);
        assertThat(session).isGreaterThanOrEqualTo(3);
        assertThat(reserved(clinic)).as("held, not yet used").isEqualTo(session);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED'",
                clinic.tenantId())).isEqualTo(3);

        SERVICES.book().checkIn(clinic.owner(), appointment.id());
        assertThat(SERVICES.book().complete(clinic.owner(), appointment.id()).status())
                .isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(reserved(clinic)).isZero();
        assertThat(DB.count("SELECT -SUM(delta) FROM stock_movements WHERE tenant_id = ? AND kind = 'CONSUMPTION' "
                + "AND appointment_id = ? AND patient_id = ?", clinic.tenantId(), appointment.id(), patient))
                .isEqualTo(session);
        assertThat(DB.count("SELECT SUM(on_hand) FROM stock_lots WHERE tenant_id = ?", clinic.tenantId()))
                .isEqualTo(6 * 500 - session);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? AND action IN "
                + "('appointment.booked', 'appointment.checked_in', 'appointment.completed')", clinic.tenantId(),
                appointment.id())).isEqualTo(3);
    }

    @Test
    void theSamePractitionerCannotBeBookedTwiceAtOnceAndTheLoserHoldsNothing() {
        CoreClinic clinic = SERVICES.openClinic();
        long session = held(clinic.book(clinic.patient(), SUNDAY_10AM, clinic.physician()));
        String second = clinic.patient();

        assertThatThrownBy(() -> clinic.book(second, SUNDAY_10AM, clinic.physician()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_TAKEN"));
        // The only centrifuge room is cleaned until 11:15: the nurse cannot use it at 11:00 either.
        assertThatThrownBy(() -> clinic.book(second, SUNDAY_10AM.plusSeconds(3600), clinic.nurse()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_TAKEN"));
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", clinic.tenantId())).isEqualTo(1);
        assertThat(reserved(clinic)).as("the refused bookings hold nothing").isEqualTo(session);

        clinic.book(second, SUNDAY_10AM.plusSeconds(4500), clinic.nurse());
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", clinic.tenantId())).isEqualTo(2);
        assertThat(reserved(clinic)).isEqualTo(2 * session);
    }

    @Test
    void aPractitionerBookedAtTheVeryStartIsRefusedBeforeTheGateAndAPartOverlapUnderTheLock() {
        CoreClinic clinic = SERVICES.openClinic();
        clinic.book(clinic.patient(), SUNDAY_10AM, clinic.physician());
        String blocked = SERVICES.patients().register(clinic.owner(),
                new NewPatient("Huda Saleh", null, null, null, "ar")).id();
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false,
                "BLOOD_DISORDER", true, "PREGNANT", false, "ANTICOAGULANTS", false));
        answers.put("MEDICATIONS", List.of());
        SERVICES.intakes().record(clinic.owner(), blocked, answers);

        // The gate refuses this patient on a free slot...
        assertThatThrownBy(() -> clinic.book(blocked, SUNDAY_10AM.plusSeconds(4 * 3600), clinic.physician()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("CONTRAINDICATED"));
        // ...and is not asked on a slot already taken at its start: the desk hears it is taken.
        assertThatThrownBy(() -> clinic.book(blocked, SUNDAY_10AM.plusSeconds(1800), clinic.physician()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_TAKEN"));
        // A session that only runs into the booked one (9:30 to 10:30) passes the early read and is
        // refused under the practitioner's lock.
        assertThatThrownBy(() -> clinic.book(clinic.patient(), SUNDAY_10AM.minusSeconds(1800), clinic.physician()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_TAKEN"));
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", clinic.tenantId())).isEqualTo(1);
    }

    @Test
    void racingBookingsForOneSlotMakeExactlyOne() throws Exception {
        CoreClinic clinic = SERVICES.openClinic();
        int clients = 12;
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            patients.add(clinic.patient());
        }
        Queue<String> waiting = new ConcurrentLinkedQueue<>(patients);
        int booked = Race.winners(clients, () -> {
            try {
                clinic.book(waiting.remove(), SUNDAY_10AM, clinic.physician());
                return true;
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo("SLOT_TAKEN");
                return false;
            }
        });

        assertThat(booked).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", clinic.tenantId())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ?", clinic.tenantId()))
                .as("the losers hold no stock").isEqualTo(3);
    }

    @Test
    void cancellingGivesTheStockBackAndFreesTheSlot() {
        CoreClinic clinic = SERVICES.openClinic();
        BookedAppointment booked = clinic.book(clinic.patient(), SUNDAY_10AM, clinic.physician());
        Appointment first = booked.appointment();

        assertThat(SERVICES.book().cancel(clinic.owner(), first.id(), "travelling").status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(reserved(clinic)).isZero();
        assertThat(clinic.book(clinic.patient(), SUNDAY_10AM, clinic.physician()).appointment().status())
                .as("the slot is free again").isEqualTo(AppointmentStatus.BOOKED);
        assertThat(reserved(clinic)).isEqualTo(held(booked));
    }
}
