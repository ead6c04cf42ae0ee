package com.regimen.core.booking;

import com.regimen.core.errors.DomainException;
import com.regimen.core.scheduling.RoomForm;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.testing.CoreClinic;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import static com.regimen.core.testing.CoreClinic.SUNDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a booking locks and commits: only the practitioner and room it ends up with (so bookings of
 * others at the same location do not queue behind it), and its screening in its own transaction.
 */
class LockLessBookingIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ExecutorService PLUGIN_THREADS = CoreClinic.pluginThreads();
    private static final CoreClinic.Services SERVICES = CoreClinic.Services.on(DB, Clock.systemUTC(), PLUGIN_THREADS);

    @AfterAll
    static void stopPluginThreads() {
        PLUGIN_THREADS.shutdown();
    }

    /**
     * Another transaction holds the row locks of the practitioner and the room the booking would
     * choose last. Locking every candidate (as booking did) waits for them until the lock wait
     * times out and the booking fails; locking only the ones it uses books at once.
     */
    @Test
    void aBookingLocksOnlyThePractitionerAndRoomItUses() throws Exception {
        CoreClinic clinic = SERVICES.openClinic();
        String secondRoom = new Rooms(SERVICES.jdbi(), SERVICES.clock(), SERVICES.audit()).create(clinic.owner(),
                new RoomForm(clinic.location(), "Room 2", List.of("centrifuge"), 15)).id();
        List<String> practitioners = Stream.of(clinic.physician(), clinic.nurse()).sorted().toList();
        List<String> rooms = Stream.of(clinic.room(), secondRoom).sorted().toList();
        String patient = clinic.patient();

        try (Connection other = DB.dataSource().getConnection()) {
            other.setAutoCommit(false);
            lock(other, "practitioners", clinic.tenantId(), practitioners.get(1));
            lock(other, "rooms", clinic.tenantId(), rooms.get(1));

            Appointment booked = clinic.book(patient, SUNDAY_10AM, null).appointment();

            assertThat(booked.practitionerId()).isEqualTo(practitioners.get(0));
            assertThat(booked.roomId()).isEqualTo(rooms.get(0));
            other.rollback();
        }
    }

    @Test
    void aBookingRecordsItsScreeningWithItAndARefusedOneRecordsNone() {
        CoreClinic clinic = SERVICES.openClinic();
        Appointment booked = clinic.book(clinic.patient(), SUNDAY_10AM, clinic.physician()).appointment();
        assertThat(DB.count("SELECT COUNT(*) FROM screenings WHERE tenant_id = ? AND id = ? AND patient_id = ?",
                clinic.tenantId(), booked.screeningId(), booked.patientId())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'screening.recorded' "
                + "AND entity_id = ?", clinic.tenantId(), booked.patientId())).isEqualTo(1);

        String second = clinic.patient();
        assertThatThrownBy(() -> clinic.book(second, SUNDAY_10AM, clinic.physician()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_TAKEN"));
        assertThat(DB.count("SELECT COUNT(*) FROM screenings WHERE tenant_id = ? AND patient_id = ?",
                clinic.tenantId(), second)).as("rolled back with the refused booking").isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'screening.recorded' "
                + "AND entity_id = ?", clinic.tenantId(), second)).isZero();
    }

    private static void lock(Connection connection, String table, String tenantId, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM " + table
                + " WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
            statement.setString(1, tenantId);
            statement.setString(2, id);
            assertThat(statement.executeQuery().next()).isTrue();
        }
    }
}
