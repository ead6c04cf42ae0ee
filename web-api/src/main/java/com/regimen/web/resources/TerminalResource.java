package com.regimen.web.resources;

import com.regimen.core.terminal.ReaderCharges;
import com.regimen.core.terminal.Readers;
import com.regimen.core.terminal.TerminalAddress;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.TerminalViews;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Card readers at the desk (Stripe Terminal, server-driven): set-up, and payments taken on them. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Card readers")
public class TerminalResource {
    private final Readers readers;
    private final ReaderCharges charges;

    public TerminalResource(Readers readers, ReaderCharges charges) {
        this.readers = readers;
        this.charges = charges;
    }

    @PUT
    @Path("terminal/locations/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "setUpTerminalLocation",
            summary = "Set up a location for card readers", description = "Makes the location's Stripe Terminal "
            + "Location on the chain's connected account, once; later calls answer the same. {line1, city, "
            + "postalCode?, country}. 422 STRIPE_ACCOUNT_MISSING before onboarding.")
    public TerminalViews.TerminalLocationView setUpLocation(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                            @PathParam("id") String id,
                                                            @NotNull @Valid TerminalViews.LocationAddress address) {
        return TerminalViews.TerminalLocationView.of(readers.setUpLocation(principal.identity(), id,
                new TerminalAddress(address.line1(), address.city(), address.postalCode(), address.country())));
    }

    @POST
    @Path("terminal/readers")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "registerReader",
            summary = "Register a card reader", description = "{locationId, registrationCode, label}: the code "
            + "the reader shows, at a location set up for readers (409 TERMINAL_LOCATION_MISSING). 422 "
            + "READER_REGISTRATION_REFUSED when Stripe does not accept the code.",
            responses = @ApiResponse(responseCode = "201", description = "The reader",
                    content = @Content(schema = @Schema(implementation = TerminalViews.ReaderView.class))))
    public Response register(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                             @NotNull @Valid TerminalViews.NewReader request) {
        var reader = readers.register(principal.identity(), request.locationId(), request.registrationCode(),
                request.label());
        return Response.status(Response.Status.CREATED).entity(TerminalViews.ReaderView.of(reader, null)).build();
    }

    @GET
    @Path("terminal/readers")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "listReaders",
            summary = "Card readers, with their status", description = "?locationId= for one location. status is "
            + "Stripe's online or offline, null when Stripe could not be asked. At most 500.")
    public ListResponse<TerminalViews.ReaderView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                        @QueryParam("locationId") String locationId) {
        return new ListResponse<>(readers.list(principal.identity(), locationId == null || locationId.isBlank()
                ? null : locationId).stream().map(TerminalViews.ReaderView::of).toList(), null);
    }

    @GET
    @Path("terminal/readers/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getReader", summary = "One card reader")
    public TerminalViews.ReaderView get(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                        @PathParam("id") String id) {
        return TerminalViews.ReaderView.of(readers.get(principal.identity(), id), null);
    }

    @PATCH
    @Path("terminal/readers/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "renameReader",
            summary = "Name a card reader", description = "{label}, like \"Front desk 1\"; Stripe's label follows.")
    public TerminalViews.ReaderView rename(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @PathParam("id") String id, @NotNull @Valid TerminalViews.ReaderName name) {
        return TerminalViews.ReaderView.of(readers.rename(principal.identity(), id, name.label()), null);
    }

    @POST
    @Path("appointments/{id}/reader-payments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "chargeOnReader",
            summary = "Take a payment on a card reader", description = "{readerId, kind: DEPOSIT|BALANCE|"
            + "NO_SHOW_FEE, amount?}: any part of what is due of that kind, all of it when left out, on a reader at "
            + "the appointment's location. The reader then asks for the card; poll GET /v1/reader-payments/{id} "
            + "until state is SUCCEEDED, DECLINED or CANCELED. 409 NOTHING_DUE, AMOUNT_EXCEEDS_DUE, READER_BUSY, "
            + "READER_UNAVAILABLE, READER_AT_ANOTHER_LOCATION.",
            responses = @ApiResponse(responseCode = "201", description = "Handed to the reader",
                    content = @Content(schema = @Schema(implementation = TerminalViews.ReaderPaymentView.class))))
    public Response charge(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                           @NotNull @Valid TerminalViews.NewReaderPayment request) {
        ReaderCharges.Live live = charges.charge(principal.identity(), id, request.readerId(), request.kind(),
                request.amount());
        return Response.status(Response.Status.CREATED).entity(TerminalViews.ReaderPaymentView.of(live)).build();
    }

    @GET
    @Path("reader-payments/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getReaderPayment",
            summary = "A payment on a reader, live", description = "WAITING_FOR_CARD, PROCESSING, SUCCEEDED (with "
            + "the card read: brand, last4, readMethod), DECLINED or CANCELED (with failureCode and failureMessage). "
            + "While open, the reader is asked again, so a lost webhook does not leave the desk waiting.")
    public TerminalViews.ReaderPaymentView state(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                 @PathParam("id") String id) {
        return TerminalViews.ReaderPaymentView.of(charges.state(principal.identity(), id));
    }

    @POST
    @Path("reader-payments/{id}/cancel")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "cancelReaderPayment",
            summary = "Cancel a payment on a reader", description = "Cancels the reader's action and the "
            + "PaymentIntent; nothing is taken and the amount stays due. A card read just before stays SUCCEEDED. "
            + "409 CHARGE_NOT_IN_PROGRESS once it has ended.")
    public TerminalViews.ReaderPaymentView cancel(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                  @PathParam("id") String id) {
        return TerminalViews.ReaderPaymentView.of(charges.cancel(principal.identity(), id));
    }
}
