"""Two names of one agreement, told by reports of the same pair that date its signing to the same day, are one record;
two agreements of one pair signed that day and named apart in one report stay two (issue 15)."""

from __future__ import annotations

from conftest import processed_treaties

# Jordan and Greece sign a shipping agreement; one wire calls it by another name the next day.
SHIPPING = [
    ("s1", "2026-03-05", "وكالة أ",
     "عمان - وكالة أ: وقع الأردن واليونان أمس الأربعاء 4 آذار 2026 اتفاقية النقل البحري التجاري بين البلدين خلال "
     "زيارة وزير الخارجية اليوناني."),
    ("s2", "2026-03-06", "وكالة ب",
     "أثينا - وكالة ب: وقعت اليونان والأردن يوم 4 آذار 2026 اتفاق الملاحة التجارية بين البلدين في عمان."),
]

# The same pair signs two agreements on one day, each named in the same report, then each told alone.
TWO = [
    ("t1", "2026-05-13", "وكالة ج",
     "عمان - وكالة ج: وقع الأردن واليونان أمس الثلاثاء 12 أيار 2026 اتفاقية النقل البحري التجاري بين البلدين.\n\n"
     "ووقع الجانبان في اليوم ذاته اتفاقية التعاون في مجال السياحة بين الأردن واليونان."),
    ("t2", "2026-05-14", "وكالة د",
     "أثينا - وكالة د: وقعت اليونان والأردن يوم 12 أيار 2026 اتفاقية التعاون في مجال السياحة بين البلدين."),
]


def test_one_agreement_named_two_ways_on_its_signing_day_is_one_record(tmp_path):
    found = [t for t in processed_treaties(tmp_path, SHIPPING) if any(s.kind == "signed" for s in t.steps)]
    assert len(found) == 1, [t.name for t in found]
    signed = [s for s in found[0].steps if s.kind == "signed"]
    assert [str(s.date) for s in signed] == ["2026-03-04"]
    assert {x.article_id for s in signed for x in s.sources} and len({x.article_id for x in found[0].sources}) == 2


def test_two_agreements_named_apart_in_one_report_stay_two(tmp_path):
    found = [t for t in processed_treaties(tmp_path, TWO) if any(s.kind == "signed" for s in t.steps)]
    assert len(found) == 2, [t.name for t in found]
