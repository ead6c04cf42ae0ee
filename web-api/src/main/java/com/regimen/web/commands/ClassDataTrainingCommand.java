package com.regimen.web.commands;

import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * {@code java -XX:ArchiveClassesAtExit=regimen.jsa -jar regimen.jar cds-training config.yml}: the build's
 * training start for class-data sharing. It starts the server as {@code server} does, asks what a
 * start-up and a first visitor ask (the health check, the UI, the API without credentials), stops
 * it and exits, so the JVM writes every class it loaded into the archive. A server started with
 * {@code -XX:SharedArchiveFile=regimen.jsa} then maps those classes instead of reading them out of the
 * jar, verifying and parsing them again: about a second of a warm start on two cores
 * (docs/benchmarks.md). Java 17 cannot make the archive on a first ordinary start (that is Java 19's
 * {@code -XX:+AutoCreateSharedArchive}), hence a training start per build.
 */
public final class ClassDataTrainingCommand extends ServerCommand<RegimenConfiguration> {
    public static final String NAME = "cds-training";
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataTrainingCommand.class);

    public ClassDataTrainingCommand(Application<RegimenConfiguration> application) {
        super(application, NAME, "Start the server, visit it once and exit (the build's class-data training run)");
    }

    @Override
    protected void run(Environment environment, Namespace namespace, RegimenConfiguration configuration)
            throws Exception {
        environment.lifecycle().addServerLifecycleListener(new VisitAndStop());
        super.run(environment, namespace, configuration);
    }

    private static final class VisitAndStop implements ServerLifecycleListener {
        @Override
        public void serverStarted(Server server) {
            int port = getLocalPort(server);
            int adminPort = getAdminPort(server);
            // Not on the thread that started the server: stopping it from there would deadlock its start.
            Thread visit = new Thread(() -> {
                int status = 0;
                try {
                    visit(List.of("http://127.0.0.1:" + adminPort + "/healthcheck",
                            "http://127.0.0.1:" + port + "/",
                            "http://127.0.0.1:" + port + "/v1/appointments"));
                } catch (Exception e) {
                    LOG.error("The training visit failed", e);
                    status = 1;
                }
                try {
                    // Stops the managed parts too: the embedded database shuts down before the JVM exits.
                    server.stop();
                } catch (Exception e) {
                    LOG.error("The training server did not stop cleanly", e);
                    status = 1;
                }
                System.exit(status);
            }, "cds-training");
            visit.start();
        }

        private static void visit(List<String> addresses) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            for (String address : addresses) {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(address))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                LOG.info("Training visit: {} answered {}", address, answer.statusCode());
                if (answer.statusCode() >= 500) {
                    throw new IllegalStateException(address + " answered " + answer.statusCode());
                }
            }
        }
    }
}
