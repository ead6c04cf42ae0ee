package com.regimen.plugins.regenerativefacial;

import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.LocalizedText;
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

/**
 * The conformance kit, and each fact and finding pinned to its sentence in seed article 003
 * (/work/shared/seeds/003_*.txt, quoted with its line number) or to the README's defaults.
 */
class RegenerativeFacialPluginTest extends TreatmentPluginConformance {
    private final RegenerativeFacialPlugin plugin = new RegenerativeFacialPlugin();

    @Override
    protected TreatmentPlugin plugin() {
        return plugin;
    }

    /** Line 20: "تستغرق الجلسة ما بين 30 إلى 45 دقيقة ... سلسلة من 2 إلى 4 جلسات". */
    @Test
    void line20ASeriesOfTwoToFourSessionsOfAtMost45Minutes() {
        assertThat(plugin.protocol().minSessions()).isEqualTo(2);
        assertThat(plugin.protocol().maxSessions()).isEqualTo(4);
        assertThat(plugin.protocol().sessionMinutes()).isBetween(30, 45);
    }

    /** Line 15: "تحت إشراف طبي مدرّب" (under trained medical supervision). */
    @Test
    void line15GivenByMedicalStaff() {
        assertThat(plugin.protocol().requiredCredentials()).containsExactlyInAnyOrder(Credential.PHYSICIAN,
                Credential.NURSE);
    }

    /** Line 19: "يُنصح بالابتعاد عن الشمس والمكياج لـ24 إلى 48 ساعة". */
    @Test
    void line19NoSunOrMakeUpFor24To48HoursAfter() {
        assertThat(plugin.careInstructions()).anySatisfy(care -> {
            assertThat(care.phase()).isEqualTo(CarePhase.AFTER);
            assertThat(care.timing()).isEqualTo(CareTiming.hours(24, 48));
            assertThat(care.text().en()).contains("sun").contains("make-up");
            assertThat(care.text().ar()).contains("الشمس").contains("المكياج");
        });
        assertThat(plugin.protocol().afterCare()).extracting(LocalizedText::en)
                .contains("For 24-48 h after the session: Keep away from the sun and make-up.");
    }

    /** Line 17: "تنظيف وتعقيم البشرة، وأحيانًا يُستخدم كريم مخدر موضعي". */
    @Test
    void line17TheSkinIsPreparedAtTheSession() {
        assertThat(plugin.careInstructions()).filteredOn(care -> care.phase() == CarePhase.BEFORE)
                .singleElement().satisfies(care -> {
                    assertThat(care.timing()).isEqualTo(CareTiming.AT_SESSION);
                    assertThat(care.text().en()).contains("cleaned and sterilised").contains("numbing cream");
                });
    }

    /** Lines 23-26, the side effects, are the consent's risks, each in both languages. */
    @Test
    void lines23To26AreTheRisksTheConsentNames() {
        ConsentForm form = plugin.consentForm().orElseThrow();
        assertThat(form.version()).isEqualTo("1");
        assertThat(form.risks()).extracting(LocalizedText::ar).containsExactly(
                "احمرار أو تورم خفيف في موضع الحقن.", // line 23
                "شعور بالحكة أو السخونة.",            // line 24
                "كدمات سطحية تزول خلال أيام.",        // line 25
                "نادرًا ما قد يحدث رد فعل تحسسي.");   // line 26
        assertThat(form.risks()).allSatisfy(risk -> assertThat(risk.en()).isNotBlank());
        // Line 16: the physician decides whether stem cells or exosomes suit best: the other is the alternative.
        assertThat(form.alternatives()).extracting(LocalizedText::en)
                .contains("Exosomes instead of stem cells, or the other way round.");
        assertThat(form.sections()).extracting(section -> section.text().en())
                .anySatisfy(text -> assertThat(text).contains("30 to 45 minutes").contains("2 to 4"));
    }

    /** Line 26: "نادرًا ما قد يحدث رد فعل تحسسي" (rarely, an allergic reaction may occur). */
    @Test
    void line26ListedAllergiesWarn() {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), "ALLERGIES",
                List.of("latex")))).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("REGENERATIVE_FACIAL_ALLERGY_HISTORY", Severity.WARN));
    }

    /** Line 25 names bruising; that blood thinners make it likelier is a README default, answered or named. */
    @Test
    void line25BloodThinnersWarnOfBruisingWhenAnswered() {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), "ANTICOAGULANTS",
                true))).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("REGENERATIVE_FACIAL_BRUISING", Severity.WARN));
    }

    @ParameterizedTest(name = "takes {0} -> REGENERATIVE_FACIAL_BRUISING")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void line25NamedBloodThinnersWarnOfBruisingToo(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Xarelto 20mg"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("REGENERATIVE_FACIAL_BRUISING", Severity.WARN));
    }

    /** README defaults: the article is silent on pregnancy, breastfeeding and skin disease at the site. */
    @ParameterizedTest(name = "{0} yes -> {1} BLOCK (default)")
    @CsvSource({
            "PREGNANT, REGENERATIVE_FACIAL_PREGNANCY",
            "BREASTFEEDING, REGENERATIVE_FACIAL_BREASTFEEDING",
            "SKIN_DISEASE_AT_SITE, REGENERATIVE_FACIAL_SKIN_AT_SITE"})
    void defaultBlocks(String question, String code) {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), question, true)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple(code, Severity.BLOCK));
    }

    @Test
    void aHealthyAdultHasNoFindings() {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), "PREGNANT", false)))
                .isEmpty();
    }
}
