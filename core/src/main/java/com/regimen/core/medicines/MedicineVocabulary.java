package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in medicine vocabulary: {@code medicines.tsv} beside this class, one substance a line
 * (ATC codes, generic name, every name it goes by), indexed by folded name. Loading fails on a
 * malformed line or on one name given to two substances, so a bad edit never ships.
 */
public final class MedicineVocabulary {
    static final String RESOURCE = "medicines.tsv";

    private final Map<String, KnownMedicine> byName;
    private final int longestName;

    private MedicineVocabulary(Map<String, KnownMedicine> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        this.longestName = byName.keySet().stream().mapToInt(name -> MedicineNames.tokens(name).size()).max().orElse(1);
    }

    /** The vocabulary shipped with Regimen. */
    public static MedicineVocabulary builtIn() {
        try (InputStream in = MedicineVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Medicine vocabulary " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code ATC[,ATC...] TAB generic TAB name|name|...}; {@code #} starts a comment, {@code -} means no ATC code. */
    static MedicineVocabulary parse(List<String> lines) {
        Map<String, KnownMedicine> byName = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 3 tab-separated fields");
            }
            List<String> codes = "-".equals(fields[0].strip()) ? List.of()
                    : Arrays.stream(fields[0].split(",")).map(String::strip).toList();
            for (String code : codes) {
                if (!AtcClasses.isAtcCode(code)) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": not an ATC code: " + code);
                }
            }
            String generic = fields[1].strip();
            KnownMedicine medicine = new KnownMedicine(generic, codes,
                    codes.isEmpty() ? java.util.Set.of(MedicineClass.OTHER) : AtcClasses.of(codes),
                    KnownMedicine.VOCABULARY);
            for (String name : (generic + "|" + fields[2]).split("\\|")) {
                String folded = MedicineNames.fold(name);
                if (folded.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": empty name");
                }
                KnownMedicine existing = byName.putIfAbsent(folded, medicine);
                if (existing != null && !existing.medicine().equals(generic)) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": '" + name + "' is already "
                            + existing.medicine());
                }
            }
        }
        return new MedicineVocabulary(byName);
    }

    public Optional<KnownMedicine> find(String foldedName) {
        return Optional.ofNullable(byName.get(foldedName));
    }

    /** The most tokens any name has: how far a match may reach. */
    int longestName() {
        return longestName;
    }

    /** Every substance once. */
    public java.util.Collection<KnownMedicine> medicines() {
        return byName.values().stream().distinct().toList();
    }

    /** How many names it knows. */
    public int size() {
        return byName.size();
    }
}
