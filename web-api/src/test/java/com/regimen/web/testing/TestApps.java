package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.config.RegimenConfiguration;
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
        return app(database, "dw.", extra);
    }

    /**
     * Overrides travel as system properties under {@code prefix}. Two apps alive at once in one
     * test class need prefixes of their own: each restores on stop what it found on start, so with a
     * shared prefix the second would put the first's settings back for every later test class.
     * {@code extra} must use the same prefix ({@link ConfigOverride#config(String, String, String)}).
     */
    public static DropwizardAppExtension<RegimenConfiguration> app(TestDatabase database, String prefix,
                                                                   ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(Arrays.asList(databaseOverrides(database, prefix)));
        overrides.addAll(Arrays.asList(extra));
        return new DropwizardAppExtension<>(TestRegimenApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), prefix, overrides.toArray(ConfigOverride[]::new));
    }

    /** The settings that point a server at {@code database}. */
    static ConfigOverride[] databaseOverrides(TestDatabase database, String prefix) {
        return new ConfigOverride[]{
                ConfigOverride.config(prefix, "database.url", database.url()),
                ConfigOverride.config(prefix, "database.user", database.user()),
                ConfigOverride.config(prefix, "database.password", database.password())};
    }

    public static Api api(DropwizardAppExtension<RegimenConfiguration> app) {
        return new Api("http://127.0.0.1:" + app.getLocalPort() + "/v1");
    }
}
