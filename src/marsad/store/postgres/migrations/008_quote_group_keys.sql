-- Each group's place in the listing and each quote's content words: mirrors sqlite/migrations/018_quote_group_keys.sql.
ALTER TABLE quote_groups ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_groups ADD COLUMN first_article TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE quote_groups ADD COLUMN first_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_groups ADD COLUMN first_row BIGINT NOT NULL DEFAULT 0;
ALTER TABLE quote_group_members ADD COLUMN words TEXT NOT NULL DEFAULT '';
