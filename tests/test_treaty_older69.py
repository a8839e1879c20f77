"""The same pair's older agreement, recalled by its year beside a new one of a name that agrees (issue 15): a record
of its own when the new one takes effect in its place, not steps of the new one's record; a replacement is done when
the new agreement takes effect, to come when it is only signed."""

from __future__ import annotations

from conftest import processed_treaties

from marsad.nlp.events.treaty_life import name_words

# A new land transport agreement of Jordan and Iraq signed in February, in force in June in place of their 1988 one.
REPORTS = [
    ("o1", "2026-02-10", "وكالة أ",
     "وقع وزيرا النقل في الأردن والعراق أمس الاثنين في عمان اتفاقية النقل البري والعبور بين البلدين. "
     "وقال الوزير الأردني إن الاتفاقية الجديدة ستحل عند دخولها حيز التنفيذ محل اتفاقية النقل البري الموقعة "
     "بين البلدين في بغداد في الثالث من آذار 1988."),
    ("o2", "2026-06-02", "صحيفة ب",
     "دخلت اتفاقية النقل البري والعبور بين الأردن والعراق حيز التنفيذ أمس الاثنين، الأول من حزيران 2026، لتحل "
     "محل اتفاقية النقل البري الموقعة بين البلدين عام 1988، بحسب بيان لوزارة النقل الأردنية."),
]


def _by_year(found, year: str):
    return [t for t in found if any((s.date or "").startswith(year) for s in t.steps)]


def test_an_older_agreement_replaced_by_a_new_one_of_the_same_pair_is_a_record_of_its_own(tmp_path):
    found = processed_treaties(tmp_path, REPORTS, include_all=False)  # (the listing a user sees)
    new = [t for t in found if name_words("اتفاقية النقل البري والعبور") <= name_words(t.name)]
    assert len(new) == 1, [(t.name, t.steps) for t in found]
    # the new one's record holds its own steps only: not the 1988 signing, not the old one's replacement
    assert {s.kind for s in new[0].steps if s.modality == "done"} == {"signed", "in_force"}, new[0].steps
    assert not any((s.date or "").startswith("1988") for s in new[0].steps)
    [old] = _by_year(found, "1988")
    assert old is not new[0] and "1988" in old.name, old.name
    assert {p.get("name_en") for p in old.parties} == {"Jordan", "Iraq"}, old.parties
    replaced = [s for s in old.steps if s.kind == "replaced" and s.modality == "done"]
    assert [s.date for s in replaced] == ["2026-06-01"], old.steps  # the day the new one took effect
    assert replaced[0].agreement == {"name": new[0].name, "id": new[0].id}


def test_a_replacement_told_at_the_signing_is_to_come_and_lists_no_old_record(tmp_path):
    found = processed_treaties(tmp_path, [REPORTS[0]], include_all=False)
    assert not _by_year(found, "1988"), [(t.name, t.steps) for t in found]  # recalled, not news of it
    (tmp_path / "all").mkdir()
    every = processed_treaties(tmp_path / "all", [REPORTS[0]])
    replaced = [s for t in every for s in t.steps if s.kind == "replaced"]
    assert replaced and all(s.modality == "expected" for s in replaced), replaced


def test_a_replacement_whose_subject_comes_before_its_verb_is_read(tmp_path):
    found = processed_treaties(tmp_path, [
        ("s1", "2026-08-04", "صحيفة",
         "دخلت اتفاقية الخدمات الجوية بين تونس ومالطا حيز التنفيذ في الأول من آب 2026. وأوضحت الوزارة أن "
         "الاتفاقية الجديدة حلت من التاريخ ذاته محل اتفاقية النقل الجوي الموقعة بين البلدين عام 1979."),
    ])
    replaced = [(t.name, s) for t in found for s in t.steps if s.kind == "replaced"]
    assert replaced, [(t.name, t.steps) for t in found]
    name, step = replaced[0]
    assert step.modality == "done" and step.date == "2026-08-01", step  # "من التاريخ ذاته": the day it took effect
    assert name_words("اتفاقية النقل الجوي") <= name_words(name), name



def test_an_agreement_named_by_its_number_of_sides_is_the_one_those_sides_signed(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q1", "2026-05-11", "وكالة أ", "وقعت مصر والأردن والعراق ولبنان أمس في عمان اتفاقية الربط الكهربائي المشترك."),
        ("q2", "2026-08-20", "صحيفة ب", "صادق مجلس النواب الأردني أمس على الاتفاق الرباعي الموقع مع مصر والعراق ولبنان "
                                        "في أيار الماضي."),
        ("q3", "2026-09-16", "صحيفة ج", "صادق مجلس النواب العراقي أمس على الاتفاق الرباعي مع مصر والأردن ولبنان."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.aliases, t.steps) for t in found]
    [grid] = found
    assert name_words("اتفاقية الربط الكهربائي") <= name_words(grid.name) and "الاتفاق الرباعي" in grid.aliases
    assert {"signed", "ratified"} <= {s.kind for s in grid.steps if s.modality == "done"}, grid.steps
    # the four that signed it are its sides
    assert {p.get("name_en") for p in grid.parties} == {"Egypt", "Jordan", "Iraq", "Lebanon"}, grid.parties


def test_a_second_agreement_right_after_the_first_ones_whole_name_is_signed_too(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c1", "2026-02-25", "وكالة", "وقعت الأرجنتين والأردن، أمس الثلاثاء في عمان، معاهدة تسليم المجرمين "
                                      "واتفاقية النقل البحري التجاري."),
        ("c2", "2026-03-02", "صحيفة", "شهد الرئيسان أمس توقيع اتفاقية التعاون الزراعي بين حكومة جمهورية تونس وحكومة "
                                      "جمهورية السنغال، واتفاقية التعاون في مجال الصيد البحري بين البلدين."),
    ], include_all=False)
    signed = {" ".join(sorted(name_words(t.name))) for t in found for s in t.steps if s.kind == "signed"}
    for name in ("معاهدة تسليم المجرمين", "اتفاقية النقل البحري التجاري", "اتفاقية التعاون الزراعي",
                 "اتفاقية التعاون في مجال الصيد البحري"):
        assert " ".join(sorted(name_words(name))) in signed, (name, [(t.name, t.steps) for t in found])


def test_a_field_told_by_its_noun_or_its_adjective_is_one_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h1", "2026-03-02", "وكالة", "وقع وزيرا الصحة في الأردن وتونس أمس في عمان اتفاقية التعاون في مجال الصحة "
                                      "بين البلدين."),
        ("h2", "2026-06-10", "صحيفة", "صادق مجلس النواب الأردني أمس على اتفاقية التعاون الصحي مع تونس."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.steps) for t in found]
    assert {"signed", "ratified"} <= {s.kind for s in found[0].steps if s.modality == "done"}, found[0].steps
