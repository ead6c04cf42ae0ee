package com.regimen.core.database;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start skips Liquibase only when the database was migrated to this very changelog and its
 * changelog table is as it was then; anything else goes through Liquibase as before.
 */
class SchemaFingerprintIT {
    private static final TestDatabase DB = TestDatabases.create();

    private static String stored() {
        return DB.jdbi().withHandle(h -> h.createQuery("SELECT FINGERPRINT FROM DATABASECHANGELOG_FINGERPRINT "
                + "WHERE ID = 1").mapTo(String.class).one());
    }

    private static String shipped() {
        return SchemaFingerprint.ofChangelog(SchemaMigrator.class.getClassLoader(), SchemaMigrator.CHANGELOG)
                .orElseThrow();
    }

    @Test
    void aDatabaseMigratedToThisChangelogIsLeftAloneWithoutLiquibase() {
        assertThat(shipped()).matches("[0-9a-f]{64}");
        assertThat(stored()).as("written by the migration that made the database").isEqualTo(shipped());

        assertThat(SchemaMigrator.migrate(DB.dataSource())).as("Liquibase ran").isFalse();
        assertThat(SchemaMigrator.pendingChangeSets(DB.dataSource())).isEmpty();
    }

    @Test
    void anotherFingerprintOrAnotherChangesetCountSendsTheStartThroughLiquibase() {
        DB.jdbi().useHandle(h -> h.execute("UPDATE DATABASECHANGELOG_FINGERPRINT SET FINGERPRINT = ? WHERE ID = 1",
                "0".repeat(64)));
        assertThat(SchemaMigrator.migrate(DB.dataSource())).as("Liquibase ran").isTrue();
        assertThat(stored()).isEqualTo(shipped());
        assertThat(SchemaMigrator.migrate(DB.dataSource())).isFalse();

        // A rollback, or a row deleted by hand, changes the count (StoredSecretsMigrationIT re-runs one that way).
        DB.jdbi().useHandle(h -> h.execute("UPDATE DATABASECHANGELOG_FINGERPRINT SET CHANGESETS = CHANGESETS - 1"));
        assertThat(SchemaMigrator.migrate(DB.dataSource())).isTrue();
        assertThat(SchemaMigrator.migrate(DB.dataSource())).isFalse();
    }

    @Test
    void theFingerprintCoversEveryIncludedFileAndRefusesWhatItCannotSeeWhole(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("log/changes"));
        Files.writeString(dir.resolve("log/master.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <include file="changes/0001-a.sql" relativeToChangelogFile="true"/>
                </databaseChangeLog>""");
        Files.writeString(dir.resolve("log/changes/0001-a.sql"), "CREATE TABLE a (id INT);");
        Files.writeString(dir.resolve("log/all.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <includeAll path="changes/" relativeToChangelogFile="true"/>
                </databaseChangeLog>""");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Optional<String> before = SchemaFingerprint.ofChangelog(loader, "log/master.xml");
            assertThat(before).isPresent();
            Files.writeString(dir.resolve("log/changes/0001-a.sql"), "CREATE TABLE a (id BIGINT);");
            assertThat(SchemaFingerprint.ofChangelog(loader, "log/master.xml")).isPresent().isNotEqualTo(before);
            assertThat(SchemaFingerprint.ofChangelog(loader, "log/all.xml")).isEmpty();
            assertThat(SchemaFingerprint.ofChangelog(loader, "log/missing.xml")).isEmpty();
        }
    }
}
