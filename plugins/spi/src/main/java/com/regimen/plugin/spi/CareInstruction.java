package com.regimen.plugin.spi;

import java.util.List;
import java.util.Objects;

/**
 * A pre-care or after-care instruction with its timing, e.g. after-care "avoid the sun and
 * make-up" for 24-48 hours. Regimen shows them on the appointment, the confirmation and the
 * receipt, in the patient's language.
 *
 * @param text the instruction alone, without its timing ({@link #describe()} adds the timing)
 * @since SPI 1.1
 */
public record CareInstruction(CarePhase phase, CareTiming timing, LocalizedText text) {
    public CareInstruction {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(text, "text");
    }

    public static CareInstruction before(CareTiming timing, LocalizedText text) {
        return new CareInstruction(CarePhase.BEFORE, timing, text);
    }

    public static CareInstruction after(CareTiming timing, LocalizedText text) {
        return new CareInstruction(CarePhase.AFTER, timing, text);
    }

    /** The timing and the instruction in one line, e.g. "For 24-48 h after the session: avoid the sun." */
    public LocalizedText describe() {
        LocalizedText when = timing.describe(phase);
        if (when.en().isEmpty()) {
            return text;
        }
        return LocalizedText.of(when.ar() + ": " + text.ar(), when.en() + ": " + text.en());
    }

    /**
     * The instructions of {@code phase}, each as one line with its timing: what an SPI 1.1 plugin puts in
     * its {@link TreatmentProtocol}'s {@code preCare} and {@code afterCare}, so readers of those lists see
     * the timings too.
     */
    public static List<LocalizedText> describe(List<CareInstruction> instructions, CarePhase phase) {
        return instructions.stream().filter(i -> i.phase() == phase).map(CareInstruction::describe).toList();
    }
}
