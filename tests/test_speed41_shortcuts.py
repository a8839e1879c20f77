"""speed41's shortcuts (issue 18, round 33) give what the plain computation gives (sentences written for these tests).

- ``fronts``: a text holding no fight word or stem (nor اطلاق) reports no fighting, and one holding no truce or
  breach word tells no truce — found by one search of the folded text before the words are read one by one.
- ``sessions.period_days``: the period of a report is read only for a report or a lead reporting a session.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from marsad.nlp.timex import find_time_expressions
from marsad.stories import fronts, sessions

TEXTS = [
    "قوات التحالف تقصف مواقع المسلحين شمال المدينة",
    "اشتباكات عنيفة على أطراف البلدة الجنوبية",
    "المقاومة تسيطر على التلال المطلة على الطريق",
    "تبادل لإطلاق النار بين دوريتين قرب الحدود",
    "الطرفان يعلنان وقف إطلاق النار ابتداء من الليلة",
    "قبل ساعات من سريان الهدنة غارات على الضواحي",
    "اتهامات متبادلة بخرق الاتفاق في الجبهة الشرقية",
    "وزير التعليم يفتتح معرضا للكتاب في العاصمة",
    "انسحاب المرشح من سباق الانتخابات البلدية",
    "رجال الإطفاء يسيطرون على حريق في مستودع",
    "لتهدئة المسافرين وزعت الشركة وجبات مجانية",
    "هجوم إلكتروني يعطل مواقع حكومية",
    "رئيس التحرير يستقبل وفدا من الطلاب",
    "أمطار غزيرة على المرتفعات الغربية اليوم",
    "وبالقصف المدفعي استهدفت القوات معاقل المتمردين",
    "هدنتان قصيرتان لم تصمدا أكثر من يوم",
]


def _plain(monkeypatch, name: str, func):
    """The answers of ``func`` over TEXTS with the quick search made to find something in every text."""
    monkeypatch.setattr(fronts, name, re.compile(""))
    func.cache_clear()
    try:
        return [func(t) for t in TEXTS]
    finally:
        monkeypatch.undo()
        func.cache_clear()


@pytest.mark.parametrize("name, func", [("_FIGHT_ANY", fronts.military_headline), ("_TRUCE_ANY", fronts.truce_told)])
def test_fronts_quick_search_gives_what_reading_every_word_gives(monkeypatch, name, func):
    func.cache_clear()
    quick = [func(t) for t in TEXTS]
    assert quick == _plain(monkeypatch, name, func)
    assert any(quick) and not all(quick)  # (both answers are met)


@pytest.mark.parametrize("clitic", ["", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف"])
def test_every_fight_and_truce_word_is_found_by_the_quick_search(clitic):
    for word in sorted(fronts.FIGHT | set(fronts.FIGHT_STEMS)):
        assert fronts._FIGHT_ANY.search(f"خبر {clitic}{word} اليوم"), word
    for word in ["هدنه", "هدنتهم", *fronts.CALM, *fronts.CEASE, *fronts.BREACH, "خروقات"]:
        assert fronts._TRUCE_ANY.search(f"خبر {clitic}{word} اليوم"), word
    assert fronts._FIGHT_ANY.search(f"تبادل {clitic}اطلاق النار")


PERIOD_CASES = [  # (title, lead, published, report)
    ("الأسهم تنهي تداولات الأسبوع على ارتفاع", "ارتفع المؤشر العام للسوق في تداولات الأسبوع الماضي بنسبة طفيفة.",
     "2024-05-16", True),
    ("تقرير: أداء الأسواق في شهر أبريل", "أصدرت شركة استثمار تقريرها الشهري عن أداء أسواق المنطقة في شهر أبريل.",
     "2024-05-03", True),
    ("المؤشر يغلق مرتفعا", "أغلق مؤشر السوق تداولات جلسة اليوم مرتفعا بدعم من قطاع المصارف خلال الشهر الماضي.",
     "2024-05-05", False),
    ("افتتاح مدرسة جديدة في الحي", "افتتح مدير التعليم مدرسة جديدة في الحي الشمالي الشهر الماضي بحضور الأهالي.",
     "2024-05-05", False),
]


def _periods(case):
    title, lead, published, report = case
    timexes = find_time_expressions(lead, date.fromisoformat(published))
    return sessions.period_days(title, lead, timexes, published, report)


def test_period_days_reads_no_period_for_an_article_that_is_no_report(monkeypatch):
    read: list[str] = []
    plain = sessions.report_period

    def counted(title, *args):
        read.append(title)
        return plain(title, *args)

    monkeypatch.setattr(sessions, "report_period", counted)
    periods = [_periods(c) for c in PERIOD_CASES]
    assert all(periods[0])  # (a week's report: days of its own)
    assert periods[1] == (frozenset({"month:2024-04"}), frozenset({"month:2024-04"}))  # (a monthly report: April)
    assert periods[3] == (frozenset(), frozenset())  # (a school opened: no session, no period)
    assert PERIOD_CASES[3][0] not in read  # (no report, no session in its lead: its period is not read)
    assert PERIOD_CASES[0][0] in read and PERIOD_CASES[1][0] in read
