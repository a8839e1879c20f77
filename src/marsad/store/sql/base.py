"""The few primitives every mixin builds on; each backend implements them for its driver."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence


class SQLBase:
    """Primitives: run a statement, fetch rows as dicts, a transaction; plus the dialect hooks."""

    path: str
    ROWID = "rowid"  # the column that orders a table's rows as they were inserted
    concurrent_writers = False  # may several processes write at once (else: one writer, results flow to it)

    # -- primitives (implemented per backend) -------------------------------------------------

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts."""
        raise NotImplementedError

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a query as tuples, in the order of its columns: for the readers of many small rows (spans,
        mentions), which read each column once by its place (no dict or row object built per row)."""
        return [tuple(r.values()) for r in self._all(sql, params)]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""
        raise NotImplementedError

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""
        raise NotImplementedError

    conn: Any  # the driver's connection
    _depth = 0  # how many transaction() blocks are open
    _BEGIN = "BEGIN"  # the statement that opens a write transaction

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction; nested calls join the outer one."""
        if self._depth == 0:
            self.conn.execute(self._BEGIN)
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    # -- dialect hooks ------------------------------------------------------------------------

    def jx(self, column: str, *path: str | int, as_: str = "text") -> str:
        """SQL for a field inside a JSON text column: ``jx("data", "speaker", "entity_id")``.

        ``as_`` is ``text``, ``int`` or ``real``: the value's type for comparisons and arithmetic; ``string``: the
        value only when it is a JSON string (NULL for a number, a boolean, a list or an object, alike on every backend).
        """
        raise NotImplementedError

    # -- helpers ------------------------------------------------------------------------------

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._one(sql, params)
        return next(iter(row.values())) if row else None


def marks(values: Sequence[Any]) -> str:
    """``?, ?, ?`` for an IN list."""
    return ",".join("?" * len(values))


def chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    """Slices of at most ``size``: IN lists stay under every backend's parameter limit."""
    for i in range(0, len(values), size):
        yield values[i:i + size]
