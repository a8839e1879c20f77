"""PostgreSQL store: for teams and for runs on many machines (psycopg 3, a connection pool per process).

Several processes may write at once: each article's analysis is written in its own
transaction, and pending work is claimed with ``SELECT … FOR UPDATE SKIP LOCKED`` so
two workers never take the same article.  Search indexes the same folded words as
SQLite's FTS5 index, as a weighted ``tsvector``.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from marsad.errors import StoreError
from marsad.models import Article, Entity
from marsad.store.common import ARTICLE_COLUMNS, article_params, index_fields, load_migrations, now_iso, statements
from marsad.store.postgres.search import search_tsvector, tsvector_literal
from marsad.store.sql.annotations import AnnotationsMixin
from marsad.store.sql.articles import ArticlesMixin
from marsad.store.sql.base import marks
from marsad.store.sql.entities import EntitiesMixin
from marsad.store.sql.merges import MergesMixin
from marsad.store.sql.roles import RolesMixin
from marsad.store.sql.feeds import FeedsMixin
from marsad.store.sql.statements import StatementsMixin
from marsad.store.sql.stories import StoriesMixin
from marsad.store.sql.syndication import SyndicationMixin

MIGRATION_LOCK = 0x6D61727361640001  # pg_advisory_xact_lock key: one process migrates at a time
CORPUS_LOCK = 0x6D61727361640002  # pg_advisory_lock key: one process runs the corpus steps at a time


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """Our SQL uses ``?`` placeholders (as SQLite does); psycopg wants ``%s`` (and ``%%`` for a literal %)."""
    return sql.replace("%", "%%").replace("?", "%s")


_pools: dict[tuple[int, str], Any] = {}
_pools_lock = threading.Lock()


def pool_for(url: str, max_size: int = 32) -> Any:
    """The process's connection pool for ``url`` (created on first use)."""
    try:
        from psycopg_pool import ConnectionPool
    except ImportError as exc:  # the extra is optional
        raise StoreError("PostgreSQL needs psycopg: pip install 'marsad[postgres]'") from exc
    key = (os.getpid(), url)  # a forked worker must not use its parent's connections
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = ConnectionPool(url, min_size=0, max_size=max_size, open=False, timeout=30,
                                  kwargs={"autocommit": True})
            try:
                pool.open(wait=True, timeout=10)
            except Exception as exc:
                pool.close()
                raise StoreError(f"cannot connect to {redact(url)}: {exc}") from exc
            _pools[key] = pool
    return pool


