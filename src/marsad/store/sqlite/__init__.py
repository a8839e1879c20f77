"""SQLite store: the embedded default (WAL, one writer, FTS5 over normalised text)."""

from __future__ import annotations

import os
import sqlite3
from typing import Any, Iterable, Sequence

from marsad.errors import StoreError
from marsad.models import Article
from marsad.store.common import ARTICLE_COLUMNS, article_params, index_fields, load_migrations, now_iso, statements
from marsad.store.sql.annotations import AnnotationsMixin
from marsad.store.sql.articles import ArticlesMixin
from marsad.store.sql.entities import EntitiesMixin
from marsad.store.sql.feeds import FeedsMixin
from marsad.store.sql.merges import MergesMixin
from marsad.store.sql.roles import RolesMixin
from marsad.store.sql.statements import StatementsMixin
from marsad.store.sql.stories import StoriesMixin
from marsad.store.sql.syndication import SyndicationMixin
from marsad.store.sqlite.search import search_fts

__all__ = ["SQLiteStore", "index_fields", "now_iso"]


class SQLiteStore(ArticlesMixin, AnnotationsMixin, EntitiesMixin, MergesMixin, RolesMixin, StatementsMixin,
                  StoriesMixin, SyndicationMixin, FeedsMixin):
    """A Marsad database in one SQLite file."""

    _BEGIN = "BEGIN IMMEDIATE"  # take the write lock up front: no deadlock between two readers turning writers

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:  # «unable to open database file» said neither why nor what to give
            folder = os.path.dirname(os.path.abspath(self.path))
            why = ("it is a folder: give --db a database file in it, e.g. " + os.path.join(self.path, "marsad.db")
                   if os.path.isdir(self.path) else f"its folder {folder} does not exist"
                   if not os.path.isdir(folder) else str(exc))
            raise StoreError(f"cannot open database {self.path!r}: {why}") from exc
        self.conn.row_factory = sqlite3.Row
        self._depth = 0
        try:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header: is it SQLite?
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path!r} is not a Marsad database ({exc}); give --db a database file, or a new "
                             "name for `marsad ingest` to create") from exc
        if not readonly:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.migrate()

    # -- plumbing -------------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied; returns their numbers."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT,"
                          " applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT number FROM schema_migrations")}
        applied = []
        for number, name, sql in load_migrations("marsad.store.sqlite.migrations"):
            if number in done:
                continue
            with self.transaction():
                for statement in statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, now_iso()))
            applied.append(number)
        return applied

    def migrations_applied(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT number FROM schema_migrations ORDER BY number")]

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.conn.cursor()
        cur.row_factory = None  # (sqlite3's own tuples: no sqlite3.Row per row)
        return cur.execute(sql, tuple(params)).fetchall()

    def table_rows(self, skip_columns: frozenset[str] = frozenset(),
                   skip_prefix: str = "articles_fts") -> dict[str, list[tuple]]:
        """Every row of every table (sorted), without the ``skip_columns`` and the tables named ``skip_prefix...``
        (the full-text index's shadow tables hold the articles again): two runs of the same analysis, compared
        (``benchmarks/bench_pipeline.py --compare``)."""
        out: dict[str, list[tuple]] = {}
        names = [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for name in names:
            if name.startswith(skip_prefix):
                continue
            cols = [r[1] for r in self.conn.execute(f'PRAGMA table_info("{name}")') if r[1] not in skip_columns]
            rows = self.conn.execute("SELECT " + ", ".join(f'"{c}"' for c in cols) + f' FROM "{name}"').fetchall()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
        return out

    def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, tuple(params)).rowcount

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def jx(self, column: str, *path: str | int, as_: str = "text") -> str:
        steps = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
        if as_ == "string":
            return f"(CASE WHEN json_type({column}, '${steps}') = 'text' THEN json_extract({column}, '${steps}') END)"
        return f"json_extract({column}, '${steps}')"  # SQLite's JSON values keep their own type

    # -- articles and their search index ----------------------------------------------------------

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
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*article_params(a), len(a.text), created))
                if cur.rowcount == 1:
                    fields = index[i] if index is not None else index_fields(a.title, a.text)
                    self.conn.execute("INSERT INTO articles_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                                      (cur.lastrowid, *fields))
                    added += 1
        return added

    def search(self, query: str, *, limit: int = 20, terms: list[str] | None = None,
               outlet: str | None = None) -> list[dict[str, Any]]:
        """Full-text search over normalised text, ranked by BM25 (title weighs most).

        ``terms`` (e.g. all spellings of an entity) are OR-ed with the query, each matched as a phrase.
        Returns dicts with id, outlet, published_at, title, origin, url, score (lower is better).
        """
        return search_fts(self.conn, [query], query=query, limit=limit, outlet=outlet, phrases=terms or ())
