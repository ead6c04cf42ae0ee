package com.regimen.bench;

import java.io.IOException;
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
 * Debian's MariaDB run by {@code scripts/galera-cluster}: either its three-node Galera cluster or
 * its node 1 alone without Galera ({@code single}), the same binary with the same settings, so that
 * the two can be compared like for like. Needs Debian's mariadb-server, galera-4, mariadb-backup
 * and socat.
 */
public final class ScriptedMariaDb implements AutoCloseable {
    private final Path script;
    private final Path dir;
    private final int basePort;
    private final int nodes;
    private final String password;

    private ScriptedMariaDb(Path script, Path dir, int basePort, int nodes, String password) {
        this.script = script;
        this.dir = dir;
        this.basePort = basePort;
        this.nodes = nodes;
        this.password = password;
    }

    public static ScriptedMariaDb single(Path script, Path dir, int basePort) throws IOException, InterruptedException {
        return start(script, dir, basePort, "single", 1);
    }

    public static ScriptedMariaDb cluster(Path script, Path dir, int basePort) throws IOException, InterruptedException {
        return start(script, dir, basePort, "start", 3);
    }

    private static ScriptedMariaDb start(Path script, Path dir, int basePort, String command, int nodes)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        run(script, command, dir.toString(), Integer.toString(basePort));
        String password = Files.readString(dir.resolve("password"), StandardCharsets.US_ASCII).trim();
        return new ScriptedMariaDb(script, dir, basePort, nodes, password);
    }

    /** Nodes: 1 for the single server, 3 for the cluster. */
    public int nodes() {
        return nodes;
    }

    public String user() {
        return "regimen";
    }

    public String password() {
        return password;
    }

    /** Every node, in order: what a server is given (it uses the first and fails over to the next). */
    public String serverUrl(String database) {
        List<String> hosts = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            hosts.add("127.0.0.1:" + (basePort + n));
        }
        return "jdbc:mysql://" + String.join(",", hosts) + "/" + database
                + (nodes > 1 ? "?failOverReadOnly=false" : "");
    }

    /** Node 1 alone: where the server's writes land, and what the JDBC baseline and the counters use. */
    public String firstNodeUrl(String database) {
        return com.regimen.core.database.JdbcUrls.withRequiredOptions(
                "jdbc:mysql://127.0.0.1:" + (basePort + 1) + "/" + database);
    }

    public void createDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(firstNodeUrl(""), user(), password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(script, "stop", dir.toString());
    }

    private static void run(Path script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(script.getFileName() + " " + String.join(" ", arguments)
                    + " failed:\n" + output);
        }
    }
}
