--liquibase formatted sql

--changeset regimen:0081-cancellation-policies
-- A tenant's cancellation terms; no row means the defaults (free until 24 hours before the start,
-- then the deposit is kept as the late-cancel fee, and as the no-show fee).
CREATE TABLE cancellation_policies (
  tenant_id                CHAR(36) CHARACTER SET ascii NOT NULL,
  free_cancellation_hours  INT NOT NULL,
  late_cancel_fee          VARCHAR(20) CHARACTER SET ascii NOT NULL,
  late_cancel_fee_percent  INT NULL,
  no_show_fee              VARCHAR(20) CHARACTER SET ascii NOT NULL,
  no_show_fee_percent      INT NULL,
  updated_at               DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE cancellation_policies;
