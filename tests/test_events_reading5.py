"""Attacks that leave out their named attacker (issue 15, events9): the subject of the verb the detector chose,
who claims the attack next to it, the antecedent of "التي قتلت + a count ... في هجمات", and an accuser marked as
the subject before its verb — with guards: a passive's victim, a counted group of the dead, a speaker or a
denied claim is never the attacker.  All on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _actors(doc, typ: str = "ASSAULT") -> list[str]:
    return [party_name(d["actor"]) for d in coded(doc, typ)]


# -- the subject of the detector's verb --------------------------------------------------------------------

def test_forces_marked_as_the_subject_before_the_verb_killed() -> None:
    doc = make_doc("وقالت مصادر محلية إن قوات الأمن قتلت خمسة مسلحين وأصابت ثلاثة آخرين خلال مداهمة في ضواحي المدينة.", [])
    assert any("قوات الأمن" in a for a in _actors(doc))


def test_the_announcer_is_not_the_attacker() -> None:
    # guard: the ministry tells it; the forces marked as the subject after أن killed
    doc = make_doc("وأعلنت وزارة الداخلية أن قوات الأمن قتلت ستة أشخاص يشتبه بانتمائهم إلى خلية في مدينة الساحل.",
                   [("وزارة الداخلية", "ORG", "Interior Ministry")])
    actors = _actors(doc)
    assert actors and "Interior Ministry" not in actors and any("قوات الأمن" in a for a in actors)


def test_counted_dead_of_a_group_are_not_the_attacker() -> None:
    # guard: "خمسة من عناصر X قتلوا" — X lost men, it attacked nobody
    doc = make_doc("وقال مصدر أمني إن خمسة من عناصر حركة الفجر قتلوا وأصيب عشرة آخرون في اشتباكات شرق المدينة.",
                   [("حركة الفجر", "ORG", "Dawn Movement")])
    assert coded(doc, "ASSAULT") and "Dawn Movement" not in _actors(doc)


def test_a_person_after_an_ambiguous_verb_is_not_the_attacker() -> None:
    # guard: "قتل فلان" reads as a passive as often as not
    doc = make_doc("وقتل رامي العطار خمسة من مرافقيه وأصيب عشرون في اشتباكات جنوب البلاد.",
                   [("رامي العطار", "PER", "Rami Attar")])
    assert coded(doc, "ASSAULT") and "Rami Attar" not in _actors(doc)


# -- who claims the attack ----------------------------------------------------------------------------------

def test_the_group_that_claims_two_attacks_carried_out_the_one_told_next() -> None:
    doc = make_doc("قتل ثلاثون شخصا أمس في هجومين تبنتهما جماعة الرايات السود، عشرون منهم بسقوط قذائف على السوق وعشرة "
                   "في هجوم انتحاري قرب المسجد.", [("الرايات السود", "ORG", "Black Banners")])
    assert "Black Banners" in _actors(doc)


def test_the_group_claiming_the_bombing_by_a_pronoun_carried_it_out() -> None:
    doc = make_doc("وقالت الشرطة ومصادر طبية إن تفجيرا انتحاريا بسيارة ملغومة أعلنت جماعة الرايات السود مسؤوليتها عنه "
                   "قتل أكثر من ثلاثين شخصا بينهم أطفال.", [("الرايات السود", "ORG", "Black Banners")])
    assert "Black Banners" in _actors(doc)


def test_nobody_claiming_the_attack_names_no_attacker() -> None:
    # guard: a negated claim, and a group that denies its part
    doc = make_doc("ولم تتبن أي جهة الهجوم الذي استهدف مركزا للشرطة، فيما نفت جماعة الرايات السود مسؤوليتها عنه.",
                   [("الرايات السود", "ORG", "Black Banners")])
    assert "Black Banners" not in _actors(doc)


# -- "X التي قتلت + count ... في هجمات" -----------------------------------------------------------------

def test_the_group_that_killed_a_count_in_attacks_attacked() -> None:
    doc = make_doc("وتحمل العملية بصمات حركة الفجر المسلحة التي قتلت عشرين شخصا يوم الخميس في سلسلة هجمات انتحارية في "
                   "العاصمة.",
                   [("حركة الفجر", "ORG", "Dawn Movement")])
    assert "Dawn Movement" in _actors(doc)


def test_the_one_killed_in_an_attack_is_not_the_attacker() -> None:
    # guard: "الذي قتل في هجوم" without a count after the verb is the passive: he was killed
    doc = make_doc("وشيع أهالي البلدة الضابط سامر الحلبي الذي قتل في هجوم على دورية للشرطة أمس.",
                   [("سامر الحلبي", "PER", "Samer Halabi")])
    assert "Samer Halabi" not in _actors(doc)


# -- an accuser marked as the subject ------------------------------------------------------------------------

def test_an_accuser_before_the_verb_after_an_is_accuses() -> None:
    doc = make_doc("وأوضح المسؤول أن الهند اتهمت نيبال بإيواء المسلحين الذين هاجموا المعبر.",
                   [("الهند", "LOC", "India"), ("نيبال", "LOC", "Nepal")])
    accusations = coded(doc, "ACCUSE")
    assert accusations and party_name(accusations[0]["actor"]) == "India"
    assert party_name(accusations[0]["recipient"]) == "Nepal"


def test_a_passive_accusation_keeps_the_accused_as_recipient() -> None:
    # guard: "اتُّهم X بـ" — nobody named accuses
    doc = make_doc("واتُّهمت نيبال بإيواء المسلحين الذين هاجموا المعبر.",
                   [("نيبال", "LOC", "Nepal")])
    for d in coded(doc, "ACCUSE"):
        assert party_name(d["actor"]) != "Nepal"


# -- a light verb further back ---------------------------------------------------------------------------

def test_aircraft_after_a_light_verb_far_before_the_strikes_carried_them_out() -> None:
    # "شنت طائرات X بقيادة Y مساء أمس الخميس سلسلة من الغارات": ten words between the light verb and the strikes
    doc = make_doc("شنت طائرات التحالف الدولي بقيادة الولايات المتحدة مساء أمس الخميس سلسلة من الغارات الجوية مستهدفة "
                   "مواقع حركة الفجر في الجبال.",
                   [("حركة الفجر", "ORG", "Dawn Movement"), ("الولايات المتحدة", "LOC", "United States")])
    raids = coded(doc, "ASSAULT")
    assert raids and party_name(raids[0]["actor"]) == "طائرات التحالف الدولي"
    assert party_name(raids[0]["recipient"]) == "Dawn Movement"


# -- an attack noun's genitive before its object after لـ ---------------------------------------------------

def test_the_genitive_before_a_lam_object_shelled() -> None:
    doc = make_doc("وتزامنت الاشتباكات مع قصف قوات النظام لمواقع حركة الفجر في ريف المدينة الغربي.",
                   [("حركة الفجر", "ORG", "Dawn Movement")])
    raids = coded(doc, "ASSAULT")
    assert raids and party_name(raids[0]["actor"]) == "قوات النظام"


def test_the_genitive_of_the_positions_hit_is_not_the_attacker() -> None:
    # guard: "قصف مواقع X لليوم الثالث" — X's positions were hit, on the third day
    doc = make_doc("وتواصل قصف مواقع حركة الفجر لليوم الثالث على التوالي في ريف المدينة.",
                   [("حركة الفجر", "ORG", "Dawn Movement")])
    assert all(party_name(d["actor"]) != "Dawn Movement" for d in coded(doc, "ASSAULT"))
