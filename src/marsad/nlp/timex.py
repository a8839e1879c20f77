"""Dates and time expressions in Arabic news: find them, resolve them, parse datelines.

Two entry points:

* :func:`find_time_expressions` — every time expression of an article, found in
  one pass of one compiled regex over the raw text (offsets stay exact), each
  resolved against the article's publication date (the *anchor*).
* :func:`parse_date` — the publication date of a page from its metadata or
  dateline, Arabic or English; regex first, dateparser only as a fallback.

Resolution rules (the anchor is the publication date):

* a weekday alone is the most recent such day on or before the anchor
  ("الأربعاء" in a Wednesday paper is that Wednesday) unless its clause points
  ahead (a model learned from weekdays their writers marked, see
  ``timex_direction``); with الماضي it is strictly before, with المقبل/القادم
  strictly after;
* a day and month without a year take the year that puts them nearest the
  anchor; a month alone is the latest on or before the anchor's month, unless
  it is one of the next two (a schedule); with الماضي/المقبل both are the
  latest before / first after;
* "منذ 24 عاما" points to anchor year − 24 (label ``year``); "خلال 3 أيام" is a
  length (label ``duration``, value ``P3D``);
* Hijri dates are converted with the Umm al-Qura calendar (Saudi Arabia's
  official one, 1343–1500 AH; ``hijridate``), outside it with the tabular
  (arithmetic) calendar; a weekday written with the date corrects the rest of
  the drift from a calendar fixed by sighting.  On SaudiNewsNet's Hijri dates
  written with their Gregorian day (eval/eval_hijri.py: 53 distinct pairs in
  July 2015, 58 in August), Umm al-Qura alone gives the writer's day .830 /
  .845, the tabular calendar .434 / .293, the stage .811 / .862 (with the
  tabular calendar it gave .534 / .569).

A relative expression without an anchor is still returned, with value None.
"""

from __future__ import annotations

import email.utils
import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Callable

from hijridate import Hijri, ummalqura

from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp import timex_lexicon as lx
from marsad.nlp.timex_direction import points_ahead
from marsad.pipeline.stage import Resources, Stage

__all__ = ["TIMEX", "find_time_expressions", "parse_date", "hijri_to_gregorian"]

# --------------------------------------------------------------------------- calendars


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> date:
    """Gregorian date of a Hijri date by the Umm al-Qura calendar (the tabular one outside 1343–1500 AH).

    Day 30 of a 29-day month is the day after its 29th (a writer whose month was sighted a day later).

    Raises:
        ValueError: the month or day is out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    return _month_start(year, month) + timedelta(days=day - 1)


@functools.lru_cache(maxsize=4096)
def _month_start(year: int, month: int) -> date:
    if _UAQ_YEARS[0] <= year <= _UAQ_YEARS[1]:
        return date(*Hijri(year, month, 1).to_gregorian().datetuple())  # (a plain date, as the tabular one)
    return tabular_month_start(year, month)


def tabular_month_start(year: int, month: int) -> date:
    """First day of a Hijri month by the tabular (arithmetic) Islamic calendar, civil epoch."""
    jdn = -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948440
    return date.fromordinal(jdn - 1721425)


_UAQ_YEARS = (ummalqura.HIJRI_RANGE[0][0], ummalqura.HIJRI_RANGE[1][0])


def gregorian_to_hijri_year(d: date) -> int:
    """Hijri year in which a Gregorian date falls (the calendar of ``hijri_to_gregorian``)."""
    y = int((d.toordinal() - 227012) / 354.367) + 1  # estimate, then correct
    while hijri_to_gregorian(y + 1, 1, 1) <= d:
        y += 1
    while hijri_to_gregorian(y, 1, 1) > d:
        y -= 1
    return y


# --------------------------------------------------------------------------- resolution helpers


def _int(s: str) -> int:
    return int(s.translate(lx.DIGIT_TABLE))


def _day_of(anchor: date | None) -> date | None:
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


_STEP = {"past": -1, "future": 1}
_MONTHS_AHEAD = 2  # a bare month this close ahead of the anchor is taken as upcoming


def _month_year(month: int, anchor: date, mode: str | None) -> int:
    """Year of a month named without one.

    ``past``/``future`` (from الماضي/المقبل): latest strictly before / first strictly
    after the anchor's month; ``onafter`` (prefer="future"): first on or after it;
    default: the next month or the one after if that is what it names (schedules,
    "بحلول أغسطس"), otherwise the latest on or before the anchor's (news mostly
    reports the past: "في سبتمبر" in a June paper is last September).
    """
    here = anchor.year * 12 + anchor.month - 1
    cands = [(y * 12 + month - 1, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mode == "past":
        return max(y for i, y in cands if i < here)
    if mode == "future":
        return min(y for i, y in cands if i > here)
    if mode == "onafter":
        return min(y for i, y in cands if i >= here)
    if mode == "current":
        return anchor.year
    ahead = [y for i, y in cands if 0 < i - here <= _MONTHS_AHEAD]
    return ahead[0] if ahead else max(y for i, y in cands if i <= here)


def _day_month_year(day: int, month: int, anchor: date, mode: str | None) -> date | None:
    """Date of a day and month named without a year: the nearest to the anchor,
    or the latest before / first after it with الماضي / المقبل."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if mode == "past":
        cands = [d for d in cands if d < anchor]
        return max(cands) if cands else None
    if mode == "future":
        cands = [d for d in cands if d > anchor]
        return min(cands) if cands else None
    if mode == "onafter":
        return min((d for d in cands if d >= anchor), default=None)
    return min(cands, key=lambda d: (abs((d - anchor).days), d), default=None)


