-- What regrouping only the quotes that changed needs: each stored group's place in the listing (how many outlets,
-- its first report: article, offset, row) so that groups regrouped are sorted in among those kept, and each
-- quote's content words (folded, space-separated) so that the kept quotes a new one may join are found without
-- reading every quote's span again.
ALTER TABLE quote_groups ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_groups ADD COLUMN first_article TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_groups ADD COLUMN first_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_groups ADD COLUMN first_row INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_group_members ADD COLUMN words TEXT NOT NULL DEFAULT '';
