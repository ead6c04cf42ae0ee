package com.regimen.plugin.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * This module registers no plugin, like a plugin project whose META-INF/services file is missing or
 * misnamed: the kit must fail, and say what to add, rather than pass with nothing tested.
 */
class NoPluginTest {

    @Test
    void withNoPluginForServiceLoaderTheKitFailsAndSaysWhatToAdd() {
        assertThatThrownBy(TreatmentPluginConformance::aPluginIsThereToTest)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ServiceLoader finds no TreatmentPlugin")
                .hasMessageContaining("META-INF/services/com.regimen.plugin.spi.TreatmentPlugin");
    }

    @Test
    void theDefaultPluginUnderTestIsServiceLoadersOnlyOneSoNoneFailsToo() {
        TreatmentPluginConformance suite = new TreatmentPluginConformance() {
        };
        assertThatThrownBy(suite::plugin).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ServiceLoader finds 0 plugins");
    }
}
