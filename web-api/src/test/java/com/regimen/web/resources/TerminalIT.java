package com.regimen.web.resources;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.commands.ReconcilePaymentsCommand;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Card readers at the desk against the fake Stripe: registration, taps, declines, cancels, lost webhooks. */
@ExtendWith(DropwizardExtensionsSupport.class)
class TerminalIT {
    private static final String WEBHOOK_SECRET = "whsec_terminal";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final AtomicInteger DAYS = new AtomicInteger(1);

    @AfterAll
    static void stopStripe() {
        assertThat(STRIPE.terminal().problems()).as("every request as Stripe wants it").isEmpty();
        STRIPE.close();
    }

    private Api api() {
        return TestApps.api(APP);
    }

    /** A connected clinic chain with a location set up for readers and one reader registered there. */
    private record Desk(Clinic clinic, String account, String reader) {
    }

    private Desk desk() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 5);
        String account = StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(), null);
        Reply location = api().put("/terminal/locations/" + c.location(), c.key(),
                Map.of("line1", "King Fahd Road 12", "city", "Riyadh", "postalCode", "12211", "country", "SA"));
        assertThat(location.status()).as(location.toString()).isEqualTo(200);
        Reply reader = api().post("/terminal/readers", c.key(), Map.of("locationId", c.location(),
                "registrationCode", "simulated-wpe", "label", "Front desk 1"));
        assertThat(reader.status()).as(reader.toString()).isEqualTo(201);
        return new Desk(c, account, reader.text("id"));
    }

    private String appointment(Desk d) {
        String patient = Clinics.patient(api(), d.clinic(), Map.of());
        String day = String.format("2027-04-%02d", DAYS.getAndIncrement());
        Reply booked = Clinics.book(api(), d.clinic(), patient, "prp", day + "T07:00:00Z", Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("id");
    }

    private Reply charge(Desk d, String appointment, String kind, Long amount) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("readerId", d.reader(), "kind", kind));
        if (amount != null) {
            body.put("amount", amount);
        }
        return api().post("/appointments/" + appointment + "/reader-payments", d.clinic().key(), body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private Reply readerEvent(Desk d, String type, String intent, String eventId) {
        return StripeConnections.event(api(), WEBHOOK_SECRET, type, d.account(), eventId,
                TestRegimenApplication.CLOCK.instant().getEpochSecond(),
                STRIPE.terminal().reader(STRIPE.terminal().readerOf(intent)));
    }

    private JsonNode due(Desk d, String appointment) {
        return api().get("/appointments/" + appointment + "/payments", d.clinic().key()).json().get("due");
    }

    private List<FakeStripe.Request> since(int before) {
        List<FakeStripe.Request> all = STRIPE.requests();
        return all.subList(before, all.size());
    }

    @Test
    void readersAreRegisteredAtALocationListedWithStatusAndNamed() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 5);
        String account = StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(), null);
        Reply early = api().post("/terminal/readers", c.key(), Map.of("locationId", c.location(),
                "registrationCode", "simulated-wpe", "label", "Front desk 1"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("TERMINAL_LOCATION_MISSING");
        Reply badCountry = api().put("/terminal/locations/" + c.location(), c.key(),
                Map.of("line1", "King Fahd Road 12", "city", "Riyadh", "country", "XX"));
        assertThat(badCountry.status()).isEqualTo(400);

        int before = STRIPE.requests().size();
        Map<String, String> address = Map.of("line1", "King Fahd Road 12", "city", "Riyadh", "country", "SA");
        Reply location = api().put("/terminal/locations/" + c.location(), c.key(), address);
        assertThat(location.status()).as(location.toString()).isEqualTo(200);
        FakeStripe.Request made = since(before).get(0);
        assertThat(made.path()).isEqualTo("/v1/terminal/locations");
        assertThat(made.stripeAccount()).isEqualTo(account);
        assertThat(made.idempotencyKey()).isNotBlank();
        assertThat(made.form()).containsEntry("address[country]", "SA").containsEntry("display_name",
                api().get("/locations/" + c.location(), c.key()).text("name"));
        int again = STRIPE.requests().size();
        assertThat(api().put("/terminal/locations/" + c.location(), c.key(), address)
                .text("stripeLocationId")).isEqualTo(location.text("stripeLocationId"));
        assertThat(since(again)).as("made once").isEmpty();

        Reply refused = api().post("/terminal/readers", c.key(), Map.of("locationId", c.location(),
                "registrationCode", "not-a-reader", "label", "Front desk 1"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("READER_REGISTRATION_REFUSED");
        Reply reader = api().post("/terminal/readers", c.key(), Map.of("locationId", c.location(),
                "registrationCode", "simulated-wpe", "label", "Front desk 1"));
        assertThat(reader.status()).as(reader.toString()).isEqualTo(201);
        assertThat(reader.text("deviceType")).isEqualTo("simulated_wisepos_e");
        FakeStripe.Request registered = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(registered.form()).containsEntry("registration_code", "simulated-wpe")
                .containsEntry("location", location.text("stripeLocationId"))
                .containsEntry("metadata[regimen_tenant]", c.tenant().tenantId());

        JsonNode listed = api().get("/terminal/readers?locationId=" + c.location(), c.key()).json().get("data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("online");
        Reply renamed = api().send("PATCH", "/terminal/readers/" + reader.text("id"), c.key(),
                "{\"label\":\"Treatment room 2\"}", Map.of("Content-Type", "application/json"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.text("label")).isEqualTo("Treatment room 2");
        assertThat(STRIPE.requests().get(STRIPE.requests().size() - 1).form()).containsEntry("label", "Treatment room 2");
        String stripeReader = DB.jdbi().withHandle(h -> h.createQuery(
                "SELECT stripe_reader_id FROM terminal_readers WHERE tenant_id = :t").bind("t",
                c.tenant().tenantId()).mapTo(String.class).one());
        STRIPE.terminal().setOnline(stripeReader, false);
        assertThat(api().get("/terminal/readers", c.key()).json().get("data").get(0).get("status").asText())
                .isEqualTo("offline");
    }

    @Test
    void aTapPaysTheDepositAndTheReceiptShowsTheCard() {
        Desk d = desk();
        String appointment = appointment(d);
        long deposit = due(d, appointment).get("deposit").get("amount").asLong();
        int before = STRIPE.requests().size();
        Reply taken = charge(d, appointment, "DEPOSIT", null);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(taken.text("state")).isEqualTo("WAITING_FOR_CARD");
        assertThat(taken.json().get("amount").get("amount").asLong()).isEqualTo(deposit);
        List<FakeStripe.Request> calls = since(before);
        assertThat(calls).extracting(FakeStripe.Request::path).containsExactly("/v1/payment_intents",
                "/v1/terminal/readers/" + STRIPE.terminal().readerOf(taken.text("stripePaymentIntentId"))
                        + "/process_payment_intent");
        assertThat(calls).allSatisfy(r -> {
            assertThat(r.stripeAccount()).isEqualTo(d.account());
            assertThat(r.idempotencyKey()).isNotBlank();
        });
        assertThat(calls.get(0).form()).containsEntry("payment_method_types[0]", "card_present")
                .containsEntry("currency", "sar").containsEntry("amount", Long.toString(deposit));
        assertThat(due(d, appointment).get("deposit").get("amount").asLong()).as("held while on the reader").isZero();

        String intent = taken.text("stripePaymentIntentId");
        STRIPE.terminal().presentCard(intent, "4242424242424242");
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(readerEvent(d, "terminal.reader.action_succeeded", intent, eventId).text("outcome"))
                .isEqualTo("APPLIED");
        assertThat(readerEvent(d, "terminal.reader.action_succeeded", intent, eventId).text("outcome"))
                .isEqualTo("DUPLICATE");
        Reply paid = api().get("/reader-payments/" + taken.text("paymentId"), d.clinic().key());
        assertThat(paid.text("state")).isEqualTo("SUCCEEDED");
        assertThat(paid.text("paymentStatus")).isEqualTo("SUCCEEDED");
        assertThat(paid.json().get("card").get("brand").asText()).isEqualTo("visa");
        assertThat(paid.json().get("card").get("last4").asText()).isEqualTo("4242");
        assertThat(paid.json().get("card").get("readMethod").asText()).isEqualTo("contactless_emv");
        JsonNode ledger = api().get("/appointments/" + appointment + "/payments", d.clinic().key()).json();
        assertThat(ledger.get("paid").get("amount").asLong()).isEqualTo(deposit);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = "
                + "'terminal.charge_succeeded'", d.clinic().tenant().tenantId())).as("applied once").isEqualTo(1);
    }

    @Test
    void theLedgerAndTheTaxInvoiceNameTheCardAndHowItWasReadInBothLanguages() throws Exception {
        Desk d = desk();
        assertThat(api().put("/locations/" + d.clinic().location() + "/tax-settings", d.clinic().key(), Map.of(
                "sellerNameAr", "عيادات", "sellerNameEn", "Clinics", "vatNumber", "310122393500003")).status())
                .isEqualTo(200);
        String appointment = appointment(d);
        Reply taken = charge(d, appointment, "DEPOSIT", null);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        String intent = taken.text("stripePaymentIntentId");
        STRIPE.terminal().presentCard(intent, "4000056655665556", "contact_emv");
        assertThat(readerEvent(d, "terminal.reader.action_succeeded", intent, "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("APPLIED");
        Reply cash = api().post("/appointments/" + appointment + "/payments", d.clinic().key(),
                Map.of("kind", "BALANCE", "method", "CASH"));
        assertThat(cash.status()).as(cash.toString()).isEqualTo(201);
        assertThat(cash.json().get("card").isNull()).as("cash has no card").isTrue();

        JsonNode payments = api().get("/appointments/" + appointment + "/payments", d.clinic().key()).json()
                .get("payments");
        assertThat(payments).hasSize(2);
        for (JsonNode p : payments) {
            if (p.get("id").asText().equals(taken.text("paymentId"))) {
                assertThat(p.get("card").get("brand").asText()).isEqualTo("visa");
                assertThat(p.get("card").get("last4").asText()).isEqualTo("5556");
                assertThat(p.get("card").get("readMethod").asText()).isEqualTo("contact_emv");
            } else {
                assertThat(p.get("method").asText()).isEqualTo("CASH");
                assertThat(p.get("card").isNull()).isTrue();
            }
        }

        JsonNode documents = api().get("/appointments/" + appointment + "/tax-documents", d.clinic().key()).json();
        String cardInvoice = null;
        String cashInvoice = null;
        for (JsonNode doc : documents) {
            if (doc.get("paymentId").asText().equals(taken.text("paymentId"))) {
                cardInvoice = doc.get("id").asText();
            } else {
                cashInvoice = doc.get("id").asText();
            }
        }
        assertThat(cardInvoice).as("an invoice per payment: " + documents).isNotNull();
        assertThat(cashInvoice).as("an invoice per payment: " + documents).isNotNull();

        String english = api().get("/tax-documents/" + cardInvoice + "/html?lang=en", d.clinic().key()).body();
        assertThat(english).contains("Card", "VISA •••• 5556", "Read by", "Chip");
        String arabic = api().get("/tax-documents/" + cardInvoice + "/html?lang=ar", d.clinic().key()).body();
        assertThat(arabic).contains("البطاقة", "VISA •••• 5556", "طريقة القراءة", "شريحة");
        assertThat(pdfText("/tax-documents/" + cardInvoice + "/pdf?lang=en", d.clinic().key()))
                .contains("VISA •••• 5556", "Read by", "Chip");
        assertThat(pdfText("/tax-documents/" + cardInvoice + "/pdf?lang=ar", d.clinic().key()))
                .contains("5556", "البطاقة", "طريقة القراءة", "شريحة");
        assertThat(api().get("/tax-documents/" + cashInvoice + "/html?lang=en", d.clinic().key()).body())
                .as("cash names no card").contains("Tax Invoice").doesNotContain("Read by", "••••");

        // The patient reads Arabic (Clinics.patient): the after-care is theirs even on the English page.
        JsonNode care = api().get("/appointments/" + appointment, d.clinic().key()).json().get("careInstructions");
        assertThat(care.get("language").asText()).isEqualTo("ar");
        String afterCare = care.get("afterCare").get(0).asText();
        assertThat(afterCare).isNotBlank();
        assertThat(english).contains("العناية بعد الجلسة", afterCare).doesNotContain("After your session");
        assertThat(pdfText("/tax-documents/" + cardInvoice + "/pdf?lang=en", d.clinic().key()))
                .contains("العناية بعد الجلسة");
    }

    /** The PDF's text, read back with PDFBox; shaped Arabic is stored as presentation forms, NFKC restores it. */
    private String pdfText(String path, String key) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api().base() + path))
                        .header("Authorization", "Bearer " + key).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
        }
    }

    @Test
    void aDeclineLeavesTheAmountDueAndCashFollows() {
        Desk d = desk();
        String appointment = appointment(d);
        long total = due(d, appointment).get("total").get("amount").asLong();
        Reply taken = charge(d, appointment, "BALANCE", null);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        String intent = taken.text("stripePaymentIntentId");
        STRIPE.terminal().presentCard(intent, "4000000000000002");
        assertThat(readerEvent(d, "terminal.reader.action_failed", intent, "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("APPLIED");
        Reply declined = api().get("/reader-payments/" + taken.text("paymentId"), d.clinic().key());
        assertThat(declined.text("state")).isEqualTo("DECLINED");
        assertThat(declined.text("paymentStatus")).isEqualTo("FAILED");
        assertThat(declined.text("failureCode")).isEqualTo("card_declined");
        assertThat(STRIPE.intent(intent).get("status").asText()).as("it can never be charged later")
                .isEqualTo("canceled");
        assertThat(due(d, appointment).get("total").get("amount").asLong()).isEqualTo(total);

        Reply cash = api().post("/appointments/" + appointment + "/payments", d.clinic().key(),
                Map.of("kind", "BALANCE", "method", "CASH"));
        assertThat(cash.status()).as(cash.toString()).isEqualTo(201);
        assertThat(cash.json().get("amount").get("amount").asLong()).isEqualTo(total);
        assertThat(due(d, appointment).get("total").get("amount").asLong()).isZero();
    }

    @Test
    void theDeskCancelsMidActionAndTheReaderIsFreeAgain() {
        Desk d = desk();
        String appointment = appointment(d);
        long deposit = due(d, appointment).get("deposit").get("amount").asLong();
        Reply taken = charge(d, appointment, "DEPOSIT", null);
        Reply busy = charge(d, appointment(d), "DEPOSIT", null);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.text("code")).isEqualTo("READER_BUSY");

        String intent = taken.text("stripePaymentIntentId");
        String stripeReader = STRIPE.terminal().readerOf(intent);
        Reply cancelled = api().post("/reader-payments/" + taken.text("paymentId") + "/cancel", d.clinic().key(), "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("state")).isEqualTo("CANCELED");
        assertThat(cancelled.text("paymentStatus")).isEqualTo("CANCELED");
        assertThat(STRIPE.terminal().reader(stripeReader).get("action").isNull()).isTrue();
        assertThat(STRIPE.intent(intent).get("status").asText()).isEqualTo("canceled");
        assertThat(due(d, appointment).get("deposit").get("amount").asLong()).isEqualTo(deposit);
        Reply twice = api().post("/reader-payments/" + taken.text("paymentId") + "/cancel", d.clinic().key(), "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("CHARGE_NOT_IN_PROGRESS");

        Reply next = charge(d, appointment, "DEPOSIT", null);
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.text("state")).isEqualTo("WAITING_FOR_CARD");
    }

    @Test
    void lostWebhooksAreRepairedByReconciliation() throws Exception {
        Desk d = desk();
        String appointment = appointment(d);
        Reply taken = charge(d, appointment, "DEPOSIT", 5_000L);
        STRIPE.terminal().presentCard(taken.text("stripePaymentIntentId"), "4242424242424242");
        // No webhook arrives. The payment reconciliation finds the PaymentIntent paid.
        Reply reconciled = api().post("/payments/" + taken.text("paymentId") + "/reconcile", d.clinic().key(), "{}");
        assertThat(reconciled.text("status")).isEqualTo("SUCCEEDED");
        Reply seen = api().get("/reader-payments/" + taken.text("paymentId"), d.clinic().key());
        assertThat(seen.text("state")).isEqualTo("SUCCEEDED");
        assertThat(seen.json().get("card").get("last4").asText()).isEqualTo("4242");

        // A decline whose webhook is lost: the reconciliation pass ends it, and the amount is due again.
        String other = appointment(d);
        long due = due(d, other).get("total").get("amount").asLong();
        Reply declined = charge(d, other, "BALANCE", null);
        STRIPE.terminal().presentCard(declined.text("stripePaymentIntentId"), "4000000000000002");
        assertThat(due(d, other).get("total").get("amount").asLong()).as("held until Stripe's answer is known").isZero();
        String summary = ReconcilePaymentsCommand.reconcileAll(APP.getConfiguration(), new MetricRegistry(),
                TestRegimenApplication.CLOCK);
        assertThat(summary).contains("reader payments ended");
        assertThat(DB.count("SELECT COUNT(*) FROM terminal_charges WHERE tenant_id = ? AND payment_id = ? "
                + "AND state = 'DECLINED'", d.clinic().tenant().tenantId(), declined.text("paymentId"))).isEqualTo(1);
        assertThat(due(d, other).get("total").get("amount").asLong()).isEqualTo(due);
    }

    @Test
    void aCardPresentChargeIsRefundedLikeAnyOther() {
        Desk d = desk();
        String appointment = appointment(d);
        Reply taken = charge(d, appointment, "DEPOSIT", null);
        String intent = taken.text("stripePaymentIntentId");
        STRIPE.terminal().presentCard(intent, "4242424242424242");
        readerEvent(d, "terminal.reader.action_succeeded", intent, "evt_" + UUID.randomUUID());
        int before = STRIPE.requests().size();
        Reply refund = api().post("/payments/" + taken.text("paymentId") + "/refunds", d.clinic().key(),
                Map.of("amount", 1_000));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        FakeStripe.Request sent = since(before).get(0);
        assertThat(sent.path()).isEqualTo("/v1/refunds");
        assertThat(sent.form()).containsEntry("payment_intent", intent).containsEntry("amount", "1000");
        assertThat(sent.stripeAccount()).isEqualTo(d.account());
        assertThat(api().get("/appointments/" + appointment + "/payments", d.clinic().key()).json().get("refunded")
                .get("amount").asLong()).isEqualTo(1_000);
    }

    @Test
    void anotherChainsReadersAndReaderPaymentsAreNotFound() {
        Desk mine = desk();
        Desk theirs = desk();
        String appointment = appointment(mine);
        Reply taken = charge(mine, appointment, "DEPOSIT", null);
        String key = theirs.clinic().key();
        assertThat(api().get("/terminal/readers/" + mine.reader(), key).status()).isEqualTo(404);
        assertThat(api().send("PATCH", "/terminal/readers/" + mine.reader(), key, "{\"label\":\"Mine now\"}",
                Map.of("Content-Type", "application/json")).status()).isEqualTo(404);
        assertThat(api().get("/terminal/readers", key).json().get("data")).extracting(n -> n.get("id").asText())
                .containsExactly(theirs.reader());
        assertThat(api().post("/appointments/" + appointment(theirs) + "/reader-payments", key,
                Map.of("readerId", mine.reader(), "kind", "DEPOSIT")).status()).isEqualTo(404);
        assertThat(api().post("/appointments/" + appointment + "/reader-payments", key,
                Map.of("readerId", theirs.reader(), "kind", "DEPOSIT")).status()).isEqualTo(404);
        assertThat(api().get("/reader-payments/" + taken.text("paymentId"), key).status()).isEqualTo(404);
        assertThat(api().post("/reader-payments/" + taken.text("paymentId") + "/cancel", key, "{}").status())
                .isEqualTo(404);
        assertThat(api().get("/reader-payments/" + taken.text("paymentId"), mine.clinic().key()).text("state"))
                .isEqualTo("WAITING_FOR_CARD");
    }

    @Test
    void racingDesksTakeOnePaymentOnAReaderAndARacingWebhookIsAppliedOnce() throws Exception {
        Desk d = desk();
        List<String> appointments = List.of(appointment(d), appointment(d), appointment(d));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Reply>> pending = new java.util.ArrayList<>();
            for (String appointment : appointments) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return charge(d, appointment, "DEPOSIT", null);
                }));
            }
            go.countDown();
            List<Reply> answers = new java.util.ArrayList<>();
            for (var answer : pending) {
                answers.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(r -> r.status() == 201).as(answers.toString()).hasSize(1);
            assertThat(answers).filteredOn(r -> r.status() == 409).extracting(r -> r.text("code"))
                    .hasSize(2).allMatch(code -> code.equals("READER_BUSY") || code.equals("READER_UNAVAILABLE"));
            assertThat(appointments.stream().filter(a -> due(d, a).get("deposit").get("amount").asLong() == 0))
                    .as("one deposit held").hasSize(1);
            assertThat(DB.count("SELECT COUNT(*) FROM payments p JOIN terminal_charges c ON c.tenant_id = p.tenant_id "
                    + "AND c.payment_id = p.id WHERE p.tenant_id = ? AND p.status IN ('PENDING', 'PROCESSING', "
                    + "'SUCCEEDED')", d.clinic().tenant().tenantId())).isEqualTo(1);
            DB.jdbi().withHandle(h -> h.createQuery("SELECT stripe_payment_intent_id FROM terminal_charges WHERE "
                    + "tenant_id = :t AND state = 'CANCELED'").bind("t", d.clinic().tenant().tenantId())
                    .mapTo(String.class).list()).forEach(intent -> assertThat(STRIPE.intent(intent).get("status")
                    .asText()).as("a refused hand-over can never be paid").isEqualTo("canceled"));

            Reply won = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            String intent = won.text("stripePaymentIntentId");
            STRIPE.terminal().presentCard(intent, "4242424242424242");
            String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
            java.util.concurrent.CountDownLatch deliver = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Reply>> deliveries = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(pool.submit(() -> {
                    deliver.await();
                    return readerEvent(d, "terminal.reader.action_succeeded", intent, eventId);
                }));
            }
            deliver.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var delivery : deliveries) {
                outcomes.add(delivery.get(120, java.util.concurrent.TimeUnit.SECONDS).text("outcome"));
            }
            assertThat(outcomes).as(outcomes.toString()).containsOnlyOnce("APPLIED");
            assertThat(outcomes).filteredOn("DUPLICATE"::equals).hasSize(3);
            assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = "
                    + "'terminal.charge_succeeded'", d.clinic().tenant().tenantId())).isEqualTo(1);
            assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND status = 'SUCCEEDED'",
                    d.clinic().tenant().tenantId())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
