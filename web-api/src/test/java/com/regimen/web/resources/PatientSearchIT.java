package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.patients.PatientSearchTermDao;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a patient at the desk: any word of the name from its start, Arabic letter forms and
 * diacritics folded, in any order; the phone national or international, in any digits, since phones
 * are stored as E.164 read in the chain's country. Another chain's patients are never found, and the
 * search reads the index (EXPLAIN), a bounded number of rows however common the word.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatientSearchIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);

    private Api api() {
        return TestApps.api(APP);
    }

    private List<String> names(Clinics.Clinic clinic, String query) {
        Reply found = api().get("/patients?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), clinic.key());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode p : found.json().get("data")) {
            names.add(p.get("name").asText());
        }
        return names;
    }

    private String register(Clinics.Clinic clinic, String name, String phone) {
        Reply created = api().post("/patients", clinic.key(), Map.of("name", name, "phone", phone, "locale", "ar"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("phone");
    }

    @Test
    void anyPartOfTheNameOrThePhoneFindsThePatientAndNothingOfAnotherChain() {
        Clinics.Clinic riyadh = Clinics.open(api(), "Asia/Riyadh", 5);
        assertThat(register(riyadh, "فاطمة الزَّهراء", "0551234567")).as("national, read in Saudi Arabia")
                .isEqualTo("+966551234567");
        assertThat(register(riyadh, "Salma Canary-Haddad", "+966 55 012 3487")).isEqualTo("+966550123487");
        assertThat(register(riyadh, "أحمد عبدالله", "٠٥٠٠٠٠٠١٠٩")).as("Arabic-Indic digits").isEqualTo("+966500000109");
        assertThat(register(riyadh, "ليلى مصطفى", "+971 50 123 4567")).as("international: another country")
                .isEqualTo("+971501234567");

        assertThat(names(riyadh, "فاطمه")).as("ة/ه").containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "الزهر")).as("diacritics, the second word").containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "احمد")).as("أ/ا").containsExactly("أحمد عبدالله");
        assertThat(names(riyadh, "ليلي")).as("ى/ي").containsExactly("ليلى مصطفى");
        assertThat(names(riyadh, "had")).as("a word inside the name").containsExactly("Salma Canary-Haddad");
        assertThat(names(riyadh, "HADDAD sal")).as("words in any order, any case").containsExactly("Salma Canary-Haddad");
        assertThat(names(riyadh, "sal fat")).as("every word must match").isEmpty();
        assertThat(names(riyadh, "canary had sal")).as("three words").containsExactly("Salma Canary-Haddad");

        assertThat(names(riyadh, "0551234567")).containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "+966 55 123 4567")).containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "00966551234")).containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "٠٥٥١٢٣")).as("the start, in Arabic-Indic digits").containsExactly("فاطمة الزَّهراء");
        assertThat(names(riyadh, "055")).containsExactlyInAnyOrder("فاطمة الزَّهراء", "Salma Canary-Haddad");
        assertThat(names(riyadh, "0501234567")).as("the UAE number is not a Saudi one").isEmpty();
        assertThat(names(riyadh, "+97150")).containsExactly("ليلى مصطفى");

        Reply bad = api().post("/patients", riyadh.key(), Map.of("name", "X", "phone", "12", "locale", "en"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");

        Clinics.Clinic other = Clinics.open(api(), "Asia/Riyadh", 5);
        assertThat(names(other, "فاطمه")).isEmpty();
        assertThat(names(other, "0551234567")).isEmpty();
    }

    @Test
    void theSearchReadsTheIndexAndABoundedNumberOfRows() {
        Clinics.Clinic clinic = Clinics.open(api(), "Asia/Riyadh", 5);
        register(clinic, "Noura Index", "0551110000");
        String tenant = clinic.tenant().tenantId();
        List<Map<String, Object>> plan = DB.jdbi().withHandle(handle -> handle.createQuery("EXPLAIN "
                        + PatientSearchTermDao.CANDIDATES_OF_FIRST_WORD).bind("tenantId", tenant).bind("first", "nou%")
                .mapToMap().list());
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("key")).isEqualTo("PRIMARY");
        assertThat(plan.get(0).get("type")).isEqualTo("range");
        assertThat(names(clinic, "nou")).containsExactly("Noura Index");
    }
}
