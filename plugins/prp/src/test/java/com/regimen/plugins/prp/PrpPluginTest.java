package com.regimen.plugins.prp;

import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrpPluginTest extends TreatmentPluginConformance {
    private final PrpPlugin plugin = new PrpPlugin();

    @Override
    protected TreatmentPlugin plugin() {
        return plugin;
    }

    private List<ScreeningFinding> screenWith(String code, Object value) {
        return plugin.screen(Intakes.healthyAdultWith(plugin.protocol().intakeQuestions(), code, value));
    }

    @Test
    void liverDiseaseBlocks() {
        assertThat(screenWith("LIVER_DISEASE", true))
                .containsExactly(new ScreeningFinding("PRP_LIVER_DISEASE", Severity.BLOCK,
                        screenWith("LIVER_DISEASE", true).get(0).message()));
    }

    @Test
    void bloodDisorderBlocks() {
        assertThat(screenWith("BLOOD_DISORDER", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRP_BLOOD_DISORDER", Severity.BLOCK));
    }

    @Test
    void deepWrinklesOnlyWarns() {
        assertThat(screenWith("PRP_DEEP_WRINKLES_OR_LAXITY", true))
                .extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRP_NOT_FOR_DEEP_WRINKLES", Severity.WARN));
    }

    @Test
    void needsACentrifugeRoomAndAKitPerSession() {
        assertThat(plugin.protocol().requiredEquipment()).containsExactly("centrifuge");
        assertThat(plugin.protocol().consumablesPerSession()).extracting("sku").contains("prp-kit");
    }
}
