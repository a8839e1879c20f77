"""Conventions many states join or leave, followed across reports (issue 15): a withdrawal or accession passed by a
parliament's approval or a decree, a convention named for a city or for what it is for ("لمكافحة ..."), another name
given with "المعروفة بـ", and the reports of several states, each naming only itself, joined in one record."""

from __future__ import annotations

from conftest import done_steps, processed_treaties


def test_approval_or_decree_of_a_withdrawal_or_accession_is_the_step(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a1", "2026-02-10", "وكالة", "أوسلو - وافق البرلمان النرويجي مساء الثلاثاء على خروج النرويج من معاهدة حظر "
                                      "الذخائر العنقودية بعد نقاش استمر يومين."),
        ("a2", "2026-02-12", "وكالة", "وارسو - أصدر الرئيس البولندي أمس مرسوما يقضي بانسحاب بولندا من معاهدة حظر "
                                      "الذخائر العنقودية."),
        ("a3", "2026-02-14", "وكالة", "المنامة - أصدر ملك البحرين اليوم مرسوما بالموافقة على انضمام المملكة إلى "
                                      "معاهدة حظر الذخائر العنقودية."),
    ])
    steps = set().union(*(done_steps(t) for t in found))
    assert ("withdrawn", "Norway") in steps
    assert ("withdrawn", "Poland") in steps
    assert ("ratified", "Bahrain") in steps


def test_a_decree_signed_is_no_signing_of_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("b1", "2026-02-12", "وكالة", "وارسو - وقع الرئيس البولندي أمس مرسوما يقضي بانسحاب بولندا من معاهدة حظر "
                                      "الذخائر العنقودية."),
    ])
    assert not any(s.kind == "signed" for t in found for s in t.steps)


def test_states_leaving_one_convention_under_its_names_are_one_record(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c1", "2026-03-02", "وكالة", "تالين - وافق البرلمان الإستوني اليوم الاثنين على انسحاب البلاد من اتفاقية حظر "
                                      "الألغام المضادة للأفراد، المعروفة باتفاقية أوتاوا، بأغلبية كبيرة."),
        ("c2", "2026-03-20", "وكالة", "ريغا - أعلنت لاتفيا اليوم انسحابها من اتفاقية أوتاوا لحظر الألغام."),
        ("c3", "2026-04-09", "وكالة", "وارسو - انسحبت بولندا اليوم رسميا من اتفاقية أوتاوا."),
    ], include_all=False)
    assert len(found) == 1, [t.name for t in found]
    t = found[0]
    assert {("withdrawn", "Estonia"), ("withdrawn", "Latvia"), ("withdrawn", "Poland")} <= done_steps(t)
    assert any("أوتاوا" in n for n in [t.name, *t.aliases])


def test_a_united_nations_convention_keeps_its_whole_name_and_is_ratified_not_endorsed(tmp_path):
    found = processed_treaties(tmp_path, [
        ("d1", "2026-05-05", "وكالة", "نيويورك - دخلت اتفاقية الأمم المتحدة لمكافحة تهريب المهاجرين حيز التنفيذ "
                                      "اليوم الثلاثاء، وهي معروفة منذ اعتمادها باسم «اتفاقية باليرمو الثانية»."),
        ("d2", "2026-06-16", "وكالة", "الرباط - صادق مجلس النواب المغربي اليوم على اتفاقية الأمم المتحدة لمكافحة "
                                      "تهريب المهاجرين."),
    ], include_all=False)
    assert len(found) == 1, [t.name for t in found]
    t = found[0]
    assert "لمكافحة تهريب المهاجرين" in t.name
    assert ("ratified", "Morocco") in done_steps(t)
    assert not any(s.kind == "endorsed" for s in t.steps)


