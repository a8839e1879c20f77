"""Round 34's recurring misses on the blind sets (issue 15), with sentences written for these tests: an agreement's
name cut at the nationality of the thing it is about ("اتفاقية الغاز المصري", "اتفاقية المنحة السعودية")."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date) for s in t.steps])
            for t in found]


def test_a_name_keeps_the_nationality_of_the_gas_it_is_about(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n1", "2026-08-02", "صحيفة", "القاهرة - وكالات: وقعت مصر والأردن أمس اتفاقية الغاز المصري الجديدة في "
                                      "العاصمة عمان."),
    ])
    assert [t.name for t in found] == ["اتفاقية الغاز المصري"], _show(found)
    assert {p.get("name_en") for p in found[0].parties} == {"Egypt", "Jordan"}, _show(found)


def test_a_name_keeps_the_nationality_of_the_grant_it_is_about(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n2", "2026-08-03", "صحيفة", "الرياض - واس: وقعت السعودية واليمن أمس اتفاقية المنحة السعودية لدعم قطاع "
                                      "الكهرباء."),
    ])
    assert [t.name for t in found] == ["اتفاقية المنحة السعودية"], _show(found)


def test_a_formal_title_on_a_verbal_noun_after_mutaalliqa_is_whole(tmp_path):
    # "المتعلقة ب" then an indefinite verbal noun ("بتنظيم"), not only a definite word ("بالنقل")
    found = processed_treaties(tmp_path, [
        ("n4", "2026-08-04", "صحيفة", "تونس - وات: صادق البرلمان التونسي أمس على الاتفاقية المتعلقة بتنظيم "
                                      "الصيد البحري بين تونس والجزائر."),
    ])
    assert [t.name for t in found] == ["الاتفاقية المتعلقة بتنظيم الصيد البحري"], _show(found)


def test_a_name_keeps_the_preposition_of_its_participle(tmp_path):
    # "المحكوم عليهم": the convicts, not "the judged"
    found = processed_treaties(tmp_path, [
        ("n5", "2026-08-05", "صحيفة", "الخرطوم - سونا: وقع السودان وإثيوبيا أمس اتفاقية نقل المحكوم عليهم بين "
                                      "البلدين."),
    ])
    assert [t.name for t in found] == ["اتفاقية نقل المحكوم عليهم"], _show(found)


def _ratified_by(found) -> set:
    return {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps
            if s.kind == "ratified" and s.modality == "done"}


def test_each_state_listed_after_kull_min_ratifies(tmp_path):
    # one sentence, three ratifications; the states yet to ratify are parties with no step
    found = processed_treaties(tmp_path, [
        ("n6", "2026-08-06", "صحيفة", "عمان - بترا: وقعت ست دول عربية في عمان العام الماضي اتفاقية الربط "
                                      "الكهربائي الإقليمي. وصادقت على الاتفاقية حتى الآن كل من الأردن ومصر "
                                      "والعراق، فيما لم تصادق عليها سوريا ولبنان."),
    ])
    assert _ratified_by(found) == {"Jordan", "Egypt", "Iraq"}, _show(found)
    parties = {p.get("name_en") for t in found for p in t.parties}
    assert {"Syria", "Lebanon"} <= parties, _show(found)


def test_a_negated_ratification_with_sawa_names_those_that_did(tmp_path):
    # "لم يصادق ... سوى": an exception list, the states after "سوى" ratified
    found = processed_treaties(tmp_path, [
        ("n7", "2026-08-06", "صحيفة", "عمان - بترا: وقعت ست دول عربية في عمان العام الماضي اتفاقية الربط "
                                      "الكهربائي الإقليمي. ولم يصادق على الاتفاقية حتى الآن سوى الأردن ومصر."),
    ])
    assert _ratified_by(found) == {"Jordan", "Egypt"}, _show(found)
