package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.Set;

/**
 * One medicine a patient listed, as classified.
 *
 * @param listed   the entry as the patient wrote it (dose and all)
 * @param medicine the medicine recognised in it; null when nothing was recognised
 * @param classes  empty when unrecognised
 * @param source   where the recognition came from: {@code vocabulary} or {@code clinic}; null when unrecognised
 */
public record ListedMedicine(String listed, String medicine, Set<MedicineClass> classes, String source) {
    public ListedMedicine {
        classes = Set.copyOf(classes);
    }

    public static ListedMedicine unrecognised(String listed) {
        return new ListedMedicine(listed, null, Set.of(), null);
    }

    public boolean recognised() {
        return medicine != null;
    }
}
