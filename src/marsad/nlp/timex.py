"""Dates and time expressions in Arabic news: find them, resolve them, parse datelines.

Two entry points:

* :func:`find_time_expressions` — every time expression of an article, found in
  one pass of one compiled regex over the raw text (offsets stay exact), each
  resolved against the article's publication date (the *anchor*).
* :func:`parse_date` — the publication date of a page from its metadata or
  dateline, Arabic or English; regex first, dateparser only as a fallback.

Resolution rules (the anchor is the publication date):

* a weekday alone is the most recent such day on or before the anchor
  ("الأربعاء" in a Wednesday paper is that Wednesday); with الماضي it is
  strictly before, with المقبل/القادم strictly after;
* a month or day-and-month without a year takes the year that puts it nearest
  the anchor; with الماضي/المقبل it is the latest before / first after;
* "منذ 24 عاما" points to anchor year − 24 (label ``year``); "خلال 3 أيام" is a
  length (label ``duration``, value ``P3D``);
* Hijri dates are converted with the *tabular* (arithmetic) Islamic calendar,
  which can differ by a day or two from the sighted calendar used in practice.

A relative expression without an anchor is still returned, with value None.
"""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp import timex_lexicon as lx
from marsad.pipeline.stage import Resources, Stage

__all__ = ["TIMEX", "find_time_expressions", "parse_date", "hijri_to_gregorian"]

