package com.regimen.core.messages;

import java.time.Duration;

/** How long a message waits after its n-th failed attempt: doubling from 30 s, never more than an hour. */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofHours(1);

    private Backoff() {
    }

    static Duration after(int attempts) {
        if (attempts <= 1) {
            return FIRST;
        }
        int doublings = Math.min(attempts - 1, 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
