package com.regimen.core.invoicing;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens, in the same transaction, when money moves: the payment or refund goes into the
 * location's day book, a cash entry on a closed day is refused, and the tax invoice (per payment)
 * or credit note (per refund) is issued with the location's next number. Called by payments where
 * a payment or refund succeeds; each call is safe to repeat (a second call finds the entry and
 * does nothing).
 *
 * <p>Lock order: the caller's appointment and payment rows, then the location row, then the
 * number counter; nothing that holds the location row waits for an appointment or payment.
 */
public final class Bookkeeping {
    private static final String SUCCEEDED = "SUCCEEDED";
    private static final String CASH = "CASH";

    private Bookkeeping() {
    }

    /** A payment succeeded (cash at the desk, or a card Stripe confirmed). Nothing happens otherwise. */
    public static void paymentSettled(Handle handle, String tenantId, String paymentId) {
        SettledMoneyDao money = handle.attach(SettledMoneyDao.class);
        SettledMoneyDao.PaymentRow payment = money.payment(tenantId, paymentId).orElse(null);
        if (payment == null || !SUCCEEDED.equals(payment.status())) {
            return;
        }
        SettledMoneyDao.LocationRow location = money.lockLocation(tenantId, payment.locationId()).orElseThrow();
        LocalDate day = payment.at().atZone(ZoneId.of(location.timezone())).toLocalDate();
        if (handle.attach(DayBookDao.class).insert(tenantId, new DayBookEntry(Ids.newId(), location.id(), day,
                DayBookEntry.PAYMENT, paymentId, paymentId, payment.appointmentId(), payment.method(), payment.kind(),
                payment.currency(), payment.amount(), payment.at())) == 0) {
            return; // booked already
        }
        if (CASH.equals(payment.method())) {
            refuseIfClosed(handle, tenantId, location.id(), day);
        }
        Optional<TaxSettingsDao.Row> settings = handle.attach(TaxSettingsDao.class).find(tenantId, location.id());
        if (settings.isEmpty()) {
            return; // not registered for VAT: no tax invoice
        }
        TaxSettingsDao.Row seller = settings.get();
        TaxDocumentDao documents = handle.attach(TaxDocumentDao.class);
        long number = nextNumber(documents, tenantId, location.id(), TaxDocumentType.INVOICE);
        VatBreakdown vat = VatBreakdown.ofGross(payment.amount(), seller.vatRateBp());
        documents.insert(tenantId, new TaxDocument(Ids.newId(), TaxDocumentType.INVOICE, location.id(),
                TaxDocumentType.INVOICE.series(), number, paymentId, paymentId, payment.appointmentId(),
                payment.treatmentId(), payment.kind(), null, day, payment.at(), TaxCountry.valueOf(seller.country()),
                seller.sellerNameAr(), seller.sellerNameEn(), seller.vatNumber(), payment.currency(),
                seller.vatRateBp(), vat.net(), vat.vat(), vat.gross()));
    }

    /** A card payment Stripe reports settled, known by its PaymentIntent. */
    public static void intentSettled(Handle handle, String tenantId, String intentId) {
        handle.attach(SettledMoneyDao.class).paymentOfIntent(tenantId, intentId)
                .ifPresent(paymentId -> paymentSettled(handle, tenantId, paymentId));
    }

