"""Events a reader can trust, third round (issue 15): the error classes that recur on every day read
independently — a place taken for the party an attack hit or a host received while the sentence names
that party, and an air force named by its aircraft and nationality left out as the attacker.  All on
sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name

from marsad.nlp.events.coder import CoderOptions


# -- a named party rather than the place --------------------------------------------------------------

def test_raids_against_a_named_group_in_a_country_hit_the_group() -> None:
    doc = make_doc("وأوضح المتحدث أن الحملة جاءت بعد غارات نفذتها طائرات أردنية ضد تنظيم داعش في العراق.",
                   [("تنظيم داعش", "ORG", "ISIS"), ("العراق", "LOC", "Iraq")])
    raids = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "غارات"]
    assert raids and party_name(raids[0]["recipient"]) == "ISIS"


def test_a_host_receives_the_guest_not_the_town_of_his_palace() -> None:
    doc = make_doc("استقبل الملك عبدالله الثاني في قصر الحمر بالهاشمية، اليوم الأحد، الرئيس محمود عباس والوفد المرافق له.",
                   [("الملك عبدالله الثاني", "PER", "Abdullah II"), ("بالهاشمية", "LOC", "Hashemiya"),
                    ("محمود عباس", "PER", "Mahmoud Abbas")])
    meets = coded(doc, "CONSULT")
    assert meets and party_name(meets[0]["recipient"]) == "Mahmoud Abbas"


def test_a_party_in_another_clause_does_not_replace_the_city_shelled() -> None:
    # after حيث another clause begins: the rebels advancing there are not the ones shelled
    doc = make_doc("قصف المسلحون مدينة الحديدة حيث تتقدم القوات الحكومية ضد جماعة الحوثي منذ أيام.",
                   [("الحديدة", "LOC", "Hodeidah"), ("جماعة الحوثي", "ORG", "Houthis")])
    raids = [d for d in coded(doc, "ASSAULT", CoderOptions(detect=False)) if d["trigger_text"] == "قصف"]
    assert raids and party_name(raids[0]["recipient"]) != "Houthis"


# -- aircraft counted and owned by a nation ------------------------------------------------------------

def test_counted_warplanes_of_a_nationality_are_the_attacker() -> None:
    doc = make_doc("قصفت أربع طائرات حربية أردنية صباح اليوم مواقع لتنظيم داعش في جنوب سوريا.",
                   [("تنظيم داعش", "ORG", "ISIS"), ("سوريا", "LOC", "Syria")])
    raids = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "قصفت"]
    assert raids and party_name(raids[0]["actor"]) in ("Jordan", "الأردن", "أردنية")


def test_jets_of_a_nations_air_force_are_that_nations_attack() -> None:
    doc = make_doc("ونفذت أربع مقاتلات (ميراج-2000) من سلاح الجو الفرنسي غارات على مواقع للمتشددين شمال مالي.",
                   [("مالي", "LOC", "Mali")])
    raids = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "غارات"]
    assert raids and party_name(raids[0]["actor"]) in ("France", "فرنسا", "الفرنسي")


# -- the same raiders, told again -----------------------------------------------------------------------

def test_strikes_told_again_in_the_sentence_keep_their_raiders() -> None:
    doc = make_doc("وذكرت مصادر محلية أن غارات نفذتها طائرات التحالف على معسكر لجماعة الحوثي قرب الحديدة، "
                   "موضحة أن الغارات الثلاث استهدفت مخازن أسلحة في باجل وغارة رابعة استهدفت مبنى البلدية في الزيدية.",
                   [("جماعة الحوثي", "ORG", "Houthis"), ("الحديدة", "LOC", "Hodeidah"), ("باجل", "LOC", "Bajil"),
                    ("الزيدية", "LOC", "Zaidiya")])
    raids = [d for d in coded(doc, "ASSAULT", CoderOptions(detect=False)) if d["trigger_text"] == "استهدفت"]
    assert len(raids) == 2 and all("التحالف" in party_name(d["actor"]) for d in raids)


def test_a_tank_shelling_in_the_same_sentence_is_not_the_raiders() -> None:
    # the verb's own subject (a tank) comes before it: the aircraft of the first clause did not shell
    doc = make_doc("شنت طائرات التحالف غارات على مواقع لجماعة الحوثي، أسفرت عن تدمير دبابة كانت تقصف الأحياء السكنية.",
                   [("جماعة الحوثي", "ORG", "Houthis")])
    shelling = [d for d in coded(doc, "ASSAULT", CoderOptions(detect=False)) if d["trigger_text"] == "تقصف"]
    assert all("التحالف" not in party_name(d["actor"]) for d in shelling)
