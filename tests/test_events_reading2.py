"""Events a reader can trust, second round (issue 15): the faults an independent reader found in the
events of one day of real news, each on sentences written for these tests — relative dates that were
not applied, a passive arrest read as the arrested person acting, scheduled meetings told as held, a
threat that is a danger, a city inside a bank's name, the partner or the attacker left out."""

from __future__ import annotations

from test_events_coder import make_doc

from marsad.models import Span
from marsad.nlp.events.coder import code_events


def _of(doc, typ):
    return [e.data for e in code_events(doc) if e.label == typ]


def _name(party) -> str:
    return str((party or {}).get("name_en") or (party or {}).get("name") or "")


# -- dates told in the sentence ------------------------------------------------------------------

def test_last_week_dates_a_condemnation_told_as_done() -> None:
    # "last week" is an ISO week; it must not be passed over as if it lay after the report's date
    doc = make_doc("وكان الأردن قد ندد الأسبوع الماضي بالهجوم الذي استهدف سفارته في بغداد.",
                   [("الأردن", "LOC", "Jordan"), ("بغداد", "LOC", "Baghdad")],
                   timex=[("الأسبوع الماضي", "2024-W24")])
    acc = _of(doc, "ACCUSE")
    assert acc and acc[0]["date"] == "2024-W24"


def test_yesterday_after_a_relative_clause_on_the_attacker_dates_the_raid() -> None:
    # the relative clause belongs to the attacker; "أمس" stands before the raid's own object
    doc = make_doc("قصف طيران التحالف العربي الذي يدعم الحكومة الشرعية في إطار عملية الحزم أمس مواقع لجماعة الحوثي "
                   "بمدينة صعدة شمالي اليمن.",
                   [("جماعة الحوثي", "ORG", "Houthis"), ("صعدة", "LOC", "Saada"), ("اليمن", "LOC", "Yemen")],
                   timex=[("أمس", "2024-06-19")])
    raids = _of(doc, "ASSAULT")
    assert raids and raids[0]["date"] == "2024-06-19"


def test_yesterday_far_from_the_meeting_word_in_one_sentence_dates_the_meeting() -> None:
    doc = make_doc("أثمر لقاء الدكتور أيمن الصفدي وزير الخارجية الأردني بالدكتور سامح شكري وزير الخارجية المصري "
                   "في مقر وزارة الخارجية المصرية بالعاصمة الإدارية شرقي القاهرة أمس عن اتفاق على تنسيق المواقف.",
                   [("أيمن الصفدي", "PER", "Ayman Safadi"), ("سامح شكري", "PER", "Sameh Shoukry"),
                    ("القاهرة", "LOC", "Cairo")],
                   timex=[("أمس", "2024-06-19")])
    meetings = _of(doc, "CONSULT")
    assert meetings and meetings[0]["date"] == "2024-06-19"


def test_a_since_expression_far_away_does_not_date_an_appeal() -> None:
    # the longer reach is for a day ("أمس"), not for "منذ 30 عاما" at the end of the sentence
    text = ("ودعا خالد منصور واشنطن ولندن وحلفاءهما إلى اغتنام الفرصة لدعم المعارضة وتشكيل حكومة "
            "انتقالية تجمع كل الأطراف في البلاد لأول مرة منذ 30 عاما.")
    doc = make_doc(text, [("خالد منصور", "PER", "Khaled Mansour"), ("واشنطن", "LOC", "Washington"),
                          ("لندن", "LOC", "London")])
    pos = text.index("منذ 30 عاما")
    doc.layer("timex").append(Span("timex", pos, pos + len("منذ 30 عاما"), "year", {"value": "1994"}))
    calls = _of(doc, "REQUEST")
    assert calls and calls[0]["date"] != "1994"


# -- direction and parties -------------------------------------------------------------------------

def test_a_passive_arrest_does_not_make_the_arrested_man_the_actor() -> None:
    doc = make_doc("وقال متحدث باسم الشرطة إنه تم اعتقال خالد العمري في مدينة إربد بسبب نشاطه.",
                   [("خالد العمري", "PER", "Khaled al-Omari"), ("إربد", "LOC", "Irbid")])
    assert not any(_name(d["actor"]) == "Khaled al-Omari" for d in _of(doc, "COERCE"))


