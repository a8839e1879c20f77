-- Quotes grouped across outlets: mirrors sqlite/migrations/017_quote_groups.sql.
CREATE TABLE quote_groups (
    ordinal  INTEGER PRIMARY KEY,
    group_id TEXT COLLATE "C" NOT NULL,
    quotes   INTEGER NOT NULL
);
CREATE INDEX quote_groups_group ON quote_groups(group_id);
CREATE TABLE quote_group_members (
    row_id   BIGINT PRIMARY KEY,
    group_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX quote_group_members_group ON quote_group_members(group_id);
CREATE TABLE quotes_changed (
    article_id TEXT COLLATE "C" PRIMARY KEY,
    times      INTEGER NOT NULL DEFAULT 1
);
