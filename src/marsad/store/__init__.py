"""Persistence: the Store contract and its SQLite implementation."""

from __future__ import annotations

from marsad.store.base import Store
from marsad.store.sqlite import SQLiteStore


def open_store(path: str, *, readonly: bool = False) -> SQLiteStore:
    """Open (creating and migrating if needed) the Marsad database at ``path``."""
    return SQLiteStore(path, readonly=readonly)


__all__ = ["Store", "SQLiteStore", "open_store"]
