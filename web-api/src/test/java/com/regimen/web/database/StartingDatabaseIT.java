package com.regimen.web.database;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.TestRegimenApplication;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database starts beside the rest of the server; a connection waits for it, a failure stops the server. */
class StartingDatabaseIT {
    private static final TestDatabase DB = TestDatabases.create();

    private static ManagedDataSource realDataSource() {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("com.mysql.cj.jdbc.Driver");
        factory.setUrl(DB.url());
        factory.setUser(DB.user());
        factory.setPassword(DB.password());
        return factory.build(new MetricRegistry(), "starting-database-it");
    }

    @Test
    void aConnectionAskedForWhileTheDatabaseStartsWaitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean built = new AtomicBoolean();
        StartingDatabase database = StartingDatabase.begin(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ManagedDataSource ready = realDataSource();
            built.set(true);
            return ready;
        });
        CompletableFuture<Boolean> asked = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = database.getConnection();
                 ResultSet one = connection.createStatement().executeQuery("SELECT 1")) {
                // The connection came from the data source the start built, so after it was built.
                return built.get() && one.next() && one.getInt(1) == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.countDown();
        assertThat(asked.get(1, TimeUnit.MINUTES)).isTrue();
        database.start();
        database.stop();
    }

    @Test
    void whatStartingThrewIsThrownByStartAndByEveryConnection() throws Exception {
        IllegalStateException failure = new IllegalStateException("the data directory is locked by another server");
        StartingDatabase database = StartingDatabase.begin(() -> {
            throw failure;
        });
        assertThatThrownBy(database::start).isSameAs(failure);
        assertThatThrownBy(database::getConnection).isSameAs(failure);
        // Nothing was started, so stopping has nothing to do and does not throw.
        database.stop();
    }

    @Test
    void aServerWhoseDatabaseCannotBeReachedDoesNotStart() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String prefix = "dw-starting.";
        DropwizardAppExtension<RegimenConfiguration> app = new DropwizardAppExtension<>(TestRegimenApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), prefix,
                ConfigOverride.config(prefix, "database.url", "jdbc:mysql://127.0.0.1:" + closedPort + "/regimen"),
                ConfigOverride.config(prefix, "database.user", "nobody"),
                ConfigOverride.config(prefix, "database.password", "none"));
        try {
            assertThatThrownBy(app::before).hasStackTraceContaining("Communications link failure");
        } finally {
            app.after();
        }
    }
}
