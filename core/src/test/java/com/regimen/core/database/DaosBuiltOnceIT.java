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
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DAO type is built into a SQL object once; every handle's DAO runs it on that handle, and only on
 * that handle, from any number of threads at once.
 */
class DaosBuiltOnceIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String NO_TENANT = "00000000-0000-7000-8000-00000000dead";

    /** A Jdbi whose SQL objects are built by a counting factory, behind {@link DaosBuiltOnce}. */
    private static Jdbi countingJdbi(AtomicInteger builds) {
        Jdbi jdbi = Jdbi.create(DB.dataSource()).installPlugin(new SqlObjectPlugin());
        ExtensionFactory sqlObjects = jdbi.getConfig(Extensions.class).findFactory(SqlObjectFactory.class).orElseThrow();
        ExtensionFactory counting = new ExtensionFactory() {
            @Override
            public boolean accepts(Class<?> extensionType) {
                return sqlObjects.accepts(extensionType);
            }

            @Override
            public Set<FactoryFlag> getFactoryFlags() {
                return sqlObjects.getFactoryFlags();
            }

            @Override
            public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
                builds.incrementAndGet();
                return sqlObjects.attach(extensionType, handleSupplier);
            }
        };
        return DaosBuiltOnce.install(jdbi, counting);
    }

    private static Tenant tenant(String name) {
        return new Tenant(UUID.randomUUID().toString(), name, "SAR", "en", Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void everyHandleAndEveryAttachShareOneBuild() {
        AtomicInteger builds = new AtomicInteger();
        Jdbi jdbi = countingJdbi(builds);
        try (Handle first = jdbi.open(); Handle second = jdbi.open()) {
            for (int i = 0; i < 3; i++) {
                assertThat(first.attach(TenantDao.class).find(NO_TENANT)).isEmpty();
                assertThat(second.attach(TenantDao.class).find(NO_TENANT)).isEmpty();
            }
        }
        Optional<Tenant> viaExtension = jdbi.withExtension(TenantDao.class, dao -> dao.find(NO_TENANT));
        assertThat(viaExtension).isEmpty();
        assertThat(builds).as("one SQL object for TenantDao, whatever asked for it").hasValue(1);
    }

    @Test
    void withoutItEveryAttachBuildsAnother() {
        // What sharing saves: plain Jdbi builds (copies the configuration for) a new SQL object on every attach.
        Jdbi plain = Jdbi.create(DB.dataSource()).installPlugin(new SqlObjectPlugin());
        try (Handle handle = plain.open()) {
            assertThat(handle.attach(TenantDao.class)).isNotSameAs(handle.attach(TenantDao.class));
        }
    }

    @Test
    void aDaoRunsOnTheHandleItWasAttachedTo() {
        Tenant uncommitted = tenant("Seen by its own transaction only");
        try (Handle writer = DB.jdbi().open(); Handle reader = DB.jdbi().open()) {
            writer.begin();
            TenantDao onWriter = writer.attach(TenantDao.class);
            TenantDao onReader = reader.attach(TenantDao.class);
            onWriter.insert(uncommitted);
            // Same SQL object underneath; the writer's connection sees its row, the reader's does not.
            assertThat(onWriter.find(uncommitted.tenantId())).isPresent();
            assertThat(onReader.find(uncommitted.tenantId())).isEmpty();
            writer.rollback();
            assertThat(onWriter.find(uncommitted.tenantId())).isEmpty();
        }
    }

    @Test
    void manyThreadsEachKeepToTheirOwnHandle() throws Exception {
        // Each thread writes a tenant in its own open transaction and must see its own row and no
        // other thread's: a call routed to another thread's handle would show up as one or the other.
        int threads = 8;
        int rounds = 25;
        Jdbi jdbi = DB.jdbi();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                checks.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < rounds; round++) {
                        try (Handle handle = jdbi.open()) {
                            handle.begin();
                            TenantDao dao = handle.attach(TenantDao.class);
                            Tenant mine = tenant("thread row");
                            dao.insert(mine);
                            assertThat(dao.find(mine.tenantId())).map(Tenant::tenantId).contains(mine.tenantId());
                            handle.rollback();
                            assertThat(dao.find(mine.tenantId())).isEmpty();
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> check : checks) {
                total += check.get(2, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(threads * rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDaoOnOneHandleCalledInsideAnotherHandlesCallGoesToItsOwn() {
        Tenant uncommitted = tenant("Nested");
        try (Handle writer = DB.jdbi().open(); Handle reader = DB.jdbi().open()) {
            writer.begin();
            writer.attach(TenantDao.class).insert(uncommitted);
            TenantDao onReader = reader.attach(TenantDao.class);
            // The outer call runs on the writer's handle; inside it, a reader's call and then the
            // writer's again: each must land on its own connection.
            Optional<Boolean> seen = writer.attach(TenantDao.class).find(uncommitted.tenantId()).map(found -> {
                boolean readerSees = onReader.find(uncommitted.tenantId()).isPresent();
                boolean writerSees = writer.attach(TenantDao.class).find(uncommitted.tenantId()).isPresent();
                return !readerSees && writerSees;
            });
            assertThat(seen).contains(true);
            writer.rollback();
        }
    }

    @Test
    void aSecondBookingBuildsNothingAndUsesTwoHandles() {
        AtomicInteger builds = new AtomicInteger();
        Jdbi jdbi = TransactionRetry.install(countingJdbi(builds));
        AttachCount count = AttachCount.install(jdbi);
        ExecutorService pluginThreads = CoreClinic.pluginThreads();
        try {
            CoreClinic clinic = CoreClinic.Services.on(jdbi, Clock.systemUTC(), pluginThreads).openClinic();
            String patient = clinic.patient();
            clinic.book(patient, CoreClinic.SUNDAY_10AM, null);
            String second = clinic.patient();
            int builtByFirst = builds.get();
            count.reset();
            clinic.book(second, CoreClinic.SUNDAY_10AM.plus(Duration.ofHours(2)), null);
            // What one booking asks of Jdbi (printed for docs/benchmarks.md).
            System.out.printf("One booking: %d DAO attaches of %d types on %d handles; %d SQL objects built by "
                    + "then, %d by the second booking%n", count.asked(), count.types(), count.handles(), builtByFirst,
                    builds.get() - builtByFirst);
            assertThat(builds.get() - builtByFirst).as("SQL objects built by the second booking").isZero();
            assertThat(count.asked()).isGreaterThanOrEqualTo(count.types()).isGreaterThan(10);
            assertThat(count.handles()).as("the gate's reads share one handle (Eligibility), the booking's "
                    + "transaction has the other").isEqualTo(2);
        } finally {
            pluginThreads.shutdown();
        }
    }

    /** Counts, in front of {@link DaosBuiltOnce}, the DAOs asked for on each handle. */
    private static final class AttachCount implements ExtensionFactory {
        private final ExtensionFactory shared;
        private final Map<Handle, Set<Class<?>>> typesPerHandle = new IdentityHashMap<>();
        private final Set<Class<?>> types = Collections.newSetFromMap(new IdentityHashMap<>());
        private int asked;

        private AttachCount(ExtensionFactory shared) {
            this.shared = shared;
        }

        static synchronized AttachCount install(Jdbi jdbi) {
            Extensions extensions = jdbi.getConfig(Extensions.class);
            AttachCount count = new AttachCount(extensions.findFactory(DaosBuiltOnce.class).orElseThrow());
            extensions.register(count);
            return count;
        }

        @Override
        public boolean accepts(Class<?> extensionType) {
            return shared.accepts(extensionType);
        }

        @Override
        public Set<FactoryFlag> getFactoryFlags() {
            return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
        }

        @Override
        public synchronized <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
            E dao = shared.attach(extensionType, handleSupplier);
            if (!(handleSupplier instanceof OnDemandHandleSupplier)) {
                asked++;
                typesPerHandle.computeIfAbsent(handleSupplier.getHandle(), h -> new HashSet<>()).add(extensionType);
                types.add(extensionType);
            }
            return dao;
        }

        synchronized void reset() {
            asked = 0;
            typesPerHandle.clear();
            types.clear();
        }

        synchronized int asked() {
            return asked;
        }

        synchronized int handles() {
            return typesPerHandle.size();
        }

        synchronized int types() {
            return types.size();
        }
    }
}
