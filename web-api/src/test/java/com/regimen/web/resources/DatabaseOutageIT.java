package com.regimen.web.resources;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops in the middle of a load of bookings and cash deposits, and comes back: while
 * it is gone every answer is 503 DATABASE_UNAVAILABLE, or COMMIT_OUTCOME_UNKNOWN for a request whose
 * commit was cut off (never a 500); nothing is half-written (each
 * appointment has all its stock held, the lots' reserved counts equal the holds, no payment lacks
 * its appointment or exceeds its price); every booking and payment the server confirmed is there;
 * and the same server books again once the database is back.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatabaseOutageIT {
    // A database server of its own: the one the other test classes share must not stop.
    private static final EmbeddedMariaDb SERVER = startServer();
    private static final TestDatabase DB = new TestDatabase(SERVER.jdbcUrl("regimen_outage"), SERVER.user(),
            SERVER.password());
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(migrated(DB));

    private static EmbeddedMariaDb startServer() {
        try {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(Files.createTempDirectory("regimen-outage")
                    .resolve("mariadb"), true, List.of());
            server.createDatabaseIfMissing("regimen_outage");
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase migrated(TestDatabase database) {
        SchemaMigrator.migrate(database.dataSource());
        return database;
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    private static Api api() {
        return TestApps.api(APP);
    }

    @Test
    void bookingsDuringAnOutageFailCleanlyAndTheServerRecoversWithoutARestart() throws Exception {
        Clinics.Clinic clinic = Clinics.open(api(), "Asia/Riyadh", 500);
        String patient = Clinics.patient(api(), clinic, Map.of());
        // Each booking is followed by its deposit in cash: money must survive the outage as well.
        BookingLoad load = new BookingLoad(api(), clinic, patient, 4, (api, appointment) -> api.post(
                "/appointments/" + appointment + "/payments", clinic.key(), Map.of("kind", "DEPOSIT", "method", "CASH")));
        BookingLoad.await(() -> load.bookedCount() >= 5);
        AtomicInteger duringOutage = new AtomicInteger();
        SERVER.stopForAWhile(() -> {
            int before = load.attemptCount();
            BookingLoad.await(() -> load.attemptCount() >= before + 8);
            duringOutage.set(load.attemptCount() - before);
        });
        int afterRestart = load.bookedCount();
        BookingLoad.await(() -> load.bookedCount() >= afterRestart + 5);
        load.stop();

        assertThat(duringOutage.get()).as("answers while the database was down").isGreaterThanOrEqualTo(8);
        assertThat(load.attempts()).allSatisfy(attempt -> assertThat(attempt.failure())
                .as("a request without an answer").isNull());
        List<Reply> replies = load.attempts().stream().map(BookingLoad.Attempt::reply).toList();
        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isIn(201, 503));
        assertThat(replies).filteredOn(reply -> reply.status() == 503)
                .isNotEmpty()
                .allSatisfy(reply -> {
                    // A request whose commit was under way when the database stopped cannot know
                    // whether it was saved, and says so; the tenant-wide checks below find any half of it.
                    assertThat(reply.text("code")).isIn("DATABASE_UNAVAILABLE", "COMMIT_OUTCOME_UNKNOWN");
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                });
        assertThat(HalfWritten.bookings(DB, clinic.tenant().tenantId(), load.booked())).isEmpty();
        assertThat(load.followedUp()).as("deposits taken").isNotEmpty();
        assertThat(HalfWritten.payments(DB, clinic.tenant().tenantId(), load.followedUp())).isEmpty();
    }
}
