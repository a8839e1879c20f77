"""Office changes learned from the news (``office_changes``) and users' decisions on them
(``office_change_decisions``), plus the ``office_change`` spans they are gathered from."""

from __future__ import annotations

from typing import Any, Iterable

from marsad.models import Span
from marsad.store.common import dumps, loads, now_iso
from marsad.store.sql.base import SQLBase

_COLUMNS = ("id", "person_id", "person_name", "change", "direction", "office", "title", "of_id", "of_name", "date",
            "predecessor_id", "predecessor_name", "confidence", "articles", "sources")


class RolesMixin(SQLBase):
    """Learned office changes: rebuilt as a whole by the corpus step; decisions survive every rebuild."""

    def office_change_spans(self) -> list[dict[str, Any]]:
        """Every ``office_change`` span with its article's date: article_id, published_at, span (a Span)."""
        rows = self._all('SELECT n.article_id, n.start, n."end", n.label, n.data, a.published_at FROM annotations n'
                         " JOIN articles a ON a.id = n.article_id WHERE n.kind = 'office_change'"
                         f" ORDER BY a.seq, n.start, n.{self.ROWID}")
        return [{"article_id": r["article_id"], "published_at": r["published_at"],
                 "span": Span("office_change", r["start"], r["end"], r["label"], loads(r["data"], {}))} for r in rows]

    def replace_office_changes(self, rows: Iterable[dict[str, Any]]) -> None:
        """Replace every learned office change by ``rows`` (dicts with the table's columns; sources a list)."""
        now = now_iso()
        params = [tuple(dumps(r.get(c) or []) if c == "sources" else r.get(c) for c in _COLUMNS) + (now,)
                  for r in rows]
        with self.transaction():
            self._run("DELETE FROM office_changes")
            self._many(f"INSERT INTO office_changes ({', '.join(_COLUMNS)}, updated_at)"
                       f" VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})", params)

    def office_changes(self, *, person_id: str | None = None, change_id: str | None = None) -> list[dict[str, Any]]:
        """Learned office changes, by date then id, each with the user's ``decision`` (None when undecided).

        ``change_id`` may be a unique prefix of an id.
        """
        sql = ("SELECT c.*, d.decision, d.decided_at FROM office_changes c"
               " LEFT JOIN office_change_decisions d ON d.change_id = c.id WHERE 1 = 1")
        params: list[Any] = []
        if person_id:
            sql += " AND (c.person_id = ? OR c.predecessor_id = ?)"
            params += [person_id, person_id]
        if change_id:
            sql += " AND c.id LIKE ?"
            params.append(change_id.replace("%", "").replace("_", "") + "%")
        rows = self._all(sql + " ORDER BY c.date NULLS LAST, c.id", params)
        for r in rows:
            r["sources"] = loads(r["sources"], [])
            r.pop("updated_at", None)
        return rows

    def office_change_decisions(self) -> dict[str, str]:
        """Every user's decision: change id → accept | reject."""
        rows = self._all("SELECT change_id, decision FROM office_change_decisions")
        return {r["change_id"]: r["decision"] for r in rows}

    def set_office_change_decision(self, change_id: str, decision: str | None) -> None:
        """Record ``accept`` or ``reject`` for a change (None forgets the decision)."""
        with self.transaction():
            self._run("DELETE FROM office_change_decisions WHERE change_id = ?", (change_id,))
            if decision is not None:
                self._run("INSERT INTO office_change_decisions (change_id, decision, decided_at) VALUES (?, ?, ?)",
                          (change_id, decision, now_iso()))
