package com.regimen.web.resources;

import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentMethod;
import com.regimen.core.payments.PaymentReconciliation;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    private final PaymentReconciliation reconciliation;
    private final StripeWebhooks webhooks;

    private final String publishableKey;

    /** @param publishableKey Stripe's public key for Stripe.js in the UI; blank when not configured */
    public PaymentResource(Payments payments, PaymentReconciliation reconciliation, StripeWebhooks webhooks,
                           String publishableKey) {
        this.publishableKey = publishableKey == null ? "" : publishableKey;
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.webhooks = webhooks;
    }

    /**
     * {@code amount}: any part of what is due of that kind (all of it when left out); {@code tendered}: cash
     * only, what the patient handed over (the change is recorded); {@code cardOnFile}: charge the patient's
     * saved card now, without them (no-show fees, later sessions).
     */
    public record TakePayment(@NotNull PaymentKind kind, @NotNull PaymentMethod method, @Min(1) Long amount,
                              @Min(1) Long tendered, Boolean cardOnFile) {
    }

    public record PaymentSettingsRequest(@NotNull @Size(max = 64) String stripeAccountId) {
    }

    @GET
    @Path("payment-settings")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getPaymentSettings",
            summary = "This clinic chain's Stripe Connect account", description = "With the platform's "
            + "publishable key for Stripe.js (empty when card payments are not configured).")
    public Map<String, Object> settings(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(payments.settings(principal.identity()));
        settings.put("stripePublishableKey", publishableKey);
        return settings;
    }

    @PUT
    @Path("payment-settings")
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "updatePaymentSettings",
            summary = "Connect a Stripe account", description = "Every card call carries it as Stripe-Account.")
    public Map<String, Object> updateSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @NotNull @Valid PaymentSettingsRequest request) {
        payments.setStripeAccount(principal.identity(), request.stripeAccountId());
        return settings(principal);
    }

    @POST
    @Path("appointments/{id}/payments")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "takePayment",
            summary = "Take a payment", description = "{kind: DEPOSIT|BALANCE|NO_SHOW_FEE, method: CARD|CASH, "
            + "amount?, tendered?, cardOnFile?}. "
            + "The amount is any part of what is due of that kind (the ledger's due; BALANCE may take all of "
            + "due.total), all of it when left out: take several to split cash and card. Cash may record what "
            + "was tendered; the change is recorded with it. Card: a PaymentIntent on the tenant's connected "
            + "account, with the client secret to confirm it; it counts against what is due from the moment it "
            + "is made. 503 PAYMENTS_NOT_CONFIGURED without a Stripe key. 409 NOTHING_DUE, AMOUNT_EXCEEDS_DUE "
            + "(with due).")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentView.class)))
    public Response take(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                         @NotNull @Valid TakePayment request) {
        Payments.Taken taken = payments.take(principal.identity(), id, new Payments.PaymentRequest(request.kind(),
                request.method(), request.amount(), request.tendered(), Boolean.TRUE.equals(request.cardOnFile())));
        return Response.status(Response.Status.CREATED)
                .entity(PaymentView.of(taken.payment(), taken.clientSecret())).build();
    }

    @GET
    @Path("appointments/{id}/payments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getAppointmentLedger",
            summary = "An appointment's payments ledger", description = "Price, discount, what it owes now, "
            + "what is due by kind (due: deposit, balance, fees, total), paid, refunded, balance outstanding, "
            + "refund due, and each payment (cash with tendered and change) and refund.")
    public PaymentView.Ledger ledger(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                     @PathParam("id") String id) {
        return PaymentView.Ledger.of(payments.ledger(principal.identity(), id));
    }

    @GET
    @Path("courses/{id}/payments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getCourseLedger",
            summary = "A course's payments ledger", description = "The sums over its sessions, and each "
            + "session's ledger.")
    public PaymentView.CourseLedger courseLedger(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                 @PathParam("id") String id) {
        return PaymentView.CourseLedger.of(payments.courseLedger(principal.identity(), id));
    }

    @POST
    @Path("payments/{id}/reconcile")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "reconcilePayment",
            summary = "Re-read a card payment from Stripe and repair ours", description = "For a webhook that "
            + "was lost or late: moves the payment and its refunds forward only, learns refunds made in Stripe's "
            + "dashboard, and sends again the refunds Stripe never acknowledged, with their stored keys.")
    public PaymentView reconcile(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return PaymentView.of(reconciliation.reconcile(principal.identity(), id), null);
    }

    @POST
    @Path("webhooks/stripe")
    @PublicEndpoint
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "receiveStripeWebhook",
            summary = "Stripe's events", description = "Verified by Stripe-Signature on the raw body (400 "
            + "INVALID_SIGNATURE); each event applied once. payment_intent.*, setup_intent.succeeded, "
            + "charge.refunded and refund.* are acted on; anything else answers IGNORED.")
    public Map<String, String> webhook(@HeaderParam("Stripe-Signature") String signature,
                                       @RequestBody(description = "Stripe's event, as Stripe signed it",
                                               content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                       schema = @Schema(type = "object"))) String payload) {
        return Map.of("outcome", webhooks.receive(payload == null ? "" : payload, signature).name());
    }
}
