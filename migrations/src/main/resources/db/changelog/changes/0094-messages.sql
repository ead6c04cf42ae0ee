--liquibase formatted sql

--changeset regimen:0094-messages
-- The transactional outbox: one row per message on one channel, written in the transaction of the
-- event that causes it (booking, reschedule, cancellation, completion, no-show, refund). Nothing is
-- rendered here: the dispatcher renders at send time, in the patient's language, from the template
-- and facts as they are then. dedupe_key makes a repeated write of the same event (a retried
-- transaction, a settlement booked twice) one message.
CREATE TABLE messages (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  event            VARCHAR(24) CHARACTER SET ascii NOT NULL,
  channel          VARCHAR(16) CHARACTER SET ascii NOT NULL,
  dedupe_key       VARCHAR(120) CHARACTER SET ascii NOT NULL,
  patient_id       CHAR(36) CHARACTER SET ascii NULL,
  appointment_id   CHAR(36) CHARACTER SET ascii NULL,
  refund_id        CHAR(36) CHARACTER SET ascii NULL,
  visit_starts_at  DATETIME(6) NULL,
  status           VARCHAR(16) CHARACTER SET ascii NOT NULL,
  reason           VARCHAR(300) NULL,
  attempts         INT NOT NULL DEFAULT 0,
  not_before       DATETIME(6) NOT NULL,
  next_attempt_at  DATETIME(6) NOT NULL,
  lease_owner      CHAR(36) CHARACTER SET ascii NULL,
  lease_until      DATETIME(6) NULL,
  provider_id      VARCHAR(100) CHARACTER SET ascii NULL,
  sent_at          DATETIME(6) NULL,
  created_at       DATETIME(6) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_messages_dedupe (tenant_id, dedupe_key, channel),
  KEY ix_messages_due (status, next_attempt_at),
  KEY ix_messages_lease (lease_owner),
  KEY ix_messages_appointment (tenant_id, appointment_id),
  KEY ix_messages_patient (tenant_id, patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A clinic chain's message settings; no row: the defaults (reminders 48 h and 24 h before, quiet
-- hours 21:00 to 08:00 in the location's zone, email and SMS).
CREATE TABLE message_settings (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  reminder_hours  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  quiet_from      TIME NOT NULL,
  quiet_to        TIME NOT NULL,
  channels        VARCHAR(40) CHARACTER SET ascii NOT NULL,
  updated_by      CHAR(36) CHARACTER SET ascii NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A patient who asked not to be messaged on a channel.
CREATE TABLE message_opt_outs (
  tenant_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  channel     VARCHAR(16) CHARACTER SET ascii NOT NULL,
  recorded_by CHAR(36) CHARACTER SET ascii NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, patient_id, channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE message_opt_outs; DROP TABLE message_settings; DROP TABLE messages;
