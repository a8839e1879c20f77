"""Review of round 33's bare-noun names (rev-treaties65): a name Marsad shows for a record its reports call by a bare
noun only is what they say of this agreement — its purpose right after its own noun, its two sides, the fields its own
sentences give it — never a minister's portfolio, a body's name or another agreement's words; and «عقد» makes an
agreement only as "concluded" (not "complicated", not "held a meeting").  Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(c.kind, c.area) for c in t.clauses],
             [(s.kind, s.modality, s.date) for s in t.steps]) for t in found]


def _names(found) -> list:
    return sorted(t.name for t in found)


# -- 1, 2. fields: only those told of this agreement -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a minister's portfolio
    "أبرمت لبنان وقبرص أمس اتفاقية في نيقوسيا، ووقعها من الجانب اللبناني وزير الزراعة ومن الجانب القبرصي وزيرة "
    "التعليم، وشدد الطرفان على توسيع التعاون.",
    # a body that attended
    "أبرمت لبنان وقبرص أمس اتفاقية في نيقوسيا حضرها مندوب منظمة الصحة العالمية، ضمن مسار التعاون بين البلدين.",
])
def test_a_portfolio_or_a_body_is_no_field_of_the_agreement(tmp_path, text):
    found = processed_treaties(tmp_path, [("p1", "2026-05-04", "صحيفة", text)])
    assert [t.name for t in found] == ["اتفاقية بين لبنان وقبرص"], _show(found)


def test_fields_of_another_agreement_are_not_the_bare_ones(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p2", "2026-05-04", "صحيفة", "أبرمت اليونان وقبرص أمس اتفاقية في أثينا. وللبلدين منذ عامين اتفاقية الطيران "
                                      "المدني التي تنص على التعاون في مجالي السياحة والتجارة."),
    ])
    bare = [t.name for t in found if {p.get("name_en") for p in t.parties} == {"Greece", "Cyprus"}]
    assert bare == ["اتفاقية بين اليونان وقبرص"], _show(found)


def test_fields_told_of_the_agreement_itself_stay_in_its_name(tmp_path):
    # near miss: "تشمل التعاون في مجالي الزراعة والسياحة" is said of this agreement, in its own sentence (in the
    # order the report gives)
    found = processed_treaties(tmp_path, [
        ("p3", "2026-05-04", "صحيفة", "أبرمت لبنان وقبرص أمس اتفاقية تشمل التعاون في مجالي الزراعة والسياحة."),
    ])
    assert [t.name for t in found] == ["اتفاقية بين لبنان وقبرص للتعاون في الزراعة والسياحة"], _show(found)


def test_a_purpose_says_more_than_fields(tmp_path):
    # (untested before) a purpose and a field in one record: the purpose names it, the field is left out
    found = processed_treaties(tmp_path, [
        ("p4", "2026-05-04", "صحيفة", "أبرمت لبنان وقبرص أمس اتفاقية لتنظيم العمالة الموسمية، تشمل التعاون في "
                                      "مجال السياحة."),
    ])
    assert [t.name for t in found] == ["اتفاقية لتنظيم العمالة الموسمية"], _show(found)


# -- 3. the purpose of the record's own noun, not of another noun in the sentence ----------------------------------

def test_the_purpose_of_another_agreement_in_the_sentence_is_not_taken(tmp_path):
    found = processed_treaties(tmp_path, [
        ("s1", "2026-05-04", "صحيفة", "أبرمت تونس وليبيا أمس اتفاقية في طرابلس، بعد أن انتهت اتفاقية لتوريد الكهرباء "
                                      "الليبية قبل عام."),
    ])
    assert [t.name for t in found if t.parties] == ["اتفاقية بين تونس وليبيا"], _show(found)


# -- 4. the purpose stops where its noun phrase does -----------------------------------------------------------------

# (since treaties95 a purpose right after an indefinite noun is read as the agreement's name, as the text writes it and
# as the writers' golds give it, «اتفاقية لتجنب الازدواج الضريبي»: the listing shows its parties beside it, so no
# "بين X وY" is added to it as to a bare noun's description)
@pytest.mark.parametrize("text, name", [
    ("أبرمت السنغال وموريتانيا اتفاقية لتقاسم الثروة السمكية الشهر الماضي في نواكشوط.",
     "اتفاقية لتقاسم الثروة السمكية"),
    ("أبرمت لبنان وقبرص أمس اتفاقية لتنظيم العمالة الموسمية التي تعمل في البلدين.",
     "اتفاقية لتنظيم العمالة الموسمية"),
    ("أبرمت الأردن والعراق أمس اتفاقية لتصدير الكهرباء الأردنية إلى العراق.",
     "اتفاقية لتصدير الكهرباء الأردنية"),
])
def test_a_purpose_stops_at_a_time_phrase_a_relative_or_ila(tmp_path, text, name):
    found = processed_treaties(tmp_path, [("t1", "2026-05-04", "صحيفة", text)])
    assert [t.name for t in found] == [name], _show(found)


def test_a_comma_after_the_noun_ends_the_purpose(tmp_path):
    # (untested before) "اتفاقية، لتطوير ..." is no purpose right after the noun
    found = processed_treaties(tmp_path, [
        ("t2", "2026-05-04", "صحيفة", "أبرمت لبنان وقبرص أمس اتفاقية، لتطوير الموانئ خطة أخرى تناقش لاحقا."),
    ])
    assert [t.name for t in found] == ["اتفاقية بين لبنان وقبرص"], _show(found)


# -- 5. a verbal noun of purpose, not a verb nor an adverb -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("أبرمت قطر والكويت أمس الاتفاقية لتنطلق المشاريع المشتركة العام المقبل.", "اتفاقية بين قطر والكويت"),
    ("أبرمت قطر والكويت الاتفاقية لاحقا الليلة الماضية في الدوحة.", "اتفاقية بين قطر والكويت"),
    ("أبرمت الجزائر وإيطاليا أمس اتفاقية لبيع الغاز الجزائري مدة عشر سنوات.",
     "اتفاقية لبيع الغاز الجزائري"),
])
def test_a_purpose_is_a_verbal_noun_not_a_verb_or_an_adverb(tmp_path, text, name):
    found = processed_treaties(tmp_path, [("v1", "2026-05-04", "صحيفة", text)])
    assert [t.name for t in found] == [name], _show(found)


# -- 6. different agreements keep different names --------------------------------------------------------------------

def test_a_word_that_tells_two_agreements_apart_stays(tmp_path):
    found = processed_treaties(tmp_path, [
        ("d1", "2026-05-04", "صحيفة", "أبرمت الأردن والعراق أمس اتفاقية في بغداد."),
        ("d2", "2026-07-20", "وكالة", "أبرمت الأردن والعراق اليوم اتفاقية جديدة في عمان، بعد شهرين من اتفاقية بغداد."),
    ])
    names = [t.name for t in found if {p.get("name_en") for p in t.parties} == {"Jordan", "Iraq"}]
    assert sorted(names) == ["اتفاقية بين الأردن والعراق", "اتفاقية جديدة بين الأردن والعراق"], _show(found)


def test_two_agreements_with_one_described_name_get_their_dates(tmp_path):
    found = processed_treaties(tmp_path, [
        ("d3", "2026-05-04", "صحيفة", "أبرمت الأردن والعراق أمس اتفاقية لتطوير التعاون الزراعي بين البلدين."),
        ("d4", "2026-08-12", "وكالة", "أبرمت الأردن والعراق أمس اتفاقية لتطوير التعاون الزراعي في عمان."),
    ])
    assert _names(found) == ["اتفاقية لتطوير التعاون الزراعي بين الأردن والعراق (2026-05-03)",
                             "اتفاقية لتطوير التعاون الزراعي بين الأردن والعراق (2026-08-11)"], _show(found)


# -- 7. the purpose most reports give, the fuller phrase, a generic one last -------------------------------------------

def test_a_shorter_telling_of_a_purpose_votes_for_the_fuller_one(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r1", "2026-05-04", "صحيفة", "أبرمت ليبيا ومالطا أمس اتفاقية لتوريد النفط الخام."),
        ("r2", "2026-05-05", "وكالة", "وقال الوزير إن الاتفاقية لتوريد النفط تسري مطلع العام، وإن ليبيا ومالطا أبرمتا "
                                      "الاتفاقية لتعزيز التعاون بين البلدين."),
    ])
    assert [t.name for t in found] == ["اتفاقية لتوريد النفط الخام"], _show(found)


# -- 8, 9. «عقدت»: an agreement made, not a meeting held nor relations complicated ------------------------------------

@pytest.mark.parametrize("text", [
    "وعقدت المعاهدة الأمنية الجديدة مفاوضات السلام بين الطرفين، كما يرى مراقبون.",
    "وعقدت معاهدة حظر الألغام اجتماعها السنوي في جنيف أمس بحضور وفود كثيرة.",
])
def test_aqadat_with_the_agreement_as_its_subject_is_no_step(tmp_path, text):
    found = processed_treaties(tmp_path, [("a1", "2026-05-04", "صحيفة", text)], include_all=True)
    assert not [s for t in found for s in t.steps if s.kind == "concluded"], _show(found)


@pytest.mark.parametrize("text, year", [
    ("وعقدت تركيا اتفاقيات سرية مع عدد من الشركات الأجنبية العام الماضي، وفق تقارير صحفية.", "2025"),
    ("وكان المغرب قد عقد اتفاقية مع إسبانيا لتزويدها بالغاز عام 2012.", "2012"),
])
def test_aqada_verb_first_and_masculine_make_an_agreement(tmp_path, text, year):
    found = processed_treaties(tmp_path, [("a2", "2026-05-04", "صحيفة", text)], include_all=True)
    made = [s.date for t in found for s in t.steps if s.kind == "concluded" and s.modality == "done"]
    assert made == [year], _show(found)


def test_aqada_after_a_named_subject_and_its_partner(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a3", "2026-05-04", "صحيفة", "وعقدت الحكومة الصومالية وقادة الأقاليم اتفاقا لتقاسم السلطة في مقديشو أمس."),
    ], include_all=True)
    made = [(s.kind, s.date) for t in found for s in t.steps if s.modality == "done"]
    assert made == [("concluded", "2026-05-03")], _show(found)


# -- 10. the accusative noun ---------------------------------------------------------------------------------------

def test_an_accusative_noun_with_its_vowel_mark_names_the_noun(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-04", "صحيفة", "أبرمت لبنان وقبرص أمس اتفاقًا في بيروت."),
    ])
    assert [t.name for t in found] == ["اتفاق بين لبنان وقبرص"], _show(found)


def test_every_field_of_cooperation_has_words_for_a_name():
    # (14) an area added to the clause patterns without its Arabic words would be left out of names unseen
    from marsad.nlp.events.treaties import _AREAS, AREA_WORDS

    assert set(AREA_WORDS) == set(_AREAS)
