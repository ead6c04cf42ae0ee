package com.regimen.web.resources;

import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.FakeMessagingProvider;
import com.regimen.web.testing.Tenants;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other integration test (its own failsafe execution) and reads what the servers
 * they started logged, at production levels with the production request log: no password, no
 * session token or API key, no Stripe secret, no patient's name, phone or intake answer. The demo
 * clinic's password is the exception: it is public, printed in the README and in the start-up log.
 */
class SuiteLogsIT {
    private static final Path LOGS = Path.of("target", "test-logs");
    private static final Map<String, Pattern> SECRETS = Map.of(
            "a staff password", Pattern.compile(Pattern.quote(Tenants.PASSWORD)),
            "a session token, API key or patient's self-service link",
            Pattern.compile("rg[skp]_[0-9a-f-]{36}_[A-Za-z0-9_-]{40,}"),
            "an Authorization header", Pattern.compile("Bearer\\s+\\S"),
            "a Stripe secret key", Pattern.compile("[sr]k_(test|live)_[A-Za-z0-9]"),
            "a Stripe webhook secret", Pattern.compile("whsec_[A-Za-z0-9]"),
            "a password hash", Pattern.compile("\\$argon2|\\$2[aby]\\$|pbkdf2"),
            "an intake answer", Pattern.compile("\"(PREGNANT|CANCER|MEDICATIONS|ANTICOAGULANTS)\"\\s*:"),
            "a patient's name", Pattern.compile(Pattern.quote(Clinics.PATIENT_NAME)),
            "a patient's phone", Pattern.compile(Pattern.quote(Clinics.PATIENT_PHONE) + "|000 0000"),
            "a messaging provider token", Pattern.compile(Pattern.quote(FakeMessagingProvider.TOKEN)));

    @Test
    void theSuitesLogsHoldNoSecretsAndNoPatientDetails() throws IOException {
        List<Path> files;
        try (var listing = Files.list(LOGS)) {
            files = listing.filter(path -> path.toString().endsWith(".log")).toList();
        }
        long lines = 0;
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
            lines += content.size();
            for (String line : content) {
                SECRETS.forEach((what, pattern) -> {
                    if (pattern.matcher(line).find()) {
                        found.add(what + " in " + file.getFileName() + ": "
                                + line.substring(0, Math.min(line.length(), 160)));
                    }
                });
            }
        }
        assertThat(files).as("the application log and the request log").hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).as("log lines written by the suite's servers").isGreaterThan(5_000);
        assertThat(found).isEmpty();
    }
}
