package com.regimen.web.api;

import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentStatus;
import com.regimen.core.terminal.ChargeState;
import com.regimen.core.terminal.ReaderCharges;
import com.regimen.core.terminal.Readers;
import com.regimen.core.terminal.TerminalCharge;
import com.regimen.core.terminal.TerminalLocation;
import com.regimen.core.terminal.TerminalReader;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Requests and answers of the card readers at the desk (Stripe Terminal). */
public final class TerminalViews {
    private TerminalViews() {
    }

    /** The address Stripe requires for a location's readers; {@code country} is ISO 3166 (SA, AE). */
    public record LocationAddress(@NotNull @Size(max = 200) String line1, @NotNull @Size(max = 100) String city,
                                  @Size(max = 20) String postalCode, @NotNull @Size(min = 2, max = 2) String country) {
    }

    public record TerminalLocationView(String locationId, String stripeLocationId, Instant createdAt) {
        public static TerminalLocationView of(TerminalLocation l) {
            return new TerminalLocationView(l.locationId(), l.stripeLocationId(), l.createdAt());
        }
    }

    public record NewReader(@NotNull String locationId, @NotNull @Size(max = 100) String registrationCode,
                            @NotNull @Size(max = 100) String label) {
    }

    public record ReaderName(@NotNull @Size(max = 100) String label) {
    }

    /** {@code status}: Stripe's online or offline, null when Stripe could not be asked just now. */
    public record ReaderView(String id, String locationId, String label,
                             @Schema(nullable = true) String deviceType,
                             @Schema(nullable = true) String serialNumber,
                             @Schema(nullable = true) String status, Instant createdAt, Instant updatedAt) {
        public static ReaderView of(TerminalReader r, String status) {
            return new ReaderView(r.id(), r.locationId(), r.label(), r.deviceType(), r.serialNumber(), status,
                    r.createdAt(), r.updatedAt());
        }

        public static ReaderView of(Readers.ListedReader r) {
            return of(r.reader(), r.status());
        }
    }

    /** {@code amount}: any part of what is due of {@code kind}, all of it when left out. */
    public record NewReaderPayment(@NotNull String readerId, @NotNull PaymentKind kind,
                                   @jakarta.validation.constraints.Min(1) Long amount) {
    }

    /** The card the reader read, for the receipt. */
    public record CardView(@Schema(nullable = true) String brand, @Schema(nullable = true) String last4,
                           @Schema(nullable = true) String readMethod) {
    }

    /**
     * A payment on a reader: {@code state} for the desk's screen, {@code paymentStatus} for the
     * ledger; {@code failureCode} and {@code failureMessage} when declined or cancelled; {@code card}
     * once paid.
     */
    public record ReaderPaymentView(String paymentId, String appointmentId, String readerId, ChargeState state,
                                    PaymentKind kind, PaymentStatus paymentStatus, Money amount,
                                    @Schema(nullable = true) String failureCode,
                                    @Schema(nullable = true) String failureMessage,
                                    @Schema(nullable = true) CardView card,
                                    String stripePaymentIntentId, Instant createdAt, Instant updatedAt) {
        public static ReaderPaymentView of(ReaderCharges.Live live) {
            TerminalCharge c = live.charge();
            var p = live.payment();
            CardView card = c.cardLast4() == null && c.cardBrand() == null ? null
                    : new CardView(c.cardBrand(), c.cardLast4(), c.readMethod());
            return new ReaderPaymentView(c.paymentId(), p.appointmentId(), c.readerId(), c.state(), p.kind(),
                    p.status(), new Money(p.amount(), p.currency()), c.failureCode(), c.failureMessage(), card,
                    c.stripePaymentIntentId(), c.createdAt(), c.updatedAt());
        }
    }
}
