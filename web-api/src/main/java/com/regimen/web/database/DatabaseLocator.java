package com.regimen.web.database;

import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.database.JdbcUrls;
import io.dropwizard.db.DataSourceFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides which database the service talks to. With a URL configured (DB_URL), that server and
 * nothing else; without one, an embedded MariaDB started here, once, for this process. Both the
 * server and the {@code db} commands ask this, so {@code db migrate} works on the embedded
 * database too.
 */
public final class DatabaseLocator {
    /** The database URL that asks for the embedded server (config.yml's default). */
    public static final String EMBEDDED = "embedded";

    private EmbeddedMariaDb embedded;

    public synchronized DataSourceFactory resolve(DataSourceFactory configured, EmbeddedDatabaseSettings settings) {
        String url = configured.getUrl();
        if (url != null && !url.isBlank() && !EMBEDDED.equals(url)) {
            configured.setUrl(JdbcUrls.withRequiredOptions(url));
            return configured;
        }
        if (embedded == null) {
            embedded = EmbeddedMariaDb.start(Path.of(settings.getDataDir()), false, List.of());
            embedded.createDatabaseIfMissing(settings.getDatabaseName());
        }
        configured.setUrl(embedded.jdbcUrl(settings.getDatabaseName()));
        configured.setUser(embedded.user());
        configured.setPassword(embedded.password());
        return configured;
    }

    /** Where the embedded server's binaries are (for its mariadb-dump), when the embedded server is in use. */
    public synchronized Optional<Path> embeddedBaseDir() {
        return Optional.ofNullable(embedded).map(EmbeddedMariaDb::baseDir);
    }

    public synchronized boolean isEmbedded() {
        return embedded != null;
    }

    public synchronized void stop() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
