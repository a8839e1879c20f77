"""Issue 15, events26: whom a refusal or a demand is aimed at, a second actor joined to the first by و, and the
accused standing past adjuncts of time and medium; what one consents to; the man holding a title; the place of an
earlier attack.

The reading rule (eval/judgements/README.md, "events26"): the recipient of a refusal or a demand whose content is
another act is the party it answers or addresses; the one that act would let go of ("الإفراج عن فلان", "التخلي عن
التنظيم") or that stands inside what is asked ("بضم المدينة") is neither refused nor asked.  The doer of a refused act
("رفض التدخل الإيراني") and the one a refused favour would go to ("رفض منح تأشيرة للملحق الألماني") are refused.  A party
joined to the actor by و right after it ("ميليشيات الحوثي والمخلوع صالح") is a second actor, never the target.  The
party right before an accusation's charge ("... نظيره فلانا بأنه") is the accused even when a time or an interview
stands between the accuser and him.  All on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(text: str, mentions: list[tuple], typ: str) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(make_doc(text, mentions), typ)]


# -- refusals ---------------------------------------------------------------------------------------------------------

def test_the_detainee_a_refusal_would_release_is_not_refused() -> None:
    found = _parties("وترفض واشنطن الإفراج عن جميل الجميلي رغم الضغوط.",
                     [("واشنطن", "LOC", "USA"), ("جميل الجميلي", "PER", "Jamil")], "REJECT")
    assert found == [("USA", "")]


def test_the_group_one_refuses_to_give_up_is_not_refused_even_in_quote_marks() -> None:
    found = _parties("ورفض الزعيم خالد الخالدي التخلي عن «القاعدة» رغم المطاردة.",
                     [("خالد الخالدي", "PER", "Khalid"), ("القاعدة", "ORG", "AQ")], "REJECT")
    assert found == [("Khalid", "")]


def test_the_one_a_refused_favour_would_go_to_stays_refused() -> None:
    found = _parties("وترفض روسيا منح تأشيرة الدخول للملحق العسكري الألماني.",
                     [("روسيا", "LOC", "Russia"), ("الألماني", "LOC", "Germany")], "REJECT")
    assert found == [("Russia", "Germany")]


def test_the_maker_of_a_refused_offer_stays_refused() -> None:
    found = _parties("واعترضت المفوضية الأوروبية على عرض شركة فيديكس شراء شركة منافسة.",
                     [("المفوضية الأوروبية", "ORG", "EC"), ("فيديكس", "ORG", "FedEx")], "REJECT")
    assert ("EC", "FedEx") in found


# -- demands ----------------------------------------------------------------------------------------------------------

def test_the_prisoner_a_demand_would_free_is_not_its_addressee() -> None:
    # a bare verbal noun is what is asked; the party after its own preposition is not asked
    found = _parties("وطلبت الأمم المتحدة الإفراج غير المشروط عن الصحفي سامر السامري المعتقل منذ شهور.",
                     [("الأمم المتحدة", "ORG", "UN"), ("سامر السامري", "PER", "Samer")], "REQUEST")
    assert all(r != "Samer" for _a, r in found)


def test_a_town_claimed_after_a_short_verbal_noun_is_not_asked() -> None:
    found = _parties("وطالبت تركيا بضم حلب والموصل إلى أراضيها.",
                     [("تركيا", "LOC", "Turkey"), ("حلب", "LOC", "Aleppo"), ("الموصل", "LOC", "Mosul")], "REQUEST")
    assert all(r not in ("Mosul", "Aleppo") for _a, r in found)


def test_the_addressee_before_the_content_is_still_asked() -> None:
    found = _parties("وطالب الوزير مراد المرادي إيران بالإفراج عن الصحفي سامر السامري.",
                     [("مراد المرادي", "PER", "Murad"), ("إيران", "LOC", "Iran"), ("سامر السامري", "PER", "Samer")],
                     "REQUEST")
    assert found == [("Murad", "Iran")]


# -- a second actor joined by و ---------------------------------------------------------------------------------------

def test_a_party_joined_to_the_attacker_by_wa_is_not_the_target() -> None:
    found = _parties("وقصفت ميليشيات الحوثي والمخلوع صالح بالمدفعية أحياء سكنية في مدينة تعز.",
                     [("صالح", "PER", "Saleh"), ("تعز", "LOC", "Taiz")], "ASSAULT")
    assert found and all(r != "Saleh" for _a, r in found)


def test_a_titled_party_joined_to_the_forces_is_not_the_target() -> None:
    found = [d for d in coded(make_doc("وقصفت قوات النظام والرئيس المخلوع علي صالح بالمدفعية أحياء سكنية في مدينة تعز.",
                                       [("علي صالح", "PER", "Saleh"), ("تعز", "LOC", "Taiz")]), "ASSAULT")]
    assert found and all(party_name(d["recipient"]) != "Saleh" for d in found)


def test_the_object_after_the_attacker_is_still_the_target() -> None:
    found = _parties("وقصفت ميليشيات الحوثي معسكر القوات الموالية لعبد ربه منصور هادي في مدينة تعز.",
                     [("عبد ربه منصور هادي", "PER", "Hadi"), ("تعز", "LOC", "Taiz")], "ASSAULT")
    assert found


def test_two_sides_of_a_meeting_stay_actor_and_recipient() -> None:
    found = _parties("التقى الرئيس فلان الفلاني والوزير علان العلاني في الرياض.",
                     [("فلان الفلاني", "PER", "Fulan"), ("علان العلاني", "PER", "Allan"), ("الرياض", "LOC", "Riyadh")],
                     "CONSULT")
    assert found == [("Fulan", "Allan")]


# -- the accused past the adjuncts -------------------------------------------------------------------------------------

def test_the_accused_after_an_interview_and_a_day_is_still_the_accused() -> None:
    found = _parties("اتهم الرئيس الأوكراني بترو بوروشنكو في مقابلة بثت يوم أمس الاثنين نظيره الروسي فلاديمير بوتين "
                     "بأنه يريد السيطرة على جيرانه.",
                     [("الأوكراني", "LOC", "Ukraine"), ("بترو بوروشنكو", "PER", "Poroshenko"),
                      ("فلاديمير بوتين", "PER", "Putin")], "ACCUSE")
    assert found == [("Poroshenko", "Putin")]


def test_an_annual_report_is_no_verb_and_does_not_hide_the_accused() -> None:
    found = _parties("واتهمت الولايات المتحدة اليوم في تقرير سنوي تايلاند وروسيا بعدم مكافحة الاتجار بالبشر.",
                     [("الولايات المتحدة", "LOC", "USA"), ("تايلاند", "LOC", "Thailand"), ("روسيا", "LOC", "Russia")],
                     "ACCUSE")
    assert found == [("USA", "Thailand")]


def test_a_party_inside_the_charge_is_not_the_accused() -> None:
    # the accused is the one before the charge; the party named after بـ is part of what he is charged with
    found = _parties("واتهم الوزير سالم السالمي أمس الحكومة بدعم تنظيم داعش.",
                     [("سالم السالمي", "PER", "Salem"), ("داعش", "ORG", "IS")], "ACCUSE")
    assert all(r != "IS" for _a, r in found)


# -- consent -----------------------------------------------------------------------------------------------------------

def test_the_target_of_strikes_one_consents_to_is_not_the_party_consented_to() -> None:
    found = _parties("ووافقت تركيا على أن تستخدم طائرات الولايات المتحدة قواعدها الجوية لشن غارات على تنظيم داعش.",
                     [("تركيا", "LOC", "Turkey"), ("الولايات المتحدة", "LOC", "USA"), ("داعش", "ORG", "IS")], "AGREE")
    assert found and all(r != "IS" for _a, r in found)


def test_a_party_inside_a_dash_aside_describes_the_actor() -> None:
    found = _parties("فقد وافقت أنقرة - العضو في الحلف والمعارضة لبشار الأسد - على السماح لواشنطن باستخدام أراضيها.",
                     [("أنقرة", "LOC", "Turkey"), ("بشار الأسد", "PER", "Assad"), ("واشنطن", "LOC", "USA")], "AGREE")
    assert found == [("Turkey", "USA")]


# -- the man holding a title ------------------------------------------------------------------------------------------

def test_the_leader_named_after_his_groups_title_is_the_caller_not_the_called() -> None:
    found = _parties("دعا زعيم حركة طالبان الجديد الملا أختر منصور في رسالة صوتية إلى الوحدة في صفوف حركته.",
                     [("طالبان", "ORG", "Taliban"), ("أختر منصور", "PER", "Mansour")], "REQUEST")
    assert ("Taliban", "Mansour") not in found


def test_a_second_title_before_the_person_keeps_him_the_one_called() -> None:
    found = _parties("ودعا رئيس حزب الوفد الرئيس عبد الفتاح السيسي إلى الحوار.",
                     [("حزب الوفد", "ORG", "Wafd"), ("عبد الفتاح السيسي", "PER", "Sisi")], "REQUEST")
    assert found == [("Wafd", "Sisi")]


def test_a_community_named_by_a_nationality_is_not_that_state() -> None:
    found = _parties("وقد دعا نتنياهو الجالية اليهودية الأميركية إلى معارضة الاتفاق النووي.",
                     [("نتنياهو", "PER", "Netanyahu")], "REQUEST")
    assert all(r != "United States" for _a, r in found)


def test_a_government_named_by_its_nationality_is_still_that_state() -> None:
    found = _parties("وقد دعا نتنياهو الحكومة الأميركية إلى معارضة الاتفاق النووي.", [("نتنياهو", "PER", "Netanyahu")],
                     "REQUEST")
    assert found == [("Netanyahu", "United States")]


# -- the place of an earlier attack ---------------------------------------------------------------------------------------

def test_the_city_of_an_earlier_series_of_attacks_is_not_this_attacks_target() -> None:
    found = _parties("وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابل أوقعت عشرات القتلى.",
                     [("طالبان", "ORG", "Taliban"), ("كابل", "LOC", "Kabul")], "ASSAULT")
    assert all(r != "Kabul" for _a, r in found)


def test_the_attacks_own_place_before_the_earlier_attack_stays() -> None:
    found = _parties("وتبنت حركة طالبان الهجوم على مركز للشرطة في قندوز، الذي يأتي بعد سلسلة هجمات في كابل.",
                     [("طالبان", "ORG", "Taliban"), ("قندوز", "LOC", "Kunduz"), ("كابل", "LOC", "Kabul")], "ASSAULT")
    assert ("Taliban", "Kunduz") in found
