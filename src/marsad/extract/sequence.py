"""Dating pages by their site's sequence: when a page carries no date, its number on the site tells.

An export's date is often when a page was fetched, not when it was written: SaudiNewsNet's first crawl of a site
holds weeks of older pages under one fetch date. Most news sites number their pages in order
(``/article/410826/…``, ``?ArticleID=229720``, ``/node/620113/…``), so the pages fetched on each day draw the
site's counter against time: the highest number fetched on a day was current then. A page's number read
against those (fetch time, highest number) points — interpolated between two fetches, or extrapolated before the
first one at the site's own rate of numbers per day — places it in time.

Only a site whose numbers grow with its fetch days is read this way (at least three fetch days, nearly all in
order); an estimate never moves a page later than its fetch, nor more than a year before it, nor by less than
two days (``MIN_MOVE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median
from typing import Iterable

_NUMBER = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_YMD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
MIN_DAYS = 3  # fetch days a site needs before its numbers are trusted
MAX_BACK = 366  # days: an older estimate is not trusted (an archive's own numbering, a moved page)
# Only an estimate at least this many days before the fetch moves a page: a page fetched the morning after it was
# written is dated by its fetch anyway, and a day either way is within what the estimate can tell.
MIN_MOVE = 2


def site_number(url: str | None) -> int | None:
    """The page's number on its site: the first run of five or more digits after the host that is not a date."""
    if not url:
        return None
    rest = url.split("//", 1)[-1]
    rest = rest[rest.find("/"):] if "/" in rest else ""
    for m in _NUMBER.finditer(rest):
        if len(m.group()) == 8 and _YMD.fullmatch(m.group()):
            continue  # /20150720/: a day, not a page
        return int(m.group())
    return None


@dataclass(slots=True)
class Fetched:
    """A page whose date is its fetch time: ``key`` is the caller's (an article id)."""

    key: str
    site: str
    number: int
    fetched_at: datetime


_EPOCH = datetime(1970, 1, 1)


def _days(t: datetime) -> float:
    return (t.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400.0


class SiteClock:
    """One site's counter against time, from the (fetch time, highest number) of each fetch day."""

    def __init__(self, points: list[tuple[float, int]]) -> None:
        self.points = points  # (time in days, highest number), both increasing
        rates = [(b[1] - a[1]) / (b[0] - a[0]) for a, b in zip(points, points[1:]) if b[0] > a[0]]
        self.rate = median(rates) if rates else 0.0

    @classmethod
    def fit(cls, pages: list[Fetched]) -> "SiteClock | None":
        """The clock of one site's pages, or None when its numbers do not follow its fetch days."""
        by_day: dict[str, list[Fetched]] = {}
        for p in pages:
            by_day.setdefault(p.fetched_at.date().isoformat(), []).append(p)
        if len(by_day) < MIN_DAYS:
            return None
        days = sorted(by_day)
        tops = [max(p.number for p in by_day[d]) for d in days]
        middles = [median(p.number for p in by_day[d]) for d in days]
        in_order = sum(b > a for a, b in zip(tops, tops[1:])) + sum(b >= a for a, b in zip(middles, middles[1:]))
        if in_order < 0.8 * 2 * (len(days) - 1):
            return None  # numbers that are not a counter (hashes, per-section ids)
        points: list[tuple[float, int]] = []
        for d, top in zip(days, tops):
            t = _days(max(p.fetched_at for p in by_day[d]))
            if not points or top > points[-1][1]:
                points.append((t, top))
        clock = cls(points)
        return clock if clock.rate > 0 else None

    def when(self, number: int) -> float | None:
        """When the site gave out ``number`` (days since the epoch), or None when it cannot tell."""
        pts = self.points
        if number >= pts[-1][1]:
            return pts[-1][0]
        for (t0, n0), (t1, n1) in zip(pts, pts[1:]):
            if n0 <= number <= n1:
                return t0 + (number - n0) / (n1 - n0) * (t1 - t0)
        back = (pts[0][1] - number) / self.rate
        return pts[0][0] - back if back <= MAX_BACK else None


def estimate_dates(pages: Iterable[Fetched]) -> dict[str, str]:
    """{key: ISO day} for the pages whose site's sequence dates them ``MIN_MOVE`` days or more before their fetch."""
    by_site: dict[str, list[Fetched]] = {}
    for p in pages:
        by_site.setdefault(p.site, []).append(p)
    out: dict[str, str] = {}
    for site_pages in by_site.values():
        clock = SiteClock.fit(site_pages)
        if clock is None:
            continue
        for p in site_pages:
            t = clock.when(p.number)
            if t is None:
                continue
            day = (_EPOCH + timedelta(days=t)).date()
            if (p.fetched_at.date() - day).days >= MIN_MOVE:
                out[p.key] = day.isoformat()
    return out
