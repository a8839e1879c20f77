-- When a page was fetched, kept apart from when it was published: an export's only date is often its fetch time
-- (then ``date_precision`` is 'fetched', or 'estimated' once the site's sequence of page numbers dated it).
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
