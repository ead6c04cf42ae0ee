package com.regimen.web.health;

import com.codahale.metrics.health.HealthCheck;

/** Red after a fatal JVM error, or while the heap is nearly full after a collection (see {@link JvmHealth}). */
public class JvmHealthCheck extends HealthCheck {
    private final JvmHealth jvm;

    public JvmHealthCheck(JvmHealth jvm) {
        this.jvm = jvm;
    }

    @Override
    protected Result check() {
        return jvm.problem().map(Result::unhealthy).orElseGet(() -> Result.healthy("no fatal error; heap has room"));
    }
}
