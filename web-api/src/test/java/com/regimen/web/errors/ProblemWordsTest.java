package com.regimen.web.errors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code docs/api.md lists has the desk's own words in English and in Arabic
 * (ui/problems.js), so a refusal never reaches a receptionist as a raw code or the server's English.
 * New codes arrive with each feature; this is what keeps the two lists together.
 */
class ProblemWordsTest {
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^\\|\\s*\\d{3}\\s*\\|\\s*`([A-Z_]+)`");

    @Test
    void everyDocumentedCodeHasWordsInBothLanguages() throws IOException {
        String api = Files.readString(Path.of("..", "docs", "api.md"));
        String words = Files.readString(Path.of("src", "main", "resources", "ui", "problems.js"));
        String english = words.substring(words.indexOf("  en: {"), words.indexOf("  ar: {"));
        String arabic = words.substring(words.indexOf("  ar: {"));
        Set<String> codes = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(api);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).as("codes read from docs/api.md").hasSizeGreaterThan(50);
        assertThat(codes.stream().filter(c -> !english.contains(c + ":")).toList()).as("codes without English words")
                .isEmpty();
        assertThat(codes.stream().filter(c -> !arabic.contains(c + ":")).toList()).as("codes without Arabic words")
                .isEmpty();
    }
}
