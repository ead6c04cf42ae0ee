package com.regimen.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Token buckets (Bucket4j) in front of the patients' public self-service pages: one per client
 * address and one per presented link, each refilled whole every minute. Checked before anything
 * reads the database, so a flood costs a map look-up and never the pool other tenants use. The
 * buckets live in this node's memory, bounded (Caffeine): several nodes each allow the limit, which
 * bounds the flood by the node count. They read the server's clock, so tests move time, not wait.
 */
public final class SelfServiceThrottle {
    static final String CODE = "SELF_SERVICE_RATE_LIMITED";
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perAddress;
    private final int perLink;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public SelfServiceThrottle(int perAddress, int perLink, Clock clock) {
        this.perAddress = perAddress;
        this.perLink = perLink;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Duration sinceEpoch = Duration.between(java.time.Instant.EPOCH, clock.instant());
                return sinceEpoch.toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** 429 SELF_SERVICE_RATE_LIMITED with Retry-After when the address or the link has used its minute. */
    public void check(String clientAddress, String presentedToken) {
        for (String key : List.of("a:" + clientAddress, "l:" + fingerprint(presentedToken))) {
            int limit = key.startsWith("a:") ? perAddress : perLink;
            ConsumptionProbe probe = buckets.get(key, k -> bucket(limit)).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                        + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
                throw new DomainException(ErrorKind.RATE_LIMITED, CODE, "Too many requests for this page; "
                        + "try again in " + seconds + " s.", List.of(), Map.of("retryAfterSeconds", seconds));
            }
        }
    }

    private Bucket bucket(int limit) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, PERIOD).build())
                .withCustomTimePrecision(time).build();
    }

    /** The bucket is keyed by a digest, so this map never holds a usable token. */
    private static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