def test_a_city_inside_a_bank_name_is_not_thanked() -> None:
    doc = make_doc("ورحب الدكتور سعيد الغامدي بالضيوف وشكر بنك الرياض على دعمه للمركز.",
                   [("سعيد الغامدي", "PER", "Saeed al-Ghamdi"), ("الرياض", "LOC", "Riyadh")])
    assert not any(_name(e.data["recipient"]) == "Riyadh" for e in code_events(doc))


def test_the_place_to_visit_is_not_the_invited_party() -> None:
    doc = make_doc("ووجهت الحكومة العراقية دعوة إلى زيارة البصرة والموصل للاطلاع على أوضاع المدنيين.",
                   [("البصرة", "LOC", "Basra"), ("الموصل", "LOC", "Mosul")])
    assert not any(_name(d["recipient"]) == "Basra" for d in _of(doc, "REQUEST"))


def test_other_states_do_not_make_the_co_actor_a_recipient() -> None:
    doc = make_doc("حثت ألمانيا والنمسا أمس الدول الأخرى في الاتحاد الأوروبي على استقبال مزيد من اللاجئين.",
                   [("ألمانيا", "LOC", "Germany"), ("النمسا", "LOC", "Austria"),
                    ("الاتحاد الأوروبي", "ORG", "European Union")])
    assert not any(_name(d["recipient"]) == "Austria" for d in _of(doc, "REQUEST"))


def test_a_person_opening_the_sentence_visits_the_region() -> None:
    doc = make_doc("أنتوني بلينكن اليوم يزور آسيا الوسطى لبحث ملفات الطاقة والنقل.",
                   [("أنتوني بلينكن", "PER", "Antony Blinken"), ("آسيا الوسطى", "LOC", "Central Asia")],
                   timex=[("اليوم", "2024-06-20")])
    visits = _of(doc, "CONSULT")
    assert visits and _name(visits[0]["actor"]) == "Antony Blinken" and _name(visits[0]["recipient"]) == "Central Asia"


def test_a_deal_with_the_p5_plus_1_written_in_brackets_has_its_other_side() -> None:
    doc = make_doc("وكانت إيران قد توصلت، في يوليو الماضي، إلى اتفاق بشأن ملفها النووي مع مجموعة (5+1) في فيينا.",
                   [("إيران", "LOC", "Iran"), ("فيينا", "LOC", "Vienna")])
    deals = _of(doc, "AGREE")
    assert deals and "5+1" in str((deals[0]["recipient"] or {}).get("name"))


def test_a_name_ending_like_a_verb_keeps_its_last_word() -> None:
    # "كيري" is a name, not ك + يرى ("he sees") swallowed by the NER span
    doc = make_doc("التقى سامح شكري جون كيري في القاهرة لبحث الأوضاع في ليبيا.",
                   [("سامح شكري", "PER", "Sameh Shoukry"), ("جون كيري", "PER", "John Kerry"),
                    ("القاهرة", "LOC", "Cairo"), ("ليبيا", "LOC", "Libya")])
    meetings = _of(doc, "CONSULT")
    assert meetings and (meetings[0]["recipient"] or {}).get("name") == "جون كيري"


# -- the attacker named around a casualty word ---------------------------------------------------

def test_who_planted_the_mine_is_the_attacker() -> None:
    doc = make_doc("قتل ثلاثة مدنيين وأصيب خمسة آخرون بانفجار لغم أرضي زرعته ميليشيات الحوثي في تعز.",
                   [("الحوثي", "ORG", "Houthis"), ("تعز", "LOC", "Taiz")])
    attacks = _of(doc, "ASSAULT")
    assert attacks and any("الحوثي" in str((d["actor"] or {}).get("name")) for d in attacks)


def test_an_operation_of_special_forces_has_them_as_the_attacker() -> None:
    doc = make_doc("أعلنت السلطات الروسية مقتل خمسة مسلحين في عملية للقوات الخاصة الروسية في داغستان.",
                   [("داغستان", "LOC", "Dagestan")])
    attacks = _of(doc, "ASSAULT")
    assert attacks and attacks[0]["actor"] is not None


def test_rebels_who_began_attacks_are_their_actor() -> None:
    doc = make_doc("قتل 20 جنديا من الجيش التركي وأصيب عشرات بجروح في هجمات منذ أن باشر متمردو حزب العمال "
                   "الكردستاني شن هجمات يومية على مراكز الجيش في 22 يوليو.",
                   [("حزب العمال الكردستاني", "ORG", "PKK")])
    attacks = [d for d in _of(doc, "ASSAULT") if d["trigger_text"] == "شن"]
    assert attacks and _name(attacks[0]["actor"]) == "PKK"


