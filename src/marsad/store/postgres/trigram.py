"""pg_trgm search, kept to measure against the tsvector index (``benchmarks/bench_pg_search.py``).

The same folded words as the tsvector, space-joined in a text column with a trigram GIN
index; a word matches as ``LIKE '% word %'`` (trigrams narrow the candidates, the pattern
keeps whole words).  It has no ranking.
"""

from __future__ import annotations

from typing import Any

from marsad.store.common import index_fields, query_groups
from marsad.store.postgres.search import words


def build_trigram_index(store: Any) -> None:
    """Create (or recreate) the trigram table and index over every article of a PostgreSQL store."""
    store._run("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    store._run("DROP TABLE IF EXISTS search_trgm")
    store._run("CREATE TABLE search_trgm (seq BIGINT PRIMARY KEY, words TEXT NOT NULL)")
    seqs = {aid: seq for seq, aid in store.article_seqs()}
    rows = []
    for a in store.iter_articles():
        title, body, stems = index_fields(a.title, a.text)
        rows.append((seqs[a.id], " " + " ".join(words(f"{title} {body} {stems}")) + " "))
    store._many("INSERT INTO search_trgm (seq, words) VALUES (?, ?)", rows)
    store._run("CREATE INDEX search_trgm_words ON search_trgm USING GIN (words gin_trgm_ops)")
    store._run("ANALYZE search_trgm")


def trigram_search(store: Any, query: str) -> list[str]:
    """Ids of the articles matching every word of ``query`` (a word or its bare form behind clitics)."""
    where, params = [], []
    for group in query_groups([query]):
        parts = []
        for alts in group:
            lexemes = sorted({x for a in alts for x in words(a)})
            parts.append("(" + " OR ".join("t.words LIKE ?" for _ in lexemes) + ")")
            params += [f"% {x} %" for x in lexemes]
        where.append("(" + " AND ".join(parts) + ")")
    if not where:
        return []
    return [r["id"] for r in store._all("SELECT a.id FROM search_trgm t JOIN articles a ON a.seq = t.seq WHERE "
                                        + " OR ".join(where) + " ORDER BY a.seq", params)]


def relation_sizes(store: Any, names: list[str]) -> dict[str, int]:
    """Bytes on disk of tables with their indexes."""
    return {r["relname"]: r["size"] for r in store._all(
        f"SELECT relname, pg_total_relation_size(oid) AS size FROM pg_class WHERE relname IN "
        f"({','.join('?' * len(names))})", names)}
