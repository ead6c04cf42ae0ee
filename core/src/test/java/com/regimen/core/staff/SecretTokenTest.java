package com.regimen.core.staff;

import com.regimen.core.ids.Ids;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokenTest {
    private final String tenant = Ids.newId();

    @Test
    void generatedTokensParseBackToTheirTenant() {
        SecretToken token = SecretToken.generate(SecretToken.SESSION, tenant);
        SecretToken parsed = SecretToken.parse(token.value()).orElseThrow();
        assertThat(parsed.tenantId()).isEqualTo(tenant);
        assertThat(parsed.kind()).isEqualTo(SecretToken.SESSION);
        assertThat(parsed.hash()).isEqualTo(token.hash()).hasSize(64);
    }

    @Test
    void foreignShapesDoNotParse() {
        assertThat(SecretToken.parse(null)).isEmpty();
        assertThat(SecretToken.parse("rgs_not-a-tenant_abcdefabcdefabcdefabcdefabcdefabcdefabcdef")).isEmpty();
        assertThat(SecretToken.parse("xyz_" + tenant + "_abcdefabcdefabcdefabcdefabcdefabcdefabcdef")).isEmpty();
        assertThat(SecretToken.parse("rgk_" + tenant + "_short")).isEmpty();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        SecretToken token = SecretToken.generate(SecretToken.API_KEY, tenant);
        assertThat(token.toString()).doesNotContain(token.value().substring(45));
    }
}
