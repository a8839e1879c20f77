"""Treaty steps missed across the blind sets of rounds 30-37 (issue 15, treaties78).  Sentences written for these
tests (own Arabic; facts only from no report)."""

from __future__ import annotations

from conftest import processed_treaties


def _takers(found, kind: str = "ratified") -> list:
    return [(t.name, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps
            if s.kind == kind and s.modality == "done"]


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.by) for s in t.steps])
            for t in found]


# A house whose name one state alone gives it, in a report with no dateline, on an agreement named by its other
# side alone: the vote is that state's, and that state is a party.
ONE_STATE_HOUSES = [
    ("h1", "2026-05-07", "صحيفة الهضاب",
     "صادق نواب المجلس الشعبي الوطني أمس في جلسة علنية على مشروع القانون المتضمن الموافقة على اتفاقية التعاون "
     "في مجال الصيد البحري مع جمهورية موريتانيا."),
    ("h2", "2026-05-21", "صحيفة قرطاج",
     "صادق المجلس الوطني للجهات والأقاليم في جلسته العامة أمس الأربعاء على مشروع القانون المتعلق بالموافقة على "
     "اتفاقية النقل الدولي للبضائع مع جمهورية مالطا."),
    ("h3", "2026-05-21", "صحيفة البتراء",
     "وافق مجلس الأعيان في جلسته أمس على مشروع قانون تصديق اتفاقية التعاون السياحي مع جمهورية قبرص."),
]


def test_a_house_one_state_alone_names_so_ratifies_for_that_state(tmp_path):
    found = processed_treaties(tmp_path, ONE_STATE_HOUSES)
    takers = dict(_takers(found))
    assert sorted(takers.values()) == ["Algeria", "Jordan", "Tunisia"], takers
    fish = next(t for t in found if "الصيد البحري" in t.name)
    assert {p.get("name_en") for p in fish.parties} == {"Algeria", "Mauritania"}


def test_a_house_many_states_name_so_is_not_guessed(tmp_path):
    # near miss: "مجلس النواب" is the house of many states; with no dateline and one side named, no state is told
    found = processed_treaties(tmp_path, [
        ("n1", "2026-05-07", "صحيفة", "صادق مجلس النواب أمس على مشروع قانون تصديق اتفاقية التعاون السياحي مع "
                                      "جمهورية قبرص."),
    ])
    assert [c for _n, c in _takers(found)] == [None], _show(found)
