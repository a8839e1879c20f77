"""Annotation spans per article and stage, and which stage ran at which version."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from marsad.models import Span
from marsad.store.common import loads, now_iso, span_rows
from marsad.store.sql.base import SQLBase, chunks, marks


def _span_of(kind: str, start: int, end: int, label: str, data: str | None) -> Span:
    """A span from a row of (kind, start, end, label, data)."""
    return Span(kind, start, end, label, loads(data, {}))


class AnnotationsMixin(SQLBase):
    """Spans (character ranges into an article's text) that stages produce, and the stage runs."""

    # The two orders of an article's spans: by position (what readers see), or by kind then as their stage produced
    # them (what a stage reads back); spans at one position keep the order their stage produced them in.
    _BY_POSITION = 'start, "end", kind, {rowid}'
    _AS_STORED = "kind, {rowid}"

    def _span_order(self, as_stored: bool) -> str:
        return (self._AS_STORED if as_stored else self._BY_POSITION).format(rowid=self.ROWID)

    def spans(self, article_id: str, kinds: Iterable[str] | None = None, stages: Iterable[str] | None = None, *,
              as_stored: bool = False) -> list[Span]:
        """An article's spans, ordered by position; only of ``kinds`` / produced by ``stages`` when given.

        ``as_stored`` orders them by kind, then as their stage produced them (what a stage reads back).
        """
        sql = 'SELECT kind, start, "end", label, data FROM annotations WHERE article_id = ?'
        params: list[Any] = [article_id]
        for column, values in (("kind", kinds), ("stage", stages)):
            if values is not None:
                values = list(values)
                if not values:
                    return []
                sql += f" AND {column} IN ({marks(values)})"
                params += values
        return [_span_of(*r) for r in self._tuples(f"{sql} ORDER BY {self._span_order(as_stored)}", params)]

    def spans_of(self, article_ids: list[str], kinds: Iterable[str], *, as_stored: bool = True
                 ) -> dict[str, list[Span]]:
        """Spans of ``kinds`` for several articles at once: article id → spans (every id present), by kind then as
        stored; not ``as_stored``: each article's by position, as ``spans(article_id, kinds)`` orders them (the one
        flag of both methods, with each its own default)."""
        kinds = list(kinds)
        out: dict[str, list[Span]] = {i: [] for i in article_ids}
        order = self._span_order(as_stored)
        for chunk in chunks(article_ids):
            for aid, *r in self._tuples(f'SELECT article_id, kind, start, "end", label, data FROM annotations'
                                        f" WHERE article_id IN ({marks(chunk)}) AND kind IN ({marks(kinds)})"
                                        f" ORDER BY article_id, {order}", [*chunk, *kinds]):
                out[aid].append(_span_of(*r))
        return out

    def stored_spans_of(self, article_ids: list[str], stages: Iterable[str]) -> dict[str, list[Span]]:
        """``spans(article_id, stages=stages, as_stored=True)`` of several articles at once: article id → its spans
        by kind, then as their stage produced them (every id present)."""
        stages = list(stages)
        out: dict[str, list[Span]] = {i: [] for i in article_ids}
        if not stages:
            return out
        for chunk in chunks(list(dict.fromkeys(article_ids))):
            for aid, *r in self._tuples(f'SELECT article_id, kind, start, "end", label, data FROM annotations'
                                        f" WHERE article_id IN ({marks(chunk)}) AND stage IN ({marks(stages)})"
                                        f" ORDER BY article_id, kind, {self.ROWID}", [*chunk, *stages]):
                out[aid].append(_span_of(*r))
        return out

    def linked_mentions_of(self, article_ids: list[str]) -> dict[str, list[tuple[str, str, Any]]]:
        """(label, entity id, name) of each mention with an entity id, for several articles at once: article id →
        its mentions in the order ``spans_of`` gives them (every id present).  The entity id is its column (what
        ``data["entity_id"]`` holds: both are written together) and the name the one field read from the JSON in
        the database, so no span's data is decoded here: the merging step reads every mention of a day's
        articles for these three values alone."""
        out: dict[str, list[tuple[str, str, Any]]] = {i: [] for i in article_ids}
        name = self.jx("data", "name", as_="string")  # (a name that is no JSON string is none, on every backend)
        for chunk in chunks(article_ids):
            for aid, label, entity_id, name_ in self._tuples(
                    f"SELECT article_id, label, entity_id, {name} AS name FROM annotations"
                    f" WHERE article_id IN ({marks(chunk)}) AND kind = 'mention'"
                    f" AND entity_id IS NOT NULL AND entity_id != ''"
                    f" ORDER BY article_id, kind, {self.ROWID}", chunk):
                out[aid].append((label, entity_id, name_))
        return out

    def replace_spans(self, article_id: str, stage: str, version: str, spans: list[Span]) -> None:
        """Replace what ``stage`` produced for an article, and record the stage's version."""
        self.replace_spans_many([(article_id, stage, version, spans)])

    def replace_spans_many(self, runs: list[tuple[str, str, str, list[Span]]]) -> None:
        """``replace_spans`` of several ``(article_id, stage, version, spans)`` at once, in one transaction: a
        DELETE per stage and one INSERT of every span, not three statements per article and stage.  The spans
        are inserted in the order of ``runs``, as the same ``replace_spans`` calls one after another would.
        Each (article, stage) may come only once."""
        self.replace_rows_many([(article_id, stage, version, span_rows(spans))
                                for article_id, stage, version, spans in runs])

    def replace_rows_many(self, runs: list[tuple[str, str, str, list[tuple]]]) -> None:
        """``replace_spans_many`` with each span already as its row, ``span_rows`` of the spans: what a worker
        process sends back (strings and numbers unpickle for a fraction of the CPU of spans and their dicts)."""
        if not runs:
            return
        by_stage: dict[str, list[str]] = {}
        for article_id, stage, _version, _rows in runs:
            by_stage.setdefault(stage, []).append(article_id)
        if sum(len(ids) for ids in by_stage.values()) != sum(len(set(ids)) for ids in by_stage.values()):
            raise ValueError("replace_spans_many: an (article, stage) pair comes more than once")
        done = now_iso()
        # the articles whose quotes are written again (some gone, some new): the stored groups of quotes are not
        # theirs any more until the step that groups quotes runs
        quoted = {article_id for article_id, _stage, _version, rows in runs if any(r[0] == "quote" for r in rows)}
        with self.transaction():
            for stage, ids in by_stage.items():
                for chunk in chunks(ids):
                    quoted.update(r[0] for r in self._tuples(
                        f"SELECT DISTINCT article_id FROM annotations WHERE kind = 'quote' AND stage = ?"
                        f" AND article_id IN ({marks(chunk)})", (stage, *chunk)))
                    self._run(f"DELETE FROM annotations WHERE stage = ? AND article_id IN ({marks(chunk)})",
                              (stage, *chunk))
            if quoted:
                self._many("INSERT INTO quotes_changed (article_id) VALUES (?) ON CONFLICT (article_id)"
                           " DO UPDATE SET times = quotes_changed.times + 1", [(a,) for a in sorted(quoted)])
            # the clustering features kept for these articles were computed from the analysis replaced here
            self.forget_story_features(list(dict.fromkeys(a for ids in by_stage.values() for a in ids)))
            self._many(
                'INSERT INTO annotations (article_id, stage, kind, start, "end", label, entity_id, data)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, stage, *row) for article_id, stage, _version, rows in runs for row in rows])
            self._many("INSERT INTO stage_runs (article_id, stage, version, done_at) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (article_id, stage) DO UPDATE SET version = excluded.version,"
                       " done_at = excluded.done_at",
                       [(article_id, stage, version, done) for article_id, stage, version, _rows in runs])

    def _pending_conditions(self, stages: dict[str, str], redo: set[str]) -> tuple[str, list[Any]]:
        """SQL (over ``articles a``) true when some stage has not run at its version, or is to be redone."""
        conds = []
        params: list[Any] = []
        for name, version in stages.items():
            if name in redo:
                conds.append("1 = 1")
                continue
            conds.append("NOT EXISTS (SELECT 1 FROM stage_runs r WHERE r.article_id = a.id AND r.stage = ?"
                         " AND r.version = ?)")
            params += [name, version]
        return " OR ".join(conds), params

    def pending_articles(self, stages: dict[str, str], *, redo: Iterable[str] = (),
                         limit: int | None = None, after_seq: int = 0) -> list[tuple[int, str]]:
        """(seq, id) of articles for which some stage has not run at its current version (or is to be redone)."""
        where, params = self._pending_conditions(stages, set(redo))
        if not where:
            return []
        sql = f"SELECT seq, id FROM articles a WHERE seq > ? AND ({where}) ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [(r["seq"], r["id"]) for r in self._all(sql, (after_seq, *params))]

    def claim_pending(self, stages: dict[str, str], *, owner: str, limit: int, after_seq: int = 0,
                      redo: Iterable[str] = (), lease_seconds: int = 1800) -> list[tuple[int, str]]:
        """Take up to ``limit`` pending articles after ``after_seq`` to analyse.

        With one writer (SQLite) nothing can compete for them; PostgreSQL claims them
        with ``FOR UPDATE SKIP LOCKED`` until released or ``lease_seconds`` pass.
        """
        return self.pending_articles(stages, redo=redo, limit=limit, after_seq=after_seq)

    def release_claims(self, article_ids: list[str], *, owner: str) -> None:
        """Give claimed articles back (done, or abandoned)."""

    def claimed_by_others(self, owner: str) -> int:
        """How many articles other processes hold now (0 with one writer)."""
        return 0

    @contextmanager
    def corpus_lock(self) -> Iterator[None]:
        """Held while corpus steps run, so two processes never cluster at once (one writer needs none)."""
        yield

    def stage_versions(self, article_id: str) -> dict[str, str]:
        return {r["stage"]: r["version"] for r in self._all(
            "SELECT stage, version FROM stage_runs WHERE article_id = ?", (article_id,))}

    def stage_versions_of(self, article_ids: list[str]) -> dict[str, dict[str, str]]:
        """``stage_versions`` of several articles at once: article id → stage → version (every id present)."""
        out: dict[str, dict[str, str]] = {i: {} for i in article_ids}
        for chunk in chunks(list(dict.fromkeys(article_ids))):
            for r in self._all(f"SELECT article_id, stage, version FROM stage_runs WHERE article_id IN ({marks(chunk)})",
                               chunk):
                out[r["article_id"]][r["stage"]] = r["version"]
        return out

    def span_count(self, kind: str) -> int:
        """How many spans of one kind the store holds (e.g. quotes)."""
        return self._value("SELECT count(*) AS n FROM annotations WHERE kind = ?", (kind,))

    def label_counts(self, kind: str) -> list[tuple[str, int]]:
        """(label, count) of the spans of one kind, most frequent first (e.g. events by type)."""
        return [(r["label"], r["n"]) for r in self._all(
            "SELECT label, count(*) AS n FROM annotations WHERE kind = ? GROUP BY label ORDER BY n DESC, label",
            (kind,))]
