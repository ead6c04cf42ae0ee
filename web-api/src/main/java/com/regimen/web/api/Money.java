package com.regimen.web.api;

/** An amount in the currency's minor units (halalas, cents). */
public record Money(long amount, String currency) {
}
