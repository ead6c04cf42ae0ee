package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.database.SqlErrorMessages;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.PaymentsServer;
import com.regimen.web.testing.PaymentsServer.Booked;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestRegimenApplication;
import com.codahale.metrics.MetricRegistry;
import com.regimen.web.commands.ReconcilePaymentsCommand;
import com.regimen.core.database.TransactionRetry;
import com.regimen.core.wiring.CoreDaos;
import com.regimen.web.RegimenApplication;
import com.regimen.web.commands.CommandServices;
import com.regimen.web.wiring.RegimenServices;
import com.codahale.metrics.jdbi3.InstrumentedSqlLogger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.regimen.web.testing.PaymentsServer.STRIPE;
import static com.regimen.web.testing.PaymentsServer.api;
import static com.regimen.web.testing.PaymentsServer.booked;
import static com.regimen.web.testing.PaymentsServer.ledger;
import static com.regimen.web.testing.PaymentsServer.pay;
import static com.regimen.web.testing.PaymentsServer.succeed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation: repairing a payment whose webhook never came, and the reconcile-payments command sending
 * again a refund Stripe could not take.
 */
@ExtendWith({DropwizardExtensionsSupport.class, PaymentsServer.class})
class ReconciliationIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = PaymentsServer.APP;

    @Test
    void reconciliationRepairsAPaymentWhoseWebhookNeverCame() {
        Booked b = booked("acct_1GlowClinicE");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        STRIPE.setIntentStatus(deposit.text("stripePaymentIntentId"), "succeeded");
        Reply repaired = api().post("/payments/" + deposit.text("id") + "/reconcile", b.clinic().key(), "{}");
        assertThat(repaired.status()).as(repaired.toString()).isEqualTo(200);
        assertThat(repaired.text("status")).isEqualTo("SUCCEEDED");
        FakeStripe.Request read = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.stripeAccount()).isEqualTo("acct_1GlowClinicE");
    }

    @Test
    void aRefundStripeCannotTakeNowIsSentAgainWithTheSameKeyByTheReconciliationCommand() throws Exception {
        Booked b = booked("acct_1GlowClinicJ");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        succeed(deposit, "acct_1GlowClinicJ");
        int before = STRIPE.requests().size();
        STRIPE.failNext(3);
        Reply refund = api().post("/payments/" + deposit.text("id") + "/refunds", b.clinic().key(), "{}");
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        assertThat(refund.text("status")).as("recorded, not yet sent").isEqualTo("PENDING");
        assertThat(refund.json().get("stripeRefundId").isNull()).isTrue();
        assertThat(ledger(b).get("refunded").get("amount").asLong()).as("counted while pending").isEqualTo(20_000);
        String key = STRIPE.requests().get(before).idempotencyKey();
        assertThat(key).isEqualTo(refund.text("id"));

        String summary = ReconcilePaymentsCommand.reconcileAll(APP.getConfiguration(), new MetricRegistry(),
                TestRegimenApplication.CLOCK);
        assertThat(summary).contains("1 refunds sent again");
        List<FakeStripe.Request> creates = STRIPE.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/refunds")).toList();
        assertThat(creates.subList(creates.size() - 4, creates.size())).extracting(FakeStripe.Request::idempotencyKey)
                .as("three failed attempts and the resend, one key").containsOnly(key);
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunds").get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ledger.get("refunded").get("amount").asLong()).isEqualTo(20_000);
        assertThat(ReconcilePaymentsCommand.reconcileAll(APP.getConfiguration(), new MetricRegistry(),
                TestRegimenApplication.CLOCK))
                .as("a second pass has nothing to do").contains("0 refunds sent again");
    }

    @Test
    void theCommandRunsOnTheServersOwnWiring() throws Exception {
        RegimenServices server = APP.<RegimenApplication>getApplication().services();
        try (CommandServices command = CommandServices.open(APP.getConfiguration(), new MetricRegistry(),
                TestRegimenApplication.CLOCK)) {
            assertThat(command.services().jdbi()).isNotSameAs(server.jdbi());
            for (Jdbi jdbi : List.of(server.jdbi(), command.services().jdbi())) {
                assertThat(jdbi.getConfig(StatementExceptions.class).getMessageRendering())
                        .as("bound values (hashes, patients' details) stay out of SQL error logs")
                        .isSameAs(SqlErrorMessages.WITHOUT_VALUES);
                assertThat(jdbi.getTransactionHandler()).isInstanceOf(TransactionRetry.class);
                assertThat(jdbi.getConfig(SqlStatements.class).getQueryTimeout()).isEqualTo((int) Math.max(1,
                        APP.getConfiguration().getLimits().getStatementTimeout().toSeconds()));
                assertThat(jdbi.getConfig(SqlStatements.class).getSqlLogger()).isInstanceOf(InstrumentedSqlLogger.class);
                // Preloaded on the Jdbi: a handle's copy of the configuration finds the very same metadata.
                Extensions extensions = jdbi.getConfig(Extensions.class);
                var factory = extensions.findFactory(SqlObjectFactory.class).orElseThrow();
                for (Class<?> dao : CoreDaos.ALL) {
                    var onAHandle = extensions.createCopy().findMetadata(dao, factory);
                    assertThat(onAHandle).as(dao.getSimpleName()).isSameAs(extensions.findMetadata(dao, factory));
                }
            }
            assertThat(command.services().plugins().all()).extracting(p -> p.id())
                    .containsExactlyInAnyOrderElementsOf(server.plugins().all().stream().map(p -> p.id()).toList());
        }
    }
}