# --------------------------------------------------------------------------- calendars


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> date:
    """Gregorian date of a Hijri date by the tabular Islamic calendar (civil epoch).

    Raises:
        ValueError: the month or day is out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    jdn = (day + -(-59 * (month - 1) // 2)  # ceil(29.5 * (month - 1))
           + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439)
    return date.fromordinal(jdn - 1721425)


def gregorian_to_hijri_year(d: date) -> int:
    """Hijri year (tabular calendar) in which a Gregorian date falls."""
    y = int((d.toordinal() - 227015) / 354.367) + 1  # estimate, then correct
    while hijri_to_gregorian(y + 1, 1, 1) <= d:
        y += 1
    while hijri_to_gregorian(y, 1, 1) > d:
        y -= 1
    return y


# --------------------------------------------------------------------------- the pattern

_D = lx.DIGIT
_HSUF = r"\s*ه\u0640?\.?(?!\w)"  # هـ after a Hijri year
_GREG_SUF = r"\s?م(?!\w)"  # م after a Gregorian year


def _time(p: str) -> str:
    return (rf"(?:\s*(?:[-–،,|]\s*)?(?:(?:ال)?ساع[ةه]\s*)?(?P<{p}_t>{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?)"
            rf"(?:\s*(?P<{p}_pm>مساء|م(?!\w)|ص(?!\w)|صباحا))?)?")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The one compiled scanner (built once, read-only)."""
    greg = lx.alt(f for f, _, _ in lx.GREGORIAN_MONTHS)
    hijri = lx.alt(f for f, _ in lx.HIJRI_MONTHS)
    wday = lx.alt(lx.WEEKDAYS)
    mods = lx.alt(lx.MODIFIERS)
    pair = rf"(?:\s*(?:/|\(|-)\s*{greg}\s*\)?)"
    year_word = r"(?:عام|سن[ةه])"
    greg_year = rf"(?:[1١۱][89٨٩۸۹]|[2٢۲][0٠۰]){_D}{{2}}"
    hijri_year = rf"[1١۱][34٣٤۳۴]{_D}{{2}}"
    units = lx.alt(lx.DURATION_UNITS)
    branches = [
        # 2024-06-19, 2024/06/19 (+ time, zone); 1436/09/05 هـ
        rf"(?P<ymd>(?P<ymd_y>{_D}{{4}})(?P<ymd_s>[-/.])(?P<ymd_m>{_D}{{1,2}})(?P=ymd_s)(?P<ymd_d>{_D}{{1,2}})"
        rf"(?:(?:T|\s+)(?P<ymd_t>{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?)(?:\.{_D}+)?(?P<ymd_z>Z|[+-]{_D}{{2}}:?{_D}{{2}})?)?"
        rf"(?P<ymd_h>{_HSUF})?)(?!{_D}|[-/.:]{_D})",
        # 19/06/2024, 19-6-2024
        rf"(?P<dmy>(?P<dmy_d>{_D}{{1,2}})(?P<dmy_s>[-/.])(?P<dmy_m>{_D}{{1,2}})(?P=dmy_s)(?P<dmy_y>{_D}{{4}})"
        rf"(?P<dmy_h>{_HSUF})?{_time('dmy')})(?!{_D}|[-/.:]{_D})",
        # (يوم) الأربعاء (الموافق) 19 (من) (شهر) يونيو/حزيران (،) (عام) 2024 (م) (- 10:45) | 19 يونيو الماضي
        rf"(?P<td>(?:(?:يوم\s+)?(?P<td_wd>{wday})\s*[،,]?\s*(?:(?:ال)?موافق\s+)?)?"
        rf"(?P<td_d>{_D}{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<td_m>{greg}){pair}?"
        rf"(?:\s*[،,.]?\s*(?:من\s+)?(?:{year_word}\s+)?(?P<td_y>{greg_year})(?:{_GREG_SUF})?|\s+(?P<td_mod>{mods}))?"
        rf"{_time('td')})(?!\w)",
        # 5 رمضان 1436 هـ, رمضان 1436
        rf"(?P<hd>(?:(?P<hd_d>{_D}{{1,2}})\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hd_m>{hijri})\s*[،,]?\s*"
        rf"(?:(?:من\s+)?{year_word}\s+)?(?P<hd_y>{hijri_year})(?:{_HSUF})?)(?!{_D})",
        # (شهر) يوليو/تموز (2024 | الماضي | من العام الماضي)
        rf"(?P<my>(?P<my_sh>شهر[يى]?\s+)?(?P<my_m>{greg})(?P<my_pair>{pair})?"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{year_word}\s+)?(?P<my_y>{greg_year})(?:{_GREG_SUF})?"
        rf"|\s+(?:من\s+)?(?:(?P<my_this>هذا|هذه)\s+(?:ال)?{year_word}|(?:ال){year_word}\s+(?P<my_ymod>{mods}))"
        rf"|\s+(?P<my_mod>{mods}))?)(?!\w)",
        # عام 2000, في 2024, 2024م, 1436 هـ
        rf"(?P<yr>(?:(?P<yr_cue>{lx.alt(lx.YEAR_NOUNS + lx.YEAR_PREPOSITIONS + ('عامي',))})\s+)?"
        rf"(?P<yr_y>{_D}{{4}})(?:(?P<yr_h>{_HSUF})|(?P<yr_g>{_GREG_SUF}))?)"
        rf"(?!{_D}|[.,٫٬]{_D}|\s*[%٪]|\s+{lx.alt(lx.COUNTED_NOUNS)}(?!\w))",
        # منذ 24 عاما, قبل يومين, خلال ثلاثة أشهر, منذ نحو ربع قرن
        rf"(?P<du>(?P<du_cue>{lx.alt(lx.DURATION_CUES)})\s+(?:(?P<du_ap>{lx.alt(lx.APPROXIMATORS)})\s+)?"
        rf"(?:(?P<du_n>{_D}+|{lx.alt(lx.NUMBER_WORDS)})\s+(?P<du_u>{units})|(?P<du_fx>{lx.alt(lx.FIXED_DURATIONS)})"
        rf"|(?P<du_u1>{units})(?!\s+(?:[اأ]ل|{_D}|{greg}|{hijri})))(?!\w))",
        # هذا الأسبوع, العام الماضي, الشهر المقبل
        rf"(?P<rp>(?:(?P<rp_this>هذا|هذه)\s+(?P<rp_u1>{lx.alt(lx.PERIODS)})(?:\s+(?P<rp_mod1>{mods}))?"
        rf"|(?P<rp_u2>{lx.alt(lx.PERIODS)})\s+(?P<rp_mod>{mods}))(?!\w))",
        # أمس, اليوم (الاثنين), غدا الخميس
        rf"(?P<rd>(?P<rd_w>{lx.alt(lx.RELATIVE_DAYS)})(?!\w)(?:\s*\(?\s*(?P<rd_wd>{wday})\s*\)?)?)",
        # (يوم) الأربعاء (الماضي)
        rf"(?P<wd>(?:يوم\s+)?(?P<wd_w>{wday})(?:\s+(?P<wd_mod>{mods}))?)(?!\w)",
    ]
    # A cheap gate first: most word starts fail on it without trying the branches.
    starts = [f.split(" ")[0] for f, _, _ in lx.GREGORIAN_MONTHS] + [f.split(" ")[0] for f, _ in lx.HIJRI_MONTHS]
    starts += [*lx.WEEKDAYS, "يوم", "شهر", "هذا", "هذه", *lx.PERIODS, *lx.YEAR_NOUNS, *lx.YEAR_PREPOSITIONS,
               *(f.split(" ")[0] for f in (*lx.DURATION_CUES, *lx.RELATIVE_DAYS))]
    gate = lx.alt(starts, article=False)
    # clitics و ف ب ل ك before the expression; they stay outside the span
    return re.compile(rf"(?<!\w)(?=[وف]?[بلك]?(?:{_D}|{gate}))(?:[وف]?[بلك]?)(?:" + "|".join(branches) + ")")


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, Any]]:
    return {
        "greg": {f: (m, safe) for f, m, safe in lx.GREGORIAN_MONTHS},
        "hijri": dict(lx.HIJRI_MONTHS),
        "units": {**lx.DURATION_UNITS},
        "numbers": {**lx.NUMBER_WORDS},
    }


