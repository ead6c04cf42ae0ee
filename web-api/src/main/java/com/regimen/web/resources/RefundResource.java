package com.regimen.web.resources;

import com.regimen.core.errors.DomainException;
import com.regimen.core.payments.Refund;
import com.regimen.core.payments.RefundStatus;
import com.regimen.core.payments.Refunds;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.RefundView;
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
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Refunds: asking for one on a payment, the managers' queue, approving and declining. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class RefundResource {
    private final Refunds refunds;

    public RefundResource(Refunds refunds) {
        this.refunds = refunds;
    }

    public record RefundRequest(@Min(1) Long amount) {
    }

    @POST
    @Path("payments/{id}/refunds")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "requestRefund",
            summary = "Refund a payment", description = "{amount?}: all that is left when left out; never more "
            + "than was paid. Within what the cancellation policy returns (the ledger's refundDue) it goes ahead; "
            + "more than that from front-desk staff waits for a manager (status AWAITING_APPROVAL). A card refund "
            + "Stripe cannot take now stays PENDING and is sent again, with the same key, by reconciliation.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RefundView.class)))
    public Response refund(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                           @Valid RefundRequest request) {
        Refund refund = refunds.request(principal.identity(), id, request == null ? null : request.amount());
        return Response.status(Response.Status.CREATED).entity(RefundView.of(refund)).build();
    }

    @GET
    @Path("refunds")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "listRefunds",
            summary = "Refunds in one state", description = "?status=AWAITING_APPROVAL (the default) is the "
            + "managers' queue; PENDING are those Stripe has not settled. At most 500, oldest first.")
    public ListResponse<RefundView> refunds(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                            @QueryParam("status") String status) {
        RefundStatus wanted = status == null || status.isBlank() ? RefundStatus.AWAITING_APPROVAL
                : parseStatus(status);
        return new ListResponse<>(refunds.withStatus(principal.identity(), wanted).stream().map(RefundView::of)
                .toList(), null);
    }

    @GET
    @Path("refunds/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getRefund", summary = "One refund")
    public RefundView refundById(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                 @PathParam("id") String id) {
        return RefundView.of(refunds.get(principal.identity(), id));
    }

    @POST
    @Path("refunds/{id}/approve")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "approveRefund",
            summary = "Approve a refund awaiting approval", description = "Sends it (card) or records it "
            + "(cash). 409 NOT_AWAITING_APPROVAL.")
    public RefundView approve(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return RefundView.of(refunds.approve(principal.identity(), id));
    }

    @POST
    @Path("refunds/{id}/decline")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "declineRefund",
            summary = "Decline a refund awaiting approval", description = "409 NOT_AWAITING_APPROVAL.")
    public RefundView decline(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return RefundView.of(refunds.decline(principal.identity(), id));
    }

    private static RefundStatus parseStatus(String status) {
        try {
            return RefundStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "must be one of " + java.util.Arrays.toString(RefundStatus.values()));
        }
    }
}
