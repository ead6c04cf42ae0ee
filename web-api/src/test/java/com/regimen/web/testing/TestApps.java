package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.RegimenConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The whole server, on a random port, against a test class's own database. */
public final class TestApps {
    private TestApps() {
    }

    public static DropwizardAppExtension<RegimenConfiguration> app(TestDatabase database, ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", database.url()),
                ConfigOverride.config("database.user", database.user()),
                ConfigOverride.config("database.password", database.password())));
        overrides.addAll(Arrays.asList(extra));
        return new DropwizardAppExtension<>(TestRegimenApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), overrides.toArray(ConfigOverride[]::new));
    }

    public static Api api(DropwizardAppExtension<RegimenConfiguration> app) {
        return new Api("http://127.0.0.1:" + app.getLocalPort() + "/v1");
    }
}
