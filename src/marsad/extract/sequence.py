"""Dating pages by their site's sequence: when a page carries no date, its number on the site tells.

An export's date is often when a page was fetched, not when it was written: SaudiNewsNet's first crawl of a site
holds weeks of older pages under one fetch date. Most news sites number their pages in order
(``/article/410826/…``, ``?ArticleID=229720``, ``/node/620113/…``), so the pages fetched on each day draw the
site's counter against time: the highest number fetched on a day was current then. A page's number read
against those (fetch time, highest number) points — interpolated between two fetches, or extrapolated before the
first one at the site's own rate of numbers per day — places it in time.

A site may number several kinds of page apart (news, columns, videos): its numbers are read as series, split
where one number is more than 5% above the one below it, each series with its own clock. A site whose pages carry
a short code instead of a number (``sabq.org/PHGKif``) is read under each usual base-62 spelling of a number
(alphabet order, first or last character most significant); the spelling under which the most pages fall on a
clock near their own fetch is the site's.

Only a series whose numbers grow with its fetch days is read this way (at least three fetch days, nearly all in
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
_SLUG = re.compile(r"[A-Za-z0-9]{4,12}")
_DIGITS, _LOWER, _UPPER = "0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The base-62 alphabets short links are spelled in, each read with its first or its last character most significant.
ALPHABETS = (_DIGITS + _LOWER + _UPPER, _DIGITS + _UPPER + _LOWER, _LOWER + _UPPER + _DIGITS,
             _UPPER + _LOWER + _DIGITS, _LOWER + _DIGITS + _UPPER)
SERIES_GAP = 1.05  # a number more than 5% above the one below it starts another series
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


def site_code(url: str | None) -> str | None:
    """A short code that stands for the page (``sabq.org/PHGKif``): the last part of the path, 4–12 letters and
    digits, not all digits; None when the path ends otherwise."""
    if not url:
        return None
    rest = url.split("//", 1)[-1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if "/" not in rest:
        return None
    last = rest.rsplit("/", 1)[1]
    return last if _SLUG.fullmatch(last) and not last.isdigit() else None


def decode(code: str, alphabet: str, last_first: bool) -> int | None:
    """``code`` read as a base-62 number in ``alphabet``; ``last_first``: its last character most significant."""
    n = 0
    for ch in reversed(code) if last_first else code:
        i = alphabet.find(ch)
        if i < 0:
            return None
        n = n * 62 + i
    return n


@dataclass(slots=True)
class Fetched:
    """A page whose date is its fetch time: ``key`` is the caller's (an article id); ``number`` its number on its
    site, or ``code`` the short code that spells one."""

    key: str
    site: str
    number: int | None
    fetched_at: datetime
    code: str | None = None


def fetched_page(key: str, site: str, url: str | None, fetched_at: str) -> Fetched | None:
    """The page behind ``url`` for its site's clock, fetched at ``fetched_at`` (ISO); None when the URL carries
    neither a number nor a short code."""
    number = site_number(url)
    code = None if number is not None else site_code(url)
    if number is None and code is None:
        return None
    return Fetched(key, site, number, datetime.fromisoformat(fetched_at), code)


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
    def fit(cls, readings: list[tuple[datetime, int]]) -> "SiteClock | None":
        """The clock of one site's (fetch time, number) readings, or None when its numbers do not follow its fetch
        days."""
        by_day: dict[str, list[tuple[datetime, int]]] = {}
        for fetched, number in readings:
            by_day.setdefault(fetched.date().isoformat(), []).append((fetched, number))
        if len(by_day) < MIN_DAYS:
            return None
        days = sorted(by_day)
        tops = [max(n for _, n in by_day[d]) for d in days]
        middles = [median(n for _, n in by_day[d]) for d in days]
        in_order = sum(b > a for a, b in zip(tops, tops[1:])) + sum(b >= a for a, b in zip(middles, middles[1:]))
        if in_order < 0.8 * 2 * (len(days) - 1):
            return None  # numbers that are not a counter (hashes, per-section ids)
        points: list[tuple[float, int]] = []
        for d, top in zip(days, tops):
            t = _days(max(f for f, _ in by_day[d]))
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
        numbered = [(p, p.number) for p in site_pages if p.number is not None]
        out.update(_date_series(numbered)[0])
        coded = [p for p in site_pages if p.number is None and p.code]
        if coded:
            readings = [_date_series([(p, n) for p in coded if (n := decode(p.code, a, last)) is not None])
                        for a in ALPHABETS for last in (False, True)]
            out.update(max(readings, key=lambda r: r[1] - len(r[0]))[0])
    return out


def _date_series(pages: list[tuple[Fetched, int]]) -> tuple[dict[str, str], int]:
    """The moves of one site's numbered pages, series by series, and how many pages fall on a clock.

    A reading that is right places most pages of a fetch near that fetch (a crawl is mostly of new pages): of the
    spellings of a site's codes, the one with the most pages on a clock and not moved is the site's."""
    out: dict[str, str] = {}
    on_clock = 0
    for series in _series(pages):
        clock = SiteClock.fit([(p.fetched_at, n) for p, n in series])
        if clock is None:
            continue
        on_clock += len(series)
        for p, n in series:
            t = clock.when(n)
            if t is None:
                continue
            day = (_EPOCH + timedelta(days=t)).date()
            if (p.fetched_at.date() - day).days >= MIN_MOVE:
                out[p.key] = day.isoformat()
    return out, on_clock


def _series(pages: list[tuple[Fetched, int]]) -> list[list[tuple[Fetched, int]]]:
    """Pages split where a number is more than ``SERIES_GAP`` times the one below it."""
    out: list[list[tuple[Fetched, int]]] = []
    last = None
    for p, n in sorted(pages, key=lambda x: x[1]):
        if last is None or n > last * SERIES_GAP:
            out.append([])
        out[-1].append((p, n))
        last = n
    return out