def _weekday(wd: int, anchor: date, mode: str | None) -> date:
    """The weekday ``wd`` relative to the anchor (on/before by default)."""
    back = (anchor.weekday() - wd) % 7
    if mode == "future":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if mode == "onafter":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    if mode == "past":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def _week_iso(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")


def week_days(value: str | None) -> tuple[date, date] | None:
    """The Monday and the Sunday of an ISO week value ("2015-W29" → 13 and 19 July 2015); None for any other."""
    m = _WEEK_RE.match(value or "")
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:  # week 53 of a year of 52
        return None
    return (monday, monday + timedelta(days=6)) if monday else None


def readable_day(value: str | None) -> str:
    """A date value as the CLI prints it: an ISO week as its days ("2015-W29" → "2015-07-13…19"), others as they are."""
    week = week_days(value)
    if week is None:
        return value or ""
    a, b = week
    return f"{a.isoformat()}…{b.day:02d}" if a.month == b.month else f"{a.isoformat()}…{b.isoformat()[5:]}"


def _mode(mod: str | None) -> str | None:
    return lx.MODIFIERS.get(lx.key(mod)) if mod else None


def _clock(t: str, pm: str | None) -> tuple[int, int, int] | None:
    parts = [_int(x) for x in t.split(":")]
    h, mi, s = parts[0], parts[1], parts[2] if len(parts) > 2 else 0
    if pm and lx.key(pm) in ("مساء", "م") and h < 12:
        h += 12
    return (h, mi, s) if h < 24 and mi < 60 and s < 60 else None


def _with_time(d: date, g: dict[str, str | None], p: str) -> tuple[str, str]:
    """(value, label) of a date, as a datetime when the match carries a valid clock time."""
    t = g.get(f"{p}_t")
    hms = _clock(t, g.get(f"{p}_pm")) if t else None
    if hms is None:
        return d.isoformat(), "day"
    return datetime(d.year, d.month, d.day, *hms).isoformat(), "datetime"


# --------------------------------------------------------------------------- one match → one span


@dataclass(slots=True)
class _Match:
    """What a branch resolver needs: the match, its groups, the text, the anchor."""

    m: re.Match[str]
    g: dict[str, Any]
    text: str
    anchor: date | None  # as given (a datetime keeps its time)
    day: date | None  # the anchor's date
    default_mode: str | None  # how a bare weekday/month resolves: None = on/before, "onafter"
    start: int


@dataclass(slots=True)
class _Hit:
    label: str
    value: str | None
    relative: bool
    extra: dict[str, Any] = field(default_factory=dict)
    start: int | None = None  # overrides the branch start (a year after a preposition)


def _numeric(c: _Match) -> _Hit | None:
    """2024-06-19, 19/06/2024, 1436/09/05هـ (+ time and zone)."""
    kind, g = c.m.lastgroup, c.g
    y, mo, d = _int(g[f"{kind}_y"]), _int(g[f"{kind}_m"]), _int(g[f"{kind}_d"])
    if kind == "dmy" and mo > 12 and d <= 12:  # month-first (US) order
        mo, d = d, mo
    if g[f"{kind}_h"] or 1300 <= y < 1500:
        return _Hit("day", _hijri_day(y, mo, d, g.get(f"{kind}_wd")), False, {"calendar": "hijri"})
    if not 1000 <= y <= 2199:
        return None
    value, label = _with_time(date(y, mo, d), g, kind)
    if kind == "ymd" and g["ymd_z"] and label == "datetime":
        z = g["ymd_z"].translate(lx.DIGIT_TABLE)
        value += "+00:00" if z == "Z" else f"{z[:3]}:{z[-2:]}"
    return _Hit(label, value, False)


def _textual(c: _Match) -> _Hit | None:
    """(الأربعاء) 19 يونيو/حزيران (2024) (- 10:45), 19 يونيو الماضي."""
    g = c.g
    mo = lx.lookup(lx.GREGORIAN_BY_KEY, g["td_m"])[0]
    d = _int(g["td_d"]) if g["td_d"] else lx.lookup(lx.ORDINAL_DAYS, g["td_o"])
    if g["td_y"]:
        return _Hit(*_with_time(date(_int(g["td_y"]), mo, d), g, "td")[::-1], False)
    date(2000, mo, d)  # validates the day (2000 is a leap year)
    if c.day is None:
        return _Hit("day", None, True)
    if g["td_wd"] and not g["td_mod"]:  # the weekday picks the year
        wd = lx.lookup(lx.WEEKDAYS, g["td_wd"])
        for y in (c.day.year, c.day.year - 1, c.day.year + 1):
            if _safe_date(y, mo, d) and date(y, mo, d).weekday() == wd:
                return _Hit(*_with_time(date(y, mo, d), g, "td")[::-1], True)
    found = _day_month_year(d, mo, c.day, _mode(g["td_mod"]) or _default_mode(c))
    if found is None:
        return _Hit("day", None, True)
    return _Hit(*_with_time(found, g, "td")[::-1], True)


def _hijri(c: _Match) -> _Hit:
    """5 رمضان 1436 هـ, السادس من رمضان 1436, رمضان 1436."""
    g = c.g
    y, mo = _int(g["hd_y"]), lx.lookup(lx.HIJRI_BY_KEY, g["hd_m"])
    extra: dict[str, Any] = {"calendar": "hijri", "hijri": f"{y:04d}-{mo:02d}"}
    if g["hd_d"] or g["hd_o"]:
        d = _int(g["hd_d"]) if g["hd_d"] else lx.lookup(lx.ORDINAL_DAYS, g["hd_o"])
        return _Hit("day", _hijri_day(y, mo, d, g["hd_wd"]), False, extra)
    first, nxt = hijri_to_gregorian(y, mo), hijri_to_gregorian(*_shift_month(y, mo, 1))
    extra["range"] = [first.isoformat(), (nxt - timedelta(days=1)).isoformat()]
    return _Hit("month", f"{first.year:04d}-{first.month:02d}", False, extra)


def _month(c: _Match) -> _Hit | None:
    """(شهر) يوليو/تموز (2024 | الماضي | من العام الماضي)."""
    g = c.g
    mo, safe = lx.lookup(lx.GREGORIAN_BY_KEY, g["my_m"])
    if g["my_y"]:
        return _Hit("month", f"{_int(g['my_y']):04d}-{mo:02d}", False)
    if not (safe or g["my_pair"] or g["my_sh"] or g["my_mod"] or g["my_this"] or g["my_ymod"] or _in_month(c)):
        return None  # مارس, آب, نيسان alone are other words
    if c.day is None:
        return _Hit("month", None, True)
    if g["my_this"] or g["my_ymod"]:
        step = _STEP.get(_mode(g["my_ymod"]) or "", 0)
        return _Hit("month", f"{c.day.year + step:04d}-{mo:02d}", True)
    y = _month_year(mo, c.day, _mode(g["my_mod"]) or _default_mode(c))
    return _Hit("month", f"{y:04d}-{mo:02d}", True)


_IN_BEFORE = re.compile(r"(?:^|\s)و?(?:في|خلال|منذ)\s+$")
_CLAUSE_AFTER = re.compile(r"\s*(?:$|[،,.؛;:)»\"]|\s(?:و|ثم|بعد|قبل|حين)\s)")


_MAGHREBI_ALONE = frozenset(lx.key(w) for w in ("ماي", "أوت", "مارس"))
_PRACTISE = re.compile(r"[يتنأ]مارس|ممارس")
# A part of the month right before its name ("مطلع مارس", "أواخر آب", "في منتصف نيسان"): a month, whatever follows.
_PART_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?(?:في\s+|منذ\s+|حتى\s+)?(?:مطلع|مستهل|[أا]وائل|[أا]واخر|[أا]واسط|منتصف|"
                          r"بداي[ةه]|نهاي[ةه])\s+$")


def _in_month(c: _Match) -> bool:
    """A month name that is also another word after a part of the month ("مطلع مارس", "أواخر آب"); a Maghrebi
    one (ماي, أوت, مارس) taken alone when "in" it ends a clause
    ("وصادق البرلمان عليها في ماي.", "منذ أوت، ..."): a possessive or a name would go on ("في ماي سبيس").  Alone, only
    these three: نيسان, شباط, آب/أب alone are a car maker, a name, a father ("استثمرت ... في نيسان."), and مارس not
    in a sentence of its verb "practise" ("يمارس الرياضة في مارس")."""
    s, e = c.m.start("my_m"), c.m.end("my_m")
    word = lx.key(c.text[s:e])
    if _PART_BEFORE.search(c.text[max(0, s - 20):s]):
        return True  # "أواخر مارس", "مطلع نيسان": the early, middle or late days of a month
    if word not in _MAGHREBI_ALONE:
        return False
    if word == lx.key("مارس"):
        start = max(c.text.rfind(p, 0, s) for p in ".؟!\n")
        if _PRACTISE.search(c.text[start + 1:s]):
            return False
    return bool(_IN_BEFORE.search(c.text[max(0, s - 12):s]) and _CLAUSE_AFTER.match(c.text, e))


_YEAR_PAIR = re.compile(r"\s*[-–/]\s*([12][0-9]{3})(?![0-9])")


def _year(c: _Match) -> _Hit | None:
    """عام 2000, في 2024, 2024م, 1436 هـ."""
    g = c.g
    y, cue = _int(g["yr_y"]), lx.key(g["yr_cue"] or "")
    if not (cue or g["yr_h"] or g["yr_g"]):
        return None  # a bare number
    start = None if cue in lx.YEAR_NOUNS or cue == "عامي" else c.m.start("yr_y")
    pair = _YEAR_PAIR.match(c.text, c.m.end("yr_y"))
    if pair and 1300 <= y < 1500 and 577 <= int(pair.group(1)) - y <= 584:
        # "عام 1382-1962": a Hijri year and the Gregorian one it falls in, written together: the second is the date
        return _Hit("year", pair.group(1), False, {"calendar": "hijri", "hijri": f"{y:04d}"}, start)
    hijri = bool(g["yr_h"]) or (1300 <= y < 1500 and not g["yr_g"] and c.day is not None
                                and abs(gregorian_to_hijri_year(c.day) - y) <= 30)
    if hijri:
        first, nxt = hijri_to_gregorian(y, 1), hijri_to_gregorian(y + 1, 1)
        extra = {"calendar": "hijri", "hijri": f"{y:04d}",
                 "range": [first.isoformat(), (nxt - timedelta(days=1)).isoformat()]}
        # a Hijri year straddles two Gregorian ones: name the one holding most of it
        return _Hit("year", f"{(first + (nxt - first) / 2).year:04d}", False, extra, start)
    if not 1000 <= y <= 2199:
        return None
    return _Hit("year", f"{y:04d}", False, {}, start)


def _period(c: _Match) -> _Hit | None:
    """هذا الأسبوع, العام الماضي, الشهر المقبل."""
    g = c.g
    unit = lx.lookup(lx.PERIODS, g["rp_u1"] or g["rp_u2"])
    if not g["rp_this"] and _adjectival_aam(c.text, c.m.start("rp_u2"), g["rp_u2"], g["rp_mod"]):
        return None  # "الأمين العام السابق": العام is an adjective there
    step = _STEP.get(_mode(g["rp_mod"] or g["rp_mod1"]) or "", 0)
    if c.day is None:
        return _Hit(unit, None, True)
    if unit == "week":
        return _Hit("week", _week_iso(c.day + timedelta(weeks=step)), True)
    if unit == "month":
        y, mo = _shift_month(c.day.year, c.day.month, step)
        return _Hit("month", f"{y:04d}-{mo:02d}", True)
    return _Hit("year", f"{c.day.year + step:04d}", True)


def _relative_day(c: _Match) -> _Hit | None:
    """أمس, اليوم (الاثنين), غدا الخميس."""
    g, text = c.g, c.text
    word = lx.key(g["rd_w"])
    word = word if word in lx.RELATIVE_DAYS else "ا" + word  # لليوم = ل + اليوم
    after = _WORD.findall(lx.key(text[c.m.end(): c.m.end() + 16]))[:1]
    before = _WORD.findall(lx.key(text[max(0, c.start - 12):c.start]))[-1:]
    if word in ("اليوم", "الليله") and not g["rd_wd"]:
        if after and after[0] in lx.NOT_TODAY_AFTER:
            return None  # "اليوم التالي", "اليوم الوطني"
        if before and (before[0] in lx.NOT_TODAY_BEFORE or before[0][1:] in lx.NOT_TODAY_BEFORE):
            return None  # the newspaper اليوم ("عين اليوم", "صحيفة اليوم")
    if word == "امس" and after and after[0] == "الحاجه":
        return None  # بأمس الحاجة "in dire need"
    if word == "غدا" and not g["rd_wd"] and "\u064b" not in g["rd_w"] and (
            (after and after[0].startswith("ال") and after[0] not in ("الي", "الا"))
            or (before and before[0] in ("قد", "لقد", "ثم"))):
        return None  # the verb غدا "became": "غدا الأمر", "قد غدا"
    off = lx.RELATIVE_DAYS[word]
    if c.day is None:
        return _Hit("day", None, True)
    day = c.day + timedelta(days=off)
    if g["rd_wd"] and off <= 0:
        named = lx.lookup(lx.WEEKDAYS, g["rd_wd"])
        if named != day.weekday():
            # "اليوم الاثنين" in a record dated Tuesday: the text was written on Monday and the record's date is
            # when it was published or fetched, so the weekday the text names wins (the latest one on or before).
            day = _weekday(named, day, None)
    return _Hit("day", day.isoformat(), True)


def _weekday_hit(c: _Match) -> _Hit | None:
    """(يوم) الأربعاء (الماضي | المقبل)."""
    before = _WORD.findall(lx.key(c.text[max(0, c.start - 12):c.start]))[-1:]
    if before and before[0].lstrip("وفبل") in lx.NOT_WEEKDAY_BEFORE and not c.g["wd_mod"]:
        return None  # "صلاة الجمعة", "مدرسة الأحد": a weekly thing, not a date
    if c.day is None:
        return _Hit("day", None, True)
    wd = lx.lookup(lx.WEEKDAYS, c.g["wd_w"])
    mode = _mode(c.g["wd_mod"]) or _default_mode(c)
    if mode is None and (_planned_action(c) or points_ahead(c.text, c.start, c.m.end())):
        mode = "onafter"  # "قررت تعليق الدروس يوم الاثنين" in a Sunday paper: tomorrow
    return _Hit("day", _weekday(wd, c.day, mode).isoformat(), True)


def _planned_action(c: _Match) -> bool:
    """Is the weekday the date of an action a decision sets ("أعلنت الوزارة تعليق الدروس يوم الاثنين")?"""
    words = [w.lstrip("وف") for w in _WORD.findall(lx.key(c.text[max(0, c.start - 60):c.start]))[-5:]]
    for i, w in enumerate(words):
        if w.removeprefix("ال") in lx.PLANNED_ACTIONS and i + 3 >= len(words):
            return any(v in lx.DECISION_VERBS for v in words[:i])
    return False


def _default_mode(c: _Match) -> str | None:
    """Direction of a bare weekday/month: ahead when the clause says it is planned."""
    if c.default_mode is None:
        window = _WORD.findall(lx.key(c.text[max(0, c.start - 50):c.start]))[-6:]
        if any(w.lstrip("وفبل") in lx.FUTURE_CUES for w in window):
            return "onafter"
    return c.default_mode


def _hijri_day(y: int, mo: int, d: int, weekday: str | None) -> str:
    """ISO Gregorian date of a Hijri day; a weekday named with it corrects the calendar's drift from one fixed by
    sighting (up to two days)."""
    day = hijri_to_gregorian(y, mo, d)
    if weekday:
        wd = lx.lookup(lx.WEEKDAYS, weekday)
        for off in (0, -1, 1, -2, 2):
            if (day + timedelta(days=off)).weekday() == wd:
                return (day + timedelta(days=off)).isoformat()
    return day.isoformat()


def _safe_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _adjectival_aam(text: str, pos: int, noun: str, mod: str) -> bool:
    """True when العام at ``pos`` is the adjective "general" ("الأمين العام السابق"), not "the year"."""
    if lx.key(noun) not in ("العام", "لعام"):
        return False
    before = text[max(0, pos - 24):pos].split()
    if not before:
        return False
    prev = lx.key(before[-1])
    bare = prev[1:] if prev[:1] in "وفبكل" and prev[1:].startswith("ال") else prev
    if bare in lx.GENERAL_NOUNS:
        return True
    # a definite word then "العام الحالي/السابق" is almost always a title or a public thing
    return bare.startswith("ال") and lx.key(mod) in ("السابق", "الحالي")


_WORD = re.compile(r"\w+")
_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1, "year": 12}
_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def _duration(c: _Match) -> _Hit:
    """منذ 24 عاما, قبل يومين, خلال ثلاثة أشهر, منذ نحو ربع قرن."""
    g, anchor = c.g, c.anchor
    cue = lx.DURATION_CUES[lx.key(g["du_cue"])]
    if g["du_fx"]:
        unit, n = lx.FIXED_DURATIONS[lx.key(g["du_fx"])]
    else:
        unit, count = lx.DURATION_UNITS[lx.key(g["du_u"] or g["du_u1"])]
        if g["du_n"]:
            raw = g["du_n"]
            n = _int(raw) if raw[0].translate(lx.DIGIT_TABLE).isdigit() else lx.NUMBER_WORDS[lx.key(raw)]
        else:
            n = count or None  # 0 = a bare plural ("منذ سنوات"): vague
    if n is not None and unit in ("decade", "century"):
        unit, n = "year", n * (10 if unit == "decade" else 100)
    extra: dict[str, Any] = {}
    if g["du_ap"]:
        extra["approximate"] = True
    if n is not None:
        if unit in ("hour", "minute"):
            extra["duration"] = f"PT{n}{'H' if unit == 'hour' else 'M'}"
        else:
            extra["duration"] = f"P{n}{_ISO_UNIT[unit]}"
    if cue == "length":
        return _Hit("duration", extra.pop("duration", None), False, extra)
    label = {"hour": "datetime", "minute": "datetime"}.get(unit, unit)
    # "بعد 3 أيام من الهجوم": counted from an event, not from the publication date
    follow = _WORD.findall(lx.key(c.text[c.m.end(): c.m.end() + 14]))[:2]
    from_event = bool(follow) and follow[0] in ("من", "علي") and follow[1:] not in (["الان"], ["اليوم"], ["الاقل"])
    if n is None or anchor is None or c.day is None or from_event:
        return _Hit("year" if unit in ("decade", "century") else label, None, True, extra)
    sign = -1 if cue == "past" else 1
    if unit in ("hour", "minute"):
        if not isinstance(anchor, datetime):
            return _Hit("day", c.day.isoformat(), True, extra)
        delta = timedelta(hours=n) if unit == "hour" else timedelta(minutes=n)
        return _Hit("datetime", (anchor + sign * delta).isoformat(), True, extra)
    if unit in _UNIT_DAYS:
        d = c.day + timedelta(days=sign * n * _UNIT_DAYS[unit])
        return _Hit(label, _week_iso(d) if unit == "week" else d.isoformat(), True, extra)
    y, mo = _shift_month(c.day.year, c.day.month, sign * n * _UNIT_MONTHS[unit])
    if unit == "month":
        return _Hit("month", f"{y:04d}-{mo:02d}", True, extra)
    return _Hit("year", f"{y:04d}", True, extra)


