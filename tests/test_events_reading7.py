"""Fewer wrong events on unseen news (issue 15, events12): a road accident told only by its own nouns ("إثر
حادث", "اصطدمت حافلة", "صدمت شاحنة حشدا") is no attack — unless a word of an attack stands beside it ("حادث إطلاق
نار", "انفجرت قنبلة", "مقذوف") or the incidents are "أمنية"; a verb of occupying is a rank when the rank word stands
a clause away ("ويحتل فلان، حاكم الولاية، صدارة القائمة", "المرتبة الأولى ... والتي تحتلها").  All on sentences
written for these tests."""

from __future__ import annotations

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.checks import accident_only
from test_events_coder import coded, make_doc


# -- accidents told by their own nouns --------------------------------------------------------------------

def test_deaths_in_an_accident_on_a_road_are_no_attack() -> None:
    doc = make_doc("لقي ثلاثة عمال مصرعهم وأصيب اثنان آخران إثر حادث وقع مساء أمس على الطريق الساحلي قرب جدة.",
                   [("جدة", "LOC", "Jeddah")])
    assert coded(doc, "ASSAULT") == []


def test_a_truck_that_ran_into_a_crowd_is_an_accident() -> None:
    doc = make_doc("صدمت شاحنة حشدا من المصلين في جنوب الهند، مما أوقع 12 قتيلا وأدى إلى إصابة 20 آخرين بجروح.",
                   [("الهند", "LOC", "India")])
    assert coded(doc, "ASSAULT") == []


def test_two_separate_accidents_wound_no_victims_of_an_attack() -> None:
    doc = make_doc("وأصيب أربعة أشخاص بإصابات متوسطة في حادثين منفصلين شهدهما طريق الطائف ليلة أمس.", [])
    assert coded(doc, "ASSAULT") == []


def test_an_incident_with_no_vehicle_that_killed_civilians_stays_an_attack() -> None:
    # guard (an unseen day, 2015-07-23): "the incident" told a killing by troops the sentence before names
    # (the coder needs the sentence before to code it; the veto must not fire on this one)
    norms = [L.fold(w) for w in "وذكر شهود أن الحادثة أسفرت عن مقتل سبعة قرويين في البلدة الساحلية".split()]
    assert not accident_only(norms)
    road = [L.fold(w) for w in "وذكر شهود أن الحادثة على الطريق الساحلي أسفرت عن وفاة سبعة قرويين".split()]
    assert accident_only(road)


def test_a_shooting_incident_is_still_an_attack() -> None:
    doc = make_doc("قتل خمسة أشخاص وأصيب عشرة آخرون في حادث إطلاق نار على سوق شعبي في مدينة كراتشي.",
                   [("كراتشي", "LOC", "Karachi")])
    assert coded(doc, "ASSAULT"), "a shooting called an incident is still an attack"


# -- a rank a clause away from the verb of occupying -------------------------------------------------------

def test_a_candidate_who_leads_the_list_seizes_nothing() -> None:
    doc = make_doc("ويحتل كريم الحسني، حاكم الولاية الشمالية والعضو في الحزب الحاكم، صدارة قائمة المرشحين للرئاسة.",
                   [("كريم الحسني", "PER", "Karim al-Husni")])
    assert coded(doc, "COERCE") == []


def test_a_rank_before_the_verb_that_a_country_holds_is_no_seizure() -> None:
    doc = make_doc("في إشارة إلى عودة اليونان للمنافسة على المرتبة الأولى على مستوى أوروبا والتي تحتلها إيطاليا حاليا.",
                   [("اليونان", "LOC", "Greece"), ("إيطاليا", "LOC", "Italy")])
    assert coded(doc, "COERCE") == []


def test_a_country_that_holds_high_places_in_an_index_seizes_nothing() -> None:
    doc = make_doc("وتحتل الإمارات مراكز متقدمة في مؤشر التنافسية العالمي.", [("الإمارات", "LOC", "United Arab Emirates")])
    assert coded(doc, "COERCE") == []


def test_an_army_that_occupied_a_town_still_seized_it() -> None:
    doc = make_doc("واحتلت القوات الروسية مدينة دونيتسك في شرق أوكرانيا بعد معارك استمرت أسبوعين.",
                   [("دونيتسك", "LOC", "Donetsk"), ("أوكرانيا", "LOC", "Ukraine")])
    assert coded(doc, "COERCE"), "a real occupation is still coded"


def test_an_incident_in_which_a_bomb_went_off_is_still_an_attack() -> None:
    doc = make_doc("وقالت الشرطة إن الحادث وقع عندما انفجرت قنبلة أمام مقر حزب معارض في مدينة بلباو دون وقوع إصابات.",
                   [("بلباو", "LOC", "Bilbao")])
    assert coded(doc, "ASSAULT"), "a bomb that went off is an attack even when the report calls it an incident"


def test_security_incidents_in_a_capital_are_attacks() -> None:
    doc = make_doc("لقي أربعة أشخاص مصرعهم وأصيب عشرة آخرون في حوادث أمنية متفرقة في العاصمة الليبية طرابلس اليوم.",
                   [("طرابلس", "LOC", "Tripoli")])
    assert coded(doc, "ASSAULT"), "security incidents are how attacks in a city are summed up"


def test_a_projectile_from_across_the_border_is_an_attack_though_called_an_incident() -> None:
    doc = make_doc("سقطت مقذوفات عسكرية أمس على مدينة جازان أطلقت من خارج الحدود، وباشرت فرق الدفاع المدني حادثة سقوط "
                   "مقذوف نتج عنه إصابة ثلاثة مقيمين.", [("جازان", "LOC", "Jazan")])
    assert coded(doc, "ASSAULT"), "a projectile fired across the border is an attack"
