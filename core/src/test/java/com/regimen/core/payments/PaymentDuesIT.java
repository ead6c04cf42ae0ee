package com.regimen.core.payments;

import com.regimen.core.errors.DomainException;
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

/** Recording payments and what is still due, below HTTP, on real MariaDB (cash: this server has no Stripe key). */
class PaymentDuesIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ExecutorService PLUGIN_THREADS = CoreClinic.pluginThreads();
    private static final CoreClinic.Services SERVICES = CoreClinic.Services.on(DB, Clock.systemUTC(), PLUGIN_THREADS);
    private static final Payments PAYMENTS = SERVICES.payments();

    @AfterAll
    static void stopPluginThreads() {
        PLUGIN_THREADS.shutdown();
    }

    private record Booked(CoreClinic clinic, String appointment) {
    }

    private static Booked booked() {
        CoreClinic clinic = SERVICES.openClinic();
        return new Booked(clinic, clinic.book(clinic.patient(), SUNDAY_10AM, null).appointment().id());
    }

    private static Payment cash(Booked b, PaymentKind kind, Long amount, Long tendered) {
        return PAYMENTS.take(b.clinic().owner(), b.appointment(),
                new Payments.PaymentRequest(kind, PaymentMethod.CASH, amount, tendered, false)).payment();
    }

    private static long payments(Booked b) {
        return DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ?",
                b.clinic().tenantId(), b.appointment());
    }

    @Test
    void aDepositThenPartsOfTheBalanceSettleWhatIsOwed() {
        Booked b = booked();
        PaymentLedger before = PAYMENTS.ledger(b.clinic().owner(), b.appointment());
        assertThat(before.owed()).isEqualTo(100_000);
        assertThat(before.due()).isEqualTo(new Dues.Due(20_000, 80_000, 0, 100_000));

        assertThat(cash(b, PaymentKind.DEPOSIT, null, null).amount()).as("20% of 1,000.00").isEqualTo(20_000);
        assertThatThrownBy(() -> cash(b, PaymentKind.DEPOSIT, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_DUE"));
        Payment part = cash(b, PaymentKind.BALANCE, 30_000L, 50_000L);
        assertThat(part.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(part.changeGiven()).as("tendered 500.00 for 300.00").isEqualTo(20_000);

        PaymentLedger middle = PAYMENTS.ledger(b.clinic().owner(), b.appointment());
        assertThat(middle.paid()).isEqualTo(50_000);
        assertThat(middle.outstanding()).isEqualTo(50_000);
        assertThat(middle.due().total()).isEqualTo(50_000);

        assertThat(cash(b, PaymentKind.BALANCE, null, null).amount()).as("the rest").isEqualTo(50_000);
        PaymentLedger settled = PAYMENTS.ledger(b.clinic().owner(), b.appointment());
        assertThat(settled.paid()).isEqualTo(100_000);
        assertThat(settled.outstanding()).isZero();
        assertThat(settled.due().total()).isZero();
        assertThat(settled.payments()).hasSize(3);
        assertThat(payments(b)).isEqualTo(3);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'payment.created'", b.clinic().tenantId(), b.appointment())).isEqualTo(3);
    }

    @Test
    void moreThanIsDueAndCardsWithoutStripeAreRefusedAndWriteNothing() {
        Booked b = booked();
        assertThatThrownBy(() -> cash(b, PaymentKind.BALANCE, 100_001L, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("AMOUNT_EXCEEDS_DUE"));
        assertThatThrownBy(() -> PAYMENTS.take(b.clinic().owner(), b.appointment(),
                Payments.PaymentRequest.allDue(PaymentKind.DEPOSIT, PaymentMethod.CARD)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PAYMENTS_NOT_CONFIGURED"));
        assertThat(payments(b)).isZero();
        assertThat(PAYMENTS.ledger(b.clinic().owner(), b.appointment()).due().total()).isEqualTo(100_000);
    }

    @Test
    void racingPaymentsNeverTakeMoreThanIsOwed() throws Exception {
        Booked b = booked();
        int desks = 8;
        int taken = Race.winners(desks, () -> {
            try {
                cash(b, PaymentKind.BALANCE, 30_000L, null);
                return true;
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo("AMOUNT_EXCEEDS_DUE");
                return false;
            }
        });

        assertThat(taken).as("three of 300.00 fit in 1,000.00, a fourth does not").isEqualTo(3);
        assertThat(payments(b)).isEqualTo(3);
        assertThat(PAYMENTS.ledger(b.clinic().owner(), b.appointment()).paid()).isEqualTo(90_000);
    }

    @Test
    void anotherClinicChainsAppointmentIsNotFound() {
        Booked b = booked();
        CoreClinic other = SERVICES.openClinic();
        assertThatThrownBy(() -> PAYMENTS.ledger(other.owner(), b.appointment()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> PAYMENTS.take(other.owner(), b.appointment(),
                Payments.PaymentRequest.allDue(PaymentKind.DEPOSIT, PaymentMethod.CASH)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThat(payments(b)).isZero();
    }
}
