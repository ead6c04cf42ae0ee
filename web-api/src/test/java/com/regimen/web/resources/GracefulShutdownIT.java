package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is told to stop while four clients book as fast as they can: every request it had
 * accepted gets an answer (a booking or a clean refusal, never a cut connection or a 500), and the
 * database holds every confirmed booking and nothing half-written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class GracefulShutdownIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);

    private record Attempt(long startedNanos, Reply reply, Throwable failure) {
    }

    @Test
    void requestsInFlightWhenTheServerStopsCompleteAndNothingIsHalfWritten() throws Exception {
        Api api = TestApps.api(APP);
        Clinics.Clinic clinic = Clinics.open(api, "Asia/Riyadh", 500);
        String patient = Clinics.patient(api, clinic, Map.of());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger slot = new AtomicInteger();
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    Instant start = Instant.parse("2027-03-01T07:00:00Z").plusSeconds(86_400L * slot.getAndIncrement());
                    long began = System.nanoTime();
                    try {
                        Reply reply = Clinics.book(api, clinic, patient, "prp", start.toString(), Map.of());
                        attempts.add(new Attempt(began, reply, null));
                        if (reply.status() == 201) {
                            confirmed.add(reply.text("id"));
                        }
                    } catch (AssertionError failed) {
                        attempts.add(new Attempt(began, null, failed.getCause()));
                    }
                }
                return null;
            });
        }
        while (confirmed.size() < 10) {
            Thread.sleep(20);
        }
        Server server = APP.getEnvironment().getApplicationContext().getServer();
        long stopAsked = System.nanoTime();
        server.stop();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Attempt> inFlight = attempts.stream().filter(a -> a.startedNanos() < stopAsked).toList();
        assertThat(inFlight).as("requests sent before the stop").hasSizeGreaterThan(10);
        System.out.println("GracefulShutdownIT: " + inFlight.size() + " requests sent before the stop: "
                + inFlight.stream().filter(a -> a.reply() != null && a.reply().status() == 201).count() + " booked, "
                + inFlight.stream().filter(a -> a.reply() != null && a.reply().status() == 503).count() + " refused, "
                + inFlight.stream().filter(a -> a.reply() == null).count() + " never accepted");
        for (Attempt attempt : inFlight) {
            if (attempt.reply() != null) {
                assertThat(attempt.reply().status()).as(attempt.reply().toString()).isIn(201, 503);
            } else {
                // Only a request the server never accepted may go unanswered.
                assertThat(attempt.failure()).as("a request sent before the stop lost its answer")
                        .isInstanceOf(ConnectException.class);
            }
        }
        assertThat(HalfWritten.bookings(DB, clinic.tenant().tenantId(), confirmed)).isEmpty();
    }
}
