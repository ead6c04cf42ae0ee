package com.regimen.plugins.mesotherapy;

import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MesotherapyPluginTest extends TreatmentPluginConformance {
    private final MesotherapyPlugin plugin = new MesotherapyPlugin();

    @Override
    protected TreatmentPlugin plugin() {
        return plugin;
    }

    @ParameterizedTest(name = "{0} yes -> {1} {2}")
    @CsvSource({
            "PREGNANT, MESO_PREGNANCY, BLOCK",
            "BREASTFEEDING, MESO_BREASTFEEDING, BLOCK",
            "ACTIVE_INFECTION, MESO_ACTIVE_INFECTION, BLOCK",
            "SKIN_DISEASE_AT_SITE, MESO_SKIN_DISEASE_AT_SITE, BLOCK",
            "MESO_INGREDIENT_ALLERGY, MESO_INGREDIENT_ALLERGY, BLOCK",
            "SEVERE_ALLERGIC_REACTION_HISTORY, MESO_SEVERE_ALLERGY_HISTORY, CLEARANCE",
            "ANTICOAGULANTS, MESO_BRUISING_RISK, WARN"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity) {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), question, true)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity).containsExactly(tuple(code, severity));
    }

    // Article 004 lists bruising («الكدمات») among the risks: a named anticoagulant or antiplatelet counts as a yes.
    @ParameterizedTest(name = "takes {0} -> MESO_BRUISING_RISK")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void namedBloodThinnersWarnOfBruising(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Plavix 75"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("MESO_BRUISING_RISK", Severity.WARN));
    }

    @Test
    void aPatchTestIsReadAfterTwoDaysAndCountsForSixMonths() {
        assertThat(plugin.patchTestTiming().minimumWaitBeforeReading()).isEqualTo(Duration.ofHours(48));
        assertThat(plugin.patchTestTiming().validity()).isEqualTo(Duration.ofDays(180));
    }

    @Test
    void physicianOnlyAfterAPatchTest() {
        assertThat(plugin.protocol().requiredCredentials()).containsExactly(Credential.PHYSICIAN);
        assertThat(plugin.protocol().prerequisites()).containsExactly("PATCH_TEST");
    }
}
