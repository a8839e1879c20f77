"""Quotes, events and treaty clauses read back with the article they come from (the analysis layers' views)."""

from __future__ import annotations

from typing import Any, Iterable

from marsad.models import Span
from marsad.store.common import loads
from marsad.store.sql.base import SQLBase, marks


class StatementsMixin(SQLBase):
    """Who said what (``quote`` spans), who did what (``event``) and what was agreed (``clause``)."""

    def _slice(self, start: str, end: str) -> str:
        """SQL for the article text between two offsets (``a`` is the articles table)."""
        return f"substr(a.text, {start} + 1, {end} - {start})"

    # -- quotes -------------------------------------------------------------------------------

    def quote_spans(self, *, article_id: str | None = None, article_ids: list[str] | None = None,
                    speaker: str | None = None) -> list[dict[str, Any]]:
        """Quote spans in article order, each with its article's origin, outlet and date.

        Returns dicts with ``article_id``, ``span`` (a Span), ``origin``, ``outlet``, ``published_at``.
        ``speaker`` keeps quotes attributed to that entity id.
        """
        sql = ('SELECT n.article_id, n.start, n."end", n.label, n.data, a.origin, a.outlet, a.published_at'
               " FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.kind = 'quote'")
        params: list[Any] = []
        if article_id:
            sql += " AND n.article_id = ?"
            params.append(article_id)
        if article_ids is not None:
            if not article_ids:
                return []
            sql += f" AND n.article_id IN ({marks(article_ids)})"
            params += article_ids
        if speaker:
            sql += " AND n.entity_id = ?"
            params.append(speaker)
        sql += f" ORDER BY a.seq, n.start, n.{self.ROWID}"
        return [{"article_id": r["article_id"], "origin": r["origin"], "outlet": r["outlet"],
                 "published_at": r["published_at"],
                 "span": Span("quote", r["start"], r["end"], r["label"], loads(r["data"], {}))}
                for r in self._all(sql, params)]

    def quotes_by_speaker(self, entity_id: str, limit: int = 30) -> list[dict[str, Any]]:
        """An entity's quotes, newest article first: article_id, label, data, outlet, title."""
        rows = self._all(
            "SELECT n.article_id, n.label, n.data, a.outlet, a.title FROM annotations n"
            " JOIN articles a ON a.id = n.article_id WHERE n.kind = 'quote' AND n.entity_id = ?"
            f" ORDER BY a.published_at DESC NULLS LAST, a.seq, n.start, n.{self.ROWID} LIMIT ?", (entity_id, limit))
        for r in rows:
            r["data"] = loads(r["data"], {})
        return rows

    def quotes_mentioning_entities(self) -> list[dict[str, Any]]:
        """Quotes with a linked speaker, once per linked mention (of another entity) inside their content.

        Returns dicts with article_id, quote (its data), mention (its data), outlet, published_at, content.
        """
        c0, c1 = self.jx("q.data", "content", 0, as_="int"), self.jx("q.data", "content", 1, as_="int")
        speaker = self.jx("q.data", "speaker", "entity_id")
        rows = self._all(
            f"SELECT q.article_id, q.data AS qdata, m.data AS mdata, a.outlet, a.published_at,"
            f" {self._slice(c0, c1)} AS content"
            " FROM annotations q"
            " JOIN annotations m ON m.article_id = q.article_id AND m.kind = 'mention'"
            f'      AND m.start >= {c0} AND m."end" <= {c1}'
            " JOIN articles a ON a.id = q.article_id"
            f" WHERE q.kind = 'quote' AND {speaker} IS NOT NULL"
            f" AND m.entity_id IS NOT NULL AND m.entity_id != {speaker}"
            f" ORDER BY a.seq, q.start, q.{self.ROWID}, m.start, m.{self.ROWID}")
        return [{"article_id": r["article_id"], "quote": loads(r["qdata"], {}), "mention": loads(r["mdata"], {}),
                 "outlet": r["outlet"], "published_at": r["published_at"], "content": r["content"]} for r in rows]

    # -- events and clauses -------------------------------------------------------------------

    def event_spans(self, *, types: Iterable[str] = (), min_confidence: float = 0.0, latest_first: bool = False,
                    limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Event spans, first stored article first (``latest_first``: the latest published first, undated last),
        an article's events in its order, with their article and source sentence; ``limit`` and ``offset`` take a
        page of that order.

        Returns dicts with article_id, start, end, label, data (a dict), outlet, title, published_at, sentence_text.
        """
        s0, s1 = self.jx("n.data", "sentence", 0, as_="int"), self.jx("n.data", "sentence", 1, as_="int")
        sql = ('SELECT n.article_id, n.start, n."end", n.label, n.data, a.outlet, a.title, a.published_at,'
               f" {self._slice(s0, s1)} AS sentence_text"
               " FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.kind = 'event'")
        params: list[Any] = []
        types = list(types)
        if types:
            sql += f" AND n.label IN ({marks(types)})"
            params += types
        if min_confidence:
            sql += f" AND {self.jx('n.data', 'confidence', as_='real')} >= ?"
            params.append(min_confidence)
        newest = "COALESCE(a.published_at, '') DESC, " if latest_first else ""
        sql += f" ORDER BY {newest}a.seq, n.start, n.{self.ROWID}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        rows = self._all(sql, params)
        for r in rows:
            r["data"] = loads(r["data"], {})
        return rows

    def events_of_entity(self, entity_id: str, limit: int = 40) -> list[dict[str, Any]]:
        """Events where the entity is actor or recipient, newest first: article_id, label, data, outlet,
        published_at, sentence_text."""
        s0, s1 = self.jx("n.data", "sentence", 0, as_="int"), self.jx("n.data", "sentence", 1, as_="int")
        rows = self._all(
            "SELECT n.article_id, n.label, n.data, a.outlet, a.published_at,"
            f" {self._slice(s0, s1)} AS sentence_text"
            " FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.kind = 'event'"
            f" AND ({self.jx('n.data', 'actor', 'entity_id')} = ? OR {self.jx('n.data', 'recipient', 'entity_id')} = ?)"
            f" ORDER BY COALESCE({self.jx('n.data', 'date')}, a.published_at, '') DESC, a.seq, n.start, n.{self.ROWID}"
            " LIMIT ?", (entity_id, entity_id, limit))
        for r in rows:
            r["data"] = loads(r["data"], {})
        return rows

    def clause_spans(self, article_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Treaty clause spans in article order with their text: article_id, start, end, label, data, outlet,
        published_at, text."""
        return self._spans_with_text("clause", self._slice("n.start", 'n."end"'), article_ids)

    def treaty_step_spans(self, article_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Treaty step spans (signed, ratified, in force ...) in article order with their sentence: article_id,
        start, end, label, data, outlet, published_at, text."""
        s0, s1 = self.jx("n.data", "sentence", 0, as_="int"), self.jx("n.data", "sentence", 1, as_="int")
        return self._spans_with_text("treaty_step", self._slice(s0, s1), article_ids)

    def _spans_with_text(self, kind: str, text: str, article_ids: Iterable[str] | None) -> list[dict[str, Any]]:
        sql = ('SELECT n.article_id, n.start, n."end", n.label, n.data, a.outlet, a.published_at,'
               f" {text} AS text"
               " FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.kind = ?")
        params: list[Any] = [kind]
        ids = list(article_ids) if article_ids is not None else None
        if ids is not None:
            if not ids:
                return []
            sql += f" AND n.article_id IN ({marks(ids)})"
            params += ids
        sql += f" ORDER BY a.seq, n.start, n.{self.ROWID}"
        rows = self._all(sql, params)
        for r in rows:
            r["data"] = loads(r["data"], {})
        return rows
