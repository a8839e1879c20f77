"""Issue 15, events43: attackers named in the sentence but left out, and dates left empty (draw 7's reading).

* a force after لـ behind a shelling noun, with an attack verb right after it, shelled: the verb tells what was hit
  ("قصف جوي للقوات السورية استهدف سوقا");
* the force that managed an attack carried it out ("القوات الجوية تمكنت من قتل ..."), and the army whose soldiers'
  fire killed ("برصاص جنود جيش الاحتلال"), and the force whose sorties a killing resulted from ("نفذ طيران التحالف
  12 طلعة ...، أسفرت عن قتل");
* each entry of a timeline ("* 12 مارس 1991: ...") is dated by the date heading it, and an act by the day a clause
  after it says the incident happened ("...، ووقع الحادث اليوم").

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


def test_the_army_whose_soldiers_fired_killed() -> None:
    e = _assault("أفادت مصادر محلية اليوم الأحد أن مزارعا قتل برصاص جنود جيش الاحتلال الإسرائيلي قرب نابلس.",
                 [("نابلس", "LOC", "Nablus")], "قتل")
    assert party_name(e["actor"]) == "جيش الاحتلال الإسرائيلي"


def test_a_killing_an_air_arms_sorties_resulted_in_is_the_air_arms() -> None:
    e = _assault("وذكرت الوزارة أن طيران التحالف الدولي نفذ من جهته 12 طلعة جوية في مناطق مختلفة، أسفرت عن قتل 30 من "
                 "عناصر تنظيم داعش.", [("تنظيم داعش", "ORG", "ISIS")], "قتل")
    assert party_name(e["actor"]) == "طيران التحالف الدولي"
    assert party_name(e["recipient"]) == "ISIS"


# --- the dates of a timeline's entries ----------------------------------------------------------------------------

_TIMELINE = ("أبرز محطات الأزمة:\n* 12 مارس 1991: دعت مصر الأردن إلى عقد محادثات في القاهرة لبحث الحدود.\n"
             "* 20 مارس 1991: الأردن ترسل قواتها إلى مصر لحماية حدودها.\n")
_TIMELINE_PARTIES = [("مصر", "LOC", "Egypt"), ("الأردن", "LOC", "Jordan"), ("القاهرة", "LOC", "Cairo"),
                     ("الأردن", "LOC", "Jordan", 1), ("مصر", "LOC", "Egypt", 1)]


def test_each_entry_of_a_timeline_is_dated_by_the_date_heading_it() -> None:
    doc = make_doc(_TIMELINE, _TIMELINE_PARTIES, published_at="2015-08-02",
                   timex=[("12 مارس 1991", "1991-03-12"), ("20 مارس 1991", "1991-03-20")])
    [request] = coded(doc, "REQUEST", _ALL)
    [aid] = coded(doc, "AID", _ALL)
    assert (request["date"], aid["date"]) == ("1991-03-12", "1991-03-20")


def test_a_date_closing_a_clause_before_a_colon_is_not_an_entrys_heading() -> None:
    text = "وقال الوزير في 12 مارس 1991: دعت مصر الأردن إلى عقد محادثات في القاهرة."
    doc = make_doc(text, _TIMELINE_PARTIES[:3], published_at="2015-08-02", timex=[("12 مارس 1991", "1991-03-12")])
    [request] = coded(doc, "REQUEST", _ALL)
    assert request["date"] != "1991-03-12"


def test_the_day_a_clause_after_the_act_says_the_incident_happened_dates_it() -> None:
    text = "وقال مصدر أمني إن شرطيا أطلق النار على زملائه ما أدى إلى مقتل اثنين منهم، ووقع الحادث اليوم في مركز قرب مدينة صفاقس."
    e = _assault_dated(text, "أطلق")
    assert e["date"] == "2024-06-20"


def test_a_day_in_a_later_clause_of_another_act_does_not_date_the_shooting() -> None:
    text = "وقال مصدر أمني إن شرطيا أطلق النار على زملائه في مركز قرب مدينة صفاقس، ووصل الوزير اليوم إلى المدينة."
    e = _assault_dated(text, "أطلق")
    assert e["date"] is None


def _assault_dated(text: str, trigger: str) -> dict:
    doc = make_doc(text, [("صفاقس", "LOC", "Sfax")], published_at="2024-06-20", timex=[("اليوم", "2024-06-20")])
    [e] = [e for e in coded(doc, "ASSAULT", _ALL) if e["trigger_text"] == trigger]
    return e


def test_a_group_after_a_preposition_before_a_joined_verb_of_beginning_is_no_attacker() -> None:
    doc = make_doc("وشنت مقاتلات أردنية صباح الأحد غارات على مواقع لتنظيم داعش في سوريا وبدأت حملة قصف لمواقع مسلحي "
                   "حركة الأحرار في العراق.", [("تنظيم داعش", "ORG", "ISIS"), ("سوريا", "LOC", "Syria"),
                                               ("حركة الأحرار", "ORG", "Ahrar"), ("العراق", "LOC", "Iraq")])
    shelling = [e for e in coded(doc, "ASSAULT", _ALL) if e["trigger_text"] == "قصف"]
    assert all(party_name(e["actor"]) != "ISIS" for e in shelling)
