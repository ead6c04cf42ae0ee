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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Applies, or lists, the Liquibase changesets of the migrations module. */
public final class SchemaMigrator {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private SchemaMigrator() {
    }

    /** This build's changelog fingerprint; resources do not change while the server runs. */
    private static final Optional<String> FINGERPRINT = SchemaFingerprint.ofChangelog(
            SchemaMigrator.class.getClassLoader(), CHANGELOG);
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /**
     * Applies what is pending, one server at a time even on a multi-primary cluster ({@link
     * MigrationLease}); a database already migrated to this very changelog is left alone without
     * starting Liquibase ({@link SchemaFingerprint}).
     *
     * @return whether Liquibase ran
     */
    public static boolean migrate(DataSource dataSource) {
        if (FINGERPRINT.isPresent() && SchemaFingerprint.isCurrent(dataSource, FINGERPRINT.get())) {
            LOG.info("Schema is current: changelog fingerprint {} matches the database; Liquibase not needed",
                    FINGERPRINT.get().substring(0, 12));
            return false;
        }
        MigrationLease.holding(dataSource, () -> withLiquibase(dataSource, liquibase -> {
            liquibase.update(new Contexts(), new LabelExpression());
            FINGERPRINT.ifPresent(fingerprint -> SchemaFingerprint.remember(dataSource, fingerprint));
            return null;
        }));
        return true;
    }

    /** The changesets not yet applied; empty when the schema is current (by its fingerprint, else by Liquibase). */
    public static List<String> pendingChangeSets(DataSource dataSource) {
        if (FINGERPRINT.isPresent() && SchemaFingerprint.isCurrent(dataSource, FINGERPRINT.get())) {
            return List.of();
        }
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
