package com.regimen.web.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients booking PRP for one patient as fast as they can, each booking a different free slot
 * (one a day at 10:00 Riyadh from 1 March 2027), for the tests that break something under load.
 * Every request is recorded with when it was sent and what came of it, including the ones that
 * got no answer at all.
 */
public final class BookingLoad {
    private static final Instant FIRST_SLOT = Instant.parse("2027-03-01T07:00:00Z");
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(90);
    private static final String OUTCOME_UNKNOWN = "COMMIT_OUTCOME_UNKNOWN";

    /** One request: its answer, or why there was none. */
    public record Attempt(long sentNanos, Reply reply, Throwable failure) {
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> followedUp = new ConcurrentLinkedQueue<>();
    private final ExecutorService clients;

    /**
     * @param followUp sent after each booking with its appointment id (e.g. a payment), or null;
     *                 its answer is recorded too, and its id kept when it is a 201
     */
    public BookingLoad(Api api, Clinics.Clinic clinic, String patient, int clientCount,
                       BiFunction<Api, String, Reply> followUp) {
        clients = Executors.newFixedThreadPool(clientCount);
        for (int c = 0; c < clientCount; c++) {
            int client = c;
            clients.submit(() -> {
                // Each client its own days (client, client + N, ...). A 503 changed nothing, so the
                // same day is asked for again: burning a day on each fast 503 ran a long outage past
                // the lots' expiry, and every booking after it was OUT_OF_STOCK.
                int day = client;
                while (running.get()) {
                    Instant start = FIRST_SLOT.plusSeconds(86_400L * day);
                    Reply reply = send(() -> Clinics.book(api, clinic, patient, "prp", start.toString(), Map.of()));
                    if (reply != null && reply.status() == 503 && OUTCOME_UNKNOWN.equals(reply.text("code"))) {
                        // The commit was cut off: the day may be booked or not. A client told so must look
                        // before asking again (docs/reliability.md); this one moves on to its next day, so
                        // that a booking that did commit is not asked for twice (409 for its own slot).
                        day += clientCount;
                        continue;
                    }
                    if (reply != null && reply.status() == 503) {
                        pause();
                        continue;
                    }
                    day += clientCount;
                    if (reply != null && reply.status() == 201) {
                        booked.add(reply.text("id"));
                        Reply next = followUp == null ? null : send(() -> followUp.apply(api, reply.text("id")));
                        if (next != null && next.status() == 201) {
                            followedUp.add(next.text("id"));
                        }
                    }
                }
                return null;
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply send(java.util.function.Supplier<Reply> request) {
        long sent = System.nanoTime();
        try {
            Reply reply = request.get();
            attempts.add(new Attempt(sent, reply, null));
            return reply;
        } catch (AssertionError noAnswer) {
            attempts.add(new Attempt(sent, null, noAnswer.getCause()));
            return null;
        }
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** Ids of the appointments the server confirmed (201). */
    public List<String> booked() {
        return List.copyOf(booked);
    }

    /** Ids the follow-up requests returned with a 201. */
    public List<String> followedUp() {
        return List.copyOf(followedUp);
    }

    public int bookedCount() {
        return booked.size();
    }

    public int attemptCount() {
        return attempts.size();
    }

    /** Waits (at most 90 s) until {@code condition} holds. */
    public static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 90 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lets every client finish the request it is in and stops them. */
    public void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    }
}
