package com.regimen.core.clearance;

import com.regimen.core.patients.Screening;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a physician cleared, beyond the finding's code: a SHA-256 fingerprint of the finding's message in
 * both languages. Core findings name their content there ("Zorbelix", the patch test), plugin findings say
 * what they found; so an UNRECOGNISED_MEDICINE naming another drug is a new finding no old clearance covers.
 */
public final class FindingEvidence {
    private FindingEvidence() {
    }

    /** The CLEARANCE findings of a screening: code to fingerprint. */
    public static Map<String, String> of(Screening screening) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (ScreeningFinding finding : screening.findings()) {
            if (finding.severity() == Severity.CLEARANCE) {
                evidence.put(finding.code(), fingerprint(finding));
            }
        }
        return evidence;
    }

    static String fingerprint(ScreeningFinding finding) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // NUL cannot occur in the texts, so two different pairs never join to the same bytes.
            String content = finding.code() + '\0' + finding.message().ar() + '\0' + finding.message().en();
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
