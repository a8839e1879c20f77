"""The victims an attack's sentence names by nationality or force (issue 15, events18): soldiers, policemen,
security men or members of an army counted dead or wounded, with a nationality adjective ("جنود أتراك", "جنديين
أردنيين") or a force ending in one ("عناصر من الشرطة التونسية", "رجال الأمن الكويتيين"), are the recipient — the
country — in preference to the place the strike fell in, and fill a missing one.  Guards: soldiers who do the
killing, a contrasting clause's dead, a share of the dead, the attacker's own men.  All on sentences written for
these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(doc) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, "ASSAULT")]


def _recipients(doc) -> list[str]:
    return [r for _a, r in _parties(doc)]


# -- a nationality adjective after the soldiers ----------------------------------------------------------------

def test_counted_soldiers_with_their_nationality_are_hit_not_the_province() -> None:
    doc = make_doc("قتل 12 جنديا عراقيا على الأقل مساء الأحد في غارة روسية على نقطة تفتيش في محافظة ديالى.",
                   [("ديالى", "LOC", "Diyala")])
    assert ("Russia", "Iraq") in _parties(doc)


def test_a_broken_plural_nationality_names_the_country() -> None:
    doc = make_doc("وأسفر هجوم صاروخي أمس عن مقتل خمسة جنود أتراك في بلدة حدودية.", [])
    assert "Turkey" in _recipients(doc)


def test_the_dual_with_its_dual_nationality() -> None:
    doc = make_doc("وأصيب جنديان أردنيان بجروح طفيفة في هجوم بقذائف الهاون على موقع حدودي.", [])
    assert "Jordan" in _recipients(doc)


def test_counted_with_min_and_a_definite_plural_nationality() -> None:
    doc = make_doc("وأكد المسؤول لاحقا «مقتل سبعة من الجنود الليبيين وإصابة اثنين» في الهجوم.", [])
    assert "Libya" in _recipients(doc)


# -- the force they belong to --------------------------------------------------------------------------------------

def test_members_of_a_police_ending_in_a_nationality() -> None:
    doc = make_doc("وقتل ثلاثة من أفراد الشرطة التونسية في انفجار لغم أرضي قرب الحدود.", [])
    assert "Tunisia" in _recipients(doc)


def test_soldiers_with_the_army_glued_to_the_preposition() -> None:
    doc = make_doc("قتل ضابط و4 جنود بالجيش اللبناني وأصيب آخرون في انفجار سيارة مفخخة عند حاجز في البقاع.", [])
    assert "Lebanon" in _recipients(doc)


def test_security_men_with_a_plural_nationality() -> None:
    doc = make_doc("قتل أربعة من رجال الأمن الكويتيين وأصيب آخرون في هجوم انتحاري على مركز حدودي.", [])
    assert "Kuwait" in _recipients(doc)


def test_a_bare_army_the_sentence_named_with_its_nationality() -> None:
    doc = make_doc("وأعلن المتحدث باسم الجيش اللبناني أن اثنين من أفراد الجيش قتلوا إثر سقوط قذيفة على موقعهم.", [])
    assert "Lebanon" in _recipients(doc)


# -- guards ----------------------------------------------------------------------------------------------------------

def test_a_named_army_of_its_own_is_not_the_country() -> None:
    doc = make_doc("وقتل خمسة عناصر من الجيش السوري الحر في قصف على ريف حلب.", [("الجيش السوري الحر", "ORG", "FSA")])
    assert "Syria" not in _recipients(doc)


def test_soldiers_who_kill_a_counted_group_are_not_the_victims() -> None:
    doc = make_doc("وقتل جنود أمريكيون ثلاثة مسلحين في هجوم على قرية بولاية هلمند.", [("هلمند", "LOC", "Helmand")])
    assert "United States" not in _recipients(doc)


def test_the_dead_of_a_contrasting_clause_are_not_this_attacks_victims() -> None:
    doc = make_doc("وقصفت الطائرات الروسية مواقع المعارضة في إدلب، بينما قتل جنديان سوريان في هجوم على حماة.",
                   [("إدلب", "LOC", "Idlib"), ("حماة", "LOC", "Hama")])
    russia = [r for a, r in _parties(doc) if a == "Russia"]
    assert "Syria" not in russia


def test_a_share_of_the_dead_is_not_who_was_hit() -> None:
    doc = make_doc("وقتل عشرون شخصا بينهم ثلاثة جنود مصريين في تفجير انتحاري استهدف سوقا في العريش.",
                   [("العريش", "LOC", "Arish")])
    assert "Egypt" not in _recipients(doc)


def test_the_attackers_own_soldiers_are_not_its_target() -> None:
    doc = make_doc("وقصفت المدفعية التركية قرية حدودية في سوريا ما أدى إلى مقتل جنديين تركيين بالخطأ.",
                   [("سوريا", "LOC", "Syria")])
    assert ("Turkey", "Turkey") not in _parties(doc)


def test_the_province_named_by_its_kind_gives_way_to_the_soldiers_country() -> None:
    doc = make_doc("قتل ثمانية جنود باكستانيين أمس في هجوم صاروخي على ثكنة في ولاية بلوشستان.",
                   [("بلوشستان", "LOC", "Balochistan")])
    assert "Pakistan" in _recipients(doc)


def test_policemen_killed_by_another_named_party_are_not_the_earlier_attacks_victims() -> None:
    doc = make_doc("وحملت الحكومة حركة الشباب مسؤولية شن الهجوم، وبعد إقدام مسلحين من جبهة التحرير على قتل ثلاثة من "
                   "رجال الشرطة التونسية في المدينة، شنت الطائرات غارات على معاقلهم.",
                   [("حركة الشباب", "ORG", "al-Shabaab"), ("جبهة التحرير", "ORG", "Liberation Front")])
    assert ("al-Shabaab", "") in _parties(doc)


def test_soldiers_followed_by_whom_they_killed_are_not_the_victims() -> None:
    doc = make_doc("قتل جنود إسرائيليون شابا فلسطينيا قرب مدينة الخليل صباح اليوم.", [("الخليل", "LOC", "Hebron")])
    assert "Israel" not in _recipients(doc)


def test_the_others_wounded_after_fima_go_on_with_the_same_attack() -> None:
    doc = make_doc("قتل خمسة من عناصر القوات المسلحة الجزائرية فيما أصيب اثنان آخران صباح اليوم إثر انفجار لغم "
                   "بولاية تيزي وزو.", [])
    assert "Algeria" in _recipients(doc)


def test_an_object_marked_by_its_tanween_makes_the_soldiers_the_killers() -> None:
    doc = make_doc("قتل جنود فرنسيون صبياً قرب الحدود مساء أمس.", [])
    assert "France" not in _recipients(doc)


def test_a_tanween_object_the_linker_took_for_a_town_still_makes_the_soldiers_the_killers() -> None:
    doc = make_doc("قتل جنود فرنسيون صبياً قرب الحدود مساء أمس.", [("صبياً", "LOC", "Sabya")])
    assert "France" not in _recipients(doc)


def test_a_tanween_adverb_after_the_soldiers_leaves_them_the_victims() -> None:
    doc = make_doc("وأسفر هجوم صاروخي عن مقتل خمسة جنود أتراك أيضاً في بلدة حدودية.", [])
    assert "Turkey" in _recipients(doc)
