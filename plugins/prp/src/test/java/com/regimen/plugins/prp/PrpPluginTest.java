package com.regimen.plugins.prp;

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
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Every finding pinned to its sentence in seed article 000, or marked a default as in the README. */
class PrpPluginTest extends TreatmentPluginConformance {
    private final PrpPlugin plugin = new PrpPlugin();

    private List<ScreeningFinding> screenWith(String code, Object value) {
        return plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), code, value));
    }

    // «يمنع استخدام هذه التقنية للأشخاص المصابين بأمراض الكبد والدم»
    @Test
    void liverDiseaseBlocks() {
        assertThat(screenWith("LIVER_DISEASE", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_LIVER_DISEASE", Severity.BLOCK));
    }

    // «يمنع استخدام هذه التقنية للأشخاص المصابين بأمراض الكبد والدم»
    @Test
    void bloodDisorderBlocks() {
        assertThat(screenWith("BLOOD_DISORDER", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_BLOOD_DISORDER", Severity.BLOCK));
    }

    // Default derived from «أمراض ... الدم» (README): a blood thinner, named or answered, goes to a physician.
    @ParameterizedTest
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void aBloodThinnerByClassNeedsAPhysiciansClearance(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(), List.of("Zorbelix"),
                medicineClass))).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_BLOOD_THINNER", Severity.CLEARANCE));
    }

    @Test
    void answeringYesToBloodThinnersNeedsAPhysiciansClearance() {
        assertThat(screenWith("ANTICOAGULANTS", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_BLOOD_THINNER", Severity.CLEARANCE));
        assertThat(plugin.protocol().intakeQuestions()).extracting("code").contains("MEDICATIONS", "ANTICOAGULANTS");
    }

    @Test
    void anNsaidAloneIsNotABloodThinnerHere() {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(), List.of("Brufen"),
                MedicineClass.NSAID))).isEmpty();
    }

    // Default (README; the article is silent): PRP asks about pregnancy, as every other injectable does.
    @Test
    void pregnancyIsAskedAndBlocks() {
        assertThat(plugin.protocol().intakeQuestions()).extracting("code").contains("PREGNANT");
        assertThat(screenWith("PREGNANT", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_PREGNANCY", Severity.BLOCK));
    }

    // «من أهم سلبياتها أنها لا تعالج التجاعيد العميقة وترهلات البشرة»
    @Test
    void deepWrinklesOnlyWarns() {
        assertThat(screenWith("PRP_DEEP_WRINKLES_OR_LAXITY", true))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("PRP_NOT_FOR_DEEP_WRINKLES", Severity.WARN));
    }

    // «وتوضع في جهازٍ متخصص لتدويرها بسرعةٍ فائقة»
    @Test
    void needsACentrifugeRoomAndAKitPerSession() {
        assertThat(plugin.protocol().requiredEquipment()).containsExactly("centrifuge");
        assertThat(plugin.protocol().consumablesPerSession()).extracting("sku").contains("prp-kit");
    }

    // «ويمكن استخدام كريمات تعمل على إزالة تلك الندوب خلال أسبوع واحد» and «حصول الحكة في فروة الرأس»
    @Test
    void afterCareIsTheArticlesCreamForAWeekAndScalpItching() {
        assertThat(plugin.careInstructions()).filteredOn(i -> i.phase() == CarePhase.AFTER)
                .extracting(CareInstruction::timing).containsExactly(CareTiming.days(7), CareTiming.ONGOING);
        assertThat(plugin.consentForm().orElseThrow().risks()).extracting(r -> r.en())
                .containsExactly("Needle marks or small scars in some cases.", "Itching of the scalp.");
    }
}
