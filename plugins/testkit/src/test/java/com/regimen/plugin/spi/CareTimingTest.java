package com.regimen.plugin.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SPI's own tests live in the kit's module, which has JUnit; the SPI jar has no dependencies. */
class CareTimingTest {

    @Test
    void aRangeAfterTheSessionReadsAsTheSeedsSayIt() {
        // Seed 003: «يُنصح بالابتعاد عن الشمس والمكياج لـ24 إلى 48 ساعة»
        assertThat(CareTiming.hours(24, 48).describe(CarePhase.AFTER))
                .isEqualTo(LocalizedText.of("لمدة ٢٤-٤٨ ساعة بعد الجلسة", "For 24-48 h after the session"));
    }

    @Test
    void aFixedTimeBeforeTheSession() {
        assertThat(CareTiming.hours(48).describe(CarePhase.BEFORE))
                .isEqualTo(LocalizedText.of("لمدة ٤٨ ساعة قبل الجلسة", "For 48 h before the session"));
    }

    @Test
    void wholeDaysFromThreeOnAreCountedInDaysWithArabicNumberAgreement() {
        assertThat(CareTiming.days(7).describe(CarePhase.AFTER))
                .isEqualTo(LocalizedText.of("لمدة ٧ أيام بعد الجلسة", "For 7 days after the session"));
        assertThat(CareTiming.days(14).describe(CarePhase.AFTER))
                .isEqualTo(LocalizedText.of("لمدة ١٤ يومًا بعد الجلسة", "For 14 days after the session"));
        assertThat(CareTiming.days(1, 2).describe(CarePhase.AFTER).en()).isEqualTo("For 24-48 h after the session");
        assertThat(CareTiming.hours(5).describe(CarePhase.BEFORE).ar()).isEqualTo("لمدة ٥ ساعات قبل الجلسة");
    }

    @Test
    void theSessionItselfOngoingAndUnstated() {
        assertThat(CareTiming.AT_SESSION.describe(CarePhase.BEFORE).en()).isEqualTo("Just before the session");
        assertThat(CareTiming.AT_SESSION.describe(CarePhase.AFTER).ar()).isEqualTo("بعد الجلسة مباشرة");
        assertThat(CareTiming.ONGOING.describe(CarePhase.AFTER).en()).isEqualTo("From the session on");
        assertThat(CareTiming.UNSTATED.describe(CarePhase.AFTER)).isEqualTo(LocalizedText.of("", ""));
    }

    @Test
    void nonsenseTimingsAreRefusedWhenMade() {
        assertThatThrownBy(() -> CareTiming.hours(48, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareTiming.hours(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareTiming.days(400)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareTiming(CareTiming.Span.UNSTATED, 0, 24))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareTiming(null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInstructionReadsWithItsTiming() {
        CareInstruction instruction = CareInstruction.after(CareTiming.hours(24, 48),
                LocalizedText.of("تجنبي الشمس والمكياج", "Avoid the sun and make-up"));
        assertThat(instruction.describe()).isEqualTo(LocalizedText.of(
                "لمدة ٢٤-٤٨ ساعة بعد الجلسة: تجنبي الشمس والمكياج",
                "For 24-48 h after the session: Avoid the sun and make-up"));
        CareInstruction untimed = CareInstruction.before(CareTiming.UNSTATED, LocalizedText.of("أ", "A"));
        assertThat(untimed.describe()).isEqualTo(LocalizedText.of("أ", "A"));
        assertThat(CareInstruction.describe(java.util.List.of(instruction, untimed), CarePhase.BEFORE))
                .containsExactly(LocalizedText.of("أ", "A"));
    }
}
