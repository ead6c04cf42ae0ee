package com.regimen.web.health;

import com.codahale.metrics.health.HealthCheck;
import com.regimen.core.database.SchemaMigrator;

import java.util.List;
import javax.sql.DataSource;

/** Unhealthy while the database lacks changesets this build expects: run `db migrate`. */
public class MigrationsHealthCheck extends HealthCheck {
    private final DataSource dataSource;

    public MigrationsHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected Result check() {
        List<String> pending = SchemaMigrator.pendingChangeSets(dataSource);
        return pending.isEmpty() ? Result.healthy("schema is current")
                : Result.unhealthy("pending changesets: " + pending);
    }
}
