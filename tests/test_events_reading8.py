"""Fewer attacks without their named attacker (issue 15, events13): an armed force after لـ behind an attack noun
that takes its target with على is whose attack it was ("هجوم للجان المقاومة على", "غارة جوية لطيران التحالف",
"كمين للمقاومة استهدف") — but not an ambush laid for someone ("نصبت كمينا للميليشيات") nor a force named by no name
("لتحالف تقوده"); and the subject of a killing told with its object carried out the attack it happened in ("إن
حزب العمال قتل ثلاثة جنود في هجوم", "وقتلت حركة طالبان سبعة في سلسلة هجمات").  Modality: a visit told in the
imperfect on a weekday other than the report's is still to come; what one "should" do ("يتعين أن", "بضرورة أن") and a
visit hoped to be completed ("التطلع لإتمام زيارة") are not done; a pledge in the pluperfect ("كانت ... قد تعهدت") and
a refusal in its own و-clause after "أي" were made.  A place one travels, returns or withdraws to or from is
no party to a call or a promise, nor is the foe of an effort a party backs ("دعمها لجهود التصدي لتنظيم داعش").  All
on sentences written for these tests; the raiders of a sentence's later strikes carry over when the forces named
between were what the first strike hit."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _actors(doc) -> list[str]:
    return [party_name(d["actor"]) for d in coded(doc, "ASSAULT")]


# -- an armed force after لـ ------------------------------------------------------------------------------

def test_an_attack_of_the_resistance_committees_has_them_as_attacker() -> None:
    doc = make_doc("قتل أربعة جنود في هجوم للجان المقاومة الشعبية على نقطة للمتمردين في مديرية الشرية.", [])
    assert "المقاومة الشعبية" in _actors(doc)


def test_an_air_strike_of_the_coalition_aviation_has_it_as_attacker() -> None:
    doc = make_doc("وقتل ثمانية من عناصر داعش في غارة جوية لطيران التحالف الدولي قرب مدينة الرمادي.",
                   [("داعش", "ORG", "ISIS")])
    [d] = coded(doc, "ASSAULT")
    assert party_name(d["actor"]) == "طيران التحالف الدولي"
    assert party_name(d["recipient"]) == "ISIS"


def test_an_ambush_of_the_resistance_that_targeted_vehicles_is_the_resistance_s() -> None:
    doc = make_doc("وقتل ثلاثة من المسلحين في كمين للمقاومة استهدف سيارتين قرب مدينة تعز.", [("تعز", "LOC", "Taiz")])
    assert _actors(doc) == ["المقاومة"]


def test_an_ambush_laid_for_the_militias_is_not_theirs() -> None:
    doc = make_doc("ونصبت المقاومة كمينا للميليشيات قرب مدينة تعز فجر اليوم.", [("تعز", "LOC", "Taiz")])
    assert not any("ميليشيات" in a for a in _actors(doc))


def test_strikes_of_a_coalition_told_by_no_name_name_no_attacker() -> None:
    doc = make_doc("وانتزع مقاتلون محليون تدعمهم غارات جوية لتحالف تقوده السعودية السيطرة على مدينة عدن.",
                   [("السعودية", "LOC", "Saudi Arabia"), ("عدن", "LOC", "Aden")])
    assert "تحالف" not in _actors(doc)


# -- the subject of the killing an attack was told with ---------------------------------------------------

def test_a_party_that_killed_soldiers_in_an_attack_carried_it_out() -> None:
    doc = make_doc("وقال الجيش في بيان إن حزب العمال الكردستاني قتل ثلاثة جنود في هجوم على مركز للشرطة في ولاية ماردين.",
                   [("حزب العمال الكردستاني", "ORG", "PKK"), ("ماردين", "LOC", "Mardin")])
    assert "PKK" in _actors(doc)


def test_a_movement_that_killed_seven_in_a_series_of_attacks_carried_them_out() -> None:
    doc = make_doc("وقتلت حركة طالبان سبعة أشخاص في سلسلة هجمات في ولاية هلمند.",
                   [("طالبان", "ORG", "Taliban"), ("هلمند", "LOC", "Helmand")])
    assert _actors(doc) == ["Taliban"]


def test_soldiers_killed_in_an_attack_name_no_attacker() -> None:
    # guard: "قُتل" with the dead after it is a passive; nobody is named as the attacker
    doc = make_doc("وقتل ثلاثة جنود من الجيش في هجوم على مركز للشرطة في ولاية ماردين.", [("ماردين", "LOC", "Mardin")])
    assert all(a in ("", "Mardin") for a in _actors(doc)) and "الجيش" not in " ".join(_actors(doc))


# -- acts still to come, and acts done before ------------------------------------------------------------

def _modality(doc, typ: str) -> list[str]:
    return [d["modality"] for d in coded(doc, typ)]


def test_a_visit_told_in_the_imperfect_on_another_weekday_is_still_to_come() -> None:
    # the report is of Saturday 22 June 2024; Tuesday is three days on
    doc = make_doc("ويزور وزير الخارجية فيصل المقداد موسكو الثلاثاء لبحث الملف اليمني.",
                   [("فيصل المقداد", "PER", "Faisal Mekdad"), ("موسكو", "LOC", "Moscow")], published_at="2024-06-22")
    assert _modality(doc, "CONSULT") == ["future"]


def test_a_visit_on_last_tuesday_is_no_future() -> None:
    doc = make_doc("ويزور وزير الخارجية فيصل المقداد موسكو للمرة الثانية منذ الثلاثاء الماضي.",
                   [("فيصل المقداد", "PER", "Faisal Mekdad"), ("موسكو", "LOC", "Moscow")], published_at="2024-06-22")
    assert "future" not in _modality(doc, "CONSULT")


def test_what_a_country_should_do_is_not_done() -> None:
    doc = make_doc("قال الوزير سيرغي لافروف إنه يتعين أن تتعاون فرنسا مع الحكومة السورية.",
                   [("سيرغي لافروف", "PER", "Sergey Lavrov"), ("فرنسا", "LOC", "France")])
    assert _modality(doc, "COOPERATE") == ["hypothetical"]


def test_a_pledge_told_in_the_pluperfect_was_made() -> None:
    doc = make_doc("وكانت النرويج قد تعهدت باستقبال مئتي لاجئ خلال العام.", [("النرويج", "LOC", "Norway")])
    assert _modality(doc, "AGREE") and "hypothetical" not in _modality(doc, "AGREE")


def test_a_refusal_after_a_denial_of_any_link_is_no_possibility() -> None:
    doc = make_doc("وتنفي الحكومة أي علاقة لها بالحادث، ورفضت بريطانيا تسليم المتهمين.",
                   [("بريطانيا", "LOC", "United Kingdom")])
    assert _modality(doc, "REJECT") == ["asserted"]


def test_a_visit_one_hopes_to_see_completed_has_not_happened() -> None:
    doc = make_doc("وأعرب رئيس الوزراء عن التطلع لإتمام زيارة الرئيس إيمانويل ماكرون إلى الجزائر.",
                   [("إيمانويل ماكرون", "PER", "Emmanuel Macron"), ("الجزائر", "LOC", "Algeria")])
    assert _modality(doc, "CONSULT") == ["hypothetical"]


# -- a destination or the foe of an effort is no party ----------------------------------------------------

def test_a_call_not_to_travel_to_a_country_is_not_addressed_to_it() -> None:
    doc = make_doc("دعت السلطات الأردنية مواطنيها إلى عدم السفر إلى تركيا بعد الهجوم.", [("تركيا", "LOC", "Turkey")])
    assert "Turkey" not in [party_name(d["recipient"]) for d in coded(doc, "REQUEST")]


def test_a_promise_to_return_to_the_capital_is_not_made_to_it() -> None:
    doc = make_doc("ووعد الرئيس عبد ربه منصور هادي المواطنين بعودة حكومته إلى صنعاء قريبا.",
                   [("عبد ربه منصور هادي", "PER", "Hadi"), ("صنعاء", "LOC", "Sanaa")])
    assert "Sanaa" not in [party_name(d["recipient"]) for d in coded(doc, "AGREE")]


def test_support_for_efforts_against_a_group_does_not_back_the_group() -> None:
    doc = make_doc("وأعربت مصر عن دعمها لجهود التصدي لتنظيم داعش في ليبيا.",
                   [("مصر", "LOC", "Egypt"), ("داعش", "ORG", "ISIS"), ("ليبيا", "LOC", "Libya")])
    assert "ISIS" not in [party_name(d["recipient"]) for d in coded(doc, "SUPPORT")]


def test_a_country_called_on_to_open_its_borders_is_still_the_one_called_on() -> None:
    doc = make_doc("ودعت فرنسا تركيا إلى فتح حدودها أمام اللاجئين.", [("فرنسا", "LOC", "France"), ("تركيا", "LOC", "Turkey")])
    assert [party_name(d["recipient"]) for d in coded(doc, "REQUEST")] == ["Turkey"]


# -- the raiders of a sentence's later strikes -------------------------------------------------------------

def test_later_strikes_are_the_same_raiders_when_the_forces_between_were_struck() -> None:
    # the forces named between the two strikes are what the first one hit ("على مواقع ... والقوات",
    # "ومعسكر قوات ..."), not other raiders
    doc = make_doc("وشنت طائرات التحالف العربي أمس سلسلة من الغارات الجوية على مواقع المليشيات الحوثية والقوات المتحالفة "
                   "معها في محافظة صعدة ومعسكر قوات الأمن الخاصة في إب، كما استهدفت الغارات الجوية مواقع للحوثيين في "
                   "محافظة أبين.",
                   [("لحوثيين", "ORG", "Houthis"), ("صعدة", "LOC", "Saada"), ("أبين", "LOC", "Abyan"), ("إب", "LOC", "Ibb")])
    later = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "الغارات" and party_name(d["recipient"]) == "Houthis"]
    assert [party_name(d["actor"]) for d in later] == ["طائرات التحالف العربي"]
