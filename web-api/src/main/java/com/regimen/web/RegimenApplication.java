package com.regimen.web;

import com.regimen.web.config.StripeSettings;

import com.regimen.web.config.LimitSettings;
import com.regimen.web.database.RegimenJdbi;

import com.regimen.web.config.RegimenConfiguration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.ClinicalStates;
import com.regimen.core.booking.Eligibility;
import com.regimen.core.clearance.Clearances;
import com.regimen.core.patients.ClinicalPolicy;
import com.regimen.core.patients.IntakeFreshness;
import com.regimen.core.booking.Availability;
import com.regimen.core.database.SchemaMigrator;
import com.regimen.core.patients.IntakeCatalog;
import com.regimen.core.payments.CardsOnFile;
import com.regimen.core.discounts.DiscountRules;
import com.regimen.core.payments.Cancellations;
import com.regimen.core.payments.Discounting;
import com.regimen.core.payments.PaymentReconciliation;
import com.regimen.core.payments.Payments;
import com.regimen.core.payments.Refunds;
import com.regimen.core.payments.StripeGateway;
import com.regimen.core.payments.StripeJavaGateway;
import com.regimen.core.payments.StripeWebhooks;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.core.medicines.MedicineVocabulary;
import com.regimen.core.patients.PatchTests;
import com.regimen.core.patients.PatientIntakes;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screenings;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.plugins.PluginLoader;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.idempotency.IdempotencyKeys;
import com.regimen.core.inventory.InventoryItems;
import com.regimen.core.inventory.StockLedger;
import com.regimen.core.inventory.StockLevels;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.staff.ApiKeys;
import com.regimen.core.staff.CredentialCheck;
import com.regimen.core.staff.HashingGate;
import com.regimen.core.staff.LoginThrottle;
import com.regimen.core.staff.PasswordHasher;
import com.regimen.core.staff.StaffDirectory;
import com.regimen.core.staff.StaffSignIn;
import com.regimen.core.tenancy.SignupThrottle;
import com.regimen.core.tenancy.TenantSignup;
import com.regimen.web.auth.BearerAuthenticator;
import com.regimen.web.auth.ProblemUnauthorizedHandler;
import com.regimen.web.auth.QueryTokenRefusal;
import com.regimen.web.auth.RoleAuthorizer;
import com.regimen.web.auth.SessionCookieAuthFilter;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.commands.BackupAndRestoreDbCommand;
import com.regimen.web.commands.ReconcilePaymentsCommand;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.errors.ConstraintViolationMapper;
import com.regimen.web.errors.DomainExceptionMapper;
import com.regimen.web.errors.JsonProcessingExceptionMapper;
import com.regimen.web.errors.PluginFailedExceptionMapper;
import com.regimen.web.errors.ProblemErrorHandler;
import com.regimen.web.errors.UnexpectedExceptionMapper;
import com.regimen.web.errors.WebApplicationExceptionMapper;
import com.regimen.web.health.JvmHealth;
import com.regimen.web.health.JvmHealthCheck;
import com.regimen.web.health.MigrationsHealthCheck;
import com.regimen.web.health.PluginHealthCheck;
import com.regimen.web.http.ClientAddresses;
import com.regimen.web.http.RequestBodyLimitFilter;
import com.regimen.web.idempotency.IdempotencyFilter;
import com.regimen.web.openapi.OpenApiResource;
import com.regimen.web.resources.ApiKeyResource;
import com.regimen.web.resources.AppointmentResource;
import com.regimen.web.resources.CancellationTermsResource;
import com.regimen.web.resources.PatientProfileResource;
import com.regimen.core.frontdesk.PatientProfiles;
import com.regimen.web.resources.AvailabilityResource;
import com.regimen.web.resources.ClinicalSettingsResource;
import com.regimen.web.resources.AuditEventResource;
import com.regimen.web.resources.IntakeFormResource;
import com.regimen.web.resources.InventoryResource;
import com.regimen.web.resources.DiscountResource;
import com.regimen.web.resources.LocationResource;
import com.regimen.web.resources.PractitionerResource;
import com.regimen.web.resources.RoomResource;
import com.regimen.web.resources.MedicineResource;
import com.regimen.web.resources.PatientResource;
import com.regimen.web.resources.PaymentResource;
import com.regimen.web.resources.TaxDocumentResource;
import com.regimen.web.resources.TaxSettingsResource;
import com.regimen.web.resources.DayCloseResource;
import com.regimen.core.invoicing.DayCloses;
import com.regimen.core.invoicing.LocationTaxSettings;
import com.regimen.core.invoicing.TaxDocuments;
import com.regimen.core.invoicing.VatOnListPrices;
import com.regimen.web.resources.ScreeningResource;
import com.regimen.web.resources.TreatmentResource;
import com.regimen.web.resources.SessionResource;
import com.regimen.web.resources.SignupResource;
import com.regimen.web.resources.UserResource;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.lifecycle.Managed;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.eclipse.jetty.server.Server;
import org.jdbi.v3.core.Jdbi;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The Regimen service: wires the domain to HTTP. */
public class RegimenApplication extends Application<RegimenConfiguration> {

