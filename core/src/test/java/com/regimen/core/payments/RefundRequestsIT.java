package com.regimen.core.payments;

import com.regimen.core.errors.DomainException;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.testing.CoreClinic;
import com.regimen.core.testing.Race;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import static com.regimen.core.testing.CoreClinic.SUNDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The staff's side of refunds below HTTP, on real MariaDB: asking, approving, declining, never too much. */
class RefundRequestsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ExecutorService PLUGIN_THREADS = CoreClinic.pluginThreads();
    private static final CoreClinic.Services SERVICES = CoreClinic.Services.on(DB, Clock.systemUTC(), PLUGIN_THREADS);
    private static final Refunds REFUNDS = SERVICES.refunds();

    @AfterAll
    static void stopPluginThreads() {
        PLUGIN_THREADS.shutdown();
    }

    private record Paid(CoreClinic clinic, String appointment, String payment) {
    }

    /** A booked session whose 200.00 deposit was paid in cash. */
    private static Paid paidDeposit() {
        CoreClinic clinic = SERVICES.openClinic();
        String appointment = clinic.book(clinic.patient(), SUNDAY_10AM, null).appointment().id();
        String payment = SERVICES.payments().take(clinic.owner(), appointment,
                Payments.PaymentRequest.allDue(PaymentKind.DEPOSIT, PaymentMethod.CASH)).payment().id();
        return new Paid(clinic, appointment, payment);
    }

    private static long refunded(Paid p) {
        return SERVICES.payments().ledger(p.clinic().owner(), p.appointment()).refunded();
    }

    private static void refusedWith(String code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aRefundNeverExceedsWhatIsLeftOfThePayment() {
        Paid p = paidDeposit();
        Refund part = REFUNDS.request(p.clinic().owner(), p.payment(), 5_000L);
        assertThat(part.status()).as("cash, by an owner").isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(part.amount()).isEqualTo(5_000);

        refusedWith("VALIDATION_FAILED", () -> REFUNDS.request(p.clinic().owner(), p.payment(), 15_001L));
        assertThat(REFUNDS.request(p.clinic().owner(), p.payment(), null).amount()).as("the rest").isEqualTo(15_000);
        refusedWith("NOT_REFUNDABLE", () -> REFUNDS.request(p.clinic().owner(), p.payment(), null));

        assertThat(refunded(p)).isEqualTo(20_000);
        assertThat(DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ?", p.clinic().tenantId()))
                .isEqualTo(2);
        assertThat(DB.count("SELECT refunded FROM payments WHERE tenant_id = ? AND id = ?", p.clinic().tenantId(),
                p.payment())).isEqualTo(20_000);
    }

    @Test
    void beyondThePolicyTheDeskWaitsForAManagerWhoApproves() {
        Paid p = paidDeposit();
        StaffIdentity desk = p.clinic().staff(Role.FRONT_DESK);
        StaffIdentity manager = p.clinic().staff(Role.MANAGER);

        Refund asked = REFUNDS.request(desk, p.payment(), 2_000L);
        assertThat(asked.status()).as("the session still goes ahead: nothing is due back")
                .isEqualTo(RefundStatus.AWAITING_APPROVAL);
        assertThat(refunded(p)).isZero();
        assertThat(REFUNDS.withStatus(manager, RefundStatus.AWAITING_APPROVAL)).extracting(Refund::id)
                .containsExactly(asked.id());
        refusedWith("VALIDATION_FAILED", () -> REFUNDS.request(desk, p.payment(), 18_001L));

        Refund approved = REFUNDS.approve(manager, asked.id());
        assertThat(approved.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(approved.approvedBy()).isEqualTo(manager.actorId());
        assertThat(refunded(p)).isEqualTo(2_000);
        refusedWith("NOT_AWAITING_APPROVAL", () -> REFUNDS.approve(manager, asked.id()));
        assertThat(REFUNDS.withStatus(manager, RefundStatus.AWAITING_APPROVAL)).isEmpty();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action IN "
                + "('refund.requested', 'refund.approved')", p.clinic().tenantId())).isEqualTo(2);
    }

    @Test
    void aDeclinedRefundReturnsNothing() {
        Paid p = paidDeposit();
        StaffIdentity manager = p.clinic().staff(Role.MANAGER);
        Refund asked = REFUNDS.request(p.clinic().staff(Role.FRONT_DESK), p.payment(), 2_000L);

        assertThat(REFUNDS.decline(manager, asked.id()).status()).isEqualTo(RefundStatus.DECLINED);
        assertThat(refunded(p)).isZero();
        refusedWith("NOT_AWAITING_APPROVAL", () -> REFUNDS.approve(manager, asked.id()));
        refusedWith("NOT_AWAITING_APPROVAL", () -> REFUNDS.decline(manager, asked.id()));
        assertThat(REFUNDS.withStatus(manager, RefundStatus.DECLINED)).hasSize(1);
        assertThat(REFUNDS.request(p.clinic().owner(), p.payment(), null).amount())
                .as("a declined request holds nothing back").isEqualTo(20_000);
    }

    @Test
    void racingRefundsNeverReturnMoreThanWasPaid() throws Exception {
        Paid p = paidDeposit();
        int desks = 8;
        int made = Race.winners(desks, () -> {
            try {
                REFUNDS.request(p.clinic().owner(), p.payment(), 5_000L);
                return true;
            } catch (DomainException e) {
                assertThat(e.code()).isIn("NOT_REFUNDABLE", "VALIDATION_FAILED");
                return false;
            }
        });

        assertThat(made).as("four of 50.00 in a 200.00 deposit").isEqualTo(4);
        assertThat(DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ?", p.clinic().tenantId()))
                .isEqualTo(4);
        assertThat(refunded(p)).isEqualTo(20_000);
    }

    @Test
    void anotherClinicChainsPaymentsAndRefundsAreNotFound() {
        Paid p = paidDeposit();
        Refund asked = REFUNDS.request(p.clinic().staff(Role.FRONT_DESK), p.payment(), 1_000L);
        CoreClinic other = SERVICES.openClinic();

        refusedWith("NOT_FOUND", () -> REFUNDS.request(other.owner(), p.payment(), null));
        refusedWith("NOT_FOUND", () -> REFUNDS.get(other.owner(), asked.id()));
        refusedWith("NOT_FOUND", () -> REFUNDS.approve(other.owner(), asked.id()));
        refusedWith("NOT_FOUND", () -> REFUNDS.decline(other.owner(), asked.id()));
        assertThat(REFUNDS.withStatus(other.owner(), RefundStatus.AWAITING_APPROVAL)).isEmpty();
        assertThat(REFUNDS.get(p.clinic().owner(), asked.id()).status()).isEqualTo(RefundStatus.AWAITING_APPROVAL);
    }
}
