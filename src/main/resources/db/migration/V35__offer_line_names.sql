-- A catalog line keeps its item's names in both languages, so every reader (and the offer document) sees it in
-- their own language, and a sent offer stays as it was when the catalog is renamed later. Custom and reward
-- lines have none: their description is what was typed.
ALTER TABLE offer_line
    ADD COLUMN name_en VARCHAR(200) NULL,
    ADD COLUMN name_zh VARCHAR(200) NULL;

UPDATE offer_line l JOIN catalog_item c ON c.id = l.catalog_item_id
SET l.name_en = c.name_en, l.name_zh = c.name_zh
WHERE l.reward = FALSE;
