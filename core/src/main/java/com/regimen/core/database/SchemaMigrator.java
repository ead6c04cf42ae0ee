package com.regimen.core.database;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Applies, or lists, the Liquibase changesets of the migrations module. */
public final class SchemaMigrator {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private SchemaMigrator() {
    }

    /** Applies what is pending, one server at a time even on a multi-primary cluster ({@link MigrationLease}). */
    public static void migrate(DataSource dataSource) {
        MigrationLease.holding(dataSource, () -> withLiquibase(dataSource, liquibase -> {
            liquibase.update(new Contexts(), new LabelExpression());
            return null;
        }));
    }

    /** The changesets not yet applied; empty when the schema is current. */
    public static List<String> pendingChangeSets(DataSource dataSource) {
        return withLiquibase(dataSource, liquibase -> liquibase
                .listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                .map(ChangeSet::getId)
                .toList());
    }

    private interface LiquibaseWork<T> {
        T apply(Liquibase liquibase) throws LiquibaseException;
    }

    @SuppressWarnings("deprecation") // Liquibase's command API needs more ceremony for the same two calls.
    private static <T> T withLiquibase(DataSource dataSource, LiquibaseWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database)) {
                return work.apply(liquibase);
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}
