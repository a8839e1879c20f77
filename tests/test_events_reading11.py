"""Right recipients and directions (issue 15, events16), on sentences written for these tests.

* A strike on positions whose owner is told again by a common noun or a pronoun ("مواقع للمتشددين", "معسكرات
  للمتمردين", "ضد التنظيم") hit the armed group named just before, not the country it fell in.
* An envoy's title is not the party: "مبعوث الأمين العام للأمم المتحدة إلى ليبيا" is met or invited as himself,
  or as the body he speaks for — neither the Secretary-General nor the country he is posted to.
* A participle after a count ("40 شخصا متهمين", "12 متهما") describes the counted people, not the place before.
* A relative clause whose verb carries the object pronoun ("المنطقة التي يستهدفها المتمردون") has its subject
  after the verb: the group is the attacker.
* The genitive of an arrest, a siege or an occupation is who underwent it, unless the object follows with لـ.
* A denied charge: its denier is the one it is made against; a denial that points back to a charge ("وهو ما
  نفته", "تنفي ذلك") answers the charge's maker.
"""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(doc, typ: str) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, typ)]


# -- positions of a group told again by a common noun or a pronoun ----------------------------------------------------

def test_positions_of_the_militants_are_the_group_named_before_not_the_country() -> None:
    doc = make_doc("وقال الوزير إن مقاتلي تنظيم داعش انسحبوا من البلدة بعد أن قصفت طائرات أردنية مواقع للمتشددين "
                   "في العراق.", [("تنظيم داعش", "ORG", "ISIS"), ("العراق", "LOC", "Iraq")])
    assert _parties(doc, "ASSAULT") == [("Jordan", "ISIS")]


def test_strikes_against_the_organisation_in_a_province_hit_the_organisation() -> None:
    doc = make_doc("وقتل عدد من عناصر تنظيم داعش في غارات لطيران التحالف ضد التنظيم المتشدد في محافظة الأنبار.",
                   [("تنظيم داعش", "ORG", "ISIS"), ("التحالف", "ORG", "Coalition"), ("الأنبار", "LOC", "Anbar")])
    assert _parties(doc, "ASSAULT") == [("Coalition", "ISIS")]


def test_the_group_named_in_the_sentence_before_is_the_antecedent() -> None:
    doc = make_doc("وسيطر مسلحو حركة الشباب على بلدة قرب الحدود. وشنت طائرات كينية غارات على معسكرات الحركة "
                   "في الصومال.", [("حركة الشباب", "ORG", "al-Shabaab"), ("الصومال", "LOC", "Somalia")])
    assert _parties(doc, "ASSAULT")[-1][1] == "al-Shabaab"


def test_a_group_by_its_kind_is_not_looked_for_in_the_sentence_before() -> None:
    # "the militants" may be another group than the one the sentence before named
    doc = make_doc("وهاجم مسلحو حزب العمال الكردستاني مركزا للشرطة. وقصفت طائرات أردنية مواقع للجهاديين في العراق.",
                   [("حزب العمال الكردستاني", "ORG", "PKK"), ("العراق", "LOC", "Iraq")])
    assert _parties(doc, "ASSAULT")[-1] == ("Jordan", "Iraq")


def test_positions_of_militants_with_no_group_named_leave_the_place() -> None:
    doc = make_doc("قصفت طائرات أردنية مواقع للمسلحين في العراق.", [("العراق", "LOC", "Iraq")])
    assert _parties(doc, "ASSAULT") == [("Jordan", "Iraq")]


# -- an envoy's title -----------------------------------------------------------------------------------------------

def test_an_invited_envoy_is_himself_not_the_country_he_is_posted_to() -> None:
    doc = make_doc("ودعا الرئيس الليبي خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى ليبيا برناردينو ليون "
                   "إلى زيارة مدينة بنغازي.", [("ليبيا", "LOC", "Libya"), ("برناردينو ليون", "PER", "Bernardino Leon"),
                                              ("بنغازي", "LOC", "Benghazi"), ("للأمم المتحدة", "ORG", "UN")])
    assert _parties(doc, "REQUEST") == [("Libya", "Bernardino Leon")]


def test_an_unnamed_envoy_stands_for_his_organisation_not_its_secretary_general() -> None:
    doc = make_doc("واستقبل الباجي قائد السبسي مبعوث الأمين العام للأمم المتحدة في قصر قرطاج.",
                   [("الباجي قائد السبسي", "PER", "Essebsi"), ("الأمين العام", "PER", "Ban Ki-moon"),
                    ("للأمم المتحدة", "ORG", "UN")])
    assert _parties(doc, "CONSULT") == [("Essebsi", "UN")]


