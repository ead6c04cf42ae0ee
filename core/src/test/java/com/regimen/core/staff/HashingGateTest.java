package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HashingGateTest {

    @Test
    void aHashBeyondTheBoundIsRefusedWith503AndRetryAfterOnceTheWaitIsOver() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ZERO);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<String> held = holder.submit(() -> gate.run(() -> {
                inside.countDown();
                await(release);
                return "first";
            }));
            inside.await();

            DomainException busy = catchThrowableOfType(DomainException.class, () -> gate.run(() -> "second"));

            assertThat(busy.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(busy.code()).isEqualTo("SIGN_IN_BUSY");
            assertThat(busy.extensions()).containsEntry("retryAfterSeconds", 1L);
            release.countDown();
            assertThat(held.get()).isEqualTo("first");
            assertThat(gate.run(() -> "third")).isEqualTo("third");
            assertThat(gate.computed()).isEqualTo(2);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    @Test
    void racingHashesNeverExceedTheBoundAndEveryOneIsAnsweredOnce() throws Exception {
        int bound = 3;
        int callers = 24;
        HashingGate gate = new HashingGate(bound, Duration.ofMinutes(1));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                answers.add(pool.submit(() -> {
                    await(start);
                    return gate.run(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.yield();
                        running.decrementAndGet();
                        return caller;
                    });
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                answered.add(answer.get());
            }
            assertThat(answered).hasSize(callers).doesNotHaveDuplicates();
            assertThat(mostAtOnce.get()).isBetween(1, bound);
            assertThat(gate.computed()).isEqualTo(callers);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
