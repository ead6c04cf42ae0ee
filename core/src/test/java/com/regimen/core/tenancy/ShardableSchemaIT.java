package com.regimen.core.tenancy;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the live schema after the real migrations and fails on anything that would stop it from
 * being sharded by tenant (Vitess, hash vindex on tenant_id): a table without tenant_id, a primary
 * or unique key that does not begin with it, an AUTO_INCREMENT column, a foreign key (which cannot
 * cross shards and which we check in code instead), or an id column that is not the application's
 * 36-character UUID.
 */
class ShardableSchemaIT {
    /** Tables that are not per tenant, each for a reason (also in docs/scaling.md). */
    private static final Map<String, String> TENANT_LESS = Map.of(
            "databasechangelog", "Liquibase's record of applied changesets: one per shard, same content",
            "databasechangeloglock", "Liquibase's migration lock: one per shard",
            "databasechangelog_lease", "one migrating server at a time, also on a Galera cluster: one per shard",
            "databasechangelog_fingerprint", "the changelog this database was last migrated to, so a start can "
                    + "skip Liquibase: one per shard",
            "stripe_account_routes", "routes Stripe's account-only events to a tenant; a lookup table "
                    + "keyed by the account (Vitess: unsharded or its own hash vindex)");

    private static final TestDatabase DB = TestDatabases.create();

    private List<Map<String, Object>> rows(String sql) {
        return DB.jdbi().withHandle(handle -> handle.createQuery(sql).mapToMap().list());
    }

    @Test
    void everyTableIsShardableByTenant() {
        List<Map<String, Object>> tables = rows("SELECT LOWER(table_name) AS t FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY t");
        assertThat(tables).as("the migrated schema").hasSizeGreaterThan(25);
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> row : tables) {
            String table = (String) row.get("t");
            if (TENANT_LESS.containsKey(table)) {
                continue;
            }
            List<Map<String, Object>> columns = rows("SELECT LOWER(column_name) AS c, LOWER(extra) AS extra, "
                    + "LOWER(column_type) AS type FROM information_schema.columns WHERE table_schema = DATABASE() "
                    + "AND LOWER(table_name) = '" + table + "' ORDER BY ordinal_position");
            if (columns.stream().noneMatch(c -> "tenant_id".equals(c.get("c")))) {
                violations.add(table + ": no tenant_id column");
            }
            columns.stream().filter(c -> String.valueOf(c.get("extra")).contains("auto_increment"))
                    .forEach(c -> violations.add(table + "." + c.get("c") + ": AUTO_INCREMENT"));
            columns.stream().filter(c -> "id".equals(c.get("c")) && !"char(36)".equals(c.get("type")))
                    .forEach(c -> violations.add(table + ".id: not an application UUID (" + c.get("type") + ")"));
            List<Map<String, Object>> keys = rows("SELECT index_name AS k, LOWER(column_name) AS c "
                    + "FROM information_schema.statistics WHERE table_schema = DATABASE() AND LOWER(table_name) = '"
                    + table + "' AND non_unique = 0 AND seq_in_index = 1");
            if (keys.stream().noneMatch(k -> "PRIMARY".equals(k.get("k")))) {
                violations.add(table + ": no primary key");
            }
            keys.stream().filter(k -> !"tenant_id".equals(k.get("c")))
                    .forEach(k -> violations.add(table + ": unique key " + k.get("k") + " begins with " + k.get("c")));
        }
        rows("SELECT LOWER(table_name) AS t, constraint_name AS k FROM information_schema.referential_constraints "
                + "WHERE constraint_schema = DATABASE()")
                .forEach(fk -> violations.add(fk.get("t") + ": foreign key " + fk.get("k")));
        assertThat(violations).isEmpty();
    }

    @Test
    void theTenantLessTablesAreOnlyThoseNamed() {
        List<Map<String, Object>> withoutTenant = rows("SELECT LOWER(t.table_name) AS t FROM information_schema.tables t "
                + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM "
                + "information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name "
                + "AND LOWER(c.column_name) = 'tenant_id')");
        assertThat(withoutTenant).extracting(r -> r.get("t")).allMatch(TENANT_LESS::containsKey);
    }

    @Test
    void theShippedVitessSchemaShardsEveryTableByTenant() throws Exception {
        JsonNode vschema = new ObjectMapper().readTree(Path.of("..", "docs", "vitess", "vschema.json").toFile());
        assertThat(vschema.get("sharded").asBoolean()).isTrue();
        List<Map<String, Object>> tables = rows("SELECT LOWER(table_name) AS t FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND LOWER(table_name) NOT LIKE "
                + "'databasechangelog%'");
        for (Map<String, Object> row : tables) {
            String table = (String) row.get("t");
            JsonNode entry = vschema.get("tables").get(table);
            assertThat(entry).as("docs/vitess/vschema.json lists " + table).isNotNull();
            String column = entry.get("column_vindexes").get(0).get("column").asText();
            assertThat(column).as(table + "'s primary vindex")
                    .isEqualTo(TENANT_LESS.containsKey(table) ? "stripe_account_id" : "tenant_id");
        }
        assertThat(vschema.get("tables").size()).as("no table that does not exist").isEqualTo(tables.size());
    }

    @Test
    void theRulesCatchABadTable() {
        DB.jdbi().useHandle(handle -> handle.execute("CREATE TABLE bad_example (id INT AUTO_INCREMENT PRIMARY KEY, "
                + "email VARCHAR(100), UNIQUE KEY uq_email (email))"));
        try {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(this::everyTableIsShardableByTenant))
                    .hasMessageContaining("bad_example: no tenant_id column")
                    .hasMessageContaining("bad_example.id: AUTO_INCREMENT")
                    .hasMessageContaining("bad_example: unique key uq_email begins with email");
        } finally {
            DB.jdbi().useHandle(handle -> handle.execute("DROP TABLE bad_example"));
        }
    }
}
