package com.regimen.web.database;

import com.regimen.core.database.BackupException;
import com.regimen.core.database.BackupManifest;
import com.regimen.core.database.DatabaseAddress;
import com.regimen.core.database.DatabaseBackup;
import com.regimen.core.database.DatabaseRestore;
import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.database.SchemaMigrator;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.BookingLoad;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill: a backup taken while clients book and pay cash as fast as they can, restored
 * into a fresh server, holds exactly a consistent moment of the source: every booking and payment
 * confirmed before the backup began, none sent after it ended, every row equal to the source's, a
 * quiet clinic chain's data identical, and nothing half-written (holds, lots, ledger).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BackupRestoreDrillIT {
    private static final Path ROOT = temporaryRoot();
    private static final EmbeddedMariaDb SOURCE = server("source", "regimen_drill");
    private static final TestDatabase DB = migrated(new TestDatabase(SOURCE.jdbcUrl("regimen_drill"), SOURCE.user(),
            SOURCE.password()));
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    // Rows the load changes after inserting them: a lot's reserved count moves with every booking.
    private static final Set<String> UPDATED_BY_LOAD = Set.of("stock_lots");

    private static Path temporaryRoot() {
        try {
            return Files.createTempDirectory("regimen-drill");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedMariaDb server(String directory, String database) {
        try {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(Files.createDirectories(ROOT.resolve(directory))
                    .resolve("mariadb"), true, List.of());
            server.createDatabaseIfMissing(database);
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase migrated(TestDatabase database) {
        SchemaMigrator.migrate(database.dataSource());
        return database;
    }

    private static DatabaseAddress address(EmbeddedMariaDb server, String database) {
        return new DatabaseAddress(server.jdbcUrl(database), server.user(), server.password(),
                Optional.of(server.baseDir()));
    }

    @AfterAll
    static void stopServer() throws java.io.IOException {
        SOURCE.close();
        org.apache.commons.io.FileUtils.deleteDirectory(ROOT.toFile());
    }

    @Test
    void aBackupTakenUnderLoadRestoresExactlyAConsistentMomentOfTheSource() throws Exception {
        Api api = TestApps.api(APP);
        Clinics.Clinic quiet = Clinics.open(api, "Asia/Dubai", 50);
        Clinics.patient(api, quiet, Map.of());
        Clinics.Clinic busy = Clinics.open(api, "Asia/Riyadh", 500);
        String patient = Clinics.patient(api, busy, Map.of());
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        BookingLoad load = new BookingLoad(api, busy, patient, 4, (client, appointment) -> {
            answeredAt.put(appointment, System.nanoTime()); // its 201 came back before this call
            Reply payment = client.post("/appointments/" + appointment + "/payments", busy.key(),
                    Map.of("kind", "DEPOSIT", "method", "CASH"));
            if (payment.status() == 201) {
                answeredAt.put(payment.text("id"), System.nanoTime());
            }
            return payment;
        });
        BookingLoad.await(() -> load.bookedCount() >= 8);
        Path file = Files.createDirectories(ROOT.resolve("backup")).resolve("regimen.zip");
        long backupBegan = System.nanoTime();
        BackupManifest manifest = new DatabaseBackup(Clock.systemUTC()).backUp(address(SOURCE, "regimen_drill"), file);
        long backupEnded = System.nanoTime();
        int bookedAtEnd = load.bookedCount();
        BookingLoad.await(() -> load.bookedCount() >= bookedAtEnd + 8);
        load.stop();

        EmbeddedMariaDb fresh = server("restored", "regimen_restored");
        try {
            TestDatabase restored = new TestDatabase(fresh.jdbcUrl("regimen_restored"), fresh.user(), fresh.password());
            BackupManifest read = new DatabaseRestore().restore(address(fresh, "regimen_restored"), file);
            assertThat(read).isEqualTo(manifest);
            assertThat(manifest.tenants()).isEqualTo(restored.count("SELECT COUNT(*) FROM tenants")).isEqualTo(2);
            assertThat(manifest.schemaVersion()).isEqualTo(lastChangeSet(DB)).isEqualTo(lastChangeSet(restored));

            String tenant = busy.tenant().tenantId();
            List<String> before = answeredAt.entrySet().stream().filter(e -> e.getValue() < backupBegan)
                    .map(Map.Entry::getKey).toList();
            List<String> after = load.attempts().stream()
                    .filter(a -> a.sentNanos() > backupEnded && a.reply() != null && a.reply().status() == 201)
                    .map(a -> a.reply().text("id")).toList();
            assertThat(before).as("confirmed before the backup").hasSizeGreaterThanOrEqualTo(8);
            assertThat(after).as("confirmed, sent after the backup").isNotEmpty();
            for (String id : before) {
                assertThat(restored.count("SELECT (SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ?) + "
                        + "(SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND id = ?)", tenant, id, tenant, id))
                        .as("%s, confirmed before the backup began, is restored", id).isEqualTo(1);
            }
            for (String id : after) {
                assertThat(restored.count("SELECT (SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ?) + "
                        + "(SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND id = ?)", tenant, id, tenant, id))
                        .as("%s, sent after the backup ended, is not in it", id).isZero();
            }
            List<String> restoredAppointments = restored.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM appointments WHERE tenant_id = ?").bind(0, tenant).mapTo(String.class).list());
            List<String> restoredPayments = restored.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM payments WHERE tenant_id = ? AND status = 'SUCCEEDED'").bind(0, tenant)
                    .mapTo(String.class).list());
            assertThat(HalfWritten.bookings(restored, tenant, restoredAppointments)).isEmpty();
            assertThat(HalfWritten.payments(restored, tenant, restoredPayments)).isEmpty();

            // The quiet chain: every row of every table exactly as in the source.
            assertThat(TableRows.ofTenant(restored, quiet.tenant().tenantId()))
                    .isEqualTo(TableRows.ofTenant(DB, quiet.tenant().tenantId()));
            // The busy one: every restored row is the source's row, as written (rows are never deleted).
            Map<String, Set<String>> source = TableRows.ofTenant(DB, tenant);
            Map<String, Set<String>> copy = TableRows.ofTenant(restored, tenant);
            assertThat(copy.keySet()).isEqualTo(source.keySet());
            for (String table : copy.keySet()) {
                if (UPDATED_BY_LOAD.contains(table)) {
                    assertThat(copy.get(table)).as(table).hasSameSizeAs(source.get(table));
                } else {
                    assertThat(source.get(table)).as(table).containsAll(copy.get(table));
                }
            }
            // Stock: what is on hand per lot is the source's; what is reserved equals the restored holds (above).
            assertThat(onHand(restored, tenant)).isEqualTo(onHand(DB, tenant));
        } finally {
            fresh.close();
        }
    }

    @Test
    void aRestoreIntoADatabaseThatHoldsTablesIsRefusedAndChangesNothing() throws Exception {
        Path file = Files.createDirectories(ROOT.resolve("refuse")).resolve("regimen.zip");
        new DatabaseBackup(Clock.systemUTC()).backUp(address(SOURCE, "regimen_drill"), file);
        long tenantsBefore = DB.count("SELECT COUNT(*) FROM tenants");
        assertThatThrownBy(() -> new DatabaseRestore().restore(address(SOURCE, "regimen_drill"), file))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already holds")
                .hasMessageContaining("empty");
        assertThat(DB.count("SELECT COUNT(*) FROM tenants")).isEqualTo(tenantsBefore);
        assertThatThrownBy(() -> new DatabaseBackup(Clock.systemUTC()).backUp(address(SOURCE, "regimen_drill"), file))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void aDamagedOrForeignFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path directory = Files.createDirectories(ROOT.resolve("damaged"));
        Path good = directory.resolve("good.zip");
        new DatabaseBackup(Clock.systemUTC()).backUp(address(SOURCE, "regimen_drill"), good);
        Path damaged = directory.resolve("damaged.zip");
        try (var in = new java.util.zip.ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new ZipEntry(BackupManifest.MANIFEST_ENTRY));
            in.getInputStream(in.getEntry(BackupManifest.MANIFEST_ENTRY)).transferTo(out);
            out.putNextEntry(new ZipEntry(BackupManifest.SQL_ENTRY));
            out.write("DROP TABLE tenants;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path notABackup = directory.resolve("notes.zip");
        Files.writeString(notABackup, "not a zip");
        SOURCE.createDatabaseIfMissing("regimen_untouched");
        DatabaseAddress empty = address(SOURCE, "regimen_untouched");
        assertThatThrownBy(() -> new DatabaseRestore().restore(empty, damaged))
                .isInstanceOf(BackupException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> new DatabaseRestore().restore(empty, notABackup))
                .isInstanceOf(BackupException.class).hasMessageContaining("not a Regimen backup");
        assertThatThrownBy(() -> new DatabaseRestore().restore(empty, directory.resolve("missing.zip")))
                .isInstanceOf(BackupException.class).hasMessageContaining("no backup file");
        assertThat(new TestDatabase(SOURCE.jdbcUrl("regimen_untouched"), SOURCE.user(), SOURCE.password())
                .count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'regimen_untouched'"))
                .isZero();
        assertThat(directory).isDirectoryNotContaining("glob:**.partial");
    }

    private static String lastChangeSet(TestDatabase db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC "
                + "LIMIT 1").mapTo(String.class).one());
    }

    private static Set<String> onHand(TestDatabase db, String tenant) {
        return new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT CONCAT(id, ':', on_hand) FROM stock_lots "
                + "WHERE tenant_id = ?").bind(0, tenant).mapTo(String.class).list()));
    }
}
