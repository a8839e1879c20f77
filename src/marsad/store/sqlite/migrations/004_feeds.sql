-- Feed polling state: conditional-request validators per feed, and the items already taken.

CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE feed_items (
    feed    TEXT NOT NULL,
    url     TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, url)
);
