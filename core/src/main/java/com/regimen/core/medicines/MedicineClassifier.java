package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a patient's medicine list against the built-in vocabulary and one clinic's additions.
 * Each entry is searched for known names as whole tokens, longest first, so "Aspirin Protect 100 mg"
 * and "حبوب الوارفارين ٥ ملغ" are found and "asa" inside another word is not; an entry in which no
 * name is found is unrecognised, never dropped. So is an entry with a word left over that is neither part
 * of a recognised name nor a dose, unit or form ({@link DoseWords}): "Panadol Fraxiparine" is paracetamol
 * and an unrecognised medicine, never paracetamol alone.
 */
public final class MedicineClassifier {
    private final MedicineVocabulary vocabulary;
    /** The clinic's additions by folded name. */
    private final Map<String, Set<MedicineClass>> clinic;
    /** A clinic's class for a built-in name holds for the substance under all its names. */
    private final Map<String, Set<MedicineClass>> clinicBySubstance = new java.util.HashMap<>();
    private final int longestName;

    public MedicineClassifier(MedicineVocabulary vocabulary, Map<String, Set<MedicineClass>> clinicAdditions) {
        this.vocabulary = vocabulary;
        this.clinic = Map.copyOf(clinicAdditions);
        clinicAdditions.forEach((name, classes) -> vocabulary.find(name).ifPresent(known -> clinicBySubstance
                .computeIfAbsent(known.medicine(), k -> EnumSet.noneOf(MedicineClass.class)).addAll(classes)));
        this.longestName = Math.max(vocabulary.longestName(), clinicAdditions.keySet().stream()
                .mapToInt(name -> MedicineNames.tokens(name).size()).max().orElse(1));
    }

    /** Every medicine in the patient's answer, in the order listed. */
    public List<ListedMedicine> classify(List<String> answer) {
        List<ListedMedicine> medicines = new ArrayList<>();
        for (String entry : MedicineLists.entries(answer)) {
            medicines.addAll(find(entry));
        }
        return medicines;
    }

    /** The classes of everything recognised; what plugins see. */
    public static Set<MedicineClass> classesOf(List<ListedMedicine> medicines) {
        Set<MedicineClass> classes = EnumSet.noneOf(MedicineClass.class);
        medicines.forEach(medicine -> classes.addAll(medicine.classes()));
        return classes;
    }

    private List<ListedMedicine> find(String entry) {
        List<String> tokens = MedicineNames.tokens(MedicineNames.fold(entry));
        List<ListedMedicine> found = new ArrayList<>();
        boolean leftOver = false;
        int start = 0;
        while (start < tokens.size()) {
            int matchedEnd = -1;
            for (int end = Math.min(tokens.size(), start + longestName); end > start && matchedEnd < 0; end--) {
                Optional<ListedMedicine> match = lookUp(entry, tokens, start, end);
                if (match.isPresent()) {
                    if (found.stream().noneMatch(m -> m.medicine().equals(match.get().medicine()))) {
                        found.add(match.get());
                    }
                    matchedEnd = end;
                }
            }
            if (matchedEnd < 0 && !DoseWords.isDoseWord(tokens.get(start))) {
                leftOver = true;
            }
            start = matchedEnd > 0 ? matchedEnd : start + 1;
        }
        if (tokens.stream().anyMatch(DoseWords::isSkinForm)) {
            found.replaceAll(m -> new ListedMedicine(m.listed(), m.medicine(), MedicineClassSets.onTheSkin(m.classes()),
                    m.source()));
        }
        if (leftOver || found.isEmpty()) {
            found.add(ListedMedicine.unrecognised(entry));
        }
        return found;
    }

    private Optional<ListedMedicine> lookUp(String entry, List<String> tokens, int start, int end) {
        String name = String.join(" ", tokens.subList(start, end));
        Optional<ListedMedicine> match = lookUp(entry, name);
        if (match.isPresent()) {
            return match;
        }
        String first = MedicineNames.withoutArabicPrefix(tokens.get(start));
        if (first.equals(tokens.get(start))) {
            return Optional.empty();
        }
        List<String> rest = tokens.subList(start + 1, end);
        return lookUp(entry, rest.isEmpty() ? first : first + " " + String.join(" ", rest));
    }

    private Optional<ListedMedicine> lookUp(String entry, String foldedName) {
        Optional<KnownMedicine> known = vocabulary.find(foldedName);
        Set<MedicineClass> added = clinic.get(foldedName);
        if (known.isEmpty() && added == null) {
            return Optional.empty();
        }
        Set<MedicineClass> classes = EnumSet.noneOf(MedicineClass.class);
        known.ifPresent(k -> {
            classes.addAll(k.classes());
            classes.addAll(clinicBySubstance.getOrDefault(k.medicine(), Set.of()));
        });
        if (added != null) {
            classes.addAll(added);
        }
        return Optional.of(new ListedMedicine(entry, known.map(KnownMedicine::medicine).orElse(foldedName),
                MedicineClassSets.specific(classes), known.isPresent() ? KnownMedicine.VOCABULARY : KnownMedicine.CLINIC));
    }
}
