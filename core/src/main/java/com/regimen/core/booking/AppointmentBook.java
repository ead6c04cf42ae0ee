package com.regimen.core.booking;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.inventory.ReservedConsumable;
import com.regimen.core.inventory.StockReservations;
import com.regimen.core.outbox.Outbox;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/**
 * The appointment book. Every path passes the same clinical gate ({@link Eligibility}) before its
 * transaction and confirms inside it that nothing the gate relied on changed; the slot is chosen
 * under locks by {@link SlotAllocation} with the rules availability shares ({@link ResourceRules});
 * what happens after booking is {@link AppointmentLifecycle}'s. Nothing is checked only before the
 * transaction.
 */
public final class AppointmentBook {
    /** No session is longer than this; overlap queries use it as the lower bound of an index range. */
    static final Duration LONGEST_SESSION = Duration.ofHours(10);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginInvoker invoker;
    private final Eligibility eligibility;
    private final SlotAllocation slots;
    private final AppointmentLifecycle lifecycle;
    private final AuditTrail audit;
    private final ListPrices listPrices;

    /** @param listPrices what a patient owes for a list price at a location (VAT on top where prices exclude it) */
    public AppointmentBook(Jdbi jdbi, Clock clock, PluginInvoker invoker, Eligibility eligibility, AuditTrail audit,
                           ListPrices listPrices) {
        this.listPrices = listPrices;
        this.jdbi = jdbi;
        this.clock = clock;
        this.invoker = invoker;
        this.eligibility = eligibility;
        this.slots = new SlotAllocation(clock);
        this.audit = audit;
        this.lifecycle = new AppointmentLifecycle(jdbi, clock, eligibility, audit, this::inTransaction);
    }

    public BookedAppointment book(StaffIdentity actor, BookingRequest request) {
        // One connection for the early refusal and the gate: the gate's own withHandle gets this one.
        Eligibility.Admission admission = jdbi.withHandle(handle -> {
            if (request.practitionerId() != null) {
                slots.refuseIfTakenAtStart(handle, actor.tenantId(), request.practitionerId(), request.start());
            }
            return eligibility.admitToBook(actor, request.patientId(), request.treatmentId(), request.locationId(),
                    request.start());
        });
        Quote quote = quote(admission, admission.protocol().minSessions());
        long price = quote.perSession();
        long deposit = quote.total() == 0 ? 0 : quote.deposit() * price / quote.total();
        return inTransaction(handle -> {
            eligibility.stillHolds(handle, actor.tenantId(), admission);
            eligibility.keepScreening(handle, actor, admission);
            return place(handle, actor, admission, request.start(), request.practitionerId(), request.roomId(), null,
                    1, price, deposit);
        });
    }

    /** Books every session of a course, each the protocol's interval after the last, all or none. */
    public List<BookedAppointment> bookCourse(StaffIdentity actor, String patientId, String treatmentId,
                                              String locationId, int sessions, Instant firstStart,
                                              String practitionerId) {
        // Screened as of the first session: a rule like "in the last 6 months" is strictest on the earliest day.
        Eligibility.Admission admission = eligibility.admitToBook(actor, patientId, treatmentId, locationId,
                firstStart);
        Quote quote = quote(admission, sessions);
        long perSession = quote.total() / sessions;
        long depositPerSession = quote.deposit() / sessions;
        String courseId = Ids.newId();
        return inTransaction(handle -> {
            eligibility.stillHolds(handle, actor.tenantId(), admission);
            eligibility.keepScreening(handle, actor, admission);
            handle.attach(AppointmentDao.class).insertCourse(actor.tenantId(), courseId, patientId, treatmentId,
                    locationId, sessions, actor.actorId(), clock.instant());
            List<BookedAppointment> booked = new ArrayList<>();
            ZonedDateTime first = firstStart.atZone(admission.location().timezone());
            for (int i = 0; i < sessions; i++) {
                // Same local time every interval, whatever the clocks do in between.
                Instant start = first.plusDays((long) i * admission.protocol().minIntervalDays()).toInstant();
                // The first session carries the rounding remainders, so the sessions add up to the quote.
                long price = perSession + (i == 0 ? quote.total() - perSession * sessions : 0);
                long deposit = depositPerSession + (i == 0 ? quote.deposit() - depositPerSession * sessions : 0);
                try {
                    booked.add(place(handle, actor, admission, start, practitionerId, null, courseId, i + 1, price,
                            deposit));
                } catch (DomainException e) {
                    throw new DomainException(e.kind(), e.code(), "Session " + (i + 1) + " of " + sessions + " ("
                            + start.atZone(admission.location().timezone()).toLocalDateTime() + "): "
                            + e.getMessage() + " Nothing was booked.", e.fieldErrors(),
                            withSession(e.extensions(), i + 1, start));
                }
            }
            audit.record(handle, actor, "course.booked", "course", courseId, Map.of("sessions", sessions,
                    "treatmentId", treatmentId));
            return booked;
        });
    }

