--liquibase formatted sql

--changeset regimen:0023-courses
CREATE TABLE courses (
  tenant_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  id            CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  location_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  sessions      INT NOT NULL,
  created_by    CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE courses;
