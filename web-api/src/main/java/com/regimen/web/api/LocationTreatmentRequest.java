package com.regimen.web.api;

import jakarta.validation.constraints.NotNull;

/** Switch a treatment on ({@code true}) or off at one location. */
public record LocationTreatmentRequest(@NotNull Boolean offered) {
}