    /**
     * Through the whole gate again, as it stands now: the latest intake is re-screened, the
     * location must still be accredited and the practitioner licensed on the new day.
     */
    public BookedAppointment reschedule(StaffIdentity actor, String appointmentId, Instant newStart,
                                        String practitionerId, String roomId) {
        Appointment booked = lifecycle.bookedOnly(actor, appointmentId, AppointmentStatus.BOOKED);
        Eligibility.Admission admission = eligibility.readmit(actor, booked, newStart);
        return inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment current = dao.lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            if (current.status() != AppointmentStatus.BOOKED) {
                throw BookingRefusal.invalidTransition(current.status(), AppointmentStatus.BOOKED);
            }
            eligibility.stillHolds(handle, actor.tenantId(), admission);
            SlotAllocation.Slot slot = slots.choose(handle, actor.tenantId(), admission.protocol(),
                    admission.location(), newStart, practitionerId == null ? current.practitionerId() : practitionerId,
                    roomId, appointmentId);
            eligibility.requirePatchTest(handle, actor.tenantId(), admission, newStart);
            eligibility.requireClearanceOn(admission, newStart);
            List<ReservedConsumable> held = slots.reserve(handle, actor.tenantId(), admission.location(),
                    admission.protocol(), slot, appointmentId);
            if (dao.move(actor.tenantId(), appointmentId, current.version(), slot.start(), slot.end(), slot.roomFreeAt(),
                    slot.practitioner().id(), slot.room().id(), clock.instant()) != 1) {
                throw BookingRefusal.invalidTransition(current.status(), AppointmentStatus.BOOKED);
            }
            AppointmentLifecycle.recordGate(handle, actor, current, admission);
            audit.record(handle, actor, "appointment.rescheduled", "appointment", appointmentId,
                    Map.of("from", current.startsAt().toString(), "to", newStart.toString()));
            Outbox.rescheduled(handle, actor.tenantId(), current.patientId(), appointmentId, slot.start(), clock.instant());
            return new BookedAppointment(dao.find(actor.tenantId(), appointmentId).orElseThrow(), held);
        });
    }

    public Appointment checkIn(StaffIdentity actor, String appointmentId) {
        return lifecycle.checkIn(actor, appointmentId);
    }

    /** Re-screens a booked or checked-in appointment's patient now; see {@link AppointmentLifecycle#review}. */
    public Appointment review(StaffIdentity actor, String appointmentId) {
        return lifecycle.review(actor, appointmentId);
    }

    public Appointment complete(StaffIdentity actor, String appointmentId) {
        return lifecycle.complete(actor, appointmentId);
    }

    public Appointment noShow(StaffIdentity actor, String appointmentId) {
        return lifecycle.noShow(actor, appointmentId);
    }

    public Appointment cancel(StaffIdentity actor, String appointmentId, String reason) {
        return lifecycle.cancel(actor, appointmentId, reason);
    }

    /** Refused, with nothing written, when the fee cancelling now keeps exceeds {@code feeAccepted}. */
    public Appointment cancel(StaffIdentity actor, String appointmentId, String reason, long feeAccepted) {
        return lifecycle.cancel(actor, appointmentId, reason, feeAccepted);
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

    private Quote quote(Eligibility.Admission admission, int sessions) {
        // Priced in the location's currency: a chain charges SAR in Riyadh and AED in Dubai.
        return invoker.quote(admission.treatment().plugin(), new QuoteRequest(sessions, Map.of(),
                admission.treatment().settings().priceSettings(admission.location().currency())));
    }

    private BookedAppointment place(Handle handle, StaffIdentity actor, Eligibility.Admission admission, Instant start,
                                    String practitionerId, String roomId, String courseId, int sessionNumber,
                                    long listPrice, long listDeposit) {
        String id = Ids.newId();
        LongUnaryOperator payable = listPrices.at(handle, actor.tenantId(), admission.location().id());
        long price = payable.applyAsLong(listPrice);
        long deposit = payable.applyAsLong(listDeposit);
        SlotAllocation.Slot slot = slots.choose(handle, actor.tenantId(), admission.protocol(), admission.location(),
                start, practitionerId, roomId, id);
        eligibility.requirePatchTest(handle, actor.tenantId(), admission, start);
        eligibility.requireClearanceOn(admission, start);
        List<ReservedConsumable> held = slots.reserveForNew(handle, actor.tenantId(), admission.location(),
                admission.protocol(), slot, id);
        Instant now = clock.instant();
        Appointment appointment = new Appointment(actor.tenantId(), id, admission.patientId(),
                admission.treatment().plugin().id(), admission.treatment().plugin().version(),
                admission.location().id(), slot.practitioner().id(), slot.room().id(), courseId, sessionNumber,
                slot.start(), slot.end(), slot.roomFreeAt(), AppointmentStatus.BOOKED,
                admission.location().currency(), price, deposit, admission.screening().id(), null, null,
                null, actor.actorId(), now, now, 0);
        handle.attach(AppointmentDao.class).insert(appointment);
        Outbox.booked(handle, actor.tenantId(), admission.patientId(), id, slot.start(), now);
        if (admission.clearance() != null) {
            // The row was inserted with its screening; only a clearance still needs writing beside it.
            AppointmentLifecycle.recordGate(handle, actor, appointment, admission);
        }
        audit.record(handle, actor, "appointment.booked", "appointment", id, admission.clearance() == null
                ? Map.of("treatmentId", appointment.treatmentId(), "start", start.toString(),
                "practitionerId", appointment.practitionerId(), "roomId", appointment.roomId())
                : Map.of("treatmentId", appointment.treatmentId(), "start", start.toString(),
                "practitionerId", appointment.practitionerId(), "roomId", appointment.roomId(),
                "clearanceId", admission.clearanceId()));
        return new BookedAppointment(appointment, held);
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
     * show the snapshot taken before the wait (a racing test booked 42 of 50 that way). A deadlock
     * victim is run again by the Jdbi's {@link com.regimen.core.database.TransactionRetry}.
     */
    private <T> T inTransaction(Function<Handle, T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
    }
}
