package com.regimen.core.payments;

public enum PaymentMethod {
    CARD,
    CASH
}