def test_one_state_each_does_not_join_two_free_trade_agreements(tmp_path):
    # a name made of what kind of agreement it is and one word of its own is many agreements: kept apart
    found = processed_treaties(tmp_path, [
        ("e1", "2026-03-02", "وكالة", "الرباط - صادق مجلس النواب المغربي اليوم على اتفاقية التجارة الحرة."),
        ("e2", "2026-05-11", "وكالة", "عمان - صادق مجلس النواب الأردني اليوم على اتفاقية التجارة الحرة."),
    ])
    assert len(found) == 2, [(t.name, t.parties) for t in found]


def _takers(found) -> set[str | None]:
    return {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps if s.kind == "ratified"}


def test_a_body_placed_in_its_country_ratifies_for_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("f1", "2026-01-14", "وكالة", "القاهرة - صادق مجلس الوزراء الاتحادي في ماليزيا اليوم الأربعاء على معاهدة "
                                      "تسليم المطلوبين مع إندونيسيا."),
        ("f2", "2026-04-09", "وكالة", "بيشكك - صادق المجلس الأعلى (البرلمان) في قيرغيزستان اليوم على معاهدة الحدود "
                                      "مع كازاخستان."),
    ])
    assert {"Malaysia", "Kyrgyzstan"} <= _takers(found)


def test_the_council_named_again_is_the_one_named_with_its_country_before(tmp_path):
    found = processed_treaties(tmp_path, [
        ("g1", "2026-04-07", "وكالة", "عمان - عقد مجلس النواب الأردني اليوم جلسة طويلة ناقش فيها الموازنة. وفي نهاية "
                                      "الجلسة أقر المجلس مشروع قانون التصديق على اتفاقية النقل البحري مع مصر."),
    ])
    assert "Jordan" in _takers(found)


def test_a_signing_past_a_long_subject_a_time_and_a_place(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h1", "2026-02-03", "وكالة", "أبوظبي - وقّع رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان والرئيس الكيني "
                                      "وليام روتو مساء اليوم الثلاثاء في قصر الوطن اتفاقية الشراكة الاقتصادية الشاملة "
                                      "بين البلدين."),
    ])
    assert any(s.kind == "signed" and s.date == "2026-02-03" for t in found for s in t.steps)


def test_a_protocol_signed_to_extend_a_treaty_is_no_signing_of_the_treaty(tmp_path):
    found = processed_treaties(tmp_path, [
        ("i1", "2026-10-20", "وكالة", "نيودلهي - وقّع وزيرا الري في الهند ونيبال اليوم الثلاثاء في نيودلهي "
                                      "بروتوكولا لتمديد معاهدة تقاسم مياه نهر كوسي لعشرين عاما."),
    ])
    assert not any(s.kind == "signed" and "معاهدة" in (t.name or "") for t in found for s in t.steps)


def test_an_adjective_of_relation_names_what_its_noun_names(tmp_path):
    # "الاتفاقية الدفاعية" is "اتفاقية الدفاع المشترك" of the same two states
    found = processed_treaties(tmp_path, [
        ("j1", "2026-01-10", "وكالة", "الدوحة - وقعت قطر وتركيا اليوم السبت اتفاقية الدفاع الإقليمي المشترك."),
        ("j2", "2026-02-20", "وكالة", "أنقرة - صادق البرلمان التركي اليوم على الاتفاقية الدفاعية مع قطر."),
    ], include_all=False)
    assert len(found) == 1, [t.name for t in found]


def _party_names(t) -> set[str]:
    return {p.get("name_en") for p in t.parties}


def test_who_holds_the_talks_a_verb_begins_are_their_parties(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-08-11", "وكالة", "كاتماندو - بدأ مسؤولون من نيبال والهند اليوم الثلاثاء في كاتماندو أول جولة من "
                                      "المحادثات الرسمية حول تجديد معاهدة تقاسم مياه نهر كوسي."),
    ])
    assert any({"Nepal", "India"} <= _party_names(t) for t in found), [(t.name, t.parties) for t in found]


