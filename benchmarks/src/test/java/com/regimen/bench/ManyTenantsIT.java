package com.regimen.bench;

import com.regimen.core.ids.Ids;
import com.regimen.core.staff.SecretToken;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The many-tenant benchmark's clinics: each copy gets a key of its own that the server would accept. */
class ManyTenantsIT {
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void everyCopiedTenantGetsOneKeyWhoseStoredHashIsItsTokens() throws Exception {
        String template = Ids.newId();
        BenchClinic clinic = Fixtures.clinic(template);
        List<String> tenants = List.of(template, Ids.newId(), Ids.newId());
        try (Connection connection = DB.dataSource().getConnection()) {
            try (PreparedStatement key = connection.prepareStatement("INSERT INTO api_keys (tenant_id, id, name, "
                    + "role, key_hash, last_four, created_by, created_at) VALUES (?, ?, 'setup', 'OWNER', ?, 'abcd', "
                    + "NULL, NOW(6))")) {
                key.setString(1, template);
                key.setString(2, Ids.newId());
                key.setString(3, "0".repeat(64));
                key.executeUpdate();
            }

            List<BenchClinic> clinics = ManyTenantsBench.copies(connection, clinic, tenants);

            assertThat(clinics).extracting(BenchClinic::tenantId).containsExactlyElementsOf(tenants);
            assertThat(clinics.get(0)).isSameAs(clinic);
            for (BenchClinic copy : clinics.subList(1, clinics.size())) {
                SecretToken token = SecretToken.parse(copy.apiKey()).orElseThrow();
                assertThat(token.tenantId()).isEqualTo(copy.tenantId());
                try (PreparedStatement read = connection.prepareStatement("SELECT key_hash, role FROM api_keys "
                        + "WHERE tenant_id = ?")) {
                    read.setString(1, copy.tenantId());
                    try (ResultSet rs = read.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo(token.hash());
                        assertThat(rs.getString(2)).isEqualTo("OWNER");
                        assertThat(rs.next()).as("one key per copy").isFalse();
                    }
                }
                assertThat(copy.practitioners()).isEqualTo(clinic.practitioners());
            }
        }
    }
}
