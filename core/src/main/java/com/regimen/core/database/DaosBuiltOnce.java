package com.regimen.core.database;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each DAO type is built into a SQL object once per {@link Jdbi}; attaching it to a handle hands out
 * a thin view that runs the shared SQL object on that handle.
 *
 * <p>Why: Jdbi 3.51 builds a SQL object by copying the whole configuration registry once for the
 * object and once more for each of its methods, and warming every method's statement. A booking
 * uses 18 DAO types, so even built once per handle that was 17.5% of the booking's CPU samples
 * (JFR, docs/benchmarks.md). What Jdbi builds depends only on the DAO type and the configuration,
 * and no handle here changes its configuration, so one SQL object per type serves every handle.
 *
 * <p>How the shared object finds its handle: it is built on {@link CallersHandle}, a handle supplier
 * that answers with the supplier of whichever view is calling on this thread. A view sets it for the
 * length of one call and puts back what was there (a DAO's default method may call a DAO on another
 * handle). The shared object itself is never handed out.
 */
public final class DaosBuiltOnce implements ExtensionFactory {
    private final Jdbi jdbi;
    private final ExtensionFactory sqlObjects;
    private final CallersHandle callersHandle;
    private final Map<Class<?>, Object> built = new ConcurrentHashMap<>();

    private DaosBuiltOnce(Jdbi jdbi, ExtensionFactory sqlObjects) {
        this.jdbi = jdbi;
        this.sqlObjects = sqlObjects;
        this.callersHandle = new CallersHandle(jdbi);
    }

    /** Puts itself in front of the SQL object factory of {@code jdbi}; returns {@code jdbi}. */
    public static Jdbi install(Jdbi jdbi) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        ExtensionFactory sqlObjects = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObjectPlugin is not installed"));
        return install(jdbi, sqlObjects);
    }

    /** Builds with {@code sqlObjects}: tests count what it builds. */
    static Jdbi install(Jdbi jdbi, ExtensionFactory sqlObjects) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        if (extensions.findFactory(DaosBuiltOnce.class).isEmpty()) {
            extensions.register(new DaosBuiltOnce(jdbi, sqlObjects));
        }
        return jdbi;
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    /** Jdbi must not wrap these in a proxy of its own: {@link #attach} makes the view. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        if (handleSupplier.getJdbi() != jdbi) {
            // A configuration copied into another Jdbi: build there as plain Jdbi would.
            return sqlObjects.attach(extensionType, handleSupplier);
        }
        Object shared = built.get(extensionType);
        if (shared == null) {
            // Built outside computeIfAbsent: building must not hold the map, and two threads that
            // race build twice and keep the first.
            Object made = sqlObjects.attach(extensionType, callersHandle);
            shared = built.putIfAbsent(extensionType, made);
            if (shared == null) {
                shared = made;
            }
        }
        return extensionType.cast(Proxy.newProxyInstance(extensionType.getClassLoader(),
                new Class<?>[] {extensionType}, new View(extensionType, shared, handleSupplier, callersHandle)));
    }

    /** One attach: runs the shared SQL object with the caller's handle supplier in place. */
    private record View(Class<?> type, Object shared, HandleSupplier supplier, CallersHandle callersHandle)
            implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                // A proxy hands on only these three of Object's methods: equals, hashCode and toString.
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " on " + supplier;
                };
            }
            HandleSupplier previous = callersHandle.enter(supplier);
            try {
                return Proxy.getInvocationHandler(shared).invoke(shared, method, args);
            } finally {
                callersHandle.leave(previous);
            }
        }
    }

    /**
     * The handle supplier the shared SQL objects are built on: the calling view's, or, while a SQL
     * object is being built (no view calling), the Jdbi's configuration.
     */
    private static final class CallersHandle implements HandleSupplier {
        private final Jdbi jdbi;
        private final ThreadLocal<HandleSupplier> current = new ThreadLocal<>();

        CallersHandle(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        HandleSupplier enter(HandleSupplier supplier) {
            HandleSupplier previous = current.get();
            current.set(supplier);
            return previous;
        }

        void leave(HandleSupplier previous) {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }

        private HandleSupplier caller() {
            HandleSupplier supplier = current.get();
            if (supplier == null) {
                throw new IllegalStateException("a shared SQL object was called without a handle");
            }
            return supplier;
        }

        @Override
        public Handle getHandle() {
            return caller().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        @Override
        public ConfigRegistry getConfig() {
            HandleSupplier supplier = current.get();
            return supplier == null ? jdbi.getConfig() : supplier.getConfig();
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return caller().invokeInContext(extensionContext, task);
        }
    }
}