def test_brussels_beside_the_union_is_the_union_not_belgium(tmp_path):
    found = processed_treaties(tmp_path, [
        ("l1", "2026-06-13", "وكالة", "برن - أطلقت الحكومة السويسرية مشاورات بشأن الاتفاقات الجديدة مع الاتحاد "
                                      "الأوروبي، التي أنهت برن وبروكسل المفاوضات حولها في 20 ديسمبر الماضي."),
    ])
    names = set().union(*(_party_names(t) for t in found))
    assert "European Union" in names and "Belgium" not in names, names


def test_a_decree_issued_in_a_capital_ratifies_for_its_country(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-05-11", "وكالة", "الكويت - صدر في الرياض اليوم مرسوم ملكي بالمصادقة على اتفاقية النقل الجوي "
                                      "مع الكويت."),
    ])
    assert "Saudi Arabia" in _takers(found), [(t.name, t.steps) for t in found]


def test_experts_of_both_sides_discussing_a_draft_negotiate_it_a_cabinet_does_not(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n1", "2026-08-18", "وكالة", "الرباط - ناقش خبراء من المغرب وموريتانيا اليوم الثلاثاء مسودة اتفاق لترسيم "
                                      "الحدود البحرية بين البلدين."),
        ("n2", "2026-08-19", "وكالة", "عمان - ناقش مجلس الوزراء الأردني اليوم مسودة اتفاقية للتعاون الجمركي مع "
                                      "العراق."),
    ])
    talks = [t for t in found if any(s.kind == "negotiated" for s in t.steps)]
    assert len(talks) == 1 and {"Morocco", "Mauritania"} <= _party_names(talks[0]), [(t.name, t.parties) for t in found]


def test_a_phrase_between_commas_stands_between_the_body_and_what_it_ratifies(tmp_path):
    found = processed_treaties(tmp_path, [
        ("o1", "2026-09-25", "وكالة", "أوسلو - أقر البرلمان النرويجي، في تصويت نهائي جرى مساء اليوم الجمعة، حزمة "
                                      "الاتفاقات الجديدة مع الاتحاد الأوروبي."),
    ])
    assert "Norway" in _takers(found), [(t.name, t.steps) for t in found]


def test_a_law_that_approves_the_convention_by_number_ratifies_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p1", "2026-05-19", "وكالة", "الجزائر - عقد المجلس الشعبي الوطني الجزائري اليوم جلسة علنية. وصادق المجلس "
                                      "كذلك على مشروع القانون رقم 14.26 الذي يوافق بموجبه على اتفاقية الأمم المتحدة "
                                      "لمكافحة تهريب المهاجرين."),
    ])
    assert "Algeria" in _takers(found), [(t.name, t.steps) for t in found]


def test_joining_it_told_by_a_pronoun_after_the_agreement_named_before(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q1", "2026-05-20", "وكالة", "أوسلو - وكانت المعاهدة قد دخلت حيز التنفيذ في مارس 1999، وانضمت إليها النرويج "
                                      "عام 2004."),
    ])
    assert any(s.kind == "ratified" and s.date == "2004" for t in found for s in t.steps), \
        [(t.name, t.steps) for t in found]


def test_a_law_of_ratification_signed_after_the_agreement_is_named_is_no_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r1", "2025-04-10", "وكالة", "أستانا - وكان البرلمان الكازاخي قد صادق على المعاهدة أمس، فيما وقع الرئيس "
                                      "الأوزبكي قانون التصديق في 24 مارس الماضي على معاهدة الحدود بين البلدين."),
    ])
    assert not any(s.kind == "signed" for t in found for s in t.steps), [(t.name, t.steps) for t in found]