_RESOLVERS: dict[str, Callable[[_Match], _Hit | None]] = {
    "ymd": _numeric, "dmy": _numeric, "td": _textual, "hd": _hijri, "my": _month, "yr": _year,
    "du": _duration, "rp": _period, "rd": _relative_day, "wd": _weekday_hit,
}


# --------------------------------------------------------------------------- public API


def _scan(text: str, anchor: date | None, prefer: str) -> list[Span]:
    """Spans of every expression the scanner finds and a resolver accepts."""
    spans: list[Span] = []
    day = _day_of(anchor)
    default_mode = "onafter" if prefer == "future" else None
    for m in lx.scanner().finditer(text):
        kind = m.lastgroup or ""
        try:
            hit = _RESOLVERS[kind](_Match(m, m.groupdict(), text, anchor, day, default_mode, m.start(kind)))
        except (ValueError, KeyError, OverflowError):
            hit = None  # out-of-range numbers ("33/44/2024"): not a date
        if hit is None:
            continue
        start, end = m.start(kind) if hit.start is None else hit.start, m.end()
        data: dict[str, Any] = {"value": hit.value, "text": text[start:end], "relative": hit.relative}
        data.update(hit.extra)
        spans.append(Span(kind="timex", start=start, end=end, label=hit.label, data=data))
    return spans


