"""Review of round 38's treaty changes: a step due months after its report falls in the right month."""

from __future__ import annotations

from conftest import processed_treaties


def test_an_entry_into_force_due_months_after_a_vote_counts_calendar_months(tmp_path):
    # six months from 4 March is 4 September, not 31 August (six times thirty days)
    found = processed_treaties(tmp_path, [
        ("m1", "2026-03-02", "صحيفة أ", "وقعت تنزانيا ورواندا أمس في دار السلام اتفاقية السكك الحديدية بين البلدين."),
        ("m2", "2026-03-04", "صحيفة ب", "وصادق البرلمان التنزاني اليوم على اتفاقية السكك الحديدية مع رواندا، وأمام "
                                       "الاتفاقية الآن مهلة ستة أشهر قبل أن تدخل حيز التنفيذ."),
    ], include_all=False)
    [deal] = [t for t in found if any(p.get("name_en") == "Tanzania" for p in t.parties)]
    due = [(s.date, s.modality) for s in deal.steps if s.kind == "in_force"]
    assert due == [("2026-09", "expected")], [(s.kind, s.date, s.date_source) for s in deal.steps]


def test_a_period_that_is_no_number_or_no_run_up_gives_no_due_month_and_breaks_nothing():
    # a superscript digit is a digit to str.isdigit but no number to int(); a period of a million days is past any
    # calendar: neither may stop the records of the store from being put together
    from marsad.nlp.events.treaty_life import _run_up

    for period in ("² يوما", "1000000 يوم"):
        row = {"data": {"date": "2026-03-04", "date_source": "article"},
               "text": f"وأمام الاتفاقية الآن فترة {period} قبل أن تدخل حيز التنفيذ."}
        assert _run_up([row]) is None, period
    row = {"data": {"date": "2026-03-04", "date_source": "article"},
           "text": "وأمام الاتفاقية الآن فترة 60 يوما قبل أن تدخل حيز التنفيذ."}
    assert _run_up([row]) == "2026-05"
