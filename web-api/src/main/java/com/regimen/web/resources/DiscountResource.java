package com.regimen.web.resources;

import com.regimen.core.discounts.DiscountRuleForm;
import com.regimen.core.discounts.DiscountRules;
import com.regimen.core.payments.Discounting;
import com.regimen.web.api.DiscountRuleView;
import com.regimen.web.api.PaymentView;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class DiscountResource {
    private final DiscountRules rules;
    private final Discounting discounting;

    public DiscountResource(DiscountRules rules, Discounting discounting) {
        this.rules = rules;
        this.discounting = discounting;
    }

    public record ApplyDiscount(@NotNull @Size(max = 64) String ruleId, @NotNull @Size(max = 500) String reason) {
    }

    @POST
    @Path("discounts")
    @Idempotent
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "createDiscountRule",
            summary = "Define a discount rule", description = "{name, kind: PERCENT|FIXED, percent? (1-100), "
            + "amount? and currency? (FIXED, minor units), treatmentId? (all treatments when left out), active?}")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiscountRuleView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull DiscountRuleForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(DiscountRuleView.of(rules.create(principal.identity(), form))).build();
    }

    @GET
    @Path("discounts")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "listDiscountRules",
            summary = "The discount rules", description = "Active and inactive, oldest first; at most 500.")
    public List<DiscountRuleView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return rules.all(principal.identity()).stream().map(DiscountRuleView::of).toList();
    }

    @GET
    @Path("discounts/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getDiscountRule", summary = "One discount rule")
    public DiscountRuleView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return DiscountRuleView.of(rules.get(principal.identity(), id));
    }

    @PUT
    @Path("discounts/{id}")
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "updateDiscountRule",
            summary = "Replace a discount rule", description = "Discounts it already gave keep their amount.")
    public DiscountRuleView update(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id, @NotNull DiscountRuleForm form) {
        return DiscountRuleView.of(rules.update(principal.identity(), id, form));
    }

    @DELETE
    @Path("discounts/{id}")
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "deactivateDiscountRule",
            summary = "Deactivate a discount rule", description = "Kept, because applied discounts name it; "
            + "it can no longer be applied. Repeating it is harmless.")
    public DiscountRuleView deactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @PathParam("id") String id) {
        return DiscountRuleView.of(rules.deactivate(principal.identity(), id));
    }

    @POST
    @Path("appointments/{id}/discount")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "applyDiscount",
            summary = "Apply a discount to an appointment", description = "{ruleId, reason}: one per "
            + "appointment, audited; answers the ledger with what is owed and due now. 409 ALREADY_DISCOUNTED, "
            + "DISCOUNT_EXCEEDS_UNPAID (more is paid than the discounted price: refund first), "
            + "DISCOUNT_NOT_APPLICABLE (cancelled or missed); 422 DISCOUNT_NOT_APPLICABLE (inactive rule, another "
            + "treatment or currency).")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentView.Ledger.class)))
    public Response apply(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                          @NotNull @Valid ApplyDiscount request) {
        return Response.status(Response.Status.CREATED).entity(PaymentView.Ledger.of(discounting.apply(
                principal.identity(), id, request.ruleId(), request.reason()))).build();
    }
}
