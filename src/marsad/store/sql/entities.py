"""Entities (knowledge base, user-added, discovered) and what the mentions linked to them add up to."""

from __future__ import annotations

from typing import Any, Iterable

from marsad.models import Entity
from marsad.store.common import entity_params, row_to_entity
from marsad.store.sql.articles import article_filters
from marsad.store.sql.base import SQLBase, chunks, marks


class EntitiesMixin(SQLBase):
    """The entities table and the ``mention`` spans that point into it."""

    def upsert_entities(self, entities: Iterable[Entity], *, source: str = "kb") -> int:
        """Store entities; a ``discovered`` one never overwrites a KB or user entity of the same id."""
        rows = [entity_params(e, source) for e in entities]
        if source == "discovered":
            conflict = "DO NOTHING"
        else:
            conflict = ("DO UPDATE SET type = excluded.type, name_ar = excluded.name_ar, name_en = excluded.name_en,"
                        " aliases = excluded.aliases, roles = excluded.roles, data = excluded.data,"
                        " source = excluded.source")
        with self.transaction():
            self._many("INSERT INTO entities (id, type, name_ar, name_en, aliases, roles, data, source)"
                       f" VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) {conflict}", rows)
        return len(rows)

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self._one("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return row_to_entity(row) if row else None

    def get_entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        """The stored entities among ``ids``, by id."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, Entity] = {}
        for chunk in chunks(ids):
            for r in self._all(f"SELECT * FROM entities WHERE id IN ({marks(chunk)})", chunk):
                out[r["id"]] = row_to_entity(r)
        return out

    def entities_from(self, source: str) -> list[Entity]:
        """Entities of one source: ``kb``, ``user`` or ``discovered``."""
        return [row_to_entity(r) for r in self._all(f"SELECT * FROM entities WHERE source = ? ORDER BY {self.ROWID}",
                                                    (source,))]

    def entity_count(self, source: str | None = None) -> int:
        if source is None:
            return self._value("SELECT count(*) AS n FROM entities")
        return self._value("SELECT count(*) AS n FROM entities WHERE source = ?", (source,))

    def mentioned_entity_count(self) -> int:
        """How many entities the stored articles mention (not the whole knowledge base): a walk of the index of
        mentions by entity (``annotations_kind_entity``), each entity once as it comes in order (PostgreSQL sorts
        every row for a ``count(DISTINCT ...)``, not for a ``DISTINCT`` over the index's order)."""
        return self._value("SELECT count(*) AS n FROM (SELECT DISTINCT entity_id FROM annotations"
                           " WHERE kind = 'mention' AND entity_id IS NOT NULL) AS m")

    def entity_named(self, name: str, leave_out_prefix: str | None = None) -> Entity | None:
        """An entity whose Arabic or English name is exactly ``name``, first stored first; ids beginning with
        ``leave_out_prefix`` are left out (the linker's persons of one article, «محمد» alone)."""
        sql, params = "SELECT * FROM entities WHERE (name_ar = ? OR name_en = ?)", [name, name]
        if leave_out_prefix:
            sql += " AND id NOT LIKE ?"
            params.append(leave_out_prefix + "%")  # (a prefix without LIKE's wildcards)
        row = self._one(f"{sql} ORDER BY {self.ROWID} LIMIT 1", params)
        return row_to_entity(row) if row else None

    def discovered_entity_with_alias(self, key: str) -> Entity | None:
        """A discovered entity whose name or aliases contain ``key`` (normalised name tokens)."""
        found = self.discovered_entities_with_alias(key, limit=1)
        return found[0] if found else None

    def discovered_entities_with_alias(self, key: str, limit: int | None = 50) -> list[Entity]:
        """Discovered entities whose name or aliases contain ``key`` as text, first stored first (None: all)."""
        sql = ("SELECT * FROM entities WHERE source = 'discovered' AND (aliases LIKE ? OR name_ar LIKE ?)"
               f" ORDER BY {self.ROWID}")
        params: list[Any] = [f"%{key}%", f"%{key}%"]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [row_to_entity(r) for r in self._all(sql, params)]

    # -- mentions -----------------------------------------------------------------------------

    def mention_counts(self, type_: str | None = None, limit: int | None = 100, *, since: str | None = None,
                       until: str | None = None, outlet: str | None = None,
                       leave_out_prefix: str | None = None) -> list[dict[str, Any]]:
        """Linked entities, most mentioned first: entity_id, label, mentions, articles; ``since`` / ``until`` /
        ``outlet`` count only the articles of those days (published) and that outlet (its stored key); ids beginning
        with ``leave_out_prefix`` are left out (the linker's persons of one article, «محمد» alone)."""
        sql = ("SELECT entity_id, MIN(label) AS label, COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles"
               " FROM annotations WHERE kind = 'mention' AND entity_id IS NOT NULL")
        params: list[Any] = []
        where, wparams = article_filters(outlet=outlet, since=since, until=until)
        if where:
            sql += f" AND article_id IN (SELECT id FROM articles WHERE {' AND '.join(where)})"
            params += wparams
        if leave_out_prefix:
            sql += " AND entity_id NOT LIKE ?"
            params.append(leave_out_prefix + "%")  # (a prefix without LIKE's wildcards)
        if type_:
            sql += " AND label = ?"
            params.append(type_)
        sql += " GROUP BY entity_id ORDER BY mentions DESC, entity_id"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._all(sql, params)

    def mention_totals(self, entity_id: str) -> dict[str, int]:
        """How often an entity is mentioned, and in how many articles."""
        return self._all("SELECT COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles FROM annotations"
                         " WHERE kind = 'mention' AND entity_id = ?", (entity_id,))[0]

    def mentions_of(self, entity_ids: Iterable[str]) -> dict[str, int]:
        """How often each of ``entity_ids`` is mentioned (those never mentioned are left out)."""
        ids = list(dict.fromkeys(entity_ids))
        out: dict[str, int] = {}
        for chunk in chunks(ids):
            for r in self._all("SELECT entity_id, COUNT(*) AS mentions FROM annotations WHERE kind = 'mention'"
                               f" AND entity_id IN ({marks(chunk)}) GROUP BY entity_id", chunk):
                out[r["entity_id"]] = r["mentions"]
        return out

    def articles_mentioning(self, entity_id: str, limit: int = 50) -> list[dict[str, Any]]:
        """Articles that mention an entity, newest first: id, title, outlet, published_at, mentions."""
        return self._all(
            "SELECT a.id, a.title, a.outlet, a.published_at, COUNT(*) AS mentions FROM annotations n"
            " JOIN articles a ON a.id = n.article_id WHERE n.kind = 'mention' AND n.entity_id = ?"
            " GROUP BY a.id, a.title, a.outlet, a.published_at"
            " ORDER BY a.published_at DESC NULLS LAST, a.id LIMIT ?", (entity_id, limit))

    def articles_per_day(self, entity_id: str) -> list[dict[str, Any]]:
        """How many articles mention an entity, per day of publication (``day``, ``articles``), oldest first;
        undated articles left out. All of them: the listing of :meth:`articles_mentioning` stops at its limit.
        A page and its syndicated copies (one ``syndication_groups`` group) count once a day: one report."""
        return self._all(
            "SELECT SUBSTR(a.published_at, 1, 10) AS day, COUNT(DISTINCT COALESCE(g.group_id, a.id)) AS articles"
            " FROM annotations n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN syndication_groups g ON g.article_id = a.id WHERE n.kind = 'mention' AND n.entity_id = ?"
            " AND a.published_at IS NOT NULL GROUP BY SUBSTR(a.published_at, 1, 10) ORDER BY 1", (entity_id,))

    def cooccurring(self, entity_id: str, limit: int = 50) -> list[dict[str, Any]]:
        """Entities mentioned in the same articles as ``entity_id``: entity_id, articles, mentions.

        The articles mentioning ``entity_id`` are found first and only their mentions read (by article): written
        as ``article_id IN (...)``, SQLite walked every mention of the store for each call instead (the merging
        step asks for hundreds of candidates a run: 25 ms each at 600 articles, and growing with the archive)."""
        return self._all(
            "SELECT n.entity_id, COUNT(DISTINCT n.article_id) AS articles, COUNT(*) AS mentions"
            " FROM (SELECT DISTINCT article_id FROM annotations WHERE kind = 'mention' AND entity_id = ?) AS t"
            " JOIN annotations n ON n.article_id = t.article_id AND n.kind = 'mention'"
            " WHERE n.entity_id IS NOT NULL AND n.entity_id != ?"
            " GROUP BY n.entity_id ORDER BY articles DESC, mentions DESC, n.entity_id LIMIT ?",
            (entity_id, entity_id, limit))
