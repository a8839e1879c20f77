"""SQLite store: the embedded default (WAL, one writer, FTS5 over normalised text)."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Iterable, Iterator

from marsad.errors import StoreError
from marsad.models import Article, Entity, Paragraph, Provenance, RawDocument, Rejection, Role, Span, to_dict


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def _norm(text: str) -> str:
    from marsad.arabic.normalize import fold_for_search

    return fold_for_search(text)


_CLITIC_WORD = re.compile(r"(?<!\w)[وفبلكا]\w{2,}")


def index_fields(title: str, text: str) -> tuple[str, str, str]:
    """What the full-text index holds for an article: folded title, folded body, de-cliticised words.

    Only words that may carry a proclitic or the article are analysed (the
    cached lexicon split), which keeps indexing far cheaper than a full tokenize.
    """
    from marsad.arabic.clitics import split_clitics

    body = _norm(text)
    stems = []
    for word in set(_CLITIC_WORD.findall(body)):
        prefix, stem = split_clitics(word)
        if prefix and stem:
            stems.append(stem)
    return _norm(title), body, " ".join(sorted(stems))


def migrations() -> list[tuple[int, str, str]]:
    """Numbered migrations shipped in ``store/migrations``: (number, name, sql)."""
    out = []
    for entry in resources.files("marsad.store.migrations").iterdir():
        m = re.match(r"(\d+)_(.+)\.sql$", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


ARTICLE_COLUMNS = (
    "id, raw_id, idx, url, outlet, title, authors, published_at, date_precision, language, origin, "
    "text, paragraphs, provenance, captions"
)


def row_to_article(row: sqlite3.Row | dict[str, Any]) -> Article:
    prov = json.loads(row["provenance"] or "{}")
    return Article(
        id=row["id"],
        raw_id=row["raw_id"],
        index=row["idx"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        authors=json.loads(row["authors"]),
        published_at=row["published_at"],
        date_precision=row["date_precision"],
        language=row["language"],
        origin=row["origin"],
        text=row["text"],
        paragraphs=[Paragraph(**p) for p in json.loads(row["paragraphs"])],
        provenance=Provenance(**prov),
        captions=json.loads(row["captions"]),
    )


def row_to_entity(row: sqlite3.Row | dict[str, Any]) -> Entity:
    return Entity(
        id=row["id"],
        type=row["type"],
        name_ar=row["name_ar"],
        name_en=row["name_en"],
        aliases=json.loads(row["aliases"]),
        roles=[Role(**r) for r in json.loads(row["roles"])],
        data=json.loads(row["data"]),
    )


def fts_query(terms: Iterable[str]) -> str:
    """An FTS5 query matching all words of each term; terms are OR-ed (aliases of one entity).

    A word that carries clitics or the article also matches its bare form, since
    the index keeps bare forms of such words (العاصمة finds وبالعاصمة).
    """
    from marsad.arabic.tokenize import tokenize

    groups = []
    for term in terms:
        words = []
        for tok in tokenize(term):
            w = _norm(tok.text)
            if not re.fullmatch(r"\w+", w):
                continue
            alts = {w, tok.stem} if tok.prefix and tok.stem else {w}
            words.append("(" + " OR ".join(f'"{a}"' for a in sorted(alts)) + ")")
        if words:
            groups.append("(" + " AND ".join(words) + ")")
    return " OR ".join(groups)


def _article_filters(**filters: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clauses and parameters for the usual article filters: outlet, language, since, until."""
    where: list[str] = []
    params: list[Any] = []
    for key, col, op in (("outlet", "outlet", "="), ("language", "language", "="),
                         ("since", "published_at", ">="), ("until", "published_at", "<=")):
        if filters.get(key):
            where.append(f"{col} {op} ?")
            params.append(filters[key])
    return where, params


