"""Which trading day a routine market report is about: a market's session, a commodity's or a currency's moves.

A market's, a commodity's or a currency's daily report is the event of its trading day: gold's Monday session and
its Tuesday session are two events, even though they share the agency's words (the ounce, "rises", "falls"), the
outlets and the days — the oil-price story of one week held a session a day.  The day is read from the lead: the
first time expression of its first sentence that names a day (a weekday, "today", "yesterday", resolved against the
publication date by the timex stage), when it lies no more than ``LOOKBACK`` days before publication.  A report
whose lead names no day is about its publication day or the day before: on the in-sample pages of 2015-07-25…27
and 2015-08-02…04, of 53 session reports naming a weekday 36 were published the day of the session, 16 the next
morning (a print paper's reprint) and one two days later (a Friday session in a Sunday paper).

Only a report is read so: its headline reports a market's session (any market: :func:`slots.session_headline`)
or a commodity's or currency's price or move (:func:`incidents.commodity_slot`), and its first sentence names a
weekday, or names a day and opens with a price's move ("نزل النفط اليوم ..."), or speaks of trading (a session,
trades, a close, an ounce, a barrel, points).  An opinion or analysis piece that names no session stays out of the
slot: it neither splits nor vouches.  In placement (``grouping``) a story is not joined when more of its compared
members that report a session report another day than this one: gold's reports naming no day do not make
another day's session this day's news.  Two reports whose days cannot be one are two events (``slots
.reported_conflict`` on the sets of possible days); like an incident's kind, a shared day vouches for nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable

from marsad.arabic.normalize import fold_for_search
from marsad.models import Span
from marsad.stories.facts import MONTHS as FACT_MONTHS
from marsad.stories.features import WORD_RE, prefix_stripper

LOOKBACK = 3  # days before publication a lead's day may lie (a Friday session in a Sunday paper is 2)
FIRST_SENTENCE = 300  # characters of the lead read for its day and its trading words

# Words (folded; clitics and the article off) of trading in a report's first sentence: its session, trades, close,
# the units its prices are quoted in
TRADING = frozenset("""
تعاملات معاملات جلسه جلسات تداولات تداول اغلاق يغلق تغلق اغلق اغلقت فوريه اجله عقود نقطه نقاط اوقيه اونصه برميل
ختام مستهل افتتاح بورصه مؤشر صرف
""".split())
# Verbs of a price's move (folded): with a day named, "oil fell today" is a session's report
MOVES = frozenset("""
ارتفع ارتفعت يرتفع ترتفع انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع تتراجع هبط هبطت يهبط تهبط نزل نزلت ينزل
تنزل صعد صعدت يصعد تصعد قفز قفزت تعافي تعافت يتعافي استقر استقرت زاد زادت فقد فقدت خسر خسرت ربح ربحت اضاف اضافت
""".split())
_DATELINE = re.compile(r"[–—:-]")  # ends a dateline ("عين اليوم – لندن ...")
_STOP = re.compile(r"\.(?!\d)")  # a full stop, not a decimal point (1.5)
WEEKDAYS = frozenset("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split())  # folded
_bare = prefix_stripper(("وبال", "ولل", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل"))


def _first_sentence_end(text: str) -> int:
    """Where a lead's first sentence ends (its first full stop), within ``FIRST_SENTENCE`` characters."""
    m = _STOP.search(text[:FIRST_SENTENCE])
    return m.start() if m and m.start() > 0 else min(len(text), FIRST_SENTENCE)


def trading_lead(text: str, moves: bool = False) -> bool:
    """Does a lead's first sentence speak of trading (a session, trades, a close, an ounce, points) — or, with
    ``moves``, open with a price's move ("نزل النفط ...", "ارتفع الذهب ...", after a dateline)?"""
    first = text[:_first_sentence_end(text)]
    words = WORD_RE.findall(fold_for_search(first))
    if any(w in TRADING or _bare(w) in TRADING for w in words):
        return True
    if not moves:
        return False
    dash = _DATELINE.search(first[:60])
    opening = WORD_RE.findall(fold_for_search(first[dash.end():] if dash else first))
    # (the dateline's town may follow its dash; a column's "لم يعد تراجع النفط ..." opens with no move)
    return any(w in MOVES for w in opening[:3 if dash else 1])


def named_day(text: str, timexes: Iterable[Span], published: str) -> tuple[str, bool] | None:
    """The day the first sentence of a lead names (its first time expression resolving to a day), if it lies
    within ``LOOKBACK`` days before ``published`` (YYYY-MM-DD), and whether it names it by its weekday."""
    end = _first_sentence_end(text)
    pub = date.fromisoformat(published)
    for t in sorted(timexes, key=lambda s: s.start):
        if t.start >= end:
            break
        value = str((t.data or {}).get("value") or "")
        if len(value) != 10:
            continue
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        if 0 <= (pub - day).days <= LOOKBACK:
            said = WORD_RE.findall(fold_for_search(str((t.data or {}).get("text") or text[t.start:t.end])))
            return value, any(_bare(w) in WEEKDAYS or w in WEEKDAYS for w in said)
    return None