def find_time_expressions(text: str, anchor: date | None) -> list[Span]:
    """Every time expression in ``text``, resolved against ``anchor``.

    Args:
        text: the article text (Arabic; Eastern Arabic digits are fine).
        anchor: the publication date (a ``datetime`` also resolves "منذ 3 ساعات"
            to the hour); None leaves relative expressions unresolved.

    Returns:
        ``Span(kind="timex", start, end, label, data)`` in text order; ``label``
        is the granularity (day|month|year|week|datetime|duration) and ``data``
        holds ``value`` (ISO: "2024-06-19", "2024-06", "2024", "2024-W25",
        "P3D"; None when unresolvable), ``text`` (the surface) and ``relative``
        (whether the value depends on the anchor); Hijri dates add
        ``calendar="hijri"``, durations add ``duration``.

    Raises:
        InputError: ``text`` is not a string or ``anchor`` is not a date.
    """
    if not isinstance(text, str):
        raise InputError(f"find_time_expressions needs a str, got {type(text).__name__}")
    if anchor is not None and not isinstance(anchor, date):
        raise InputError(f"anchor must be a datetime.date or None, got {type(anchor).__name__}")
    return _same_year(text, _scan(text, anchor, "past"))


# "في ديسمبر من العام ذاته", "في مايو من السنة نفسها", "من نفس العام": a month of the year told just before
_SAME_YEAR = re.compile(r"\s*(?:من|في)\s+(?:(?:العام|السنة|السنه)\s+(?:ذاته|ذاتها|نفسه|نفسها)"
                        r"|نفس\s+(?:العام|السنة|السنه))")