class SQLiteStore:
    """A Marsad database in one SQLite file."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path!r}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self._depth = 0
        if not readonly:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.migrate()

    # -- plumbing -----------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied; returns their numbers."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT number FROM schema_migrations")}
        applied = []
        for number, name, sql in migrations():
            if number in done:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, now_iso()))
            applied.append(number)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested calls join the outer one."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with ``?`` placeholders; rows as dicts."""
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        """Run one write statement (inside ``transaction()`` for atomic groups)."""
        return self.conn.execute(sql, tuple(params))

    # -- raw documents and articles ------------------------------------------

    def has_raw(self, raw_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM raw_documents WHERE id = ?", (raw_id,)).fetchone() is not None

    def add_raw(self, raw: RawDocument, *, keep_bytes: bool = True) -> bool:
        """Store a raw document; False when the same bytes were already there."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO raw_documents (id, origin, media_type, encoding, fetched_at, size, hints, data, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (raw.id, raw.origin, raw.media_type, raw.encoding, raw.fetched_at, len(raw.data),
             _dumps(raw.hints), raw.data if keep_bytes else None, now_iso()),
        )
        return cur.rowcount == 1

    def get_raw(self, raw_id: str) -> RawDocument | None:
        row = self.conn.execute("SELECT * FROM raw_documents WHERE id = ?", (raw_id,)).fetchone()
        if row is None:
            return None
        return RawDocument(id=row["id"], origin=row["origin"], media_type=row["media_type"], data=row["data"] or b"",
                           encoding=row["encoding"], fetched_at=row["fetched_at"], hints=json.loads(row["hints"]))

    def add_articles(self, articles: Iterable[Article], index: list[tuple[str, str, str]] | None = None) -> int:
        """Store articles (and index their normalised text); existing ids are left alone.

        ``index`` may carry ``index_fields(title, text)`` per article, computed elsewhere (an ingest worker).
        """
        added = 0
        created = now_iso()
        with self.transaction():
            for i, a in enumerate(articles):
                cur = self.conn.execute(
                    f"INSERT OR IGNORE INTO articles ({ARTICLE_COLUMNS}, length, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.id, a.raw_id, a.index, a.url, a.outlet, a.title, _dumps(a.authors), a.published_at,
                     a.date_precision, a.language, a.origin, a.text, _dumps(a.paragraphs), _dumps(a.provenance),
                     _dumps(a.captions), len(a.text), created),
                )
                if cur.rowcount == 1:
                    fields = index[i] if index is not None else index_fields(a.title, a.text)
                    self.conn.execute("INSERT INTO articles_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                                      (cur.lastrowid, *fields))
                    added += 1
        return added

    def update_provenance(self, article_id: str, provenance: Provenance) -> None:
        self.conn.execute("UPDATE articles SET provenance = ? WHERE id = ?", (_dumps(provenance), article_id))

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:  # a unique id prefix is enough, as with git
            rows = self.conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? LIMIT 2",
                                     (article_id + "%",)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return row_to_article(row) if row else None

    def iter_articles(self, *, after_seq: int = 0, limit: int | None = None, outlet: str | None = None,
                      language: str | None = None, since: str | None = None, until: str | None = None,
                      ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in insertion order, filtered; streams in pages so memory stays flat."""
        where, params = _article_filters(outlet=outlet, language=language, since=since, until=until)
        if ids is not None:
            id_list = list(ids)
            where.append(f"id IN ({','.join('?' * len(id_list))})")
            params.extend(id_list)
        remaining = limit
        last = after_seq
        while remaining is None or remaining > 0:
            page = 500 if remaining is None else min(500, remaining)
            rows = self.conn.execute(
                f"SELECT seq, {ARTICLE_COLUMNS} FROM articles WHERE {' AND '.join(['seq > ?', *where])}"
                " ORDER BY seq LIMIT ?", (last, *params, page)).fetchall()
            if not rows:
                return
            for row in rows:
                yield row_to_article(row)
            last = rows[-1]["seq"]
            if remaining is not None:
                remaining -= len(rows)

    def article_ids_by_raw(self, raw_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE raw_id = ? ORDER BY idx", (raw_id,))]

    def list_articles(self, *, limit: int = 50, after_seq: int = 0, outlet: str | None = None,
                      language: str | None = None, since: str | None = None, until: str | None = None,
                      entity: str | None = None) -> list[dict[str, Any]]:
        """Article summaries (no text) for listings, keyset-paged by ``seq``; ``entity`` keeps those mentioning it."""
        where, params = _article_filters(outlet=outlet, language=language, since=since, until=until)
        if entity:
            where.append("id IN (SELECT article_id FROM annotations WHERE kind = 'mention' AND entity_id = ?)")
            params.append(entity)
        rows = self.conn.execute(
            "SELECT seq, id, outlet, published_at, title, language, length, origin, url, authors FROM articles"
            f" WHERE {' AND '.join(['seq > ?', *where])} ORDER BY seq LIMIT ?", (after_seq, *params, limit)).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["authors"] = json.loads(d["authors"])
            out.append(d)
        return out

    # -- annotations and stages ----------------------------------------------

    def spans(self, article_id: str, kinds: Iterable[str] | None = None) -> list[Span]:
        sql = "SELECT kind, start, end, label, data FROM annotations WHERE article_id = ?"
        params: list[Any] = [article_id]
        if kinds is not None:
            kinds = list(kinds)
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params += kinds
        sql += " ORDER BY start, end"
        return [Span(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in self.conn.execute(sql, params)]

    def replace_spans(self, article_id: str, stage: str, version: str, spans: list[Span]) -> None:
        """Replace what ``stage`` produced for an article, and record the stage's version."""
        with self.transaction():
            self.conn.execute("DELETE FROM annotations WHERE article_id = ? AND stage = ?", (article_id, stage))
            self.conn.executemany(
                "INSERT INTO annotations (article_id, stage, kind, start, end, label, entity_id, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, stage, s.kind, s.start, s.end, s.label, s.data.get("entity_id"), _dumps(s.data))
                 for s in spans],
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO stage_runs (article_id, stage, version, done_at) VALUES (?, ?, ?, ?)",
                (article_id, stage, version, now_iso()))

    def pending_articles(self, stages: dict[str, str], *, redo: Iterable[str] = (),
                         limit: int | None = None, after_seq: int = 0) -> list[tuple[int, str]]:
        """(seq, id) of articles for which some stage has not run at its current version (or is to be redone)."""
        redo = set(redo)
        conds = []
        params: list[Any] = []
        for name, version in stages.items():
            if name in redo:
                conds.append("1")
                continue
            conds.append("NOT EXISTS (SELECT 1 FROM stage_runs r WHERE r.article_id = a.id AND r.stage = ? AND r.version = ?)")
            params += [name, version]
        if not conds:
            return []
        sql = f"SELECT seq, id FROM articles a WHERE seq > ? AND ({' OR '.join(conds)}) ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [(r[0], r[1]) for r in self.conn.execute(sql, (after_seq, *params))]

    def stage_versions(self, article_id: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT stage, version FROM stage_runs WHERE article_id = ?", (article_id,))}

    # -- entities ---------------------------------------------------------------

    def upsert_entities(self, entities: Iterable[Entity], *, source: str = "kb") -> int:
        rows = [(e.id, e.type, e.name_ar, e.name_en, _dumps(e.aliases), _dumps(e.roles), _dumps(e.data), source)
                for e in entities]
        with self.transaction():
            if source == "discovered":  # never overwrite a KB or user entity with a discovered one
                sql = "INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            else:
                sql = "INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            self.conn.executemany(sql, rows)
        return len(rows)

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return row_to_entity(row) if row else None

    # -- rejections -------------------------------------------------------------

    def add_rejection(self, rejection: Rejection) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO rejections (origin, stage, reason, raw_id, article_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (rejection.origin, rejection.stage, rejection.reason, rejection.raw_id, rejection.article_id,
             rejection.created_at or now_iso()))

    def clear_rejection(self, origin: str, stage: str) -> None:
        self.conn.execute("DELETE FROM rejections WHERE origin = ? AND stage = ?", (origin, stage))

    def rejections(self) -> list[Rejection]:
        return [Rejection(origin=r["origin"], stage=r["stage"], reason=r["reason"], raw_id=r["raw_id"],
                          article_id=r["article_id"], created_at=r["created_at"])
                for r in self.conn.execute("SELECT * FROM rejections ORDER BY id")]

    # -- reading ------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, terms: list[str] | None = None,
               outlet: str | None = None) -> list[dict[str, Any]]:
        """Full-text search over normalised text, ranked by BM25, with highlighted snippets.

        ``terms`` (e.g. all spellings of an entity) are OR-ed with the query.
        """
        match = fts_query([query, *(terms or [])])
        if not match:
            return []
        sql = ("SELECT a.id, a.outlet, a.published_at, a.title, a.origin, a.url,"
               " bm25(articles_fts, 5.0, 1.0, 1.0) AS score"
               " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?")
        params: list[Any] = [match]
        if outlet:
            sql += " AND a.outlet = ?"
            params.append(outlet)
        sql += " ORDER BY score LIMIT ?"
        params.append(limit)
        try:
            return [dict(r) for r in self.conn.execute(sql, params)]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc

    def stats(self) -> dict[str, Any]:
        tables = {}
        for t in ("raw_documents", "articles", "annotations", "entities", "rejections"):
            tables[t] = self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        kinds = {r[0]: r[1] for r in self.conn.execute("SELECT kind, count(*) FROM annotations GROUP BY kind ORDER BY 2 DESC")}
        outlets = {r[0] or "(unknown)": r[1] for r in self.conn.execute(
            "SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY 2 DESC")}
        languages = {r[0] or "(unknown)": r[1] for r in self.conn.execute(
            "SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC")}
        return {"tables": tables, "annotations": kinds, "outlets": outlets, "languages": languages}


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (our migrations hold no ';' or '--' inside strings)."""
    code = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in code.split(";") if s.strip()]
