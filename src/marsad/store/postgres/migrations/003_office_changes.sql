-- Office changes learned from the news (issue 19): mirrors sqlite/migrations/013_office_changes.sql.
CREATE TABLE office_changes (
    id               TEXT COLLATE "C" PRIMARY KEY,
    person_id        TEXT COLLATE "C" NOT NULL,
    person_name      TEXT NOT NULL DEFAULT '',
    change           TEXT COLLATE "C" NOT NULL,
    direction        TEXT COLLATE "C" NOT NULL,
    office           TEXT COLLATE "C" NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    of_id            TEXT COLLATE "C",
    of_name          TEXT,
    date             TEXT COLLATE "C",
    predecessor_id   TEXT COLLATE "C",
    predecessor_name TEXT,
    confidence       DOUBLE PRECISION NOT NULL,
    articles         INTEGER NOT NULL,
    sources          TEXT NOT NULL DEFAULT '[]',
    updated_at       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX office_changes_person ON office_changes(person_id);
CREATE INDEX office_changes_office ON office_changes(office, of_id);

CREATE TABLE office_change_decisions (
    change_id  TEXT COLLATE "C" PRIMARY KEY,
    decision   TEXT COLLATE "C" NOT NULL,
    decided_at TEXT COLLATE "C" NOT NULL
);
