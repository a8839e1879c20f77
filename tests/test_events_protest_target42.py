"""Issue 15, events42: a protest's target is what or whom the protesters are against.

* "احتجاجا على X", "تظاهروا ضد X", "تنديدا بـ X", "رفضا لـ X": X a party → that party;
* X an act → the act's author: a nationality ("الغارات الإسرائيلية"), a genitive of a noun whose genitive is its
  author ("سياسة الحكومة"), the doer of a relative clause ("القصف الذي تشنه قوات النظام");
* the one the act is done to ("احتجاجا على اعتقال فلان", "ضد محاربة التنظيم") is no target, nor the place;
* no target when the sentence tells none.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _targets(text: str, mentions: list[tuple], opt: CoderOptions = _ALL) -> list[str | None]:
    return [party_name(e["recipient"]) or None for e in coded(make_doc(text, mentions), "PROTEST", opt)]


def test_a_protest_against_strikes_targets_their_author_by_nationality() -> None:
    found = _targets("وتظاهر مئات الطلاب في مدينة أربيل أمس احتجاجا على الغارات الإيرانية على القرى الحدودية.",
                     [("أربيل", "LOC", "Erbil")])
    assert found and found[0] == "Iran"


def test_a_protest_against_a_partys_policy_targets_the_party() -> None:
    found = _targets("واعتصم عشرات المزارعين أمام البرلمان احتجاجا على سياسة اليابان في الصيد.",
                     [("اليابان", "LOC", "Japan")])
    assert found and found[0] == "Japan"


def test_a_protest_against_the_victims_arrest_has_no_target_in_the_victim() -> None:
    found = _targets("وتظاهر المئات في العاصمة احتجاجا على اعتقال الناشط أحمد الزين.",
                     [("أحمد الزين", "PER", "Ahmad Zein")])
    assert found and found[0] is None


def test_a_protest_against_a_war_on_a_group_does_not_target_the_group() -> None:
    found = _targets("وخرجت مظاهرات ضد محاربة جبهة التحرير في الجنوب.",
                     [("جبهة التحرير", "ORG", "Liberation Front")])
    assert found and found[0] is None


def test_the_doer_of_a_relative_clause_is_the_target() -> None:
    found = _targets("وتظاهر الآلاف في لندن تنديدا بالقصف الذي تشنه قوات النظام الروسي على المدن.",
                     [("لندن", "LOC", "London")])
    assert found and found[0] == "Russia"


def test_a_party_after_against_is_the_target() -> None:
    found = _targets("وتظاهر مئات الطلاب في روما ضد الحكومة الكندية.",
                     [("روما", "LOC", "Rome")])
    assert found and found[0] == "Canada"


def test_a_government_named_for_its_leader_is_the_leader() -> None:
    found = _targets("وخرجت مسيرات حاشدة ضد حكومة رئيس الوزراء كمال دياب في العاصمة.",
                     [("كمال دياب", "PER", "Kamal Diab")])
    assert found and found[0] == "Kamal Diab"


def test_a_common_noun_party_after_an_act_noun_is_the_target() -> None:
    found = _targets("وخرجت مسيرات غاضبة احتجاجا على قرارات الحكومة بشأن الوقود.", [])
    assert found and found[0] == "الحكومة"


def test_a_plural_nationality_names_the_author() -> None:
    found = _targets("وتظاهر مئات الطلاب أمس، احتجاجا على اعتداءات جنود أمريكيين على سكان القرية.", [])
    assert found and found[0] == "United States"


def test_the_one_another_act_hits_is_not_the_target() -> None:
    # the detector scores this protest told as an arrest's background under 0.7 of its threshold, where the coder
    # keeps no protest since events45: kept here as it was before (0.3 of it), the target is what is tested
    found = _targets("وأوقفت الشرطة عشرات الشبان بعد احتجاجات في ذكرى إطلاق حارس النار على سامي كريم.",
                     [("سامي كريم", "PER", "Sami Karim")], CoderOptions(shown_filter=False, detect_weak_by_type={}))
    assert found and found[0] is None


def test_the_place_of_the_protest_is_not_its_target() -> None:
    found = _targets("وتظاهر مئات العمال في القاهرة أمس.",
                     [("القاهرة", "LOC", "Cairo")])
    assert found and all(t is None for t in found)


def test_a_nationality_of_the_next_line_is_not_the_target() -> None:
    # a line ending with no full stop: the next line's first word is no adjective of this one's government
    found = _targets("وتظاهر آلاف العمال في مدريد ضد الحكومة\nإيرانيون يحتفلون بعيد النوروز في شيراز.",
                     [("مدريد", "LOC", "Madrid")])
    assert found and found[0] != "Iran"
    found = _targets("وتظاهر آلاف العمال في مدريد ضد الحكومة\nالإيرانية تعلن موعد الانتخابات.",
                     [("مدريد", "LOC", "Madrid")])
    assert found and found[0] != "Iran"


def test_the_victims_nationality_is_not_the_target() -> None:
    found = _targets("وتظاهر مئات الطلاب أمس، احتجاجا على اعتقال الصحفيين الأمريكيين في العاصمة.", [])
    assert found and found[0] is None


def test_soldiers_named_by_nationality_after_a_crime_name_the_state() -> None:
    found = _targets("ونظم مئات المحامين وقفة أمس احتجاجا على جريمة هدم جنود بريطانيين لمنزل مزارع.", [])
    assert found and found[0] == "United Kingdom"


def test_a_foreign_force_whose_presence_is_protested_names_its_state() -> None:
    found = _targets("واستمرت المظاهرات ضد وجود القوات الفرنسية في المدينة.", [])
    assert found and found[0] == "France"


def test_a_named_official_whose_measures_are_protested_is_the_target() -> None:
    found = _targets("وتظاهر مئات السكان احتجاجا على قرارات المحافظ الجديد سالم العتيبي بشأن الأسواق.",
                     [("سالم العتيبي", "PER", "Salem Otaibi")])
    assert found and found[0] == "Salem Otaibi"


def test_a_word_of_manner_before_what_is_protested_is_read_past() -> None:
    found = _targets("وتظاهر مئات الطلاب أمس تنديدا بشدة بالغارات الإيرانية على القرى الحدودية.", [])
    assert found and found[0] == "Iran"
