--liquibase formatted sql

--changeset regimen:0060-clinic-medicines
-- A clinic's own additions to the built-in medicine vocabulary: a name (as the clinic writes it and
-- folded for matching) and the class it belongs to. A name may carry several classes, one row each.
CREATE TABLE clinic_medicines (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  name             VARCHAR(100) NOT NULL,
  folded_name      VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  medicine_class   VARCHAR(40) CHARACTER SET ascii NOT NULL,
  created_by       CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_clinic_medicines_name_class (tenant_id, folded_name, medicine_class)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE clinic_medicines;
