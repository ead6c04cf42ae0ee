--liquibase formatted sql

--changeset regimen:0051-tax-documents
-- One number series per location and document type. The row is locked FOR UPDATE in the
-- transaction that inserts the document, so numbers are gapless: a rollback gives the number back.
CREATE TABLE tax_document_counters (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  series       VARCHAR(4) CHARACTER SET ascii NOT NULL,
  last_number  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, location_id, series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tax invoices (one per payment received) and credit notes (one per refund). Immutable: the
-- seller's details and the VAT rate are copied in when the document is issued.
CREATE TABLE tax_documents (
  tenant_id             CHAR(36) CHARACTER SET ascii NOT NULL,
  id                    CHAR(36) CHARACTER SET ascii NOT NULL,
  type                  VARCHAR(12) CHARACTER SET ascii NOT NULL,
  location_id           CHAR(36) CHARACTER SET ascii NOT NULL,
  series                VARCHAR(4) CHARACTER SET ascii NOT NULL,
  number                BIGINT NOT NULL,
  source_id             CHAR(36) CHARACTER SET ascii NOT NULL,
  payment_id            CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id          VARCHAR(64) CHARACTER SET ascii NOT NULL,
  payment_kind          VARCHAR(20) CHARACTER SET ascii NOT NULL,
  original_document_id  CHAR(36) CHARACTER SET ascii NULL,
  business_date         DATE NOT NULL,
  issued_at             DATETIME(6) NOT NULL,
  country               CHAR(2) CHARACTER SET ascii NOT NULL,
  seller_name_ar        VARCHAR(200) NOT NULL,
  seller_name_en        VARCHAR(200) NOT NULL,
  vat_number            VARCHAR(15) CHARACTER SET ascii NOT NULL,
  currency              CHAR(3) CHARACTER SET ascii NOT NULL,
  vat_rate_bp           INT NOT NULL,
  net                   BIGINT NOT NULL,
  vat                   BIGINT NOT NULL,
  gross                 BIGINT NOT NULL,
  -- On an invoice: what its credit notes have credited so far, kept under the invoice row's lock so
  -- that the note completing a refund can take exactly the VAT that is left.
  credited_gross        BIGINT NOT NULL DEFAULT 0,
  credited_vat          BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_tax_documents_number (tenant_id, location_id, series, number),
  UNIQUE KEY uq_tax_documents_source (tenant_id, type, source_id),
  KEY ix_tax_documents_appointment (tenant_id, appointment_id),
  KEY ix_tax_documents_day (tenant_id, location_id, business_date),
  CONSTRAINT ck_tax_documents_sum CHECK (net + vat = gross)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE tax_documents; DROP TABLE tax_document_counters;
