"""Issue 15, events22: strikes a force's statement counts in the passive are the force's own ("قال الجيش في بيان إن
12 غارة نفذت ..."), and the targeting verb that goes on from them too, while a monitor's statement of the same
words names no attacker; a list of targets ending with "لـ X" was X's; the antecedent of "الذي وجهت له المحكمة
اتهامات" is the accused, the court the accuser; "التزم الصمت/الحذر" keeps a stance and promises nothing.
All on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import events, make_doc

_ARMY = [("الجيش الأمريكي", "ORG", "USArmy"), ("الموصل", "LOC", "Mosul"), ("داعش", "ORG", "ISIS"),
         ("العراق", "LOC", "Iraq")]


def _of(doc, typ: str) -> list[tuple]:
    return [(a, r) for t, a, r in events(doc) if t == typ]


# -- strikes told in a force's statement --------------------------------------------------------------------------

def test_strikes_a_forces_statement_tells_in_the_passive_are_its_own() -> None:
    doc = make_doc("وقال الجيش الأمريكي في بيان إن 12 غارة جوية نفذت قرب الموصل، استهدفت مواقع ومخازن أسلحة لتنظيم "
                   "داعش في العراق.", _ARMY)
    assert _of(doc, "ASSAULT") and all(a == "USArmy" for a, _r in _of(doc, "ASSAULT"))
    assert all(r == "ISIS" for _a, r in _of(doc, "ASSAULT"))


def test_the_name_inside_the_command_that_speaks_is_the_attacker() -> None:
    doc = make_doc("وقالت قيادة قوات التحالف في بيان إن ثماني ضربات جوية نفذت قرب الرقة، كما نفذت ثلاث ضربات قرب "
                   "تل أبيض.",
                   [("قوات التحالف", "ORG", "Coalition"), ("الرقة", "LOC", "Raqqa"), ("تل أبيض", "LOC", "TalAbyad")])
    found = _of(doc, "ASSAULT")
    assert len(found) == 2 and all(a == "Coalition" for a, _r in found)


def test_a_monitors_statement_of_strikes_names_no_attacker() -> None:
    doc = make_doc("وقال المرصد في بيان إن 12 غارة جوية نفذت قرب الموصل أمس.",
                   [("المرصد", "ORG", "Observatory"), ("الموصل", "LOC", "Mosul")])
    assert all(a is None for a, _r in _of(doc, "ASSAULT"))


def test_a_list_of_targets_ending_with_whose_they_were_names_the_target() -> None:
    doc = make_doc("وقال الجيش الأمريكي في بيان إن ست غارات نفذت قرب الموصل، استهدفت تجمعات وجسرا ونقاط تفتيش ومخزنا "
                   "للذخيرة لتنظيم داعش في العراق.", _ARMY)
    assert [r for _a, r in _of(doc, "ASSAULT")][-1] == "ISIS"


# -- the accused of a relative clause ------------------------------------------------------------------------------

def test_the_antecedent_of_a_charge_brought_against_him_is_the_accused() -> None:
    doc = make_doc("وقال المتحدث إن الوزير السابق فلان الفلاني الذي وجهت له النيابة العامة اتهامات بالفساد يعتزم "
                   "مغادرة البلاد.", [("فلان الفلاني", "PER", "F"), ("النيابة العامة", "ORG", "Prosecution")])
    assert _of(doc, "ACCUSE") == [("Prosecution", "F")]


def test_a_charge_brought_with_no_relative_keeps_its_subject() -> None:
    doc = make_doc("ووجهت المحكمة العليا إلى فلان الفلاني اتهامات بالرشوة.",
                   [("فلان الفلاني", "PER", "F"), ("المحكمة العليا", "ORG", "Court")])
    assert [a for a, _r in _of(doc, "ACCUSE")] == ["Court"]


# -- keeping silent is no pledge -----------------------------------------------------------------------------------

def test_keeping_silent_or_cautious_is_no_pledge() -> None:
    assert _of(make_doc("والتزمت الحكومة الصمت إزاء هذه التقارير.", [("الحكومة", "ORG", "Gov")]), "AGREE") == []
    assert _of(make_doc("والتزم الرئيس الحذر في تصريحاته أمس.", []), "AGREE") == []


def test_committing_to_pay_is_still_a_pledge() -> None:
    assert _of(make_doc("والتزمت الحكومة بدفع الرواتب للموظفين.", [("الحكومة", "ORG", "Gov")]), "AGREE") \
        == [("Gov", None)]


# -- fire from a named force ---------------------------------------------------------------------------------------

def test_fire_from_a_named_force_is_the_forces_attack() -> None:
    doc = make_doc("وقتل مدنيان في إطلاق نار من الجيش الأوكراني في دونيتسك.",
                   [("الجيش الأوكراني", "ORG", "UkrArmy"), ("دونيتسك", "LOC", "Donetsk")])
    assert [a for a, _r in _of(doc, "ASSAULT")] == ["UkrArmy"]


def test_fire_from_a_place_names_no_attacker() -> None:
    doc = make_doc("وقتل مدنيان في إطلاق نار من سيارة مسرعة في دونيتسك.", [("دونيتسك", "LOC", "Donetsk")])
    assert all(a is None for a, _r in _of(doc, "ASSAULT"))



def test_a_quoted_group_at_the_end_of_a_list_of_targets_was_hit() -> None:
    doc = make_doc("وقال الجيش الأمريكي في بيان إن 12 غارة جوية نفذت قرب الموصل، استهدفت تجمعات وجسورا ونقاط تفتيش "
                   "ومركزا للتدريب لتنظيم « داعش » في العراق.", _ARMY)
    assert _of(doc, "ASSAULT")[-1] == ("USArmy", "ISIS")
