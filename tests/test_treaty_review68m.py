"""Review of round 34's treaty rules (issue 15), with sentences written for these tests: a list after «كل من» that
signed, not ratified; states that did not ratify another agreement; a formal title running into a clause; «عليها»
that is not a participle's."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties],
             [(s.kind, s.modality, ((s.by or {}).get("country") or {}).get("name_en")) for s in t.steps])
            for t in found]


def _ratified_by(found) -> set:
    return {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps
            if s.kind == "ratified" and s.modality == "done"}


def test_signatories_after_kull_min_in_a_relative_clause_did_not_ratify(tmp_path):
    # the parliament did NOT ratify; Egypt and Iraq are who signed it
    found = processed_treaties(tmp_path, [
        ("r1", "2026-08-07", "صحيفة", "عمان - بترا: لم يصادق البرلمان الأردني حتى الآن على الاتفاقية التي "
                                      "وقعتها كل من مصر والعراق لإنشاء الربط الكهربائي الإقليمي."),
        ("r2", "2026-08-08", "صحيفة", "عمان - بترا: لم تتم المصادقة على اتفاقية الربط الكهربائي الإقليمي التي "
                                      "وقعتها كل من مصر والعراق."),
    ])
    assert _ratified_by(found) == set(), _show(found)


def test_states_that_did_not_ratify_another_agreement_are_not_parties(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r3", "2026-08-09", "صحيفة", "عمان - بترا: صادقت على اتفاقية الربط الكهربائي كل من الأردن ومصر، فيما "
                                      "لم تصادق سوريا ولبنان على اتفاقية التجارة الحرة."),
    ])
    assert _ratified_by(found) == {"Jordan", "Egypt"}, _show(found)
    parties = {p.get("name_en") for t in found if "الربط" in (t.name or "") for p in t.parties}
    assert not parties & {"Syria", "Lebanon"}, _show(found)


def test_a_formal_title_stops_before_a_said_clause(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r4", "2026-08-10", "صحيفة", "تونس - وات: صادق البرلمان التونسي أمس على الاتفاقية المتعلقة بتسليم "
                                      "المجرمين وقال الوزير إنها تعزز التعاون مع الجزائر."),
    ])
    assert [t.name for t in found] == ["الاتفاقية المتعلقة بتسليم المجرمين"], _show(found)


def test_alayha_of_an_adjective_is_not_in_the_name(tmp_path):
    # "المشترك" is no passive participle; "عليها أن" is "it must"
    found = processed_treaties(tmp_path, [
        ("r5", "2026-08-11", "صحيفة", "عمان - بترا: وقع الأردن والعراق العام الماضي اتفاقية الدفاع المشترك عليها "
                                      "أن تصادق البرلمانات."),
    ])
    assert [t.name for t in found] == ["اتفاقية الدفاع المشترك"], _show(found)


def test_a_nationality_after_cooperation_is_a_party_not_part_of_the_name(tmp_path):
    # "التعاون الأردني مع العراق": Jordan's side of the tie, unlike "اتفاقية الغاز المصري"
    found = processed_treaties(tmp_path, [
        ("r6", "2026-08-12", "صحيفة", "عمان - بترا: صادق مجلس النواب الأردني أمس على اتفاقية التعاون الأردني مع "
                                      "العراق."),
    ])
    assert [t.name for t in found] == ["اتفاقية التعاون"], _show(found)
