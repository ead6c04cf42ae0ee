package com.regimen.plugins.mesotherapy;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
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

/**
 * Every finding pinned to its sentence in seed article 004 (its mesotherapy part), or marked a default as
 * in the README.
 */
class MesotherapyPluginTest extends TreatmentPluginConformance {
    private final MesotherapyPlugin plugin = new MesotherapyPlugin();

    @ParameterizedTest(name = "{0} yes -> {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "PREGNANT | MESO_PREGNANCY | BLOCK | default: the article is silent",
            "BREASTFEEDING | MESO_BREASTFEEDING | BLOCK | default: the article is silent",
            "ACTIVE_INFECTION | MESO_ACTIVE_INFECTION | BLOCK | «في حالة عدم الامتثال لإجراءات النظافة الصحيحة، قد تحدث التهابات» (a block with one already there: default)",
            "SKIN_DISEASE_AT_SITE | MESO_SKIN_DISEASE_AT_SITE | BLOCK | «يمكن أن تحدث ندبات أو تشوهات في البشرة» (default)",
            "MESO_INGREDIENT_ALLERGY | MESO_INGREDIENT_ALLERGY | BLOCK | «قد تحدث تفاعلات تحسسية للمواد المستخدمة في ابر الميزوثيرابي»",
            "SEVERE_ALLERGIC_REACTION_HISTORY | MESO_SEVERE_ALLERGY_HISTORY | CLEARANCE | «في حالات نادرة، قد تحدث تفاعلات تحسسية شديدة تتطلب عناية طبية فورية»",
            "ANTICOAGULANTS | MESO_BLOOD_THINNER | CLEARANCE | default aligned with PRP and stem cells; «تكون كدمات نتيجة للحقن»"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity, String sentence) {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), question, true)))
                .as(sentence).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple(code, severity));
    }

    // Default (README), aligned across plugins: warfarin or any anticoagulant or antiplatelet needs a physician.
    @ParameterizedTest(name = "takes {0} -> MESO_BLOOD_THINNER")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void namedBloodThinnersNeedAPhysician(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Marevan 5mg"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("MESO_BLOOD_THINNER", Severity.CLEARANCE));
    }

    @Test
    void aPatchTestIsReadAfterTwoDaysAndCountsForSixMonths() {
        assertThat(plugin.patchTestTiming().minimumWaitBeforeReading()).isEqualTo(Duration.ofHours(48));
        assertThat(plugin.patchTestTiming().validity()).isEqualTo(Duration.ofDays(180));
    }

    // «يجب أن يتم إجراء حقن ميزوثيرابي فقط بواسطة أطباء مؤهلين»; «يجب إجراء اختبار تجريبي على جزء صغير من الجلد»
    @Test
    void physicianOnlyAfterAPatchTest() {
        assertThat(plugin.protocol().requiredCredentials()).containsExactly(Credential.PHYSICIAN);
        assertThat(plugin.protocol().prerequisites()).containsExactly("PATCH_TEST");
    }

    // «تفاعلات سلبية مع التصبغات الموجودة بالفعل في البشرة، مما يزيد من ظهورها»; «قد يحدث تغير في لون البشرة»;
    // «هذا قد يتسبب في حكة أو حرقان»
    @Test
    void afterCareWarnsOfWorsePigmentationColourChangeAndItching() {
        assertThat(plugin.careInstructions()).filteredOn(i -> i.phase() == CarePhase.AFTER)
                .extracting(CareInstruction::text).extracting(t -> t.en()).contains(
                        "Pigmentation you already have may get worse; tell the physician if you notice it.",
                        "The skin's colour may change where injected and take time to return to normal.",
                        "Itching or burning may occur; tell the clinic if it goes on.");
        assertThat(plugin.protocol().afterCare()).extracting(t -> t.ar())
                .anyMatch(line -> line.contains("التصبغات الموجودة أصلًا"));
        assertThat(plugin.consentForm().orElseThrow().risks()).hasSize(7);
    }
}
