package com.regimen.web.commands;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.wiring.RegimenServices;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.eclipse.jetty.util.component.LifeCycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The services a command runs on, built by {@link RegimenServices} exactly as the server builds them,
 * in an environment of the command's own: what the server's lifecycle would start and stop (the
 * connection pool, the plugin threads) is started here and stopped on {@link #close()}. The
 * schema is not migrated: the server (or {@code db migrate}) does that.
 */
public final class CommandServices implements AutoCloseable {
    private final RegimenServices services;
    private final List<LifeCycle> started;

    private CommandServices(RegimenServices services, List<LifeCycle> started) {
        this.services = services;
        this.started = started;
    }

    public static CommandServices open(RegimenConfiguration config, MetricRegistry metrics, Clock clock)
            throws Exception {
        Environment environment = new Environment("regimen", Jackson.newObjectMapper(),
                Validators.newValidatorFactory(), metrics, CommandServices.class.getClassLoader(),
                new HealthCheckRegistry(), config);
        ManagedDataSource dataSource = config.getDataSourceFactory().build(metrics, "database");
        List<LifeCycle> started = new ArrayList<>();
        try {
            RegimenServices services = RegimenServices.build(config, environment, dataSource, clock);
            for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
                managed.start();
                started.add(managed);
            }
            return new CommandServices(services, started);
        } catch (Exception | Error e) {
            try {
                stop(started);
                dataSource.stop(); // in case it was not started: closing a closed pool does nothing
            } catch (Exception alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    public RegimenServices services() {
        return services;
    }

    @Override
    public void close() throws Exception {
        stop(started);
    }

    /** In the reverse order of starting, as the server stops them; every one is stopped even if one fails. */
    private static void stop(List<LifeCycle> managed) throws Exception {
        Exception first = null;
        for (int i = managed.size() - 1; i >= 0; i--) {
            try {
                managed.get(i).stop();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
