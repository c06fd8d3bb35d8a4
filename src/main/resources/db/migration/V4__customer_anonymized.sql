-- GDPR-style anonymization keeps the record (orders and aggregates stay) but replaces its personal fields;
-- the moment is kept so a later import of its old external id is recognised and not re-identified.
ALTER TABLE customer ADD COLUMN anonymized_at DATETIME(6) NULL;
