package com.regimen.plugins.exosome;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ExosomePluginTest extends TreatmentPluginConformance {
    private final ExosomePlugin plugin = new ExosomePlugin();

    @Override
    protected TreatmentPlugin plugin() {
        return plugin;
    }

    private List<ScreeningFinding> screenWith(String code, Object value) {
        return plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), code, value));
    }

    @ParameterizedTest(name = "{0} yes -> {1} {2}")
    @CsvSource({
            "CANCER, EXOSOME_CANCER, BLOCK",
            "PREGNANT, EXOSOME_PREGNANCY, BLOCK",
            "BREASTFEEDING, EXOSOME_BREASTFEEDING, BLOCK",
            "ACTIVE_INFECTION, EXOSOME_UNCONTROLLED_INFECTION, BLOCK",
            "BLOOD_DISORDER, EXOSOME_CLOTTING_RISK, BLOCK",
            "ANTICOAGULANTS, EXOSOME_CLOTTING_RISK, BLOCK",
            "IMMUNE_DISORDER, EXOSOME_IMMUNE_DISORDER, BLOCK",
            "SKIN_DISEASE_AT_SITE, EXOSOME_SKIN_DISEASE_AT_SITE, BLOCK",
            "EXOSOME_ALLERGY, EXOSOME_ALLERGY, BLOCK",
            "DIABETES, EXOSOME_DIABETES, CLEARANCE",
            "HYPERTENSION, EXOSOME_HYPERTENSION, CLEARANCE",
            "CARDIOVASCULAR_DISEASE, EXOSOME_CARDIOVASCULAR, CLEARANCE",
            "SMOKED_OR_DRANK_LAST_48H, EXOSOME_SMOKING_OR_ALCOHOL, WARN"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity) {
        assertThat(screenWith(question, true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple(code, severity));
    }

    // Article 001 line 37: «من لديهم اضطرابات في تخثر الدم، والذين يتناولون الأدوية الخاصة بذلك»
    @ParameterizedTest(name = "takes {0} -> EXOSOME_CLOTTING_RISK")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void aMedicineThatAffectsClottingBlocksWhetherNamedOrAnswered(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("وارفارين ٥ ملغ"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .contains(tuple("EXOSOME_CLOTTING_RISK", Severity.BLOCK));
        assertThat(screenWith("ANTICOAGULANTS", true)).extracting(ScreeningFinding::code)
                .containsExactly("EXOSOME_CLOTTING_RISK");
    }

    // Article 001 line 42: «بعض الأدوية التي قد تتفاعل مع حقن الاكسوزوم أو تتداخل مع فعاليته»
    @ParameterizedTest(name = "takes {0} -> EXOSOME_INTERACTING_MEDICATION")
    @EnumSource(value = MedicineClass.class, names = {"IMMUNOSUPPRESSANT", "CORTICOSTEROID", "CHEMOTHERAPY"})
    void interactingMedicinesNeedClearance(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Medrol 4mg"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_INTERACTING_MEDICATION", Severity.CLEARANCE));
    }

    // Article 001 line 66: «التوقف عن تناول الأدوية التي تزيد من تخثر الدم قبل الإجراء، مثل: الأسبرين والإيبوبروفين»
    @Test
    void antiInflammatoriesAreToBeStoppedBefore() {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("بروفين ٤٠٠"), MedicineClass.NSAID)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_STOP_BLOOD_THINNERS", Severity.WARN));
    }

    @Test
    void aspirinIsAnAntiplateletSoItBlocksAsWellAsWarns() {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Aspirin 81mg"), MedicineClass.ANTIPLATELET, MedicineClass.NSAID)))
                .extracting(ScreeningFinding::code)
                .containsExactlyInAnyOrder("EXOSOME_CLOTTING_RISK", "EXOSOME_STOP_BLOOD_THINNERS");
    }

    @Test
    void medicinesOfOtherClassesRaiseNothing() {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Panadol", "Augmentin", "Roaccutane"), MedicineClass.OTHER, MedicineClass.ANTIBIOTIC,
                MedicineClass.RETINOID))).isEmpty();
    }

    @Test
    void coursesAreThreeToFiveSessions() {
        assertThat(plugin.protocol().minSessions()).isEqualTo(3);
        assertThat(plugin.protocol().maxSessions()).isEqualTo(5);
    }
}
