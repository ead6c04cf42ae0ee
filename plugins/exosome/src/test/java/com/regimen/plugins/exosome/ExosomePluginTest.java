package com.regimen.plugins.exosome;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every finding pinned to its sentence in seed article 001 (contraindications, «موانع استخدام الاكسوزوم»;
 * before the injections, «تعليمات ما قبل حقن الاكسوزوم»), or marked a default as in the README.
 * The conformance suite finds the plugin through ServiceLoader.
 */
class ExosomePluginTest extends TreatmentPluginConformance {
    private final ExosomePlugin plugin = new ExosomePlugin();

    private List<ScreeningFinding> screenWith(String code, Object value) {
        return plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), code, value));
    }

    private List<ScreeningFinding> screenTaking(String listed, MedicineClass... classes) {
        return plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(), List.of(listed), classes));
    }

    @ParameterizedTest(name = "{0} yes -> {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "PREGNANT | EXOSOME_PREGNANCY | BLOCK | «السيدات الحوامل والمرضعات»",
            "BREASTFEEDING | EXOSOME_BREASTFEEDING | BLOCK | «السيدات الحوامل والمرضعات»",
            "ACTIVE_INFECTION | EXOSOME_UNCONTROLLED_INFECTION | BLOCK | «إذا كان المريض يعاني من حالات العدوى غير المنضبطة»",
            "BLOOD_DISORDER | EXOSOME_CLOTTING_RISK | BLOCK | «من لديهم اضطرابات في تخثر الدم»",
            "ANTICOAGULANTS | EXOSOME_CLOTTING_RISK | BLOCK | «والذين يتناولون الأدوية الخاصة بذلك»",
            "IMMUNE_DISORDER | EXOSOME_IMMUNE_DISORDER | BLOCK | «المرضى الذين يعانون من نقص، واضطرابات في المناعة»",
            "SKIN_DISEASE_AT_SITE | EXOSOME_SKIN_DISEASE_AT_SITE | BLOCK | «وجود أحد الأمراض الجلدية النشطة في مكان الحقن»",
            "EXOSOME_ALLERGY | EXOSOME_ALLERGY | BLOCK | «من يعانون من الحساسية ... لأحد مكونات الاكسوزوم أو المنتجات ذات الصلة به»",
            "DIABETES | EXOSOME_DIABETES | CLEARANCE | «إصابة المريض بالسكري» (the list begins «يجب استشارة الطبيب»)",
            "HYPERTENSION | EXOSOME_HYPERTENSION | CLEARANCE | «أو ارتفاع ضغط الدم»",
            "CARDIOVASCULAR_DISEASE | EXOSOME_CARDIOVASCULAR | CLEARANCE | «أو أمراض القلب والأوعية الدموية»",
            "SMOKED_OR_DRANK_LAST_48H | EXOSOME_SMOKING_OR_ALCOHOL | WARN | «الامتناع عن التدخين، والكحول قبل الحقن بفترة 24-48 ساعة»"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity, String sentence) {
        assertThat(screenWith(question, true)).as(sentence).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple(code, severity));
    }

    // «مرضى السرطان، وذلك بسبب تشكل الخلايا السرطانية النشطة، حيث أنه من الممكن أن تُعزِّز عمل السرطان ونقائِله»
    @Test
    void activeCancerOrCancerNotSaidToBeOverBlocks() {
        Map<String, Object> answers = new HashMap<>(Intakes.healthyAdult(plugin.protocol().intakeQuestions()));
        answers.put("CANCER", true);
        answers.remove("CANCER_ACTIVE");
        assertThat(plugin.screen(Intakes.subject(answers))).as("not said whether active")
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_CANCER", Severity.BLOCK));
        answers.put("CANCER_ACTIVE", true);
        assertThat(plugin.screen(Intakes.subject(answers))).extracting(ScreeningFinding::code)
                .containsExactly("EXOSOME_CANCER");
    }

    // The same sentence names active cancer cells: a past cancer, said to be over, goes to a physician.
    @Test
    void pastCancerSaidToBeOverNeedsAPhysicianNotABlock() {
        assertThat(screenWith("CANCER", true)) // the healthy adult answers CANCER_ACTIVE no
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_PAST_CANCER", Severity.CLEARANCE));
    }

    // A cancer medicine means cancer under treatment, whatever the CANCER answers say: the cancer sentence.
    @Test
    void aCancerMedicineBlocksAsCancer() {
        assertThat(screenTaking("Xeloda 500", MedicineClass.CHEMOTHERAPY))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_CANCER", Severity.BLOCK));
    }

    // «من لديهم اضطرابات في تخثر الدم، والذين يتناولون الأدوية الخاصة بذلك»: named or answered, it blocks.
    @ParameterizedTest(name = "takes {0} -> EXOSOME_CLOTTING_RISK BLOCK")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void aMedicineThatAffectsClottingBlocksWhetherNamedOrAnswered(MedicineClass medicineClass) {
        assertThat(screenTaking("وارفارين ٥ ملغ", medicineClass))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .contains(tuple("EXOSOME_CLOTTING_RISK", Severity.BLOCK));
        assertThat(screenWith("ANTICOAGULANTS", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_CLOTTING_RISK", Severity.BLOCK));
    }

    // «بعض الأدوية التي قد تتفاعل مع حقن الاكسوزوم أو تتداخل مع فعاليته»
    @ParameterizedTest(name = "takes {0} -> EXOSOME_INTERACTING_MEDICATION CLEARANCE")
    @EnumSource(value = MedicineClass.class, names = {"IMMUNOSUPPRESSANT", "CORTICOSTEROID"})
    void interactingMedicinesNeedClearance(MedicineClass medicineClass) {
        assertThat(screenTaking("Medrol 4mg", medicineClass))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("EXOSOME_INTERACTING_MEDICATION", Severity.CLEARANCE));
    }

    // «التوقف عن تناول الأدوية التي تزيد من تخثر الدم قبل الإجراء، مثل: الأسبرين والإيبوبروفين»
    @Test
    void antiInflammatoriesAreToBeStoppedBefore() {
        assertThat(screenTaking("بروفين ٤٠٠", MedicineClass.NSAID))
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

    // «تحتاج بعض الحالات إلى 3-5 جلسات حسب الحالة. وقد يتم علاج المشكلة لبعض المرضى عبر جلسة واحدة»
    @Test
    void aCourseIsOneToFiveSessions() {
        assertThat(plugin.protocol().minSessions()).isEqualTo(1);
        assertThat(plugin.protocol().maxSessions()).isEqualTo(5);
    }

    // The daily routine: «الحفاظ على وضع واقي الشمس باستمرار» ... «مع إزالة المكياج قبل النوم»; and article 003:
    // «يُنصح بالابتعاد عن الشمس والمكياج لـ24 إلى 48 ساعة». The articles' claims about how long results last
    // are not after-care.
    @Test
    void afterCareRemovesMakeUpKeepsOutOfTheSunFor24To48HoursAndClaimsNothing() {
        assertThat(plugin.careInstructions()).extracting(CareInstruction::phase, CareInstruction::timing,
                i -> i.text().en()).contains(
                tuple(CarePhase.AFTER, CareTiming.hours(24, 48), "Keep out of the sun and wear no make-up."),
                tuple(CarePhase.AFTER, CareTiming.ONGOING,
                        "Wash and cleanse your face every day and remove make-up before sleeping."));
        assertThat(plugin.protocol().afterCare()).contains(plugin.careInstructions().get(3).describe());
        assertThat(plugin.protocol().afterCare()).noneMatch(t -> t.en().contains("year") || t.ar().contains("سنتين"));
        assertThat(plugin.consentForm().orElseThrow().sections()).noneMatch(s -> s.text().en().contains("year"));
    }

    // «الامتناع عن التدخين، والكحول قبل الحقن بفترة 24-48 ساعة»; stopping aspirin is the article's, stopping a
    // prescribed blood thinner is its prescriber's decision.
    @Test
    void preCareKeepsAPrescribedBloodThinnerUnlessItsPrescriberAgrees() {
        assertThat(plugin.careInstructions()).extracting(CareInstruction::phase, CareInstruction::timing)
                .contains(tuple(CarePhase.BEFORE, CareTiming.hours(24, 48)));
        assertThat(plugin.protocol().preCare()).anyMatch(t ->
                t.en().contains("do not stop a prescribed blood thinner unless its prescriber agrees"));
    }

    @Test
    void theConsentNamesTheArticlesRisksAndIsVersionOne() {
        var form = plugin.consentForm().orElseThrow();
        assertThat(form.version()).isEqualTo("1");
        // «وقد لا تتعدى مضاعفاته ظهور الكدمات مكان الحقن فقط، وغيرها من إمكانية ظهور التفاعلات التحسسية البسيطة،
        // أو حصول العدوى، والتهيجات والاحمرارات»
        assertThat(form.risks()).extracting(r -> r.en()).containsExactly("Bruising where injected.",
                "Redness and irritation for 1 to 2 days.", "Mild allergic reactions.", "Infection where injected.");
    }
}