def test_a_maritime_treaty_followed_from_signing_to_force_is_one_record(tmp_path):
    # "تعيين" and "ترسيم" name the same act; the relative "التي أصبحت نافذة" puts it in force
    found = processed_treaties(tmp_path, [
        ("s1", "2026-01-12", "وكالة", "أكرا - وقع وزيرا خارجية غانا وتوغو اليوم الاثنين في أكرا معاهدة تعيين الحدود "
                                      "البحرية بين جمهورية غانا وجمهورية توغو."),
        ("s2", "2026-02-20", "وكالة", "أكرا - صادق البرلمان الغاني اليوم الجمعة على معاهدة الحدود البحرية مع توغو."),
        ("s3", "2026-04-01", "وكالة", "أكرا - دخلت معاهدة ترسيم الحدود البحرية بين غانا وتوغو حيز التنفيذ اليوم "
                                      "الأربعاء."),
        ("s4", "2026-04-02", "وكالة", "لومي - قال وزير الخارجية التوغولي إن معاهدة الحدود البحرية التي أصبحت نافذة "
                                      "أمس تنهي خلافا قديما مع غانا."),
    ], include_all=False)
    assert len(found) == 1, [t.name for t in found]
    kinds = [s.kind for s in found[0].steps]
    assert {"signed", "ratified", "in_force"} <= set(kinds)
    in_force = next(s for s in found[0].steps if s.kind == "in_force")
    assert in_force.date == "2026-04-01" and len(in_force.sources) == 2