# -- modality: scheduled, and a danger that is no threat ----------------------------------------

def test_a_scheduled_meeting_is_still_to_come() -> None:
    doc = make_doc("ومن المقرر أن يعقد لوران فابيوس مساء اليوم اجتماعا مع فرانك شتاينماير في باريس.",
                   [("لوران فابيوس", "PER", "Laurent Fabius"), ("فرانك شتاينماير", "PER", "Frank Steinmeier"),
                    ("باريس", "LOC", "Paris")])
    meetings = _of(doc, "CONSULT")
    assert meetings and all(d["modality"] == "future" for d in meetings)


def test_a_meeting_that_will_focus_on_a_topic_is_still_to_come() -> None:
    doc = make_doc("وقال دبلوماسيون إن اجتماع فابيوس مع شتاينماير الذي سيحضره أيضا وزير الخارجية الإيطالي "
                   "سيركز على ليبيا.",
                   [("فابيوس", "PER", "Laurent Fabius"), ("شتاينماير", "PER", "Frank Steinmeier"),
                    ("ليبيا", "LOC", "Libya")])
    meetings = _of(doc, "CONSULT")
    assert meetings and all(d["modality"] == "future" for d in meetings)


def test_the_threat_posed_by_a_group_is_no_threat_made() -> None:
    doc = make_doc("واتفقت مصر والأردن على تعزيز التعاون بينهما بهدف القضاء على التهديد الذي يشكله تنظيم داعش "
                   "للأمن الإقليمي.",
                   [("مصر", "LOC", "Egypt"), ("الأردن", "LOC", "Jordan"), ("داعش", "ORG", "ISIS")])
    assert not _of(doc, "THREATEN")


def test_two_parties_accused_together_are_not_accuser_and_accused() -> None:
    doc = make_doc("وقال أردوغان إن بلاده ستواصل عملياتها. كما اتهم حزب العمال الكردستاني وتنظيم \"داعش\" "
                   "بأن \"مصلحتهما واحدة\" في إضعاف الدولة التركية.",
                   [("أردوغان", "PER", "Recep Tayyip Erdogan"), ("حزب العمال الكردستاني", "ORG", "PKK"),
                    ("داعش", "ORG", "ISIS")])
    acc = _of(doc, "ACCUSE")
    assert acc and _name(acc[0]["actor"]) != "PKK" and _name(acc[0]["recipient"]) == "PKK"


def test_a_quoted_war_that_targets_a_group_does_not_make_the_group_attack() -> None:
    doc = make_doc("وأطلق الرئيس أردوغان «حربا على الإرهاب» تستهدف حزب العمال الكردستاني وتنظيم داعش.",
                   [("أردوغان", "PER", "Recep Tayyip Erdogan"), ("حزب العمال الكردستاني", "ORG", "PKK"),
                    ("داعش", "ORG", "ISIS")])
    assert not any(_name(d["actor"]) == "PKK" for d in _of(doc, "ASSAULT"))


def test_any_strikes_that_would_target_an_army_are_no_strike_done() -> None:
    doc = make_doc("قال وزير الخارجية الإيراني اليوم إن أي غارات إسرائيلية في لبنان تستهدف جيشه ستشعل المنطقة كلها.",
                   [("لبنان", "LOC", "Lebanon")])
    assert not any(d["modality"] in ("asserted", "reported") for d in _of(doc, "ASSAULT"))


def test_the_counterparts_not_the_source_after_according_to_are_met() -> None:
    doc = make_doc("يعقد وزير الخارجية الصيني اجتماعا ثلاثيا مع نظيريه الهندي والروسي في موسكو، اليوم، وبحسب "
                   "الخارجية الصينية، فإن الاجتماع سيناقش التجارة.",
                   [("وزير الخارجية الصيني", "PER", "Wang Yi"), ("موسكو", "LOC", "Moscow"),
                    ("الخارجية الصينية", "ORG", "Chinese Foreign Ministry")])
    meetings = _of(doc, "CONSULT")
    assert meetings and _name(meetings[0]["recipient"]) not in ("Chinese Foreign Ministry", "")


def test_he_agreed_with_the_minister_makes_the_speaker_the_actor() -> None:
    doc = make_doc("وأوضح لافروف أنه اتفق والوزير وانغ يي على أهمية الحل السياسي في سوريا.",
                   [("لافروف", "PER", "Sergey Lavrov"), ("وانغ يي", "PER", "Wang Yi"), ("سوريا", "LOC", "Syria")])
    deals = _of(doc, "AGREE")
    assert deals and _name(deals[0]["actor"]) == "Sergey Lavrov" and _name(deals[0]["recipient"]) == "Wang Yi"


