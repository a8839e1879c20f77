"""Events a reader can trust, fourth round (issue 15): error classes that recur across the independently read
SaudiNewsNet days — accidents told as attacks, the actor's own side taken as whom it condemns or shells, a place
that only says where taken as the party — and a guard from the unseen day that undid a fifth rule.  All on
sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


# -- accidents are no attacks ----------------------------------------------------------------------------

def test_a_poisoning_with_a_clitic_is_no_attack() -> None:
    doc = make_doc("وأصيب عشرون نزيلا بجروح وتوفي ثلاثة إثر تعرضهم للتسمم في فندق بالمدينة أمس.", [])
    assert coded(doc, "ASSAULT") == []


def test_old_ordnance_going_off_is_no_attack() -> None:
    doc = make_doc("وأصيب طفلان بجروح خطيرة عندما انفجرت بهما قذيفة من مخلفات الحرب في حقل زراعي.", [])
    assert coded(doc, "ASSAULT") == []


def test_a_crash_told_with_a_possessive_is_no_attack() -> None:
    doc = make_doc("ولقي جنديان حتفهما وأصيب ثالث بعد تحطم مروحيتهم العسكرية قرب القاعدة.", [])
    assert coded(doc, "ASSAULT") == []


def test_a_car_bomb_stays_an_attack() -> None:
    doc = make_doc("قتل عشرة أشخاص وأصيب ثلاثون آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا وسط المدينة.", [])
    assert coded(doc, "ASSAULT")


# -- the actor's own side ----------------------------------------------------------------------------------

def test_a_mufti_does_not_condemn_his_own_country() -> None:
    # "X، مفتي لبنان،": the country of the apposition is his own side
    doc = make_doc("استنكر الشيخ عبد اللطيف دريان، مفتي لبنان، الاعتداء على المصلين في مدينة القطيف.",
                   [("لبنان", "LOC", "Lebanon"), ("عبد اللطيف دريان", "PER", "Abdul Latif Derian"),
                    ("القطيف", "LOC", "Qatif")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and party_name(accusations[0]["actor"]) == "Abdul Latif Derian"
    assert all(party_name(d["recipient"]) != "Lebanon" for d in accusations)


def test_a_force_named_by_its_nationality_does_not_shell_its_own_country() -> None:
    doc = make_doc("وقتل راع وأصيب ابنه في قصف نفذته القوات الأرمينية مساء أمس على مرتفعات حدودية.", [])
    raids = coded(doc, "ASSAULT")
    assert raids and all(party_name(d["recipient"]) not in ("Armenia", "أرمينيا") for d in raids)


def test_the_person_after_a_nationality_title_condemns() -> None:
    doc = make_doc("ندد رئيس البرلمان اللبناني الأستاذ نبيه بري بالاعتداء الذي طال كنيسة في منطقة الأشرفية.",
                   [("نبيه بري", "PER", "Nabih Berri"), ("الأشرفية", "LOC", "Ashrafieh")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and party_name(accusations[0]["actor"]) == "Nabih Berri"
    assert party_name(accusations[0]["recipient"]) != "Nabih Berri"


def test_a_speaker_calls_on_another_of_his_country() -> None:
    # guard: the title holder is the actor and the other Lebanese the one called on
    doc = make_doc("ودعا رئيس البرلمان اللبناني نبيه بري رئيس الحكومة تمام سلام إلى عقد جلسة طارئة.",
                   [("نبيه بري", "PER", "Nabih Berri"), ("تمام سلام", "PER", "Tammam Salam")])
    calls = coded(doc, "REQUEST")
    assert calls and party_name(calls[0]["actor"]) == "Nabih Berri"
    assert party_name(calls[0]["recipient"]) == "Tammam Salam"


def test_an_army_shelling_a_city_of_its_country_keeps_the_city() -> None:
    doc = make_doc("قصف الجيش السوري أحياء في مدينة حلب بالبراميل المتفجرة.",
                   [("الجيش السوري", "ORG", "Syrian army"), ("حلب", "LOC", "Aleppo")])
    raids = coded(doc, "ASSAULT")
    assert raids and party_name(raids[0]["recipient"]) == "Aleppo"


# -- a place that only says where ------------------------------------------------------------------------

def test_the_venue_of_talks_is_not_the_party_welcomed() -> None:
    doc = make_doc("ورحب وزراء خارجية مجلس التعاون ببدء الحوار اليمني في مونترو بالكونفدرالية السويسرية.",
                   [("مجلس التعاون", "ORG", "GCC"), ("مونترو", "LOC", "Montreux"),
                    ("الكونفدرالية السويسرية", "LOC", "Switzerland")])
    assert all(party_name(d["recipient"]) != "Switzerland" for d in coded(doc, "SUPPORT"))


def test_the_region_of_a_bombing_is_not_whom_a_government_condemns() -> None:
    doc = make_doc("واستنكرت الحكومة الإيطالية الاعتداء الذي طال كنيسة بمحافظة المنيا.",
                   [("الحكومة الإيطالية", "ORG", "Italian government"), ("المنيا", "LOC", "Minya")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and all(party_name(d["recipient"]) != "Minya" for d in accusations)


def test_praise_of_a_country_after_bi_stays() -> None:
    # guard: "أشاد بالسعودية" — the country praised is the party, not a place
    doc = make_doc("وأشاد وزير الخارجية الأمريكي جون كيري بالسعودية ودورها في مكافحة الإرهاب.",
                   [("جون كيري", "PER", "John Kerry"), ("السعودية", "LOC", "Saudi Arabia")])
    praise = coded(doc, "SUPPORT")
    assert praise and party_name(praise[0]["recipient"]) == "Saudi Arabia"


def test_the_town_an_attack_was_near_is_not_its_target() -> None:
    doc = make_doc("وقصفت المدفعية الأردنية تجمعات للمسلحين في سوريا المقابلة لبلدة الرمثا.",
                   [("سوريا", "LOC", "Syria"), ("الرمثا", "LOC", "Ramtha")])
    raids = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "وقصفت"]
    assert raids and party_name(raids[0]["recipient"]) != "Ramtha"


# -- a clause after فيما can tell the same attack ---------------------------------------------------------

def test_a_claim_after_fima_keeps_the_attack_and_its_place() -> None:
    # events8 also took an attack's place out of a clause after فيما/بينما; on an unseen day (2015-08-08) that
    # dropped a right event: "فيما" there introduced the claim of the same attack, so the rule was reverted
    doc = make_doc("استهدف هجوم انتحاري مسجدا في مدينة أبها ظهر الخميس فيما تبنى تنظيم داعش في بيان مسؤوليته عن الهجوم.",
                   [("أبها", "LOC", "Abha"), ("داعش", "ORG", "Islamic State")])
    claimed = [d for d in coded(doc, "ASSAULT") if d["trigger_text"] == "الهجوم"]
    assert [(party_name(d["actor"]), party_name(d["recipient"])) for d in claimed] == [("Islamic State", "Abha")]
