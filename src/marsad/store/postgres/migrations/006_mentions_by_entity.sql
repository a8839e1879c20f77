-- Mentions by entity: mirrors sqlite/migrations/016_mentions_by_entity.sql.
CREATE INDEX IF NOT EXISTS annotations_kind_entity ON annotations(kind, entity_id) WHERE entity_id IS NOT NULL;
