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
                    speaker: str | None = None, groups: list[str] | None = None,
                    sentences: bool = True) -> list[dict[str, Any]]:
        """Quote spans in article order, each with its article's origin, outlet and date.

        Returns dicts with ``article_id``, ``span`` (a Span), ``origin``, ``outlet``, ``published_at``,
        ``sentence_text`` (the sentence the quote was read in; "" without ``sentences``), ``row`` (the quote's row,
        as ``save_quote_groups`` takes it) and ``order`` (what they are sorted by: the article's place, the start,
        the row); with ``groups``, only the quotes of these stored groups, and each one's ``group``.  ``speaker``
        keeps quotes attributed to that entity id.
        """
        s0, s1 = self.jx("n.data", "sentence", 0, as_="int"), self.jx("n.data", "sentence", 1, as_="int")
        sentence = f"{self._slice(s0, s1)} AS sentence_text" if sentences else "NULL AS sentence_text"
        sql = ('SELECT n.article_id, n.start, n."end", n.label, n.data, a.origin, a.outlet, a.published_at, a.seq,'
               f" {sentence}, n.{self.ROWID} AS row_id{', g.group_id' if groups is not None else ''}"
               " FROM annotations n JOIN articles a ON a.id = n.article_id")
        params: list[Any] = []
        if groups is not None:
            if not groups:
                return []
            sql += (f" JOIN quote_group_members g ON g.row_id = n.{self.ROWID}"
                    f" WHERE g.group_id IN ({marks(groups)}) AND n.kind = 'quote'")
            params += groups
        else:
            sql += " WHERE n.kind = 'quote'"
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
                 "published_at": r["published_at"], "sentence_text": r["sentence_text"] or "", "row": r["row_id"],
                 "group": r.get("group_id"), "order": (r["seq"], r["start"], r["row_id"]),
                 "span": Span("quote", r["start"], r["end"], r["label"], loads(r["data"], {}))}
                for r in self._all(sql, params)]

    # the quotes grouped across outlets, stored by the corpus step (``quote_records.quote_groups_step``)

    _QUOTE_GROUPS_KEY = "quote_groups"

    def quote_groups_current(self, stamp: str) -> bool:
        """Whether the stored groups are those of the quotes now stored, grouped by the code ``stamp`` names: the
        step ran with it, and no article's quotes were written since (``replace_rows_many`` lists them)."""
        return self.quote_groups_stamp() == stamp and not self._value("SELECT 1 FROM quotes_changed LIMIT 1")

    def quote_groups_stamp(self) -> str | None:
        """The stamp the stored groups were saved with (None: never grouped)."""
        return self._value("SELECT value FROM story_state WHERE key = ?", (self._QUOTE_GROUPS_KEY,))

    def quote_changes(self) -> list[tuple[str, int]]:
        """The articles whose quotes were written since the step grouped them, and how many times."""
        return [(r[0], r[1]) for r in self._tuples("SELECT article_id, times FROM quotes_changed ORDER BY article_id")]

    def quote_group_members(self) -> list[tuple[int, str, str, str | None]]:
        """Every grouped quote: (row, group id, content words, the article of the quote now at that row: None when
        no quote is there any more).  A row whose article's quotes were written since may hold another quote."""
        return [(r[0], r[1], r[2], r[3]) for r in self._tuples(
            "SELECT m.row_id, m.group_id, m.words, n.article_id FROM quote_group_members m"
            f" LEFT JOIN annotations n ON n.{self.ROWID} = m.row_id AND n.kind = 'quote' ORDER BY m.row_id")]

    def quote_group_keys(self) -> list[tuple[str, int, int, str, int, int]]:
        """The stored groups in listing order: (group id, quotes, outlets, first report's article, its start, its
        row), as ``save_quote_groups`` took them."""
        return [tuple(r) for r in self._tuples(  # type: ignore[misc]
            "SELECT group_id, quotes, outlets, first_article, first_start, first_row FROM quote_groups"
            " ORDER BY ordinal")]

    def quote_group_page(self, *, limit: int | None = None, after: int = -1) -> list[tuple[int, str, int]]:
        """Stored groups in listing order after the one at ordinal ``after``: (ordinal, group id, quotes)."""
        sql = "SELECT ordinal, group_id, quotes FROM quote_groups WHERE ordinal > ? ORDER BY ordinal"
        params: list[Any] = [after]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [(r[0], r[1], r[2]) for r in self._tuples(sql, params)]

    def quote_group_ordinal(self, group_id: str) -> int | None:
        """Where a stored group stands in the listing (its ordinal), or None."""
        return self._value("SELECT min(ordinal) FROM quote_groups WHERE group_id = ?", (group_id,))

    def quote_group_count(self) -> int:
        """How many groups are stored."""
        return int(self._value("SELECT count(*) FROM quote_groups") or 0)

    def save_quote_groups(self, stamp: str, groups: list[tuple[str, int, int, str, int, int]],
                          members: list[tuple[int, str, str]], changes: list[tuple[str, int]],
                          replaced: list[int] | None = None) -> None:
        """Store a grouping of every quote: ``groups`` (group id, quotes, outlets, first report's article, start
        and row) in listing order, ``members`` (row, group id, content words) of each quote; ``changes``
        (``quote_changes`` read before the quotes were) are grouped now, and ``stamp`` names the code that grouped.
        With ``replaced``, only the members at these rows are replaced by ``members`` (the others kept); the
        listing is written whole."""
        with self.transaction():
            self._run("DELETE FROM quote_groups")
            if replaced is None:
                self._run("DELETE FROM quote_group_members")
            else:
                self._many("DELETE FROM quote_group_members WHERE row_id = ?", [(r,) for r in replaced])
            self._many("INSERT INTO quote_groups (ordinal, group_id, quotes, outlets, first_article, first_start,"
                       " first_row) VALUES (?, ?, ?, ?, ?, ?, ?)", [(k, *g) for k, g in enumerate(groups)])
            self._many("INSERT INTO quote_group_members (row_id, group_id, words) VALUES (?, ?, ?)", members)
            # (an article written again meanwhile counts one time more: it stays listed)
            self._many("DELETE FROM quotes_changed WHERE article_id = ? AND times = ?", changes)
            self._run("INSERT INTO story_state (key, value) VALUES (?, ?)"
                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (self._QUOTE_GROUPS_KEY, stamp))

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
