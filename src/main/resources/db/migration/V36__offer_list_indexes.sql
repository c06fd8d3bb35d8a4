-- The offers list reads newest first (created_at, id), optionally of one state or one author: each of these
-- lets the database walk the index in list order and stop after a page instead of sorting every offer.
CREATE INDEX ix_offer_created ON offer (created_at, id);
CREATE INDEX ix_offer_state_created ON offer (state, created_at, id);
CREATE INDEX ix_offer_author_created ON offer (author, created_at, id);