def redact(url: str) -> str:
    """A URL without its password, for messages."""
    import re

    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgresStore(ArticlesMixin, AnnotationsMixin, EntitiesMixin, MergesMixin, RolesMixin, StatementsMixin,
                    StoriesMixin, SyndicationMixin, FeedsMixin):
    """A Marsad database in PostgreSQL, named by a ``postgresql://`` URL."""

    concurrent_writers = True  # several processes may write at once

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        from psycopg.rows import dict_row

        self.path = url
        self.readonly = readonly
        self._pool = pool_for(url)
        try:
            self.conn = self._pool.getconn()
        except Exception as exc:
            raise StoreError(f"cannot connect to {redact(url)}: {exc}") from exc
        self.conn.row_factory = dict_row
        self._depth = 0
        if readonly:
            self.conn.execute("SET default_transaction_read_only = on")
        else:
            self.conn.execute("SET default_transaction_read_only = off")
            self.migrate()

    # -- plumbing -------------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied (one process at a time); returns their numbers."""
        applied = []
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT,"
                              " applied_at TEXT)")
            done = {r["number"] for r in self.conn.execute("SELECT number FROM schema_migrations")}
            for number, name, sql in load_migrations("marsad.store.postgres.migrations"):
                if number in done:
                    continue
                for statement in statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", (number, name, now_iso()))
                applied.append(number)
        return applied

    def migrations_applied(self) -> list[int]:
        return [r["number"] for r in self.conn.execute("SELECT number FROM schema_migrations ORDER BY number")]

    def close(self) -> None:
        if self.conn is not None:
            if self._depth:
                self.conn.execute("ROLLBACK")
            self._pool.putconn(self.conn)
            self.conn = None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(_pg(sql), tuple(params))
        return cur.fetchall() if cur.description else []

    def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(_pg(sql), tuple(params)).rowcount

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)

    def jx(self, column: str, *path: str | int, as_: str = "text") -> str:
        at = "{" + ",".join(str(p) for p in path) + "}"
        expr = f"({column}::jsonb #>> '{at}')"
        if as_ == "string":
            return f"(CASE WHEN jsonb_typeof({column}::jsonb #> '{at}') = 'string' THEN {expr} END)"
        return {"int": f"{expr}::int", "real": f"{expr}::float8"}.get(as_, expr)

    # -- articles and their search index ----------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], index: list[tuple[str, str, str]] | None = None) -> int:
        """Store articles (and index their folded words); existing ids are left alone."""
        added = 0
        created = now_iso()
        with self.transaction():
            for i, a in enumerate(articles):
                row = self._one(
                    f"INSERT INTO articles ({ARTICLE_COLUMNS}, length, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
                    " RETURNING seq", (*article_params(a), len(a.text), created))
                if row is not None:
                    fields = index[i] if index is not None else index_fields(a.title, a.text)
                    self._run("INSERT INTO article_search (seq, words) VALUES (?, ?::tsvector)",
                              (row["seq"], tsvector_literal(*fields)))
                    added += 1
        return added

    def search(self, query: str, *, limit: int = 20, terms: list[str] | None = None,
               outlet: str | None = None) -> list[dict[str, Any]]:
        """Full-text search over folded words, ranked by ts_rank (title weighs most).

        ``terms`` (e.g. all spellings of an entity) are OR-ed with the query.
        Returns dicts with id, outlet, published_at, title, origin, url, score (lower is better).
        """
        return search_tsvector(self, [query, *(terms or [])], limit=limit, outlet=outlet)

    # -- several writers ------------------------------------------------------------------------

    def upsert_entities(self, entities: Iterable[Entity], *, source: str = "kb") -> int:
        if source == "discovered":  # writers racing on the same new entities take their row locks in one order
            entities = sorted(entities, key=lambda e: e.id)
        return super().upsert_entities(entities, source=source)

    def claim_pending(self, stages: dict[str, str], *, owner: str, limit: int, after_seq: int = 0,
                      redo: Iterable[str] = (), lease_seconds: int = 1800) -> list[tuple[int, str]]:
        """Claim up to ``limit`` pending articles for ``owner`` (skipping those another process holds)."""
        where, params = self._pending_conditions(stages, set(redo))
        if not where:
            return []
        rows = self._all(
            "UPDATE articles SET claimed_by = ?, claimed_until = now() + make_interval(secs => ?)"
            " WHERE seq IN (SELECT seq FROM articles a WHERE seq > ? AND (" + where + ")"
            " AND (claimed_until IS NULL OR claimed_until < now() OR claimed_by = ?)"
            " ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING seq, id",
            (owner, lease_seconds, after_seq, *params, owner, limit))
        return sorted((r["seq"], r["id"]) for r in rows)

    def claimed_by_others(self, owner: str) -> int:
        return self._value("SELECT count(*) AS n FROM articles WHERE claimed_until > now() AND claimed_by != ?",
                           (owner,))

    @contextmanager
    def corpus_lock(self) -> Iterator[None]:
        self.conn.execute("SELECT pg_advisory_lock(%s)", (CORPUS_LOCK,))
        try:
            yield
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (CORPUS_LOCK,))

    def release_claims(self, article_ids: list[str], *, owner: str) -> None:
        """Give articles back (done, or abandoned)."""
        if article_ids:
            self._run(f"UPDATE articles SET claimed_by = NULL, claimed_until = NULL WHERE id IN ({marks(article_ids)})"
                      " AND claimed_by = ?", (*article_ids, owner))


def close_pools() -> None:
    """Close this process's connection pools (before dropping a database, or at exit)."""
    with _pools_lock:
        for (pid, _), pool in list(_pools.items()):
            if pid == os.getpid():
                pool.close()
        _pools.clear()
