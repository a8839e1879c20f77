"""Round 33's in-sample misses (issue 15: test33 and test34 after they shipped), each with sentences written for
these tests in other wordings, and a near miss that must not give the step."""

from __future__ import annotations

from conftest import done_steps, processed_treaties


def _steps(found) -> set:
    return {x for t in found for x in done_steps(t)}


def test_a_council_named_by_its_kind_takes_the_nationality_after_it(tmp_path):
    # "مجلس شورى الدولة العماني": the kind of council sits between "مجلس" and the nationality
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-06", "صحيفة", "وصوّت مجلس شورى الدولة العماني أمس بالأغلبية على مشروع مرسوم التصديق على "
                                      "اتفاقية الملاحة الجوية بين سلطنة عمان وقطر والبحرين."),
    ])
    assert ("ratified", "Oman") in _steps(found), [(t.name, t.steps) for t in found]


def test_a_house_with_its_nationality_is_not_the_party_whose_house_bears_the_same_name(tmp_path):
    # Tunisia's house is also "مجلس نواب الشعب", but this one is told as Ethiopia's
    found = processed_treaties(tmp_path, [
        ("c2", "2026-05-07", "صحيفة", "صادق مجلس نواب الشعب الإثيوبي يوم الأربعاء على الاتفاقية الثنائية لحماية "
                                      "الاستثمارات بين إثيوبيا وتونس."),
    ])
    got = _steps(found)
    assert ("ratified", "Ethiopia") in got and ("ratified", "Tunisia") not in got, got


def test_a_transit_agreement_keeps_its_verbal_noun_in_its_name(tmp_path):
    # "عبور" and "مرور" (the pattern فُعول) govern what the agreement is for, as "نقل" does
    found = processed_treaties(tmp_path, [
        ("n1", "2026-06-24", "صحيفة", "وقع الأردن ومصر أمس اتفاقية عبور الشاحنات بين البلدين."),
        ("n2", "2026-06-25", "صحيفة", "وقعت تونس والجزائر أمس اتفاقية مرور الغاز، بعد عبور الوفد الجزائري "
                                      "المعبر الحدودي صباحا."),
    ])
    names = {t.name for t in found}
    assert names == {"اتفاقية عبور الشاحنات", "اتفاقية مرور الغاز"}, names
