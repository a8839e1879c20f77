"""Stories: clustering state (stories, members, the inverted index of their keys), listings and stored views."""

from __future__ import annotations

import json
from typing import Any

from marsad.store.common import dumps, loads
from marsad.store.sql.base import SQLBase, chunks, marks


class StoriesMixin(SQLBase):
    """What story clustering keeps between runs, and what the story pages read."""

    # -- one story ----------------------------------------------------------------------------

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """A story row: id, seq, title, size, first_seen, last_seen, centroid (a dict), merged_into, updated_at."""
        row = self._one("SELECT id, seq, title, size, first_seen, last_seen, centroid, merged_into, updated_at"
                        " FROM stories WHERE id = ?", (story_id,))
        if row is not None:
            row["centroid"] = loads(row["centroid"], {})
        return row

    def story_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Story ids starting with ``prefix`` (a unique prefix names a story, as with git)."""
        return [r["id"] for r in self._all("SELECT id FROM stories WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
                                           (len(prefix), prefix, limit))]

    def save_story(self, story_id: str, *, seq: int, title: str, size: int, first_seen: str | None,
                   last_seen: str | None, centroid: dict[str, Any], updated_at: str) -> None:
        """Create or update a story (its centroid is what clustering compares new articles with)."""
        self._run(
            "INSERT INTO stories (id, seq, title, size, first_seen, last_seen, centroid, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
            " size = excluded.size, first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
            " centroid = excluded.centroid, updated_at = excluded.updated_at",
            (story_id, seq, title, size, first_seen, last_seen,
             json.dumps(centroid, ensure_ascii=False, separators=(",", ":")), updated_at))

    def max_story_seq(self) -> int:
        return self._value("SELECT COALESCE(MAX(seq), 0) AS m FROM stories")

    # -- clustering ---------------------------------------------------------------------------

    def story_candidates(self, keys: list[str], *, since: str | None, limit: int) -> list[str]:
        """Stories sharing the most of ``keys`` in the index, last seen on or after ``since`` (ties: by id)."""
        if not keys:
            return []
        sql = f"SELECT story_id, COUNT(*) AS n FROM story_postings WHERE key IN ({marks(keys)})"
        params: list[Any] = list(keys)
        if since:
            sql += " AND last_seen >= ?"
            params.append(since)
        sql += " GROUP BY story_id ORDER BY n DESC, story_id LIMIT ?"
        params.append(limit)
        return [r["story_id"] for r in self._all(sql, params)]

    def copy_story(self, article_id: str) -> str | None:
        """The story of the earliest other article in this article's syndication group (before merges)."""
        return self._value(
            "SELECT sa.story_id FROM syndication_groups g JOIN syndication_groups o ON o.group_id = g.group_id"
            " JOIN story_articles sa ON sa.article_id = o.article_id WHERE g.article_id = ? AND o.article_id != ?"
            " ORDER BY sa.seq LIMIT 1", (article_id, article_id))

    def place_article(self, article_id: str, story_id: str, *, seq: int, score: float, keys: list[str],
                      last_seen: str) -> None:
        """Put an article in a story, and index the story under the article's keys."""
        self._run("INSERT INTO story_articles (article_id, story_id, seq, score) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq,"
                  " score = excluded.score", (article_id, story_id, seq, score))
        if keys:
            self._many("INSERT INTO story_postings (key, story_id, last_seen) VALUES (?, ?, ?)"
                       " ON CONFLICT (key, story_id) DO UPDATE SET last_seen = excluded.last_seen",
                       [(k, story_id, last_seen) for k in keys])

    def articles_to_place(self, *, after_seq: int = 0) -> list[tuple[int, str, str | None]]:
        """(seq, id, published_at) of the articles stored after ``after_seq`` and not yet in a story."""
        return [(r["seq"], r["id"], r["published_at"]) for r in self._all(
            "SELECT a.seq, a.id, a.published_at FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
            " WHERE a.seq > ? AND sa.article_id IS NULL ORDER BY a.seq", (after_seq,))]

    def placed_since(self, day: str) -> list[dict[str, Any]]:
        """Articles already in a story and published on or after ``day`` (what new articles are compared
        with): article_id, story_id, story_seq, published_at, seq (the article's), in publication order."""
        return self._all(
            "SELECT sa.article_id, sa.story_id, s.seq AS story_seq, a.published_at, a.seq FROM articles a"
            " JOIN story_articles sa ON sa.article_id = a.id JOIN stories s ON s.id = sa.story_id"
            " WHERE a.published_at >= ? ORDER BY a.published_at, a.id", (day,))

    def latest_placed_day(self) -> str | None:
        """The publication date (and time) of the latest dated article placed in a story: where the clustering
        window ends.  (A story's ``last_seen`` may be later: an undated article counts the day its text cites.)"""
        return self._value("SELECT max(a.published_at) AS d FROM story_articles sa JOIN articles a"
                           " ON a.id = sa.article_id")

    def merge_story(self, gone: str, *, gone_seq: int, into: str) -> None:
        """Fold story ``gone`` into ``into``: its articles and index keys move, it is marked merged."""
        with self.transaction():
            self._run("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (into, gone))
            self._run("INSERT INTO story_postings (key, story_id, last_seen)"
                      " SELECT key, ?, last_seen FROM story_postings WHERE story_id = ?"
                      " ON CONFLICT (key, story_id) DO UPDATE SET last_seen = excluded.last_seen", (into, gone))
            self._run("DELETE FROM story_postings WHERE story_id = ?", (gone,))
            # a story merged before its first flush has no row yet
            self._run("INSERT INTO stories (id, seq, size, centroid) VALUES (?, ?, 0, '{}') ON CONFLICT (id) DO NOTHING",
                      (gone, gone_seq))
            self._run("UPDATE stories SET merged_into = ?, size = 0 WHERE id = ?", (into, gone))

    def move_articles(self, article_ids: list[str], story_id: str) -> None:
        """Put already placed articles in another story (a group split off the story they were in)."""
        for chunk in chunks(article_ids, 400):
            self._run(f"UPDATE story_articles SET story_id = ? WHERE article_id IN ({marks(chunk)})",
                      [story_id, *chunk])

    def save_story_features(self, rows: list[tuple[str, str, bytes]]) -> None:
        """Keep placed articles' clustering features: (article id, version of the code, encoded features)."""
        if rows:
            self._many("INSERT INTO story_features (article_id, version, features) VALUES (?, ?, ?)"
                       " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version,"
                       " features = excluded.features", rows)

    def story_features_of(self, article_ids: list[str], version: str) -> dict[str, bytes]:
        """article id → the features kept for it at ``version`` (absent: none kept, or of another version)."""
        out: dict[str, bytes] = {}
        for chunk in chunks(article_ids):
            for r in self._all(f"SELECT article_id, features FROM story_features WHERE article_id IN ({marks(chunk)})"
                               " AND version = ?", [*chunk, version]):
                out[r["article_id"]] = bytes(r["features"])
        return out

    def forget_story_features(self, article_ids: list[str]) -> int:
        """Drop the features kept for these articles: what they are computed from (the analysis, the date) was
        written again.  Returns rows dropped."""
        n = 0
        for chunk in chunks(list(dict.fromkeys(article_ids))):
            n += self._run(f"DELETE FROM story_features WHERE article_id IN ({marks(chunk)})", chunk)
        return n

    def forget_story_features_before(self, day: str) -> int:
        """Drop the features kept for articles published before ``day`` (out of the clustering window: no later run
        reads them back), and for undated ones.  Returns rows dropped."""
        return self._run("DELETE FROM story_features WHERE article_id IN (SELECT id FROM articles"
                         " WHERE published_at IS NULL OR published_at < ?)", (day,))

    def story_features_size(self) -> tuple[int, int]:
        """(rows, bytes of encoded features) kept in ``story_features``."""
        r = self._one("SELECT COUNT(*) AS n, COALESCE(SUM(length(features)), 0) AS b FROM story_features", ())
        return int(r["n"]), int(r["b"])

    def reset_stories(self) -> None:
        """Forget every story (``marsad cluster --rebuild``)."""
        with self.transaction():
            for table in ("stories", "story_articles", "story_postings", "story_features"):
                self._run(f"DELETE FROM {table}")
            self.set_step_position("cluster_seq", 0)

    def step_position(self, step: str) -> int:
        """The last article seq a corpus step (``cluster_seq``, ``syndication_seq``) has taken in."""
        value = self._value("SELECT value FROM story_state WHERE key = ?", (step,))
        return int(value) if value is not None else 0

    def set_step_position(self, step: str, seq: int) -> None:
        self._run("INSERT INTO story_state (key, value) VALUES (?, ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (step, str(seq)))

    # -- reading ------------------------------------------------------------------------------

    def stories(self, *, since: str | None = None, min_size: int = 1, limit: int | None = None,
                until: str | None = None, outlet: str | None = None,
                entity: str | None = None) -> list[dict[str, Any]]:
        """Live stories, largest and latest first: id, title, size, first_seen, last_seen.  ``since`` / ``until``
        keep the stories seen in those days (last seen on or after ``since``, first seen on or before ``until``;
        undated ones kept), ``outlet`` those with an article of that outlet (its stored key), ``entity`` those
        with an article that mentions that entity (its id)."""
        sql = "SELECT id, title, size, first_seen, last_seen FROM stories WHERE merged_into IS NULL AND size >= ?"
        params: list[Any] = [min_size]
        if since:
            sql += " AND (last_seen >= ? OR last_seen IS NULL)"
            params.append(since)
        if until:  # ("~" sorts after every digit, "T" and ":": a bound holds its day's hours, as article_filters)
            sql += " AND (first_seen <= ? OR first_seen IS NULL)"
            params.append(until + "~")
        if outlet:
            sql += (" AND id IN (SELECT COALESCE(s.merged_into, s.id) FROM story_articles sa"
                    " JOIN stories s ON s.id = sa.story_id JOIN articles a ON a.id = sa.article_id WHERE a.outlet = ?)")
            params.append(outlet)
        if entity:
            sql += (" AND id IN (SELECT COALESCE(s.merged_into, s.id) FROM story_articles sa"
                    " JOIN stories s ON s.id = sa.story_id JOIN annotations n ON n.article_id = sa.article_id"
                    " WHERE n.kind = 'mention' AND n.entity_id = ?)")
            params.append(entity)
        sql += " ORDER BY size DESC, COALESCE(last_seen, '') DESC, seq"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return self._all(sql, params)

    def story_members(self, story_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """story id → its articles in clustering order: id, outlet, title, published_at, origin, url, provenance."""
        out: dict[str, list[dict[str, Any]]] = {}
        for chunk in chunks(story_ids, 400):
            for r in self._all(
                    "SELECT sa.story_id, a.id, a.outlet, a.title, a.published_at, a.origin, a.url, a.provenance"
                    f" FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({marks(chunk)})"
                    " ORDER BY sa.seq", chunk):
                r["provenance"] = loads(r["provenance"], {})
                out.setdefault(r.pop("story_id"), []).append(r)
        return out

    def story_of_article(self, article_id: str) -> str | None:
        """The story an article was placed in (before following merges)."""
        return self._value("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,))

    def story_article_ids(self, story_id: str) -> list[str]:
        """Articles of a story and of the stories merged into it, in clustering order."""
        return [r["article_id"] for r in self._all(
            "SELECT article_id FROM story_articles WHERE story_id = ?"
            " OR story_id IN (SELECT id FROM stories WHERE merged_into = ?) ORDER BY seq", (story_id, story_id))]

    def story_partition(self) -> dict[str, str]:
        """article id → story id, for every clustered article."""
        return {r["article_id"]: r["story_id"] for r in self._all(
            "SELECT article_id, story_id FROM story_articles ORDER BY seq")}

    def story_placements(self) -> list[dict[str, Any]]:
        """Every clustered article's story and placement score (article_id, story_id, score), by article id."""
        return self._all("SELECT article_id, story_id, score FROM story_articles ORDER BY article_id")

    def story_merges(self) -> dict[str, str]:
        """Merged story id → the story it was merged into."""
        return {r["id"]: r["merged_into"] for r in self._all(
            "SELECT id, merged_into FROM stories WHERE merged_into IS NOT NULL")}

    def live_stories(self) -> list[dict[str, Any]]:
        """Every live story's id, title, size, first and last day and centroid (for comparing two runs)."""
        return self._all("SELECT id, title, size, first_seen, last_seen, centroid FROM stories"
                         " WHERE merged_into IS NULL AND size > 0")

    def story_count(self) -> int:
        """Live (not merged, not empty) stories."""
        return self._value("SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL AND size > 0")

    def latest_story_day(self) -> str | None:
        return self._value("SELECT max(last_seen) AS d FROM stories WHERE merged_into IS NULL")

    # -- stored views -------------------------------------------------------------------------

    def stored_story_view(self, story_id: str, fingerprint: str) -> dict[str, Any] | None:
        """The view stored for a story, while the story and the analysis (``fingerprint``) are unchanged."""
        view = self._value(
            "SELECT v.view FROM story_views v JOIN stories s ON s.id = v.story_id WHERE v.story_id = ?"
            " AND v.updated_at IS NOT DISTINCT FROM s.updated_at AND v.fingerprint = ?", (story_id, fingerprint))
        return json.loads(view) if view else None

    def stale_story_views(self, fingerprint: str, *, min_size: int = 2) -> list[tuple[str, str | None]]:
        """(story id, updated_at) of live stories of ``min_size`` or more whose stored view is missing or old."""
        return [(r["id"], r["updated_at"]) for r in self._all(
            "SELECT s.id, s.updated_at FROM stories s LEFT JOIN story_views v ON v.story_id = s.id"
            " WHERE s.merged_into IS NULL AND s.size >= ? AND (v.story_id IS NULL"
            " OR v.updated_at IS DISTINCT FROM s.updated_at OR v.fingerprint != ?) ORDER BY s.seq",
            (min_size, fingerprint))]

    def save_story_view(self, story_id: str, updated_at: str | None, fingerprint: str, view: dict[str, Any]) -> None:
        self._run("INSERT INTO story_views (story_id, updated_at, fingerprint, view) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (story_id) DO UPDATE SET updated_at = excluded.updated_at,"
                  " fingerprint = excluded.fingerprint, view = excluded.view",
                  (story_id, updated_at, fingerprint, dumps(view)))

    def forget_story_views_of(self, article_ids: list[str]) -> int:
        """Drop the stored views of the stories holding these articles: their analysis was written again (an
        article relinked after a merge of people or an office change), so the next story pages step computes
        those views again instead of serving the quotes and names of the old analysis.  Returns views dropped."""
        n = 0
        for chunk in chunks(list(dict.fromkeys(article_ids))):
            n += self._run(f"DELETE FROM story_views WHERE story_id IN"
                           f" (SELECT story_id FROM story_articles WHERE article_id IN ({marks(chunk)}))", chunk)
        return n
