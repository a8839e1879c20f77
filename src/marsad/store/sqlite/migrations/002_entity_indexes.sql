-- Entity look-ups by name and by source (user entities are merged into linking and search).

CREATE INDEX IF NOT EXISTS entities_source ON entities(source);
CREATE INDEX IF NOT EXISTS entities_name_ar ON entities(name_ar);
CREATE INDEX IF NOT EXISTS entities_name_en ON entities(name_en);
