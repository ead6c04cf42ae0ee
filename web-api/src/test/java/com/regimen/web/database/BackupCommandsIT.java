package com.regimen.web.database;

import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.RegimenApplication;
import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code db backup} and {@code db restore} commands as an operator runs them, on the embedded
 * database: a backup while a server (here the test) holds the database open, a restore into a new
 * data directory, and a second restore into it refused in one line, with no stack trace.
 */
class BackupCommandsIT {
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "regimen-commands-" + UUID.randomUUID());

    @AfterAll
    static void removeDirectories() throws IOException {
        FileUtils.deleteDirectory(ROOT.toFile());
    }

    @Test
    void backUpWhileRunningRestoreIntoANewDataDirectoryAndRefuseANonEmptyOne() throws Exception {
        Path source = ROOT.resolve("source").resolve("mariadb");
        Path target = ROOT.resolve("target").resolve("mariadb");
        Path backup = ROOT.resolve("regimen-backup.zip");
        Path sourceConfig = config("source", source);
        Path targetConfig = config("target", target);
        String tenant = UUID.randomUUID().toString();
        try (EmbeddedMariaDb running = EmbeddedMariaDb.start(source, false, List.of())) {
            running.createDatabaseIfMissing("regimen");
            assertThat(run("db", "migrate", sourceConfig.toString()).failure()).isEmpty();
            TestDatabase db = new TestDatabase(running.jdbcUrl("regimen"), running.user(), running.password());
            db.jdbi().useHandle(h -> h.execute("INSERT INTO tenants VALUES (?, 'عيادة النور', 'SAR', 'ar', NOW(6))", tenant));

            Outcome backedUp = run("db", "backup", sourceConfig.toString(), "--file", backup.toString());
            assertThat(backedUp.failure()).as(backedUp.stderr()).isEmpty();
            assertThat(backup).isRegularFile();
            assertThat(Files.getPosixFilePermissions(backup)).as("patients' data: owner only")
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            assertThat(EmbeddedMariaDb.runningServerPid(source)).as("the running database was left running").isPresent();
            db.count("SELECT 1");
        }

        Outcome restored = run("db", "restore", targetConfig.toString(), "--file", backup.toString());
        assertThat(restored.failure()).as(restored.stderr()).isEmpty();
        try (EmbeddedMariaDb copy = EmbeddedMariaDb.start(target, false, List.of())) {
            TestDatabase db = new TestDatabase(copy.jdbcUrl("regimen"), copy.user(), copy.password());
            String name = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM tenants WHERE tenant_id = ?")
                    .bind(0, tenant).mapTo(String.class).one());
            assertThat(name).isEqualTo("عيادة النور");
        }

        Outcome refused = run("db", "restore", targetConfig.toString(), "--file", backup.toString());
        assertThat(refused.failure()).isPresent();
        assertThat(refused.stderr()).contains("db restore: The database regimen already holds")
                .contains("empty")
                .doesNotContain("\tat ");
        Outcome overwrite = run("db", "backup", sourceConfig.toString(), "--file", backup.toString());
        assertThat(overwrite.stderr()).contains("already exists").doesNotContain("\tat ");
    }

    private record Outcome(Optional<Throwable> failure, String stderr) {
    }

    private static Outcome run(String... arguments) {
        RegimenApplication application = new RegimenApplication();
        Bootstrap<RegimenConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Throwable> failure = new Cli(new JarLocation(RegimenApplication.class), bootstrap, out, err).run(arguments);
        return new Outcome(failure, err.toString(StandardCharsets.UTF_8));
    }

    private static Path config(String name, Path dataDir) throws IOException {
        Files.createDirectories(ROOT);
        Path file = ROOT.resolve(name + ".yml");
        Files.writeString(file, String.join("\n",
                "database:",
                "  driverClass: com.mysql.cj.jdbc.Driver",
                "  url: embedded",
                "embeddedDatabase:",
                "  dataDir: " + dataDir,
                "  databaseName: regimen",
                "logging:",
                "  level: WARN",
                ""));
        return file;
    }
}
