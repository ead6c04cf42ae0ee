package com.regimen.web.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated client (see web-api's pom) is built from a checked-in copy of the served OpenAPI
 * description, because the build generates sources before any server can run. This test keeps the
 * copy honest: it must equal what the server serves, compared as normalised JSON.
 * {@code -Dopenapi.refresh=true} rewrites the copy from the server instead of failing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CheckedInDescriptionIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;
    static final Path CHECKED_IN = Path.of("src/test/openapi/regimen-openapi.json");
    private static final String REFRESH = "mvn -B -ntp -q -pl web-api -am verify "
            + "-Dit.test=CheckedInDescriptionIT -Dopenapi.refresh=true -Dtest=NoSuchTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false (in the project root)";

    @Test
    void theCheckedInDescriptionIsTheServedOne() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        JsonNode served = BookingServer.api().get("/openapi.json", null).json();
        String servedText = json.writeValueAsString(json.treeToValue(served, Object.class)) + "\n";
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CHECKED_IN, servedText);
        }
        assertThat(Files.exists(CHECKED_IN)).as("web-api/" + CHECKED_IN + " is missing; make it with: " + REFRESH)
                .isTrue();
        String checkedIn = json.writeValueAsString(json.treeToValue(json.readTree(CHECKED_IN.toFile()), Object.class))
                + "\n";
        assertThat(checkedIn)
                .as("web-api/" + CHECKED_IN + " differs from the served /v1/openapi.json, so the generated client "
                        + "is out of date. Refresh it with: " + REFRESH)
                .isEqualTo(servedText);
    }
}
