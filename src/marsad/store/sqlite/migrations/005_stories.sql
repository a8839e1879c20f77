-- Stories (groups of articles about one event) and syndication (near-duplicate copies).

-- MinHash signature of each article's shingles, and the LSH band buckets that find
-- near-duplicates without comparing every pair.  `bucket` is a 64-bit hash of
-- (band number, the band's rows); candidates of an article share one bucket.
CREATE TABLE syndication_signatures (
    article_id TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    signature  BLOB NOT NULL
);
CREATE TABLE syndication_buckets (
    bucket     INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;
CREATE TABLE syndication_groups (
    article_id TEXT PRIMARY KEY,
    group_id   TEXT NOT NULL,
    similarity REAL NOT NULL DEFAULT 1.0   -- estimated Jaccard with the group's first member
);
CREATE INDEX syndication_groups_group ON syndication_groups(group_id);

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,            -- creation order
    title      TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,                        -- earliest article day (YYYY-MM-DD)
    last_seen  TEXT,
    centroid   TEXT NOT NULL DEFAULT '{}',  -- JSON {"terms": {...}, "entities": {...}, "names": {...}}
    merged_into TEXT,                       -- set when the story turned out to be part of another
    updated_at TEXT
);
CREATE INDEX stories_last_seen ON stories(last_seen);

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL,
    seq        INTEGER NOT NULL,            -- the article's seq (clustering order)
    score      REAL NOT NULL DEFAULT 0      -- similarity with the story when it joined
);
CREATE INDEX story_articles_story ON story_articles(story_id, seq);

-- Inverted index: a top term ("t:...") or entity ("e:...") of an article → its story,
-- with the story's last day, so candidates come from recent stories sharing keys.
CREATE TABLE story_postings (
    key       TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    last_seen TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, story_id)
) WITHOUT ROWID;
CREATE INDEX story_postings_recent ON story_postings(key, last_seen);
CREATE INDEX story_postings_story ON story_postings(story_id);  -- moving a merged story's entries

CREATE TABLE story_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
