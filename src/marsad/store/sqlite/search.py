"""Search in SQLite: an FTS5 index of folded text (title, body, and the bare forms of words behind clitics)."""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from marsad.errors import StoreError
from marsad.store.common import phrase_variants, query_groups, query_phrases, together_first


def fts_query(terms: Iterable[str], phrases: Iterable[str] = ()) -> str:
    """An FTS5 query: all words of each term, or each alias as a phrase; everything OR-ed.

    ``terms`` (what the user typed) match word by word; ``phrases`` (the other names of the entity the
    query names) match only as the whole name — "أنصار الله" must not find every "الله".
    """
    phrases = list(phrases)
    single = [p for p in phrases if len(p.split()) == 1]  # one word: with its bare form, like the query
    groups = []
    for words in query_groups([*terms, *single]):
        groups.append("(" + " AND ".join("(" + " OR ".join(f'"{a}"' for a in sorted(alts)) + ")" for alts in words)
                      + ")")
    for term in phrases:
        variants = phrase_variants(term) if term not in single else []
        if variants:
            groups.append("(" + " OR ".join('"' + " ".join(v) + '"' for v in variants) + ")")
    return " OR ".join(groups)


def search_fts(conn: sqlite3.Connection, terms: list[str], *, query: str, limit: int,
               outlet: str | None, phrases: Iterable[str] = ()) -> list[dict[str, Any]]:
    match = fts_query(terms, phrases)
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
        rows = [dict(r) for r in conn.execute(sql, params)]
        together = query_phrases(query)
        if together and rows:  # the reports with the words side by side first (as PostgreSQL's search does)
            params[0] = " OR ".join('"' + " ".join(v) + '"' for v in together)
            rows = together_first([dict(r) for r in conn.execute(sql, params)], rows, limit)
        return rows
    except sqlite3.OperationalError as exc:
        raise StoreError(f"bad search query {query!r}: {exc}") from exc
