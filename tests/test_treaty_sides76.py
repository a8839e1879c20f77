"""Parliamentary reporting with no dateline (issue 15): a house of no nationality votes on an agreement named by its
counterpart alone ("... مع أرمينيا"); the vote is the other side's."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# Two reports, no dateline: the first names both sides, the second the counterpart alone.
HOUSE_WITH = [
    ("a1", "2026-03-05", "صحيفة الجبل",
     "وقع وزير العدل اللبناني ونظيره الأرميني، أمس الأربعاء في بيروت، اتفاقية التعاون القضائي في المسائل "
     "المدنية بين البلدين."),
    ("a2", "2026-06-12", "موقع الوادي",
     "أقر مجلس النواب، في جلسته التشريعية أمس الخميس، مشروع القانون الرامي إلى الإجازة للحكومة إبرام اتفاقية "
     "التعاون القضائي في المسائل المدنية مع جمهورية أرمينيا، كما عدلته اللجان المشتركة."),
]


def test_a_house_voting_on_an_agreement_with_the_counterpart_is_the_other_sides(tmp_path):
    found = processed_treaties(tmp_path, HOUSE_WITH)
    record = next(t for t in found if any(s.kind == "signed" for s in t.steps))
    assert {p.get("name_en") for p in record.parties} == {"Lebanon", "Armenia"}
    steps = done_steps(record)
    assert ("ratified", "Lebanon") in steps
    assert ("ratified", "Armenia") not in steps
    day = next(str(s.date) for s in record.steps if s.kind == "ratified" and s.modality == "done")
    assert day == "2026-06-11"
