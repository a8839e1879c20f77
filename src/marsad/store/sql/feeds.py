"""Feed polling state: conditional-request validators per feed, and the items already taken."""

from __future__ import annotations

from typing import Any

from marsad.store.common import now_iso
from marsad.store.sql.base import SQLBase


class FeedsMixin(SQLBase):
    """What ``marsad watch`` remembers between polls."""

    def feed_state(self, url: str) -> dict[str, Any] | None:
        """A feed's validators and last status: etag, last_modified, checked_at, status."""
        return self._one("SELECT etag, last_modified, checked_at, status FROM feed_state WHERE url = ?", (url,))

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None, status: str) -> None:
        self._run("INSERT INTO feed_state (url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                  " checked_at = excluded.checked_at, status = excluded.status",
                  (url, etag, last_modified, now_iso(), status))

    def seen_feed_items(self, feed: str) -> set[str]:
        return {r["url"] for r in self._all("SELECT url FROM feed_items WHERE feed = ?", (feed,))}

    def mark_feed_items(self, feed: str, urls: list[str]) -> None:
        """Remember that these item links of a feed were taken."""
        stamp = now_iso()
        with self.transaction():
            self._many("INSERT INTO feed_items (feed, url, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                       [(feed, u, stamp) for u in urls])
