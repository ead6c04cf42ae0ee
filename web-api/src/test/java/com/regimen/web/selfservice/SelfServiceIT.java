package com.regimen.web.selfservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Marks;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's self-service link end to end, on the real server and MariaDB: the desk issues it (shown
 * once, audited without the token); a tampered, expired, revoked, malformed or another clinic's link is
 * the same 404; confirming is idempotent; cancelling follows the clinic's policy and never keeps a fee
 * the patient did not accept; intake answers are screened as the desk's and flag the visit for the
 * clinic without telling the patient anything clinical; the consent signed through the link is the
 * desk's consent; the token appears in no log, audit row or stored reply; and a flood is refused with
 * 429 per link and per address while another address is served.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SelfServiceIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    /** Low limits, and 127.0.0.1 trusted to name the client, so the test plays several addresses. */
    private static final DropwizardAppExtension<RegimenConfiguration> THROTTLED = TestApps.app(DB, "dwss.",
            ConfigOverride.config("dwss.", "selfService.requestsPerMinutePerAddress", "5"),
            ConfigOverride.config("dwss.", "selfService.requestsPerMinutePerLink", "3"),
            ConfigOverride.config("dwss.", "limits.trustedProxies", "127.0.0.1"));
    private static final String TOKEN = "Self-Service-Token";
    /** Every token this class used, looked for in the logs at the end. */
    private static final List<String> TOKENS = new CopyOnWriteArrayList<>();

    private Api api() {
        return TestApps.api(APP);
    }

    private static String threeDaysAhead() {
        LocalDate day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), ZoneOffset.UTC).plusDays(3);
        if (day.equals(LocalDate.of(2027, 2, 7))) {
            day = day.plusDays(1); // the clinic's closure
        }
        return day.atTime(7, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private record Visit(Clinic clinic, String patient, String appointment, Tenants.Staff desk, String token) {
        String tenant() {
            return clinic.tenant().tenantId();
        }
    }

    /**
     * A clinic in Riyadh, an Arabic-speaking patient with a clear intake who has signed no consent, booked
     * for PRP three days ahead, and a link the front desk issued.
     */
    private Visit visit(Api api) {
        Clinic c = Clinics.open(api, "Asia/Riyadh", 10);
        String patient = api.post("/patients", c.key(), Map.of("name", Clinics.PATIENT_NAME,
                "phone", Clinics.PATIENT_PHONE, "locale", "ar")).text("id");
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false,
                "PREGNANT", false, "ANTICOAGULANTS", false, "MEDICATIONS", List.of(), "EXOSOME_ALLERGY", false));
        assertThat(api.put("/patients/" + patient + "/intake", c.key(), Map.of("answers", answers)).status())
                .isEqualTo(200);
        Reply booked = Clinics.book(api, c, patient, "prp", threeDaysAhead(), Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        Tenants.Staff desk = Tenants.staff(api, c.tenant(), "FRONT_DESK");
        Reply link = api.post("/appointments/" + booked.text("id") + "/self-service-link", desk.token(), null);
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        return new Visit(c, patient, booked.text("id"), desk, tokenOf(link.text("url")));
    }

    private static String tokenOf(String url) {
        assertThat(url).startsWith("http://localhost:8080/patient.html#rgp_");
        String token = url.substring(url.indexOf('#') + 1);
        TOKENS.add(token);
        return token;
    }

    private static Reply as(Api api, String method, String path, String token, Object body) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put(TOKEN, token);
        }
        return api.send(method, "/self-service/visit" + path, null, body == null ? null : json(body), headers);
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    @Test
    void theDeskIssuesALinkThatShowsTheVisitInThePatientsLanguageAndKeepsNoToken() throws Exception {
        Visit v = visit(api());
        Reply seen = as(api(), "GET", "", v.token(), null);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        JsonNode visit = seen.json();
        assertThat(visit.get("appointmentId").asText()).isEqualTo(v.appointment());
        assertThat(visit.get("state").asText()).isEqualTo("OPEN");
        assertThat(visit.get("timeZone").asText()).isEqualTo("Asia/Riyadh");
        assertThat(visit.get("language").asText()).isEqualTo("ar");
        assertThat(visit.get("locationName").asText()).isEqualTo("Branch");
        assertThat(visit.get("practitionerName").asText()).isIn("Dr. Huda", "Nurse Reem");
        assertThat(visit.get("treatmentName").get("en").asText()).containsIgnoringCase("PRP");
        assertThat(visit.get("preCare").size()).isPositive();
        assertThat(visit.get("preCare").get(0).asText()).containsPattern("\\p{InArabic}");
        assertThat(visit.get("cancellation").get("feeNow").asLong()).isZero();
        assertThat(visit.get("consent").get("signed").asBoolean()).isFalse();
        assertThat(visit.get("confirmedAt").isNull()).isTrue();

        // Stored and audited by its hash and id only.
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(v.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(DB.count("SELECT COUNT(*) FROM self_service_links WHERE tenant_id = ? AND appointment_id = ? "
                + "AND token_sha256 = ?", v.tenant(), v.appointment(), sha)).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = "
                + "'self_service_link.issued' AND entity_id = ? AND actor_id = ?", v.tenant(), v.appointment(),
                v.desk().userId())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE details LIKE '%rgp\\_%'")).isZero();

        // Shown once: a replay of the same Idempotency-Key answers the link without its address.
        Map<String, String> key = Map.of("Idempotency-Key", "link-" + v.appointment());
        Reply first = api().post("/appointments/" + v.appointment() + "/self-service-link", v.desk().token(), null,
                key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        tokenOf(first.text("url"));
        Reply replay = api().post("/appointments/" + v.appointment() + "/self-service-link", v.desk().token(), null,
                key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().get("url").isNull()).isTrue();
        assertThat(DB.count("SELECT COUNT(*) FROM idempotency_keys WHERE response_body LIKE '%rgp\\_%'")).isZero();

        // A practitioner does not hand links out; an API key of the clinic may.
        Tenants.Staff practitioner = Tenants.staff(api(), v.clinic().tenant(), "PRACTITIONER");
        refused(api().post("/appointments/" + v.appointment() + "/self-service-link", practitioner.token(), null),
                403, "FORBIDDEN");
    }

    @Test
    void everyLinkThatDoesNotOpenIsTheSame404() {
        Visit v = visit(api());
        Visit other = visit(api());
        List<Reply> closed = new ArrayList<>();
        closed.add(as(api(), "GET", "", null, null));
        closed.add(as(api(), "GET", "", "not-a-link", null));
        char last = v.token().charAt(v.token().length() - 1);
        closed.add(as(api(), "GET", "", v.token().substring(0, v.token().length() - 1) + (last == 'A' ? 'B' : 'A'),
                null));
        // This link's secret under the other clinic's id: looked up in that clinic's rows, it names nothing.
        closed.add(as(api(), "GET", "", v.token().replace(v.tenant(), other.tenant()), null));

        // Expired: a link (through the messages module's method) that opens for one minute, a minute and more ago.
        Instant soon = TestRegimenApplication.CLOCK.instant().plus(Duration.ofMinutes(1));
        String expiring = tokenOf(APP.<TestRegimenApplication>getApplication().services().selfServiceLinks()
                .issue(v.tenant(), v.patient(), v.appointment(), soon).toString());
        assertThat(as(api(), "GET", "", expiring, null).status()).isEqualTo(200);
        TestRegimenApplication.CLOCK.advance(Duration.ofMinutes(2));
        closed.add(as(api(), "GET", "", expiring, null));
        // The messages module's method checks that the appointment is the patient's.
        Throwable notTheirs = org.assertj.core.api.Assertions.catchThrowable(() -> APP
                .<TestRegimenApplication>getApplication().services().selfServiceLinks()
                .issue(v.tenant(), other.patient(), v.appointment(), soon.plus(Duration.ofDays(1))));
        assertThat(notTheirs).isInstanceOf(com.regimen.core.errors.DomainException.class);
        assertThat(((com.regimen.core.errors.DomainException) notTheirs).code()).isEqualTo("NOT_FOUND");

        // Revoked by the desk.
        Reply revoked = api().delete("/appointments/" + other.appointment() + "/self-service-link",
                other.desk().token());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asInt()).isEqualTo(1);
        closed.add(as(api(), "GET", "", other.token(), null));
        // Another clinic's desk neither revokes nor issues links to this appointment.
        refused(api().delete("/appointments/" + v.appointment() + "/self-service-link", other.desk().token()),
                404, "NOT_FOUND");
        refused(api().post("/appointments/" + v.appointment() + "/self-service-link", other.desk().token(), null),
                404, "NOT_FOUND");

        for (Reply reply : closed) {
            refused(reply, 404, "NOT_FOUND");
            assertThat(reply.json().get("detail")).isEqualTo(closed.get(0).json().get("detail"));
            assertThat(reply.json().get("title")).isEqualTo(closed.get(0).json().get("title"));
        }
        // Nothing changes through a link that does not open.
        refused(as(api(), "POST", "/confirmation", other.token(), null), 404, "NOT_FOUND");
        refused(as(api(), "POST", "/cancellation", other.token(), Map.of()), 404, "NOT_FOUND");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'BOOKED'",
                other.tenant(), other.appointment())).isEqualTo(1);
        // The link still open sees its own visit only.
        assertThat(as(api(), "GET", "", v.token(), null).text("appointmentId")).isEqualTo(v.appointment());
    }

    @Test
    void confirmingTwiceIsOneConfirmation() {
        Visit v = visit(api());
        Reply first = as(api(), "POST", "/confirmation", v.token(), null);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Reply again = as(api(), "POST", "/confirmation", v.token(), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(first.text("confirmedAt")).isNotBlank().isEqualTo(again.text("confirmedAt"));
        assertThat(DB.count("SELECT COUNT(*) FROM attendance_confirmations WHERE tenant_id = ? AND appointment_id = ?",
                v.tenant(), v.appointment())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? AND action = "
                + "'appointment.confirmed_by_patient' AND actor_type = 'PATIENT'", v.tenant(), v.appointment()))
                .isEqualTo(1);
    }

    @Test
    void cancellingInsideTheFreeWindowIsFreeAndLeavesAReadOnlyPage() {
        Visit v = visit(api());
        Reply cancelled = as(api(), "POST", "/cancellation", v.token(), Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("state")).isEqualTo("CANCELLED");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'CANCELLED' "
                + "AND cancellation_fee = 0", v.tenant(), v.appointment())).isEqualTo(1);
        // Again: the visit as it is, nothing more written.
        Reply again = as(api(), "POST", "/cancellation", v.token(), Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("state")).isEqualTo("CANCELLED");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'appointment.cancelled' AND actor_type = 'PATIENT'", v.tenant(), v.appointment()))
                .isEqualTo(1);
        // Read-only: no instructions, terms or consent, and nothing to change.
        JsonNode page = as(api(), "GET", "", v.token(), null).json();
        assertThat(page.get("preCare").size()).isZero();
        assertThat(page.get("cancellation").isNull()).isTrue();
        assertThat(page.get("consent").isNull()).isTrue();
        refused(as(api(), "POST", "/confirmation", v.token(), null), 409, "VISIT_CLOSED");
        refused(as(api(), "PUT", "/intake", v.token(), Map.of("answers", Map.of("PREGNANT", false))), 409,
                "VISIT_CLOSED");
        refused(as(api(), "POST", "/consent", v.token(), Map.of("typedName", "Salma", "mark", Marks.scribble())),
                409, "VISIT_CLOSED");
    }

    @Test
    void cancellingLateShowsTheFeeAndKeepsOnlyWhatThePatientAccepted() {
        Visit v = visit(api());
        Map<String, Object> policy = new HashMap<>();
        policy.put("freeCancellationHours", 720);
        policy.put("lateCancelFee", "PERCENT_OF_PRICE");
        policy.put("lateCancelFeePercent", 50);
        policy.put("noShowFee", "DEPOSIT");
        policy.put("noShowFeePercent", null);
        assertThat(api().put("/settings/cancellation-policy", v.clinic().key(), policy).status()).isEqualTo(200);
        JsonNode terms = as(api(), "GET", "", v.token(), null).json().get("cancellation");
        assertThat(terms.get("feeNow").asLong()).isEqualTo(50_000);

        Reply asked = as(api(), "POST", "/cancellation", v.token(), Map.of());
        refused(asked, 409, "CANCELLATION_FEE_APPLIES");
        assertThat(asked.json().get("fee").asLong()).isEqualTo(50_000);
        refused(as(api(), "POST", "/cancellation", v.token(), Map.of("feeAccepted", 49_999)), 409,
                "CANCELLATION_FEE_APPLIES");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'BOOKED'",
                v.tenant(), v.appointment())).isEqualTo(1);
        refused(as(api(), "POST", "/cancellation", v.token(), Map.of("feeAccepted", -1)), 400, "VALIDATION_FAILED");

        Reply yes = as(api(), "POST", "/cancellation", v.token(), Map.of("feeAccepted", 50_000));
        assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'CANCELLED' "
                + "AND cancellation_fee = 50000", v.tenant(), v.appointment())).isEqualTo(1);
    }

    @Test
    void intakeThroughTheLinkIsScreenedAsTheDesksAndFlagsTheVisitWithoutADiagnosis() {
        Visit v = visit(api());
        Reply form = api().send("GET", "/self-service/visit/intake-form", null, null,
                Map.of(TOKEN, v.token(), "Accept-Language", "ar"));
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.text("language")).isEqualTo("ar");
        List<String> codes = new ArrayList<>();
        form.json().get("questions").forEach(q -> codes.add(q.get("code").asText()));
        assertThat(codes).contains("ANTICOAGULANTS", "MEDICATIONS").doesNotContain("EXOSOME_ALLERGY");
        assertThat(form.json().get("questions").get(0).get("text").asText()).containsPattern("\\p{InArabic}");

        // A medicine no vocabulary knows: a physician must review it.
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false,
                "PREGNANT", false, "ANTICOAGULANTS", false, "MEDICATIONS", List.of("Zyntravex 5mg")));
        refused(as(api(), "PUT", "/intake", v.token(), Map.of("answers", Map.of("EXOSOME_ALLERGY", true))), 400,
                "VALIDATION_FAILED");
        Reply received = as(api(), "PUT", "/intake", v.token(), Map.of("answers", answers));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        received.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("version", "receivedAt");
        assertThat(received.body()).doesNotContain("CLEARANCE", "UNRECOGNISED", "Zyntravex", "BLOCK");

        // The clinic sees it: the appointment needs review, and the screening the link made is the desk's.
        Reply appointment = api().get("/appointments/" + v.appointment(), v.desk().token());
        assertThat(appointment.json().get("needsReview").asBoolean()).isTrue();
        String linkId = DB.jdbi().withHandle(h -> h.createQuery("SELECT id FROM self_service_links WHERE tenant_id = ? "
                + "AND appointment_id = ?").bind(0, v.tenant()).bind(1, v.appointment()).mapTo(String.class).one());
        String outcome = DB.jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM screenings WHERE tenant_id = ? "
                + "AND patient_id = ? AND created_by = ?").bind(0, v.tenant()).bind(1, v.patient()).bind(2, linkId)
                .mapTo(String.class).one());
        Reply desk = api().post("/screenings", v.desk().token(), Map.of("patientId", v.patient(),
                "treatmentId", "prp", "locationId", v.clinic().location()));
        assertThat(desk.status()).as(desk.toString()).isIn(200, 201);
        assertThat(outcome).isEqualTo(desk.text("outcome")).isEqualTo("NEEDS_CLEARANCE");
        // The other treatments' answers were carried over into the new version.
        Reply latest = api().get("/patients/" + v.patient() + "/intake", v.desk().token());
        assertThat(latest.json().get("answers").get("EXOSOME_ALLERGY").asBoolean()).isFalse();
        assertThat(latest.json().get("version").asInt()).isEqualTo(received.json().get("version").asInt());
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = "
                + "'patient_intake.recorded' AND actor_type = 'PATIENT' AND actor_id = ?", v.tenant(), linkId))
                .isEqualTo(1);
    }

    @Test
    void theConsentSignedThroughTheLinkIsTheDesksConsent() {
        Visit v = visit(api());
        Reply form = as(api(), "GET", "/consent-form", v.token(), null);
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        refused(as(api(), "POST", "/consent", v.token(), Map.of("typedName", "سلمى", "mark", Marks.blank())), 400,
                "MARK_BLANK");
        Reply signed = as(api(), "POST", "/consent", v.token(), Map.of("typedName", "سلمى حداد",
                "mark", Marks.scribble(), "language", "ar"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.json().get("alreadySigned").asBoolean()).isFalse();
        assertThat(signed.text("consentVersion")).isEqualTo(form.text("version"));
        Reply again = as(api(), "POST", "/consent", v.token(), Map.of("typedName", "سلمى حداد",
                "mark", Marks.scribble()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadySigned").asBoolean()).isTrue();
        assertThat(again.text("consentId")).isEqualTo(signed.text("consentId"));
        assertThat(as(api(), "GET", "", v.token(), null).json().get("consent").get("signed").asBoolean()).isTrue();

        // At the desk: the patient's current signature, signed through the link, and audited as the link's.
        JsonNode consents = api().get("/patients/" + v.patient() + "/consents", v.desk().token()).json().get("data");
        assertThat(consents.size()).isEqualTo(1);
        assertThat(consents.get(0).get("id").asText()).isEqualTo(signed.text("consentId"));
        assertThat(consents.get(0).get("current").asBoolean()).isTrue();
        assertThat(consents.get(0).get("witnessName").asText()).isEqualTo("The patient, through their self-service link");
        assertThat(DB.count("SELECT COUNT(*) FROM patient_consents WHERE tenant_id = ? AND patient_id = ?",
                v.tenant(), v.patient())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'consent.signed' "
                + "AND actor_type = 'PATIENT' AND entity_id = ?", v.tenant(), v.patient())).isEqualTo(1);
    }

    @Test
    void aFloodIsRefusedPerLinkAndPerAddressWhileOthersAreServed() {
        Api throttled = TestApps.api(THROTTLED);
        Visit v = visit(throttled);
        String second = tokenOf(throttled.post("/appointments/" + v.appointment() + "/self-service-link",
                v.desk().token(), null).text("url"));
        Visit other = visit(throttled);
        for (int i = 0; i < 3; i++) {
            assertThat(from(throttled, "10.0.0.1", v.token()).status()).isEqualTo(200);
        }
        Reply limited = from(throttled, "10.0.0.1", v.token());
        refused(limited, 429, "SELF_SERVICE_RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        // The same link from elsewhere is still over its own limit.
        refused(from(throttled, "10.0.0.9", v.token()), 429, "SELF_SERVICE_RATE_LIMITED");
        // The address has one request left for another link, then none.
        assertThat(from(throttled, "10.0.0.1", second).status()).isEqualTo(200);
        refused(from(throttled, "10.0.0.1", second), 429, "SELF_SERVICE_RATE_LIMITED");
        // Guessing tokens from one address: 404s until the address's limit, then 429.
        for (int i = 0; i < 5; i++) {
            refused(from(throttled, "10.0.0.3", "rgp_" + v.tenant() + "_guess" + i), 404, "NOT_FOUND");
        }
        refused(from(throttled, "10.0.0.3", "rgp_" + v.tenant() + "_guess5"), 429, "SELF_SERVICE_RATE_LIMITED");
        // Another clinic's patient, elsewhere, is served.
        assertThat(from(throttled, "10.0.0.2", other.token()).status()).isEqualTo(200);
    }

    private static Reply from(Api api, String address, String token) {
        return api.send("GET", "/self-service/visit", null, null, Map.of(TOKEN, token, "X-Forwarded-For", address));
    }

    /** No token this class used is in the request log or the application log. */
    @AfterAll
    static void noTokenIsLogged() throws IOException {
        assertThat(TOKENS).isNotEmpty();
        Path requests = Path.of("target", "test-logs", "requests.log");
        Path application = Path.of("target", "test-logs", "regimen.log");
        String requestLog = Files.readString(requests, StandardCharsets.UTF_8);
        String applicationLog = Files.readString(application, StandardCharsets.UTF_8);
        assertThat(requestLog).as("the request log saw this class's requests").contains("/v1/self-service/visit");
        for (String token : TOKENS) {
            String secret = token.substring("rgp_".length() + 36 + 1);
            assertThat(requestLog).doesNotContain(token).doesNotContain(secret);
            assertThat(applicationLog).doesNotContain(token).doesNotContain(secret);
        }
    }
}