# --------------------------------------------------------------------------- resolution helpers


def _int(s: str) -> int:
    return int(s.translate(lx.DIGIT_TABLE))


def _day_of(anchor: date | None) -> date | None:
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _month_year(month: int, anchor: date, mode: str | None) -> int:
    """Year of a month named without one: nearest the anchor, or latest-before/first-after."""
    here = anchor.year * 12 + anchor.month - 1
    cands = [(y * 12 + month - 1, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mode == "past":
        return max(y for i, y in cands if i < here)
    if mode == "future":
        return min(y for i, y in cands if i > here)
    return min(cands, key=lambda c: (abs(c[0] - here), -c[0]))[1]


def _day_month_year(day: int, month: int, anchor: date, mode: str | None) -> date | None:
    """Date of a day and month named without a year (see :func:`_month_year`)."""
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
    return min(cands, key=lambda d: (abs((d - anchor).days), d), default=None)


def _weekday(wd: int, anchor: date, mode: str | None) -> date:
    """The weekday ``wd`` relative to the anchor (on/before by default)."""
    back = (anchor.weekday() - wd) % 7
    if mode == "future":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if mode == "past":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def _week_iso(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


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

_Result = tuple[int, str, str | None, bool, dict[str, Any]]  # start, label, value, relative, extra


def _resolve(m: re.Match[str], text: str, anchor: date | None, prefer: str) -> _Result | None:
    """Label and value of a match, or None when the match is not a time expression after all."""
    kind = m.lastgroup
    g = m.groupdict()
    start = m.start(kind)
    day_anchor = _day_of(anchor)
    tables = _tables()
    default_mode = "future" if prefer == "future" else None
    try:
        if kind in ("ymd", "dmy"):
            y, mo, d = _int(g[f"{kind}_y"]), _int(g[f"{kind}_m"]), _int(g[f"{kind}_d"])
            if kind == "dmy" and mo > 12 and d <= 12:  # month-first (US) order
                mo, d = d, mo
            if g[f"{kind}_h"] or 1300 <= y < 1500:
                return start, "day", hijri_to_gregorian(y, mo, d).isoformat(), False, {"calendar": "hijri"}
            if not 1000 <= y <= 2199:
                return None
            value, label = _with_time(date(y, mo, d), g, kind)
            if kind == "ymd" and g["ymd_z"] and label == "datetime":
                z = g["ymd_z"].translate(lx.DIGIT_TABLE)
                value += "+00:00" if z == "Z" else f"{z[:3]}:{z[-2:]}"
            return start, label, value, False, {}
        if kind == "td":
            mo = tables["greg"][lx.key(g["td_m"])][0]
            d = _int(g["td_d"])
            if g["td_y"]:
                value, label = _with_time(date(_int(g["td_y"]), mo, d), g, "td")
                return start, label, value, False, {}
            date(2000, mo, d)  # validates the day (2000 is a leap year)
            if day_anchor is None:
                return start, "day", None, True, {}
            mode = _mode(g["td_mod"]) or default_mode
            if g["td_wd"] and not g["td_mod"]:  # the weekday picks the year
                wd = lx.lookup(lx.WEEKDAYS, g["td_wd"])
                for y in (day_anchor.year, day_anchor.year - 1, day_anchor.year + 1):
                    if _safe_date(y, mo, d) and date(y, mo, d).weekday() == wd:
                        value, label = _with_time(date(y, mo, d), g, "td")
                        return start, label, value, True, {}
            found = _day_month_year(d, mo, day_anchor, mode)
            if found is None:
                return start, "day", None, True, {}
            value, label = _with_time(found, g, "td")
            return start, label, value, True, {}
        if kind == "hd":
            y, mo = _int(g["hd_y"]), tables["hijri"][lx.key(g["hd_m"])]
            extra = {"calendar": "hijri", "hijri": f"{y:04d}-{mo:02d}"}
            if g["hd_d"]:
                d = _int(g["hd_d"])
                return start, "day", hijri_to_gregorian(y, mo, d).isoformat(), False, extra
            first, nxt = hijri_to_gregorian(y, mo), hijri_to_gregorian(*_shift_month(y, mo, 1))
            extra["range"] = [first.isoformat(), (nxt - timedelta(days=1)).isoformat()]
            return start, "month", f"{first.year:04d}-{first.month:02d}", False, extra
        if kind == "my":
            mo, safe = tables["greg"][lx.key(g["my_m"])]
            if g["my_y"]:
                return start, "month", f"{_int(g['my_y']):04d}-{mo:02d}", False, {}
            if not (safe or g["my_pair"] or g["my_sh"] or g["my_mod"] or g["my_this"] or g["my_ymod"]):
                return None
            if day_anchor is None:
                return start, "month", None, True, {}
            if g["my_this"] or g["my_ymod"]:
                step = {"past": -1, "future": 1}.get(_mode(g["my_ymod"]) or "", 0)
                return start, "month", f"{day_anchor.year + step:04d}-{mo:02d}", True, {}
            y = _month_year(mo, day_anchor, _mode(g["my_mod"]) or default_mode)
            return start, "month", f"{y:04d}-{mo:02d}", True, {}
        if kind == "yr":
            y = _int(g["yr_y"])
            cue = lx.key(g["yr_cue"] or "")
            if not (cue or g["yr_h"] or g["yr_g"]):
                return None
            if cue not in lx.YEAR_NOUNS and cue != "عامي":
                start = m.start("yr_y")
            hijri = bool(g["yr_h"]) or (
                1300 <= y < 1500 and not g["yr_g"] and day_anchor is not None
                and abs(gregorian_to_hijri_year(day_anchor) - y) <= 30)
            if hijri:
                first, nxt = hijri_to_gregorian(y, 1), hijri_to_gregorian(y + 1, 1)
                extra = {"calendar": "hijri", "hijri": f"{y:04d}",
                         "range": [first.isoformat(), (nxt - timedelta(days=1)).isoformat()]}
                return start, "year", f"{first.year:04d}", False, extra
            if not 1000 <= y <= 2199:
                return None
            return start, "year", f"{y:04d}", False, {}
        if kind == "du":
            return _resolve_duration(m, g, text, anchor, start)
        if kind == "rp":
            unit = lx.lookup(lx.PERIODS, g["rp_u1"] or g["rp_u2"])
            if unit == "year" and not g["rp_this"] and _after_definite(text, m.start("rp_u2")):
                return None  # "الأمين العام السابق": العام is an adjective there
            mode = _mode(g["rp_mod"] or g["rp_mod1"]) or "current"
            step = {"past": -1, "future": 1}.get(mode, 0)
            if day_anchor is None:
                return start, unit, None, True, {}
            if unit == "week":
                return start, "week", _week_iso(day_anchor + timedelta(weeks=step)), True, {}
            if unit == "month":
                y, mo = _shift_month(day_anchor.year, day_anchor.month, step)
                return start, "month", f"{y:04d}-{mo:02d}", True, {}
            return start, "year", f"{day_anchor.year + step:04d}", True, {}
        if kind == "rd":
            word = lx.key(g["rd_w"])
            word = word if word in lx.RELATIVE_DAYS else "ا" + word
            after = lx.key(text[m.end(): m.end() + 16]).split(" ")[0:1]
            if word == "اليوم" and not g["rd_wd"] and after and after[0] in lx.NOT_TODAY_AFTER:
                return None
            if word == "امس" and after and after[0] == "الحاجه":  # بأمس الحاجة "in dire need"
                return None
            if word == "غدا" and not g["rd_wd"] and "\u064b" not in g["rd_w"] and after and after[0].startswith("ال"):
                return None  # غدا + definite noun is the verb "became"
            off = lx.RELATIVE_DAYS[word]
            value = (day_anchor + timedelta(days=off)).isoformat() if day_anchor else None
            return start, "day", value, True, {}
        if kind == "wd":
            wd = lx.lookup(lx.WEEKDAYS, g["wd_w"])
            if day_anchor is None:
                return start, "day", None, True, {}
            mode = _mode(g["wd_mod"]) or default_mode
            return start, "day", _weekday(wd, day_anchor, mode).isoformat(), True, {}
    except (ValueError, KeyError, OverflowError):
        return None  # out-of-range numbers ("33/44/2024"): not a date
    return None


def _safe_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _after_definite(text: str, pos: int) -> bool:
    """True when the word just before ``pos`` carries the article ال (so a following العام is an adjective)."""
    before = text[max(0, pos - 24):pos].split()
    return bool(before) and lx.key(before[-1]).lstrip("وفبكل").startswith(("ال", "ل"))


_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "century": "Y"}


def _resolve_duration(m: re.Match[str], g: dict[str, Any], text: str, anchor: date | None,
                      start: int) -> _Result:
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
        return start, "duration", extra.pop("duration", None), False, extra
    label = {"hour": "datetime", "minute": "datetime", "decade": "year", "century": "year"}.get(unit, unit)
    # "بعد 3 أيام من الهجوم": counted from an event, not from the publication date
    follow = lx.key(text[m.end(): m.end() + 6]).split(" ")[:1]
    if n is None or anchor is None or (follow and follow[0] in ("من", "علي")):
        return start, label, None, True, extra
    sign = -1 if cue == "past" else 1
    day_anchor = _day_of(anchor)
    if unit in ("hour", "minute"):
        if not isinstance(anchor, datetime):
            return start, "day", day_anchor.isoformat(), True, extra
        delta = timedelta(hours=n) if unit == "hour" else timedelta(minutes=n)
        return start, "datetime", (anchor + sign * delta).isoformat(), True, extra
    if unit in _UNIT_DAYS:
        d = day_anchor + timedelta(days=sign * n * _UNIT_DAYS[unit])
        return start, label, _week_iso(d) if unit == "week" else d.isoformat(), True, extra
    y, mo = _shift_month(day_anchor.year, day_anchor.month, sign * n * _UNIT_MONTHS[unit])
    if unit == "month":
        return start, "month", f"{y:04d}-{mo:02d}", True, extra
    return start, "year", f"{y:04d}", True, extra


# --------------------------------------------------------------------------- public API


def _scan(text: str, anchor: date | None, prefer: str) -> list[Span]:
    spans: list[Span] = []
    for m in _pattern().finditer(text):
        res = _resolve(m, text, anchor, prefer)
        if res is None:
            continue
        start, label, value, relative, extra = res
        end = m.end()
        data: dict[str, Any] = {"value": value, "text": text[start:end], "relative": relative}
        data.update(extra)
        spans.append(Span(kind="timex", start=start, end=end, label=label, data=data))
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
    return _scan(text, anchor, "past")


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


# --------------------------------------------------------------------------- pipeline stage


def _anchor_of(published_at: str | None) -> date | None:
    """The anchor of an article: its publication date/datetime, or None."""
    if not published_at:
        return None
    try:
        dt = datetime.fromisoformat(published_at)
    except ValueError:
        parsed = parse_date(published_at)
        if parsed is None:
            return None
        try:
            return datetime.fromisoformat(parsed[0]) if parsed[1] == "datetime" else date.fromisoformat(
                parsed[0]) if parsed[1] == "day" else None
        except ValueError:
            return None
    return dt if len(published_at.strip()) > 10 else dt.date()


def _timex_stage(doc: Doc, res: Resources) -> None:
    """Fill ``doc.layer("timex")`` with the article's time expressions."""
    doc.layer("timex").extend(find_time_expressions(doc.text, _anchor_of(doc.article.published_at)))


TIMEX = Stage(
    name="timex",
    version="1",
    func=_timex_stage,
    requires=(),
    assigns=("timex",),
    doc="Dates and time expressions, resolved against the publication date.",
)
