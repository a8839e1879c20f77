"""Issue 15, events30: an act told in a clause "أن ..." that a denial governs is denied, not done — also when the
clause has a subject of its own before its verb ("نفت الشرطة أن عناصرها أطلقوا النار") or the denial is told by a
participle ("نافيا أن تكون قواته قصفت").  The denial itself stays the REJECT the lexicon codes it as, and an act
the speaker reports without denying it stays an act.  All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)


def _done(events: list[dict]) -> list[dict]:
    """The events told as done: neither negated nor denied."""
    return [e for e in events if not e["negated"] and e["modality"] != "denied"]


def test_shooting_the_police_deny_with_its_own_subject_is_not_done() -> None:
    found = coded(make_doc("ونفت الشرطة أن عناصرها أطلقوا النار على المتظاهرين في البصرة.",
                           [("البصرة", "LOC", "Basra")]), "ASSAULT", _ALL)
    assert _done(found) == [], found


def test_kidnapping_a_group_denies_is_not_done_and_the_denial_stays() -> None:
    doc = make_doc("ونفت حماس أن عناصرها خطفوا ثلاثة جنود إسرائيليين في الخليل.",
                   [("حماس", "ORG", "Hamas"), ("الخليل", "LOC", "Hebron")])
    assert _done(coded(doc, "ASSAULT", _ALL)) == []
    rejects = coded(doc, "REJECT", _ALL)
    assert [e["trigger_text"] for e in rejects] == ["ونفت"], "the denial is still coded as the group's REJECT"


def test_shelling_denied_by_a_participle_is_not_done() -> None:
    found = coded(make_doc("وقال الجيش إن طائراته لم تقصف القرية، نافيا أن تكون قواته قصفت المستشفى في حلب.",
                           [("حلب", "LOC", "Aleppo")]), "ASSAULT", _ALL)
    assert _done(found) == [], found


def test_an_attack_reported_before_a_denial_of_casualties_stays() -> None:
    found = coded(make_doc("قال الجيش إن مسلحين هاجموا نقطة تفتيش في سيناء ونفى وقوع إصابات.",
                           [("سيناء", "LOC", "Sinai")]), "ASSAULT", _ALL)
    assert [e["trigger_text"] for e in _done(found)] == ["هاجموا"]


def test_an_attack_told_after_the_denial_by_another_statement_stays() -> None:
    found = coded(make_doc("ونفى الوزير أن تكون المحادثات قد فشلت، مؤكدا أن قوات الجيش قصفت مواقع المسلحين في درنة.",
                           [("درنة", "LOC", "Derna")]), "ASSAULT", _ALL)
    assert [e["trigger_text"] for e in _done(found)] == ["قصفت"]


def test_what_the_speaker_does_not_deny_stays() -> None:
    found = coded(make_doc("لم ينف الجيش أن قواته قصفت المستشفى في حلب.", [("حلب", "LOC", "Aleppo")]), "ASSAULT", _ALL)
    assert [e["trigger_text"] for e in _done(found)] == ["قصفت"]


def test_a_shooting_reported_before_a_denied_wound_stays() -> None:
    found = coded(make_doc("وقالت الشرطة إن مسلحين أطلقوا النار على دورية في البصرة، ونفت أن يكون أحد عناصرها قد أصيب.",
                           [("البصرة", "LOC", "Basra")]), "ASSAULT", _ALL)
    assert [e["trigger_text"] for e in _done(found)] == ["أطلقوا"]
