package com.example.treatment;

import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.testkit.Intakes;
import com.regimen.plugin.testkit.TreatmentPluginConformance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conformance suite Regimen holds every plugin to, and a test per finding. */
class ExampleTreatmentPluginTest extends TreatmentPluginConformance {
    @Override
    protected TreatmentPlugin plugin() {
        return new ExampleTreatmentPlugin();
    }

    @Test
    void pregnancyBlocks() {
        var findings = plugin().screen(Intakes.healthyAdultWith(plugin().protocol().intakeQuestions(),
                "PREGNANT", true));
        assertThat(findings).extracting(ScreeningFinding::code, ScreeningFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EXAMPLE_PREGNANCY", Severity.BLOCK));
    }
}
