-- Entity merges (issue 12): mirrors sqlite/migrations/012_entity_merges.sql.
CREATE TABLE entity_redirects (
    entity_id  TEXT COLLATE "C" PRIMARY KEY,
    target_id  TEXT COLLATE "C" NOT NULL,
    method     TEXT COLLATE "C" NOT NULL,
    confidence DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    evidence   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX entity_redirects_target ON entity_redirects(target_id);

CREATE TABLE entity_separations (
    entity_id  TEXT COLLATE "C" NOT NULL,
    other_id   TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, other_id)
);

CREATE TABLE entity_merge_log (
    seq        BIGINT NOT NULL PRIMARY KEY,
    action     TEXT COLLATE "C" NOT NULL,
    entity_id  TEXT COLLATE "C" NOT NULL,
    target_id  TEXT COLLATE "C" NOT NULL,
    method     TEXT COLLATE "C" NOT NULL,
    confidence DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    evidence   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX entity_merge_log_entity ON entity_merge_log(entity_id);
CREATE INDEX entity_merge_log_target ON entity_merge_log(target_id);

CREATE TABLE entity_keys (
    key       TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (key, entity_id)
);