def session_days(title: str, text: str, timexes: Iterable[Span], published: str | None,
                 report: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(the days a routine report can be about, the same) — the day its lead names, else its publication day
    and the day before; empty when it is no report (``report``: its headline reports a session, a price or a
    move), is undated, or its first sentence names no weekday and speaks neither of trading nor, naming a day, of
    a price's move (an opinion piece on prices)."""
    if not report or not published:
        return frozenset(), frozenset()
    named = named_day(text, timexes, published[:10])
    if not (named and named[1]) and not trading_lead(text, moves=bool(named)):
        return frozenset(), frozenset()
    if named:
        days = frozenset([named[0]])
    else:
        pub = date.fromisoformat(published[:10])
        days = frozenset([pub.isoformat(), (pub - timedelta(days=1)).isoformat()])
    return days, days


# The weather service's daily report ("توقعت الرئاسة العامة للأرصاد ... في تقريرها عن حالة الطقس لهذا اليوم") is a
# new item each day, like a market's session: Thursday's forecast and Saturday's, printed under "rain on the
# south" both, are two events.  Which report an article reprints is its publication day.  Alerts, rain that fell,
# floods and rescues are not the daily report: they fill no slot and stay with the weather event they tell.
FORECAST = frozenset("توقعت تتوقع يتوقع توقعات التوقعات".split())
REPORT_WORDS = ("حاله الطقس", "تقريرها")  # (folded) the daily report's own words


def bulletin_days(title: str, text: str, published: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(the day of the weather service's daily report an article reprints, the same): its publication day when
    the first sentence of its lead names the weather service, a forecast and the daily report; empty else."""
    if not published:
        return frozenset(), frozenset()
    first = fold_for_search(text[:_first_sentence_end(text)])
    if "ارصاد" not in first:  # (no word of it is the weather service's, bare or not: its words not read)
        return frozenset(), frozenset()
    words = {_bare(w) for w in WORD_RE.findall(first)} | set(WORD_RE.findall(first))
    if not ("ارصاد" in words or "الارصاد" in words) or not words & FORECAST \
            or not any(p in first for p in REPORT_WORDS):
        return frozenset(), frozenset()
    day = frozenset([published[:10]])
    return day, day


# A routine report is dated by the period it reports, and its period has a kind: a day's session, a week's trading
# (the weekly summary), a month's (the exchange's monthly statistical report).  The Sunday session's fall, the
# exchange's report on July and a summary of the week that ended on Thursday share the market's words, its index,
# its points and the days they were printed — one story of 16 reports, 8 of them the month's and the week's, on the
# read page of 2015-08-03 — and are three events.  The kind is read from the headline (a month named, "خلال أسبوع"),
# else from the lead's first sentence ("في نهاية شهر يوليو الماضي", "مقارنة بإغلاق الأسبوع الذي سبقه", "التقرير
# الشهري"); a lead that names a day ("اليوم الاثنين") reports that day's session whatever else it says.  A period
# word that measures rather than dates ("أعلى مستوى في شهر", "منذ يوليو", "أكبر خسارة شهرية", "خلال أسبوعين", "the
# next month") dates nothing.
# the folded month names of the figures' reader, but "اب" (August in the Levant, and "father" in a headline)
MONTHS = {w: n for w, n in FACT_MONTHS.items() if w != "اب"}
MONTH_WORDS = frozenset("شهر الشهر شهري شهريه الشهري الشهريه".split())
WEEK_WORDS = frozenset("اسبوع الاسبوع اسبوعي اسبوعيه الاسبوعي الاسبوعيه".split())
# words before a period word that make it a measure, not the period reported (within three words)
MEASURE = frozenset("""
منذ مستوي مستوياته مستوياتها مستواه مستواها اعلي ادني اكبر اسوا افضل اقل اكثر اطول قرابه نحو حوالي طيله
""".split())
SESSIONS_OF = ("تداول", "تعاملات", "جلسات")  # a week's trading, sessions ("تنهي تداولات الأسبوع": its last session)
NEXT = frozenset("المقبل القادم المقبله القادمه الجديد".split())
PAST = frozenset("الماضي المنصرم السابق المنقضي".split())
CURRENT = frozenset("الجاري الحالي".split())
_LEAD_WEEK = re.compile(r"خلال\s+(?:ال)?اسبوع(?!ين)|الاسبوع\s+الذي\s+سبقه|مقارنه\s+(?:ب)?(?:اغلاق\s+)?الاسبوع\s+(?:الماضي|"
                        r"السابق|الذي)")
_LEAD_MONTH = re.compile(r"(?:خلال|نهايه|بنهايه|طوال|في|ختام|بختام)\s+(?:ال)?(?:شهر\s+)?(\S+)")
_MONTHLY_REPORT = re.compile(r"(?:التقرير|تقريرها|تقريره|النشره)\s+(?:الاحصائي\s+)?الشهري")


def _period_word(words: list[str], i: int) -> bool:
    """Does the period word at ``words[i]`` date the report (not a measure, not the next period)?"""
    before = {_bare(w) for w in words[max(0, i - 3):i]} | set(words[max(0, i - 3):i])
    after = words[i + 1] if i + 1 < len(words) else ""
    return not (before & MEASURE) and after not in NEXT


def _month_value(month: int | None, words: list[str], pub: date) -> str:
    if month:
        year = pub.year - (month > pub.month)
        return f"{year:04d}-{month:02d}"
    back = 0 if set(words) & CURRENT else 1 if set(words) & PAST or pub.day <= 15 else 0
    y, m = pub.year, pub.month - back
    if m == 0:
        y, m = y - 1, 12
    return f"{y:04d}-{m:02d}"


def _headline_period(words: list[str]) -> tuple[str, int | None] | None:
    """("month", its number or None) or ("week", None) when a headline names the period it reports."""
    for i, w in enumerate(words):
        b = _bare(w)
        if (b in MONTHS or w in MONTHS) and _period_word(words, i):
            return "month", MONTHS.get(b) or MONTHS.get(w)
        if (w in MONTH_WORDS or b in MONTH_WORDS) and _period_word(words, i):
            nxt = _bare(words[i + 1]) if i + 1 < len(words) else ""
            return "month", MONTHS.get(nxt)
        if (w in WEEK_WORDS or b in WEEK_WORDS) and _period_word(words, i) \
                and not any(_bare(x).startswith(SESSIONS_OF) for x in words[max(0, i - 2):i]):
            return "week", None  # ("الأسهم تنهي تداولات الأسبوع": Thursday's session, the week's last)
    return None


def report_period(title: str, text: str, timexes: Iterable[Span], published: str) -> str | None:
    """The period a routine report is about when it is longer than a day: "month:2015-07" (a month's report),
    "week:2015-07-30" (a week's, keyed by the week's Thursday: the last Thursday on or before publication); None
    for a day's report (its lead's first sentence names a day) or a report naming no period."""
    pub = date.fromisoformat(published[:10])
    if named_day(text, timexes, published[:10]):
        return None
    head = WORD_RE.findall(fold_for_search(title))
    first = fold_for_search(text[:_first_sentence_end(text)])
    lead = WORD_RE.findall(first)
    found = _headline_period(head)
    if found is None:
        if _LEAD_WEEK.search(first):
            found = ("week", None)
        else:
            for m in _LEAD_MONTH.finditer(first):
                word = _bare(m.group(1))
                if word in MONTHS or (m.group(1) in PAST and "شهر" in m.group(0)):  # ("في الشهر الماضي")
                    found = ("month", MONTHS.get(word))
                    break
            if found is None and _MONTHLY_REPORT.search(first):
                found = ("month", None)
    if found is None:
        return None
    kind, month = found
    if kind == "week":
        return "week:" + (pub - timedelta(days=(pub.weekday() - 3) % 7)).isoformat()
    if month is None:  # the month named in the lead, else "the past month"
        month = next((MONTHS[_bare(w)] for w in lead if _bare(w) in MONTHS), None)
    return "month:" + _month_value(month, head + lead, pub)


def period_days(title: str, text: str, timexes: Iterable[Span], published: str | None,
                report: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(the period a routine report is about, the same): its month or week (:func:`report_period`) for a report of
    a month or a week — a session's headline, or a headline naming the period over a lead on an index or a market
    ("تداول 2.6 مليار سهم في الشهر الماضي" over "أغلق المؤشر العام ... في نهاية شهر يوليو") — else the days of
    :func:`session_days`.  Two reports of two periods, or of a month and a day, are two events.  A period report
    speaks of trading in its first sentence, or is a market's headline naming its period, or introduces a monthly
    report (a company's review of the region's markets in July)."""
    from marsad.stories.slots import session_headline

    # (a report's period is read only for a report, or a lead reporting a session: most articles are neither, and
    # reading the period — its days, its headline's and lead's words — was most of the cost of this slot)
    if published and (report or session_headline_lead(text)):
        period = report_period(title, text, timexes, published)
        if period and (
                trading_lead(text) or _MONTHLY_REPORT.search(fold_for_search(text[:_first_sentence_end(text)]))
                or (session_headline(title) and _headline_period(WORD_RE.findall(fold_for_search(title))))):
            # (a market's headline over the period it names, or a lead introducing a monthly report — "أصدرت شركة
            # ... تقريرها الشهري" — needs no trading word in its first sentence; a commodity's output in a month,
            # OPEC's in July, is no market's report: it stays with the output news it belongs to)
            return frozenset([period]), frozenset([period])
    return session_days(title, text, timexes, published, report)


def session_headline_lead(text: str) -> bool:
    """Does a lead's first sentence report a market's session (as a headline would: a market's and a session's
    word)?"""
    from marsad.stories.slots import session_headline

    return session_headline(text[:_first_sentence_end(text)])
