"""Entity merges and splits: redirects from one entity id to another, users' separations, the merge log,
the blocking keys of discovered entities, and moving the mentions of an entity onto another."""

from __future__ import annotations

from typing import Any, Iterable

from marsad.store.common import dumps, loads, now_iso
from marsad.store.sql.base import SQLBase, chunks, marks


class MergesMixin(SQLBase):
    """The ``entity_redirects``, ``entity_separations``, ``entity_merge_log`` and ``entity_keys`` tables."""

    def entity_redirects(self) -> dict[str, str]:
        """Every redirect: entity id → the id it counts for."""
        return {r["entity_id"]: r["target_id"] for r in self._all("SELECT entity_id, target_id FROM entity_redirects")}

    def redirects_into(self, target_id: str) -> list[dict[str, Any]]:
        """The ids merged into ``target_id``: entity_id, method, confidence, evidence, created_at."""
        rows = self._all("SELECT entity_id, method, confidence, evidence, created_at FROM entity_redirects"
                         " WHERE target_id = ? ORDER BY created_at, entity_id", (target_id,))
        for r in rows:
            r["evidence"] = loads(r["evidence"], {})
        return rows

    def add_redirect(self, entity_id: str, target_id: str, *, method: str, confidence: float = 1.0,
                     evidence: dict[str, Any] | None = None) -> None:
        """Merge ``entity_id`` into ``target_id`` (what was merged into ``entity_id`` follows), and log it."""
        now = now_iso()
        with self.transaction():
            self._run("DELETE FROM entity_redirects WHERE entity_id = ?", (target_id,))  # a target is never redirected
            self._run("UPDATE entity_redirects SET target_id = ? WHERE target_id = ?", (target_id, entity_id))
            self._run("DELETE FROM entity_redirects WHERE entity_id = ?", (entity_id,))
            self._run("INSERT INTO entity_redirects (entity_id, target_id, method, confidence, evidence, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)", (entity_id, target_id, method, confidence, dumps(evidence or {}), now))
            self._log("merge", entity_id, target_id, method, confidence, evidence, now)

    def remove_redirect(self, entity_id: str, *, method: str, evidence: dict[str, Any] | None = None) -> str | None:
        """Undo the merge of ``entity_id``; returns the id it had been merged into (None when it was not)."""
        with self.transaction():
            target = self._value("SELECT target_id FROM entity_redirects WHERE entity_id = ?", (entity_id,))
            if target is None:
                return None
            self._run("DELETE FROM entity_redirects WHERE entity_id = ?", (entity_id,))
            self._log("split", entity_id, target, method, 1.0, evidence, now_iso())
        return target

    def _log(self, action: str, entity_id: str, target_id: str, method: str, confidence: float,
             evidence: dict[str, Any] | None, at: str) -> None:
        seq = (self._value("SELECT MAX(seq) AS n FROM entity_merge_log") or 0) + 1
        self._run("INSERT INTO entity_merge_log (seq, action, entity_id, target_id, method, confidence, evidence,"
                  " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (seq, action, entity_id, target_id, method, confidence, dumps(evidence or {}), at))

    def merge_history(self, entity_id: str) -> list[dict[str, Any]]:
        """Merges and splits involving an entity, oldest first."""
        rows = self._all("SELECT seq, action, entity_id, target_id, method, confidence, evidence, created_at"
                         " FROM entity_merge_log WHERE entity_id = ? OR target_id = ? ORDER BY seq",
                         (entity_id, entity_id))
        for r in rows:
            r["evidence"] = loads(r["evidence"], {})
        return rows

    def add_separation(self, entity_id: str, other_id: str) -> None:
        """Record that two entities are different (a user's split); merging will not join them again."""
        a, b = sorted((entity_id, other_id))
        self._run("INSERT INTO entity_separations (entity_id, other_id, created_at) VALUES (?, ?, ?)"
                  " ON CONFLICT (entity_id, other_id) DO NOTHING", (a, b, now_iso()))

    def remove_separation(self, entity_id: str, other_id: str) -> None:
        a, b = sorted((entity_id, other_id))
        self._run("DELETE FROM entity_separations WHERE entity_id = ? AND other_id = ?", (a, b))

    def separated(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of ``pairs`` a user split apart (each returned sorted)."""
        out = set()
        for a, b in {tuple(sorted(p)) for p in pairs}:
            if self._value("SELECT 1 AS x FROM entity_separations WHERE entity_id = ? AND other_id = ?", (a, b)):
                out.add((a, b))
        return out

    # -- blocking keys ---------------------------------------------------------------------------

    def add_entity_keys(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Index discovered entities under blocking keys: (key, entity id)."""
        with self.transaction():  # (one commit, not one a row: outside a transaction each row was its own)
            self._many("INSERT INTO entity_keys (key, entity_id) VALUES (?, ?) ON CONFLICT (key, entity_id) DO NOTHING",
                       list(dict.fromkeys(pairs)))

    def entities_with_keys(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """key → entity ids indexed under it."""
        keys = list(dict.fromkeys(keys))
        out: dict[str, list[str]] = {}
        for chunk in chunks(keys):
            for r in self._all(f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks(chunk)})"
                               " ORDER BY key, entity_id", chunk):
                out.setdefault(r["key"], []).append(r["entity_id"])
        return out

    # -- mentions --------------------------------------------------------------------------------

    def move_mentions(self, from_id: str, to_id: str, *, name_ids: Iterable[str] | None = None,
                      name_ar: str | None = None, name_en: str | None = None) -> list[str]:
        """Give the mentions of ``from_id`` the id ``to_id`` (only those whose name gave one of ``name_ids``,
        when given); returns the ids of the articles changed.  Each moved mention keeps ``data["name_id"]``
        (the id its name gave), so a later split can move it back."""
        wanted = set(name_ids) if name_ids is not None else None
        rows = self._all('SELECT article_id, stage, start, "end", data FROM annotations'
                         " WHERE kind = 'mention' AND entity_id = ?", (from_id,))
        changed: list[str] = []
        updates = []
        for r in rows:
            data = loads(r["data"], {})
            own = data.get("name_id") or from_id
            if wanted is not None and own not in wanted:
                continue
            data["entity_id"] = to_id
            if own != to_id:
                data["name_id"] = own
            else:
                data.pop("name_id", None)
            if name_ar:
                data["name"] = name_ar
            data["name_en"] = name_en
            updates.append((to_id, dumps(data), r["article_id"], r["stage"], r["start"], r["end"], from_id))
            changed.append(r["article_id"])
        if updates:
            with self.transaction():
                self._many("UPDATE annotations SET entity_id = ?, data = ? WHERE article_id = ? AND stage = ?"
                           " AND kind = 'mention' AND start = ? AND \"end\" = ? AND entity_id = ?", updates)
                self.forget_story_features(changed)  # (their entity keys were computed from the old ids)
        return list(dict.fromkeys(changed))

    def forget_stage_runs(self, article_ids: Iterable[str], stages: Iterable[str]) -> int:
        """Mark stages as not run for some articles (their input changed): the next ``process`` redoes them."""
        ids, stages = list(dict.fromkeys(article_ids)), list(stages)
        n = 0
        if not stages:
            return 0
        with self.transaction():
            for chunk in chunks(ids):
                n += self._run(f"DELETE FROM stage_runs WHERE article_id IN ({marks(chunk)})"
                               f" AND stage IN ({marks(stages)})", [*chunk, *stages])
        return n
