package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the desk is told before it cancels or marks a no-show: the policy's fee read from the API,
 * and the same fee the cancellation then keeps. Another tenant's appointment is not there (404).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CancellationTermsIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void theTermsSayWhatCancellingWouldKeepAndTheCancellationKeepsIt() {
        Clinics.Clinic clinic = Clinics.open(api(), "Asia/Riyadh", 20);
        String patient = Clinics.patient(api(), clinic, Map.of());
        String start = LocalDate.now(TestRegimenApplication.CLOCK.withZone(ZoneId.of("Asia/Riyadh"))).plusDays(5).atTime(10, 0).atZone(ZoneId.of("Asia/Riyadh"))
                .toInstant().toString();
        Reply booked = Clinics.book(api(), clinic, patient, "prp", start, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.text("id");
        long deposit = booked.json().get("deposit").get("amount").asLong();

        Reply terms = api().get("/appointments/" + id + "/cancellation-terms", clinic.key());
        assertThat(terms.status()).as(terms.toString()).isEqualTo(200);
        JsonNode body = terms.json();
        assertThat(Instant.parse(body.get("freeUntil").asText())).isEqualTo(Instant.parse(start).minusSeconds(86_400));
        assertThat(body.get("cancellationFeeNow").get("amount").asLong()).as("five days ahead: free").isZero();
        assertThat(body.get("noShowFee").get("amount").asLong()).isEqualTo(deposit).isPositive();
        assertThat(body.get("noShowFee").get("currency").asText()).isEqualTo("SAR");

        Reply cancelled = api().post("/appointments/" + id + "/cancel", clinic.key(), Map.of("reason", "travelling"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("cancellationFee").get("amount").asLong())
                .isEqualTo(body.get("cancellationFeeNow").get("amount").asLong());

        Clinics.Clinic other = Clinics.open(api(), "Asia/Riyadh", 20);
        Reply foreign = api().get("/appointments/" + id + "/cancellation-terms", other.key());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("code")).isEqualTo("NOT_FOUND");
        assertThat(api().get("/appointments/" + id + "/cancellation-terms", null).status()).isEqualTo(401);
    }
}
