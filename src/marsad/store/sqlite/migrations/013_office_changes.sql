-- Office changes learned from the news (issue 19): elections, appointments, resignations ... of one person to one
-- office, gathered from the ``office_change`` spans of the offices stage by the learned-roles corpus step.
-- Portable SQL; the PostgreSQL backend mirrors it in its own migrations folder.

-- One row per (person, office, start|end): rebuilt by every run of the step.
CREATE TABLE office_changes (
    id               TEXT PRIMARY KEY,          -- stable: hash of person, office, of, direction
    person_id        TEXT NOT NULL,
    person_name      TEXT NOT NULL DEFAULT '',
    change           TEXT NOT NULL,             -- elected | sworn_in | appointed | named | acting | resigned | ...
    direction        TEXT NOT NULL,             -- start | end (of a term)
    office           TEXT NOT NULL,             -- office key (president, mayor, or a title the news used)
    title            TEXT NOT NULL DEFAULT '',  -- the Arabic title as written
    of_id            TEXT,                      -- country, organisation or city entity
    of_name          TEXT,
    date             TEXT,                      -- ISO date of the change (earliest source)
    predecessor_id   TEXT,
    predecessor_name TEXT,
    confidence       REAL NOT NULL,
    articles         INTEGER NOT NULL,
    sources          TEXT NOT NULL DEFAULT '[]', -- JSON: [{article_id, start, end, date, change, confidence}]
    updated_at       TEXT NOT NULL
);
CREATE INDEX office_changes_person ON office_changes(person_id);
CREATE INDEX office_changes_office ON office_changes(office, of_id);

-- Users' decisions (accept | reject): kept apart so rebuilding the changes never loses one.
CREATE TABLE office_change_decisions (
    change_id  TEXT PRIMARY KEY,
    decision   TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
