"""Round 34's last read of the treaty readers (issue 15): a walkout told with a partitive «عدد من» before the
session left, in sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.by) for s in t.steps])
            for t in found]


def test_some_deputies_walking_out_of_a_session_withdraw_from_no_agreement(tmp_path):
    # "عدد من نواب": the "من" of who walked out; the one of what they left comes after, a session
    found = processed_treaties(tmp_path, [
        ("w1", "2026-05-12", "صحيفة", "أقر مجلس النواب الأردني أمس اتفاقية النقل البري مع العراق، وانسحب عدد من "
                                      "أعضاء الكتلة النيابية من القاعة رفضا لبنودها."),
    ])
    kinds = {s.kind for t in found for s in t.steps if s.modality == "done"}
    assert "withdrawn" not in kinds and "ratified" in kinds, _show(found)


def test_some_states_leaving_an_agreement_still_withdraw(tmp_path):
    # (a near miss: what the group left is the agreement itself)
    found = processed_treaties(tmp_path, [
        ("w2", "2026-05-12", "صحيفة", "انسحب عدد من الدول الأفريقية أمس من اتفاقية حماية الغابات المطيرة."),
    ])
    assert any(s.kind == "withdrawn" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_an_entry_into_force_a_deposit_told_in_its_own_clause_brings_about_is_taken(tmp_path):
    # the need is told in a clause before, the deposit that meets it in a clause of its own
    found = processed_treaties(tmp_path, [
        ("f1", "2026-06-03", "صحيفة", "وكانت معاهدة حماية الأراضي الرطبة بحاجة إلى مصادقة عشر دول، وقد أودعت مالي "
                                      "أمس وثيقة تصديقها العاشرة لدى الأمانة لتدخل المعاهدة حيز النفاذ."),
        ("f2", "2026-06-03", "صحيفة", "كانت اتفاقية صون الطيور المهاجرة تحتاج إلى سبع مصادقات، وأودعت النيجر أمس "
                                      "وثيقة تصديقها السابعة لتدخل الاتفاقية حيز النفاذ."),
    ])
    forces = [s.modality for t in found for s in t.steps if s.kind == "in_force"]
    assert forces and all(m == "done" for m in forces), _show(found)


def test_a_need_told_with_an_aside_is_still_what_the_entry_into_force_waits_for(tmp_path):
    # (a near miss: the commas of an aside inside the need's own clause)
    found = processed_treaties(tmp_path, [
        ("f3", "2026-06-03", "صحيفة", "صادقت بنين أمس على معاهدة حماية الأراضي الرطبة، وتحتاج المعاهدة، وفق نصها، "
                                      "إلى عشر مصادقات لتدخل حيز النفاذ."),
    ])
    assert not any(s.kind == "in_force" and s.modality == "done" for t in found for s in t.steps), _show(found)