    public static void main(String[] args) throws Exception {
        new RegimenApplication().run(args);
    }

    @Override
    public String getName() {
        return "regimen";
    }

    /** The clock every rule reads; tests replace it to move time. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void initialize(Bootstrap<RegimenConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new ReconcilePaymentsCommand());
        // Dropwizard's db (migrations) command, with db backup and db restore.
        bootstrap.addCommand(new BackupAndRestoreDbCommand());
    }

    @Override
    public void run(RegimenConfiguration config, Environment environment) {
        ObjectMapper json = environment.getObjectMapper();
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        json.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        json.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        // Registered first so it stops last, after the pool that uses it has closed.
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                config.getDatabaseLocator().stop();
            }
        });
        DataSourceFactory database = config.getDataSourceFactory();
        ManagedDataSource dataSource = database.build(environment.metrics(), "database");
        if (config.isMigrateOnStart()) {
            SchemaMigrator.migrate(dataSource);
        }
        LimitSettings limits = config.getLimits();
        Jdbi jdbi = RegimenJdbi.configure(new JdbiFactory().build(environment, database, dataSource, "database"),
                java.time.Duration.ofMillis(limits.getStatementTimeout().toMilliseconds()));
        environment.healthChecks().register("migrations", new MigrationsHealthCheck(dataSource));
        JvmHealth jvmHealth = watchJvm(environment);

        Clock clock = clock();
        HashingGate hashingGate = new HashingGate(limits.getConcurrentPasswordHashes(),
                java.time.Duration.ofMillis(limits.getPasswordHashWait().toMilliseconds()));
        environment.metrics().gauge("password-hashes", () -> hashingGate::computed);
        PasswordHasher hasher = new PasswordHasher(hashingGate);
        ClientAddresses clientAddresses = new ClientAddresses(limits.getTrustedProxies(),
                limits.getClientAddressHeader());
        AuditTrail audit = new AuditTrail(jdbi, clock);
        StaffDirectory staff = new StaffDirectory(jdbi, clock, hasher, audit);
        ApiKeys apiKeys = new ApiKeys(jdbi, clock, audit);
        TenantSignup signup = new TenantSignup(jdbi, clock, staff, apiKeys, audit, new SignupThrottle(jdbi, clock,
                new SignupThrottle.Policy(limits.getSignupsPerAddressPerHour(), java.time.Duration.ofHours(1))));
        java.time.Duration sessionLifetime = java.time.Duration.ofMillis(config.getSessionLifetime().toMilliseconds());
        StaffSignIn signIn = new StaffSignIn(jdbi, clock, hasher,
                new LoginThrottle(jdbi, clock, LoginThrottle.Policy.standard()), audit, sessionLifetime);

        PluginRegistry plugins = PluginLoader.load(config.getPlugins().getDirectory() == null
                || config.getPlugins().getDirectory().isBlank() ? null : Path.of(config.getPlugins().getDirectory()));
        IntakeCatalog intakeCatalog = new IntakeCatalog(plugins);
        ExecutorService pluginThreads = environment.lifecycle().executorService("plugin-calls-%d")
                .minThreads(4).maxThreads(32).workQueue(new ArrayBlockingQueue<>(256)).build();
        PluginInvoker invoker = new PluginInvoker(pluginThreads,
                java.time.Duration.ofMillis(config.getPlugins().getCallTimeout().toMilliseconds()),
                environment.metrics());
        plugins.all().forEach(plugin -> environment.healthChecks().register("plugin-" + plugin.id(),
                new PluginHealthCheck(invoker, plugin)));
        TreatmentMenu menu = new TreatmentMenu(jdbi, clock, plugins, invoker, audit);
        PatientRecords patients = new PatientRecords(jdbi, clock, audit);
        ClinicMedicines medicines = new ClinicMedicines(jdbi, clock, MedicineVocabulary.builtIn(), audit);
        PatientIntakes intakes = new PatientIntakes(jdbi, clock, intakeCatalog, menu, audit, medicines);
        PatchTests patchTests = new PatchTests(jdbi, clock, plugins, audit);
        Screenings screenings = new Screenings(jdbi, clock, menu, invoker, patients, intakes, audit, medicines);

        Locations locations = new Locations(jdbi, clock, audit);
        Rooms rooms = new Rooms(jdbi, clock, audit);
        Practitioners practitioners = new Practitioners(jdbi, clock, audit);
        InventoryItems items = new InventoryItems(jdbi, clock, audit);
        StockLedger ledger = new StockLedger(jdbi, clock, audit);
        StockLevels stockLevels = new StockLevels(jdbi, clock);

        ClinicalPolicy clinicalPolicy = new ClinicalPolicy(jdbi, clock, audit);
        IntakeFreshness intakeFreshness = new IntakeFreshness(jdbi, clock, audit);
        Clearances clearances = new Clearances(jdbi, clock, menu, patients, screenings, audit);
        Eligibility eligibility = new Eligibility(jdbi, clock, menu, patients, screenings, intakeFreshness);
        AppointmentBook appointmentBook = new AppointmentBook(jdbi, clock, invoker, eligibility, audit,
                new VatOnListPrices());
        Availability availability = new Availability(jdbi, clock, menu, eligibility);

        StripeSettings stripeSettings = config.getStripe();
        StripeGateway stripe = stripeSettings.getSecretKey() == null || stripeSettings.getSecretKey().isBlank() ? null
                : new StripeJavaGateway(stripeSettings.getSecretKey(), stripeSettings.getApiBase());
        Payments payments = new Payments(jdbi, clock, stripe, stripeSettings.getApplicationFeePercent(), audit);
        Refunds refunds = new Refunds(jdbi, clock, stripe, audit);
        StripeWebhooks webhooks = new StripeWebhooks(jdbi, clock, stripeSettings.getWebhookSecret(), stripe, audit,
                refunds);
        PaymentReconciliation reconciliation = new PaymentReconciliation(jdbi, clock, stripe, refunds, audit);

        environment.servlets().addFilter("security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        // The front-desk UI: static files, no build step; Jersey keeps /v1/*.
        environment.servlets().addServlet("ui", new UiAssetServlet(json)).addMapping("/*");
        if (config.isDemoData()) {
            DemoClinic demo = new DemoClinic(jdbi, json, clock);
            environment.lifecycle().addServerLifecycleListener(new ServerLifecycleListener() {
                @Override
                public void serverStarted(Server server) {
                    demo.ensure(getLocalPort(server));
                }
            });
        }
        registerErrorHandling(environment, json, jvmHealth);
        registerAuth(environment, new CredentialCheck(jdbi, clock));
        environment.jersey().register(new QueryTokenRefusal());
        environment.jersey().register(new RequestBodyLimitFilter(config.getMaxRequestBody().toBytes()));
        environment.jersey().register(new IdempotencyFilter(new IdempotencyKeys(jdbi, clock), json));

        List<Object> resources = new ArrayList<>(List.of(
                new SignupResource(signup, clientAddresses),
                new SessionResource(signIn, sessionLifetime, clientAddresses),
                new UserResource(staff),
                new ApiKeyResource(apiKeys),
                new AuditEventResource(audit),
                new TreatmentResource(plugins, menu),
                new IntakeFormResource(plugins, menu),
                new PatientResource(patients, intakes, patchTests,
                        new CardsOnFile(jdbi, clock, stripe, patients, audit), clearances, intakeFreshness, clock),
                new ClinicalSettingsResource(clinicalPolicy),
                new ScreeningResource(screenings),
                new MedicineResource(medicines),
                new LocationResource(locations),
                new RoomResource(rooms),
                new PractitionerResource(practitioners),
                new InventoryResource(items, ledger, stockLevels),
                new AppointmentResource(appointmentBook, new Cancellations(appointmentBook, refunds),
                        new ClinicalStates(jdbi, clock)),
                new AvailabilityResource(availability),
                new CancellationTermsResource(appointmentBook, clock),
                new PatientProfileResource(new PatientProfiles(jdbi, patients, clearances, payments,
                        new CardsOnFile(jdbi, clock, stripe, patients, audit)), clock),
                new PaymentResource(payments, refunds, reconciliation, webhooks, stripeSettings.getPublishableKey()),
                new DiscountResource(new DiscountRules(jdbi, clock, id -> plugins.all().stream()
                        .anyMatch(p -> p.id().equals(id)), audit), new Discounting(jdbi, clock, audit)),

                new TaxSettingsResource(new LocationTaxSettings(jdbi, clock, audit)),
                new TaxDocumentResource(new TaxDocuments(jdbi, plugins)),
                new DayCloseResource(new DayCloses(jdbi, clock, audit))));
        resources.forEach(environment.jersey()::register);
        environment.jersey().register(new OpenApiResource(() -> {
            Set<Class<?>> classes = new LinkedHashSet<>();
            resources.forEach(resource -> classes.add(resource.getClass()));
            return classes;
        }));
    }

    /**
     * A fatal error in any thread marks the JVM unhealthy for good (the README's run command also
     * exits on OutOfMemoryError, so a supervisor restarts it); the hook is removed when the server stops.
     */
    private static JvmHealth watchJvm(Environment environment) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        JvmHealth jvmHealth = new JvmHealth(0.95, previous);
        Thread.setDefaultUncaughtExceptionHandler(jvmHealth);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                if (Thread.getDefaultUncaughtExceptionHandler() == jvmHealth) {
                    Thread.setDefaultUncaughtExceptionHandler(previous);
                }
            }
        });
        environment.healthChecks().register("jvm", new JvmHealthCheck(jvmHealth));
        return jvmHealth;
    }

    private static void registerErrorHandling(Environment environment, ObjectMapper json, JvmHealth jvmHealth) {
        environment.jersey().register(new DomainExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationMapper());
        environment.jersey().register(new PluginFailedExceptionMapper());
        environment.jersey().register(new UnexpectedExceptionMapper(jvmHealth));
        ProblemErrorHandler errorHandler = new ProblemErrorHandler(json);
        environment.getApplicationContext().setErrorHandler(errorHandler);
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(errorHandler));
    }

    private static void registerAuth(Environment environment, CredentialCheck credentials) {
        BearerAuthenticator authenticator = new BearerAuthenticator(credentials);
        RoleAuthorizer authorizer = new RoleAuthorizer();
        ProblemUnauthorizedHandler unauthorized = new ProblemUnauthorizedHandler();
        // Integrations send Bearer tokens; the browser UI sends its HttpOnly session cookie.
        @SuppressWarnings("rawtypes") // ChainedAuthFilter's constructor takes a raw list
        List<AuthFilter> filters = List.of(
                new OAuthCredentialAuthFilter.Builder<StaffPrincipal>().setAuthenticator(authenticator)
                        .setAuthorizer(authorizer).setPrefix("Bearer").setRealm("regimen")
                        .setUnauthorizedHandler(unauthorized).buildAuthFilter(),
                SessionCookieAuthFilter.build(authenticator, authorizer, unauthorized));
        @SuppressWarnings("unchecked")
        ChainedAuthFilter<String, StaffPrincipal> chained = new ChainedAuthFilter<>(filters);
        environment.jersey().register(new AuthDynamicFeature(chained));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(StaffPrincipal.class));
    }
}
