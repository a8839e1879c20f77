"""The filters every front end takes (a date bound, a language, search words), declared once: their pattern and
the message that says what a value that does not fit should look like. The CLI exits 2 with the message; the API
answers 422 with it, in the same words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# A date bound: YYYY, YYYY-MM or YYYY-MM-DD (compared as text with ISO dates, so "2015-02-30" is a bound too).
DAY_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
# A language: an ISO 639 code, as language identification stores it ("ar"), not a name ("arabic").
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}$"
# A search: some character other than a space anywhere (a query of spaces finds nothing; `marsad search` refuses it).
WORDS_PATTERN = r"\S"

_EXPECTED = {DAY_PATTERN: "a date as YYYY-MM-DD (or YYYY-MM, YYYY)",
             LANGUAGE_PATTERN: "a language code such as ar or en",
             WORDS_PATTERN: "words to look for, e.g. بيونج يانج"}


def mismatch(name: str, pattern: str, value: object) -> str | None:
    """What ``name`` expects, and what it got, for a value that does not fit ``pattern`` (None: not a filter's)."""
    expected = _EXPECTED.get(pattern)
    return f"{name} expects {expected}, got {value!r}" if expected else None


def missing(name: str, pattern: str) -> str | None:
    """What ``name`` expects, for a required value not given at all (None: not a filter's)."""
    expected = _EXPECTED.get(pattern)
    return f"{name} expects {expected}, and none was given" if expected else None


def checked(value: str | None, name: str, pattern: str) -> str | None:
    """``value`` when it fits ``pattern`` (or is None); otherwise the message of :func:`mismatch` as a ValueError."""
    if value is not None and not re.match(pattern, value):
        raise ValueError(mismatch(name, pattern, value))
    return value


def on_or_before(day: str, until: str) -> bool:
    """Whether the ISO date ``day`` is on or before the bound ``until``: a bound of a month or a year takes all its
    days (``until`` 2015-07 holds 2015-07-31), as the store's article filter and :func:`out_of_order` read it."""
    return day[:len(until)] <= until


def out_of_order(since: str | None, until: str | None, names: tuple[str, str] = ("since", "until")) -> str | None:
    """Why no date can be both on or after ``since`` and on or before ``until`` (None: some can, or one is absent).

    The bounds are compared over the part both give: ``until`` 2015-07 takes the whole month, so ``since``
    2015-07-20 is not after it, but 2015-08 is.
    """
    if not since or not until:
        return None
    n = min(len(since), len(until))
    if since[:n] <= until[:n]:
        return None
    return (f"{names[0]} {since} is later than {names[1]} {until}: no date is both, so nothing would be listed "
            f"(swap them?)")


@dataclass(frozen=True, slots=True)
class Reported:
    """When and where the reports a listing counts came out, the same for every listing (articles, quotes, events,
    entities, stories, treaties): ``since`` / ``until`` bound the day a report was published (ISO, inclusive; a
    month or a year takes all its days), ``outlet`` keeps one outlet's reports (any of its names: okaz, عكاظ).

    Raises:
        ValueError: a bound that is no date, or a ``since`` later than ``until`` (nothing would be listed).
    """

    since: str | None = None
    until: str | None = None
    outlet: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            checked(getattr(self, name), name, DAY_PATTERN)
        problem = out_of_order(self.since, self.until)
        if problem:
            raise ValueError(problem)

    @property
    def narrowed(self) -> bool:
        """Whether some report is left out."""
        return bool(self.since or self.until or self.outlet)

    def outlet_key(self, store: Any) -> str | None:
        """This filter's outlet as stored (None when none is asked); an outlet nobody stored is a NotFoundError
        naming the near ones (``marsad.views.stored_outlet_key``)."""
        if not self.outlet:
            return None
        from marsad.views import stored_outlet_key

        return stored_outlet_key(store, self.outlet)

    def keeps(self, published_at: str | None, outlet: str | None, outlet_key: str | None) -> bool:
        """Whether a report of that day and outlet passes (``outlet_key``: this filter's outlet as stored)."""
        return reported_within(published_at, outlet, self.since, self.until, outlet_key)


def reported_within(published_at: str | None, outlet: str | None, since: str | None, until: str | None,
                    outlet_key: str | None) -> bool:
    """Whether a report published then (ISO) by that outlet is inside the bounds (checked ones: :class:`Reported`)
    and of the outlet ``outlet_key`` (stored key; None: any); an undated report is inside no day bound."""
    day = (published_at or "")[:10]
    if (since or until) and not day:
        return False
    return (not outlet_key or outlet == outlet_key) and (not since or day[:len(since)] >= since) \
        and (not until or on_or_before(day, until))