def test_an_envoy_with_his_post_after_a_comma_is_not_his_post() -> None:
    doc = make_doc("ودعا الرئيس الليبي خلال لقائه أمس مبعوث الأمم المتحدة إلى ليبيا، في طرابلس، إلى زيارة بنغازي.",
                   [("الأمم المتحدة", "ORG", "UN"), ("ليبيا", "LOC", "Libya"), ("طرابلس", "LOC", "Tripoli"),
                    ("بنغازي", "LOC", "Benghazi")])
    assert _parties(doc, "REQUEST") == [("Libya", "UN")]


def test_an_envoy_named_before_his_title_is_the_one_invited() -> None:
    doc = make_doc("ودعا الرئيس الليبي خلال لقائه، أمس في طرابلس، برناردينو ليون مبعوث الأمين العام للأمم المتحدة إلى "
                   "ليبيا، إلى زيارة بنغازي.", [("الرئيس الليبي", "PER", "Libyan President"),
                                                ("طرابلس", "LOC", "Tripoli"), ("برناردينو ليون", "PER", "Bernardino Leon"),
                                                ("الأمين العام للأمم المتحدة", "PER", "Ban Ki-moon"),
                                                ("ليبيا", "LOC", "Libya"), ("بنغازي", "LOC", "Benghazi")])
    assert _parties(doc, "REQUEST") == [("Libyan President", "Bernardino Leon")]


def test_an_ambassador_of_a_country_stands_for_that_country() -> None:
    doc = make_doc("التقى وزير الخارجية الأردني سفير فرنسا لدى عمان.", [("فرنسا", "LOC", "France"),
                                                                      ("عمان", "LOC", "Amman")])
    assert _parties(doc, "CONSULT") == [("Jordan", "France")]


# -- a participle after a count --------------------------------------------------------------------------------------

def test_people_arrested_across_a_country_are_the_accused_not_the_country() -> None:
    doc = make_doc("وأوقفت الشرطة الأردنية منذ الأحد في مختلف أنحاء الأردن 40 شخصا متهمين بالانتماء إلى تنظيم القاعدة.",
                   [("الأردن", "LOC", "Jordan", 1), ("تنظيم القاعدة", "ORG", "al-Qaeda")])
    assert ("", "Jordan") not in _parties(doc, "ACCUSE")


def test_defendants_of_a_group_before_a_court_named_after_a_city() -> None:
    doc = make_doc("أرجأت محكمة جنايات الإسكندرية محاكمة 12 متهما من عناصر جماعة الإخوان إلى جلسة الشهر المقبل.",
                   [("الإسكندرية", "LOC", "Alexandria"), ("جماعة الإخوان", "ORG", "Muslim Brotherhood")])
    assert _parties(doc, "ACCUSE") == [("", "Muslim Brotherhood")]


# -- a relative clause with the object pronoun on its verb -----------------------------------------------------------

def test_the_region_a_group_keeps_targeting_has_the_group_as_attacker() -> None:
    doc = make_doc("وقتل خمسة في انفجار في سوق بلدة غوزا، المنطقة التي يستهدفها بانتظام المتمردون المتشددون في "
                   "جماعة بوكو حرام.", [("غوزا", "LOC", "Gwoza"), ("جماعة بوكو حرام", "ORG", "Boko Haram")])
    assert ("Boko Haram", "") in _parties(doc, "ASSAULT")
    assert all(r != "Boko Haram" for _a, r in _parties(doc, "ASSAULT"))


def test_a_relative_clause_without_the_pronoun_keeps_its_object() -> None:
    doc = make_doc("وشارك في المؤتمر ممثلون عن الفصائل التي استهدفت الحوثيين في تعز.",
                   [("الحوثيين", "ORG", "Houthis"), ("تعز", "LOC", "Taiz")])
    assert [r for _a, r in _parties(doc, "ASSAULT")] == ["Houthis"]


# -- the genitive of an arrest, a siege or an occupation -------------------------------------------------------------

def test_the_genitive_of_an_occupation_is_the_occupied_land() -> None:
    doc = make_doc("ويهدف المشروع إلى احتلال لبنان بالكامل.", [("لبنان", "LOC", "Lebanon")])
    assert ("Lebanon", "") not in _parties(doc, "COERCE")


def test_a_group_as_the_genitive_of_an_occupation_is_the_occupier() -> None:
    doc = make_doc("وعانت المدينة طويلا من احتلال الحوثيين.", [("الحوثيين", "ORG", "Houthis")])
    assert ("Houthis", "") in _parties(doc, "COERCE")


