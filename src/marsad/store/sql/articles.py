"""Raw documents, articles, rejections and counts."""

from __future__ import annotations

import json

from typing import Any, Iterable, Iterator

from marsad.models import Article, Provenance, RawDocument, Rejection
from marsad.store.common import ARTICLE_COLUMNS, dumps, loads, now_iso, row_to_article
from marsad.store.sql.base import SQLBase, chunks, marks


def article_filters(**filters: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clauses and parameters for the usual article filters: outlet, language, since, until."""
    where: list[str] = []
    params: list[Any] = []
    for key, col, op in (("outlet", "outlet", "="), ("language", "language", "="),
                         ("since", "published_at", ">="), ("until", "published_at", "<=")):
        if filters.get(key):
            where.append(f"{col} {op} ?")
            # "until 2026-03-02" holds what was published at any hour of that day ("2026-03-02T10:15:00" sorts
            # after "2026-03-02" as text, before "2026-03-02~": "~" sorts after every digit, "T", " " and ":")
            params.append(filters[key] + "~" if key == "until" else filters[key])
    return where, params


# Listings show the latest news first: by publication date, newest first, the same day's last stored first, the
# undated after every dated one, last stored first (:meth:`ArticlesMixin._newest_rows`).


class ArticlesMixin(SQLBase):
    """Raw documents (the bytes that came in) and the articles extracted from them."""

    # -- raw documents ------------------------------------------------------------------------

    def has_raw(self, raw_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM raw_documents WHERE id = ?", (raw_id,)) is not None

    def add_raw(self, raw: RawDocument, *, keep_bytes: bool = True) -> bool:
        """Store a raw document; False when the same bytes were already there."""
        return self._run(
            "INSERT INTO raw_documents (id, origin, media_type, encoding, fetched_at, size, hints, data, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (raw.id, raw.origin, raw.media_type, raw.encoding, raw.fetched_at, len(raw.data),
             dumps(raw.hints), raw.data if keep_bytes else None, now_iso())) == 1

    def get_raw(self, raw_id: str) -> RawDocument | None:
        row = self._one("SELECT * FROM raw_documents WHERE id = ?", (raw_id,))
        if row is None:
            return None
        return RawDocument(id=row["id"], origin=row["origin"], media_type=row["media_type"],
                           data=bytes(row["data"] or b""), encoding=row["encoding"], fetched_at=row["fetched_at"],
                           hints=loads(row["hints"], {}))

    # -- articles -----------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], index: list[tuple[str, str, str]] | None = None) -> int:
        raise NotImplementedError  # the search index differs per backend

    def update_provenance(self, article_id: str, provenance: Provenance) -> None:
        self._run("UPDATE articles SET provenance = ? WHERE id = ?", (dumps(provenance), article_id))

    def get_article(self, article_id: str) -> Article | None:
        """An article by id, or by a unique id prefix (as with git)."""
        row = self._one(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None and len(article_id) >= 4:
            rows = self._all(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? LIMIT 2",
                             (article_id.replace("%", "").replace("_", "") + "%",))
            row = rows[0] if len(rows) == 1 else None
        return row_to_article(row) if row else None

    def article_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Article ids starting with ``prefix``, in id order (several: the prefix names none of them)."""
        return [r["id"] for r in self._all("SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
                                           (len(prefix), prefix, limit))]

    def get_articles(self, ids: list[str]) -> dict[str, Article]:
        """The articles of ``ids`` (exact ids) that exist, by id: ``get_article`` of each in one query a chunk."""
        out = {}
        for chunk in chunks(list(dict.fromkeys(ids))):
            for r in self._all(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks(chunk)})", chunk):
                out[r["id"]] = row_to_article(r)
        return out

    def iter_articles(self, *, after_seq: int = 0, limit: int | None = None, outlet: str | None = None,
                      language: str | None = None, since: str | None = None, until: str | None = None,
                      ids: Iterable[str] | None = None, newest_first: bool = False) -> Iterator[Article]:
        """Articles in insertion order (with ``newest_first``, in the listings' order: :meth:`list_articles`),
        filtered; streams in pages so memory stays flat."""
        where, params = article_filters(outlet=outlet, language=language, since=since, until=until)
        if ids is not None:
            id_list = list(ids)
            where.append(f"id IN ({marks(id_list)})" if id_list else "1 = 0")
            params.extend(id_list)
        remaining = limit
        last = after_seq
        while remaining is None or remaining > 0:
            page = 500 if remaining is None else min(500, remaining)
            if newest_first:
                rows = self._newest_rows(f"seq, {ARTICLE_COLUMNS}", where, params, last, page)
            else:
                rows = self._all(f"SELECT seq, {ARTICLE_COLUMNS} FROM articles"
                                 f" WHERE {' AND '.join(['seq > ?', *where])} ORDER BY seq LIMIT ?",
                                 (last, *params, page))
            if not rows:
                return
            for row in rows:
                yield row_to_article(row)
            last = rows[-1]["seq"]
            if remaining is not None:
                remaining -= len(rows)

    def brief_articles(self, ids: list[str]) -> dict[str, Article]:
        """The articles of ``ids`` with only id, raw id, title, text, outlet, address, authors, date and origin
        (cheap to read; the story features read the address and the byline to tell columns apart)."""
        out = {}
        for chunk in chunks(ids):
            for r in self._all("SELECT id, raw_id, title, text, outlet, url, authors, published_at, origin FROM articles"
                               f" WHERE id IN ({marks(chunk)})", chunk):
                out[r["id"]] = Article(id=r["id"], raw_id=r["raw_id"], text=r["text"], title=r["title"],
                                       outlet=r["outlet"], url=r["url"], authors=json.loads(r["authors"] or "[]"),
                                       published_at=r["published_at"], origin=r["origin"])
        return out

    def article_texts(self, *, after_seq: int = 0, limit: int = 500) -> list[tuple[int, str, str]]:
        """(seq, id, text) of the articles after ``after_seq``, in store order."""
        return [(r["seq"], r["id"], r["text"]) for r in self._all(
            "SELECT seq, id, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, limit))]

    def article_seqs(self, *, after_seq: int = 0) -> list[tuple[int, str]]:
        """(seq, id) of every article after ``after_seq``, in store order."""
        return [(r["seq"], r["id"]) for r in self._all(
            "SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq", (after_seq,))]

    def article_count(self, *, after_seq: int = 0, newest_first: bool = False, **filters: str | None) -> int:
        """How many articles come after ``after_seq`` (filters: outlet, language, since, until): in store order,
        or with ``newest_first`` in the listings' order (:meth:`list_articles`)."""
        where, params = article_filters(**filters)
        if newest_first:
            return sum(self._value(f"SELECT COUNT(*) AS n FROM articles WHERE {' AND '.join([*cond, *where])}",
                                   [*cond_params, *params])
                       for _, cond, cond_params in self._newest_parts(after_seq))
        where, params = ["seq > ?", *where], [after_seq, *params]
        return self._value(f"SELECT COUNT(*) AS n FROM articles WHERE {' AND '.join(where)}", params)

    def article_seq(self, article_id: str) -> int | None:
        """Where an article stands in store order (by id or a unique id prefix): what listings page by."""
        row = self._one("SELECT seq FROM articles WHERE id = ?", (article_id,))
        if row is None and len(article_id) >= 4:
            rows = self._all("SELECT seq FROM articles WHERE id LIKE ? LIMIT 2",
                             (article_id.replace("%", "").replace("_", "") + "%",))
            row = rows[0] if len(rows) == 1 else None
        return row["seq"] if row else None

    def fetch_dated(self) -> list[dict[str, Any]]:
        """id, outlet, url, fetched_at, published_at and date_precision of every article that says when it was fetched."""
        return self._all("SELECT id, outlet, url, fetched_at, published_at, date_precision FROM articles"
                         " WHERE fetched_at IS NOT NULL ORDER BY seq")

    def redate_articles(self, dates: list[tuple[str, str, str]]) -> None:
        """Give articles a new (date, precision); their stages run again, since they read the date."""
        with self.transaction():
            self._many("UPDATE articles SET published_at = ?, date_precision = ? WHERE id = ?",
                       [(day, precision, article_id) for article_id, day, precision in dates])
            self._many("DELETE FROM stage_runs WHERE article_id = ?", [(article_id,) for article_id, _, _ in dates])
            self.forget_story_features([article_id for article_id, _, _ in dates])

    def article_ids_by_raw(self, raw_id: str) -> list[str]:
        return [r["id"] for r in self._all("SELECT id FROM articles WHERE raw_id = ? ORDER BY idx", (raw_id,))]

    def _newest_after(self, after_seq: int) -> tuple[str | None, bool]:
        """Where the article ``after_seq`` stands in newest-first order: (its date, whether it is
        undated). The cursor is its seq, its place its (date, seq): a page's last seq still pages whatever came in."""
        if not after_seq:
            return None, False
        row = self._one("SELECT published_at FROM articles WHERE seq = ?", (after_seq,))
        if row is None:  # the article is gone: what follows in its place cannot be told, the undated before it
            return None, True
        return row["published_at"], row["published_at"] is None

    def _newest_parts(self, after_seq: int) -> list[tuple[str, list[str], list[Any]]]:
        """Newest-first order after the article ``after_seq`` as its parts, each (ORDER BY, conditions, their
        parameters): the dated articles after it (none when it is undated), then the undated after it."""
        day, undated = self._newest_after(after_seq)
        parts: list[tuple[str, list[str], list[Any]]] = []
        if not undated:
            parts.append(("published_at DESC, seq DESC",
                          ["published_at IS NOT NULL", *(["(published_at, seq) < (?, ?)"] if day else [])],
                          [day, after_seq] if day else []))
        parts.append(("seq DESC", ["published_at IS NULL", *(["seq < ?"] if undated else [])],
                      [after_seq] if undated else []))
        return parts

    def _newest_rows(self, columns: str, where: list[str], params: list[Any], after_seq: int,
                     limit: int) -> list[dict[str, Any]]:
        """Rows in newest-first order after the article ``after_seq``, one query a part (the dated ones by
        the ``published_at`` index, then the undated) so that a page reads no more than it shows."""
        rows: list[dict[str, Any]] = []
        for order, cond, cond_params in self._newest_parts(after_seq):
            if len(rows) >= limit:
                break
            rows += self._all(f"SELECT {columns} FROM articles WHERE {' AND '.join([*cond, *where])}"
                              f" ORDER BY {order} LIMIT ?", (*cond_params, *params, limit - len(rows)))
        return rows

    def list_articles(self, *, limit: int = 50, after_seq: int = 0, outlet: str | None = None,
                      language: str | None = None, since: str | None = None, until: str | None = None,
                      entity: str | None = None) -> list[dict[str, Any]]:
        """Article summaries (no text) for listings, latest news first (newest-first), keyset-paged: the
        next page follows the article whose seq is ``after_seq``; ``entity`` keeps those mentioning it."""
        where, params = article_filters(outlet=outlet, language=language, since=since, until=until)
        if entity:
            where.append("id IN (SELECT article_id FROM annotations WHERE kind = 'mention' AND entity_id = ?)")
            params.append(entity)
        rows = self._newest_rows("seq, id, outlet, published_at, date_precision, title, language, length, origin, url,"
                                 " authors",
                                 where, params, after_seq, limit)
        for r in rows:
            r["authors"] = loads(r["authors"], [])
        return rows

    def latest_articles(self, limit: int = 15) -> list[dict[str, Any]]:
        """The latest articles by publication date (id, outlet, published_at, title), newest first; the undated
        after them, last stored first. (Not the last stored: a day ingested after a later one is older news.)"""
        return self._newest_rows("id, outlet, published_at, title", [], [], 0, limit)

    def top_outlets(self, limit: int = 50) -> list[str]:
        """Outlets with the most articles first."""
        return [r["outlet"] for r in self._all(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet"
            " LIMIT ?", (limit,))]

    # -- rejections ---------------------------------------------------------------------------

    def add_rejection(self, rejection: Rejection) -> None:
        """Record why something could not be read or analysed (replacing an earlier reason for the same step)."""
        with self.transaction():
            self._run("DELETE FROM rejections WHERE origin = ? AND stage = ?", (rejection.origin, rejection.stage))
            self._run("INSERT INTO rejections (origin, stage, reason, raw_id, article_id, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)",
                      (rejection.origin, rejection.stage, rejection.reason, rejection.raw_id, rejection.article_id,
                       rejection.created_at or now_iso()))

    def clear_rejection(self, origin: str, stage: str) -> None:
        self._run("DELETE FROM rejections WHERE origin = ? AND stage = ?", (origin, stage))

    def rejections(self) -> list[Rejection]:
        return [Rejection(origin=r["origin"], stage=r["stage"], reason=r["reason"], raw_id=r["raw_id"],
                          article_id=r["article_id"], created_at=r["created_at"])
                for r in self._all("SELECT * FROM rejections ORDER BY id")]

    def has_rejection(self, origin: str, stage: str, reason: str | None = None) -> bool:
        """Whether this document was already recorded as rejected at this step (for this ``reason`` when given)."""
        if reason is not None:
            return self._one("SELECT 1 AS x FROM rejections WHERE origin = ? AND stage = ? AND reason = ? LIMIT 1",
                             (origin, stage, reason)) is not None
        return self._one("SELECT 1 AS x FROM rejections WHERE origin = ? AND stage = ? LIMIT 1",
                         (origin, stage)) is not None

    def was_rejected(self, raw_id: str) -> bool:
        """Whether a raw document was rejected (so its lack of articles is not an interrupted ingest)."""
        return self._one("SELECT 1 AS x FROM rejections WHERE raw_id = ? LIMIT 1", (raw_id,)) is not None

    # -- counts -------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts per table, annotation kind, outlet and language."""
        tables = {t: self._value(f"SELECT count(*) AS n FROM {t}")
                  for t in ("raw_documents", "articles", "annotations", "entities", "rejections")}
        kinds = {r["kind"]: r["n"] for r in self._all(
            "SELECT kind, count(*) AS n FROM annotations GROUP BY kind ORDER BY 2 DESC, kind")}
        outlets = {r["outlet"] or "(unknown)": r["n"] for r in self._all(
            "SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY 2 DESC, outlet NULLS FIRST")}
        languages = {r["language"] or "(unknown)": r["n"] for r in self._all(
            "SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY 2 DESC, language NULLS FIRST")}
        return {"tables": tables, "annotations": kinds, "outlets": outlets, "languages": languages}
