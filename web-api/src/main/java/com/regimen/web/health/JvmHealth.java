package com.regimen.web.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getMax() > 0
                    && afterCollection.getUsed() >= heapLimit * afterCollection.getMax()) {
                return Optional.of("heap pool " + pool.getName() + " is " + 100 * afterCollection.getUsed()
                        / afterCollection.getMax() + "% full after a collection");
            }
        }
        return Optional.empty();
    }
}
