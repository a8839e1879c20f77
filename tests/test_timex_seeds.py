"""Time expressions in the real seed pages (read from ../shared at test time).

The seed articles about the June 2024 Putin–Kim summit were published on
2024-06-20; their "19 يونيو 2024" dates and "يوم الأربعاء" must resolve to
2024-06-19.
"""

from __future__ import annotations

from datetime import date

from marsad.nlp.timex import find_time_expressions

ANCHOR = date(2024, 6, 20)


def test_seed_dates_and_wednesdays_resolve_to_the_summit_day(seeds_dir):
    day_month_year, wednesdays = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in find_time_expressions(text, ANCHOR):
            assert text[span.start:span.end] == span.data["text"]
            surface = span.data["text"]
            if "يونيو" in surface and any(c.isdigit() for c in surface):
                day_month_year.append((path.name, surface, span.data["value"]))
            if surface.startswith("يوم الأربعاء"):
                wednesdays.append((path.name, surface, span.data["value"]))
    assert day_month_year, "no '19 يونيو 2024'-style date found in the seeds"
    assert wednesdays, "no 'يوم الأربعاء' found in the seeds"
    assert {v for _, _, v in day_month_year} == {"2024-06-19"}, day_month_year
    assert {v for _, _, v in wednesdays} == {"2024-06-19"}, wednesdays


def test_seed_month_pairs_with_past_are_resolved(seeds_dir):
    pairs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pairs += [s for s in find_time_expressions(text, ANCHOR)
                  if "/" in s.data["text"] and s.data["text"].endswith("الماضي")]
    assert pairs, "no 'شهر/شهر الماضي' pair found in the seeds"
    # a named month "الماضي" lies strictly before the anchor's month
    assert all(s.label == "month" and s.data["value"] < "2024-06" for s in pairs)
