package com.regimen.web.wiring;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.CancellationPolicies;
import com.regimen.core.booking.Confirmations;
import com.regimen.core.consent.CareSheets;
import com.regimen.core.consent.Consents;
import com.regimen.core.booking.Availability;
import com.regimen.core.booking.ClinicalStates;
import com.regimen.core.booking.Eligibility;
import com.regimen.core.booking.TreatmentOfferings;
import com.regimen.core.clearance.Clearances;
import com.regimen.core.discounts.DiscountRules;
import com.regimen.core.frontdesk.PatientProfiles;
import com.regimen.core.idempotency.IdempotencyKeys;
import com.regimen.core.inventory.InventoryItems;
import com.regimen.core.inventory.StockLedger;
import com.regimen.core.inventory.StockLevels;
import com.regimen.core.invoicing.DayCloses;
import com.regimen.core.invoicing.LocationTaxSettings;
import com.regimen.core.invoicing.TaxDocuments;
import com.regimen.core.invoicing.VatOnListPrices;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.core.medicines.MedicineVocabulary;
import com.regimen.core.patients.ClinicalPolicy;
import com.regimen.core.patients.IntakeCatalog;
import com.regimen.core.patients.IntakeFreshness;
import com.regimen.core.patients.PatchTests;
import com.regimen.core.patients.PatientIntakes;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screenings;
import com.regimen.core.payments.Cancellations;
import com.regimen.core.payments.CardsOnFile;
import com.regimen.core.payments.Discounting;
import com.regimen.core.payments.PaymentReconciliation;
import com.regimen.core.payments.Payments;
import com.regimen.core.payments.Refunds;
import com.regimen.core.payments.RefundsAtStripe;
import com.regimen.core.payments.StripeGateway;
import com.regimen.core.payments.StripeJavaConnect;
import com.regimen.core.payments.StripeJavaGateway;
import com.regimen.core.payments.StripeOnboarding;
import com.regimen.core.terminal.ReaderCharges;
import com.regimen.core.terminal.Readers;
import com.regimen.core.terminal.StripeJavaTerminal;
import com.stripe.StripeClient;
import com.regimen.core.payments.StripeWebhooks;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.plugins.PluginLoader;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.selfservice.PatientVisits;
import com.regimen.core.selfservice.SelfServiceLinks;
import com.regimen.core.staff.ApiKeys;
import com.regimen.core.staff.CredentialCheck;
import com.regimen.core.staff.HashingGate;
import com.regimen.core.staff.LoginThrottle;
import com.regimen.core.staff.PasswordHasher;
import com.regimen.core.staff.StaffAccess;
import com.regimen.core.staff.StaffDirectory;
import com.regimen.core.staff.StaffSignIn;
import com.regimen.core.tenancy.SignupThrottle;
import com.regimen.core.tenancy.TenantSignup;
import com.regimen.core.messages.ClinicMessageSettings;
import com.regimen.core.messages.MessageChannel;
import com.regimen.core.messages.MessageDispatcher;
import com.regimen.core.messages.MessageLog;
import com.regimen.core.messages.MessageTemplates;
import com.regimen.core.messages.OptOuts;
import com.regimen.core.messages.PatientLinks;
import com.regimen.core.messages.ProviderMessagingChannel;
import com.regimen.core.messages.SmtpEmailChannel;
import com.regimen.core.outbox.Channel;
import com.regimen.web.config.LimitSettings;
import com.regimen.web.config.MessagingSettings;
import com.regimen.web.config.PluginSettings;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.config.SelfServiceSettings;
import com.regimen.web.config.StripeSettings;
import com.regimen.web.database.RegimenJdbi;
import com.regimen.web.health.PluginHealthCheck;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;

/**
 * Every domain service, built in this one place for the server and for every command that runs them,
 * so a command cannot drift from the server (reconcile-payments' own copy once skipped the DAO
 * preload and let bound values into SQL error logs). Whatever must be stopped (the connection pool,
 * the plugin threads) is handed to the environment's lifecycle.
 */
