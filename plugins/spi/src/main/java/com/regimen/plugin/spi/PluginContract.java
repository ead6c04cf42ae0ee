package com.regimen.plugin.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every plugin's answers must keep. Regimen applies them when it loads a plugin and to
 * every answer it gets; the test kit applies the same ones, so a plugin that passes its tests
 * loads. Each method returns the broken rules, empty when all hold.
 */
public final class PluginContract {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Pattern SKU = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private PluginContract() {
    }

    public static List<String> checkDescriptor(PluginDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        if (descriptor == null) {
            return List.of("descriptor is null");
        }
        if (descriptor.id() == null || !ID.matcher(descriptor.id()).matches()) {
            problems.add("id must be lower-case letters, digits and '-', 2 to 40 long: " + descriptor.id());
        }
        if (descriptor.version() == null || !VERSION.matcher(descriptor.version()).matches()) {
            problems.add("version must be semantic (1.2.3): " + descriptor.version());
        }
        if (descriptor.spiVersion() == null) {
            problems.add("spiVersion is null");
        }
        checkText("name", descriptor.name(), problems);
        return problems;
    }

    public static List<String> checkProtocol(TreatmentProtocol protocol) {
        List<String> problems = new ArrayList<>();
        if (protocol == null) {
            return List.of("protocol is null");
        }
        if (protocol.minSessions() < 1 || protocol.maxSessions() < protocol.minSessions()) {
            problems.add("sessions must satisfy 1 <= min <= max");
        }
        if (protocol.minIntervalDays() < 0) {
            problems.add("minIntervalDays must not be negative");
        }
        if (protocol.sessionMinutes() < 5 || protocol.sessionMinutes() > 600) {
            problems.add("sessionMinutes must be 5 to 600");
        }
        if (protocol.requiredCredentials().isEmpty()) {
            problems.add("requiredCredentials must name at least one credential");
        }
        for (ConsumableUse use : protocol.consumablesPerSession()) {
            if (use.sku() == null || !SKU.matcher(use.sku()).matches() || use.quantity() < 1) {
                problems.add("consumable must have a lower-case sku and a positive quantity: " + use);
            }
        }
        protocol.preCare().forEach(text -> checkText("preCare", text, problems));
        protocol.afterCare().forEach(text -> checkText("afterCare", text, problems));
        Set<String> codes = new HashSet<>();
        for (IntakeQuestion question : protocol.intakeQuestions()) {
            if (question.code() == null || !CODE.matcher(question.code()).matches()) {
                problems.add("intake question code must be UPPER_SNAKE: " + question.code());
            } else if (!codes.add(question.code())) {
                problems.add("intake question code repeated: " + question.code());
            }
            if (question.type() == null) {
                problems.add("intake question has no type: " + question.code());
            }
            checkText("intake question " + question.code(), question.text(), problems);
        }
        for (String prerequisite : protocol.prerequisites()) {
            if (!Prerequisites.PATCH_TEST.equals(prerequisite)) {
                problems.add("unknown prerequisite: " + prerequisite);
            }
        }
        return problems;
    }

    /** The patch-test timing a plugin declares (SPI 1.1): no negative wait, a wait of at most 30 days, a positive validity. */
    public static List<String> checkPatchTestTiming(PatchTestTiming timing) {
        if (timing == null) {
            return List.of("patchTestTiming is null");
        }
        List<String> problems = new ArrayList<>();
        if (timing.minimumWaitBeforeReading() == null || timing.minimumWaitBeforeReading().isNegative()
                || timing.minimumWaitBeforeReading().compareTo(java.time.Duration.ofDays(30)) > 0) {
            problems.add("patch test minimumWaitBeforeReading must be 0 to 30 days: "
                    + timing.minimumWaitBeforeReading());
        }
        if (timing.validity() != null && (timing.validity().isNegative() || timing.validity().isZero())) {
            problems.add("patch test validity must be positive when set: " + timing.validity());
        }
        return problems;
    }

