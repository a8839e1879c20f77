"""Events a reader can trust, fourth round (issue 15): error classes that recur across the independently read
SaudiNewsNet days — accidents told as attacks, the actor's own side taken as whom it condemns or shells, a place
that only says where taken as the party, and another clause's place taken as the target.  All on sentences
written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


# -- accidents are no attacks ----------------------------------------------------------------------------

def test_a_poisoning_with_a_clitic_is_no_attack() -> None:
    doc = make_doc("وأصيب عشرون نزيلا بجروح وتوفي ثلاثة إثر تعرضهم للتسمم في فندق بالمدينة أمس.", [])
    assert coded(doc, "ASSAULT") == []


def test_old_ordnance_going_off_is_no_attack() -> None:
    doc = make_doc("قتل أربعة عمال وأصيب عشرة آخرون بجراح في انفجار قذيفة من مخلفات الحرب أثناء إزالة الركام.", [])
    assert coded(doc, "ASSAULT") == []


def test_a_crash_told_with_a_possessive_is_no_attack() -> None:
    doc = make_doc("وقتل سبعة جنود الشهر الماضي بعد تحطم مروحيتهم في الصحراء في ما وصفه الجيش بالحادث.", [])
    assert coded(doc, "ASSAULT") == []


def test_a_car_bomb_stays_an_attack() -> None:
    doc = make_doc("قتل عشرة أشخاص وأصيب ثلاثون آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا وسط المدينة.", [])
    assert coded(doc, "ASSAULT")


# -- the actor's own side ----------------------------------------------------------------------------------

def test_a_mufti_does_not_condemn_his_own_country() -> None:
    # "X، مفتي مصر،": the country of the apposition is his own side
    doc = make_doc("أدان الدكتور شوقي علام، مفتي مصر، العملية الإرهابية التي استهدفت مسجدا في مدينة أبها.",
                   [("مصر", "LOC", "Egypt"), ("شوقي علام", "PER", "Shawki Allam"), ("أبها", "LOC", "Abha")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and party_name(accusations[0]["actor"]) == "Shawki Allam"
    assert all(party_name(d["recipient"]) != "Egypt" for d in accusations)


def test_a_force_named_by_its_nationality_does_not_shell_its_own_country() -> None:
    doc = make_doc("أصيب خمسة مدنيين باكستانيين بجروح جراء قصف شنته القوات الهندية صباح اليوم على قرى حدودية.", [])
    raids = coded(doc, "ASSAULT")
    assert raids and all(party_name(d["recipient"]) not in ("India", "الهند") for d in raids)


def test_the_person_after_a_nationality_title_condemns() -> None:
    doc = make_doc("استنكر رئيس مجلس النواب العراقي الدكتور سليم الجبوري التفجير الانتحاري الذي استهدف مسجدا في منطقة عسير.",
                   [("سليم الجبوري", "PER", "Salim al-Jabouri"), ("عسير", "LOC", "Asir")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and party_name(accusations[0]["actor"]) == "Salim al-Jabouri"
    assert party_name(accusations[0]["recipient"]) != "Salim al-Jabouri"


def test_a_speaker_asks_another_of_his_country() -> None:
    # guard: the title holder is the actor and the other Iraqi the one asked
    doc = make_doc("وطالب رئيس البرلمان العراقي سليم الجبوري رئيس الوزراء حيدر العبادي بإقالة الوزراء الفاسدين.",
                   [("سليم الجبوري", "PER", "Salim al-Jabouri"), ("حيدر العبادي", "PER", "Haider al-Abadi")])
    demands = coded(doc, "REQUEST")
    assert demands and party_name(demands[0]["actor"]) == "Salim al-Jabouri"
    assert party_name(demands[0]["recipient"]) == "Haider al-Abadi"


def test_an_army_shelling_a_city_of_its_country_keeps_the_city() -> None:
    doc = make_doc("قصف الجيش السوري أحياء في مدينة حلب بالبراميل المتفجرة.",
                   [("الجيش السوري", "ORG", "Syrian army"), ("حلب", "LOC", "Aleppo")])
    raids = coded(doc, "ASSAULT")
    assert raids and party_name(raids[0]["recipient"]) == "Aleppo"


# -- a place that only says where ------------------------------------------------------------------------

def test_the_venue_of_talks_is_not_the_party_welcomed() -> None:
    doc = make_doc("ورحب وزراء خارجية مجلس التعاون ببدء الحوار الليبي في الصخيرات بالمملكة المغربية.",
                   [("مجلس التعاون", "ORG", "GCC"), ("الصخيرات", "LOC", "Skhirat"),
                    ("المملكة المغربية", "LOC", "Morocco")])
    assert all(party_name(d["recipient"]) != "Morocco" for d in coded(doc, "SUPPORT"))


def test_the_region_of_a_bombing_is_not_whom_a_government_condemns() -> None:
    doc = make_doc("كما أدانت الحكومة الألمانية التفجير الذي استهدف مسجدا بمنطقة عسير.",
                   [("الحكومة الألمانية", "ORG", "German government"), ("عسير", "LOC", "Asir")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and all(party_name(d["recipient"]) != "Asir" for d in accusations)


def test_praise_of_a_country_after_bi_stays() -> None:
    # guard: "أشاد بالسعودية" — the country praised is the party, not a place
    doc = make_doc("وأشاد وزير الخارجية الأمريكي جون كيري بالسعودية ودورها في مكافحة الإرهاب.",
                   [("جون كيري", "PER", "John Kerry"), ("السعودية", "LOC", "Saudi Arabia")])
    praise = coded(doc, "SUPPORT")
    assert praise and party_name(praise[0]["recipient"]) == "Saudi Arabia"


def test_the_town_an_attack_was_near_is_not_its_target() -> None:
    doc = make_doc("وقصفت الطائرات التركية مواقع للمتطرفين في سوريا المقابلة لمدينة كيليس.",
                   [("سوريا", "LOC", "Syria"), ("كيليس", "LOC", "Kilis")])
    raids = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "وقصفت"]
    assert raids and party_name(raids[0]["recipient"]) != "Kilis"


# -- another clause's place ------------------------------------------------------------------------------

def test_the_place_of_a_contrasting_clause_is_not_the_target() -> None:
    doc = make_doc("والهجوم المزدوج على السوق أسفر عن مقتل 11 شخصا على الأقل فيما لقي نحو 40 مصرعهم في تفجيرين في غومبيه.",
                   [("غومبيه", "LOC", "Gombe")])
    attacks = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "والهجوم"]
    assert all(party_name(d["recipient"]) != "Gombe" for d in attacks)
