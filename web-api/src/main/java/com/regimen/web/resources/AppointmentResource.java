package com.regimen.web.resources;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.BookedAppointment;
import com.regimen.core.booking.BookingRequest;
import com.regimen.core.booking.ClinicalState;
import com.regimen.core.booking.ClinicalStates;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.inventory.ReservedConsumable;
import com.regimen.core.payments.Cancellations;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.core.consent.CareSheets;
import com.regimen.web.api.AppointmentView;
import com.regimen.web.api.ConsentViews;
import com.regimen.web.api.BookingRequests;
import com.regimen.web.api.ListResponse;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class AppointmentResource {
    private final AppointmentBook book;
    private final Cancellations cancellations;
    private final ClinicalStates clinicalStates;
    private final CareSheets careSheets;

    public AppointmentResource(AppointmentBook book, Cancellations cancellations, ClinicalStates clinicalStates,
                               CareSheets careSheets) {
        this.book = book;
        this.cancellations = cancellations;
        this.clinicalStates = clinicalStates;
        this.careSheets = careSheets;
    }

    /** The old booking-body clearance let anyone name any physician; a clearance is now a physician's own record. */
    private static void refuseBodyClearance(Object clearance) {
        if (clearance != null) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CLEARANCE_NOT_ACCEPTED", "A booking no longer carries "
                    + "a clearance: a physician records it with POST /v1/patients/{id}/clearances, and booking uses it.");
        }
    }

    private AppointmentView view(StaffPrincipal principal, BookedAppointment booked) {
        return view(principal, booked.appointment(), booked.reservedConsumables());
    }

    private AppointmentView view(StaffPrincipal principal, Appointment a, List<ReservedConsumable> held) {
        return AppointmentView.of(a, held, clinicalStates.of(principal.identity(), List.of(a)).get(a.id()));
    }

    @POST
    @Path("appointments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "bookAppointment",
            summary = "Book an appointment", description = "Passes the clinical gate (docs/api.md, Clinical "
            + "gates). 409 SLOT_TAKEN, OUT_OF_STOCK, INTAKE_CHANGED; 422 CONTRAINDICATED (with findings), "
            + "CLEARANCE_REQUIRED (a physician's clearance must cover the findings), INTAKE_STALE, "
            + "PREREQUISITE_MISSING, CREDENTIAL_MISSING, NOT_ACCREDITED, OUTSIDE_HOURS, ROOM_UNSUITABLE, IN_THE_PAST, "
            + "TREATMENT_NOT_ENABLED, CLEARANCE_NOT_ACCEPTED.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentView.class)))
    public Response book(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                         @NotNull @Valid BookingRequests.NewAppointment r) {
        refuseBodyClearance(r.clearance());
        var booked = book.book(principal.identity(), new BookingRequest(r.patientId(), r.treatmentId(),
                r.locationId(), r.start(), r.practitionerId(), r.roomId()));
        return Response.status(Response.Status.CREATED).entity(view(principal, booked)).build();
    }

    /** A course and its appointments. */
    public record CourseView(String courseId, List<AppointmentView> appointments) {
    }

    @POST
    @Path("courses")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "bookCourse",
            summary = "Book a whole course", description = "Sessions at the same local time, the protocol's "
            + "interval apart; all or none. A refusal names the session (`session`, `sessionStart`). The clinical "
            + "gate is passed now and again at each session's check-in.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CourseView.class)))
    public Response bookCourse(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                               @NotNull @Valid BookingRequests.NewCourse r) {
        refuseBodyClearance(r.clearance());
        var booked = book.bookCourse(principal.identity(), r.patientId(), r.treatmentId(), r.locationId(),
                r.sessions(), r.firstStart(), r.practitionerId());
        Map<String, ClinicalState> states = clinicalStates.of(principal.identity(),
                booked.stream().map(BookedAppointment::appointment).toList());
        return Response.status(Response.Status.CREATED).entity(new CourseView(
                booked.get(0).appointment().courseId(), booked.stream().map(b -> AppointmentView.of(b,
                        states.get(b.appointment().id()))).toList())).build();
    }

    @GET
    @Path("appointments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listAppointments",
            summary = "A location's appointments between two instants (the calendar)", description = "Each "
            + "with needsReview (newer intake answers than its last screening) and its clearance state.")
    public ListResponse<AppointmentView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @QueryParam("locationId") String locationId,
                                              @QueryParam("from") String from, @QueryParam("to") String to) {
        if (locationId == null) {
            throw DomainException.invalid("locationId", "is required");
        }
        List<Appointment> found = book.atLocation(principal.identity(), locationId, instant("from", from),
                instant("to", to));
        Map<String, ClinicalState> states = clinicalStates.of(principal.identity(), found);
        return new ListResponse<>(found.stream().map(a -> AppointmentView.of(a, List.of(), states.get(a.id())))
                .toList(), null);
    }

    @GET
    @Path("appointments/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getAppointment",
            summary = "An appointment, with the stock it holds, its review flag and clearance state",
            description = "And `careInstructions`: the treatment's pre-care and after-care in the patient's language.")
    public AppointmentView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        BookedAppointment booked = book.get(principal.identity(), id);
        return view(principal, booked).withCare(ConsentViews.Care.of(careSheets.forPatient(principal.identity(),
                booked.appointment().patientId(), booked.appointment().treatmentId())));
    }

    @POST
    @Path("appointments/{id}/reschedule")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "rescheduleAppointment",
            summary = "Move a booked appointment", description = "The same clinical gate as booking, on the "
            + "latest intake (422 CONTRAINDICATED, CLEARANCE_REQUIRED, INTAKE_STALE, NOT_ACCREDITED, "
            + "CREDENTIAL_MISSING, ...); the stock is re-reserved for the new day. Keeps the practitioner unless "
            + "another is named.")
    public AppointmentView reschedule(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                      @PathParam("id") String id, @NotNull @Valid BookingRequests.Reschedule r) {
        return view(principal, book.reschedule(principal.identity(), id, r.start(), r.practitionerId(), r.roomId()));
    }

    @POST
    @Path("appointments/{id}/cancel")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "cancelAppointment",
            summary = "Cancel", description = "Releases the stock. Free within the cancellation policy's "
            + "free-cancellation window (docs/api.md, Booking rules); later the deposit becomes the cancellation "
            + "fee. Card payments beyond the fee are refunded at once (see the appointment's payments ledger); "
            + "cash beyond it shows there as refundDue.")
    public AppointmentView cancel(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id, @Valid BookingRequests.Cancel r) {
        return view(principal, cancellations.cancel(principal.identity(), id, r == null ? null : r.reason())
                .appointment(), List.of());
    }

    @POST
    @Path("appointments/{id}/check-in")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "checkInAppointment",
            summary = "Check the patient in", description = "Re-screens the latest intake first: 422 "
            + "CONTRAINDICATED, CLEARANCE_REQUIRED, INTAKE_STALE, NOT_ACCREDITED, CREDENTIAL_MISSING, "
            + "PREREQUISITE_MISSING, CONSENT_REQUIRED (the patient has not signed the treatment's consent at its "
            + "current version). Every session of a course is checked at its own check-in.")
    public AppointmentView checkIn(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id) {
        return view(principal, book.checkIn(principal.identity(), id), List.of());
    }

    @POST
    @Path("appointments/{id}/review")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "reviewAppointment",
            summary = "Re-screen a booked appointment now", description = "After new intake answers or a new "
            + "clearance: passes the clinical gate on the latest intake and clears needsReview, or refuses with the "
            + "gate's 422 (the appointment stays as it is).")
    public AppointmentView review(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id) {
        return view(principal, book.review(principal.identity(), id), List.of());
    }

    @POST
    @Path("appointments/{id}/complete")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "completeAppointment",
            summary = "Complete", description = "Uses up the held stock (ledger rows naming appointment and lot).")
    public AppointmentView complete(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id) {
        return view(principal, book.complete(principal.identity(), id), List.of());
    }

    @POST
    @Path("appointments/{id}/no-show")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "markNoShow",
            summary = "Mark a no-show", description = "Releases the stock; the deposit is the no-show fee. "
            + "Card payments beyond it are refunded at once.")
    public AppointmentView noShow(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id) {
        return view(principal, cancellations.noShow(principal.identity(), id).appointment(), List.of());
    }

    static Instant instant(String field, String text) {
        if (text == null) {
            throw DomainException.invalid(field, "is required");
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 instant like 2026-12-01T07:00:00Z");
        }
        return StorableDates.check(field, parsed);
    }
}
