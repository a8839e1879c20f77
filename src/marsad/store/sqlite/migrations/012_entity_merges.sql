-- Entity merges (issue 12): users' corrections and the corpus step's merges of discovered entities.
-- Portable SQL; the PostgreSQL backend mirrors it in its own migrations folder.

-- A mention whose name gives entity_id counts for target_id (chains are kept flat: a target is never redirected).
CREATE TABLE entity_redirects (
    entity_id  TEXT PRIMARY KEY,
    target_id  TEXT NOT NULL,
    method     TEXT NOT NULL,               -- user | auto
    confidence REAL NOT NULL DEFAULT 1.0,
    evidence   TEXT NOT NULL DEFAULT '{}',  -- JSON: why (names compared, context shared)
    created_at TEXT NOT NULL
);
CREATE INDEX entity_redirects_target ON entity_redirects(target_id);

-- Pairs a user split apart: no merge joins them again.
CREATE TABLE entity_separations (
    entity_id  TEXT NOT NULL,
    other_id   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (entity_id, other_id)
);

-- Every merge and split, in order: the merge history of an entity.
CREATE TABLE entity_merge_log (
    seq        INTEGER NOT NULL PRIMARY KEY,  -- assigned by the writer (max + 1)
    action     TEXT NOT NULL,                 -- merge | split
    entity_id  TEXT NOT NULL,
    target_id  TEXT NOT NULL,
    method     TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1.0,
    evidence   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX entity_merge_log_entity ON entity_merge_log(entity_id);
CREATE INDEX entity_merge_log_target ON entity_merge_log(target_id);

-- Blocking keys (transliteration skeletons of name words) of discovered entities, so that merging
-- a new name looks up a few candidates instead of comparing it with every entity.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);
