package com.regimen.web.resources;

import com.regimen.core.payments.StripeOnboarding;
import com.regimen.web.api.StripeConnectView;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Stripe Connect onboarding for the clinic chain's owner. */
@Path("/stripe-connect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class StripeConnectResource {
    private final StripeOnboarding onboarding;

    public StripeConnectResource(StripeOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** Where Stripe sends the owner back: by default the front desk's settings. */
    public record LinkRequest(@Size(max = 2000) String returnUrl, @Size(max = 2000) String refreshUrl) {
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getStripeConnectStatus",
            summary = "This clinic chain's Stripe Connect state", description = "NOT_STARTED, ONBOARDING (the "
            + "account exists, Stripe has not enabled charges), CONNECTED (card payments go to it) or RESTRICTED "
            + "(Stripe disabled charges since).")
    public StripeConnectView status(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return StripeConnectView.of(onboarding.status(principal.identity()));
    }

    @POST
    @Path("onboarding-link")
    @Idempotent
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "createOnboardingLink",
            summary = "Start or continue Stripe's onboarding", description = "The platform creates the chain's "
            + "connected account on first use and answers a single-use link to Stripe-hosted onboarding. The "
            + "account becomes the chain's card account when Stripe enables charges (account.updated). {returnUrl?, "
            + "refreshUrl?}: absolute http(s) addresses, the front desk's by default. 503 PAYMENTS_NOT_CONFIGURED.",
            responses = @ApiResponse(responseCode = "201", description = "The link",
                    content = @Content(schema = @Schema(implementation = StripeConnectView.Link.class))))
    public Response link(@Parameter(hidden = true) @Auth StaffPrincipal principal, @Context UriInfo uri,
                         @Valid LinkRequest request) {
        String back = uri.getBaseUri().resolve("/?stripe-connect=return").toString();
        String again = uri.getBaseUri().resolve("/?stripe-connect=refresh").toString();
        StripeOnboarding.Link link = onboarding.start(principal.identity(),
                request == null || request.returnUrl() == null ? back : request.returnUrl(),
                request == null || request.refreshUrl() == null ? again : request.refreshUrl());
        return Response.status(Response.Status.CREATED).entity(StripeConnectView.Link.of(link)).build();
    }
}