def _same_year(text: str, spans: list[Span]) -> list[Span]:
    """A month resolved against the anchor that the text puts in "the same year" as the last year it told (within
    its paragraph, some 200 characters back): that year ("وُقّعت في مارس 2016، ودخلت حيز النفاذ في ديسمبر من العام
    ذاته" is December 2016), the span running over the words that say so."""
    out: list[Span] = []
    for k, sp in enumerate(spans):
        m = _SAME_YEAR.match(text, sp.end) if sp.label == "month" and sp.data.get("relative") else None
        value = sp.data.get("value") or ""
        if m is not None and len(value) == 7:
            before = [t for t in spans[:k] if not t.data.get("relative") and (t.data.get("value") or "")[:4].isdigit()
                      and sp.start - t.end < 200 and "\n" not in text[t.end:sp.start]]
            if before:
                year = before[-1].data["value"][:4]
                data = dict(sp.data, value=f"{year}{value[4:]}", relative=False, text=text[sp.start:m.end()])
                sp = Span(kind=sp.kind, start=sp.start, end=m.end(), label=sp.label, data=data)
        out.append(sp)
    for m in _SAME_DAY.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in out):
            continue
        before = [t for t in out if t.label == "day" and t.end <= m.start() and m.start() - t.end < 600
                  and t.data.get("value")]
        if before:
            data = dict(before[-1].data, text=m.group(0), same_as=before[-1].data.get("text"))
            out.append(Span(kind="timex", start=m.start(), end=m.end(), label="day", data=data))
    return sorted(out, key=lambda t: (t.start, t.end))


