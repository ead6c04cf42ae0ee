package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.EnumSet;
import java.util.Set;

/** OTHER means "recognised, in no class of interest": it never stands beside a real class. */
final class MedicineClassSets {
    private MedicineClassSets() {
    }

    /** Classes that matter for screening only when the medicine reaches the blood. */
    private static final Set<MedicineClass> SYSTEMIC_ONLY = Set.of(MedicineClass.ANTICOAGULANT,
            MedicineClass.ANTIPLATELET, MedicineClass.NSAID, MedicineClass.CORTICOSTEROID,
            MedicineClass.IMMUNOSUPPRESSANT, MedicineClass.ANTIBIOTIC);

    /**
     * The classes of a medicine put on the skin: the systemic ones dropped (a physician's review: heparin
     * gel is not a blood thinner). Retinoids stay (topical ones are in the class on purpose) and so does
     * chemotherapy (a cancer cream still says cancer). With nothing left it is recognised, in no class.
     */
    static Set<MedicineClass> onTheSkin(Set<MedicineClass> classes) {
        EnumSet<MedicineClass> result = EnumSet.noneOf(MedicineClass.class);
        classes.stream().filter(c -> !SYSTEMIC_ONLY.contains(c)).forEach(result::add);
        return result.isEmpty() ? Set.of(MedicineClass.OTHER) : specific(result);
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
