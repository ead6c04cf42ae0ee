package com.regimen.web.health;

import com.regimen.web.health.JvmHealth.PoolAfterCollection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JvmHealthTest {

    /** Found running the jar: a full survivor space after a young collection turned the check red. */
    @Test
    void aFullSurvivorSpaceAfterAYoungCollectionIsNormal() {
        assertThat(JvmHealth.heapProblem(List.of(
                new PoolAfterCollection("Eden Space", false, 70, 70),
                new PoolAfterCollection("Survivor Space", false, 8, 8),
                new PoolAfterCollection("Tenured Gen", true, 50, 170)), 0.95)).isEmpty();
    }

    @Test
    void anOldGenerationNearlyFullAfterACollectionIsUnhealthy() {
        assertThat(JvmHealth.heapProblem(List.of(
                new PoolAfterCollection("Survivor Space", false, 1, 8),
                new PoolAfterCollection("Tenured Gen", true, 165, 170)), 0.95))
                .hasValue("heap pool Tenured Gen is 97% full after a collection");
    }

    @Test
    void thisJvmIsHealthyWithoutAFatalErrorAndAFatalErrorStays() {
        JvmHealth health = new JvmHealth(0.95, null);
        assertThat(health.problem()).isEmpty();

        health.record(new IllegalStateException("an ordinary failure"));
        assertThat(health.problem()).isEmpty();

        health.record(new RuntimeException("wrapped", new OutOfMemoryError("Java heap space")));
        assertThat(health.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("OutOfMemoryError"));
        assertThat(health.problem()).isPresent();
    }
}
