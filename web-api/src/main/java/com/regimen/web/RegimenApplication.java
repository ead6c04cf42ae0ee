package com.regimen.web;

import com.regimen.web.config.StripeSettings;
import com.regimen.web.config.LimitSettings;
import com.regimen.web.config.RegimenConfiguration;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.regimen.core.database.SchemaMigrator;
import com.regimen.core.staff.CredentialCheck;
import com.regimen.core.reports.AttendanceReports;
import com.regimen.core.reports.PatientReports;
import com.regimen.core.reports.ReportScope;
import com.regimen.core.reports.RevenueReports;
import com.regimen.core.reports.StockReports;
import com.regimen.core.reports.UtilisationReports;
import com.regimen.web.auth.BearerAuthenticator;
import com.regimen.web.auth.PasswordChangeGate;
import com.regimen.web.auth.ProblemUnauthorizedHandler;
import com.regimen.web.auth.QueryTokenRefusal;
import com.regimen.web.auth.RoleAuthorizer;
import com.regimen.web.auth.SessionCookieAuthFilter;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.commands.BackupAndRestoreDbCommand;
import com.regimen.web.commands.ClassDataTrainingCommand;
import com.regimen.web.commands.ReconcilePaymentsCommand;
import com.regimen.web.wiring.RegimenServices;
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
import com.regimen.web.http.ClientAddresses;
import com.regimen.web.database.RequestCommitsReset;
import com.regimen.web.database.StartingDatabase;
import com.regimen.web.http.RequestBodyLimitFilter;
import com.regimen.web.http.SelfServiceThrottle;
import com.regimen.web.idempotency.IdempotencyFilter;
import com.regimen.web.openapi.OpenApiResource;
import com.regimen.web.resources.ApiKeyResource;
import com.regimen.web.resources.AppointmentResource;
import com.regimen.web.resources.ConfirmationResource;
import com.regimen.web.resources.MessageOptOutResource;
import com.regimen.web.resources.MessageResource;
import com.regimen.web.resources.PatientMessagesResource;
import com.regimen.web.resources.ConsentFormResource;
import com.regimen.web.resources.ConsentResource;
import com.regimen.web.resources.CancellationTermsResource;
import com.regimen.web.resources.PatientProfileResource;
import com.regimen.web.resources.AvailabilityResource;
import com.regimen.web.resources.CancellationPolicyResource;
import com.regimen.web.resources.ReportResource;
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
import com.regimen.web.resources.RefundResource;
import com.regimen.web.resources.StripeConnectResource;
import com.regimen.web.resources.TerminalResource;
import com.regimen.web.resources.TaxDocumentResource;
import com.regimen.web.resources.TaxSettingsResource;
import com.regimen.web.resources.DayCloseResource;
import com.regimen.web.resources.ScreeningResource;
import com.regimen.web.resources.TreatmentResource;
import com.regimen.web.resources.SessionResource;
import com.regimen.web.resources.SignupResource;
import com.regimen.web.resources.SelfServiceLinkResource;
import com.regimen.web.resources.SelfServiceResource;
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
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.eclipse.jetty.server.Server;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
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

    private volatile RegimenServices services;

    /** What {@link #run} built (null before): for tests that look below HTTP. */
    public RegimenServices services() {
        return services;
    }

    /** The clock every rule reads; tests replace it to move time. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void initialize(Bootstrap<RegimenConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new ReconcilePaymentsCommand(this::clock));
        // Dropwizard's db (migrations) command, with db backup and db restore.
        bootstrap.addCommand(new BackupAndRestoreDbCommand());
        bootstrap.addCommand(new ClassDataTrainingCommand(this));
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
        // The database starts (and its schema is checked) while the rest starts beside it.
        ManagedDataSource dataSource = StartingDatabase.begin(() -> {
            ManagedDataSource started = config.getDataSourceFactory().build(environment.metrics(), "database");
            if (config.isMigrateOnStart()) {
                SchemaMigrator.migrate(started);
            }
            return started;
        });
        environment.healthChecks().register("migrations", new MigrationsHealthCheck(dataSource));
        JvmHealth jvmHealth = watchJvm(environment);
        RegimenServices services = RegimenServices.build(config, environment, dataSource, clock());
        this.services = services;
        MessagePolling.start(environment, services.messageDispatcher(), config.getMessages().getPollInterval());
        LimitSettings limits = config.getLimits();
        ClientAddresses clientAddresses = new ClientAddresses(limits.getTrustedProxies(),
                limits.getClientAddressHeader());

        environment.servlets().addFilter("security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        // The front-desk UI: static files, no build step; Jersey keeps /v1/*.
        environment.servlets().addServlet("ui", new UiAssetServlet(json)).addMapping("/*");
        if (config.isDemoData()) {
            DemoClinic demo = new DemoClinic(services.jdbi(), json, services.clock());
            environment.lifecycle().addServerLifecycleListener(new ServerLifecycleListener() {
                @Override
                public void serverStarted(Server server) {
                    demo.ensure(getLocalPort(server));
                }
            });
        }
        registerErrorHandling(environment, json, jvmHealth);
        registerAuth(environment, services.credentials());
        environment.jersey().register(new RequestCommitsReset());
        environment.jersey().register(new QueryTokenRefusal());
        environment.jersey().register(new RequestBodyLimitFilter(config.getMaxRequestBody().toBytes()));
        environment.jersey().register(new IdempotencyFilter(services.idempotencyKeys(), json));

        List<Object> resources = resources(services, config, clientAddresses);
        resources.forEach(environment.jersey()::register);
        environment.jersey().register(new OpenApiResource(() -> {
            Set<Class<?>> classes = new LinkedHashSet<>();
            resources.forEach(resource -> classes.add(resource.getClass()));
            return classes;
        }));
    }

    /** Thin HTTP faces of the services: each parses, authorizes, calls the domain and answers with a view. */
    private static List<Object> resources(RegimenServices services, RegimenConfiguration config,
                                          ClientAddresses clientAddresses) {
        StripeSettings stripe = config.getStripe();
        return List.of(
                new SignupResource(services.signup(), clientAddresses),
                new SessionResource(services.signIn(),
                        java.time.Duration.ofMillis(config.getSessionLifetime().toMilliseconds()), clientAddresses),
                new UserResource(services.staff(), services.staffAccess()),
                new ApiKeyResource(services.apiKeys()),
                new AuditEventResource(services.audit()),
                new TreatmentResource(services.plugins(), services.menu()),
                new IntakeFormResource(services.plugins(), services.menu()),
                new PatientResource(services.patients(), services.intakes(), services.patchTests(),
                        services.cardsOnFile(), services.clearances(), services.intakeFreshness(), services.clock()),
                new ClinicalSettingsResource(services.clinicalPolicy()),
                new ScreeningResource(services.screenings()),
                new MedicineResource(services.medicines()),
                new LocationResource(services.locations(), services.treatmentOfferings()),
                new RoomResource(services.rooms()),
                new PractitionerResource(services.practitioners()),
                new InventoryResource(services.inventoryItems(), services.stockLedger(), services.stockLevels()),
                new AppointmentResource(services.appointmentBook(), services.cancellations(),
                        services.clinicalStates(), services.careSheets()),
                new ConsentResource(services.consents()), new ConsentFormResource(services.consents()),
                new ConfirmationResource(services.confirmations()),
                new AvailabilityResource(services.availability()),
                new CancellationTermsResource(services.appointmentBook(), services.cancellationPolicies(),
                        services.clock()),
                new PatientProfileResource(services.patientProfiles(), services.clock()),
                new PaymentResource(services.payments(), services.reconciliation(), services.webhooks(),
                        stripe.getPublishableKey()),
                new RefundResource(services.refunds()),
                new StripeConnectResource(services.onboarding()),
                new TerminalResource(services.readers(), services.readerCharges()),
                new DiscountResource(services.discountRules(), services.discounting()),
                new TaxSettingsResource(services.taxSettings()),
                new TaxDocumentResource(services.taxDocuments()),
                new DayCloseResource(services.dayCloses()),
                new CancellationPolicyResource(services.cancellationPolicies()),
                reportResource(services),
                new MessageResource(services.messageLog(), services.messageSettings(), services.messageTemplates()),
                new PatientMessagesResource(services.messageLog()),
                new MessageOptOutResource(services.optOuts()),
                new SelfServiceLinkResource(services.selfServiceLinks()),
                new SelfServiceResource(services.patientVisits(), new SelfServiceThrottle(
                        config.getSelfService().getRequestsPerMinutePerAddress(),
                        config.getSelfService().getRequestsPerMinutePerLink(), services.clock()), clientAddresses));
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

    /** The back office's reports, each over the same scope of locations, rooms and practitioners. */
    private static ReportResource reportResource(RegimenServices services) {
        Jdbi jdbi = services.jdbi();
        ReportScope scope = new ReportScope(services.locations(), services.rooms(), services.practitioners());
        return new ReportResource(new RevenueReports(jdbi, scope), new AttendanceReports(jdbi, scope),
                new PatientReports(jdbi, scope), new UtilisationReports(jdbi, scope),
                new StockReports(jdbi, services.clock(), scope));
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
        environment.jersey().register(new PasswordChangeGate());
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(StaffPrincipal.class));
    }
}
