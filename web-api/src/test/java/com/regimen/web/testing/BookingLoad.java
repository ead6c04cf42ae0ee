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

    /**
     * One request: when it was sent and answered (monotonic nanos, and the wall clock at sending, to
     * line it up with the servers' and the database nodes' logs), its answer, or why there was none.
     */
    public record Attempt(long sentNanos, long answeredNanos, Instant sentAt, String what, Reply reply,
                          Throwable failure) {
        /** One line of a timeline: seconds since {@code zeroNanos}, what it was, how it ended, how long it took. */
        public String describe(long zeroNanos) {
            String outcome = reply == null ? "no answer (" + failure + ")"
                    : reply.status() + (reply.status() >= 400 ? " " + codeOf(reply) : "");
            return String.format("%+9.3f s  %s  %-18s %s  (%d ms)", (sentNanos - zeroNanos) / 1e9, sentAt, what, outcome,
                    TimeUnit.NANOSECONDS.toMillis(answeredNanos - sentNanos));
        }

        private static String codeOf(Reply reply) {
            try {
                return String.valueOf(reply.text("code"));
            } catch (AssertionError notJson) {
                return reply.body().length() > 80 ? reply.body().substring(0, 80) : reply.body();
            }
        }
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
                    Reply reply = send("booking " + start.toString().substring(0, 10), () -> Clinics.book(api, clinic, patient, "prp", start.toString(), Map.of()));
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
                        Reply next = followUp == null ? null : send("followUp", () -> followUp.apply(api, reply.text("id")));
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

    private Reply send(String what, java.util.function.Supplier<Reply> request) {
        long sent = System.nanoTime();
        Instant sentAt = Instant.now();
        try {
            Reply reply = request.get();
            attempts.add(new Attempt(sent, System.nanoTime(), sentAt, what, reply, null));
            return reply;
        } catch (AssertionError noAnswer) {
            attempts.add(new Attempt(sent, System.nanoTime(), sentAt, what, null, noAnswer.getCause()));
            return null;
        }
    }

    /**
     * Every request sent from {@code fromNanos} on, in the order sent, one line each (seconds since
     * {@code zeroNanos}): what a failed wait prints, so that a stall explains itself.
     */
    public String timeline(long fromNanos, long zeroNanos) {
        return timeline(fromNanos, zeroNanos, a -> true);
    }

    /** As {@link #timeline(long, long)}, only the requests {@code which} picks. */
    public String timeline(long fromNanos, long zeroNanos, java.util.function.Predicate<Attempt> which) {
        StringBuilder lines = new StringBuilder();
        attempts.stream().filter(a -> a.sentNanos() >= fromNanos).filter(which)
                .sorted(java.util.Comparator.comparingLong(Attempt::sentNanos))
                .forEach(a -> lines.append(a.describe(zeroNanos)).append('\n'));
        return lines.toString();
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
        await(condition, () -> "");
    }

    /** Waits (at most 90 s) until {@code condition} holds; if it never does, fails with {@code explanation}. */
    public static void await(BooleanSupplier condition, java.util.function.Supplier<String> explanation) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("waited 90 s\n" + explanation.get());
            }
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
