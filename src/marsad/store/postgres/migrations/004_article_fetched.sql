-- When a page was fetched: mirrors sqlite/migrations/014_article_fetched.sql.
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
