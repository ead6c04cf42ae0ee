package com.regimen.core.payments;

/** What a payment is for. */
public enum PaymentKind {
    DEPOSIT,
    BALANCE,
    NO_SHOW_FEE
}