public record RegimenServices(
        Jdbi jdbi,
        Clock clock,
        PluginRegistry plugins,
        PluginInvoker invoker,
        AuditTrail audit,
        CredentialCheck credentials,
        IdempotencyKeys idempotencyKeys,
        StaffDirectory staff,
        ApiKeys apiKeys,
        TenantSignup signup,
        StaffSignIn signIn,
        TreatmentMenu menu,
        PatientRecords patients,
        ClinicMedicines medicines,
        PatientIntakes intakes,
        PatchTests patchTests,
        Screenings screenings,
        ClinicalPolicy clinicalPolicy,
        IntakeFreshness intakeFreshness,
        Clearances clearances,
        Locations locations,
        Rooms rooms,
        Practitioners practitioners,
        InventoryItems inventoryItems,
        StockLedger stockLedger,
        StockLevels stockLevels,
        AppointmentBook appointmentBook,
        Availability availability,
        ClinicalStates clinicalStates,
        Payments payments,
        CardsOnFile cardsOnFile,
        Refunds refunds,
        RefundsAtStripe refundsAtStripe,
        Cancellations cancellations,
        StripeWebhooks webhooks,
        PaymentReconciliation reconciliation,
        DiscountRules discountRules,
        Discounting discounting,
        LocationTaxSettings taxSettings,
        TaxDocuments taxDocuments,
        DayCloses dayCloses,
        StaffAccess staffAccess,
        CancellationPolicies cancellationPolicies,
        Consents consents,
        CareSheets careSheets,
        Confirmations confirmations,
        StripeOnboarding onboarding,
        Readers readers,
        ReaderCharges readerCharges,
        PatientProfiles patientProfiles,
        MessageLog messageLog,
        OptOuts optOuts,
        ClinicMessageSettings messageSettings,
        MessageTemplates messageTemplates,
        MessageDispatcher messageDispatcher,
        SelfServiceLinks selfServiceLinks,
        PatientVisits patientVisits,
        TreatmentOfferings treatmentOfferings) {

    /**
     * @param dataSource the pool the Jdbi runs on (the server migrates the schema through it first);
     *                   managed by the environment from here on
     */
    public static RegimenServices build(RegimenConfiguration config, Environment environment,
                                        ManagedDataSource dataSource, Clock clock) {
        LimitSettings limits = config.getLimits();
        Jdbi jdbi = RegimenJdbi.build(environment, config.getConfiguredDatabase(), dataSource,
                Duration.ofMillis(limits.getStatementTimeout().toMilliseconds()));
        PluginRegistry plugins = loadPlugins(config.getPlugins());
        PluginInvoker invoker = pluginInvoker(config.getPlugins(), environment, plugins);
        AuditTrail audit = new AuditTrail(jdbi, clock);

        HashingGate hashingGate = new HashingGate(limits.getConcurrentPasswordHashes(),
                Duration.ofMillis(limits.getPasswordHashWait().toMilliseconds()));
        environment.metrics().gauge("password-hashes", () -> hashingGate::computed);
        PasswordHasher hasher = new PasswordHasher(hashingGate);
        StaffDirectory staff = new StaffDirectory(jdbi, clock, hasher, audit);
        ApiKeys apiKeys = new ApiKeys(jdbi, clock, audit);
        TenantSignup signup = new TenantSignup(jdbi, clock, staff, apiKeys, audit, new SignupThrottle(jdbi, clock,
                new SignupThrottle.Policy(limits.getSignupsPerAddressPerHour(), Duration.ofHours(1))));
        StaffSignIn signIn = new StaffSignIn(jdbi, clock, hasher,
                new LoginThrottle(jdbi, clock, LoginThrottle.Policy.standard()), audit,
                Duration.ofMillis(config.getSessionLifetime().toMilliseconds()));

        TreatmentMenu menu = new TreatmentMenu(jdbi, clock, plugins, invoker, audit);
        PatientRecords patients = new PatientRecords(jdbi, clock, audit);
        ClinicMedicines medicines = new ClinicMedicines(jdbi, clock, MedicineVocabulary.builtIn(), audit);
        PatientIntakes intakes = new PatientIntakes(jdbi, clock, new IntakeCatalog(plugins), menu, audit, medicines);
        Screenings screenings = new Screenings(jdbi, clock, menu, invoker, patients, intakes, audit, medicines);
        IntakeFreshness intakeFreshness = new IntakeFreshness(jdbi, clock, audit);
        Eligibility eligibility = new Eligibility(jdbi, clock, menu, patients, screenings, intakeFreshness);
        AppointmentBook appointmentBook = new AppointmentBook(jdbi, clock, invoker, eligibility, audit,
                new VatOnListPrices());

        StripeSettings stripeSettings = config.getStripe();
        StripeGateway stripe = stripeSettings.getSecretKey() == null || stripeSettings.getSecretKey().isBlank() ? null
                : new StripeJavaGateway(stripeSettings.getSecretKey(), stripeSettings.getApiBase());
        RefundsAtStripe refundsAtStripe = new RefundsAtStripe(jdbi, clock, stripe, audit);
        Refunds refunds = new Refunds(jdbi, clock, audit, refundsAtStripe);
        Clearances clearances = new Clearances(jdbi, clock, menu, patients, screenings, audit);
        CardsOnFile cardsOnFile = new CardsOnFile(jdbi, clock, stripe, patients, audit);
        Payments payments = new Payments(jdbi, clock, stripe, stripeSettings.getApplicationFeePercent(), audit);
        PaymentReconciliation reconciliation = new PaymentReconciliation(jdbi, clock, stripe, refundsAtStripe, audit);
        // Stripe Connect onboarding and card readers (Terminal): their events come through the same webhook.
        StripeClient stripeClient = stripe == null ? null
                : StripeJavaGateway.client(stripeSettings.getSecretKey(), stripeSettings.getApiBase());
        StripeOnboarding onboarding = new StripeOnboarding(jdbi, clock,
                stripeClient == null ? null : new StripeJavaConnect(stripeClient), audit);
        StripeJavaTerminal terminal = stripeClient == null ? null : new StripeJavaTerminal(stripeClient);
        Readers readers = new Readers(jdbi, clock, terminal, audit);
        ReaderCharges readerCharges = new ReaderCharges(jdbi, clock, payments, reconciliation, stripe, terminal,
                readers, audit);
        Consents consents = new Consents(jdbi, clock, plugins, menu, patients, audit);

        OptOuts optOuts = new OptOuts(jdbi, clock, patients, audit);
        ClinicMessageSettings messageSettings = new ClinicMessageSettings(jdbi, clock, audit);
        MessageTemplates messageTemplates = new MessageTemplates(jdbi, clock, audit);
        // Patients' self-service links: the same booking, intake, screening and consent rules as the desk
        // (these services hold no state, so the instances made here act exactly as the desk's).
        SelfServiceSettings selfService = config.getSelfService();
        SelfServiceLinks selfServiceLinks = new SelfServiceLinks(jdbi, clock, appointmentBook, audit,
                URI.create(selfService.getPublicBaseUrl()),
                Duration.ofMillis(selfService.getLinkMargin().toMilliseconds()));
        PatientVisits patientVisits = new PatientVisits(jdbi, clock, selfServiceLinks, appointmentBook,
                new Cancellations(appointmentBook, refunds), new CancellationPolicies(jdbi, clock, audit), patients,
                intakes, screenings, menu, plugins, consents,
                new CareSheets(plugins, patients), new Locations(jdbi, clock, audit),
                new Practitioners(jdbi, clock, audit), audit);

        return new RegimenServices(jdbi, clock, plugins, invoker, audit,
                new CredentialCheck(jdbi, clock), new IdempotencyKeys(jdbi, clock),
                staff, apiKeys, signup, signIn,
                menu, patients, medicines, intakes, new PatchTests(jdbi, clock, plugins, audit), screenings,
                new ClinicalPolicy(jdbi, clock, audit), intakeFreshness,
                clearances,
                new Locations(jdbi, clock, audit), new Rooms(jdbi, clock, audit), new Practitioners(jdbi, clock, audit),
                new InventoryItems(jdbi, clock, audit), new StockLedger(jdbi, clock, audit), new StockLevels(jdbi, clock),
                appointmentBook, new Availability(jdbi, clock, menu, eligibility), new ClinicalStates(jdbi, clock),
                payments,
                cardsOnFile,
                refunds, refundsAtStripe, new Cancellations(appointmentBook, refunds),
                new StripeWebhooks(jdbi, clock, stripeSettings.getWebhookSecret(), stripe, audit, refundsAtStripe,
                        List.of(onboarding, readerCharges)),
                reconciliation,
                new DiscountRules(jdbi, clock, id -> plugins.all().stream().anyMatch(p -> p.id().equals(id)), audit),
                new Discounting(jdbi, clock, audit),
                new LocationTaxSettings(jdbi, clock, audit), new TaxDocuments(jdbi, plugins),
                new DayCloses(jdbi, clock, audit),
                new StaffAccess(jdbi, clock, hasher, audit), new CancellationPolicies(jdbi, clock, audit),
                consents, new CareSheets(plugins, patients),
                new Confirmations(jdbi, plugins, patients),
                onboarding, readers, readerCharges,
                new PatientProfiles(jdbi, patients, clearances, payments, cardsOnFile, consents),
                new MessageLog(jdbi), optOuts, messageSettings, messageTemplates,
                new MessageDispatcher(jdbi, clock, plugins, patientLinks(selfServiceLinks), messageTemplates,
                        messageSettings, optOuts, messageChannels(config.getMessages())),
                selfServiceLinks, patientVisits,
                new TreatmentOfferings(jdbi, clock, plugins, menu, audit));
    }

    /** Messages about a visit ahead carry the patient's self-service link to it (docs/messages.md). */
    private static PatientLinks patientLinks(SelfServiceLinks links) {
        return (tenantId, patientId, appointmentId, expiresAt) ->
                Optional.of(links.issue(tenantId, patientId, appointmentId, expiresAt));
    }

    /** Email over SMTP, SMS and WhatsApp through the provider; each reports whether it is configured. */
    private static List<MessageChannel> messageChannels(MessagingSettings settings) {
        return List.of(new SmtpEmailChannel(settings.smtp()),
                new ProviderMessagingChannel(Channel.SMS, settings.provider()),
                new ProviderMessagingChannel(Channel.WHATSAPP, settings.provider()));
    }

    private static PluginRegistry loadPlugins(PluginSettings settings) {
        String directory = settings.getDirectory();
        return PluginLoader.load(directory == null || directory.isBlank() ? null : Path.of(directory));
    }

    /** Every plugin call on a bounded pool with a time limit; each plugin gets a health check. */
    private static PluginInvoker pluginInvoker(PluginSettings settings, Environment environment,
                                               PluginRegistry plugins) {
        ExecutorService pluginThreads = environment.lifecycle().executorService("plugin-calls-%d")
                .minThreads(4).maxThreads(32).workQueue(new ArrayBlockingQueue<>(256)).build();
        PluginInvoker invoker = new PluginInvoker(pluginThreads,
                Duration.ofMillis(settings.getCallTimeout().toMilliseconds()), environment.metrics());
        plugins.all().forEach(plugin -> environment.healthChecks().register("plugin-" + plugin.id(),
                new PluginHealthCheck(invoker, plugin)));
        return invoker;
    }
}
