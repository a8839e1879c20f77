"""Issue 15, events23: soldiers or police named by their nationality right after the attack verb, with the verb's
object after them, carried out the attack ("قتل جنود إسرائيليون شابا"): their country is the attacker. Without an
object the same words may be a passive (soldiers were killed), and a count before them makes them the dead. "قوات
الاحتلال الإسرائيلي" is one force phrase, not "قوات" and an act of occupying. All on sentences written for these
tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name

_HEBRON = [("الخليل", "LOC", "Hebron")]


def _attackers(text: str, mentions=_HEBRON) -> list[str]:
    return [party_name(d["actor"]) for d in coded(make_doc(text, mentions), "ASSAULT")]


def test_soldiers_named_by_nationality_with_an_object_are_the_attacker() -> None:
    assert _attackers("قتل جنود إسرائيليون شاباً فلسطينياً قرب مدينة الخليل مساء الخميس.") == ["Israel"]


def test_a_count_after_the_soldiers_is_whom_they_killed() -> None:
    found = _attackers("قتل جنود أمريكيون ثلاثة مسلحين في محافظة الأنبار غرب العراق.",
                       [("الأنبار", "LOC", "Anbar"), ("العراق", "LOC", "Iraq")])
    assert found == ["United States"]


def test_soldiers_with_no_object_after_them_are_not_made_the_attacker() -> None:
    # "قتل جنود إسرائيليون في الخليل": unvocalised, as often "Israeli soldiers were killed"
    assert "Israel" not in _attackers("قتل جنود إسرائيليون في مواجهات قرب مدينة الخليل مساء الخميس.")


def test_soldiers_counted_before_the_verb_object_are_the_dead_not_the_attacker() -> None:
    assert "Israel" not in _attackers("قتل ثلاثة جنود إسرائيليين في هجوم قرب مدينة الخليل مساء الخميس.")


def test_a_noun_of_killing_before_soldiers_names_the_dead() -> None:
    assert "Israel" not in _attackers("أعلنت الشرطة مقتل جنود إسرائيليين قرب مدينة الخليل مساء الخميس.")


def test_the_occupation_forces_are_one_phrase_not_bare_forces() -> None:
    assert _attackers("قتلت قوات الاحتلال الإسرائيلي شاباً في مدينة الخليل.") == ["قوات الاحتلال الإسرائيلي"]
    assert _attackers("قصفت طائرات الاحتلال الإسرائيلي منزلا في مدينة الخليل.") == ["طائرات الاحتلال الإسرائيلي"]


# -- a force that says it killed ------------------------------------------------------------------------------------

def test_a_force_that_says_it_killed_is_the_attacker() -> None:
    found = _attackers("وأكد الجيش التركي أنه قتل أكثر من مئة مسلح في غاراته على شمال العراق.",
                       [("العراق", "LOC", "Iraq")])
    assert found == ["Turkey"] or found == ["الجيش التركي"]


def test_a_ministry_that_says_it_killed_is_the_attacker() -> None:
    found = _attackers("وأعلنت وزارة الداخلية المصرية أنها قتلت خمسة مسلحين في شمال سيناء.",
                       [("وزارة الداخلية المصرية", "ORG", "EgyptInterior"), ("سيناء", "LOC", "Sinai")])
    assert found == ["EgyptInterior"]


def test_a_witness_who_says_someone_was_killed_names_no_attacker() -> None:
    found = _attackers("وقال الشاهد فلان الفلاني إنه قتل في الهجوم على السوق في بغداد.",
                       [("فلان الفلاني", "PER", "F"), ("بغداد", "LOC", "Baghdad")])
    assert "F" not in found


def test_a_force_that_says_one_of_its_own_was_killed_is_not_the_attacker() -> None:
    # no object after the verb: "أنه قتل في الاشتباكات" tells a death, not a killing by the speaker
    found = _attackers("وأعلنت وزارة الداخلية المصرية أنها فقدت ضابطا قتل في الاشتباكات في سيناء.",
                       [("وزارة الداخلية المصرية", "ORG", "EgyptInterior"), ("سيناء", "LOC", "Sinai")])
    assert "EgyptInterior" not in found


def test_the_force_that_speaks_not_the_region_after_it_is_the_attacker() -> None:
    found = _attackers("وقالت المقاومة الشعبية في محافظة البيضاء، وسط اليمن، إنها قتلت 40 عنصرا من مسلحي الحوثي.",
                       [("البيضاء", "LOC", "Bayda"), ("اليمن", "LOC", "Yemen"), ("الحوثي", "ORG", "Houthis")])
    assert "Bayda" not in found and found and found[0] == "المقاومة الشعبية"
