package com.regimen.web.commands;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.payments.PaymentReconciliation;
import com.regimen.core.payments.Refunds;
import com.regimen.core.payments.StripeGateway;
import com.regimen.core.payments.StripeJavaGateway;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.config.StripeSettings;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import com.regimen.web.database.RegimenJdbi;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.time.Clock;
import java.util.List;

/**
 * {@code java -jar regimen.jar reconcile-payments config.yml}: one pass over every tenant, repairing
 * card payments whose webhooks were lost and sending again refunds Stripe never acknowledged. Meant
 * for cron (every few minutes is fine: a pass that finds nothing costs one query per tenant).
 */
public final class ReconcilePaymentsCommand extends ConfiguredCommand<RegimenConfiguration> {

    public ReconcilePaymentsCommand() {
        super("reconcile-payments", "Re-read unsettled card payments and refunds from Stripe and repair ours");
    }

    @Override
    protected void run(Bootstrap<RegimenConfiguration> bootstrap, Namespace namespace, RegimenConfiguration config)
            throws Exception {
        try {
            System.out.println(reconcileAll(config, bootstrap.getMetricRegistry()));
        } finally {
            config.getDatabaseLocator().stop();
        }
    }

    /** One pass over every tenant; answers the summary line the command prints. */
    public static String reconcileAll(RegimenConfiguration config, MetricRegistry metrics) throws Exception {
        StripeSettings settings = config.getStripe();
        if (settings.getSecretKey() == null || settings.getSecretKey().isBlank()) {
            return "No STRIPE_SECRET_KEY is configured: there is nothing to reconcile.";
        }
        ManagedDataSource dataSource = config.getDataSourceFactory().build(metrics, "reconcile");
        try {
            Jdbi jdbi = RegimenJdbi.configure(Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()),
                    java.time.Duration.ofMillis(config.getLimits().getStatementTimeout().toMilliseconds()));
            Clock clock = Clock.systemUTC();
            AuditTrail audit = new AuditTrail(jdbi, clock);
            StripeGateway stripe = new StripeJavaGateway(settings.getSecretKey(), settings.getApiBase());
            PaymentReconciliation reconciliation = new PaymentReconciliation(jdbi, clock, stripe,
                    new Refunds(jdbi, clock, stripe, audit), audit);
            // Payments on card readers whose result webhook was lost: the reader and the PaymentIntent say how they ended.
            com.stripe.StripeClient client = StripeJavaGateway.client(settings.getSecretKey(), settings.getApiBase());
            com.regimen.core.terminal.Readers readers = new com.regimen.core.terminal.Readers(jdbi, clock,
                    new com.regimen.core.terminal.StripeJavaTerminal(client), audit);
            com.regimen.core.terminal.ReaderCharges readerCharges = new com.regimen.core.terminal.ReaderCharges(jdbi,
                    clock, new com.regimen.core.payments.Payments(jdbi, clock, stripe, 0, audit), reconciliation, stripe,
                    new com.regimen.core.terminal.StripeJavaTerminal(client), readers, audit);
            int readerPayments = 0;
            int tenants = 0;
            int checked = 0;
            int repaired = 0;
            int resent = 0;
            String after = "";
            while (true) {
                String from = after;
                List<String> page = jdbi.withExtension(TenantDao.class, dao -> dao.idsAfter(from, 200));
                if (page.isEmpty()) {
                    break;
                }
                for (String tenantId : page) {
                    PaymentReconciliation.Report report = reconciliation.reconcileTenant(tenantId);
                    tenants++;
                    checked += report.paymentsChecked();
                    repaired += report.paymentsRepaired();
                    resent += report.refundsResent();
                    readerPayments += readerCharges.reconcileTenant(tenantId);
                }
                after = page.get(page.size() - 1);
            }
            return String.format("Reconciled %d tenants: %d payments checked, %d repaired, %d refunds sent again, "
                    + "%d reader payments ended.", tenants, checked, repaired, resent, readerPayments);
        } finally {
            dataSource.stop();
        }
    }
}
