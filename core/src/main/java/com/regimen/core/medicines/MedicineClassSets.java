package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.EnumSet;
import java.util.Set;

/** OTHER means "recognised, in no class of interest": it never stands beside a real class. */
final class MedicineClassSets {
    private MedicineClassSets() {
    }

    static Set<MedicineClass> specific(Set<MedicineClass> classes) {
        if (classes.isEmpty()) {
            return Set.of();
        }
        EnumSet<MedicineClass> result = EnumSet.copyOf(classes);
        if (result.size() > 1) {
            result.remove(MedicineClass.OTHER);
        }
        return Set.copyOf(result);
    }
}