def test_the_genitive_before_a_lam_object_is_the_occupier() -> None:
    doc = make_doc("وتوترت العلاقات بعد اعتقال الجزائر لقياديين في الحركة.", [("الجزائر", "LOC", "Algeria")])
    assert _parties(doc, "COERCE") == [("Algeria", "")]


# -- denials of a charge ---------------------------------------------------------------------------------------------

def test_the_denier_of_charges_is_the_one_they_are_made_against() -> None:
    doc = make_doc("ونفت طهران اتهامات الحكومة البحرينية بتهريب أسلحة إلى المعارضة.", [("طهران", "LOC", "Tehran")])
    assert _parties(doc, "ACCUSE") == [("", "Tehran")]


def test_a_denial_pointing_back_answers_the_charges_maker() -> None:
    doc = make_doc("واتهمت الهند باكستان بخرق الهدنة، وهو ما نفته إسلام آباد.",
                   [("الهند", "LOC", "India"), ("باكستان", "LOC", "Pakistan"), ("إسلام آباد", "LOC", "Islamabad")])
    assert _parties(doc, "REJECT") == [("Islamabad", "India")]


# -- a group's bases, a name in quotes after the positions word ------------------------------------------------------

def test_bases_of_a_named_group_are_the_group_not_the_country_before() -> None:
    doc = make_doc("ونفذت تركيا ضربات جوية في شمال سوريا، حيث استهدفت الطائرات الحربية التركية قواعد لتنظيم داعش.",
                   [("تركيا", "LOC", "Turkey"), ("سوريا", "LOC", "Syria"), ("تنظيم داعش", "ORG", "ISIS")])
    assert [r for _a, r in _parties(doc, "ASSAULT")][-1] == "ISIS"


def test_positions_of_a_group_named_in_quotes() -> None:
    doc = make_doc("وقصفت الطائرات التركية مئات المواقع من مواقع «العمال الكردستاني» في شمال العراق.",
                   [("العمال الكردستاني", "ORG", "PKK"), ("العراق", "LOC", "Iraq")])
    assert [r for _a, r in _parties(doc, "ASSAULT")] == ["PKK"]


def test_a_force_by_its_head_noun_is_not_told_again() -> None:
    # "the army's positions" are not the positions of the group the sentence named: the group attacked them
    doc = make_doc("وقالت مصادر في تنظيم داعش إن مقاتليه تقدموا أثناء هجوم شنه مقاتلو التنظيم على مواقع عسكرية للجيش "
                   "في قرى قرب المدينة.", [("تنظيم داعش", "ORG", "ISIS")])
    assert all(r != "ISIS" for _a, r in _parties(doc, "ASSAULT"))


def test_an_envoy_title_in_the_actors_apposition_is_not_the_recipient() -> None:
    doc = make_doc("ونفى السفير فلان الفلاني، مندوب تونس لدى الأمم المتحدة، أن تكون اللجنة تدرس فرض عقوبات.",
                   [("فلان الفلاني", "PER", "Fulan"), ("تونس", "LOC", "Tunisia"), ("الأمم المتحدة", "ORG", "UN")])
    assert all(r != "Tunisia" for _a, r in _parties(doc, "REJECT"))


def test_a_defendant_named_with_the_counted_others_is_accused() -> None:
    doc = make_doc("قررت المحكمة تأجيل محاكمة الرئيس السابق فلان الفلاني و12 متهما آخرين إلى الشهر المقبل.",
                   [("فلان الفلاني", "PER", "Fulan")])
    assert _parties(doc, "ACCUSE") == [("", "Fulan")]


def test_a_land_a_state_occupies_in_a_relative_clause_is_no_act() -> None:
    doc = make_doc("ووقعت المواجهات في البلدة القديمة التي تحتلها إسرائيل.", [("إسرائيل", "LOC", "Israel")])
    assert _parties(doc, "COERCE") == []


def test_the_occupier_before_a_bare_object_stays_the_occupier() -> None:
    doc = make_doc("ودفعت دول عربية ثمن الأخطاء منذ احتلال صدام حسين الكويت.",
                   [("صدام حسين", "PER", "Saddam Hussein"), ("الكويت", "LOC", "Kuwait")])
    assert _parties(doc, "COERCE") == [("Saddam Hussein", "Kuwait")]


def test_bases_told_by_a_pronoun_right_after_the_verb_and_its_subject() -> None:
    doc = make_doc("وقال الوزير إن مقاتلي تنظيم داعش انسحبوا من البلدة بعد أن قصفت طائرات أردنية قواعده في العراق.",
                   [("تنظيم داعش", "ORG", "ISIS"), ("العراق", "LOC", "Iraq")])
    assert _parties(doc, "ASSAULT") == [("Jordan", "ISIS")]
