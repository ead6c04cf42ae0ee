package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics.Clinic;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.regimen.web.testing.BookingServer.SUNDAY_10AM;
import static com.regimen.web.testing.BookingServer.api;
import static com.regimen.web.testing.BookingServer.book;
import static com.regimen.web.testing.BookingServer.clinic;
import static com.regimen.web.testing.BookingServer.patient;
import static com.regimen.web.testing.BookingServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact form of availability and the first-N search: the same slots as the full form, in
 * the same order, and no more than asked for.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityFormsIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;

    @Test
    void theCompactFormHoldsTheFullFormsSlotsPerDayAndPractitioner() {
        Clinic c = clinic("Asia/Riyadh");
        book(c, patient(c, Map.of()), "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician()));
        String query = "?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10&to=2027-01-12";

        List<String> full = startsAndPractitioners(api().get("/availability" + query, c.key()).json().get("slots"));
        JsonNode compact = api().get("/availability/compact" + query, c.key()).json().get("days");

        List<String> fromCompact = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (JsonNode day : compact) {
            days.add(day.get("date").asText());
            for (JsonNode practitioner : day.get("practitioners")) {
                for (JsonNode start : practitioner.get("starts")) {
                    assertThat(start.asText()).as("a start on its own day in Riyadh (UTC+3, open 09:00-17:00)")
                            .startsWith(day.get("date").asText());
                    fromCompact.add(start.asText() + " " + practitioner.get("practitionerId").asText());
                }
            }
        }
        assertThat(days).containsExactly("2027-01-10", "2027-01-11", "2027-01-12");
        assertThat(full).hasSizeGreaterThan(100).doesNotHaveDuplicates();
        assertThat(fromCompact).containsExactlyInAnyOrderElementsOf(full);
        // The booked 10:00 is gone from both forms for the physician.
        assertThat(fromCompact).doesNotContain("2027-01-10T07:00:00Z " + c.physician());
    }

    @Test
    void firstNIsTheEarliestNOfTheFullAnswerInBothForms() {
        Clinic c = clinic("Asia/Riyadh");
        String query = "?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10&to=2027-01-20";
        List<String> all = startsAndPractitioners(api().get("/availability" + query, c.key()).json().get("slots"));
        for (int n : new int[]{1, 7, 60}) {
            List<String> first = startsAndPractitioners(api().get("/availability" + query + "&first=" + n, c.key())
                    .json().get("slots"));
            assertThat(first).as("first=" + n).containsExactlyElementsOf(all.subList(0, n));
            int inCompact = 0;
            for (JsonNode day : api().get("/availability/compact" + query + "&first=" + n, c.key()).json()
                    .get("days")) {
                for (JsonNode practitioner : day.get("practitioners")) {
                    inCompact += practitioner.get("starts").size();
                }
            }
            assertThat(inCompact).as("compact first=" + n).isEqualTo(n);
        }
        assertThat(startsAndPractitioners(api().get("/availability" + query + "&first=1000", c.key()).json()
                .get("slots"))).as("more asked for than there are: all of them").isEqualTo(all);
    }

    @Test
    void firstOutsideItsBoundsIsRefusedInBothForms() {
        Clinic c = clinic("Asia/Riyadh");
        String query = "?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10&to=2027-01-10&first=";
        for (String path : new String[]{"/availability", "/availability/compact"}) {
            for (String bad : new String[]{"0", "-1", "1001", "many", "99999999999"}) {
                refused(api().hostile().get(path + query + bad, c.key()), 400, "VALIDATION_FAILED");
            }
        }
    }

    private static List<String> startsAndPractitioners(JsonNode slots) {
        List<String> pairs = new ArrayList<>();
        slots.forEach(slot -> pairs.add(slot.get("start").asText() + " " + slot.get("practitionerId").asText()));
        return pairs;
    }
}
