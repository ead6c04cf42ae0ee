package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic chain with one record of every kind a route can name in its path (patient, booked
 * appointment, screening, cash payment and refund, course, API key, staff of every role, lot, item, tax
 * invoice),
 * for the tests that sweep every route: the ids by the path segment naming their kind.
 */
public record ClinicWithRecords(Clinics.Clinic clinic, Map<String, String> idsByKind,
                                Map<String, String> tokensByRole) {
    public static final List<String> ROLES = List.of("OWNER", "MANAGER", "FRONT_DESK", "PRACTITIONER");

    public static ClinicWithRecords make(Api api, TestDatabase db) {
        Clinics.Clinic clinic = Clinics.open(api, "Asia/Riyadh", 50);
        String key = clinic.key();
        String patient = Clinics.patient(api, clinic, Map.of());
        Reply booked = Clinics.book(api, clinic, patient, "prp", "2027-01-10T07:00:00Z", Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(api.put("/locations/" + clinic.location() + "/tax-settings", key, Map.of("sellerNameAr", "عيادات",
                "sellerNameEn", "Clinics", "vatNumber", "310122393500003")).status()).isEqualTo(200);
        String payment = api.post("/appointments/" + booked.text("id") + "/payments", key,
                Map.of("kind", "DEPOSIT", "method", "CASH")).text("id");
        Reply refund = api.post("/payments/" + payment + "/refunds", key, Map.of("amount", 1_000));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        Reply course = api.post("/courses", key, Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", clinic.location(), "sessions", 3, "firstStart", "2027-03-01T07:00:00Z"));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Reply apiKey = api.post("/api-keys", key, Map.of("name", "Front desk tablet", "role", "FRONT_DESK"));
        assertThat(apiKey.status()).as(apiKey.toString()).isEqualTo(201);
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        tokens.put("OWNER", key);
        for (String role : ROLES.subList(1, ROLES.size())) {
            Tenants.Staff staff = Tenants.staff(api, clinic.tenant(), role);
            tokens.put(role, staff.token());
            ids.put("users", staff.userId());
        }
        ids.put("patients", patient);
        ids.put("appointments", booked.text("id"));
        ids.put("screenings", booked.text("screeningId"));
        ids.put("payments", payment);
        ids.put("refunds", refund.text("id"));
        ids.put("courses", course.text("courseId"));
        ids.put("api-keys", apiKey.text("id"));
        ids.put("discounts", api.post("/discounts", key, Map.of("name", "Loyalty", "kind", "PERCENT", "percent", 10))
                .text("id"));
        ids.put("locations", clinic.location());
        ids.put("rooms", clinic.room());
        ids.put("practitioners", clinic.physician());
        String tenant = clinic.tenant().tenantId();
        ids.put("lots", db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM stock_lots WHERE tenant_id = ? LIMIT 1")
                .bind(0, tenant).mapTo(String.class).one()));
        ids.put("tax-documents", db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM tax_documents "
                + "WHERE tenant_id = ? AND type = 'INVOICE'").bind(0, tenant).mapTo(String.class).one()));
        ids.put("items", db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM inventory_items WHERE tenant_id = ? "
                + "LIMIT 1").bind(0, tenant).mapTo(String.class).one()));
        // A card reader and a declined reader payment of the victim's, written as the terminal records them
        // (real ones need Stripe Connect and a reader): the sweep's reader routes then look up real ids.
        String reader = java.util.UUID.randomUUID().toString();
        String owner = clinic.tenant().ownerUserId();
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO terminal_readers (tenant_id, id, location_id, stripe_reader_id, label, created_by, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, 'Front desk 1', ?, NOW(6), NOW(6))", tenant, reader,
                    clinic.location(), "tmr_sweep_" + tenant, owner);
            h.execute("INSERT INTO terminal_charges (tenant_id, payment_id, reader_id, stripe_payment_intent_id, state, "
                    + "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'DECLINED', ?, NOW(6), NOW(6))", tenant,
                    payment, reader, "pi_sweep_" + tenant, owner);
        });
        ids.put("readers", reader);
        ids.put("reader-payments", payment);
        ids.values().forEach(id -> assertThat(id).isNotBlank());
        return new ClinicWithRecords(clinic, Map.copyOf(ids), Map.copyOf(tokens));
    }
}
