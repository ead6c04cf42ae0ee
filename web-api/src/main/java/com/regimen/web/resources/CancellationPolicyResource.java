package com.regimen.web.resources;

import com.regimen.core.booking.CancellationPolicies;
import com.regimen.web.api.CancellationPolicyView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/settings/cancellation-policy")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class CancellationPolicyResource {
    private final CancellationPolicies policies;

    public CancellationPolicyResource(CancellationPolicies policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getCancellationPolicy",
            summary = "The chain's cancellation policy", description = "Defaults: free until 24 hours before "
            + "the start; later the deposit is kept as the late-cancel fee; a no-show keeps the deposit too.")
    public CancellationPolicyView get(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return CancellationPolicyView.of(policies.get(principal.identity()));
    }

    @PUT
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "updateCancellationPolicy",
            summary = "Change the cancellation policy", description = "freeCancellationHours 0 to 720; each fee "
            + "NONE, DEPOSIT or PERCENT_OF_PRICE (with its percent, 1 to 100). Applies to appointments cancelled "
            + "or missed from now on; the fee is kept from what was paid, never more than the discounted price.")
    public CancellationPolicyView update(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                         @NotNull @Valid CancellationPolicyView request) {
        return CancellationPolicyView.of(policies.update(principal.identity(), request.toPolicy()));
    }
}
