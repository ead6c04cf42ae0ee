package com.regimen.web;

import com.regimen.web.config.RegimenConfiguration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23: after an OutOfMemoryError killed the log thread, every request that logged waited for
 * ever on the log's full queue. Every appender, the request log's too, must be declared and never
 * block, in the shipped configuration and in the tests' own.
 */
class LoggingNeverBlocksTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyAppenderOfTheShippedAndTestConfigurationsNeverBlocks() throws Exception {
        for (String file : new String[]{"../config.yml", "src/test/resources/test-config.yml"}) {
            JsonNode config = YAML.readTree(new File(file));
            List<JsonNode> appenders = new ArrayList<>();
            config.path("logging").path("appenders").forEach(appenders::add);
            config.path("server").path("requestLog").path("appenders").forEach(appenders::add);

            assertThat(config.path("logging").path("appenders").size()).as(file + " declares its log appenders")
                    .isPositive();
            assertThat(config.path("server").path("requestLog").path("appenders").size())
                    .as(file + " declares its request log appenders").isPositive();
            for (JsonNode appender : appenders) {
                assertThat(appender.path("neverBlock").asBoolean()).as(file + ": " + appender).isTrue();
            }
        }
    }

    @Test
    void theShippedConfigurationStillLoads() throws Exception {
        RegimenConfiguration config = new YamlConfigurationFactory<>(RegimenConfiguration.class,
                Validators.newValidator(), Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                        new EnvironmentVariableSubstitutor(false)), "../config.yml");

        assertThat(config.getLimits().getConcurrentPasswordHashes()).isEqualTo(4);
        assertThat(config.getLimits().getStatementTimeout().toSeconds()).isEqualTo(10);
        assertThat(config.getLimits().getTrustedProxies()).isNullOrEmpty();
    }
}