def test_a_withdrawal_that_took_effect_is_the_withdrawal(tmp_path):
    found = processed_treaties(tmp_path, [
        ("t1", "2026-12-27", "وكالة", "ريغا - وأصبح انسحاب لاتفيا من اتفاقية أوتاوا نافذا اليوم، بعد ستة أشهر من "
                                      "إيداع الإخطار."),
    ])
    steps = {(s.kind, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps}
    assert ("withdrawn", "Latvia") in steps, steps
    assert all(t.name == "اتفاقية أوتاوا" for t in found), [t.name for t in found]  # (the city closes the name)


def test_a_convention_signed_by_a_pair_and_joined_by_others_is_one_record(tmp_path):
    found = processed_treaties(tmp_path, [
        ("u1", "2026-01-10", "وكالة", "فيينا - وقعت 40 دولة بينها مصر والأردن اليوم على اتفاقية الأمم المتحدة لمكافحة "
                                      "تهريب المهاجرين."),
        ("u2", "2026-02-11", "وكالة", "الرباط - صادق مجلس النواب المغربي اليوم على اتفاقية الأمم المتحدة لمكافحة "
                                      "تهريب المهاجرين."),
        ("u3", "2026-03-12", "وكالة", "تونس - انضمت تونس اليوم إلى اتفاقية الأمم المتحدة لمكافحة تهريب المهاجرين."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.parties) for t in found]
    assert {("ratified", "Morocco"), ("ratified", "Tunisia")} <= done_steps(found[0])


def test_a_treaty_followed_by_bare_nouns_of_one_side_is_one_record(tmp_path):
    # the two governments signing; a parliament named past the words of its name; bare nouns of one side, the only
    # agreement that side has in the store
    found = processed_treaties(tmp_path, [
        ("v1", "2026-02-02", "وكالة", "بغداد - وقعت الحكومتان العراقية والكويتية اليوم الاثنين في بغداد اتفاقية تنظيم "
                                      "الملاحة البحرية بين البلدين."),
        ("v2", "2026-03-15", "وكالة", "الكويت - وافق مجلس الأمة الكويتي في جلسته اليوم على اتفاقية تنظيم الملاحة "
                                      "البحرية مع العراق."),
        ("v3", "2026-04-20", "وكالة", "بغداد - صوت مجلس النواب العراقي اليوم لصالح قانون تصديق الاتفاقية بعد جدل "
                                      "استمر أسابيع."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.parties) for t in found]
    assert {("ratified", "Kuwait"), ("ratified", "Iraq")} <= done_steps(found[0])


def test_a_bare_noun_of_one_side_with_two_agreements_in_the_store_stays_apart(tmp_path):
    found = processed_treaties(tmp_path, [
        ("w1", "2026-02-02", "وكالة", "بغداد - وقعت الحكومتان العراقية والكويتية اليوم اتفاقية تنظيم الملاحة البحرية."),
        ("w2", "2026-02-09", "وكالة", "بغداد - وقع العراق والأردن اليوم اتفاقية الربط الكهربائي بين البلدين."),
        ("w3", "2026-04-20", "وكالة", "بغداد - صوت مجلس النواب العراقي اليوم لصالح قانون تصديق الاتفاقية."),
    ])
    joined = [t for t in found if any(s.kind == "ratified" for s in t.steps) and len(t.steps) > 1]
    assert not joined, [(t.name, t.steps) for t in joined]


def test_no_withdrawal_or_talks_read_on_votes_refusals_plans_denials_and_quarrels(tmp_path):
    found = processed_treaties(tmp_path, [
        ("x1", "2026-03-04", "وكالة", "وارسو - صوت البرلمان البولندي اليوم على الانسحاب من معاهدة حظر الذخائر "
                                      "العنقودية."),
        ("x2", "2026-03-05", "وكالة", "وارسو - رفض البرلمان البولندي اليوم الانسحاب من معاهدة حظر الذخائر العنقودية."),
        ("x3", "2026-03-06", "وكالة", "وارسو - أصدر الرئيس البولندي مرسوما بتشكيل لجنة لدراسة الانسحاب من معاهدة حظر "
                                      "الذخائر العنقودية."),
        ("x4", "2026-03-08", "وكالة", "وارسو - نفت الحكومة البولندية أن يكون البرلمان قد وافق على الانسحاب من معاهدة "
                                      "حظر الذخائر العنقودية."),
        ("x5", "2026-03-10", "وكالة", "تونس - تبادل الطرفان الاتهامات بشأن مسودة اتفاق الحدود البحرية."),
    ])
    assert not [s for t in found for s in t.steps if s.kind in ("withdrawn", "negotiated")], \
        [(t.name, t.steps) for t in found]


def test_an_event_that_happened_far_before_an_agreement_is_no_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("y1", "2026-03-04", "وكالة", "وقع انفجار ضخم مساء أمس قرب الميناء القديم في المدينة الساحلية رغم الاتفاقية "
                                      "الأمنية."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "signed"], [(t.name, t.steps) for t in found]


def test_instruments_handed_over_and_the_kingdom_of_the_one_who_speaks(tmp_path):
    found = processed_treaties(tmp_path, [
        ("z1", "2026-06-06", "وكالة", "عمان - قال وزير الخارجية الأردني إن المملكة أودعت الأسبوع الماضي صك تصديقها "
                                      "على اتفاقية الأمم المتحدة لمكافحة تهريب المهاجرين."),
        ("z2", "2026-06-07", "وكالة", "نيويورك - وقدمت غامبيا أمس صك انضمامها إلى اتفاقية الأمم المتحدة لمكافحة "
                                      "تهريب المهاجرين."),
    ])
    assert {"Jordan", "Gambia"} <= _takers(found), [(t.name, t.steps) for t in found]


def test_voters_approving_in_a_referendum_ratify_for_their_country(tmp_path):
    found = processed_treaties(tmp_path, [
        ("za", "2026-11-29", "وكالة", "أوسلو - وافق الناخبون النرويجيون اليوم الأحد في استفتاء شعبي على حزمة "
                                      "الاتفاقات الجديدة مع الاتحاد الأوروبي."),
        ("zb", "2026-11-30", "وكالة", "دبلن - وافق الناخبون على المرشح المستقل في الانتخابات التي جرت أمس."),
    ])
    assert "Norway" in _takers(found), [(t.name, t.steps) for t in found]


def test_a_memorandum_signed_before_the_agreement_is_no_signing_of_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zc", "2026-02-03", "وكالة", "الرياض - وقّع وزيرا الطاقة في البلدين مساء اليوم الثلاثاء في الرياض مذكرة "
                                      "تفاهم تسبق الاتفاقية النهائية للربط الكهربائي."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "signed"], [(t.name, t.steps) for t in found]


def test_a_signing_recalled_by_a_participle_after_what_the_agreement_is_for(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zd", "2026-05-11", "وكالة", "دمشق - أصدر الرئيس السوري اليوم مرسوما بالتصديق على اتفاقية النقل البحري "
                                      "للركاب والبضائع الموقعة مع لبنان في فبراير الماضي."),
    ])
    signed = [s for t in found for s in t.steps if s.kind == "signed"]
    assert signed and signed[0].date == "2026-02", [(t.name, t.steps) for t in found]


