package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.List;
import java.util.Set;

/**
 * A medicine the vocabulary knows, by one of its names.
 *
 * @param medicine  the generic (INN) name for the built-in vocabulary, the clinic's own name for its additions
 * @param atcCodes  WHO ATC codes; empty for a clinic's addition
 * @param classes   never empty; {@link MedicineClass#OTHER} alone when in no class of interest
 * @param source    {@code vocabulary} (built in) or {@code clinic}
 */
public record KnownMedicine(String medicine, List<String> atcCodes, Set<MedicineClass> classes, String source) {
    public static final String VOCABULARY = "vocabulary";
    public static final String CLINIC = "clinic";

    public KnownMedicine {
        atcCodes = List.copyOf(atcCodes);
        classes = Set.copyOf(classes);
    }
}
