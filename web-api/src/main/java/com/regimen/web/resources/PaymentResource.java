package com.regimen.web.resources;

import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentMethod;
import com.regimen.core.payments.Payments;
import com.regimen.core.payments.StripeWebhooks;
import com.regimen.web.api.PaymentView;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {
    private final Payments payments;
    private final StripeWebhooks webhooks;

    public PaymentResource(Payments payments, StripeWebhooks webhooks) {
        this.payments = payments;
        this.webhooks = webhooks;
    }

    /** {@code cardOnFile}: charge the patient's saved card now, without them (no-show fees, later sessions). */
    public record TakePayment(@NotNull PaymentKind kind, @NotNull PaymentMethod method, Boolean cardOnFile) {
    }

    public record RefundRequest(@Min(1) Long amount) {
    }

    public record PaymentSettingsRequest(@NotNull @Size(max = 64) String stripeAccountId) {
    }

    @GET
    @Path("payment-settings")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "This clinic chain's Stripe Connect account")
    public Map<String, Object> settings(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return payments.settings(principal.identity());
    }

    @PUT
    @Path("payment-settings")
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Connect a Stripe account", description = "Every card call carries it as Stripe-Account.")
    public Map<String, Object> updateSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @NotNull @Valid PaymentSettingsRequest request) {
        payments.setStripeAccount(principal.identity(), request.stripeAccountId());
        return payments.settings(principal.identity());
    }

    @POST
    @Path("appointments/{id}/payments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(summary = "Take a payment", description = "{kind: DEPOSIT|BALANCE|NO_SHOW_FEE, method: CARD|CASH, "
            + "cardOnFile?}. "
            + "The amount is what is due. Card: a PaymentIntent on the tenant's connected account, with the client "
            + "secret to confirm it; 503 PAYMENTS_NOT_CONFIGURED without a Stripe key. 409 NOTHING_DUE.")
    public Response take(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                         @NotNull @Valid TakePayment request) {
        Payments.Taken taken = payments.take(principal.identity(), id, request.kind(), request.method(),
                Boolean.TRUE.equals(request.cardOnFile()));
        return Response.status(Response.Status.CREATED)
                .entity(PaymentView.of(taken.payment(), taken.clientSecret())).build();
    }

    @GET
    @Path("appointments/{id}/payments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "An appointment's payments ledger", description = "Price, deposit due, paid, refunded, "
            + "balance outstanding, and each payment.")
    public PaymentView.Ledger ledger(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                     @PathParam("id") String id) {
        return PaymentView.Ledger.of(payments.ledger(principal.identity(), id));
    }

    @POST
    @Path("payments/{id}/refunds")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "Refund a payment", description = "{amount?}: all that is left when left out; never more "
            + "than was paid. Managers and owners only.")
    public PaymentView refund(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                              @Valid RefundRequest request) {
        return PaymentView.of(payments.refund(principal.identity(), id, request == null ? null : request.amount()),
                null);
    }

    @POST
    @Path("payments/{id}/reconcile")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "Re-read a card payment from Stripe and repair ours", description = "For a webhook that "
            + "was lost or late; moves the payment forward only.")
    public PaymentView reconcile(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return PaymentView.of(payments.reconcile(principal.identity(), id), null);
    }

    @POST
    @Path("webhooks/stripe")
    @PublicEndpoint
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stripe's events", description = "Verified by Stripe-Signature on the raw body (400 "
            + "INVALID_SIGNATURE); each event applied once.")
    public Map<String, String> webhook(@HeaderParam("Stripe-Signature") String signature, String payload) {
        return Map.of("outcome", webhooks.receive(payload == null ? "" : payload, signature).name());
    }
}
