package com.regimen.web.resources;

import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.BookingRequest;
import com.regimen.core.payments.Cancellations;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.web.api.AppointmentView;
import com.regimen.web.api.BookingRequests;
import com.regimen.web.api.ListResponse;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class AppointmentResource {
    private final AppointmentBook book;
    private final Cancellations cancellations;

    public AppointmentResource(AppointmentBook book, Cancellations cancellations) {
        this.book = book;
        this.cancellations = cancellations;
    }

    private static BookingRequest.Clearance clearance(BookingRequests.Clearance c) {
        return c == null ? null : new BookingRequest.Clearance(c.practitionerId(), c.note());
    }

    @POST
    @Path("appointments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Book an appointment", description = "409 SLOT_TAKEN, OUT_OF_STOCK; 422 CONTRAINDICATED "
            + "(with findings), CLEARANCE_REQUIRED, PREREQUISITE_MISSING, CREDENTIAL_MISSING, NOT_ACCREDITED, "
            + "OUTSIDE_HOURS, ROOM_UNSUITABLE, IN_THE_PAST, TREATMENT_NOT_ENABLED.")
    public Response book(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                         @NotNull @Valid BookingRequests.NewAppointment r) {
        var booked = book.book(principal.identity(), new BookingRequest(r.patientId(), r.treatmentId(),
                r.locationId(), r.start(), r.practitionerId(), r.roomId(), clearance(r.clearance())));
        return Response.status(Response.Status.CREATED).entity(AppointmentView.of(booked)).build();
    }

    /** A course and its appointments. */
    public record CourseView(String courseId, List<AppointmentView> appointments) {
    }

    @POST
    @Path("courses")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Book a whole course", description = "Sessions at the same local time, the protocol's "
            + "interval apart; all or none. A refusal names the session (`session`, `sessionStart`).")
    public Response bookCourse(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                               @NotNull @Valid BookingRequests.NewCourse r) {
        var booked = book.bookCourse(principal.identity(), r.patientId(), r.treatmentId(), r.locationId(),
                r.sessions(), r.firstStart(), r.practitionerId(), clearance(r.clearance()));
        return Response.status(Response.Status.CREATED).entity(new CourseView(
                booked.get(0).appointment().courseId(), booked.stream().map(AppointmentView::of).toList())).build();
    }

    @GET
    @Path("appointments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "A location's appointments between two instants (the calendar)")
    public ListResponse<AppointmentView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @QueryParam("locationId") String locationId,
                                              @QueryParam("from") String from, @QueryParam("to") String to) {
        if (locationId == null) {
            throw DomainException.invalid("locationId", "is required");
        }
        return new ListResponse<>(book.atLocation(principal.identity(), locationId, instant("from", from),
                instant("to", to)).stream().map(a -> AppointmentView.of(a, List.of())).toList(), null);
    }

    @GET
    @Path("appointments/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "An appointment, with the stock it holds")
    public AppointmentView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return AppointmentView.of(book.get(principal.identity(), id));
    }

    @POST
    @Path("appointments/{id}/reschedule")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Move a booked appointment", description = "Same checks as booking; the stock is "
            + "re-reserved for the new day. Keeps the practitioner unless another is named.")
    public AppointmentView reschedule(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                      @PathParam("id") String id, @NotNull @Valid BookingRequests.Reschedule r) {
        return AppointmentView.of(book.reschedule(principal.identity(), id, r.start(), r.practitionerId(), r.roomId()));
    }

    @POST
    @Path("appointments/{id}/cancel")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Cancel", description = "Releases the stock. Free until 24 hours before; later the "
            + "deposit becomes the cancellation fee. Card payments beyond the fee are refunded at once (see the "
            + "appointment's payments ledger); cash beyond it shows there as refundDue.")
    public AppointmentView cancel(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id, @Valid BookingRequests.Cancel r) {
        return AppointmentView.of(cancellations.cancel(principal.identity(), id, r == null ? null : r.reason())
                .appointment(), List.of());
    }

    @POST
    @Path("appointments/{id}/check-in")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Check the patient in")
    public AppointmentView checkIn(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id) {
        return AppointmentView.of(book.checkIn(principal.identity(), id), List.of());
    }

    @POST
    @Path("appointments/{id}/complete")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Complete", description = "Uses up the held stock (ledger rows naming appointment and lot).")
    public AppointmentView complete(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id) {
        return AppointmentView.of(book.complete(principal.identity(), id), List.of());
    }

    @POST
    @Path("appointments/{id}/no-show")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Mark a no-show", description = "Releases the stock; the deposit is the no-show fee. "
            + "Card payments beyond it are refunded at once.")
    public AppointmentView noShow(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id) {
        return AppointmentView.of(cancellations.noShow(principal.identity(), id).appointment(), List.of());
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
