package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.BookingLoad;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;

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

    @Test
    void requestsInFlightWhenTheServerStopsCompleteAndNothingIsHalfWritten() throws Exception {
        Api api = TestApps.api(APP);
        Clinics.Clinic clinic = Clinics.open(api, "Asia/Riyadh", 500);
        String patient = Clinics.patient(api, clinic, Map.of());
        BookingLoad load = new BookingLoad(api, clinic, patient, 4, null);
        BookingLoad.await(() -> load.bookedCount() >= 10);
        Server server = APP.getEnvironment().getApplicationContext().getServer();
        long stopAsked = System.nanoTime();
        server.stop();
        load.stop();

        List<BookingLoad.Attempt> inFlight = load.attempts().stream().filter(a -> a.sentNanos() < stopAsked).toList();
        assertThat(inFlight).as("requests sent before the stop").hasSizeGreaterThan(10);
        System.out.println("GracefulShutdownIT: " + inFlight.size() + " requests sent before the stop: "
                + inFlight.stream().filter(a -> a.reply() != null && a.reply().status() == 201).count() + " booked, "
                + inFlight.stream().filter(a -> a.reply() != null && a.reply().status() == 503).count() + " refused, "
                + inFlight.stream().filter(a -> a.reply() == null).count() + " never accepted");
        for (BookingLoad.Attempt attempt : inFlight) {
            if (attempt.reply() != null) {
                assertThat(attempt.reply().status()).as(attempt.reply().toString()).isIn(201, 503);
            } else {
                // Only a request the server never accepted may go unanswered.
                assertThat(attempt.failure()).as("a request sent before the stop lost its answer")
                        .isInstanceOf(ConnectException.class);
            }
        }
        assertThat(HalfWritten.bookings(DB, clinic.tenant().tenantId(), load.booked())).isEmpty();
    }
}
