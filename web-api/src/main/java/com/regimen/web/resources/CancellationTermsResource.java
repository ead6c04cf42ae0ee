package com.regimen.web.resources;

import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.CancellationPolicies;
import com.regimen.core.booking.CancellationTerms;
import com.regimen.web.api.CancellationTermsView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;

/** The fee a cancellation or no-show would keep, so the desk can say it before confirming. */
@Path("/appointments/{id}/cancellation-terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class CancellationTermsResource {
    private final AppointmentBook book;
    private final CancellationPolicies policies;
    private final Clock clock;

    public CancellationTermsResource(AppointmentBook book, CancellationPolicies policies, Clock clock) {
        this.book = book;
        this.policies = policies;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getCancellationTerms",
            summary = "What cancelling now or a no-show would cost", description = "Under the tenant's cancellation "
            + "policy (`GET /v1/settings/cancellation-policy`): free until `freeUntil`; later, `cancellationFeeNow`; "
            + "on a no-show, `noShowFee`. 404 for another tenant's id.")
    public CancellationTermsView get(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                     @PathParam("id") String id) {
        return CancellationTermsView.of(CancellationTerms.of(book.get(principal.identity(), id).appointment(),
                clock.instant(), policies.get(principal.identity())));
    }
}
