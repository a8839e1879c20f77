"""Round 33's real-news causes, second part (issue 15; SaudiNewsNet 2015-08-09..11): records named by a bare noun
only ("الاتفاقية", "اتفاقا"), and an agreement made («عقدت اتفاقيات») read as negotiated because talks are named in
its sentence.  Sentences written for these tests; near misses keep what they had."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date) for s in t.steps])
            for t in found]


# -- 1. a bare noun is no name: the record is named by its parties and fields, or said to be unnamed --------------

def test_a_bare_noun_record_is_named_by_its_parties_and_fields(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n1", "2026-05-04", "صحيفة", "أفاد مصدر مطلع بتوقيع اتفاقية بين الأردن وتونس، تشمل التعاون في مجالات "
                                      "السياحة والصحة."),
    ])
    names = [t.name for t in found if {"Jordan", "Tunisia"} <= {p.get("name_en") for p in t.parties}]
    assert names == ["اتفاقية بين الأردن وتونس للتعاون في السياحة والصحة"], _show(found)


def test_a_bare_noun_record_is_named_by_what_it_is_for(tmp_path):
    # the verbal noun of purpose right after the noun ("لتشجيع الاستثمار المتبادل") is its subject
    found = processed_treaties(tmp_path, [
        ("n4", "2026-05-04", "صحيفة", "ووقعت مصر والأردن أمس اتفاقية لتشجيع الاستثمار المتبادل في عمان."),
    ])
    assert [t.name for t in found] == ["اتفاقية لتشجيع الاستثمار المتبادل"], _show(found)  # (its parties beside it)


def test_a_pronoun_after_the_noun_is_no_subject(tmp_path):
    # near miss: "لها أهمية" (it has weight) tells nothing it is for: the parties name it
    found = processed_treaties(tmp_path, [
        ("n5", "2026-05-04", "صحيفة", "ووقعت قطر وعمان أمس اتفاقية لها أهمية كبيرة في الدوحة."),
    ])
    assert [t.name for t in found] == ["اتفاقية بين قطر وعُمان"], _show(found)


def test_a_bare_noun_record_with_no_parties_says_it_is_unnamed(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n2", "2026-05-04", "صحيفة", "وأعلنت الحكومة أن الاتفاق سيعزز فرص العمل في المنطقة، وقال الوزير إن "
                                      "الاتفاق وقع أمس."),
    ])
    assert found and all(t.name == "اتفاق (بلا اسم في التقارير)" for t in found), _show(found)


def test_a_named_record_keeps_its_name(tmp_path):
    # near miss: a name of its own ("اتفاقية النقل البحري") is not rewritten from its parties
    found = processed_treaties(tmp_path, [
        ("n3", "2026-05-04", "صحيفة", "وقعت مصر واليونان أمس اتفاقية النقل البحري في أثينا."),
    ])
    assert [t.name for t in found] == ["اتفاقية النقل البحري"], _show(found)


# -- 4. «عقدت اتفاقيات» is made (concluded), not negotiated ---------------------------------------------------------

def test_agreements_made_on_the_sidelines_of_talks_are_concluded_not_negotiated(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-05-04", "صحيفة", "وتقول المعارضة إن البرتغال عقدت اتفاقيات دفاعية مع المغرب على هامش "
                                      "مفاوضاتها التجارية مع إسبانيا."),
    ])
    kinds = {s.kind for t in found for s in t.steps if s.modality == "done"}
    assert kinds == {"concluded"}, _show(found)


def test_talks_held_on_an_agreement_stay_negotiated(tmp_path):
    # near miss: talks that are the step itself, not the occasion of another
    found = processed_treaties(tmp_path, [
        ("m2", "2026-05-04", "صحيفة", "وأجرى وفدا البلدين أمس مفاوضات حول اتفاقية التجارة الحرة بين الأردن وتونس."),
    ])
    kinds = {s.kind for t in found for s in t.steps}
    assert "negotiated" in kinds, _show(found)


# -- 3. initialling past a subject that holds «بينها» ---------------------------------------------------------------

def test_an_initialling_past_a_subject_with_among_them_is_concluded_on_its_day(tmp_path):
    # "بينها" (among them) in the subject is no object of the verb: the agreement after the place is
    found = processed_treaties(tmp_path, [
        ("i1", "2026-05-04", "صحيفة", "وفي 9 مارس الماضي، وقعت فصائل يمنية عدة بينها حزبان كبيران بالأحرف الأولى "
                                      "في مسقط اتفاق «سلام وتنمية» ينهي سنوات من الخلاف."),
    ])
    steps = [(s.kind, s.date) for t in found for s in t.steps if s.modality == "done"]
    assert steps == [("concluded", "2026-03-09")], _show(found)


def test_a_signing_by_several_states_among_them_two_named_stays_signed(tmp_path):
    # near miss: «منها» in the subject, no initialling: signed on the day before the report
    found = processed_treaties(tmp_path, [
        ("i2", "2026-05-04", "صحيفة", "وقعت دول عدة منها مصر والأردن أمس في عمان اتفاقية «سلام وتنمية»."),
    ])
    steps = [(s.kind, s.date) for t in found for s in t.steps if s.modality == "done"]
    assert steps == [("signed", "2026-05-03")], _show(found)


def test_the_noun_aqd_before_an_agreement_is_no_step(tmp_path):
    # near miss: "عقد" as a noun ("تشمل الخطة عقد اتفاقية", "بعد عقد الاتفاق") is a contract or the act, not a step told
    found = processed_treaties(tmp_path, [
        ("m3", "2026-05-04", "صحيفة", "وتشمل الخطة عقد اتفاقية لصيانة الطرق السريعة في المحافظة."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "concluded"], _show(found)
