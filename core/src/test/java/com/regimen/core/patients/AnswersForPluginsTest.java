package com.regimen.core.patients;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersForPluginsTest {

    // A physician's review: "none" typed under allergies is not an allergy.
    @Test
    void anEntrySayingNoneIsNoEntryInEitherLanguage() {
        Map<String, Object> read = AnswersForPlugins.of(Map.of(
                "ALLERGIES", List.of("none", "None ", "لا يوجد", "-", "n/a"),
                "MEDICATIONS", List.of("لا شيء")));
        assertThat(read.get("ALLERGIES")).isEqualTo(List.of());
        assertThat(read.get("MEDICATIONS")).isEqualTo(List.of());
    }

    @Test
    void realEntriesAndOtherAnswersAreKeptAsWritten() {
        Map<String, Object> read = AnswersForPlugins.of(Map.of(
                "ALLERGIES", List.of("latex", "none", "بنسلين"),
                "PREGNANT", false,
                "NOTES", "none",
                "LAST_DOSE", LocalDate.of(2026, 5, 1)));
        assertThat(read.get("ALLERGIES")).isEqualTo(List.of("latex", "بنسلين"));
        assertThat(read.get("PREGNANT")).isEqualTo(false);
        assertThat(read.get("NOTES")).as("only list entries are read this way").isEqualTo("none");
        assertThat(read.get("LAST_DOSE")).isEqualTo(LocalDate.of(2026, 5, 1));
    }
}
