package com.regimen.web.office;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant's cancellation policy: read in one place, changed by the owner, applied to the next cancellation. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CancellationPolicyIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    private static final String PATH = "/settings/cancellation-policy";

    private Api api() {
        return TestApps.api(APP);
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    /** 10:00 in Riyadh, {@code days} from today: inside a 30-day window, far outside a 24-hour one. */
    private static String inDays(int days) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(days);
        if (day.equals(LocalDate.parse("2027-02-07"))) {
            day = day.plusDays(1);
        }
        return day + "T07:00:00Z";
    }

    private static Map<String, Object> policy(int hours, String late, Integer latePercent, String noShow,
                                              Integer noShowPercent) {
        Map<String, Object> body = new HashMap<>();
        body.put("freeCancellationHours", hours);
        body.put("lateCancelFee", late);
        body.put("lateCancelFeePercent", latePercent);
        body.put("noShowFee", noShow);
        body.put("noShowFeePercent", noShowPercent);
        return body;
    }

    @Test
    void theDefaultsAreTheOldFixedRuleAndOnlyTheOwnerChangesThem() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff manager = Tenants.staff(api(), tenant, "MANAGER");
        Tenants.Staff desk = Tenants.staff(api(), tenant, "FRONT_DESK");
        Reply defaults = api().get(PATH, desk.token());
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().get("freeCancellationHours").asInt()).isEqualTo(24);
        assertThat(defaults.text("lateCancelFee")).isEqualTo("DEPOSIT");
        assertThat(defaults.text("noShowFee")).isEqualTo("DEPOSIT");

        Map<String, Object> valid = policy(48, "PERCENT_OF_PRICE", 50, "NONE", null);
        refused(api().put(PATH, manager.token(), valid), 403, "FORBIDDEN");
        refused(api().put(PATH, desk.token(), valid), 403, "FORBIDDEN");

        Reply wrong = api().put(PATH, tenant.apiKey(), policy(24, "PERCENT_OF_PRICE", null, "DEPOSIT", 10));
        refused(wrong, 400, "VALIDATION_FAILED");
        List<String> fields = new ArrayList<>();
        wrong.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("lateCancelFeePercent", "noShowFeePercent");
        refused(api().hostile().put(PATH, tenant.apiKey(), policy(721, "NONE", null, "NONE", null)), 400, "VALIDATION_FAILED");
        refused(api().hostile().put(PATH, tenant.apiKey(), policy(-1, "NONE", null, "NONE", null)), 400, "VALIDATION_FAILED");
        refused(api().put(PATH, tenant.apiKey(), policy(24, "PERCENT_OF_PRICE", 101, "NONE", null)),
                400, "VALIDATION_FAILED");
        refused(api().hostile().put(PATH, tenant.apiKey(), policy(24, "HALF", null, "NONE", null)), 400, "INVALID_TYPE");
        refused(api().hostile().put(PATH, tenant.apiKey(), Map.of("freeCancellationHours", 24)), 400, "VALIDATION_FAILED");
        assertThat(DB.count("SELECT COUNT(*) FROM cancellation_policies WHERE tenant_id = ?", tenant.tenantId()))
                .as("nothing half-written").isZero();

        Reply saved = api().put(PATH, tenant.apiKey(), valid);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(api().get(PATH, manager.token()).json().get("lateCancelFeePercent").asInt()).isEqualTo(50);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? "
                + "AND action = 'cancellation_policy.updated'", tenant.tenantId())).isEqualTo(1);

        Tenants.Tenant other = Tenants.signUp(api(), "Other");
        assertThat(api().get(PATH, other.apiKey()).text("lateCancelFee")).as("another tenant keeps the defaults")
                .isEqualTo("DEPOSIT");
    }

    @Test
    void cancellationsAndNoShowsAreChargedByTheTenantsPolicyFromThenOn() {
        Clinics.Clinic strict = Clinics.open(api(), "Asia/Riyadh", 50);
        Clinics.Clinic lenient = Clinics.open(api(), "Asia/Riyadh", 50);
        assertThat(api().put(PATH, strict.key(), policy(720, "PERCENT_OF_PRICE", 50, "NONE", null)).status())
                .isEqualTo(200);

        String patient = Clinics.patient(api(), strict, Map.of());
        Reply booked = Clinics.book(api(), strict, patient, "prp", inDays(10), Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        Reply cancelled = api().post("/appointments/" + booked.text("id") + "/cancel", strict.key(), "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("cancellationFee").get("amount").asLong())
                .as("ten days ahead is inside a 30-day window: half of 1,000.00").isEqualTo(50_000);

        Reply missed = Clinics.book(api(), strict, patient, "prp", inDays(11), Map.of());
        Reply marked = api().post("/appointments/" + missed.text("id") + "/no-show", strict.key(), "{}");
        assertThat(marked.json().get("cancellationFee").get("amount").asLong()).isZero();

        // The same cancellation at a chain on the defaults is free, and its no-show keeps the deposit.
        String theirs = Clinics.patient(api(), lenient, Map.of());
        Reply free = Clinics.book(api(), lenient, theirs, "prp", inDays(10), Map.of());
        assertThat(api().post("/appointments/" + free.text("id") + "/cancel", lenient.key(), "{}")
                .json().get("cancellationFee").get("amount").asLong()).isZero();
        Reply gone = Clinics.book(api(), lenient, theirs, "prp", inDays(11), Map.of());
        assertThat(api().post("/appointments/" + gone.text("id") + "/no-show", lenient.key(), "{}")
                .json().get("cancellationFee").get("amount").asLong())
                .isEqualTo(gone.json().get("deposit").get("amount").asLong()).isPositive();

        // A policy change later does not reprice what was already closed.
        assertThat(api().put(PATH, strict.key(), policy(0, "NONE", null, "NONE", null)).status()).isEqualTo(200);
        assertThat(api().get("/appointments/" + booked.text("id"), strict.key()).json().get("cancellationFee")
                .get("amount").asLong()).isEqualTo(50_000);
    }
}
