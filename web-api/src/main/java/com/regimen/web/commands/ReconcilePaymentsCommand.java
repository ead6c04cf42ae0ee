package com.regimen.web.commands;

import com.codahale.metrics.MetricRegistry;
import com.regimen.core.payments.PaymentReconciliation;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.config.StripeSettings;
import com.regimen.web.wiring.RegimenServices;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code java -jar regimen.jar reconcile-payments config.yml}: one pass over every tenant, repairing
 * card payments whose webhooks were lost and sending again refunds Stripe never acknowledged. Meant
 * for cron (every few minutes is fine: a pass that finds nothing costs one query per tenant).
 */
public final class ReconcilePaymentsCommand extends ConfiguredCommand<RegimenConfiguration> {
    private final Supplier<Clock> clock;

    /** @param clock the application's clock, so the command and the server read the same time */
    public ReconcilePaymentsCommand(Supplier<Clock> clock) {
        super("reconcile-payments", "Re-read unsettled card payments and refunds from Stripe and repair ours");
        this.clock = clock;
    }

    @Override
    protected void run(Bootstrap<RegimenConfiguration> bootstrap, Namespace namespace, RegimenConfiguration config)
            throws Exception {
        try {
            System.out.println(reconcileAll(config, bootstrap.getMetricRegistry(), clock.get()));
        } finally {
            config.getDatabaseLocator().stop();
        }
    }

    /** One pass over every tenant; answers the summary line the command prints. */
    public static String reconcileAll(RegimenConfiguration config, MetricRegistry metrics, Clock clock)
            throws Exception {
        StripeSettings settings = config.getStripe();
        if (settings.getSecretKey() == null || settings.getSecretKey().isBlank()) {
            return "No STRIPE_SECRET_KEY is configured: there is nothing to reconcile.";
        }
        try (CommandServices wired = CommandServices.open(config, metrics, clock)) {
            return reconcileAll(wired.services());
        }
    }

    private static String reconcileAll(RegimenServices services) {
        PaymentReconciliation reconciliation = services.reconciliation();
        int tenants = 0;
        int checked = 0;
        int repaired = 0;
        int resent = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> page = services.jdbi().withExtension(TenantDao.class, dao -> dao.idsAfter(from, 200));
            if (page.isEmpty()) {
                break;
            }
            for (String tenantId : page) {
                PaymentReconciliation.Report report = reconciliation.reconcileTenant(tenantId);
                tenants++;
                checked += report.paymentsChecked();
                repaired += report.paymentsRepaired();
                resent += report.refundsResent();
            }
            after = page.get(page.size() - 1);
        }
        return String.format("Reconciled %d tenants: %d payments checked, %d repaired, %d refunds sent again.",
                tenants, checked, repaired, resent);
    }
}
