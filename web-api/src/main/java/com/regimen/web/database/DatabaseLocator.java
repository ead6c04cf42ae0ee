package com.regimen.web.database;

import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.database.JdbcUrls;
import io.dropwizard.db.DataSourceFactory;

import java.nio.file.Path;
import java.util.List;

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
