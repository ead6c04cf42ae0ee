package com.regimen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** One run's results as Markdown: printed as it goes, appended to docs/benchmarks.md at the end. */
public final class Report {
    private final StringBuilder text = new StringBuilder();

    public void heading(String heading) {
        line("");
        line(heading);
        line("");
    }

    public void line(String line) {
        text.append(line).append('\n');
        System.out.println(line);
    }

    public void table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row.stream().map(cell -> cell.replace("|", "\\|")).toList()) + " |");
        }
        line("");
    }

    public static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    public void appendTo(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, "# Benchmarks\n\nEach run of `benchmarks` appends a section; see the top of "
                    + "the file for how to run them and what the figures mean.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