    /**
     * A consent form (SPI 1.1): a version, at least one section and one risk, and every text in Arabic
     * and English. Alternatives may be empty only when there is none to tell of; each given one is checked.
     */
    public static List<String> checkConsentForm(ConsentForm form) {
        if (form == null) {
            return List.of("consent form is null");
        }
        List<String> problems = new ArrayList<>();
        if (form.version() == null || form.version().isBlank() || form.version().length() > 20) {
            problems.add("consent form version must be 1 to 20 characters: " + form.version());
        }
        if (form.sections().isEmpty()) {
            problems.add("consent form needs at least one section");
        }
        for (ConsentSection section : form.sections()) {
            checkText("consent section title", section.title(), problems);
            checkText("consent section text", section.text(), problems);
        }
        if (form.risks().isEmpty()) {
            problems.add("consent form needs at least one risk");
        }
        form.risks().forEach(text -> checkText("consent risk", text, problems));
        form.alternatives().forEach(text -> checkText("consent alternative", text, problems));
        return problems;
    }

    /**
     * Care instructions (SPI 1.1): each with a phase, a timing and its text in Arabic and English, none
     * repeated. (The test kit also wants at least one after-care instruction; Regimen loads a plugin
     * without, as SPI 1.0 did.)
     */
    public static List<String> checkCareInstructions(List<CareInstruction> instructions) {
        if (instructions == null) {
            return List.of("care instructions list is null");
        }
        List<String> problems = new ArrayList<>();
        Set<CareInstruction> seen = new HashSet<>();
        for (CareInstruction instruction : instructions) {
            if (instruction == null) {
                problems.add("care instruction is null");
                continue;
            }
            checkText("care instruction", instruction.text(), problems);
            if (!seen.add(instruction)) {
                problems.add("care instruction repeated: " + instruction.text().en());
            }
        }
        return problems;
    }

    public static List<String> checkQuote(Quote quote, QuoteRequest request) {
        List<String> problems = new ArrayList<>();
        if (quote == null) {
            return List.of("quote is null");
        }
        if (quote.currency() == null || !CURRENCY.matcher(quote.currency()).matches()
                || !quote.currency().equals(request.prices().currency())) {
            problems.add("quote currency must be the request's: " + quote.currency());
        }
        if (quote.lines().isEmpty()) {
            problems.add("quote has no lines");
        }
        long sum = 0;
        for (QuoteLine line : quote.lines()) {
            if (line.amount() < 0) {
                problems.add("negative line amount");
            }
            checkText("quote line", line.label(), problems);
            sum = Math.addExact(sum, line.amount());
        }
        if (sum != quote.total()) {
            problems.add("lines sum to " + sum + " but total is " + quote.total());
        }
        if (quote.total() < 0 || quote.perSession() < 0 || quote.deposit() < 0) {
            problems.add("amounts must not be negative");
        }
        if (quote.deposit() > quote.total()) {
            problems.add("deposit is more than the total");
        }
        return problems;
    }

    public static List<String> checkFindings(List<ScreeningFinding> findings) {
        List<String> problems = new ArrayList<>();
        if (findings == null) {
            return List.of("findings list is null");
        }
        for (ScreeningFinding finding : findings) {
            if (finding == null || finding.code() == null || !CODE.matcher(finding.code()).matches()) {
                problems.add("finding code must be UPPER_SNAKE: " + finding);
                continue;
            }
            if (finding.severity() == null) {
                problems.add("finding has no severity: " + finding.code());
            }
            checkText("finding " + finding.code(), finding.message(), problems);
        }
        return problems;
    }

    private static void checkText(String what, LocalizedText text, List<String> problems) {
        if (text == null || text.ar().isBlank() || text.en().isBlank()) {
            problems.add(what + " needs Arabic and English text");
        }
    }
}
