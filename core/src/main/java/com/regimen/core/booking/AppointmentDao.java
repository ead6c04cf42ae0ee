package com.regimen.core.booking;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Appointment.class)
public interface AppointmentDao {
    String COLUMNS = "tenant_id, id, patient_id, treatment_id, plugin_version, location_id, practitioner_id, room_id, "
            + "course_id, session_number, starts_at, ends_at, room_free_at, status, currency, price, deposit, "
            + "screening_id, clearance, cancel_reason, cancellation_fee, created_by, created_at, updated_at, version";
    /** Appointments that hold their practitioner, room and stock. */
    String ACTIVE = "status IN ('BOOKED', 'CHECKED_IN')";

    @SqlUpdate("INSERT INTO appointments (" + COLUMNS + ") VALUES (:a.tenantId, :a.id, :a.patientId, :a.treatmentId, "
            + ":a.pluginVersion, :a.locationId, :a.practitionerId, :a.roomId, :a.courseId, :a.sessionNumber, "
            + ":a.startsAt, :a.endsAt, :a.roomFreeAt, :a.status, :a.currency, :a.price, :a.deposit, :a.screeningId, "
            + ":a.clearance, :a.cancelReason, :a.cancellationFee, :a.createdBy, :a.createdAt, :a.updatedAt, :a.version)")
    void insert(@BindMethods("a") Appointment appointment);

    @SqlQuery("SELECT " + COLUMNS + " FROM appointments WHERE tenant_id = :tenantId AND id = :id")
    Optional<Appointment> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM appointments WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<Appointment> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE appointments SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Appointment> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    /** Locks practitioners in id order: every booking takes these locks in the same order. */
    @SqlQuery("SELECT id FROM practitioners WHERE tenant_id = :tenantId AND id IN (<ids>) ORDER BY id FOR UPDATE")
    List<String> readLockPractitioners(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids);

