package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.regimen.web.database.DatabaseLocator;
import com.regimen.web.database.EmbeddedDatabaseSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Everything a deployment sets in config.yml; secrets come in through ${ENV} substitution. */
public class RegimenConfiguration extends Configuration {
    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private EmbeddedDatabaseSettings embeddedDatabase = new EmbeddedDatabaseSettings();

    /** Apply pending Liquibase changesets when the server starts (else run `db migrate`). */
    private boolean migrateOnStart = true;

    @NotNull
    private Duration sessionLifetime = Duration.hours(12);

    @NotNull
    private DataSize maxRequestBody = DataSize.kibibytes(256);

    @Valid
    @NotNull
    private PluginSettings plugins = new PluginSettings();

    @Valid
    @NotNull
    private StripeSettings stripe = new StripeSettings();

    @Valid
    @NotNull
    private LimitSettings limits = new LimitSettings();

    @Valid
    @NotNull
    private MessagingSettings messages = new MessagingSettings();

    @Valid
    @NotNull
    private SelfServiceSettings selfService = new SelfServiceSettings();

    private final DatabaseLocator databaseLocator = new DatabaseLocator();

    @JsonProperty
    public MessagingSettings getMessages() {
        return messages;
    }

    @JsonProperty
    public void setMessages(MessagingSettings messages) {
        this.messages = messages;
    }

    @JsonProperty
    public SelfServiceSettings getSelfService() {
        return selfService;
    }

    @JsonProperty
    public void setSelfService(SelfServiceSettings selfService) {
        this.selfService = selfService;
    }

    @JsonProperty
    public LimitSettings getLimits() {
        return limits;
    }

    @JsonProperty
    public void setLimits(LimitSettings limits) {
        this.limits = limits;
    }

    @JsonProperty
    public StripeSettings getStripe() {
        return stripe;
    }

    @JsonProperty
    public void setStripe(StripeSettings stripe) {
        this.stripe = stripe;
    }

    @JsonProperty
    public PluginSettings getPlugins() {
        return plugins;
    }

    @JsonProperty
    public void setPlugins(PluginSettings plugins) {
        this.plugins = plugins;
    }

    @JsonProperty("database")
    public DataSourceFactory getConfiguredDatabase() {
        return database;
    }

    @JsonProperty("database")
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    /** The database to use, starting the embedded one first when no URL is configured. */
    public DataSourceFactory getDataSourceFactory() {
        return databaseLocator.resolve(database, embeddedDatabase);
    }

    public DatabaseLocator getDatabaseLocator() {
        return databaseLocator;
    }

    @JsonProperty
    public EmbeddedDatabaseSettings getEmbeddedDatabase() {
        return embeddedDatabase;
    }

    @JsonProperty
    public void setEmbeddedDatabase(EmbeddedDatabaseSettings embeddedDatabase) {
        this.embeddedDatabase = embeddedDatabase;
    }

    @JsonProperty
    /** Seed (once) and announce the demo clinic chain at start-up; off in production. */
    private boolean demoData = false;

    @JsonProperty
    public boolean isDemoData() {
        return demoData;
    }

    @JsonProperty
    public void setDemoData(boolean demoData) {
        this.demoData = demoData;
    }

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    @JsonProperty
    public Duration getSessionLifetime() {
        return sessionLifetime;
    }

    @JsonProperty
    public void setSessionLifetime(Duration sessionLifetime) {
        this.sessionLifetime = sessionLifetime;
    }

    @JsonProperty
    public DataSize getMaxRequestBody() {
        return maxRequestBody;
    }

    @JsonProperty
    public void setMaxRequestBody(DataSize maxRequestBody) {
        this.maxRequestBody = maxRequestBody;
    }
}
