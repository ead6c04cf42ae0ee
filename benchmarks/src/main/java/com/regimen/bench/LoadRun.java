package com.regimen.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: {@code clients} threads, each sending its next request as soon as
 * the last one answered, for a fixed time. Every attempt's latency is kept (not sampled), so the
 * percentiles are exact for the run.
 */
public final class LoadRun {

    /** What one attempt came to. A refusal is a correct answer (the slot was taken), not an error. */
    public enum Outcome { DONE, REFUSED, ERROR }

    /** One client's next attempt; {@code client} and {@code sequence} let it choose what to ask for. */
    @FunctionalInterface
    public interface Attempt {
        Outcome run(int client, long sequence) throws Exception;
    }

    public record Result(int clients, double seconds, long done, long refused, long errors, Latencies latencies,
                         String firstError) {
        public double donePerSecond() {
            return done / seconds;
        }

        public double attemptsPerSecond() {
            return (done + refused + errors) / seconds;
        }
    }

    private LoadRun() {
    }

    public static Result run(int clients, Duration duration, Attempt attempt) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] done = new long[clients];
        long[] refused = new long[clients];
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1 << 14];
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long sequence = 0;
                while (System.nanoTime() < deadline[0]) {
                    long began = System.nanoTime();
                    Outcome outcome;
                    try {
                        outcome = attempt.run(client, sequence++);
                    } catch (Exception e) {
                        firstError.compareAndSet(null, e.toString());
                        outcome = Outcome.ERROR;
                    }
                    long took = System.nanoTime() - began;
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = java.util.Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = took;
                    switch (outcome) {
                        case DONE -> done[client]++;
                        case REFUSED -> refused[client]++;
                        case ERROR -> errors[client]++;
                    }
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        long began = System.nanoTime();
        deadline[0] = began + duration.toNanos();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(clients, seconds, sum(done), sum(refused), sum(errors), Latencies.of(all), firstError.get());
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
