--liquibase formatted sql

--changeset regimen:0077-patient-search-terms
-- The patients' search index: each folded word of a name and each form of a phone (whole E.164 and
-- national number, prefixed tel:), so a search on any part of the name or the phone is an index range
-- read. Binary collation: the application folds (case, diacritics, Arabic letter forms) itself.
CREATE TABLE patient_search_terms (
  tenant_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  term        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  patient_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (tenant_id, term, patient_id),
  KEY ix_patient_search_terms_patient (tenant_id, patient_id, term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patient_search_terms;

--changeset regimen:0077-patient-phone-as-typed
-- The phone as it was typed before phones became E.164 (0078), so rolling that back restores it.
ALTER TABLE patients ADD COLUMN phone_as_typed VARCHAR(40) NULL AFTER phone;
--rollback ALTER TABLE patients DROP COLUMN phone_as_typed;
