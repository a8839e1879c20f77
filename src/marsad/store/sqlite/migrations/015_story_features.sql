-- Each placed article's clustering features, as computed when it was placed (``stories.features.encode``), tagged
-- with the version of the code that computed them: a later run reads the window back from here instead of
-- computing them again from the text and its layers.  A row goes when the article's analysis or date is written
-- again, and one of another version is computed again.
CREATE TABLE story_features (
    article_id TEXT PRIMARY KEY,
    version    TEXT NOT NULL,
    features   BLOB NOT NULL
);
