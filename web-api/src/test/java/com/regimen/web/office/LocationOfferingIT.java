package com.regimen.web.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static com.regimen.web.testing.BookingServer.DB;
import static com.regimen.web.testing.BookingServer.SUNDAY_10AM;
import static com.regimen.web.testing.BookingServer.api;
import static com.regimen.web.testing.BookingServer.book;
import static com.regimen.web.testing.BookingServer.clinic;
import static com.regimen.web.testing.BookingServer.patient;
import static com.regimen.web.testing.BookingServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Which treatments a location offers: switched per location by an owner or manager, obeyed by booking. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LocationOfferingIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;

    private static String path(Clinic c, String treatment) {
        return "/locations/" + c.location() + "/treatments" + (treatment == null ? "" : "/" + treatment);
    }

    private static JsonNode row(Reply list, String treatment) {
        for (JsonNode row : list.json().get("data")) {
            if (row.get("treatmentId").asText().equals(treatment)) {
                return row;
            }
        }
        throw new AssertionError(treatment + " missing from " + list);
    }

    private static long switchedOffRows(Clinic c) {
        return DB.count("SELECT COUNT(*) FROM location_treatments_off WHERE tenant_id = ?", c.tenant().tenantId());
    }

    @Test
    void onlyOwnersAndManagersSwitchAndAnotherTenantsLocationIs404() {
        Clinic c = clinic("Asia/Riyadh");
        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        Tenants.Staff manager = Tenants.staff(api(), c.tenant(), "MANAGER");

        Reply listed = api().get(path(c, null), desk.token());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode prp = row(listed, "prp");
        assertThat(prp.get("offered").asBoolean()).as("offered everywhere by default").isTrue();
        assertThat(prp.get("switchedOff").asBoolean()).isFalse();
        JsonNode stemCell = row(listed, "stem-cell");
        assertThat(stemCell.get("enabledByChain").asBoolean()).isFalse();
        assertThat(stemCell.get("accredited").asBoolean()).as("the branch has no stem-cell accreditation").isFalse();
        assertThat(stemCell.get("requiredAccreditation").asText()).isEqualTo("stem-cell");
        assertThat(stemCell.get("offered").asBoolean()).isFalse();

        refused(api().put(path(c, "prp"), desk.token(), Map.of("offered", false)), 403, "FORBIDDEN");
        refused(api().put(path(c, "prp"), c.key(), Map.of()), 400, "VALIDATION_FAILED");
        refused(api().hostile().put(path(c, "prp"), c.key(), Map.of("offered", "sometimes")), 400, "INVALID_TYPE");
        refused(api().put(path(c, "no-such-treatment"), c.key(), Map.of("offered", false)), 404, "NOT_FOUND");
        assertThat(switchedOffRows(c)).as("nothing written by a refusal").isZero();

        Clinic other = clinic("Asia/Riyadh");
        refused(api().get(path(c, null), other.key()), 404, "NOT_FOUND");
        refused(api().put(path(c, "prp"), other.key(), Map.of("offered", false)), 404, "NOT_FOUND");
        assertThat(switchedOffRows(c)).isZero();
        assertThat(switchedOffRows(other)).isZero();

        Reply off = api().put(path(c, "prp"), manager.token(), Map.of("offered", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("switchedOff").asBoolean()).isTrue();
        assertThat(off.json().get("offered").asBoolean()).isFalse();
        assertThat(api().put(path(c, "prp"), c.key(), Map.of("offered", false)).status())
                .as("switching off twice changes nothing").isEqualTo(200);
        assertThat(switchedOffRows(c)).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? "
                + "AND action = 'location.treatment_switched_off'", c.tenant().tenantId())).isEqualTo(1);
        assertThat(row(api().get(path(other, null), other.key()), "prp").get("offered").asBoolean())
                .as("another chain's branch is untouched").isTrue();
        assertThat(book(other, patient(other, Map.of()), "prp", SUNDAY_10AM, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void aSwitchedOffTreatmentIsNeitherBookedNorMovedNorOfferedButBookedVisitsStand() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Reply before = book(c, patient, "prp", SUNDAY_10AM, Map.of());
        assertThat(before.status()).as(before.toString()).isEqualTo(201);
        String availability = "/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-11"
                + "&to=2027-01-11";
        assertThat(api().get(availability, c.key()).json().get("slots")).isNotEmpty();

        assertThat(api().put(path(c, "prp"), c.key(), Map.of("offered", false)).status()).isEqualTo(200);
        long appointments = DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId());

        refused(book(c, patient, "prp", "2027-01-11T07:00:00Z", Map.of()), 422, "TREATMENT_NOT_OFFERED_HERE");
        refused(api().post("/appointments/" + before.text("id") + "/reschedule", c.key(),
                Map.of("start", "2027-01-12T07:00:00Z")), 422, "TREATMENT_NOT_OFFERED_HERE");
        Reply slots = api().get(availability, c.key());
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        assertThat(slots.json().get("slots")).as("no free slots of a treatment the branch does not offer").isEmpty();
        refused(api().get(availability + "&patientId=" + patient, c.key()), 422, "TREATMENT_NOT_OFFERED_HERE");
        // Another treatment at the same branch is untouched.
        assertThat(api().get(availability.replace("treatmentId=prp", "treatmentId=exosome"), c.key())
                .json().get("slots")).isNotEmpty();

        Map<String, Object> course = new HashMap<>(Map.of("patientId", patient, "treatmentId", "exosome",
                "locationId", c.location(), "sessions", 3, "firstStart", "2027-01-11T07:00:00Z"));
        assertThat(api().put(path(c, "exosome"), c.key(), Map.of("offered", false)).status()).isEqualTo(200);
        refused(api().post("/courses", c.key(), course), 422, "TREATMENT_NOT_OFFERED_HERE");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .as("nothing booked by a refusal").isEqualTo(appointments);

        Reply checkedIn = api().post("/appointments/" + before.text("id") + "/check-in", c.key(), "{}");
        assertThat(checkedIn.status()).as("a visit booked before the switch stands: " + checkedIn).isEqualTo(200);

        Reply on = api().put(path(c, "prp"), c.key(), Map.of("offered", true));
        assertThat(on.json().get("offered").asBoolean()).isTrue();
        assertThat(book(c, patient, "prp", "2027-01-11T07:00:00Z", Map.of()).status()).isEqualTo(201);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? "
                + "AND action = 'location.treatment_switched_on'", c.tenant().tenantId())).isEqualTo(1);
    }
}