# "في اليوم نفسه", "في اليوم ذاته", "في نفس اليوم": the day told last before it
_SAME_DAY = re.compile(r"(?:(?<=\s)|^)(?:[وف]?في\s+)?(?:اليوم\s+(?:نفسه|ذاته)|نفس\s+اليوم)(?![^\W\d_])")


_PREFER = ("past", "future", "current_period")
_ISO_RE = re.compile(
    r"\s*(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?\s*$")
_YEAR_RE = re.compile(r"\s*(\d{4})\s*$")
_RFC2822_RE = re.compile(r"\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")


def _parse_iso(s: str) -> tuple[str, str] | None:
    m = _ISO_RE.match(s)
    if not m:
        y = _YEAR_RE.match(s)
        return (f"{int(y.group(1)):04d}", "year") if y and 1000 <= int(y.group(1)) <= 2199 else None
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if d is None:
            date(int(y), int(mo), 1)
            return f"{y}-{mo}", "month"
        day = date(int(y), int(mo), int(d))
        if hh is None:
            return day.isoformat(), "day"
        value = datetime(day.year, day.month, day.day, int(hh), int(mi), int(ss or 0)).isoformat()
    except ValueError:
        return None
    if z:
        value += "+00:00" if z == "Z" else f"{z[:3]}:{z[-2:] if len(z) > 3 else '00'}"
    return value, "datetime"


