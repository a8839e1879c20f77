"""Marsad (مرصد): a sourced, queryable picture of Arabic news.

``marsad.open(db)`` is the front door (see :mod:`marsad.library`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.library import Marsad


def open(db: str | None = None, *, readonly: bool = False) -> "Marsad":  # noqa: A001
    """Open the Marsad database ``db`` (a SQLite file or a ``postgresql://`` URL): see :class:`marsad.library.Marsad`."""
    from marsad.library import open as open_library

    return open_library(db, readonly=readonly)


__all__ = ["open", "__version__"]
