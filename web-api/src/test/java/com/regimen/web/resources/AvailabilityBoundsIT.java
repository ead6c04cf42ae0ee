package com.regimen.web.resources;

import com.regimen.core.booking.Availability;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.LateClinics;
import com.regimen.web.testing.LateClinics.LateClinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23: one availability search must not take the server down. Opening hours that end near
 * midnight once made the slot loop wrap past 00:00 and never end; a search is also bounded in work.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityBoundsIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void hoursEndingAt2350AnswerEveryStartUpToTheLastThatFits() {
        LateClinic c = openLate("08:00", "23:50", 1);

        Reply reply = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10"
                + "&to=2027-01-10", c.key());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> starts = reply.json().get("slots").findValuesAsText("start");
        // 60-minute PRP sessions every 15 minutes from 08:00; the last that ends by 23:50 starts at 22:45.
        assertThat(starts).hasSize(60);
        assertThat(starts.get(0)).isEqualTo("2027-01-10T08:00:00Z");
        assertThat(starts.get(starts.size() - 1)).isEqualTo("2027-01-10T22:45:00Z");
    }

    @Test
    void hoursToTheLastMinuteOfTheDayOverAMonthEndToo() {
        LateClinic c = openLate("00:00", "23:59", 1);

        Reply reply = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-31", c.key());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        // 00:00 to 22:45 is 92 starts a day, for 31 days (clock stands before 2027).
        assertThat(reply.json().get("slots")).hasSize(92 * 31);
    }

    @Test
    void aSearchThatWouldWeighTooManyCandidatesIsRefusedWithACode() {
        int practitioners = Availability.MAX_CANDIDATES / (96 * 31) + 1;
        LateClinic c = openLate("00:00", "23:59", practitioners);

        Reply broad = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-31", c.key());
        Reply oneDay = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-01", c.key());

        assertThat(broad.status()).as(broad.toString()).isEqualTo(422);
        assertThat(broad.contentType()).startsWith("application/problem+json");
        assertThat(broad.text("code")).isEqualTo("AVAILABILITY_TOO_BROAD");
        assertThat(oneDay.status()).as(oneDay.toString()).isEqualTo(200);
        assertThat(oneDay.json().get("slots")).hasSize(92 * practitioners);
    }

    private LateClinic openLate(String from, String to, int physicians) {
        return LateClinics.open(api(), Tenants.signUp(api(), "Late").apiKey(), from, to, physicians);
    }
}