@functools.lru_cache(maxsize=32)
def _date_parser(prefer: str, base: datetime | None) -> Any:
    from dateparser.date import DateDataParser  # slow to import: only when needed

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["ar", "en"], settings=settings)


def parse_date(text: str, *, prefer: str = "past", anchor: date | None = None) -> tuple[str, str] | None:
    """Publication date from page metadata or a dateline, Arabic or English.

    ISO strings and numeric dates are read by regex; Arabic datelines
    ("الأربعاء 19 حزيران/يونيو 2024 - 10:45", "١٩/٠٦/٢٠٢٤", "منذ 3 ساعات") by
    the time-expression scanner; anything else (English prose dates, RFC 2822
    headers) by dateparser.  Relative expressions are resolved against
    ``anchor`` (a datetime gives hour precision); dateparser falls back to now.

    Args:
        text: the date string (a short metadata value or dateline).
        prefer: "past" | "future" | "current_period" — which way an incomplete
            date (a bare weekday or month) is resolved.
        anchor: the reference date for relative expressions (e.g. fetch time).

    Returns:
        ``(iso, precision)`` with precision day|month|year|datetime, or None
        when the text holds no recognisable date.

    Raises:
        InputError: ``text`` is not a string, ``prefer`` is unknown or
            ``anchor`` is not a date.
    """
    if not isinstance(text, str):
        raise InputError(f"parse_date needs a str, got {type(text).__name__}")
    if prefer not in _PREFER:
        raise InputError(f"prefer must be one of {', '.join(_PREFER)}, got {prefer!r}")
    if anchor is not None and not isinstance(anchor, date):
        raise InputError(f"anchor must be a datetime.date or None, got {type(anchor).__name__}")
    s = text.translate(lx.DIGIT_TABLE).strip()
    if not s:
        return None
    if s[0].isdigit():
        hit = _parse_iso(s)
        if hit:
            return hit
    for span in _scan(s, anchor, prefer):
        if span.data["value"] is not None and span.label in ("day", "datetime", "month", "year"):
            return span.data["value"], span.label
    if len(s) > 120:  # prose, not a dateline: dateparser would guess wildly
        return None
    if _RFC2822_RE.match(s):
        try:
            dt = email.utils.parsedate_to_datetime(s)
            return dt.isoformat(), "datetime"
        except (TypeError, ValueError):
            pass
    base = anchor if isinstance(anchor, datetime) else (
        datetime(anchor.year, anchor.month, anchor.day) if anchor else None)
    data = _date_parser(prefer, base).get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    dt = data.date_obj
    period = data.period or "day"
    if period == "time":
        return dt.isoformat(), "datetime"
    if period == "month":
        return f"{dt.year:04d}-{dt.month:02d}", "month"
    if period == "year":
        return f"{dt.year:04d}", "year"
    return dt.date().isoformat(), "day"


