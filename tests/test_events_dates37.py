"""An act whose only time is its announcement's (issue 15, events37): "أعلنت الوزارة أمس مقتل ثلاثة" tells when the
deaths were announced, not when they happened — they happened that day or before.  The event gets the announcement's
day with ``date_source`` "announcement" and ``date_bound`` "on_or_before", shown as "≤ DAY"; an act with a time of its
own keeps it, and an act still to come, denied or not done gets no bound.  Each sentence is written for these tests,
with the time expressions a timex stage would give (the report is dated Thursday 2024-06-20)."""

from __future__ import annotations

from test_events_coder import coded, make_doc

from marsad.nlp.events.coder import CoderOptions
from marsad.nlp.events.records import EventRecord, bound_date, exact_date
from marsad.nlp.events.shown import event_features


def _bound(e: dict) -> tuple:
    return e["date"], e.get("date_source"), e.get("date_bound")


# -- the announcement's day bounds the act it tells --------------------------------------------------------------

def test_deaths_a_ministry_announced_yesterday_happened_yesterday_or_before() -> None:
    doc = make_doc("أعلنت وزارة الدفاع أمس مقتل أربعة مسلحين في غارة جوية على معسكر قرب الحدود الشمالية.",
                   [("وزارة الدفاع", "ORG", "Defence ministry")],
                   timex=[("أمس", "2024-06-19")])
    events = coded(doc, "ASSAULT")
    assert events and all(_bound(e) == ("2024-06-19", "announcement", "on_or_before") for e in events)


def test_an_attack_officials_said_on_tuesday_took_place_on_tuesday_or_before() -> None:
    doc = make_doc("وقال مسؤولون في الشرطة يوم الثلاثاء إن حركة الفجر هاجمت نقطة تفتيش على الطريق الساحلي.",
                   [("حركة الفجر", "ORG", "Dawn Movement"), ("الطريق الساحلي", "LOC", "coast road")],
                   timex=[("يوم الثلاثاء", "2024-06-18")])
    [attack] = coded(doc, "ASSAULT", CoderOptions(detect=False))  # (the coder's reading, not the detector's)
    assert _bound(attack) == ("2024-06-18", "announcement", "on_or_before")


def test_a_bombing_told_as_a_monitor_reported_on_saturday_is_bounded_by_saturday() -> None:
    doc = make_doc("قتل ستة مدنيين في قصف على سوق شعبي في ريف المدينة، بحسب ما أفاد مرصد محلي السبت.",
                   [("ريف المدينة", "LOC", "countryside")],
                   timex=[("السبت", "2024-06-15")])
    events = coded(doc, "ASSAULT")
    assert events and all(_bound(e) == ("2024-06-15", "announcement", "on_or_before") for e in events)


# -- what keeps its own date, or gets no bound -------------------------------------------------------------------

def test_an_attack_with_its_own_day_keeps_it_exactly() -> None:
    doc = make_doc("أعلنت الوزارة أمس أن مسلحين هاجموا الأحد نقطة تفتيش على الطريق الساحلي.",
                   [("الطريق الساحلي", "LOC", "coast road")],
                   timex=[("أمس", "2024-06-19"), ("الأحد", "2024-06-16")])
    [attack] = coded(doc, "ASSAULT")
    assert _bound(attack) == ("2024-06-16", "timex", None)


def test_an_attack_announced_as_still_to_come_gets_no_bound() -> None:
    doc = make_doc("أعلن قائد الجيش أمس أن قواته ستشن هجوما واسعا على معاقل المسلحين في الجبال.",
                   [("الجبال", "LOC", "mountains")],
                   timex=[("أمس", "2024-06-19")])
    for e in coded(doc, "ASSAULT"):
        assert e.get("date_bound") is None and e["date"] != "2024-06-19"


def test_a_shelling_denied_yesterday_gets_no_bound() -> None:
    doc = make_doc("نفت الحكومة أمس أن تكون طائراتها قصفت القرية الحدودية.",
                   [("القرية الحدودية", "LOC", "border village")],
                   timex=[("أمس", "2024-06-19")])
    for e in coded(doc, "ASSAULT"):
        assert e.get("date_bound") is None


def test_shells_that_fell_yesterday_are_not_dated_by_the_monitor_that_confirmed_them() -> None:
    # "أمس" follows the shells the verb tells, with their number: their own time, not the statement's
    doc = make_doc("وأكد المرصد سقوط أكثر من 90 قذيفة أمس على البلدة، ما تسبب بمقتل طفلين.",
                   [("المرصد", "ORG", "observatory")],
                   timex=[("أمس", "2024-06-19")])
    for e in coded(doc, "ASSAULT"):
        assert e.get("date_source") != "announcement"


# -- where the date is shown -------------------------------------------------------------------------------------

def test_a_bounded_date_reads_on_or_before_in_the_listing_and_is_no_exact_date() -> None:
    data = {"date": "2024-06-19", "date_source": "announcement", "date_bound": "on_or_before"}
    rec = EventRecord("a1", 0, 4, "ASSAULT", data, published_at="2024-06-20T08:00:00")
    assert rec.when == "≤ 2024-06-19" and bound_date(data) == "≤ 2024-06-19"
    assert exact_date(data) is None and rec.date == "2024-06-19"  # (still ordered and filtered by it)
    told = {"date": "2024-06-16", "date_source": "timex"}
    assert EventRecord("a1", 0, 4, "ASSAULT", told).when == "2024-06-16" and exact_date(told) == "2024-06-16"


def test_the_shown_filter_reads_a_bounded_date_as_the_empty_date_it_was_trained_with() -> None:
    base = {"date": None, "date_source": None, "modality": "reported", "sentence": [0, 80], "trigger": [20, 24]}
    bounded = {**base, "date": "2024-06-19", "date_source": "announcement", "date_bound": "on_or_before"}
    assert event_features("ASSAULT", bounded) == event_features("ASSAULT", base)