def test_a_short_name_in_quotes_given_once_joins_the_reports_that_use_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("ze", "2026-01-05", "وكالة", "أبوظبي - وقعت دولة الإمارات وإندونيسيا اليوم الاثنين اتفاقية الشراكة الاقتصادية "
                                      "الشاملة، المعروفة اختصارا باسم «سيبا»، خلال زيارة الرئيس الإندونيسي."),
        ("zf", "2026-03-10", "وكالة", "جاكرتا - صادق البرلمان الإندونيسي اليوم على اتفاقية «سيبا»."),
        ("zg", "2026-05-01", "وكالة", "جاكرتا - نفى المسؤول أن تكون الاتفاقية «غير مقبولة» لدى النواب."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.aliases, t.parties) for t in found]
    assert any("سيبا" in a for a in found[0].aliases) and ("ratified", "Indonesia") in done_steps(found[0])


def test_a_body_placed_in_a_country_named_in_several_words(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zh", "2026-02-05", "وكالة", "سيول - صادقت الجمعية الوطنية في جمهورية كوريا اليوم على اتفاقية التجارة الرقمية "
                                      "مع المملكة المتحدة."),
    ])
    assert "South Korea" in _takers(found), [(t.name, t.steps) for t in found]


def test_two_agreements_signed_in_one_sentence_each_keep_their_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zi", "2026-01-10", "وكالة", "القاهرة - وقعت مصر والأردن اليوم اتفاقية النقل البحري واتفاقية النقل الجوي بين "
                                      "البلدين."),
        ("zj", "2026-02-11", "وكالة", "عمان - صادق مجلس النواب الأردني اليوم على اتفاقية النقل الجوي مع مصر."),
    ], include_all=False)
    air = [t for t in found if "الجوي" in (t.name or "")]
    sea = [t for t in found if "البحري" in (t.name or "")]
    assert len(air) == 1 and len(sea) == 1, [t.name for t in found]
    assert {"signed", "ratified"} <= {s.kind for s in air[0].steps}
    assert [s.kind for s in sea[0].steps] == ["signed"]


def test_agreements_to_come_of_one_side_do_not_join_its_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zk", "2026-06-10", "وكالة", "الرياض - وقعت السعودية وروسيا اليوم اتفاقية التعاون في مجال الفضاء."),
        ("zl", "2026-06-20", "وكالة", "الرياض - قال الوزير إن عددا من الاتفاقيات سيتم توقيعها مستقبلا مع موسكو."),
    ])
    space = [t for t in found if "الفضاء" in (t.name or "")]
    assert space and all(s.modality == "done" for s in space[0].steps), [(t.name, t.steps) for t in found]


def test_a_deal_of_one_side_with_others_stays_apart_from_its_treaty(tmp_path):
    found = processed_treaties(tmp_path, [
        ("zm", "2026-08-18", "وكالة", "تونس - ناقش خبراء من تونس وليبيا اليوم الثلاثاء مسودة اتفاقية الحدود "
                                      "البحرية بين البلدين."),
        ("zn", "2026-09-01", "وكالة", "تونس - توصلت تونس اليوم إلى اتفاق مع الدائنين بشأن جدولة الديون."),
    ])
    talks = [t for t in found if any(s.kind == "negotiated" for s in t.steps)]
    assert talks and not any(s.kind == "concluded" for s in talks[0].steps), [(t.name, t.steps) for t in found]
