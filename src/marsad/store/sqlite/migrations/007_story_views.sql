-- Story views computed once after clustering, so a story page is a read, not an analysis.
-- A row is valid while the story's updated_at and the analysis fingerprint are unchanged.

CREATE TABLE story_views (
    story_id    TEXT PRIMARY KEY,
    updated_at  TEXT,
    fingerprint TEXT NOT NULL,
    view        TEXT NOT NULL
);