def test_two_governments_agreeing_are_actor_and_partner_of_the_deal_and_the_cooperation() -> None:
    doc = make_doc("وفي القاهرة اتفقت الحكومة المصرية والأردنية على تعزيز التعاون الثنائي في مجال مكافحة الإرهاب "
                   "بهدف القضاء على الخطر الذي يمثله تنظيم داعش.",
                   [("القاهرة", "LOC", "Cairo"), ("الحكومة المصرية", "LOC", "Egypt"), ("تنظيم داعش", "ORG", "ISIS")])
    deals, coop = _of(doc, "AGREE"), _of(doc, "COOPERATE")
    assert deals and (deals[0]["recipient"] or {}).get("name") == "الأردن"
    assert coop and (coop[0]["recipient"] or {}).get("name") == "الأردن"


def test_the_one_some_rebels_criticise_is_not_the_critic() -> None:
    doc = make_doc("ويتولى الشيخ هبة الله أخوند زاده الذي ينتقد بعض المقاتلين علاقاته الوثيقة بإيران قيادة الحركة.",
                   [("هبة الله أخوند زاده", "PER", "Hibatullah Akhundzada"), ("إيران", "LOC", "Iran")])
    assert not any(_name(d["actor"]) == "Hibatullah Akhundzada" for d in _of(doc, "ACCUSE"))


def test_deaths_in_a_warplane_crash_are_no_attack() -> None:
    doc = make_doc("قال شهود إن 20 شخصا على الأقل قتلوا وأصيب العشرات عندما تحطمت طائرة حربية تابعة للجيش "
                   "الليبي في سوق مزدحم في بلدة غريان اليوم الاثنين.",
                   [("غريان", "LOC", "Gharyan")])
    assert not _of(doc, "ASSAULT")


def test_a_visit_during_the_last_week_is_not_dated_to_the_report() -> None:
    doc = make_doc("وزار الرئيس النيجيري تشاد خلال الأسبوع الأخير في محاولة لإنهاء الخلافات الحدودية.",
                   [("تشاد", "LOC", "Chad")])
    visits = _of(doc, "CONSULT")
    assert visits and visits[0]["date"] != "2024-06-20"


def test_a_date_before_in_contrast_belongs_to_the_other_clause() -> None:
    doc = make_doc("وقتل 12 جنديا منذ أن بدأ المتمردون هجماتهم في 3 مايو، في حين قتل أكثر من 100 مسلح "
                   "في غارات جوية باكستانية، بحسب الجيش.",
                   [], timex=[("3 مايو", "2024-05-03")])
    raids = [d for d in _of(doc, "ASSAULT") if d["trigger_text"] == "غارات"]
    assert raids and raids[0]["date"] != "2024-05-03"


def test_a_city_withdrawing_its_olympic_bid_is_no_retreat() -> None:
    doc = make_doc("وتقدمت مدن عدة بطلبات لاستضافة دورة الألعاب الأولمبية لعام 2032، في حين انسحبت برلين الألمانية "
                   "بقرار من الحكومة الألمانية.",
                   [("برلين", "LOC", "Berlin")])
    assert not _of(doc, "RETREAT")


def test_a_convoy_of_a_named_group_makes_the_group_the_target() -> None:
    doc = make_doc("وفي وقت لاحق استهدف سلاح الجو قافلة لحزب الله قرب الحدود في 12 مارس، ما أسفر عن مقتل ستة عناصر.",
                   [("حزب الله", "ORG", "Hezbollah")])
    attacks = _of(doc, "ASSAULT")
    assert attacks and _name(attacks[0]["recipient"]) == "Hezbollah"


def test_positions_that_converge_are_no_meeting() -> None:
    doc = make_doc("والتقى نائب وزير الخارجية الروسي ميخائيل سيدوف السفير السوري في موسكو. وتلتقي المساعي الروسية "
                   "مع التوجهات الأميركية في اعتبار الإرهاب الخطر الأول.",
                   [("ميخائيل سيدوف", "PER", "Mikhail Sedov"), ("موسكو", "LOC", "Moscow")])
    assert not any(d["trigger_text"] == "وتلتقي" for d in _of(doc, "CONSULT"))
