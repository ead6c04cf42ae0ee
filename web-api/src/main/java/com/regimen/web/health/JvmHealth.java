package com.regimen.web.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether this JVM can still be trusted to serve. After an OutOfMemoryError (or any other
 * VirtualMachineError) a thread may have died half-way, e.g. the log writer, and the JVM never
 * recovers: it stays unhealthy until restarted, so a load balancer or supervisor takes it out. A
 * heap that is still nearly full after a collection is unhealthy while it lasts.
 */
public final class JvmHealth implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JvmHealth.class);

    private final AtomicReference<String> fatal = new AtomicReference<>();
    private final double heapLimit;
    private final Thread.UncaughtExceptionHandler next;

    /**
     * @param heapLimit the share of a heap pool's maximum that, still used after a collection, is unhealthy
     * @param next      the handler that was installed before, called after this one records the error
     */
    public JvmHealth(double heapLimit, Thread.UncaughtExceptionHandler next) {
        this.heapLimit = heapLimit;
        this.next = next;
    }

    /** Remembers a fatal error (a VirtualMachineError) wherever it was caught; other errors pass. */
    public void record(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError) {
                fatal.compareAndSet(null, cause.getClass().getSimpleName() + " in thread "
                        + Thread.currentThread().getName());
                return;
            }
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        record(error);
        if (next != null) {
            next.uncaughtException(thread, error);
        } else {
            LOG.error("Uncaught error in thread {}", thread.getName(), error);
        }
    }

    /** Why this JVM should not serve, or empty while it is fit. */
    public Optional<String> problem() {
        String error = fatal.get();
        if (error != null) {
            return Optional.of("a fatal error happened (" + error + "); restart the server");
        }
        List<PoolAfterCollection> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null) {
                pools.add(new PoolAfterCollection(pool.getName(), pool.isUsageThresholdSupported(),
                        afterCollection.getUsed(), afterCollection.getMax()));
            }
        }
        return heapProblem(pools, heapLimit);
    }

    /**
     * A heap pool after its last collection.
     *
     * @param longLived whether it holds long-lived objects (the JVM supports a usage threshold only
     *                  on those: the old generation, not eden or survivor spaces)
     */
    record PoolAfterCollection(String name, boolean longLived, long used, long max) {
    }

    /**
     * Only a long-lived pool counts: a survivor space is routinely full after a young collection,
     * while an old generation still nearly full after one means the heap is about to run out.
     */
    static Optional<String> heapProblem(List<PoolAfterCollection> pools, double limit) {
        for (PoolAfterCollection pool : pools) {
            if (pool.longLived() && pool.max() > 0 && pool.used() >= limit * pool.max()) {
                return Optional.of("heap pool " + pool.name() + " is " + 100 * pool.used() / pool.max()
                        + "% full after a collection");
            }
        }
        return Optional.empty();
    }
}
