package com.regimen.core.idempotency;

import com.regimen.core.database.SchemaMigrator;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changeset 0035 blanks the API key secrets that replies stored before the fix still hold: run
 * again by the real Liquibase over rows written as the old server wrote them.
 */
class StoredSecretsMigrationIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String TENANT = "01900000-0000-7000-8000-00000000aaaa";
    private static final String KEY_SECRET = "rgk_" + TENANT + "_s3cretS3cretS3cretS3cretS3cretS3cretS3c";
    private static final String SIGNUP_SECRET = "rgk_" + TENANT + "_signupSignupSignupSignupSignupSignupSig";

    private static void stored(String scope, String key, String body) {
        DB.jdbi().useHandle(h -> h.execute("INSERT INTO idempotency_keys (tenant_id, idem_key, request_hash, state, "
                + "response_status, response_body, created_at) VALUES (?, ?, ?, 'COMPLETE', 201, ?, ?)", scope, key,
                "0".repeat(64), body, Instant.now()));
    }

    private static String body(String scope, String key) {
        return DB.jdbi().withHandle(h -> h.createQuery("SELECT response_body FROM idempotency_keys WHERE tenant_id = ? "
                + "AND idem_key = ?").bind(0, scope).bind(1, key).mapTo(String.class).one());
    }

    @Test
    void secretsInRepliesStoredBeforeTheFixAreBlankedAndTheRestKept() {
        stored(TENANT, "api-key", "{\"id\":\"k1\",\"name\":\"Tablet\",\"role\":\"OWNER\",\"lastFour\":\"3S3c\","
                + "\"createdBy\":null,\"createdAt\":\"2026-11-28T10:00:00Z\",\"revokedAt\":null,\"secret\":\""
                + KEY_SECRET + "\"}");
        stored("-", "signup", "{\"tenantId\":\"" + TENANT + "\",\"ownerUserId\":\"u1\",\"apiKey\":\"" + SIGNUP_SECRET
                + "\"}");
        stored(TENANT, "patient", "{\"id\":\"p1\",\"name\":\"Salma\"}");
        stored(TENANT, "not-json", "plain text");

        DB.jdbi().useHandle(h -> h.execute("DELETE FROM DATABASECHANGELOG WHERE ID = '0035-redact-stored-secrets'"));
        assertThat(SchemaMigrator.pendingChangeSets(DB.dataSource())).hasSize(1);
        SchemaMigrator.migrate(DB.dataSource());

        assertThat(body(TENANT, "api-key")).doesNotContain(KEY_SECRET).contains("\"k1\"").contains("3S3c");
        assertThat(DB.count("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = 'api-key' "
                + "AND JSON_TYPE(JSON_EXTRACT(response_body, '$.secret')) = 'NULL'")).isEqualTo(1);
        assertThat(body("-", "signup")).doesNotContain(SIGNUP_SECRET).contains(TENANT);
        assertThat(DB.count("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = 'signup' "
                + "AND JSON_TYPE(JSON_EXTRACT(response_body, '$.apiKey')) = 'NULL'")).isEqualTo(1);
        assertThat(body(TENANT, "patient")).isEqualTo("{\"id\":\"p1\",\"name\":\"Salma\"}");
        assertThat(body(TENANT, "not-json")).isEqualTo("plain text");
    }
}
