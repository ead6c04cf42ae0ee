package com.regimen.core.booking;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which treatments each location offers, as the back office sees and switches them. The rule itself
 * is {@link LocationOffer}'s; this reads it for every installed treatment and records the switch.
 */
public final class TreatmentOfferings {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginRegistry plugins;
    private final TreatmentMenu menu;
    private final AuditTrail audit;

    public TreatmentOfferings(Jdbi jdbi, Clock clock, PluginRegistry plugins, TreatmentMenu menu, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.menu = menu;
        this.audit = audit;
    }

    /**
     * One installed treatment at one location.
     *
     * @param enabledByChain whether the chain offers it at all (its treatment settings)
     * @param offer          what the location's accreditations and switches say
     */
    public record Offering(LoadedPlugin treatment, boolean enabledByChain, LocationOffer offer) {
        /** Bookable here: the chain offers it and the location does too. */
        public boolean offered() {
            return enabledByChain && offer == LocationOffer.OFFERED;
        }
    }

    public List<Offering> at(StaffIdentity reader, String locationId) {
        Set<String> enabled = enabledIds(reader);
        return jdbi.withHandle(handle -> {
            Location location = Locations.find(handle, reader.tenantId(), locationId);
            return plugins.all().stream().map(plugin -> offering(handle, location, plugin, enabled)).toList();
        });
    }

    /** Switches one treatment on or off at one location; switching it on again lifts only the switch. */
    public Offering set(StaffIdentity actor, String locationId, String treatmentId, boolean offered) {
        LoadedPlugin plugin = plugins.get(treatmentId);
        Set<String> enabled = enabledIds(actor);
        return jdbi.inTransaction(handle -> {
            Location location = Locations.find(handle, actor.tenantId(), locationId);
            LocationOfferingDao dao = handle.attach(LocationOfferingDao.class);
            int changed = offered ? dao.switchOn(actor.tenantId(), locationId, treatmentId)
                    : dao.switchOff(actor.tenantId(), locationId, treatmentId, actor.actorId(), clock.instant());
            if (changed > 0) {
                audit.record(handle, actor, offered ? "location.treatment_switched_on"
                        : "location.treatment_switched_off", "location", locationId, Map.of("treatmentId", treatmentId));
            }
            return offering(handle, location, plugin, enabled);
        });
    }

    private Set<String> enabledIds(StaffIdentity reader) {
        return Set.copyOf(menu.offeredPlugins(reader).stream().map(LoadedPlugin::id).toList());
    }

    private static Offering offering(Handle handle, Location location, LoadedPlugin plugin, Set<String> enabled) {
        return new Offering(plugin, enabled.contains(plugin.id()), LocationOffer.of(handle, location, plugin));
    }
}
