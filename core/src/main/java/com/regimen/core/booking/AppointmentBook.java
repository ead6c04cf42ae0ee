package com.regimen.core.booking;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.inventory.ReservedConsumable;
import com.regimen.core.inventory.StockReservations;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.patients.PatchTest;
import com.regimen.core.patients.PatchTestDao;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screening;
import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.core.patients.Screenings;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.RoomDao;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.staff.StaffIdentity;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.Prerequisites;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The appointment book. Every write is one transaction that locks the practitioner and room rows
 * it may use (in id order), re-checks every rule against what is committed, reserves stock, and
 * writes the appointment: so two racing requests for one slot serialize on the same rows and the
 * second sees the first's appointment. Nothing is checked only before the transaction.
 */
public final class AppointmentBook {
    /** No session is longer than this; overlap queries use it as the lower bound of an index range. */
    static final Duration LONGEST_SESSION = Duration.ofHours(10);
    /** Cancelling at least this long before the start costs nothing; later, the deposit is kept. */
    static final Duration FREE_CANCELLATION = Duration.ofHours(24);
    private static final int DEADLOCK_RETRIES = 3;

    private final Jdbi jdbi;
    private final Clock clock;
    private final TreatmentMenu menu;
    private final PluginInvoker invoker;
    private final Screenings screenings;
    private final PatientRecords patients;
    private final AuditTrail audit;

    public AppointmentBook(Jdbi jdbi, Clock clock, TreatmentMenu menu, PluginInvoker invoker, Screenings screenings,
                           PatientRecords patients, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.menu = menu;
        this.invoker = invoker;
        this.screenings = screenings;
        this.patients = patients;
        this.audit = audit;
    }

    /** What is settled before the transaction: who, what, where, and whether the patient may have it. */
    record Prepared(String patientId, TreatmentMenu.OfferedTreatment treatment, Location location,
                    Screening screening, String clearanceJson) {
        TreatmentProtocol protocol() {
            return treatment.plugin().protocol();
        }
    }

    public BookedAppointment book(StaffIdentity actor, BookingRequest request) {
        Prepared prepared = prepare(actor, request.patientId(), request.treatmentId(), request.locationId(),
                request.clearance(), request.start());
        Quote quote = quote(prepared, prepared.protocol().minSessions());
        long price = quote.perSession();
        long deposit = quote.total() == 0 ? 0 : quote.deposit() * price / quote.total();
        return inTransaction(handle -> place(handle, actor, prepared, request.start(), request.practitionerId(),
                request.roomId(), null, 1, price, deposit));
    }

    /** Books every session of a course, each the protocol's interval after the last, all or none. */
    public List<BookedAppointment> bookCourse(StaffIdentity actor, String patientId, String treatmentId,
                                              String locationId, int sessions, Instant firstStart,
                                              String practitionerId, BookingRequest.Clearance clearance) {
        Prepared prepared = prepare(actor, patientId, treatmentId, locationId, clearance, firstStart);
        Quote quote = quote(prepared, sessions);
        long perSession = quote.total() / sessions;
        long depositPerSession = quote.deposit() / sessions;
        String courseId = Ids.newId();
        return inTransaction(handle -> {
            handle.attach(AppointmentDao.class).insertCourse(actor.tenantId(), courseId, patientId, treatmentId,
                    locationId, sessions, actor.actorId(), clock.instant());
            List<BookedAppointment> booked = new ArrayList<>();
            ZonedDateTime first = firstStart.atZone(prepared.location().timezone());
            for (int i = 0; i < sessions; i++) {
                // Same local time every interval, whatever the clocks do in between.
                Instant start = first.plusDays((long) i * prepared.protocol().minIntervalDays()).toInstant();
                // The first session carries the rounding remainders, so the sessions add up to the quote.
                long price = perSession + (i == 0 ? quote.total() - perSession * sessions : 0);
                long deposit = depositPerSession + (i == 0 ? quote.deposit() - depositPerSession * sessions : 0);
                try {
                    booked.add(place(handle, actor, prepared, start, practitionerId, null, courseId, i + 1, price,
                            deposit));
                } catch (DomainException e) {
                    throw new DomainException(e.kind(), e.code(), "Session " + (i + 1) + " of " + sessions + " ("
                            + start.atZone(prepared.location().timezone()).toLocalDateTime() + "): " + e.getMessage()
                            + " Nothing was booked.", e.fieldErrors(), withSession(e.extensions(), i + 1, start));
                }
            }
            audit.record(handle, actor, "course.booked", "course", courseId, Map.of("sessions", sessions,
                    "treatmentId", treatmentId));
            return booked;
        });
    }

