"""A house that approves two agreements in one sentence, the second after "، وعلى" (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# One Egyptian report: the house approves the president's decision on a transport agreement with Jordan, and a
# cultural agreement with Tunisia as a second object of the same verb.
SESSION = [
    ("e1", "2026-04-15", "وكالة أ",
     "القاهرة - وكالة أ: وافق مجلس النواب، في جلسته العامة أمس الثلاثاء، على قرار رئيس الجمهورية بشأن الموافقة "
     "على اتفاقية النقل البري بين مصر والأردن، وعلى اتفاقية التعاون الثقافي بين مصر وتونس."),
]


def _one(found, name: str):
    hits = [t for t in found if name_words(name) <= name_words(t.name)]
    assert len(hits) == 1, [t.name for t in found]
    return hits[0]


def test_the_second_object_after_wa_ala_takes_the_step_with_its_own_sides(tmp_path):
    found = processed_treaties(tmp_path, SESSION)
    first = _one(found, "اتفاقية النقل البري")
    second = _one(found, "اتفاقية التعاون الثقافي")
    assert ("ratified", "Egypt") in done_steps(first)
    assert ("ratified", "Egypt") in done_steps(second)  # the same vote approves both
    assert {p.get("name_en") for p in second.parties} == {"Egypt", "Tunisia"}  # not the first one's Jordan
    ratified = [s for s in second.steps if s.kind == "ratified"]
    assert ratified[0].date == "2026-04-14"
