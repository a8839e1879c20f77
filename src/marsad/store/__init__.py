"""Persistence: the Store contract and its backends (SQLite file; PostgreSQL URL)."""

from __future__ import annotations

from marsad.store.base import Store
from marsad.store.common import index_fields, now_iso


def open_store(path: str, *, readonly: bool = False) -> Store:
    """Open (creating and migrating if needed) the Marsad database at ``path``."""
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(path, readonly=readonly)


__all__ = ["Store", "open_store", "index_fields", "now_iso"]
