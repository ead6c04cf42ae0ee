package com.regimen.web.testing;

import com.regimen.web.RegimenApplication;

import java.time.Clock;

/** The real application with the test clock. */
public class TestRegimenApplication extends RegimenApplication {
    public static final MutableClock CLOCK = new MutableClock();

    @Override
    protected Clock clock() {
        return CLOCK;
    }
}
