package com.regimen.web;

import com.regimen.core.messages.MessageDispatcher;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the message dispatcher on every node, every poll interval after the last run ended, on one
 * thread the server's lifecycle stops. Nodes need no coordination: leases keep them off each other's
 * messages.
 */
final class MessagePolling {
    private static final Logger LOG = LoggerFactory.getLogger(MessagePolling.class);

    private MessagePolling() {
    }

    static void start(Environment environment, MessageDispatcher dispatcher, Duration interval) {
        if (interval.toMilliseconds() <= 0) {
            return;
        }
        ScheduledExecutorService thread = environment.lifecycle().scheduledExecutorService("messages-%d").threads(1)
                .build();
        thread.scheduleWithFixedDelay(() -> {
            try {
                dispatcher.dispatchDue();
            } catch (RuntimeException e) {
                // A lost database must not end the schedule: the next run tries again.
                LOG.warn("Message dispatch run failed: {}", e.getClass().getSimpleName());
            }
        }, interval.toMilliseconds(), interval.toMilliseconds(), TimeUnit.MILLISECONDS);
    }
}
