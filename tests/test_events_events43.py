"""Issue 15, events43: attackers named in the sentence but left out (draw 7's reading).

* a force after لـ behind a shelling noun, with an attack verb right after it, shelled: the verb tells what was hit
  ("قصف جوي للقوات السورية استهدف سوقا");
* the force that managed an attack carried it out ("القوات الجوية تمكنت من قتل ...").

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _assault(text: str, mentions: list[tuple], trigger: str) -> dict:
    [e] = [e for e in coded(make_doc(text, mentions), "ASSAULT", _ALL) if e["trigger_text"] == trigger]
    return e


def test_a_force_after_lam_with_a_targeting_verb_behind_it_did_the_shelling() -> None:
    e = _assault("وقال مسؤول محلي إن عشرين مدنيا قتلوا خلال قصف جوي للقوات السورية استهدف سوقا في مدينة إدلب.",
                 [("إدلب", "LOC", "Idlib")], "قصف")
    assert party_name(e["actor"]) == "Syria"
    assert party_name(e["recipient"]) != "Syria"


def test_the_positions_after_lam_with_a_targeting_verb_are_still_what_was_shelled() -> None:
    e = _assault("وقتل خمسة مسلحين في قصف جوي لمواقع تنظيم داعش استهدف تلة قرب الرقة.",
                 [("تنظيم داعش", "ORG", "ISIS"), ("الرقة", "LOC", "Raqqa")], "قصف")
    assert party_name(e["actor"]) != "ISIS"


def test_the_force_that_managed_a_killing_is_its_attacker() -> None:
    e = _assault("أفادت مصادر عسكرية بأن القوات الجوية تمكنت من قتل عشرة من عناصر تنظيم داعش قرب مدينة الرقة.",
                 [("تنظيم داعش", "ORG", "ISIS"), ("الرقة", "LOC", "Raqqa")], "قتل")
    assert party_name(e["actor"]) == "القوات الجوية"
    assert party_name(e["recipient"]) == "ISIS"
