package com.regimen.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.RegimenApplication;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.wiring.RegimenServices;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the messages tests share: a real SMTP server (GreenMail, on a free port) and the fake
 * SMS/WhatsApp provider, and the server configured to use them. WhatsApp has no sending number, so it
 * is the channel that is not configured.
 */
public final class MessagingServer {
    private MessagingServer() {
    }

    public static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    public static DropwizardAppExtension<RegimenConfiguration> app(TestDatabase db, String prefix, GreenMail smtp,
                                                                   FakeMessagingProvider provider) {
        return TestApps.app(db, prefix,
                ConfigOverride.config(prefix, "messages.smtpHost", "127.0.0.1"),
                ConfigOverride.config(prefix, "messages.smtpPort", () -> String.valueOf(smtp.getSmtp().getPort())),
                ConfigOverride.config(prefix, "messages.smtpFrom", "Glow Clinics <hello@glow.example>"),
                ConfigOverride.config(prefix, "messages.smtpStartTls", "false"),
                ConfigOverride.config(prefix, "messages.providerBaseUrl", provider.baseUrl()),
                ConfigOverride.config(prefix, "messages.providerAccountSid", FakeMessagingProvider.SID),
                ConfigOverride.config(prefix, "messages.providerAuthToken", FakeMessagingProvider.TOKEN),
                ConfigOverride.config(prefix, "messages.smsFrom", FakeMessagingProvider.SMS_FROM));
    }

    public static RegimenServices services(DropwizardAppExtension<RegimenConfiguration> app) {
        return app.<RegimenApplication>getApplication().services();
    }

    /** A patient with their own contact details, intake all "no" and consents signed, as Clinics.patient makes. */
    public static String patient(Api api, Clinics.Clinic c, String name, String phone, String email, String locale) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "locale", locale));
        if (phone != null) {
            body.put("phone", phone);
        }
        if (email != null) {
            body.put("email", email);
        }
        Reply made = api.post("/patients", c.key(), body);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.text("id");
        Map<String, Object> all = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false));
        for (String code : List.of("CANCER", "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "ANTICOAGULANTS",
                "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES", "HYPERTENSION",
                "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H", "MESO_INGREDIENT_ALLERGY",
                "SEVERE_ALLERGIC_REACTION_HISTORY")) {
            all.put(code, false);
        }
        all.put("MEDICATIONS", List.of());
        assertThat(api.put("/patients/" + id + "/intake", c.key(), Map.of("answers", all)).status()).isEqualTo(200);
        Consenting.signAll(api, c, id);
        return id;
    }

    /** The messages of an appointment as the API lists them. */
    public static List<JsonNode> messages(Api api, Clinics.Clinic c, String appointment) {
        Reply reply = api.get("/appointments/" + appointment + "/messages", c.key());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        reply.json().path("data").forEach(all::add);
        return all;
    }
}
