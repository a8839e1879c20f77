-- Quotes grouped across outlets, as the corpus step ``quote_records.quote_groups_step`` found them: the groups in
-- listing order (the most widely reported first) and each quote's group by its annotation row, so that a page of
-- statements is read without grouping every quote on every request.  An article whose quotes are written again
-- is listed in ``quotes_changed`` (how many times) until the step has grouped them: the listing then groups in
-- memory, as before.
CREATE TABLE quote_groups (
    ordinal  INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL,
    quotes   INTEGER NOT NULL
);
CREATE INDEX quote_groups_group ON quote_groups(group_id);
CREATE TABLE quote_group_members (
    row_id   INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL
);
CREATE INDEX quote_group_members_group ON quote_group_members(group_id);
CREATE TABLE quotes_changed (
    article_id TEXT PRIMARY KEY,
    times      INTEGER NOT NULL DEFAULT 1
);
