"""Search in PostgreSQL: a weighted tsvector of the same folded words SQLite's FTS5 index holds.

The vector is built here, not by PostgreSQL's text parser, so words are split exactly
as in SQLite (letters and digits; folding from ``marsad.arabic``) whatever the server's
locale: title words weigh A, the bare forms of words behind clitics B, body words D.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from marsad.store.common import query_groups, query_phrases, together_first

WORD = re.compile(r"[^\W_]+")  # FTS5's unicode61 tokens: letters and digits, '_' separates
MAX_POSITION = 16383  # PostgreSQL's largest lexeme position


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def tsvector_literal(title: str, body: str, stems: str) -> str:
    """A tsvector in its text form: each folded word with its positions and weight."""
    positions: dict[tuple[str, str], list[int]] = {}
    pos = 0
    for weight, text in (("A", title), ("D", body), ("B", stems)):
        for w in words(text):
            pos = min(pos + 1, MAX_POSITION)
            positions.setdefault((w, weight), []).append(pos)
    out = []
    for (w, weight), ps in positions.items():
        suffix = "" if weight == "D" else weight
        out.append(f"'{w}':" + ",".join(f"{p}{suffix}" for p in ps[:256]))
    return " ".join(out)


def tsquery_literal(terms: Iterable[str]) -> str:
    """A tsquery matching all words of each term (a word or its bare form); terms are OR-ed."""
    groups = []
    for group in query_groups(terms):
        parts = []
        for alts in group:
            lexemes = sorted({x for a in alts for x in words(a)})
            if lexemes:
                parts.append("(" + " | ".join(f"'{x}'" for x in lexemes) + ")")
        if parts:
            groups.append("(" + " & ".join(parts) + ")")
    return " | ".join(groups)


# ts_rank weights for {D, C, B, A}: body and bare forms as 1, title as 5 (SQLite's bm25 weights).
RANK_WEIGHTS = "{0.2, 0.2, 0.2, 1.0}"


def tsquery_phrases(phrases: list[list[str]]) -> str:
    """A tsquery matching any of ``phrases`` (folded words) word after word."""
    out = []
    for phrase in phrases:
        lexemes = [x for w in phrase for x in words(w)]
        if lexemes:
            out.append("(" + " <-> ".join(f"'{x}'" for x in lexemes) + ")")
    return " | ".join(out)


def search_tsvector(store: Any, terms: list[str], *, limit: int, outlet: str | None) -> list[dict[str, Any]]:
    """``terms``: the query as typed, then the other names of the entity it names.  The reports with the query's
    words side by side come first (as SQLite's search does)."""
    rows = _search(store, tsquery_literal(terms), limit=limit, outlet=outlet)
    together = tsquery_phrases(query_phrases(terms[0])) if terms else ""
    if together and rows:
        rows = together_first(_search(store, together, limit=limit, outlet=outlet), rows, limit)
    return rows


def _search(store: Any, query: str, *, limit: int, outlet: str | None) -> list[dict[str, Any]]:
    if not query:
        return []
    sql = ("SELECT a.id, a.outlet, a.published_at, a.title, a.origin, a.url,"
           f" -ts_rank(CAST('{RANK_WEIGHTS}' AS float4[]), s.words, q) AS score"
           " FROM article_search s JOIN articles a ON a.seq = s.seq, CAST(? AS tsquery) q WHERE s.words @@ q")
    params: list[Any] = [query]
    if outlet:
        sql += " AND a.outlet = ?"
        params.append(outlet)
    sql += " ORDER BY score, a.seq LIMIT ?"
    params.append(limit)
    return store._all(sql, params)