    public BookedAppointment reschedule(StaffIdentity actor, String appointmentId, Instant newStart,
                                        String practitionerId, String roomId) {
        return inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment current = dao.lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            if (current.status() != AppointmentStatus.BOOKED) {
                throw BookingRefusal.invalidTransition(current.status(), AppointmentStatus.BOOKED);
            }
            TreatmentMenu.OfferedTreatment treatment = menu.offered(actor, current.treatmentId());
            Location location = Locations.find(handle, actor.tenantId(), current.locationId());
            Prepared prepared = new Prepared(current.patientId(), treatment, location, null, current.clearance());
            StockReservations.release(handle, actor.tenantId(), appointmentId);
            Slot slot = choose(handle, actor, prepared, newStart,
                    practitionerId == null ? current.practitionerId() : practitionerId, roomId, appointmentId);
            List<ReservedConsumable> held = reserve(handle, actor, prepared, slot, appointmentId);
            if (dao.move(actor.tenantId(), appointmentId, current.version(), slot.start(), slot.end(), slot.roomFreeAt(),
                    slot.practitioner().id(), slot.room().id(), clock.instant()) != 1) {
                throw BookingRefusal.invalidTransition(current.status(), AppointmentStatus.BOOKED);
            }
            audit.record(handle, actor, "appointment.rescheduled", "appointment", appointmentId,
                    Map.of("from", current.startsAt().toString(), "to", newStart.toString()));
            return new BookedAppointment(dao.find(actor.tenantId(), appointmentId).orElseThrow(), held);
        });
    }

    public Appointment checkIn(StaffIdentity actor, String appointmentId) {
        return transition(actor, appointmentId, AppointmentStatus.CHECKED_IN, null, (handle, a) -> null);
    }

    /** Completing uses up the held consumables: ledger rows naming the appointment, patient and lot. */
    public Appointment complete(StaffIdentity actor, String appointmentId) {
        return transition(actor, appointmentId, AppointmentStatus.COMPLETED, null, (handle, a) -> {
            StockReservations.consume(handle, actor.tenantId(), appointmentId, a.patientId(), actor.actorId(),
                    clock.instant());
            return null;
        });
    }

    /** The deposit is kept as the no-show fee; the payments module charges it. */
    public Appointment noShow(StaffIdentity actor, String appointmentId) {
        return transition(actor, appointmentId, AppointmentStatus.NO_SHOW, null, (handle, a) -> {
            StockReservations.release(handle, actor.tenantId(), appointmentId);
            return a.deposit();
        });
    }

    /** Free until 24 hours before the start; later, the deposit is the cancellation fee. */
    public Appointment cancel(StaffIdentity actor, String appointmentId, String reason) {
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalid("reason", "must be at most 500 characters");
        }
        return transition(actor, appointmentId, AppointmentStatus.CANCELLED, reason, (handle, a) -> {
            StockReservations.release(handle, actor.tenantId(), appointmentId);
            boolean late = clock.instant().isAfter(a.startsAt().minus(FREE_CANCELLATION));
            return late ? a.deposit() : 0L;
        });
    }

    /** With the consumables it holds, or once completed, those it used up (the receipt lists their lots). */
    public BookedAppointment get(StaffIdentity reader, String appointmentId) {
        return jdbi.withHandle(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).find(reader.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            return new BookedAppointment(appointment, appointment.status() == AppointmentStatus.COMPLETED
                    ? StockReservations.consumedBy(handle, reader.tenantId(), appointmentId)
                    : StockReservations.heldFor(handle, reader.tenantId(), appointmentId));
        });
    }

    public List<Appointment> atLocation(StaffIdentity reader, String locationId, Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(Duration.ofDays(62)) > 0) {
            throw DomainException.invalid("to", "must be after from, at most 62 days later");
        }
        return jdbi.withHandle(handle -> {
            Locations.find(handle, reader.tenantId(), locationId);
            return handle.attach(AppointmentDao.class).atLocation(reader.tenantId(), locationId, from, to);
        });
    }

    private interface SideEffect {
        Long apply(Handle handle, Appointment appointment);
    }

    /** Locks the appointment, checks the transition, applies its side effect, then compare-and-sets the status. */
    private Appointment transition(StaffIdentity actor, String appointmentId, AppointmentStatus next, String reason,
                                   SideEffect effect) {
        return inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment current = dao.lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            if (!current.status().canBecome(next) || current.status() == next) {
                throw BookingRefusal.invalidTransition(current.status(), next);
            }
            Long fee = effect.apply(handle, current);
            if (dao.changeStatus(actor.tenantId(), appointmentId, current.status(), next, reason, fee,
                    clock.instant()) != 1) {
                throw BookingRefusal.invalidTransition(current.status(), next);
            }
            audit.record(handle, actor, "appointment." + next.name().toLowerCase(), "appointment", appointmentId,
                    fee == null ? Map.of("from", current.status()) : Map.of("from", current.status(), "fee", fee));
            return dao.find(actor.tenantId(), appointmentId).orElseThrow();
        });
    }

    private Prepared prepare(StaffIdentity actor, String patientId, String treatmentId, String locationId,
                             BookingRequest.Clearance clearance, Instant firstStart) {
        Patient patient = patients.get(actor, patientId);
        TreatmentMenu.OfferedTreatment treatment = menu.offered(actor, treatmentId);
        Location location = jdbi.withHandle(handle -> Locations.find(handle, actor.tenantId(), locationId));
        if (!location.active()) {
            throw BookingRefusal.unprocessable("LOCATION_INACTIVE", "That location is deactivated.");
        }
        String required = treatment.plugin().protocol().requiredAccreditation();
        if (required != null && !location.accreditations().contains(required)) {
            throw BookingRefusal.unprocessable("NOT_ACCREDITED", location.name() + " is not accredited for "
                    + treatment.plugin().descriptor().name().en() + " (needs '" + required + "').");
        }
        Screening screening = screenings.screen(actor, patient, treatment, locationId);
        if (screening.outcome() == ScreeningOutcome.BLOCKED) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CONTRAINDICATED",
                    "Screening found a contraindication; this treatment cannot be booked for this patient.", List.of(),
                    Map.of("screeningId", screening.id(), "findings", screening.findings()));
        }
        String clearanceJson = null;
        if (screening.outcome() == ScreeningOutcome.NEEDS_CLEARANCE) {
            clearanceJson = checkClearance(actor, clearance, screening,
                    firstStart.atZone(location.timezone()).toLocalDate());
        }
        return new Prepared(patientId, treatment, location, screening, clearanceJson);
    }

    private String checkClearance(StaffIdentity actor, BookingRequest.Clearance clearance, Screening screening,
                                  LocalDate day) {
        if (clearance == null || clearance.practitionerId() == null || clearance.note() == null
                || clearance.note().isBlank()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CLEARANCE_REQUIRED",
                    "Screening needs a physician's documented clearance: send clearance {practitionerId, note}.",
                    List.of(), Map.of("screeningId", screening.id(), "findings", screening.findings()));
        }
        Practitioner physician = jdbi.withHandle(handle -> handle.attach(PractitionerDao.class)
                .find(actor.tenantId(), clearance.practitionerId()).map(Practitioners::fromRow)).orElse(null);
        if (physician == null || !physician.active() || !physician.qualifiedFor(java.util.Set.of(Credential.PHYSICIAN),
                day)) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CLEARANCE_REQUIRED",
                    "A clearance must come from a physician of this clinic chain with a valid licence.", List.of(),
                    Map.of("screeningId", screening.id()));
        }
        if (clearance.note().length() > 2000) {
            throw DomainException.invalid("clearance.note", "must be at most 2000 characters");
        }
        return JsonColumns.write(Map.of("practitionerId", physician.id(), "note", clearance.note().strip(),
                "screeningId", screening.id()));
    }

    private Quote quote(Prepared prepared, int sessions) {
        // Priced in the location's currency: a chain charges SAR in Riyadh and AED in Dubai.
        return invoker.quote(prepared.treatment().plugin(), new QuoteRequest(sessions, Map.of(),
                prepared.treatment().settings().priceSettings(prepared.location().currency())));
    }

    /** A practitioner, a room and the times they are taken for. */
    private record Slot(Instant start, Instant end, Instant roomFreeAt, Practitioner practitioner, Room room) {
    }

    private BookedAppointment place(Handle handle, StaffIdentity actor, Prepared prepared, Instant start,
                                    String practitionerId, String roomId, String courseId, int sessionNumber,
                                    long price, long deposit) {
        String id = Ids.newId();
        Slot slot = choose(handle, actor, prepared, start, practitionerId, roomId, id);
        checkPrerequisites(handle, actor, prepared, start);
        List<ReservedConsumable> held = reserve(handle, actor, prepared, slot, id);
        Instant now = clock.instant();
        Appointment appointment = new Appointment(actor.tenantId(), id, prepared.patientId(),
                prepared.treatment().plugin().id(), prepared.treatment().plugin().version(),
                prepared.location().id(), slot.practitioner().id(), slot.room().id(), courseId, sessionNumber,
                slot.start(), slot.end(), slot.roomFreeAt(), AppointmentStatus.BOOKED,
                prepared.location().currency(), price, deposit,
                prepared.screening() == null ? null : prepared.screening().id(), prepared.clearanceJson(), null, null,
                actor.actorId(), now, now, 0);
        handle.attach(AppointmentDao.class).insert(appointment);
        audit.record(handle, actor, "appointment.booked", "appointment", id, Map.of("treatmentId",
                appointment.treatmentId(), "start", start.toString(), "practitionerId", appointment.practitionerId(),
                "roomId", appointment.roomId()));
        return new BookedAppointment(appointment, held);
    }

    private List<ReservedConsumable> reserve(Handle handle, StaffIdentity actor, Prepared prepared, Slot slot,
                                             String appointmentId) {
        LocalDate day = slot.start().atZone(prepared.location().timezone()).toLocalDate();
        return StockReservations.reserve(handle, actor.tenantId(), prepared.location().id(), appointmentId, day,
                prepared.protocol().consumablesPerSession(), clock.instant());
    }

    private void checkPrerequisites(Handle handle, StaffIdentity actor, Prepared prepared, Instant start) {
        if (!prepared.protocol().prerequisites().contains(Prerequisites.PATCH_TEST)) {
            return;
        }
        Optional<PatchTest> latest = handle.attach(PatchTestDao.class).forPatient(actor.tenantId(), prepared.patientId())
                .stream()
                .filter(test -> test.treatmentId().equals(prepared.treatment().plugin().id()))
                .filter(test -> test.performedAt().isBefore(start))
                .findFirst();
        if (latest.isEmpty() || latest.get().reaction()) {
            throw BookingRefusal.unprocessable("PREREQUISITE_MISSING", latest.isEmpty()
                    ? "A patch test without reaction must be recorded before the first session."
                    : "The latest patch test showed a reaction; the treatment cannot be booked.");
        }
    }

    /**
     * Picks (or checks) a practitioner and a room for the slot, under row locks. Refusals say why:
     * outside opening hours, no qualified practitioner, no suitable room, or taken.
     */
    private Slot choose(Handle handle, StaffIdentity actor, Prepared prepared, Instant start, String practitionerId,
                        String roomId, String excludeAppointmentId) {
        TreatmentProtocol protocol = prepared.protocol();
        Location location = prepared.location();
        Instant end = start.plus(Duration.ofMinutes(protocol.sessionMinutes()));
        ZonedDateTime localStart = start.atZone(location.timezone());
        ZonedDateTime localEnd = end.atZone(location.timezone());
        LocalDate day = localStart.toLocalDate();
        if (!start.isAfter(clock.instant())) {
            throw BookingRefusal.unprocessable("IN_THE_PAST", "Appointments can only be booked in the future.");
        }
        if (!localEnd.toLocalDate().equals(day) || location.hoursOn(day).stream()
                .noneMatch(hours -> hours.contains(localStart.toLocalTime(), localEnd.toLocalTime()))) {
            throw BookingRefusal.unprocessable("OUTSIDE_HOURS", location.name() + " is not open for the whole of "
                    + localStart.toLocalTime() + " to " + localEnd.toLocalTime() + " on " + day + ".");
        }

        List<Practitioner> candidates = practitionerId != null
                ? List.of(Practitioners.find(handle, actor.tenantId(), practitionerId))
                : handle.attach(PractitionerDao.class).list(actor.tenantId(), null, 10_000).stream()
                .map(Practitioners::fromRow).toList();
        List<Practitioner> qualified = candidates.stream().filter(Practitioner::active)
                .filter(p -> p.qualifiedFor(protocol.requiredCredentials(), day)).toList();
        if (qualified.isEmpty()) {
            throw BookingRefusal.unprocessable("CREDENTIAL_MISSING", "No " + (practitionerId != null ? "chosen " : "")
                    + "practitioner holds a valid " + protocol.requiredCredentials() + " licence on " + day + ".");
        }
        List<Practitioner> onShift = qualified.stream().filter(p -> p.schedule().stream().anyMatch(shift ->
                shift.locationId().equals(location.id()) && shift.day() == day.getDayOfWeek()
                        && shift.hours().contains(localStart.toLocalTime(), localEnd.toLocalTime()))).toList();
        if (onShift.isEmpty()) {
            throw BookingRefusal.unprocessable("OUTSIDE_HOURS", "No qualified practitioner works at "
                    + location.name() + " then.");
        }

        List<Room> rooms = roomId != null
                ? List.of(Rooms.find(handle, actor.tenantId(), roomId))
                : handle.attach(RoomDao.class).list(actor.tenantId(), location.id(), null, 10_000).stream()
                .map(Rooms::fromRow).toList();
        List<Room> suitable = rooms.stream().filter(Room::active)
                .filter(room -> room.locationId().equals(location.id()))
                .filter(room -> room.equipment().containsAll(protocol.requiredEquipment()))
                .sorted(Comparator.comparing(Room::id)).toList();
        if (suitable.isEmpty()) {
            throw BookingRefusal.unprocessable("ROOM_UNSUITABLE", "No active room at " + location.name()
                    + " has " + protocol.requiredEquipment() + ".");
        }

        AppointmentDao dao = handle.attach(AppointmentDao.class);
        dao.lockPractitioners(actor.tenantId(), onShift.stream().map(Practitioner::id).sorted().toList());
        dao.lockRooms(actor.tenantId(), suitable.stream().map(Room::id).toList());
        Instant since = start.minus(LONGEST_SESSION);
        Practitioner free = onShift.stream().sorted(Comparator.comparing(Practitioner::id))
                .filter(p -> dao.practitionerClashes(actor.tenantId(), p.id(), since, start, end,
                        excludeAppointmentId) == 0)
                .filter(p -> dao.timeOffClashes(actor.tenantId(), p.id(), start, end) == 0)
                .findFirst()
                .orElseThrow(() -> BookingRefusal.slotTaken("The practitioner is no longer free then."));
        for (Room room : suitable) {
            Instant freeAt = end.plus(Duration.ofMinutes(room.turnoverMinutes()));
            if (dao.roomClashes(actor.tenantId(), room.id(), since, start, freeAt, excludeAppointmentId) == 0) {
                return new Slot(start, end, freeAt, free, room);
            }
        }
        throw BookingRefusal.slotTaken("No suitable room is free then (turnover included).");
    }

    private static Map<String, Object> withSession(Map<String, Object> extensions, int session, Instant start) {
        Map<String, Object> merged = new java.util.HashMap<>(extensions);
        merged.put("session", session);
        merged.put("sessionStart", start.toString());
        return merged;
    }

    /**
     * Runs a booking transaction at READ COMMITTED: the clash checks run after the row locks are
     * granted and must see what the previous lock holder committed, where REPEATABLE READ would
     * show the snapshot taken before the wait (a racing test booked 42 of 50 that way). Runs it
     * again when the database chose it as a deadlock victim (rolled back whole, so a retry is safe).
     */
    private <T> T inTransaction(Function<Handle, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
            } catch (UnableToExecuteStatementException e) {
                if (attempt >= DEADLOCK_RETRIES || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }
}
