"""A member state of a group that signs as one side ratifies for its part by its own decree (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# The Gulf states sign a trade agreement with Singapore as one side; Oman's sultan and Qatar's emir ratify it by
# decree in reports written in their capitals.
GULF = [
    ("g1", "2026-02-10", "وكالة أ",
     "وقع الأمين العام لمجلس التعاون لدول الخليج العربية ووزير التجارة السنغافوري أمس في الرياض اتفاقية التجارة "
     "الحرة بين دول مجلس التعاون وسنغافورة."),
    ("g2", "2026-04-15", "وكالة ب",
     "مسقط - وكالة ب: أصدر السلطان هيثم بن طارق أمس الثلاثاء مرسوما سلطانيا بالتصديق على اتفاقية التجارة الحرة "
     "بين دول مجلس التعاون لدول الخليج العربية وسنغافورة."),
    ("g3", "2026-05-06", "وكالة ج",
     "الدوحة - وكالة ج: أصدر أمير البلاد أمس الثلاثاء مرسوما أميريا بالتصديق على اتفاقية التجارة الحرة بين دول "
     "مجلس التعاون لدول الخليج العربية وسنغافورة."),
]


def test_a_member_decree_ratifies_the_group_agreement_for_that_member(tmp_path):
    found = [t for t in processed_treaties(tmp_path, GULF) if "التجارة" in t.name]
    assert len(found) == 1
    steps = done_steps(found[0])
    assert ("ratified", "Oman") in steps  # the sultanate's decree, in a report from Muscat
    assert ("ratified", "Qatar") in steps  # the emir's decree, in a report from Doha
    # the members ratify as parts of the Gulf side: they are not sides of their own
    assert {p.get("name_en") for p in found[0].parties} == {"Gulf Cooperation Council", "Singapore"}
