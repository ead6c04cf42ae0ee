--liquibase formatted sql

--changeset regimen:0022-appointments
-- room_free_at is the end plus the room's turnover: the room is taken until then. Overlap checks
-- and availability read a window through the (tenant_id, practitioner_id|room_id|location_id,
-- starts_at) indexes, never a tenant's whole history. version is bumped on every change
-- (compare-and-set on status).
CREATE TABLE appointments (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id     VARCHAR(40) CHARACTER SET ascii NOT NULL,
  plugin_version   VARCHAR(40) CHARACTER SET ascii NOT NULL,
  location_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  practitioner_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  room_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  course_id        CHAR(36) CHARACTER SET ascii NULL,
  session_number   INT NOT NULL,
  starts_at        DATETIME(6) NOT NULL,
  ends_at          DATETIME(6) NOT NULL,
  room_free_at     DATETIME(6) NOT NULL,
  status           VARCHAR(12) CHARACTER SET ascii NOT NULL,
  currency         CHAR(3) CHARACTER SET ascii NOT NULL,
  price            BIGINT NOT NULL,
  deposit          BIGINT NOT NULL,
  screening_id     CHAR(36) CHARACTER SET ascii NULL,
  clearance        JSON NULL,
  cancel_reason    VARCHAR(500) NULL,
  cancellation_fee BIGINT NULL,
  created_by       CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  version          INT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_appointments_practitioner (tenant_id, practitioner_id, starts_at),
  KEY ix_appointments_room (tenant_id, room_id, starts_at),
  KEY ix_appointments_location (tenant_id, location_id, starts_at),
  KEY ix_appointments_patient (tenant_id, patient_id, starts_at),
  KEY ix_appointments_course (tenant_id, course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE appointments;
