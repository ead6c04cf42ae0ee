package com.regimen.web.testing;

import com.regimen.core.database.JdbcUrls;
import com.regimen.core.testing.TestDatabase;
import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real three-node MariaDB Galera cluster for the cluster tests, started and stopped by
 * {@code scripts/galera-cluster} (Debian's mariadb-server, galera-4, mariadb-backup and socat, which
 * .ci/run installs). Without those packages the tests are skipped, loudly: the reason is printed and
 * is the condition's message.
 */
public final class GaleraCluster implements AutoCloseable {
    /** Why the cluster tests cannot run here: the packages they need are missing. */
    public static final String MISSING = "SKIPPED: the Galera cluster tests need Debian's mariadb-server, galera-4, "
            + "mariadb-backup and socat (apt-get install mariadb-server galera-4 mariadb-backup socat; .ci/run "
            + "installs them). Booking races on a multi-primary cluster are NOT proved by this run.";

    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");

    private final Path script;
    private final Path dir;
    private final int basePort;
    private final String password;

    private GaleraCluster(Path script, Path dir, int basePort, String password) {
        this.script = script;
        this.dir = dir;
        this.basePort = basePort;
        this.password = password;
    }

    /**
     * Whether the packages are installed; says loudly when not. For JUnit's {@code @EnabledIf}: a
     * class disabled by a condition is reported as skipped, where one aborted in {@code @BeforeAll}
     * counted as an error in failsafe's summary.
     */
    public static boolean packagesInstalled() {
        boolean installed = Files.isRegularFile(PROVIDER) && Files.isExecutable(SERVER) && onPath("mariadb-backup")
                && onPath("socat");
        if (!installed) {
            System.err.println("\n*** " + MISSING + " ***\n");
        }
        return installed;
    }

    /** Starts a cluster (30 to 80 s); the caller checked {@link #packagesInstalled()}. */
    public static GaleraCluster start() {
        if (!packagesInstalled()) {
            throw new IllegalStateException(MISSING);
        }
        try {
            Path dir = Files.createTempDirectory("regimen-galera");
            int base = freeBasePort();
            Path script = repositoryRoot().resolve("scripts/galera-cluster");
            run(script, "start", dir.toString(), Integer.toString(base));
            String password = Files.readString(dir.resolve("password"), StandardCharsets.US_ASCII).trim();
            GaleraCluster cluster = new GaleraCluster(script, dir, base, password);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopQuietly));
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Galera cluster", e);
        }
    }

    /** A new, empty database on the cluster (made through node 1; DDL reaches every node). */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(nodeUrl(1, ""), "regimen", password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create " + name + " on the cluster", e);
        }
    }

    /**
     * The URL an app node uses: every database node, {@code first} first. The driver connects to the
     * first it can reach and moves a broken connection to the next; writes stay allowed after a move.
     * The connect and socket timeouts are config.yml's (test-config.yml has none), so a server here
     * waits on a database node no longer than a deployed one would.
     */
    public TestDatabase failoverTo(int first, String database) {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hosts.add("127.0.0.1:" + (basePort + 1 + (first - 1 + i) % 3));
        }
        return new TestDatabase(JdbcUrls.withRequiredOptions("jdbc:mysql://" + String.join(",", hosts) + "/" + database
                + "?failOverReadOnly=false&connectTimeout=2000&socketTimeout=30000"), "regimen", password);
    }

    /** One node only, to read what that node holds. */
    public TestDatabase node(int node, String database) {
        return new TestDatabase(nodeUrl(node, database), "regimen", password);
    }

    private String nodeUrl(int node, String database) {
        return JdbcUrls.withRequiredOptions("jdbc:mysql://127.0.0.1:" + (basePort + node) + "/" + database);
    }

    /** kill -9 of one node's mariadbd: the machine died. */
    public void kill(int node) {
        run(script, "kill", dir.toString(), Integer.toString(node));
    }

    /** Starts a killed node again; returns once it caught up and is Synced with the others. */
    public void restart(int node) {
        run(script, "restart", dir.toString(), Integer.toString(node));
    }

    /** Each node's state as the script sees it (process, wsrep state, readiness, cluster size), one line each. */
    public String status() {
        return run(script, "status", dir.toString());
    }

    /**
     * What a node is doing, to explain a stall: its statements under way, its open transactions (a
     * lock a dead client's transaction kept would show here), and whether flow control holds the
     * cluster back. Bounded by socket timeouts, so a hung node answers with an error instead.
     */
    public String activity(int node) {
        StringBuilder out = new StringBuilder();
        String url = nodeUrl(node, "") + "&connectTimeout=3000&socketTimeout=10000";
        try (Connection connection = DriverManager.getConnection(url, "regimen", password);
             Statement statement = connection.createStatement()) {
            for (String query : List.of(
                    "SELECT id, command, time, state, LEFT(info, 160) FROM information_schema.processlist "
                            + "WHERE command NOT IN ('Sleep', 'Daemon') AND id <> CONNECTION_ID()",
                    "SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id, trx_rows_locked, trx_lock_structs, "
                            + "LEFT(trx_query, 160) FROM information_schema.innodb_trx",
                    "SHOW GLOBAL STATUS WHERE variable_name IN ('wsrep_local_state_comment', 'wsrep_ready', "
                            + "'wsrep_cluster_size', 'wsrep_flow_control_paused', 'wsrep_local_recv_queue', "
                            + "'wsrep_local_bf_aborts', 'wsrep_local_cert_failures')")) {
                out.append("  ").append(query, 0, Math.min(60, query.length())).append("...\n");
                try (java.sql.ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        out.append("   ");
                        for (int c = 1; c <= columns; c++) {
                            out.append(' ').append(rows.getString(c));
                        }
                        out.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            out.append("  (node ").append(node).append(" did not answer: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    /** The last {@code lines} lines of a node's error log, to explain a failure. */
    public String logTail(int node, int lines) {
        try {
            List<String> all = Files.readAllLines(dir.resolve("node" + node).resolve("error.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log for node " + node + ": " + e.getMessage() + ")";
        }
    }

    /** Stops every node and removes the cluster's directories. */
    @Override
    public void close() {
        run(script, "stop", dir.toString());
        try {
            FileUtils.deleteDirectory(dir.toFile());
        } catch (IOException e) {
            System.err.println("Could not remove " + dir + ": " + e.getMessage());
        }
    }

    private void stopQuietly() {
        if (!Files.isDirectory(dir)) {
            return; // closed already
        }
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("Could not stop the Galera cluster under " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Runs the script and returns what it printed. Its output goes to a file, not a pipe, so a script
     * that hangs is stopped after 20 minutes instead of blocking the read. The script's own waits are
     * shorter: at worst a start waits 2 minutes for each of 3 tries of each joiner.
     */
    private static String run(Path script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            output = Files.createTempFile("galera-cluster", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(20, TimeUnit.MINUTES);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + (ended ? " failed" : " did not end in 20 minutes")
                        + ":\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    /** A base whose 3 SQL, 3 group, 3 IST and 3 SST ports are all free now. */
    private static int freeBasePort() {
        for (int base = 24300; base < 30000; base += 100) {
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("No free ports for a Galera cluster between 24300 and 30000");
    }

    private static boolean allFree(int base) {
        for (int offset : new int[] {1, 2, 3, 11, 12, 13, 21, 22, 23, 31, 32, 33}) {
            try (ServerSocket socket = new ServerSocket(base + offset)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/galera-cluster"))) {
                return dir;
            }
        }
        throw new IllegalStateException("scripts/galera-cluster not found above " + Path.of("").toAbsolutePath());
    }
}
