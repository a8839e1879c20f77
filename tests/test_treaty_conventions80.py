"""Multilateral conventions followed through accession and deposit: their titles as the reports write them (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# A convention named by its reach and what it is for, a verbal noun of a hollow root («لاستعادة»); two states
# accede to it in two reports that name it by its title.
REACH = [
    ("r1", "2026-02-04", "وكالة أ",
     "أودعت دولة الكويت أمس صك انضمامها إلى الاتفاقية الدولية لاستعادة الحيوانات البحرية الضالة لعام 2023 "
     "لدى الأمين العام للمنظمة البحرية الدولية في لندن."),
    ("r2", "2026-04-20", "وكالة ب",
     "أصدر السلطان اليوم مرسوما سلطانيا بالموافقة على انضمام سلطنة عمان إلى الاتفاقية الدولية لاستعادة الحيوانات "
     "البحرية الضالة."),
]

# A convention named by a verbal noun in يه that governs an indefinite noun opening with ب («حماية بيانات»); one
# state ratifies it.
CONSTRUCT = [
    ("c1", "2026-03-09", "وكالة أ",
     "أودعت دولة البحرين أمس وثيقة تصديقها على اتفاقية حماية بيانات مستخدمي الموانئ لدى المنظمة البحرية الدولية."),
]


def test_a_convention_for_a_hollow_verbal_noun_keeps_its_title(tmp_path):
    found = [t for t in processed_treaties(tmp_path, REACH, include_all=False)
             if name_words("الاتفاقية الدولية لاستعادة الحيوانات البحرية") <= name_words(t.name)]
    assert len(found) == 1  # one record under the title, not "الاتفاقية الدولية" alone
    assert {("ratified", "Kuwait"), ("ratified", "Oman")} <= done_steps(found[0])


def test_a_convention_named_by_what_it_protects_is_listed(tmp_path):
    found = [t for t in processed_treaties(tmp_path, CONSTRUCT, include_all=False)
             if name_words("اتفاقية حماية بيانات مستخدمي الموانئ") <= name_words(t.name)]
    assert len(found) == 1  # listed though one state alone ratified it: its name is a title
    assert ("ratified", "Bahrain") in done_steps(found[0])
