package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One server on the default test configuration, and its database, for every API test class of the
 * JVM that makes only tenants of its own: tenants isolate data, so such classes cannot see each
 * other's rows, and each no longer pays a database migration and a server start of its own
 * (docs/testing.md has the numbers). Started by the first class that asks, stopped when the JVM
 * ends. A class that changes the configuration, stops the server or the database, or counts rows
 * across all tenants keeps a server of its own ({@link TestApps#app}).
 *
 * <p>{@link #APP} is a {@link DropwizardAppExtension} so that a class reads it as it read its own;
 * its before and after do nothing, so a class that still registers extensions
 * (DropwizardExtensionsSupport) cannot stop it for the classes after it.
 */
public final class SharedServer {
    public static final TestDatabase DB = TestDatabases.create();
    public static final DropwizardAppExtension<RegimenConfiguration> APP = startedOnce(DB, "dwshared.");
    /** One client for the shared server: its connections are kept alive between classes. */
    private static final Api API = TestApps.api(APP);

    private SharedServer() {
    }

    public static Api api() {
        return API;
    }

    /**
     * A server started now and stopped when the JVM ends, for classes that share a configuration
     * ({@link PaymentsServer}'s too). {@code prefix} must be its own: a class's own server (prefix
     * "dw.") restores on stop the system properties it found, and must never find or restore these;
     * {@code extra} uses the same prefix.
     */
    static DropwizardAppExtension<RegimenConfiguration> startedOnce(TestDatabase database, String prefix,
                                                                  ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(Arrays.asList(TestApps.databaseOverrides(database, prefix)));
        overrides.addAll(Arrays.asList(extra));
        return new StartedOnce(prefix, overrides.toArray(ConfigOverride[]::new));
    }

    private static final class StartedOnce extends DropwizardAppExtension<RegimenConfiguration> {
        StartedOnce(String prefix, ConfigOverride... overrides) {
            super(TestRegimenApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"), prefix,
                    overrides);
            try {
                super.before();
            } catch (Exception e) {
                throw new IllegalStateException("The shared test server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(super::after, "shared-test-server-stop"));
        }

        @Override
        public void before() {
            // Started once, in the constructor, for the whole JVM.
        }

        @Override
        public void after() {
            // Stopped by the shutdown hook when the JVM ends.
        }
    }
}
