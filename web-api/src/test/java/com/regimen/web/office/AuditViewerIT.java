package com.regimen.web.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit viewer's filters: who acted, on what kind of record, which record, and when. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuditViewerIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private static List<String> actions(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode event : reply.json().get("data")) {
            actions.add(event.get("action").asText());
        }
        return actions;
    }

    @Test
    void eventsAreFilteredByActorEntityAndDateWithinTheReadersTenant() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff manager = Tenants.staff(api(), tenant, "MANAGER");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "FRONT_DESK");
        api().put("/users/" + desk.userId() + "/role", manager.token(), Map.of("role", "PRACTITIONER"));
        api().delete("/users/" + desk.userId() + "/sessions", manager.token());

        assertThat(actions(api().get("/audit-events?actorId=" + manager.userId(), tenant.apiKey())))
                .containsExactly("staff_user.sessions_revoked", "staff_user.role_changed", "session.created");
        assertThat(actions(api().get("/audit-events?actorId=" + manager.userId() + "&entityType=staff_user",
                tenant.apiKey()))).containsExactly("staff_user.sessions_revoked", "staff_user.role_changed");
        assertThat(actions(api().get("/audit-events?entityId=" + desk.userId(), manager.token())))
                .containsExactly("staff_user.sessions_revoked", "staff_user.role_changed", "staff_user.created");

        Instant now = Instant.now();
        String hourAgo = now.minus(1, ChronoUnit.HOURS).toString();
        String inAnHour = now.plus(1, ChronoUnit.HOURS).toString();
        assertThat(actions(api().get("/audit-events?entityId=" + desk.userId() + "&from=" + hourAgo + "&to="
                + inAnHour, tenant.apiKey()))).hasSize(3);
        assertThat(actions(api().get("/audit-events?entityId=" + desk.userId() + "&from=" + inAnHour,
                tenant.apiKey()))).isEmpty();
        assertThat(actions(api().get("/audit-events?entityId=" + desk.userId() + "&to=" + hourAgo,
                tenant.apiKey()))).isEmpty();

        Reply page = api().get("/audit-events?entityId=" + desk.userId() + "&limit=2", tenant.apiKey());
        assertThat(actions(page)).hasSize(2);
        assertThat(actions(api().get("/audit-events?entityId=" + desk.userId() + "&limit=2&cursor="
                + page.text("nextCursor"), tenant.apiKey()))).containsExactly("staff_user.created");

        Reply backwards = api().get("/audit-events?from=" + inAnHour + "&to=" + hourAgo, tenant.apiKey());
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
        Reply notADate = api().get("/audit-events?from=yesterday", tenant.apiKey());
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(api().get("/audit-events", desk.token()).status()).isEqualTo(401);
        Tenants.Staff practitioner = Tenants.staff(api(), tenant, "PRACTITIONER");
        assertThat(api().get("/audit-events", practitioner.token()).status()).isEqualTo(403);

        Tenants.Tenant other = Tenants.signUp(api(), "Other");
        assertThat(actions(api().get("/audit-events?actorId=" + manager.userId(), other.apiKey())))
                .as("another tenant's actor is nobody here").isEmpty();
    }
}
