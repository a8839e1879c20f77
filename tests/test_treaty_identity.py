"""Which agreement a report tells, and when: an agreement named by the city it was made in is the one made there;
two agreements of one pair of countries signed months apart stay two; a site's "الموقع" is no signing; a weekday
in a quotation is the speaker's, not the report's — on sentences written for these tests (issue 15)."""

from __future__ import annotations

import pytest
from test_events_coder import make_doc

from marsad.models import Span
from marsad.nlp.events.treaty_steps import find_steps


def _steps(doc) -> list[tuple[str, str]]:
    return [(s.label, s.data["modality"]) for s in find_steps(doc)]


@pytest.mark.parametrize("text, expected", [
    # "الموقع" before a noun without على is a place or a site, not "signed"
    ("ويبرم فريق التسويق في الموقع اتفاقيات مع أصحاب الإعلانات لزيادة عائداتهم.", []),
    ("ونشر الموقع اتفاقيات الشراكة على صفحته.", []),
    # ... after the agreement, or with على, it is the signing recalled
    ("وقال إن الدول الموقعة على المعاهدة ستجتمع في الخريف.", [("signed", "done")]),
    ("وخرق الطرفان الاتفاقية الموقعة بينهما قبل عام.", [("signed", "done")]),
])
def test_a_site_is_not_a_signing(text, expected) -> None:
    assert _steps(make_doc(text, [])) == expected


def test_entry_into_force_awaited_across_a_long_name_is_expected() -> None:
    doc = make_doc("فيما تنتظر كينيا دخول اتفاق التجارة الحرة الذي وقعته مع جيرانها الثلاثة الشهر الماضي حيز التنفيذ، "
                   "يستعد المصدرون للموسم.", [])
    assert ("in_force", "expected") in _steps(doc) and ("in_force", "done") not in _steps(doc)


def _with_weekday(text: str, surface: str, value: str, published: str):
    doc = make_doc(text, [], published_at=published)
    pos = text.index(surface)
    doc.layer("timex").append(Span("timex", pos, pos + len(surface), "day",
                                   {"value": value, "text": surface, "relative": True}))
    return doc


def test_a_weekday_in_a_quotation_is_not_the_steps_date() -> None:
    # the senator spoke days before the report: his "Monday" is not the Monday before the report
    quoted = "وقال السيناتور: «يوم الاثنين (الذي صادق فيه مجلس الأمن على الاتفاق) يوم أسود في تاريخنا»."
    [step] = find_steps(_with_weekday(quoted, "يوم الاثنين", "2025-03-10", "2025-03-12"))
    assert step.label == "endorsed" and step.data["date"] != "2025-03-10"
    assert step.data["date_source"] in ("before", "article")
    # the report's own weekday still dates the step
    told = "وصادق مجلس الأمن يوم الاثنين على الاتفاق بالإجماع."
    [step] = find_steps(_with_weekday(told, "يوم الاثنين", "2025-03-10", "2025-03-12"))
    assert step.data["date"] == "2025-03-10" and step.data["date_source"] == "timex"
