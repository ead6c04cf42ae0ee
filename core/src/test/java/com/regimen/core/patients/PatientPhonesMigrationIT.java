package com.regimen.core.patients;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 0078 on phones typed before it: national numbers read in the chain's first location's
 * country become E.164, the typed one kept; every patient gets search terms; rolled back, the typed
 * phones return. A phone no country knows stays as it was.
 */
class PatientPhonesMigrationIT {
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void phonesBecomeE164InTheChainsCountryAndTheRollbackRestoresThem() throws Exception {
        String riyadh = "0190f000-0000-7000-8000-000000000001";
        String dubai = "0190f000-0000-7000-8000-000000000002";
        DB.jdbi().useHandle(handle -> {
            for (String[] t : new String[][] {{riyadh, "Asia/Riyadh"}, {dubai, "Asia/Dubai"}}) {
                handle.execute("INSERT INTO tenants (tenant_id, name, currency, locale, created_at) VALUES (?, 'T', "
                        + "'SAR', 'ar', NOW(6))", t[0]);
                handle.execute("INSERT INTO locations (tenant_id, id, name, timezone, currency, opening_hours, closures, "
                        + "accreditations, slot_minutes, active, created_at, updated_at) VALUES (?, ?, 'Branch', ?, 'SAR', "
                        + "'{}', '[]', '[]', 15, 1, NOW(6), NOW(6))", t[0],
                        t[0].replace("0001", "0101").replace("0002", "0102"), t[1]);
            }
            handle.execute("INSERT INTO patients (tenant_id, id, name, phone, locale, created_at) VALUES "
                    + "(?, 'p1', 'فاطمة الزهراء', '055 123 4567', 'ar', NOW(6)), "
                    + "(?, 'p2', 'Salma Canary-Haddad', '+966 55 012 3487', 'en', NOW(6)), "
                    + "(?, 'p3', 'No Phone', 'call reception', 'en', NOW(6)), "
                    + "(?, 'p4', 'Emily Carter', '050 123 4567', 'en', NOW(6))", riyadh, riyadh, riyadh, dubai);
        });

        try (Connection connection = DB.dataSource().getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            PatientPhonesMigration migration = new PatientPhonesMigration();
            migration.execute(database);
            // Liquibase commits a changeset when it has run; so does the test.
            database.commit();
            assertThat(phone(riyadh, "p1")).isEqualTo("+966551234567");
            assertThat(phone(riyadh, "p2")).isEqualTo("+966550123487");
            assertThat(phone(riyadh, "p3")).as("not a number: left for the desk").isEqualTo("call reception");
            assertThat(phone(dubai, "p4")).as("Dubai's chain reads it in the UAE").isEqualTo("+971501234567");
            assertThat(DB.count("SELECT COUNT(*) FROM patients WHERE phone_as_typed = '055 123 4567'")).isEqualTo(1);
            assertThat(DB.count("SELECT COUNT(*) FROM patient_search_terms WHERE tenant_id = ? AND patient_id = 'p1' "
                    + "AND term IN ('فاطمه', 'الزهراء', 'tel:966551234567', 'tel:551234567')", riyadh)).isEqualTo(4);
            assertThat(DB.count("SELECT COUNT(*) FROM patient_search_terms WHERE tenant_id = ? AND patient_id = 'p2' "
                    + "AND term IN ('salma', 'canary', 'haddad')", riyadh)).isEqualTo(3);

            migration.rollback(database);
            database.commit();
            assertThat(phone(riyadh, "p1")).isEqualTo("055 123 4567");
            assertThat(phone(dubai, "p4")).isEqualTo("050 123 4567");
            assertThat(phone(riyadh, "p3")).isEqualTo("call reception");
        }
    }

    private static String phone(String tenant, String id) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT phone FROM patients WHERE tenant_id = :t AND "
                + "id = :id").bind("t", tenant).bind("id", id).mapTo(String.class).one());
    }
}
