"""The attacker a sentence names by a common noun phrase (issue 15, events17): the subject of the verb carrying the
attack noun, before it at its clause's start ("إن طيران التحالف نفذ ضربة", "وكان سلاح الجو X قد شن") or after it
("وكثفت قوات X غاراتها"); the air arm whose strikes the noun names ("لغارات طيران التحالف"); a force followed by the
noun's object ("قصف ميليشيات X للأحياء"); a force after لـ past adjectives ("هجوم مسلح للمقاومة"); the agent of a
passive or an attribution ("من قبل قوات النظام", "نسب إلى حزب X"); the other side of the fighting the dead fell in;
both sides of "اشتباكات بين X وY".  A force whose phrase ends in a nationality is the country.  Guards: an attack in
a time adjunct is not the object of the verb before it, and a militia named only by adjectives names nobody.  All
on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(doc) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, "ASSAULT")]


def _actors(doc) -> list[str]:
    return [a for a, _r in _parties(doc)]


# -- the subject of the verb that carries the attack noun ------------------------------------------------------------

def test_a_force_subject_before_the_verb_that_carries_the_strikes() -> None:
    doc = make_doc("وقالت مصادر محلية إن طائرات التحالف الحربية نفذت في وقت متأخر من مساء أمس غارات عنيفة قرب المطار "
                   "قتل فيها ثمانية مسلحين.", [])
    assert "طائرات التحالف الحربية" in _actors(doc)


def test_a_nations_air_force_before_qad_is_the_nation() -> None:
    doc = make_doc("وقال مصدر إن سلاح الجو الأردني قد شن مساء الثلاثاء سلسلة غارات على مواقع تنظيم داعش قرب الرقة "
                   "أسفرت عن مقتل عشرين من عناصره.", [("داعش", "ORG", "ISIS"), ("الرقة", "LOC", "Raqqa")])
    assert ("Jordan", "ISIS") in _parties(doc)


def test_the_subject_after_a_verb_of_intensifying_owns_her_strikes() -> None:
    doc = make_doc("وكثفت قوات التحالف يوم الأحد غاراتها الجوية على مواقع الحوثيين في صعدة ما أدى إلى مقتل 12 مسلحا.",
                   [("الحوثيين", "ORG", "Houthis"), ("صعدة", "LOC", "Saada")])
    assert "قوات التحالف" in _actors(doc)


def test_the_force_that_laid_the_ambush_is_the_attacker_of_what_it_targeted() -> None:
    doc = make_doc("وأفاد شهود أن المقاومة الشعبية نصبت كمينا مسلحا استهدف عربة عسكرية للمتمردين عند مدخل البلدة "
                   "وقتل أربعة منهم.", [])
    assert "المقاومة الشعبية" in _actors(doc)


def test_members_of_a_group_after_a_coordinated_verb_stand_for_the_group() -> None:
    doc = make_doc("وشن عناصر حركة الشباب هجوما على قاعدة عسكرية قرب العاصمة أسفر عن مقتل عشرة جنود.",
                   [("حركة الشباب", "ORG", "al-Shabaab")])
    assert "al-Shabaab" in _actors(doc)


def test_the_dead_told_as_the_outcome_of_an_ambush_are_its_layers_victims() -> None:
    doc = make_doc("وفي الريف الغربي نصب مقاتلو المقاومة الشعبية فجر اليوم كمينا لدورية المتمردين، أسفر عن مصرع خمسة "
                   "منهم، وإصابة ثلاثة آخرين.", [])
    assert "المقاومة الشعبية" in _actors(doc)


def test_an_attack_in_a_time_adjunct_is_not_the_object_of_the_verb_before_it() -> None:
    # guard: the army patrolled after a kidnapping; it did not kidnap anyone
    doc = make_doc("وقام الجيش الوطني بتسيير دوريات مكثفة في المدينة بعد عملية خطف طالت تاجرين مساء الجمعة.", [])
    assert "الجيش الوطني" not in _actors(doc)


# -- whose strikes the attack noun names ------------------------------------------------------------------------

def test_the_air_arm_after_an_undergone_strike_is_the_attacker() -> None:
    doc = make_doc("وتعرضت مواقع المسلحين شرق مدينة عدن ليل الاثنين لغارات طيران التحالف وقتل فيها عشرة منهم.",
                   [("عدن", "LOC", "Aden")])
    assert "طيران التحالف" in _actors(doc)


def test_a_militia_followed_by_what_it_shelled_is_the_attacker() -> None:
    doc = make_doc("وقتل ثلاثة مدنيين جراء قصف ميليشيات الحوثي للأحياء السكنية في المدينة القديمة.", [])
    assert "ميليشيات الحوثي" in _actors(doc)


def test_the_force_after_lam_past_the_adjectives_of_the_attack() -> None:
    doc = make_doc("وقتل ثلاثة جنود في هجوم مسلح للمقاومة على نقطة تفتيش قرب القرية الشمالية.", [])
    assert "المقاومة" in _actors(doc)


def test_the_agent_of_a_passive_shelling() -> None:
    doc = make_doc("وتعرضت بلدة الحارة لقصف مدفعي عنيف من قبل قوات النظام فجر اليوم أدى إلى مقتل ثلاثة مدنيين.",
                   [("الحارة", "LOC", "Hara")])
    assert "قوات النظام" in _actors(doc)


def test_a_militia_named_only_by_adjectives_names_nobody() -> None:
    # guard: "the militias stationed on the hill" is no named attacker
    doc = make_doc("وتعرضت قرية الوادي لقصف مدفعي من قبل الميليشيات المتمركزة فوق التلة أدى إلى مقتل طفل.",
                   [("الوادي", "LOC", "Wadi")])
    assert _actors(doc) and all(a == "" for a in _actors(doc))


def test_an_attack_attributed_to_a_group() -> None:
    doc = make_doc("وقتل شرطي وأصيب آخر في هجوم نسب إلى حزب العمال الكردستاني في جنوب شرق البلاد.",
                   [("حزب العمال الكردستاني", "ORG", "PKK")])
    assert "PKK" in _actors(doc)


def test_fighter_jets_of_a_nations_air_force_are_that_nation() -> None:
    doc = make_doc("وقامت أربع مقاتلات اف-16 من سلاح الجو الأردني بقصف مواقع للمتطرفين قرب الحدود الشمالية فقتلت "
                   "عشرة منهم.", [])
    assert "Jordan" in _actors(doc)


# -- fighting and clashes ----------------------------------------------------------------------------------------

def test_the_dead_fell_fighting_the_force_after_maa() -> None:
    doc = make_doc("وقتل 15 مسلحا على الأقل خلال القتال العنيف مع قوات الأمن الباكستانية في المنطقة القبلية.", [])
    assert "Pakistan" in _actors(doc)


def test_both_sides_of_clashes_between() -> None:
    doc = make_doc("وقتل أربعة أشخاص في اشتباكات بين قوات الأمن المصرية والمسلحين في شمال سيناء.",
                   [("سيناء", "LOC", "Sinai")])
    assert ("Egypt", "المسلحين") in _parties(doc)


def test_the_other_side_of_a_clash_is_the_group_its_fighters_belong_to() -> None:
    doc = make_doc("وقتل عشرة مسلحين في اشتباكات عنيفة بين الجيش ومقاتلي جماعة أنصار الحق قرب الحدود.",
                   [("أنصار الحق", "ORG", "Ansar al-Haqq")])
    assert ("الجيش", "Ansar al-Haqq") in _parties(doc)


# -- an accuser the mention layer left bare is no passive's nobody -----------------------------------------------

def _accusations(doc) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, "ACCUSE")]


def test_a_capital_that_accuses_in_a_relative_clause() -> None:
    doc = make_doc("ورحبت الأمم المتحدة بموقف كييف التي تتهم موسكو بدعم الانفصاليين في الشرق.",
                   [("كييف", "LOC", "Kyiv"), ("موسكو", "LOC", "Moscow"), ("الأمم المتحدة", "ORG", "United Nations")])
    assert ("Kyiv", "Moscow") in _accusations(doc)


def test_a_ministry_with_a_nationality_before_the_accused_is_its_country() -> None:
    doc = make_doc("واتهمت وزارة الخارجية الإيرانية الولايات المتحدة بعرقلة المفاوضات النووية.",
                   [("الولايات المتحدة", "LOC", "United States")])
    assert _accusations(doc) == [("Iran", "United States")]


def test_the_noun_phrase_a_relative_clause_hangs_on_accuses() -> None:
    doc = make_doc("وانتقد الوزير الصحف الفرنسية التي اتهمت ألمانيا بالتقصير في ملف اللاجئين.",
                   [("ألمانيا", "LOC", "Germany")])
    assert ("الصحف الفرنسية", "Germany") in _accusations(doc)


def test_a_passive_marked_by_its_vowels_keeps_no_accuser() -> None:
    doc = make_doc("واتُّهِمَت ألمانيا بالتقصير في ملف اللاجئين.", [("ألمانيا", "LOC", "Germany")])
    assert _accusations(doc) == [("", "Germany")]


def test_a_group_after_the_verb_that_took_up_the_attack_past_a_time_word() -> None:
    doc = make_doc("وقتل ثلاثة جنود في هجوم شنته ليلة أمس حركة الشباب على ثكنة عسكرية جنوب العاصمة.",
                   [("حركة الشباب", "ORG", "al-Shabaab")])
    assert "al-Shabaab" in _actors(doc)


def test_gunmen_of_a_named_group_who_opened_fire_killed_the_dead_it_led_to() -> None:
    doc = make_doc("وفتح مسلحون من جماعة أنصار الحق النار على حاجز للشرطة ما أدى إلى مقتل شرطيين.",
                   [("أنصار الحق", "ORG", "Ansar al-Haqq")])
    assert "Ansar al-Haqq" in _actors(doc)


def test_a_clash_with_unknown_gunmen_has_one_named_side() -> None:
    doc = make_doc("وقتل خمسة مسلحين في اشتباكات عنيفة بين قوات الأمن العراقية ومسلحين مجهولين قرب سامراء.",
                   [("سامراء", "LOC", "Samarra")])
    assert ("Iraq", "") in _parties(doc)


def test_the_pockets_of_a_named_group_are_that_group() -> None:
    doc = make_doc("وقتل عدد من المسلحين في مواجهات عنيفة بين الجيش وجيوب جماعة أنصار الحق في الريف الشرقي.",
                   [("أنصار الحق", "ORG", "Ansar al-Haqq")])
    assert ("الجيش", "Ansar al-Haqq") in _parties(doc)


def test_soldiers_killed_in_a_clash_were_hit_by_the_other_side() -> None:
    # guard: the army lost the dead; it is the target, and the gunmen it fought are not named
    doc = make_doc("وقال مسؤول إن ثلاثة جنود قتلوا في قتال بين الجيش ومسلحين في ضواحي المدينة.", [])
    assert "الجيش" not in _actors(doc)
