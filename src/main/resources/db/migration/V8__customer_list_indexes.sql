-- The customer list answers every filter + sort it offers with one index range scan that already
-- delivers the rows in sort order (CustomerListOrder says which order each filter takes), reading
-- at most a few index rows per row shown (CustomerListPlanTest).
-- Merged duplicates are hidden, so every list index starts with merged_into_id (IS NULL is an equality).
-- For a filter value that matches a large share (a quarter of the customers are organizations)
-- the optimizer may rather read the sort's own index in order and skip the others: also one
-- range in sort order, a few rows read per row shown.
--   sort by name:          name, id
--   sort by region:        region, name, id
--   sort by last verified: last_verified_on, id
--   a text search (name, phone, e-mail) lists in the order of its normalized key; "needs verification"
--   lists the longest unverified first.

-- no filter (ix_customer_name from V1 serves the name sort), or a region filter
CREATE INDEX ix_customer_list_region ON customer (merged_into_id, region, name, id);
CREATE INDEX ix_customer_list_verified ON customer (merged_into_id, last_verified_on, id);
CREATE INDEX ix_customer_list_region_verified ON customer (merged_into_id, region, last_verified_on, id);

-- one equality filter, each sort
CREATE INDEX ix_customer_list_type_name ON customer (merged_into_id, type, name, id);
CREATE INDEX ix_customer_list_type_region ON customer (merged_into_id, type, region, name, id);
CREATE INDEX ix_customer_list_type_verified ON customer (merged_into_id, type, last_verified_on, id);
CREATE INDEX ix_customer_list_relationship_name ON customer (merged_into_id, relationship_type, name, id);
CREATE INDEX ix_customer_list_relationship_region ON customer (merged_into_id, relationship_type, region, name, id);
CREATE INDEX ix_customer_list_relationship_verified ON customer (merged_into_id, relationship_type, last_verified_on, id);
CREATE INDEX ix_customer_list_stage_name ON customer (merged_into_id, stage, name, id);
CREATE INDEX ix_customer_list_stage_region ON customer (merged_into_id, stage, region, name, id);
CREATE INDEX ix_customer_list_stage_verified ON customer (merged_into_id, stage, last_verified_on, id);

-- text searches by prefix of the normalized keys; the duplicate finder's self-joins among unmerged
-- records (merged_into_id IS NULL and key equal) use the same indexes
CREATE INDEX ix_customer_list_name_key ON customer (merged_into_id, name_key, region, id);
CREATE INDEX ix_customer_list_phone_key ON customer (merged_into_id, phone_key, id);
CREATE INDEX ix_customer_list_email_key ON customer (merged_into_id, email_key, id);

-- replaced: each served a filter but not its sort, or the duplicate finder only
DROP INDEX ix_customer_region ON customer;
DROP INDEX ix_customer_verified ON customer;
DROP INDEX ix_customer_type ON customer;
DROP INDEX ix_customer_relationship ON customer;
DROP INDEX ix_customer_stage ON customer;
DROP INDEX ix_customer_name_region_dup ON customer;
DROP INDEX ix_customer_phone_dup ON customer;
DROP INDEX ix_customer_email_dup ON customer;
