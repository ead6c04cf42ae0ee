package com.regimen.plugins.stemcell;

import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.PriceSettings;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class StemCellPluginTest extends TreatmentPluginConformance {
    private final StemCellPlugin plugin = new StemCellPlugin();

    @Override
    protected TreatmentPlugin plugin() {
        return plugin;
    }

    @ParameterizedTest(name = "{0} yes -> {1} {2}")
    @CsvSource({
            "ACTIVE_INFECTION, STEM_CELL_ACTIVE_INFECTION, BLOCK",
            "CANCER, STEM_CELL_CANCER, BLOCK",
            "PREGNANT, STEM_CELL_PREGNANCY, BLOCK",
            "BREASTFEEDING, STEM_CELL_BREASTFEEDING, BLOCK",
            "IMMUNE_DISORDER, STEM_CELL_REJECTION_RISK, CLEARANCE",
            "ANTICOAGULANTS, STEM_CELL_BLEEDING_RISK, CLEARANCE"})
    void eachYesAnswerGivesItsFinding(String question, String code, Severity severity) {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), question, true)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity).containsExactly(tuple(code, severity));
    }

    // Plugin default (README): a named anticoagulant or antiplatelet counts as the yes/no question's yes.
    @ParameterizedTest(name = "takes {0} -> STEM_CELL_BLEEDING_RISK")
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void namedBloodThinnersNeedClearance(MedicineClass medicineClass) {
        assertThat(plugin().screen(Intakes.healthyAdultTaking(plugin().protocol().intakeQuestions(),
                List.of("إليكويس ٥ ملغ"), medicineClass)))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(tuple("STEM_CELL_BLEEDING_RISK", Severity.CLEARANCE));
    }

    @Test
    void listedAllergiesWarn() {
        assertThat(plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), "ALLERGIES",
                List.of("latex")))).extracting(ScreeningFinding::code).containsExactly("STEM_CELL_ALLERGY_HISTORY");
    }

    @Test
    void physicianOnlyAtAccreditedLocationsTwoToFourSessionsOf45Minutes() {
        assertThat(plugin.protocol().requiredCredentials()).containsExactly(Credential.PHYSICIAN);
        assertThat(plugin.protocol().requiredAccreditation()).isEqualTo("stem-cell");
        assertThat(plugin.protocol().minSessions()).isEqualTo(2);
        assertThat(plugin.protocol().maxSessions()).isEqualTo(4);
        assertThat(plugin.protocol().sessionMinutes()).isEqualTo(45);
    }

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
