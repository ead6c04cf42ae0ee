package com.regimen.core.selfservice;

import java.time.Instant;

/**
 * The patient's answers were kept. Deliberately nothing about what screening made of them: a result
 * that needs a physician reaches the clinic (the appointment's "new intake: review" flag and the
 * recorded screening), never the patient as a diagnosis.
 */
public record IntakeReceived(int version, Instant receivedAt) {
}
