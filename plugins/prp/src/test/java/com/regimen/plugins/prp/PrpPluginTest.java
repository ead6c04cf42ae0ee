package com.regimen.plugins.prp;

import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest
    @EnumSource(value = MedicineClass.class, names = {"ANTICOAGULANT", "ANTIPLATELET"})
    void aBloodThinnerByClassNeedsAPhysiciansClearance(MedicineClass medicineClass) {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(), List.of("Zorbelix"),
                medicineClass))).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRP_BLOOD_THINNER", Severity.CLEARANCE));
    }

    @Test
    void answeringYesToBloodThinnersNeedsAPhysiciansClearance() {
        assertThat(screenWith("ANTICOAGULANTS", true)).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRP_BLOOD_THINNER", Severity.CLEARANCE));
        assertThat(plugin.protocol().intakeQuestions()).extracting("code").contains("MEDICATIONS", "ANTICOAGULANTS");
    }

    @Test
    void anNsaidAloneIsNotABloodThinnerHere() {
        assertThat(plugin.screen(Intakes.healthyAdultTaking(plugin.protocol().intakeQuestions(), List.of("Brufen"),
                MedicineClass.NSAID))).isEmpty();
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
