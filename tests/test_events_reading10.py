"""A recall of one's own envoy is aimed at the country where he is posted (issue 15, events15): "استدعت الكويت
سفيرها لدى بغداد" is Kuwait's step against Iraq's capital, not a step against nobody; the post after في is no
venue of the recall.  Another country's envoy keeps his nationality as the party, and an envoy with no post named
leaves the recipient empty.  Likewise whose statements, activities or attacks a condemnation names is the one
condemned: "أدانت الرباط التصريحات المسيئة من قبل المسؤولين الجزائريين" condemns Algeria.  All on sentences written
for these tests.  And a strike on a named group's patrols or arms depots hit the group, not the place they were
in."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _recalls(doc) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, "SANCTION")]


def test_recalling_her_envoy_to_a_capital_is_aimed_at_that_capital() -> None:
    doc = make_doc("أعلنت الكويت اليوم أنها استدعت سفيرها لدى بغداد للتشاور بسبب تصريحات مسيئة.",
                   [("الكويت", "LOC", "Kuwait"), ("بغداد", "LOC", "Baghdad")])
    assert _recalls(doc) == [("Kuwait", "Baghdad")]


def test_recalling_his_envoy_in_a_country_in_a_headline() -> None:
    doc = make_doc("الأردن يستدعي سفيره في قطر للتشاور", [("الأردن", "LOC", "Jordan"), ("قطر", "LOC", "Qatar")])
    assert _recalls(doc) == [("Jordan", "Qatar")]


def test_a_ministry_recalling_the_kingdoms_envoy_past_the_state_word() -> None:
    doc = make_doc("استدعت وزارة الخارجية الأردنية سفير المملكة لدى دولة قطر للتشاور.",
                   [("وزارة الخارجية الأردنية", "ORG", "Jordanian Foreign Ministry"), ("قطر", "LOC", "Qatar")])
    assert _recalls(doc) == [("Jordanian Foreign Ministry", "Qatar")]


def test_summoning_another_countrys_envoy_keeps_his_country() -> None:
    doc = make_doc("واستدعت وزارة الخارجية المصرية السفير التركي في القاهرة للاحتجاج.",
                   [("وزارة الخارجية المصرية", "ORG", "Egyptian Foreign Ministry"), ("القاهرة", "LOC", "Cairo")])
    assert _recalls(doc) == [("Egyptian Foreign Ministry", "Turkey")]


def test_a_recall_with_no_post_named_has_no_recipient() -> None:
    doc = make_doc("واستدعت الكويت سفيرها للتشاور.", [("الكويت", "LOC", "Kuwait")])
    assert _recalls(doc) == [("Kuwait", "")]



# -- whose statements or deeds are condemned -------------------------------------------------------------------------

def _condemned(doc) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, "ACCUSE")]


def test_statements_by_a_countrys_officials_make_that_country_the_condemned() -> None:
    doc = make_doc("وأدانت الرباط بشدة في بيان اليوم التصريحات المسيئة من قبل المسؤولين الجزائريين تجاه المملكة.",
                   [("الرباط", "LOC", "Rabat")])
    assert _condemned(doc) == [("Rabat", "Algeria")]


def test_statements_by_officials_of_a_named_republic() -> None:
    doc = make_doc("أدانت فرنسا بشدة التصريحات العدائية من قبل مسؤولي الجمهورية الإسلامية الإيرانية.",
                   [("فرنسا", "LOC", "France"), ("الجمهورية الإسلامية الإيرانية", "LOC", "Iran")])
    assert _condemned(doc) == [("France", "Iran")]


def test_a_countrys_practices_after_la_in_quotes() -> None:
    doc = make_doc("ندد وزير الخارجية الفرنسي أمام البرلمان بـ«الممارسات الخطيرة» لروسيا في أوكرانيا.",
                   [("روسيا", "LOC", "Russia"), ("أوكرانيا", "LOC", "Ukraine")])
    assert _condemned(doc) == [("France", "Russia")]


def test_a_named_groups_attacks_make_the_group_the_condemned() -> None:
    doc = make_doc("أدانت المملكة المتحدة أمس الأحد هجمات جماعة أنصار الدين الانتحارية في مالي ووصفتها بأنها وحشية.",
                   [("المملكة المتحدة", "LOC", "United Kingdom"), ("جماعة أنصار الدين", "ORG", "Ansar Dine"),
                    ("مالي", "LOC", "Mali")])
    assert _condemned(doc) == [("United Kingdom", "Ansar Dine")]


def test_statements_of_nobody_named_leave_the_condemned_empty() -> None:
    doc = make_doc("وأدانت السويد التصريحات التي أدلى بها الوزير أمس.", [("السويد", "LOC", "Sweden")])
    assert _condemned(doc) == [("Sweden", "")]


# -- whose patrols or depots a strike hit ----------------------------------------------------------------------------

def _struck(doc) -> list[str]:
    return [party_name(d["recipient"]) for d in coded(doc, "ASSAULT")]


def test_a_patrol_belonging_to_a_named_group_makes_the_group_the_target() -> None:
    doc = make_doc("وهاجم مقاتلو المقاومة الشعبية فجر اليوم دورية تابعة للحوثيين قرب جبل صبر.",
                   [("المقاومة الشعبية", "ORG", "Popular Resistance"), ("لحوثيين", "ORG", "Houthis"),
                    ("جبل صبر", "LOC", "Jabal Sabir")])
    assert _struck(doc) == ["Houthis"]


def test_two_patrols_of_a_named_militia_not_the_district_they_were_in() -> None:
    doc = make_doc("ونصبت المقاومة كمينا استهدف دوريتين لمليشيا الحوثي في مديرية القفر.",
                   [("المقاومة", "ORG", "Resistance"), ("مليشيا الحوثي", "ORG", "Houthi militia"),
                    ("مديرية القفر", "LOC", "Qafr")])
    assert _struck(doc) == ["Houthi militia"]


def test_ammunition_depots_of_a_named_group_past_the_word_for_what_they_hold() -> None:
    doc = make_doc("وفي محافظة البيضاء استهدف التحالف مخازن ذخيرة لجماعة الحوثيين قرب مدينة رداع.",
                   [("محافظة البيضاء", "LOC", "Bayda"), ("التحالف", "ORG", "Coalition"),
                    ("جماعة الحوثيين", "ORG", "Houthis"), ("رداع", "LOC", "Rada'a")])
    assert _struck(doc) == ["Houthis"]


def test_vehicles_of_a_named_group_after_a_relative_clause_on_the_attacker() -> None:
    doc = make_doc("كما استهدفت طائرات التحالف، الذي تقوده المملكة، مركبات عسكرية تابعة للحوثيين في الوازعية غرب تعز.",
                   [("لحوثيين", "ORG", "Houthis"), ("الوازعية", "LOC", "Wazi'iya"), ("تعز", "LOC", "Taiz")])
    assert _struck(doc) == ["Houthis"]
