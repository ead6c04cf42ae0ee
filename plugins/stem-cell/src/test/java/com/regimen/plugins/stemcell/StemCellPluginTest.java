package com.regimen.plugins.stemcell;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.PriceSettings;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every finding pinned to its sentence in seed article 002 (stem-cell therapy), or marked a default as in
 * the README. Nothing here comes from article 003 (the facial): that is the regenerative-facial plugin.
 */
class StemCellPluginTest extends TreatmentPluginConformance {
    private final StemCellPlugin plugin = new StemCellPlugin();

    @ParameterizedTest(name = "{0} yes -> {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "ACTIVE_INFECTION | STEM_CELL_ACTIVE_INFECTION | BLOCK | «قد تسبب مضاعفات خطيرة مثل العدوى» (a block with one already there: default)",
            "PREGNANT | STEM_CELL_PREGNANCY | BLOCK | default: the article is silent",
            "BREASTFEEDING | STEM_CELL_BREASTFEEDING | BLOCK | default: the article is silent",
            "IMMUNE_DISORDER | STEM_CELL_REJECTION_RISK | CLEARANCE | «أو رفض الجسم للخلايا المزروعة»",
            "ANTICOAGULANTS | STEM_CELL_BLEEDING_RISK | CLEARANCE | default: the article is silent",
            "CANCER_ACTIVE | STEM_CELL_CANCER | BLOCK | default: «لا توجد دراسات تثبت علاقة مباشرة ... وتكوين أورام، لكن الخبراء ينصحون دائماً بالالتزام بالمعايير»"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity, String sentence) {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), question, true)))
                .as(sentence).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple(code, severity));
    }

    // Default (README): active cancer blocks, a past one said to be over goes to a physician, a cancer medicine
    // means cancer under treatment.
    @Test
    void pastCancerNeedsAPhysicianActiveCancerOrACancerMedicineBlocks() {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), "CANCER", true)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("STEM_CELL_PAST_CANCER", Severity.CLEARANCE));
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("Methotrexate 2.5mg"), MedicineClass.CHEMOTHERAPY, MedicineClass.IMMUNOSUPPRESSANT)))
                .extracting(ScreeningFinding::code).containsExactly("STEM_CELL_CANCER");
    }

    // Plugin default (README): a named anticoagulant or antiplatelet counts as the yes/no question's yes.
    @ParameterizedTest(name = "takes {0} -> STEM_CELL_BLEEDING_RISK")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void namedBloodThinnersNeedClearance(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(),
                List.of("إليكويس ٥ ملغ"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("STEM_CELL_BLEEDING_RISK", Severity.CLEARANCE));
    }

    // The facial's allergy warning was article 003's; the therapy does not ask about allergies.
    @Test
    void nothingFromTheFacialArticleRemains() {
        assertThat(plugin.protocol().intakeQuestions()).extracting("code").doesNotContain("ALLERGIES");
        assertThat(plugin.protocol().afterCare()).noneMatch(t -> t.en().contains("make-up"));
        assertThat(plugin.descriptor().name().en()).isEqualTo("Stem-cell therapy");
    }

    // «تحذر من اللجوء إلى هذه العلاجات خارج الإشراف الطبي الدقيق، خصوصًا في المراكز غير المعتمدة»
    @Test
    void physicianOnlyAtAccreditedLocations() {
        assertThat(plugin.protocol().requiredCredentials()).containsExactly(Credential.PHYSICIAN);
        assertThat(plugin.protocol().requiredAccreditation()).isEqualTo("stem-cell");
    }

    // «كما أنه لا يزال تحت البحث العلمي المستمر»: the patient is told, in the consent.
    @Test
    void theConsentDisclosesThatTheTherapyIsStillUnderResearch() {
        var form = plugin.consentForm().orElseThrow();
        assertThat(form.sections()).anySatisfy(section -> {
            assertThat(section.title().en()).isEqualTo("Still under research");
            assertThat(section.text().en()).contains("still under continuing scientific research");
            assertThat(section.text().ar()).contains("لا يزال تحت البحث العلمي المستمر");
        });
        // «وقد تسبب مضاعفات خطيرة مثل العدوى أو رفض الجسم للخلايا المزروعة»; «ألم أو تورم خفيف في مكان الحقن»
        assertThat(form.risks()).extracting(r -> r.en()).containsExactly("Infection.",
                "The body rejecting the transplanted cells.", "Mild pain or swelling where injected.");
        assertThat(plugin.careInstructions()).filteredOn(i -> i.phase() == CarePhase.AFTER)
                .extracting(CareInstruction::text).anyMatch(t -> t.en().contains("rejecting the cells"));
    }

    // «تتراوح تكلفة حقن الخلايا الجذعية عالميًا بين 20 إلى 60 ألف دولار»
    @Test
    void defaultCoursePricesSitInTheArticlesRange() {
        for (String source : List.of("autologous", "donor")) {
            Quote quote = plugin.quote(new QuoteRequest(3, Map.of("cellSource", source), defaultPrices()));
            assertThat(quote.total()).isBetween(2_000_000L, 6_000_000L);
            assertThat(quote.deposit()).isEqualTo(quote.total() * 30 / 100);
        }
    }

    @Test
    void unknownCellSourceIsRejected() {
        assertThatThrownBy(() -> plugin.quote(new QuoteRequest(3, Map.of("cellSource", "cord-blood"),
                defaultPrices()))).isInstanceOf(PluginRejection.class)
                .extracting(e -> ((PluginRejection) e).code()).isEqualTo("UNKNOWN_CELL_SOURCE");
    }

    @Test
    void aTenantWithoutPricesInItsCurrencyIsToldSo() {
        assertThatThrownBy(() -> plugin.quote(new QuoteRequest(2, Map.of(), new PriceSettings("SAR", Map.of(), 30))))
                .isInstanceOf(PluginRejection.class)
                .extracting(e -> ((PluginRejection) e).code()).isEqualTo("PRICE_NOT_SET");
    }
}
