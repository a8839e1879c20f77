"""Issue 15, events29: deaths and wounds by mishap are no attack — men suffocating in a well or a tank, a youth hurt
by an electric shock, deaths in a heat wave (read wrong as ASSAULT on development days 2015-07-22, 07-31, 08-10) —
while wounds from tear gas fired by a force, or a shooting in the heat, stay attacks.  All sentences are written
for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _assaults(text: str, mentions: list[tuple]) -> list[dict]:
    return coded(make_doc(text, mentions), "ASSAULT", _ALL)


def test_workers_who_suffocated_in_a_tank_were_not_attacked() -> None:
    assert _assaults("لقي عاملان حتفهما أمس جراء تعرضهما للاختناق داخل خزان للمياه في حي الصفا بجدة.",
                     [("جدة", "LOC", "Jeddah")]) == []


def test_a_youth_hurt_by_an_electric_shock_was_not_attacked() -> None:
    assert _assaults("كما أصيب شاب بجروح خطيرة في الرياض إثر تعرضه لصدمة كهربائية بينما كان يحاول تسلق عمود إنارة.",
                     []) == []


def test_deaths_in_a_heat_wave_are_no_attack() -> None:
    assert _assaults("لقي 11 شخصا حتفهم في الأقصر وأصيب 40 آخرون بضربات شمس بسبب الحرارة المرتفعة.",
                     [("الأقصر", "LOC", "Luxor")]) == []


def test_suffocation_from_tear_gas_a_force_fired_is_still_an_attack() -> None:
    found = _assaults("وأصيب عشرات الطلاب بحالات اختناق بعد أن أطلقت قوات الاحتلال قنابل الغاز على مدرستهم في الخليل.",
                      [("الخليل", "LOC", "Hebron")])
    assert found, "tear gas fired at pupils is an attack whoever suffocated"


def test_a_shooting_in_the_heat_is_still_an_attack() -> None:
    found = _assaults("قتل مسلحون ثلاثة حراس بالرصاص في كركوك رغم الحرارة المرتفعة.", [("كركوك", "LOC", "Kirkuk")])
    assert found


# -- whom a condemnation of a party's doing is aimed at -----------------------------------------------------

def _accusations(text: str, mentions: list[tuple]) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"]))
            for d in coded(make_doc(text, mentions), "ACCUSE", _ALL)]


def test_a_condemned_law_passed_by_a_parliament_is_aimed_at_its_country() -> None:
    # (development day 2015-08-02: "أدانت الجامعة إقرار برلمان الاحتلال ... قانون" coded with nobody condemned)
    found = _accusations("أدانت منظمة التعاون الإسلامي إقرار برلمان الاحتلال الإسرائيلي أمس قانونا يجيز هدم منازل "
                         "الأسرى.", [("منظمة التعاون الإسلامي", "ORG", "OIC")])
    assert ("OIC", "Israel") in found


def test_a_condemned_ratification_by_a_named_body_is_aimed_at_it() -> None:
    found = _accusations("أدان المجلس الوطني بشدة مصادقة حكومة الاحتلال الإسرائيلي على بناء ألف وحدة استيطانية.",
                         [("المجلس الوطني", "ORG", "National Council")])
    assert ("National Council", "Israel") in found


def test_a_doing_by_unnamed_men_names_nobody_condemned() -> None:
    # guard: no name or nationality after the act's noun, before its preposition: nobody is made up
    found = _accusations("أدان الأزهر قيام مسلحين بإحراق كنيسة في المنيا.",
                         [("الأزهر", "ORG", "Al-Azhar"), ("المنيا", "LOC", "Minya")])
    assert found and all(r == "" for _a, r in found)


# -- a killing told as the outcome of an ambush ---------------------------------------------------------------

def _assault_parties(text: str, mentions: list[tuple]) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in _assaults(text, mentions)]


def test_an_ambush_set_for_a_militia_is_set_against_it() -> None:
    # (development day 2015-07-31: "نصبت كمينا للميليشيات ... مما أدى إلى مقتل": both sides left out)
    found = _assault_parties("وأفادت مصادر محلية أن جيش الفتح نصب كمينا لقوات النظام قرب البلدة مما أدى إلى مقتل "
                             "سبعة جنود.", [("جيش الفتح", "ORG", "Army of Conquest"), ("النظام", "ORG", "Regime")])
    assert found and all((a, r) == ("Army of Conquest", "Regime") for a, r in found)


def test_the_force_that_set_an_ambush_in_a_province_set_it() -> None:
    found = _assault_parties("وقالت مصادر محلية إن المقاومة في مأرب نصبت كمينا للميليشيات الحوثية في وادي عبيدة مما "
                             "أدى إلى مقتل ستة حوثيين.",
                             [("المقاومة", "ORG", "Resistance"), ("مأرب", "LOC", "Marib"), ("الحوثية", "ORG", "Houthis"),
                              ("وادي عبيدة", "LOC", "Wadi Abida")])
    assert found and all((a, r) == ("Resistance", "Houthis") for a, r in found)


def test_an_ambush_set_for_an_armed_phrase_is_set_against_it() -> None:
    found = _assault_parties("وقالت مصادر محلية إن المقاومة نصبت كمينا للقوات الحكومية في وادي عبيدة مما أدى إلى مقتل "
                             "أربعة جنود.", [("المقاومة", "ORG", "Resistance"), ("وادي عبيدة", "LOC", "Wadi Abida")])
    assert found and all(a == "Resistance" and r not in ("", "Resistance") for a, r in found)


# -- an awaited or scheduled act is still to come ---------------------------------------------------------------

def _consults(text: str, mentions: list[tuple]) -> list[tuple[str, str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"]), d["modality"])
            for d in coded(make_doc(text, mentions), "CONSULT", _ALL)]


def test_an_awaited_visit_is_still_to_come() -> None:
    # (development day 2015-08-09: "زيارة الجبير ... المرتقبة إلى موسكو بعد غد" coded as done)
    found = _consults("وتأتي زيارة عادل الجبير المرتقبة إلى موسكو بعد أسبوعين من زيارة ولي ولي العهد.",
                      [("عادل الجبير", "PER", "Adel al-Jubeir"), ("موسكو", "LOC", "Moscow")])
    assert found and all(mod == "future" for _a, _r, mod in found)


def test_a_visit_made_yesterday_is_done() -> None:
    # guard: no word of awaiting in the visit's phrase
    found = _consults("وبحث الوزير خلال زيارة عادل الجبير إلى موسكو أمس الملف السوري.",
                      [("عادل الجبير", "PER", "Adel al-Jubeir"), ("موسكو", "LOC", "Moscow")])
    assert found and all(mod == "asserted" for _a, _r, mod in found)
