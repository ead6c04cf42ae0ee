package com.regimen.core.plugins;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.tenancy.Tenant;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.tenancy.TenantLocales;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's menu: which installed treatments it offers and at what prices, and quotes from them.
 * A treatment is offered only once the tenant enables it; until then its settings show the
 * plugin's defaults (USD prices apply only to a USD tenant).
 */
public final class TreatmentMenu {
    private static final TypeReference<Map<String, Long>> PRICES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Map<String, Long>>> PRICES_BY_CURRENCY = new TypeReference<>() {
    };
    private static final long MAX_AMOUNT = 100_000_000_000L;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginRegistry plugins;
    private final PluginInvoker invoker;
    private final AuditTrail audit;

    public TreatmentMenu(Jdbi jdbi, Clock clock, PluginRegistry plugins, PluginInvoker invoker, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.invoker = invoker;
        this.audit = audit;
    }

    public TreatmentSettings settings(StaffIdentity reader, String treatmentId) {
        LoadedPlugin plugin = plugins.get(treatmentId);
        return jdbi.withHandle(handle -> settings(handle, reader.tenantId(), plugin));
    }

    public TreatmentSettings update(StaffIdentity actor, String treatmentId, TreatmentSettingsUpdate update) {
        LoadedPlugin plugin = plugins.get(treatmentId);
        checkPrices(plugin, "prices", update.prices());
        if (update.pricesByCurrency() != null) {
            for (Map.Entry<String, Map<String, Long>> inCurrency : update.pricesByCurrency().entrySet()) {
                TenantLocales.currency("pricesByCurrency." + inCurrency.getKey(), inCurrency.getKey());
                if (inCurrency.getValue() == null) {
                    throw DomainException.invalid("pricesByCurrency." + inCurrency.getKey(), "must be an object of prices");
                }
                checkPrices(plugin, "pricesByCurrency." + inCurrency.getKey(), inCurrency.getValue());
            }
        }
        if (update.depositPercent() != null && (update.depositPercent() < 0 || update.depositPercent() > 100)) {
            throw DomainException.invalid("depositPercent", "must be 0 to 100");
        }
        return jdbi.inTransaction(handle -> {
            TreatmentSettings current = settings(handle, actor.tenantId(), plugin);
            Map<String, Long> prices = new HashMap<>(current.prices());
            if (update.prices() != null) {
                prices.putAll(update.prices());
            }
            Map<String, Map<String, Long>> byCurrency = new HashMap<>();
            current.pricesByCurrency().forEach((c, p) -> byCurrency.put(c, new HashMap<>(p)));
            if (update.pricesByCurrency() != null) {
                update.pricesByCurrency().forEach((c, p) -> {
                    if (c.equals(current.currency())) {
                        prices.putAll(p); // the tenant's own currency lives in prices
                    } else {
                        byCurrency.computeIfAbsent(c, k -> new HashMap<>()).putAll(p);
                    }
                });
            }
            boolean enabled = update.enabled() == null ? current.enabled() : update.enabled();
            int deposit = update.depositPercent() == null ? current.depositPercent() : update.depositPercent();
            Instant now = clock.instant();
            handle.attach(TreatmentSettingsDao.class).upsert(actor.tenantId(), treatmentId, enabled, current.currency(),
                    JsonColumns.write(prices), byCurrency.isEmpty() ? null : JsonColumns.write(byCurrency), deposit,
                    now);
            audit.record(handle, actor, "treatment_settings.updated", "treatment", treatmentId,
                    Map.of("enabled", enabled, "prices", prices, "pricesByCurrency", byCurrency,
                            "depositPercent", deposit));
            return new TreatmentSettings(treatmentId, enabled, current.currency(), prices, byCurrency, deposit, now);
        });
    }

    /** The plugin of a treatment this tenant offers; 422 TREATMENT_NOT_ENABLED otherwise. */
    public OfferedTreatment offered(StaffIdentity reader, String treatmentId) {
        LoadedPlugin plugin = plugins.get(treatmentId);
        TreatmentSettings settings = jdbi.withHandle(handle -> settings(handle, reader.tenantId(), plugin));
        if (!settings.enabled()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "TREATMENT_NOT_ENABLED",
                    "This clinic chain does not offer " + plugin.descriptor().name().en()
                            + " yet; an owner or manager can enable it in the treatment's settings.");
        }
        return new OfferedTreatment(plugin, settings);
    }

    /** The installed treatments this tenant offers, by id. */
    public List<LoadedPlugin> offeredPlugins(StaffIdentity reader) {
        Set<String> enabled = Set.copyOf(jdbi.withExtension(TreatmentSettingsDao.class,
                dao -> dao.enabledIds(reader.tenantId())));
        return plugins.all().stream().filter(plugin -> enabled.contains(plugin.id())).toList();
    }

    public TreatmentQuote quote(StaffIdentity actor, String treatmentId, int sessions, Map<String, String> options) {
        OfferedTreatment offered = offered(actor, treatmentId);
        Quote quote = invoker.quote(offered.plugin(),
                new QuoteRequest(sessions, options, offered.settings().priceSettings()));
        String id = Ids.newId();
        Instant now = clock.instant();
        jdbi.useHandle(handle -> handle.attach(TreatmentQuoteDao.class).insert(actor.tenantId(), id, treatmentId,
                offered.plugin().version(), sessions, quote.currency(), quote.total(), quote.perSession(),
                quote.deposit(), JsonColumns.write(quote.lines()), actor.actorId(), now));
        return new TreatmentQuote(id, treatmentId, offered.plugin().version(), sessions, quote, now);
    }

    private TreatmentSettings settings(Handle handle, String tenantId, LoadedPlugin plugin) {
        return handle.attach(TreatmentSettingsDao.class).find(tenantId, plugin.id())
                .map(row -> new TreatmentSettings(row.treatmentId(), row.enabled(), row.currency(),
                        JsonColumns.read(row.prices(), PRICES), row.pricesByCurrency() == null ? Map.of()
                        : JsonColumns.read(row.pricesByCurrency(), PRICES_BY_CURRENCY), row.depositPercent(),
                        row.updatedAt()))
                .orElseGet(() -> {
                    Tenant tenant = handle.attach(TenantDao.class).find(tenantId).orElseThrow();
                    Map<String, Long> prices = "USD".equals(tenant.currency()) ? plugin.defaultPrices() : Map.of();
                    return new TreatmentSettings(plugin.id(), false, tenant.currency(), prices, Map.of(),
                            plugin.defaultDepositPercent(), null);
                });
    }

    private static void checkPrices(LoadedPlugin plugin, String field, Map<String, Long> prices) {
        if (prices == null) {
            return;
        }
        for (Map.Entry<String, Long> price : prices.entrySet()) {
            if (!plugin.defaultPrices().containsKey(price.getKey())) {
                throw DomainException.invalid(field + "." + price.getKey(),
                        "is not a price of this treatment; its prices are " + plugin.defaultPrices().keySet());
            }
            if (price.getValue() == null || price.getValue() < 0 || price.getValue() > MAX_AMOUNT) {
                throw DomainException.invalid(field + "." + price.getKey(),
                        "must be an amount in minor units from 0 to " + MAX_AMOUNT);
            }
        }
    }

    /** A treatment the tenant offers, with its settings. */
    public record OfferedTreatment(LoadedPlugin plugin, TreatmentSettings settings) {
    }
}
