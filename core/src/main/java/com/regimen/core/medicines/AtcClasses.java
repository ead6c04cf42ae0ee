package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The medicine classes screening uses, read off WHO ATC codes (Anatomical Therapeutic Chemical
 * classification, WHO Collaborating Centre for Drug Statistics Methodology): a class is a set of ATC
 * groups, so a substance's class follows from its code and never from a list kept by hand.
 */
public final class AtcClasses {
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?");
    /** Most specific prefixes first: B01AX05 (fondaparinux) is an anticoagulant, the rest of B01AX is not. */
    private static final Map<String, MedicineClass> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("B01AX05", MedicineClass.ANTICOAGULANT);
        GROUPS.put("B01AA", MedicineClass.ANTICOAGULANT);
        GROUPS.put("B01AB", MedicineClass.ANTICOAGULANT);
        GROUPS.put("B01AE", MedicineClass.ANTICOAGULANT);
        GROUPS.put("B01AF", MedicineClass.ANTICOAGULANT);
        GROUPS.put("B01AC", MedicineClass.ANTIPLATELET);
        GROUPS.put("M01A", MedicineClass.NSAID);
        GROUPS.put("N02BA", MedicineClass.NSAID);
        GROUPS.put("H02", MedicineClass.CORTICOSTEROID);
        GROUPS.put("L04", MedicineClass.IMMUNOSUPPRESSANT);
        GROUPS.put("D10BA", MedicineClass.RETINOID);
        GROUPS.put("D10AD", MedicineClass.RETINOID);
        GROUPS.put("D05BB", MedicineClass.RETINOID);
        GROUPS.put("L01", MedicineClass.CHEMOTHERAPY);
        GROUPS.put("L02B", MedicineClass.CHEMOTHERAPY);
        GROUPS.put("J01", MedicineClass.ANTIBIOTIC);
    }

    private AtcClasses() {
    }

    public static boolean isAtcCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** The class of one ATC code; OTHER when it is in none of the groups screening cares about. */
    public static MedicineClass of(String atcCode) {
        for (Map.Entry<String, MedicineClass> group : GROUPS.entrySet()) {
            if (atcCode.startsWith(group.getKey())) {
                return group.getValue();
            }
        }
        return MedicineClass.OTHER;
    }

    /** The classes of a substance with several codes; OTHER only when no code has a class of its own. */
    public static Set<MedicineClass> of(Iterable<String> atcCodes) {
        Set<MedicineClass> classes = EnumSet.noneOf(MedicineClass.class);
        atcCodes.forEach(code -> classes.add(of(code)));
        return MedicineClassSets.specific(classes);
    }
}
