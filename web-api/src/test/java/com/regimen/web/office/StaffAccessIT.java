package com.regimen.web.office;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The back office's staff page: cutting a departed employee off, roles, resets, and who may do which. */
@ExtendWith(DropwizardExtensionsSupport.class)
class StaffAccessIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    private long liveSessions(String tenantId, String userId) {
        return DB.count("SELECT COUNT(*) FROM staff_sessions WHERE tenant_id = ? AND user_id = ? "
                + "AND revoked_at IS NULL AND expires_at > UTC_TIMESTAMP(6)", tenantId, userId);
    }

    private long liveKeys(String tenantId, String userId) {
        return DB.count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND created_by = ? AND revoked_at IS NULL",
                tenantId, userId);
    }

    @Test
    void deactivatingADepartedOwnerKillsEverySessionAndEveryKeyTheyMadeAtOnce() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff leaver = Tenants.staff(api(), tenant, "OWNER");
        String secondSession = Tenants.signIn(api(), tenant.tenantId(), leaver.email(), Tenants.PASSWORD);
        String widgetKey = api().post("/api-keys", leaver.token(), Map.of("name", "Widget", "role", "FRONT_DESK"))
                .text("secret");
        String reportsKey = api().post("/api-keys", secondSession, Map.of("name", "Reports")).text("secret");
        assertThat(api().get("/users/me", leaver.token()).status()).isEqualTo(200);
        assertThat(api().get("/clinical-settings", widgetKey).status()).isEqualTo(200);
        assertThat(api().get("/api-keys", reportsKey).status()).isEqualTo(200);
        Reply before = api().get("/users/" + leaver.userId() + "/credentials", tenant.apiKey());
        assertThat(before.json().get("liveSessions").asInt()).isEqualTo(2);
        assertThat(before.json().get("liveApiKeys").asInt()).isEqualTo(2);

        Reply cut = api().post("/users/" + leaver.userId() + "/deactivation", tenant.apiKey(), "{}");
        assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
        assertThat(cut.json().get("sessionsRevoked").asInt()).isEqualTo(2);
        assertThat(cut.json().get("apiKeysRevoked").asInt()).isEqualTo(2);
        assertThat(cut.json().get("user").get("active").asBoolean()).isFalse();

        for (String credential : List.of(leaver.token(), secondSession, widgetKey, reportsKey)) {
            refused(api().get("/clinical-settings", credential), 401, "UNAUTHENTICATED");
        }
        assertThat(liveSessions(tenant.tenantId(), leaver.userId())).isZero();
        assertThat(liveKeys(tenant.tenantId(), leaver.userId())).isZero();
        refused(api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(), "email", leaver.email(),
                "password", Tenants.PASSWORD)), 401, "INVALID_CREDENTIALS");
        // Nobody else is cut off with them: the owner who acted still works.
        assertThat(api().get("/users", tenant.apiKey()).status()).isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'staff_user.deactivated'", tenant.tenantId(), leaver.userId())).isEqualTo(1);

        Reply again = api().post("/users/" + leaver.userId() + "/deactivation", tenant.apiKey(), "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("sessionsRevoked").asInt()).isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'staff_user.deactivated'", tenant.tenantId(), leaver.userId()))
                .as("deactivating again changes and records nothing").isEqualTo(1);

        Reply back = api().post("/users/" + leaver.userId() + "/reactivation", tenant.apiKey(), "{}");
        assertThat(back.json().get("active").asBoolean()).isTrue();
        assertThat(api().get("/clinical-settings", widgetKey).status()).as("revoked keys stay revoked").isEqualTo(401);
        assertThat(Tenants.signIn(api(), tenant.tenantId(), leaver.email(), Tenants.PASSWORD)).isNotNull();
    }

    @Test
    void aRoleChangeAppliesToTheNextRequestAndManagersCannotTouchOwners() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff manager = Tenants.staff(api(), tenant, "MANAGER");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "FRONT_DESK");
        refused(api().get("/users", desk.token()), 403, "FORBIDDEN");

        Reply promoted = api().put("/users/" + desk.userId() + "/role", manager.token(), Map.of("role", "MANAGER"));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualTo("MANAGER");
        assertThat(api().get("/users", desk.token()).status()).as("the same session, now a manager's").isEqualTo(200);

        refused(api().put("/users/" + desk.userId() + "/role", manager.token(), Map.of("role", "OWNER")),
                403, "FORBIDDEN");
        refused(api().put("/users/" + tenant.ownerUserId() + "/role", manager.token(), Map.of("role", "MANAGER")),
                403, "FORBIDDEN");
        refused(api().post("/users/" + tenant.ownerUserId() + "/deactivation", manager.token(), "{}"),
                403, "FORBIDDEN");
        refused(api().post("/users/" + tenant.ownerUserId() + "/password-reset", manager.token(), "{}"),
                403, "FORBIDDEN");
        refused(api().delete("/users/" + tenant.ownerUserId() + "/sessions", manager.token()), 403, "FORBIDDEN");
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND role = 'OWNER' AND active",
                tenant.tenantId())).isEqualTo(1);

        refused(api().put("/users/" + tenant.ownerUserId() + "/role", tenant.apiKey(), Map.of("role", "MANAGER")),
                409, "LAST_OWNER");
        refused(api().post("/users/" + tenant.ownerUserId() + "/deactivation", tenant.apiKey(), "{}"),
                409, "LAST_OWNER");
        refused(api().hostile().put("/users/" + desk.userId() + "/role", tenant.apiKey(), Map.of("role", "KING")),
                400, "INVALID_TYPE");
        assertThat(api().hostile().put("/users/" + desk.userId() + "/role", tenant.apiKey(), "{}").status())
                .isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'staff_user.role_changed'", tenant.tenantId(), desk.userId())).isEqualTo(1);
    }

    @Test
    void anotherTenantsStaffAreNotFound() {
        Tenants.Tenant mine = Tenants.signUp(api(), "Glow");
        Tenants.Tenant theirs = Tenants.signUp(api(), "Other");
        Tenants.Staff theirDesk = Tenants.staff(api(), theirs, "FRONT_DESK");
        String id = theirDesk.userId();
        refused(api().post("/users/" + id + "/deactivation", mine.apiKey(), "{}"), 404, "NOT_FOUND");
        refused(api().put("/users/" + id + "/role", mine.apiKey(), Map.of("role", "MANAGER")), 404, "NOT_FOUND");
        refused(api().post("/users/" + id + "/password-reset", mine.apiKey(), "{}"), 404, "NOT_FOUND");
        refused(api().delete("/users/" + id + "/sessions", mine.apiKey()), 404, "NOT_FOUND");
        refused(api().get("/users/" + id + "/credentials", mine.apiKey()), 404, "NOT_FOUND");
        refused(api().post("/users/" + id + "/reactivation", mine.apiKey(), "{}"), 404, "NOT_FOUND");
        refused(api().post("/users/not-an-id/deactivation", mine.apiKey(), "{}"), 404, "NOT_FOUND");
        assertThat(api().get("/users", mine.apiKey()).body()).doesNotContain(id);
        assertThat(api().get("/clinical-settings", theirDesk.token()).status()).as("untouched").isEqualTo(200);
        assertThat(liveSessions(theirs.tenantId(), id)).isEqualTo(1);
    }

    @Test
    void aResetPasswordIsShownOnceSignsTheMemberOutAndIsReplacedByTheirOwn() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "FRONT_DESK");
        Reply reset = api().post("/users/" + desk.userId() + "/password-reset", tenant.apiKey(), "{}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String temporary = reset.text("temporaryPassword");
        assertThat(temporary).hasSize(20);
        assertThat(reset.json().get("sessionsRevoked").asInt()).isEqualTo(1);
        refused(api().get("/users/me", desk.token()), 401, "UNAUTHENTICATED");
        refused(api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(), "email", desk.email(),
                "password", Tenants.PASSWORD)), 401, "INVALID_CREDENTIALS");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND details LIKE ?",
                tenant.tenantId(), "%" + temporary + "%")).as("never in the audit trail").isZero();

        String session = Tenants.signIn(api(), tenant.tenantId(), desk.email(), temporary);
        String otherSession = Tenants.signIn(api(), tenant.tenantId(), desk.email(), temporary);
        refused(api().put("/users/me/password", session, Map.of("currentPassword", "wrong password here",
                "newPassword", "a brand new secret phrase")), 401, "INVALID_CREDENTIALS");
        refused(api().put("/users/me/password", session, Map.of("currentPassword", temporary,
                "newPassword", "password123")), 400, "PASSWORD_TOO_COMMON");
        Reply changed = api().put("/users/me/password", session, Map.of("currentPassword", temporary,
                "newPassword", "a brand new secret phrase"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api().get("/users/me", session).status()).as("the session it was changed in stays").isEqualTo(200);
        refused(api().get("/users/me", otherSession), 401, "UNAUTHENTICATED");
        refused(api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(), "email", desk.email(),
                "password", temporary)), 401, "INVALID_CREDENTIALS");
        assertThat(Tenants.signIn(api(), tenant.tenantId(), desk.email(), "a brand new secret phrase")).isNotNull();
        refused(api().put("/users/me/password", tenant.apiKey(), Map.of("currentPassword", temporary,
                "newPassword", "a brand new secret phrase")), 422, "NOT_A_USER");
    }

    @Test
    void anInvitedOrResetMemberMustChooseTheirOwnPasswordBeforeAnythingElse() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String email = "new-nurse@glow.example";
        Reply invited = api().post("/users/invitations", tenant.apiKey(), Map.of("email", email, "name", "Noor",
                "role", "PRACTITIONER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String temporary = invited.text("temporaryPassword");
        assertThat(temporary).hasSize(20);
        String userId = invited.text("userId");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND details LIKE ?",
                tenant.tenantId(), "%" + temporary + "%")).as("never in the audit trail").isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'staff_user.invited' "
                + "AND entity_id = ?", tenant.tenantId(), userId)).isEqualTo(1);

        Reply signedIn = api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(), "email", email,
                "password", temporary));
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.json().get("passwordChangeRequired").asBoolean()).isTrue();
        String session = signedIn.text("token");
        for (Reply refusedBeforeChange : List.of(api().get("/users/me", session), api().get("/clinical-settings",
                session), api().post("/api-keys", session, Map.of("name", "Sneaky")))) {
            refused(refusedBeforeChange, 403, "PASSWORD_CHANGE_REQUIRED");
        }
        assertThat(DB.count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND created_by = ?",
                tenant.tenantId(), userId)).as("nothing was made").isZero();
        refused(api().put("/users/me/password", session, Map.of("currentPassword", temporary,
                "newPassword", temporary)), 400, "VALIDATION_FAILED");
        Reply changed = api().put("/users/me/password", session, Map.of("currentPassword", temporary,
                "newPassword", "my own long passphrase"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api().get("/users/me", session).status()).as("the same session, now free").isEqualTo(200);
        assertThat(api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(), "email", email,
                "password", "my own long passphrase")).json().get("passwordChangeRequired").asBoolean()).isFalse();

        // An owner's reset asks for a change again; signing out is allowed meanwhile.
        String reset = api().post("/users/" + userId + "/password-reset", tenant.apiKey(), "{}").text("temporaryPassword");
        String afterReset = Tenants.signIn(api(), tenant.tenantId(), email, reset);
        refused(api().get("/users/me", afterReset), 403, "PASSWORD_CHANGE_REQUIRED");
        assertThat(api().delete("/sessions/current", afterReset).status()).isEqualTo(204);
        refused(api().get("/users/me", afterReset), 401, "UNAUTHENTICATED");

        // Who may invite whom, validation, and the tenant's own API key is never held back.
        Tenants.Staff manager = Tenants.staff(api(), tenant, "MANAGER");
        refused(api().post("/users/invitations", manager.token(), Map.of("email", "boss@glow.example", "name", "Boss",
                "role", "OWNER")), 403, "FORBIDDEN");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "FRONT_DESK");
        assertThat(api().post("/users/invitations", desk.token(), Map.of("email", "x@glow.example", "name", "X",
                "role", "FRONT_DESK")).status()).isEqualTo(403);
        refused(api().post("/users/invitations", tenant.apiKey(), Map.of("email", email, "name", "Again",
                "role", "FRONT_DESK")), 409, "EMAIL_TAKEN");
        refused(api().post("/users/invitations", tenant.apiKey(), Map.of("email", "not an email", "name", "X",
                "role", "FRONT_DESK")), 400, "VALIDATION_FAILED");
        assertThat(api().post("/users/invitations", tenant.apiKey(), Map.of("email", "y@glow.example",
                "role", "FRONT_DESK")).status()).isEqualTo(400);
        assertThat(api().get("/users", tenant.apiKey()).status()).isEqualTo(200);
    }

    @Test
    void aMemberAddedWithAChosenPasswordMustReplaceItAtFirstSignInUnlessTheAdderSaysNot() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String chosen = "chosen by the owner 2026";
        Reply added = api().post("/users", tenant.apiKey(), Map.of("email", "reem@glow.example", "password", chosen,
                "name", "Reem", "role", "FRONT_DESK"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Reply signedIn = api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(),
                "email", "reem@glow.example", "password", chosen));
        assertThat(signedIn.json().get("passwordChangeRequired").asBoolean()).as(signedIn.toString()).isTrue();
        String session = signedIn.text("token");
        refused(api().get("/users/me", session), 403, "PASSWORD_CHANGE_REQUIRED");
        refused(api().get("/clinical-settings", session), 403, "PASSWORD_CHANGE_REQUIRED");
        assertThat(api().put("/users/me/password", session, Map.of("currentPassword", chosen,
                "newPassword", "reem's own passphrase")).status()).isEqualTo(200);
        assertThat(api().get("/users/me", session).status()).as("free once it is her own").isEqualTo(200);

        // An account a script signs in with: the adder says so, and the audit trail keeps which it was.
        Reply script = api().post("/users", tenant.apiKey(), Map.of("email", "kiosk@glow.example", "password", chosen,
                "name", "Kiosk", "role", "FRONT_DESK", "passwordChangeRequired", false));
        assertThat(script.status()).as(script.toString()).isEqualTo(201);
        String kiosk = Tenants.signIn(api(), tenant.tenantId(), "kiosk@glow.example", chosen);
        assertThat(api().get("/users/me", kiosk).status()).isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'staff_user.created' "
                + "AND entity_id = ? AND details LIKE '%\"passwordChangeRequired\":true%'", tenant.tenantId(),
                added.text("id"))).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'staff_user.created' "
                + "AND entity_id = ? AND details LIKE '%\"passwordChangeRequired\":false%'", tenant.tenantId(),
                script.text("id"))).isEqualTo(1);
        refused(api().hostile().post("/users", tenant.apiKey(), Map.of("email", "x@glow.example", "password", chosen,
                "name", "X", "role", "FRONT_DESK", "passwordChangeRequired", "later")), 400, "INVALID_TYPE");
    }

    @Test
    void revokingSessionsSignsAMemberOutEverywhereButLeavesTheAccount() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "PRACTITIONER");
        String second = Tenants.signIn(api(), tenant.tenantId(), desk.email(), Tenants.PASSWORD);
        Reply revoked = api().delete("/users/" + desk.userId() + "/sessions", tenant.apiKey());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("sessionsRevoked").asInt()).isEqualTo(2);
        refused(api().get("/users/me", desk.token()), 401, "UNAUTHENTICATED");
        refused(api().get("/users/me", second), 401, "UNAUTHENTICATED");
        assertThat(liveSessions(tenant.tenantId(), desk.userId())).isZero();
        assertThat(api().get("/users/" + desk.userId(), tenant.apiKey()).json().get("active").asBoolean()).isTrue();
        assertThat(Tenants.signIn(api(), tenant.tenantId(), desk.email(), Tenants.PASSWORD)).isNotNull();
    }

    @Test
    void staffAreListedInPages() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        for (String role : List.of("MANAGER", "FRONT_DESK", "PRACTITIONER")) {
            Tenants.staff(api(), tenant, role);
        }
        Reply first = api().get("/users?limit=3", tenant.apiKey());
        assertThat(first.json().get("data")).hasSize(3);
        Reply second = api().get("/users?limit=3&cursor=" + first.text("nextCursor"), tenant.apiKey());
        assertThat(second.json().get("data")).hasSize(1);
        assertThat(second.text("nextCursor")).isNull();
        assertThat(first.body()).doesNotContain("password");
        refused(api().get("/users?limit=0", tenant.apiKey()), 400, "VALIDATION_FAILED");
    }

    /**
     * Two owners removing each other at the same moment: one wins, and the chain keeps exactly one
     * active owner (without the owner locks both would see two owners and both would go).
     */
    @Test
    void twoOwnersRemovingEachOtherLeaveExactlyOneOwner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
                Tenants.Staff other = Tenants.staff(api(), tenant, "OWNER");
                String first = Tenants.signIn(api(), tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                replies.add(pool.submit(() -> {
                    start.await();
                    return api().post("/users/" + other.userId() + "/deactivation", first, "{}");
                }));
                replies.add(pool.submit(() -> {
                    start.await();
                    return api().post("/users/" + tenant.ownerUserId() + "/deactivation", other.token(), "{}");
                }));
                start.countDown();
                int succeeded = 0;
                for (Future<Reply> reply : replies) {
                    Reply r = reply.get();
                    if (r.status() == 200) {
                        succeeded++;
                    } else {
                        assertThat(r.status()).as(r.toString()).isIn(401, 409);
                    }
                }
                assertThat(succeeded).isEqualTo(1);
                assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND role = 'OWNER' "
                        + "AND active", tenant.tenantId())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
