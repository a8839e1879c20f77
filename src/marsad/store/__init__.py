"""Persistence: the Store contract and its backends (a SQLite file; PostgreSQL by URL)."""

from __future__ import annotations

from marsad.store.base import Store
from marsad.store.common import index_fields, now_iso


def is_postgres(path: str) -> bool:
    """Does ``path`` name a PostgreSQL database (``postgresql://…``) rather than a SQLite file?"""
    return str(path).startswith(("postgresql://", "postgres://"))


def open_store(path: str, *, readonly: bool = False) -> Store:
    """Open (creating and migrating if needed) the Marsad database at ``path``: a SQLite file or a PostgreSQL URL."""
    if is_postgres(path):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(str(path), readonly=readonly)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(path, readonly=readonly)


__all__ = ["Store", "open_store", "is_postgres", "index_fields", "now_iso"]
