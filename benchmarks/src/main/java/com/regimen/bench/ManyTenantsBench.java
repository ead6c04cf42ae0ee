package com.regimen.bench;

import com.regimen.core.ids.Ids;
import com.regimen.core.staff.SecretToken;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load a SaaS has: bookings across many tenants at once, each at its own location with its
 * own practitioners, rooms and stock lots (the data generator's copies of the benchmark clinic),
 * so no two tenants share a locked row. Each attempt goes to the next tenant in turn and asks for
 * that tenant's next free slot; the same mix runs over JDBC as the baseline.
 */
public final class ManyTenantsBench {
    private final List<BenchClinic> clinics;
    private final List<JdbcBooking> baselines = new ArrayList<>();
    private final List<AtomicLong> nextSlot = new ArrayList<>();
    private final AtomicLong nextTenant = new AtomicLong();
    private final RegimenHttp api;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final LocalDate firstDay;

    public ManyTenantsBench(List<BenchClinic> clinics, String pluginVersion, RegimenHttp api, String jdbcUrl,
                            String user, String password, LocalDate firstDay) {
        this.clinics = List.copyOf(clinics);
        this.api = api;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.firstDay = firstDay;
        for (BenchClinic clinic : clinics) {
            baselines.add(new JdbcBooking(clinic, pluginVersion));
            nextSlot.add(new AtomicLong());
        }
    }

    /**
     * The copies of the template clinic as clinics of their own: the same ids (every key begins
     * with tenant_id), and an API key each, written as the server stores one (its hash), since a
     * key names its tenant and the template's cannot be copied.
     */
    public static List<BenchClinic> copies(Connection connection, BenchClinic template, List<String> tenantIds)
            throws SQLException {
        List<BenchClinic> clinics = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO api_keys (tenant_id, id, name, role, "
                + "key_hash, last_four, created_by, created_at) SELECT ?, ?, name, role, ?, ?, created_by, created_at "
                + "FROM api_keys WHERE tenant_id = ? ORDER BY created_at LIMIT 1")) {
            for (String tenant : tenantIds) {
                if (tenant.equals(template.tenantId())) {
                    clinics.add(template);
                    continue;
                }
                SecretToken key = SecretToken.generate(SecretToken.API_KEY, tenant);
                insert.setString(1, tenant);
                insert.setString(2, Ids.newId());
                insert.setString(3, key.hash());
                insert.setString(4, key.lastFour());
                insert.setString(5, template.tenantId());
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("the template tenant has no API key to copy");
                }
                clinics.add(new BenchClinic(tenant, template.ownerUserId(), key.value(), template.locationId(),
                        template.zone(), template.rooms(), template.practitioners(), template.patients()));
            }
        }
        return clinics;
    }

    public BookingBench.Row run(BookingBench.Path path, int clients, Duration duration, Connection observer)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        if (path == BookingBench.Path.JDBC) {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(jdbcUrl, user, password));
            }
        }
        DatabaseCounters before = DatabaseCounters.read(observer);
        try {
            LoadRun.Result result = LoadRun.run(clients, duration, (client, sequence) -> {
                int tenant = (int) (nextTenant.getAndIncrement() % clinics.size());
                BenchClinic clinic = clinics.get(tenant);
                SlotPlan.Slot slot = SlotPlan.nth(clinic.zone(), firstDay, nextSlot.get(tenant).getAndIncrement());
                String patient = clinic.patients().get((int) (sequence % clinic.patients().size()));
                return path == BookingBench.Path.HTTP ? overHttp(clinic, slot, patient)
                        : baselines.get(tenant).book(connections.get(client), slot, patient)
                        ? LoadRun.Outcome.DONE : LoadRun.Outcome.REFUSED;
            });
            return new BookingBench.Row(BookingBench.Shape.SPREAD, path, result,
                    DatabaseCounters.read(observer).since(before));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private LoadRun.Outcome overHttp(BenchClinic clinic, SlotPlan.Slot slot, String patient) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patient);
        body.put("treatmentId", BenchClinic.TREATMENT);
        body.put("locationId", clinic.locationId());
        body.put("start", slot.start().toString());
        body.put("practitionerId", clinic.practitioners().get(slot.practitioner()));
        body.put("roomId", clinic.rooms().get(slot.room()));
        RegimenHttp.Reply reply = api.postOnce("/appointments", clinic.apiKey(), body);
        if (reply.status() == 201) {
            return LoadRun.Outcome.DONE;
        }
        throw new IllegalStateException("HTTP " + reply.status() + " " + reply.body());
    }
}
