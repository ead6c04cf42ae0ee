package com.regimen.bench;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator against the real schema, and the double-booking count that judges every booking run. */
class SeedDataIT {
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void generatedHistoryAndWindowHoldNoDoubleBookingAndTheCountSeesOneWhenThereIs() throws Exception {
        BenchClinic clinic = Fixtures.clinic("tenant-a");
        try (Connection connection = DB.dataSource().getConnection()) {
            SeedData seed = new SeedData(clinic, "1.0.0", LocalDate.of(2026, 11, 22));
            int window = seed.fillWindow(connection, LocalDate.of(2026, 12, 22), 14);
            assertThat(window).isEqualTo(14 * SlotPlan.PER_DAY / 2);
            long total = seed.growTo(connection, 5_000);
            assertThat(total).isEqualTo(5_000);
            assertThat(SeedData.count(connection, "SELECT COUNT(*) FROM appointments WHERE starts_at < '2026-11-22'"))
                    .isEqualTo(5_000 - window);
            assertThat(DoubleBookings.count(connection, clinic.tenantId())).isZero();

            // The first session of the window again, half an hour earlier: one clash on its practitioner,
            // one on its room, and nothing else (it is the first of its day).
            try (PreparedStatement copy = connection.prepareStatement("INSERT INTO appointments (tenant_id, id, "
                    + "patient_id, treatment_id, plugin_version, location_id, practitioner_id, room_id, course_id, "
                    + "session_number, starts_at, ends_at, room_free_at, status, currency, price, deposit, screening_id, "
                    + "clearance, cancel_reason, cancellation_fee, created_by, created_at, updated_at, version) "
                    + "SELECT tenant_id, "
                    + "'double-booked', patient_id, treatment_id, plugin_version, location_id, practitioner_id, room_id, "
                    + "course_id, session_number, starts_at - INTERVAL 30 MINUTE, ends_at - INTERVAL 30 MINUTE, "
                    + "room_free_at - INTERVAL 30 MINUTE, status, currency, price, deposit, screening_id, clearance, "
                    + "cancel_reason, cancellation_fee, created_by, created_at, updated_at, version FROM appointments "
                    + "WHERE tenant_id = ? AND status = 'BOOKED' ORDER BY starts_at LIMIT 1")) {
                copy.setString(1, clinic.tenantId());
                assertThat(copy.executeUpdate()).isEqualTo(1);
            }
            assertThat(DoubleBookings.count(connection, clinic.tenantId())).isEqualTo(2);
            assertThat(DoubleBookings.count(connection, "another-tenant")).isZero();
        }
    }
}