    /** A refund succeeded (cash handed back, or Stripe confirmed a card refund). Nothing happens otherwise. */
    public static void refundSettled(Handle handle, String tenantId, String refundId) {
        SettledMoneyDao money = handle.attach(SettledMoneyDao.class);
        SettledMoneyDao.RefundRow refund = money.refund(tenantId, refundId).orElse(null);
        if (refund == null || !SUCCEEDED.equals(refund.status())) {
            return;
        }
        SettledMoneyDao.LocationRow location = money.lockLocation(tenantId, refund.locationId()).orElseThrow();
        LocalDate day = refund.at().atZone(ZoneId.of(location.timezone())).toLocalDate();
        if (handle.attach(DayBookDao.class).insert(tenantId, new DayBookEntry(Ids.newId(), location.id(), day,
                DayBookEntry.REFUND, refundId, refund.paymentId(), refund.appointmentId(), refund.method(),
                refund.kind(), refund.currency(), refund.amount(), refund.at())) == 0) {
            return; // booked already
        }
        com.regimen.core.outbox.Outbox.refundSettled(handle, tenantId, refundId, refund.appointmentId(), refund.at());
        if (CASH.equals(refund.method())) {
            refuseIfClosed(handle, tenantId, location.id(), day);
        }
        TaxDocumentDao documents = handle.attach(TaxDocumentDao.class);
        Optional<TaxDocumentDao.Credited> credited = documents.lockInvoiceOf(tenantId, refund.paymentId());
        if (credited.isEmpty()) {
            return; // the payment had no tax invoice (taken before the location registered for VAT)
        }
        TaxDocument original = documents.invoiceOf(tenantId, refund.paymentId()).orElseThrow();
        // The note that completes the refund takes what is left of the invoice's VAT, so rounding each
        // note on its own can never credit more (or less) VAT than was invoiced.
        VatBreakdown vat = credited.get().gross() + refund.amount() == original.gross()
                ? VatBreakdown.withVat(refund.amount(), original.vat() - credited.get().vat(), original.vatRateBp())
                : VatBreakdown.ofGross(refund.amount(), original.vatRateBp());
        long number = nextNumber(documents, tenantId, location.id(), TaxDocumentType.CREDIT_NOTE);
        documents.insert(tenantId, new TaxDocument(Ids.newId(), TaxDocumentType.CREDIT_NOTE, location.id(),
                TaxDocumentType.CREDIT_NOTE.series(), number, refundId, refund.paymentId(), refund.appointmentId(),
                refund.treatmentId(), refund.kind(), original.id(), day, refund.at(), original.country(),
                original.sellerNameAr(), original.sellerNameEn(), original.vatNumber(), refund.currency(),
                original.vatRateBp(), vat.net(), vat.vat(), vat.gross()));
        documents.credit(tenantId, original.id(), vat.gross(), vat.vat());
    }

    /**
     * Card refunds of a payment that Stripe has confirmed (webhooks, the sender, reconciliation): each
     * one not yet booked is booked. Cash refunds are booked where they are made, never here.
     */
    public static void cardRefundsSettled(Handle handle, String tenantId, String paymentId) {
        SettledMoneyDao money = handle.attach(SettledMoneyDao.class);
        for (String refundId : money.succeededRefunds(tenantId, paymentId)) {
            if (money.refund(tenantId, refundId).filter(r -> !CASH.equals(r.method())).isPresent()) {
                refundSettled(handle, tenantId, refundId);
            }
        }
    }

    private static void refuseIfClosed(Handle handle, String tenantId, String locationId, LocalDate day) {
        if (handle.attach(DayCloseDao.class).closedNow(tenantId, locationId, day) > 0) {
            throw new DomainException(ErrorKind.CONFLICT, "DAY_CLOSED",
                    "The day " + day + " is closed at this location: no cash can be taken or handed back on it.",
                    List.of(), Map.of("businessDate", day.toString()));
        }
    }

    /** The series' next number, under the counter row's lock: gapless, since a rollback undoes the advance. */
    private static long nextNumber(TaxDocumentDao documents, String tenantId, String locationId,
                                   TaxDocumentType type) {
        Optional<Long> last = documents.lockCounter(tenantId, locationId, type.series());
        if (last.isEmpty()) {
            // Saving tax settings makes the counters; this is for a location whose settings predate that.
            // Safe without a race: the caller holds the location row, which every issuer locks first.
            documents.startCounter(tenantId, locationId, type.series(), 1);
            return 1;
        }
        long next = last.get() + 1;
        if (documents.advanceCounter(tenantId, locationId, type.series(), next) != 1) {
            throw new IllegalStateException("The counter moved under its lock");
        }
        return next;
    }
}
