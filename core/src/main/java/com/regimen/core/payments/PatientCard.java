package com.regimen.core.payments;

import java.time.Instant;

/** A patient's Stripe customer on the tenant's account and saved card, if any. */
public record PatientCard(String patientId, String customerKey, String stripeCustomerId, String paymentMethodId,
                          Instant updatedAt) {
}
