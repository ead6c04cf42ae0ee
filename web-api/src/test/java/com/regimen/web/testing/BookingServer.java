package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Clinics.Clinic;
import io.dropwizard.testing.junit5.DropwizardAppExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server (no Stripe key) and database the booking test classes use (BookingIT, BookingRacesIT,
 * AvailabilityIT, AvailabilityFormsIT): the JVM's {@link SharedServer}. Every test books in a clinic
 * chain of its own.
 */
public final class BookingServer {
    public static final TestDatabase DB = SharedServer.DB;
    public static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    /** Sunday 10 January 2027, 10:00 in Riyadh (UTC+3). */
    public static final String SUNDAY_10AM = "2027-01-10T07:00:00Z";

    private BookingServer() {
    }

    public static Api api() {
        return SharedServer.api();
    }

    public static Clinic clinic(String timezone) {
        return Clinics.open(api(), timezone, 500);
    }

    public static Clinic clinic(String timezone, int exosomeVials) {
        return Clinics.open(api(), timezone, exosomeVials);
    }

    public static String patient(Clinic c, Map<String, Object> answers) {
        return Clinics.patient(api(), c, answers);
    }

    public static Reply book(Clinic c, String patient, String treatment, String start, Map<String, Object> extra) {
        return Clinics.book(api(), c, patient, treatment, start, extra);
    }

    public static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }
}
