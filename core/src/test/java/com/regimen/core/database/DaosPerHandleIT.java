package com.regimen.core.database;

import com.regimen.core.tenancy.Tenant;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.testing.CoreClinic;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.internal.OnDemandHandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** A DAO is made once per handle, works on that handle only, and never outlives it. */
class DaosPerHandleIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String NO_TENANT = "00000000-0000-7000-8000-00000000dead";

    @Test
    void theSameHandleHandsOutTheDaoItAlreadyMade() {
        try (Handle handle = DB.jdbi().open()) {
            TenantDao first = handle.attach(TenantDao.class);
            assertThat(handle.attach(TenantDao.class)).isSameAs(first);
            assertThat(first.find(NO_TENANT)).isEmpty();
        }
    }

    @Test
    void withoutItEveryAttachMakesAnotherDao() {
        // What the cache saves: plain Jdbi copies the configuration for a new DAO on every attach.
        Jdbi plain = Jdbi.create(DB.dataSource()).installPlugin(new SqlObjectPlugin());
        try (Handle handle = plain.open()) {
            assertThat(handle.attach(TenantDao.class)).isNotSameAs(handle.attach(TenantDao.class));
        }
    }

    @Test
    void eachHandleHasItsOwn() {
        TenantDao onFirst;
        try (Handle first = DB.jdbi().open(); Handle second = DB.jdbi().open()) {
            onFirst = first.attach(TenantDao.class);
            TenantDao onSecond = second.attach(TenantDao.class);
            assertThat(onSecond).isNotSameAs(onFirst);
            first.close();
            // The second handle's DAO still works after the first handle closed.
            assertThat(onSecond.find(NO_TENANT)).isEmpty();
        }
        try (Handle later = DB.jdbi().open()) {
            assertThat(later.attach(TenantDao.class)).isNotSameAs(onFirst);
        }
    }

    @Test
    void aBookingMakesEachDaoOncePerHandle() {
        Jdbi jdbi = DB.jdbi();
        AttachCount count = AttachCount.install(jdbi);
        ExecutorService pluginThreads = CoreClinic.pluginThreads();
        try {
            CoreClinic clinic = CoreClinic.Services.on(jdbi, Clock.systemUTC(), pluginThreads).openClinic();
            String patient = clinic.patient();
            count.reset();
            clinic.book(patient, CoreClinic.SUNDAY_10AM, null);
            // What one booking asks of Jdbi (printed for docs/benchmarks.md): every DAO it asks for again
            // on a handle is the one made there before.
            System.out.printf("One booking: %d DAO attaches on %d handles, %d DAOs made%n", count.asked(),
                    count.handles(), count.made());
            assertThat(count.handles()).as("the gate's reads share one handle (Eligibility), the booking's "
                    + "transaction has the other").isEqualTo(2);
            assertThat(count.made()).isEqualTo(count.distinctPerHandle());
            assertThat(count.asked()).as("the booking asks for some DAOs more than once on a handle")
                    .isGreaterThan(count.made());
        } finally {
            pluginThreads.shutdown();
        }
    }

    /**
     * Counts, in front of {@link DaosPerHandle}, the DAOs asked for on each handle and the distinct
     * instances handed out.
     */
    private static final class AttachCount implements ExtensionFactory {
        private final ExtensionFactory cached;
        private final Map<Handle, Set<Class<?>>> typesPerHandle = new IdentityHashMap<>();
        private final Set<Object> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        private int asked;

        private AttachCount(ExtensionFactory cached) {
            this.cached = cached;
        }

        static synchronized AttachCount install(Jdbi jdbi) {
            Extensions extensions = jdbi.getConfig(Extensions.class);
            AttachCount count = new AttachCount(extensions.findFactory(DaosPerHandle.class).orElseThrow());
            extensions.register(count);
            return count;
        }

        @Override
        public boolean accepts(Class<?> extensionType) {
            return cached.accepts(extensionType);
        }

        @Override
        public Set<FactoryFlag> getFactoryFlags() {
            return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
        }

        @Override
        public synchronized <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
            E dao = cached.attach(extensionType, handleSupplier);
            if (!(handleSupplier instanceof OnDemandHandleSupplier)) {
                asked++;
                typesPerHandle.computeIfAbsent(handleSupplier.getHandle(), h -> new HashSet<>()).add(extensionType);
                instances.add(dao);
            }
            return dao;
        }

        synchronized void reset() {
            asked = 0;
            typesPerHandle.clear();
            instances.clear();
        }

        synchronized int asked() {
            return asked;
        }

        synchronized int handles() {
            return typesPerHandle.size();
        }

        synchronized int made() {
            return instances.size();
        }

        synchronized int distinctPerHandle() {
            return typesPerHandle.values().stream().mapToInt(Set::size).sum();
        }
    }

    @Test
    void extensionsThatOpenTheirOwnHandleAreNotKept() {
        // jdbi.withExtension opens a handle for the call and closes it: each call must get a fresh DAO.
        TenantDao[] seen = new TenantDao[2];
        for (int call = 0; call < 2; call++) {
            int index = call;
            Optional<Tenant> found = DB.jdbi().withExtension(TenantDao.class, dao -> {
                seen[index] = dao;
                return dao.find(NO_TENANT);
            });
            assertThat(found).isEmpty();
        }
        assertThat(seen[1]).isNotSameAs(seen[0]);
    }
}
