package com.regimen.core.database;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.internal.OnDemandHandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each DAO is attached once per handle, and the same instance is handed out again on that handle.
 *
 * <p>Why: Jdbi 3.51's {@code Handle.attach} copies the whole configuration registry for the new DAO
 * and once more for every one of its methods, and a booking's steps each attached the same DAOs to
 * the same handle again: JFR put {@code Handle.attach} on a quarter of the booking's CPU samples
 * (docs/benchmarks.md). A DAO is bound to its handle and holds nothing else, so handing out the one
 * already made on the handle is the same as making another.
 *
 * <p>The cache lives in the handle's own configuration (a {@link JdbiConfig} whose copy starts
 * empty), so it dies with the handle and is never shared between handles. Extensions made by
 * {@code jdbi.withExtension}/{@code onDemand} open their handle lazily and are not cached.
 */
public final class DaosPerHandle implements ExtensionFactory {
    private final ExtensionFactory sqlObjects;

    private DaosPerHandle(ExtensionFactory sqlObjects) {
        this.sqlObjects = sqlObjects;
    }

    /** Puts the cache in front of the SQL object factory of {@code jdbi}; returns {@code jdbi}. */
    public static Jdbi install(Jdbi jdbi) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        if (extensions.findFactory(DaosPerHandle.class).isPresent()) {
            return jdbi;
        }
        ExtensionFactory sqlObjects = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObjectPlugin is not installed"));
        extensions.register(new DaosPerHandle(sqlObjects));
        return jdbi;
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    /** Jdbi must not wrap these in a proxy of its own: {@link #attach} hands out the SQL object factory's. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        if (handleSupplier instanceof OnDemandHandleSupplier) {
            return sqlObjects.attach(extensionType, handleSupplier);
        }
        Map<Class<?>, Object> attached = handleSupplier.getConfig().get(Attached.class).daos;
        Object dao = attached.get(extensionType);
        if (dao == null) {
            dao = sqlObjects.attach(extensionType, handleSupplier);
            attached.put(extensionType, dao);
        }
        return extensionType.cast(dao);
    }

    /** The DAOs attached on one handle. A handle is used by one thread at a time. */
    public static final class Attached implements JdbiConfig<Attached> {
        private final Map<Class<?>, Object> daos = new HashMap<>();

        public Attached() {
        }

        /** A new handle (or a DAO's own configuration) starts with none. */
        @Override
        public Attached createCopy() {
            return new Attached();
        }
    }
}
