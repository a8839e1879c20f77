"""The date of an office change read from a sentence (issue 19): which time expression dates it, and when none
can.

News dates a change by a time expression near its change word ("أصدر أمس قراراً بتعيين …") or, when it says
none, by the article's own date.  Two habits of news writing make that wrong, and ``date_of`` knows them:

* a sentence splitter may leave several sentences in one span; a time expression across a full stop belongs to
  another sentence ("… بعد أربعة أيام من فوزه. … خسر أمامه في مايو الماضي");
* a weekday said alone is read against the article's date, which is right for current news, but in a review of
  older orders ("في التاسع والعشرين من يناير … كما صدرت يوم الخميس أوامر") it is a Thursday of that time, which
  the text does not fix: the date is then ``unsure``, and the change is not learned;
* a sentence with no time expression that goes on with the one before ("كما أصدر أمراً بتعيين …") is in that
  one's time: when the article last dated something weeks before its own day, the date is ``unsure`` too.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.models import Doc, Span
from marsad.nlp import timex_lexicon as lx

__all__ = ["date_of", "full_stop"]


# A full stop, question or exclamation mark and a space: the end of a sentence (a stop after a one-letter
# abbreviation, "د. فلان", is none).
_FULL_STOP = re.compile(r"(?<![\s.،(][^\W\d_])[.!?؟](?=\s)")
_WEEKDAY_WORDS = frozenset(lx.WEEKDAYS)  # the time expressions' own weekday words (and their spellings)
_WEEKDAY_DRIFT_DAYS = 7
# A sentence that goes on with the one before ("كما", "ثم", "وكذلك") is in that one's time.
_CONTINUES = re.compile(r"\s*(?:و?كما|ثم|و?كذلك)\s")
_CONTINUED_DAYS = 14


def full_stop(text: str, start: int, end: int) -> int | None:
    """Where the first sentence in ``text[start:end]`` ends (a splitter may leave several in one span), if it does."""
    m = _FULL_STOP.search(text, start, end)
    return m.start() if m else None


def _bare_weekday(t: Span) -> bool:
    """A weekday said alone ("يوم الخميس", "الخميس الماضي"): no number and no month with it."""
    words = lx.key(str(t.data.get("text") or "")).split()
    return t.label == "day" and any(w.lstrip("وبل") in _WEEKDAY_WORDS or w in _WEEKDAY_WORDS for w in words) and \
        not any(c.isdigit() for c in str(t.data.get("text") or "")) and len(words) <= 3


def date_of(doc: Doc, start: int, end: int, at: int, within: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """The date of a change: the time expression of its own sentence nearest the change word (a day, a month
    or a year: "انتخب عام 2008"; not one across a full stop), else the article's date.

    A weekday said alone is read against the article's date, which is right for a current report; when the
    article was last speaking of a time weeks before ("في التاسع والعشرين من يناير الماضي … كما صدرت يوم الخميس
    أوامر"), the weekday is in that week, which is unknown: the date is then ``unsure``.  ``within`` limits the
    time expressions to a part of the sentence (a relative clause: "باشر فلان، الذي صدر أمر بتعيينه، مهامه
    أمس" — "أمس" dates the taking-up, not the order)."""
    best = None
    timexes = doc.layer("timex")
    for t in timexes:
        value = str(t.data.get("value") or "")
        if within is not None and not within[0] <= t.start < within[1]:
            continue
        if start <= t.start < end and t.label in ("day", "datetime", "month", "year") and value[:4].isdigit():
            lo_, hi_ = (t.end, at) if t.end <= at else (at, t.start)
            if _FULL_STOP.search(doc.text, lo_, hi_):
                continue  # another sentence's date ("… فوزه بولاية خامسة. … خسر أمامه في مايو الماضي")
            if best is None or abs(t.start - at) < abs(best.start - at):
                best = t
    if best is not None:
        value = str(best.data["value"])[:10]
        if _bare_weekday(best):
            said = [t for t in timexes if t.end <= best.start and t.label in ("day", "datetime", "month")
                    and str(t.data.get("value") or "")[:4].isdigit() and not _bare_weekday(t)
                    and lx.key(str(t.data.get("text") or "")) not in lx.RELATIVE_DAYS]
            if said and str(said[-1].data["value"])[:10] < _days_before(value, _WEEKDAY_DRIFT_DAYS):
                return value, "unsure"
        return value, "timex"
    pub = doc.article.published_at
    if pub and _CONTINUES.match(doc.text, start):
        # "كما أصدر أمراً بتعيين …" goes on with what the article last dated: weeks before, the day is unknown
        said = [t for t in timexes if t.end <= start and t.label in ("day", "datetime", "month")
                and str(t.data.get("value") or "")[:4].isdigit()
                and lx.key(str(t.data.get("text") or "")) not in lx.RELATIVE_DAYS]
        if said and str(said[-1].data["value"])[:10] < _days_before(pub, _CONTINUED_DAYS):
            return pub[:10], "unsure"
    return (pub[:10] if pub else None), "article"


def _days_before(day: str, n: int) -> str:
    try:
        return (date.fromisoformat(day[:10]) - timedelta(days=n)).isoformat()
    except ValueError:
        return ""
