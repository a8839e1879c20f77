"""Search in SQLite: an FTS5 index of folded text (title, body, and the bare forms of words behind clitics)."""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from marsad.errors import StoreError
from marsad.store.common import query_groups


def fts_query(terms: Iterable[str]) -> str:
    """An FTS5 query matching all words of each term; terms are OR-ed (aliases of one entity)."""
    groups = []
    for words in query_groups(terms):
        groups.append("(" + " AND ".join("(" + " OR ".join(f'"{a}"' for a in sorted(alts)) + ")" for alts in words)
                      + ")")
    return " OR ".join(groups)


def search_fts(conn: sqlite3.Connection, terms: list[str], *, query: str, limit: int,
               outlet: str | None) -> list[dict[str, Any]]:
    match = fts_query(terms)
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
        return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        raise StoreError(f"bad search query {query!r}: {exc}") from exc
