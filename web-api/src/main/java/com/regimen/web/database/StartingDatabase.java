package com.regimen.web.database;

import io.dropwizard.db.ManagedDataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The server's data source while its database is still being started (the embedded MariaDB, and
 * the schema check or migration) on a thread of its own: loading the plugins and building the
 * services go on meanwhile, and whatever asks for a connection waits for the database to be ready.
 *
 * <p>Why: starting the embedded database and finding the schema current took about 1.6 s of a
 * 6.5-s warm start, with the main thread waiting on it (docs/benchmarks.md). Failing fast is kept:
 * {@link #start()}, called by the server's lifecycle before it serves anything, waits for the
 * database and throws what starting it threw, so a server whose database cannot start does not
 * start either.
 */
public final class StartingDatabase implements ManagedDataSource {
    private final CompletableFuture<ManagedDataSource> ready = new CompletableFuture<>();

    private StartingDatabase() {
    }

    /** Runs {@code start} (build the data source, migrate) on a new thread named "database-start". */
    public static StartingDatabase begin(Supplier<ManagedDataSource> start) {
        StartingDatabase database = new StartingDatabase();
        Thread starting = new Thread(() -> {
            try {
                database.ready.complete(start.get());
            } catch (Throwable failure) {
                database.ready.completeExceptionally(failure);
            }
        }, "database-start");
        starting.setDaemon(true);
        starting.start();
        return database;
    }

    /** The started data source, once it is; what starting it threw, if it failed. */
    private ManagedDataSource ready() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The database did not start", cause);
        }
    }

    @Override
    public void start() throws Exception {
        ready().start();
    }

    @Override
    public void stop() throws Exception {
        // A database that failed to start has nothing to stop; one still starting is waited for.
        if (!ready.isCompletedExceptionally()) {
            ready().stop();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ready().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return ready().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return ready().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        ready().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        ready().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return ready().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return ready().getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : ready().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || ready().isWrapperFor(type);
    }
}