# --------------------------------------------------------------------------- the day a text was written

# "اليوم (الاثنين)", "أمس الأحد", "أول أمس (السبت)", "غدا الخميس": a relative day with the weekday it falls on (in the
# matching form; a multi-word form before its last word, so "أول أمس الأحد" is never read as "أمس الأحد"), not a
# weekday that a modifier sends elsewhere ("الأحد الماضي").
def _plain(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_STATED = re.compile(
    rf"(?<!\w)(?P<rel>{_plain(lx.RELATIVE_DAYS)})\s*\(?\s*(?:يوم\s+)?(?P<wd>{_plain(lx.WEEKDAYS)})(?!\w)"
    rf"(?!\s*\)?\s*(?:{_plain(lx.MODIFIERS)})(?!\w))")
# Days before the record's date a text's stated day may lie.  Not six: a weekday six days back is as often the day
# after a fetch made late in the evening (the text's "أمس الأحد" read on Sunday night, UTC): such a page keeps its date.
STATED_WITHIN = 5


def stated_day(text: str, dated: date) -> date | None:
    """The day a text says it was written on, when that is before ``dated`` (a record's date that may be its fetch).

    News writes "اليوم (الاثنين)" and "أمس الأحد": the first such pair (read line by line: a title's last word and
    the body's first are no pair) names the writing day — the latest day on or before ``dated`` (at most
    ``STATED_WITHIN`` days back) whose today, yesterday or tomorrow falls on the weekday named.  ``None`` when the
    text pairs no relative day with a weekday, or when the day it names is ``dated`` itself or out of reach.
    (On SaudiNewsNet pages whose URL carries their day, read as if it did not: see ``eval/eval_sequence_dates.py``.)
    """
    for line in text.splitlines():
        m = _STATED.search(lx.key(line))
        if m is None:
            continue
        rel, wd = " ".join(m.group("rel").split()), m.group("wd")
        back = (dated.weekday() + lx.RELATIVE_DAYS[rel] - lx.WEEKDAYS[wd]) % 7
        return dated - timedelta(days=back) if 0 < back <= STATED_WITHIN else None
    return None


# --------------------------------------------------------------------------- pipeline stage


def _anchor_of(published_at: str | None) -> date | None:
    """The anchor of an article: its publication datetime or date; None when unknown
    or only known to the month or year (too coarse to resolve "أمس")."""
    parsed = parse_date(published_at) if published_at else None
    if parsed is None:
        return None
    value, precision = parsed
    if precision == "datetime":
        return datetime.fromisoformat(value)
    return date.fromisoformat(value) if precision == "day" else None


def _timex_stage(doc: Doc, res: Resources) -> None:
    """Fill ``doc.layer("timex")`` with the article's time expressions."""
    doc.layer("timex").extend(find_time_expressions(doc.text, _anchor_of(doc.article.published_at)))


TIMEX = Stage(
    name="timex",
    # 6: "عام 1382-1962", a Hijri year with its Gregorian one, is 1962; 7: «مطلع / أواخر مارس» a month;
    # 8: Hijri dates by the Umm al-Qura calendar (was the tabular one); 9: a Hijri day as an ordinal ("السادس من
    # جمادى الآخرة 1448 هـ"), and a weekday told as the last or the next before its date ("يوم الاثنين الماضي، 5
    # أكتوبر": the 5th); 10: a month "من العام ذاته" in the year told just before, "في اليوم نفسه" the day told last
    version="10",
    func=_timex_stage,
    requires=(),
    assigns=("timex",),
    doc="Dates and time expressions, resolved against the publication date.",
)
