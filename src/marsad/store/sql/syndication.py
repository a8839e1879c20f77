"""Syndication: MinHash signatures, their LSH buckets, and the groups of copies of one article."""

from __future__ import annotations

from marsad.store.sql.base import SQLBase, chunks, marks


class SyndicationMixin(SQLBase):
    """The index that finds near-duplicate articles, and the groups it forms."""

    def syndication_candidates(self, buckets: list[int]) -> list[str]:
        """Articles sharing at least one LSH bucket."""
        return [r["article_id"] for r in self._all(
            f"SELECT DISTINCT article_id FROM syndication_buckets WHERE bucket IN ({marks(buckets)}) ORDER BY article_id",
            buckets)]

    def add_signature(self, article_id: str, seq: int, signature: bytes, buckets: list[int]) -> None:
        """Index an article's MinHash signature under its LSH buckets."""
        self._many("INSERT INTO syndication_buckets (bucket, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                   [(b, article_id) for b in buckets])
        self._run("INSERT INTO syndication_signatures (article_id, seq, signature) VALUES (?, ?, ?)"
                  " ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, signature = excluded.signature",
                  (article_id, seq, signature))

    def signatures(self, article_ids: list[str]) -> list[tuple[str, int, bytes]]:
        """(article id, seq, signature bytes) of the given articles that have one."""
        out = []
        for chunk in chunks(article_ids):
            out += [(r["article_id"], r["seq"], bytes(r["signature"])) for r in self._all(
                "SELECT article_id, seq, signature FROM syndication_signatures"
                f" WHERE article_id IN ({marks(chunk)}) ORDER BY seq", chunk)]
        return out

    def syndication_groups(self, article_ids: list[str]) -> dict[str, str]:
        """article id → syndication group, for the given articles that have one."""
        out: dict[str, str] = {}
        for chunk in chunks(article_ids):
            for r in self._all(f"SELECT article_id, group_id FROM syndication_groups WHERE article_id IN ({marks(chunk)})",
                               chunk):
                out[r["article_id"]] = r["group_id"]
        return out

    def syndication_group_ids(self) -> set[str]:
        return {r["group_id"] for r in self._all("SELECT DISTINCT group_id FROM syndication_groups")}

    def syndication_partition(self) -> dict[str, str]:
        """article id → syndication group, for every article in a group."""
        return {r["article_id"]: r["group_id"] for r in self._all("SELECT article_id, group_id FROM syndication_groups")}

    def set_syndication_group(self, article_id: str, group: str, similarity: float, *, replace: bool = True) -> None:
        """Put an article in a group (``replace=False`` leaves an article already in one where it is)."""
        conflict = ("DO UPDATE SET group_id = excluded.group_id, similarity = excluded.similarity" if replace
                    else "DO NOTHING")
        self._run("INSERT INTO syndication_groups (article_id, group_id, similarity) VALUES (?, ?, ?)"
                  f" ON CONFLICT (article_id) {conflict}", (article_id, group, similarity))

    def rename_syndication_group(self, old: str, new: str) -> None:
        """Fold group ``old`` into ``new``."""
        self._run("UPDATE syndication_groups SET group_id = ? WHERE group_id = ?", (new, old))

    def syndication_members(self, group: str) -> list[tuple[str, int]]:
        """(article id, seq) of a group's members in store order."""
        return [(r["article_id"], r["seq"]) for r in self._all(
            "SELECT g.article_id, a.seq FROM syndication_groups g JOIN articles a ON a.id = g.article_id"
            " WHERE g.group_id = ? ORDER BY a.seq", (group,))]

    def reset_syndication(self) -> None:
        """Forget every signature and group, and clear the syndication fields of articles' provenance."""
        with self.transaction():
            for table in ("syndication_signatures", "syndication_buckets", "syndication_groups"):
                self._run(f"DELETE FROM {table}")
            self.set_step_position("syndication_seq", 0)
            rows = self._all("SELECT id FROM articles WHERE provenance LIKE ?", ('%"syndication_group":"%',))
            for row in rows:
                article = self.get_article(row["id"])
                if article is not None:
                    article.provenance.syndication_group = None
                    article.provenance.syndicated_from = None
                    self.update_provenance(article.id, article.provenance)
