package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
 * Availability: free slots, hidden booked ones and the room's turnover, across daylight-saving changes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;

    @Test
    void availabilityShowsFreeSlotsAndHidesBookedOnes() {
        Clinic c = clinic("Asia/Riyadh");
        String url = "/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10&to=2027-01-10";
        JsonNode before = api().get(url, c.key()).json().get("slots");
        // 09:00 to 16:00 starts (60-minute sessions, open until 17:00) for two practitioners: 29 starts each.
        assertThat(before).hasSize(58);
        assertThat(before.get(0).get("start").asText()).isEqualTo("2027-01-10T06:00:00Z");
        book(c, patient(c, Map.of()), "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician()));
        JsonNode after = api().get(url + "&practitionerId=" + c.physician(), c.key()).json().get("slots");
        List<String> starts = after.findValuesAsText("start");
        // The only centrifuge room is taken 07:00 to 08:15 (turnover): nothing that needs it then fits.
        assertThat(starts).doesNotContain("2027-01-10T06:00:00Z", "2027-01-10T07:00:00Z", "2027-01-10T08:00:00Z")
                .contains("2027-01-10T08:15:00Z");
        assertThat(starts.get(0)).isEqualTo("2027-01-10T08:15:00Z");
    }

    @Test
    void slotsKeepTheirWallClockTimeAcrossDaylightSavingChanges() {
        Clinic c = clinic("Europe/Berlin");
        // Spring forward: Sunday 28 March 2027, 02:00 -> 03:00. Fall back: Sunday 31 October 2027.
        for (String[] day : new String[][]{
                {"2027-03-27", "2027-03-27T08:00:00Z", "2027-03-27T12:00:00Z"},
                {"2027-03-28", "2027-03-28T07:00:00Z", "2027-03-28T11:00:00Z"},
                {"2027-10-30", "2027-10-30T07:00:00Z", "2027-10-30T11:00:00Z"},
                {"2027-10-31", "2027-10-31T08:00:00Z", "2027-10-31T12:00:00Z"}}) {
            List<String> starts = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from="
                    + day[0] + "&to=" + day[0] + "&practitionerId=" + c.physician(), c.key()).json().get("slots")
                    .findValuesAsText("start");
            assertThat(starts.get(0)).as("09:00 on " + day[0]).isEqualTo(day[1]);
            assertThat(starts).as("13:00 on " + day[0]).contains(day[2]);
            assertThat(starts).hasSize(29);
        }
        Reply afternoon = book(c, patient(c, Map.of()), "prp", "2027-03-28T11:00:00Z", Map.of());
        assertThat(afternoon.status()).as("13:00 CEST on the spring-forward day").isEqualTo(201);
        refused(book(c, patient(c, Map.of()), "prp", "2027-10-31T15:30:00Z", Map.of()), 422, "OUTSIDE_HOURS");
    }
}
