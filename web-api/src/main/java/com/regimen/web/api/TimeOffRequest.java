package com.regimen.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

public record TimeOffRequest(@NotNull @Storable Instant from, @NotNull @Storable Instant to, @Size(max = 500) String reason) {
}
