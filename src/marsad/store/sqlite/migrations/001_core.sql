-- Core tables: raw documents, articles, annotations, stage runs, rejections, entities.

CREATE TABLE raw_documents (
    id          TEXT PRIMARY KEY,           -- sha256 of the bytes
    origin      TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    encoding    TEXT,
    fetched_at  TEXT,
    size        INTEGER NOT NULL,
    hints       TEXT NOT NULL DEFAULT '{}', -- JSON
    data        BLOB,
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    seq            INTEGER PRIMARY KEY,     -- insertion order; rowid of the FTS index; keyset paging
    id             TEXT NOT NULL UNIQUE,
    raw_id         TEXT NOT NULL REFERENCES raw_documents(id),
    idx            INTEGER NOT NULL DEFAULT 0,
    url            TEXT,
    outlet         TEXT,
    title          TEXT NOT NULL DEFAULT '',
    authors        TEXT NOT NULL DEFAULT '[]',
    published_at   TEXT,
    date_precision TEXT,
    language       TEXT,
    origin         TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    paragraphs     TEXT NOT NULL DEFAULT '[]',
    provenance     TEXT NOT NULL DEFAULT '{}',
    captions       TEXT NOT NULL DEFAULT '[]',
    length         INTEGER NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX articles_raw ON articles(raw_id);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published_at);

-- Normalised text only (diacritics, alef forms, yaa/taa marbuta folded), so that
-- a query with or without diacritics finds the same article; `stems` holds the
-- words that carried clitics without them (وبوتين → بوتين) so those match too.
-- Contentless: the index keeps no second copy of the text (snippets are cut from articles.text).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, stems, content = '', tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE annotations (
    article_id TEXT NOT NULL,
    stage      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    entity_id  TEXT,
    data       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX annotations_article ON annotations(article_id, kind);
CREATE INDEX annotations_kind ON annotations(kind, label);
CREATE INDEX annotations_entity ON annotations(entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE stage_runs (
    article_id TEXT NOT NULL,
    stage      TEXT NOT NULL,
    version    TEXT NOT NULL,
    done_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
);

CREATE TABLE rejections (
    id         INTEGER PRIMARY KEY,
    origin     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    raw_id     TEXT,
    article_id TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (origin, stage)
);

CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    name_en TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles   TEXT NOT NULL DEFAULT '[]',
    data    TEXT NOT NULL DEFAULT '{}',
    source  TEXT NOT NULL DEFAULT 'kb'      -- kb | user | discovered
);
CREATE INDEX entities_type ON entities(type);