    @SqlUpdate("UPDATE practitioners SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id IN (<ids>) "
            + "ORDER BY id")
    int writeLockPractitioners(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default List<String> lockPractitioners(String tenantId, List<String> ids) {
        writeLockPractitioners(tenantId, ids);
        return readLockPractitioners(tenantId, ids);
    }

    @SqlQuery("SELECT id FROM rooms WHERE tenant_id = :tenantId AND id IN (<ids>) ORDER BY id FOR UPDATE")
    List<String> readLockRooms(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids);

    @SqlUpdate("UPDATE rooms SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id IN (<ids>) "
            + "ORDER BY id")
    int writeLockRooms(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default List<String> lockRooms(String tenantId, List<String> ids) {
        writeLockRooms(tenantId, ids);
        return readLockRooms(tenantId, ids);
    }

    /** {@code since} is the start less the longest session: it keeps the scan on an index range. */
    @SqlQuery("SELECT COUNT(*) FROM appointments WHERE tenant_id = :tenantId AND practitioner_id = :practitionerId "
            + "AND starts_at > :since AND starts_at < :end AND ends_at > :start AND " + ACTIVE + " AND id <> :exclude")
    int practitionerClashes(@Bind("tenantId") String tenantId, @Bind("practitionerId") String practitionerId,
                            @Bind("since") Instant since, @Bind("start") Instant start, @Bind("end") Instant end,
                            @Bind("exclude") String exclude);

    @SqlQuery("SELECT COUNT(*) FROM appointments WHERE tenant_id = :tenantId AND room_id = :roomId "
            + "AND starts_at > :since AND starts_at < :freeAt AND room_free_at > :start AND " + ACTIVE
            + " AND id <> :exclude")
    int roomClashes(@Bind("tenantId") String tenantId, @Bind("roomId") String roomId, @Bind("since") Instant since,
                    @Bind("start") Instant start, @Bind("freeAt") Instant freeAt, @Bind("exclude") String exclude);

    @SqlQuery("SELECT COUNT(*) FROM practitioner_time_off WHERE tenant_id = :tenantId "
            + "AND practitioner_id = :practitionerId AND starts_at < :end AND ends_at > :start")
    int timeOffClashes(@Bind("tenantId") String tenantId, @Bind("practitionerId") String practitionerId,
                       @Bind("start") Instant start, @Bind("end") Instant end);

    /** The active appointments at a location in a window (the calendar, and availability's room view). */
    @SqlQuery("SELECT " + COLUMNS + " FROM appointments WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND starts_at >= :from AND starts_at < :to ORDER BY starts_at, id")
    List<Appointment> atLocation(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                 @Bind("from") Instant from, @Bind("to") Instant to);

    /** When each room at a location is taken (turnover included) by active appointments starting in a window. */
    @SqlQuery("SELECT room_id, starts_at, room_free_at FROM appointments WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId AND starts_at >= :from AND starts_at < :to AND " + ACTIVE)
    @UseRowMapper(BusyTime.Mapper.class)
    List<BusyTime> roomsTakenAt(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                @Bind("from") Instant from, @Bind("to") Instant to);

    /** When the given practitioners are taken, wherever they are, by active appointments starting in a window. */
    @SqlQuery("SELECT practitioner_id, starts_at, ends_at FROM appointments WHERE tenant_id = :tenantId "
            + "AND practitioner_id IN (<ids>) AND starts_at >= :from AND starts_at < :to AND " + ACTIVE)
    @UseRowMapper(BusyTime.Mapper.class)
    List<BusyTime> practitionersTaken(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids,
                                      @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT " + COLUMNS + " FROM appointments WHERE tenant_id = :tenantId AND course_id = :courseId "
            + "ORDER BY session_number")
    List<Appointment> ofCourse(@Bind("tenantId") String tenantId, @Bind("courseId") String courseId);

    @SqlUpdate("UPDATE appointments SET status = :next, cancel_reason = :reason, cancellation_fee = :fee, "
            + "updated_at = :now, version = version + 1 WHERE tenant_id = :tenantId AND id = :id AND status = :expected")
    int changeStatus(@Bind("tenantId") String tenantId, @Bind("id") String id,
                     @Bind("expected") AppointmentStatus expected, @Bind("next") AppointmentStatus next,
                     @Bind("reason") String reason, @Bind("fee") Long fee, @Bind("now") Instant now);

    @SqlUpdate("UPDATE appointments SET starts_at = :start, ends_at = :end, room_free_at = :freeAt, "
            + "practitioner_id = :practitionerId, room_id = :roomId, updated_at = :now, version = version + 1 "
            + "WHERE tenant_id = :tenantId AND id = :id AND status = 'BOOKED' AND version = :version")
    int move(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("version") int version,
             @Bind("start") Instant start, @Bind("end") Instant end, @Bind("freeAt") Instant freeAt,
             @Bind("practitionerId") String practitionerId, @Bind("roomId") String roomId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE appointments SET screening_id = :screeningId, clearance_id = :clearanceId "
            + "WHERE tenant_id = :tenantId AND id = :id")
    int recordGate(@Bind("tenantId") String tenantId, @Bind("id") String id,
                   @Bind("screeningId") String screeningId, @Bind("clearanceId") String clearanceId);

    /** What the clinical state of an appointment is read from: its last gate's screening and clearance. */
    record GateRow(String id, String screeningOutcome, boolean needsReview, String clearanceId, String physicianId,
                   String physicianName, Instant clearanceExpiresAt, Instant clearanceRevokedAt) {
    }

    /**
     * needs_review: the patient has intake answers newer than the ones the appointment's last gate
     * screened (only for appointments that still hold their slot).
     */
    @SqlQuery("SELECT a.id, s.outcome AS screening_outcome, (a.status IN ('BOOKED', 'CHECKED_IN') AND "
            + "COALESCE((SELECT MAX(i.version) FROM patient_intakes i WHERE i.tenant_id = a.tenant_id "
            + "AND i.patient_id = a.patient_id), 0) > COALESCE(s.intake_version, 0)) AS needs_review, "
            + "c.id AS clearance_id, c.physician_id, p.name AS physician_name, c.expires_at AS clearance_expires_at, "
            + "c.revoked_at AS clearance_revoked_at FROM appointments a "
            + "LEFT JOIN screenings s ON s.tenant_id = a.tenant_id AND s.id = a.screening_id "
            + "LEFT JOIN clearances c ON c.tenant_id = a.tenant_id AND c.id = a.clearance_id "
            + "LEFT JOIN practitioners p ON p.tenant_id = c.tenant_id AND p.id = c.physician_id "
            + "WHERE a.tenant_id = :tenantId AND a.id IN (<ids>)")
    @RegisterConstructorMapper(GateRow.class)
    List<GateRow> gates(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids);

    @SqlUpdate("INSERT INTO courses (tenant_id, id, patient_id, treatment_id, location_id, sessions, created_by, "
            + "created_at) VALUES (:tenantId, :id, :patientId, :treatmentId, :locationId, :sessions, :createdBy, :now)")
    void insertCourse(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("patientId") String patientId,
                      @Bind("treatmentId") String treatmentId, @Bind("locationId") String locationId,
                      @Bind("sessions") int sessions, @Bind("createdBy") String createdBy, @Bind("now") Instant now);
}
