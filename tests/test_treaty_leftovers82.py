"""Leftovers of round 38's review of the treaty records (treaties82, issue 15): agreements signed "with each of"
several states split into one record per pair that share nothing and hold only their own states' steps; a
cooperative is no cooperation.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties

_EACH = "وقّعت مصر اليوم في القاهرة اتفاقيات ثنائية مع كل من تشاد ومالي لتنظيم نقل البضائع بالشاحنات."


def _pairs(found) -> dict:
    return {tuple(p.get("name_en") for p in t.parties): t for t in found if len(t.parties) == 2}


def test_the_pairs_of_agreements_signed_with_each_state_share_no_list_and_no_step(tmp_path):
    found = processed_treaties(tmp_path, [("e1", "2026-04-08", "صحيفة أ", _EACH)], include_all=False)
    pairs = _pairs(found)
    chad, mali = pairs[("Egypt", "Chad")], pairs[("Egypt", "Mali")]
    assert chad.steps is not mali.steps and chad.sources is not mali.sources
    assert not {id(s) for s in chad.steps} & {id(s) for s in mali.steps}


def test_a_step_one_state_took_alone_stays_with_its_own_pair(tmp_path):
    # Chad's parliament ratifies its agreement with Egypt: not Mali's
    found = processed_treaties(tmp_path, [
        ("e1", "2026-04-08", "صحيفة أ", _EACH),
        ("e2", "2026-04-20", "صحيفة ب", "صادق برلمان تشاد اليوم على الاتفاقيات الثنائية لنقل البضائع بالشاحنات "
                                       "التي وقعتها مع مصر."),
    ], include_all=False)
    pairs = _pairs(found)
    assert [s.kind for s in pairs[("Egypt", "Chad")].steps] == ["signed", "ratified"]
    assert [s.kind for s in pairs[("Egypt", "Mali")].steps] == ["signed"]


def test_the_state_that_signs_with_each_is_the_one_the_list_does_not_name(tmp_path):
    # the city of the signing (Chad's capital) comes first in the sentence; Egypt signs with each
    found = processed_treaties(tmp_path, [
        ("e3", "2026-04-08", "صحيفة أ", "وقّعت في نجامينا اليوم اتفاقيات ثنائية مع كل من تشاد ومالي وزيرة النقل "
                                       "المصرية."),
    ], include_all=False)
    assert sorted(_pairs(found)) == [("Egypt", "Chad"), ("Egypt", "Mali")], sorted(_pairs(found))


def test_a_cooperative_society_is_no_field_of_cooperation():
    from marsad.nlp.events.treaties import clause_kinds

    assert clause_kinds("وقعت الجمعية التعاونية التجارية اتفاقية مع البلدية لتأجير المحلات.") == []
    assert clause_kinds("وتنص الاتفاقية على التعاون التجاري بين البلدين.") == [("cooperation", "trade")]


def test_some_days_ago_in_the_clause_of_another_event_does_not_date_the_signing_before_the_report(tmp_path):
    # the talks were days ago; the signing is the report's news
    found = processed_treaties(tmp_path, [
        ("v1", "2026-04-08", "صحيفة أ", "وقعت مصر وتونس اتفاقية بعد أن تفاوضتا قبل أيام في القاهرة."),
        ("v2", "2026-04-08", "صحيفة ب", "وقعت الأردن وليبيا قبل أيام اتفاقية الربط الكهربائي."),
    ], include_all=True)
    signed = {p.get("name_en"): [(s.date, s.date_source) for s in t.steps if s.kind == "signed"]
              for t in found for p in t.parties[:1]}
    assert signed["Egypt"] == [("2026-04-08", "article")], signed
    assert signed["Jordan"] == [("2026-04-08", "before")], signed
