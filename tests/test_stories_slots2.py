"""Diplomatic and routine headline slots (our own Arabic headlines): a cable, call or visit with another
counterpart, another body's Eid gathering, another family's wedding is another event; reactions, condolences
and follow-ups of one contact, and battle reports, are not split by these slots."""

from __future__ import annotations

from test_stories_slots import place

from marsad.stories.contacts import contacts_agree, contacts_conflict, headline_contact


def test_cables_to_two_countries_conflict_and_a_condolence_fills_no_slot():
    chad = headline_contact("خادم الحرمين الشريفين يهنئ رئيس تشاد بذكرى استقلال بلاده")
    peru = headline_contact("خادم الحرمين الشريفين يهنئ رئيس بيرو بذكرى استقلال بلاده")
    assert chad.kind == "cable" and chad.counterparts == {"loc:chad"}
    assert contacts_conflict(chad, peru)
    condolence = headline_contact("خادم الحرمين يعزي رئيس بيرو في ضحايا الفيضانات")
    assert not condolence and not contacts_conflict(condolence, chad)


def test_the_kings_own_name_is_the_sender_of_his_cable_not_its_counterpart():
    king = headline_contact("الملك سلمان يبعث برقية تهنئة لرئيس المالديف بمناسبة ذكرى استقلال بلاده")
    leaders = headline_contact("القيادة تهنئ رئيس المالديف ورئيسة ليبيريا بذكرى الاستقلال")
    assert "per:salman-bin-abdulaziz" not in king.counterparts
    assert king.counterparts and not contacts_conflict(king, leaders)


def test_a_cable_and_a_visit_to_one_country_are_two_acts_that_do_not_vouch_for_each_other():
    cable = headline_contact("خادم الحرمين يهنئ رئيس تشاد بذكرى الاستقلال")
    visit = headline_contact("وزير الخارجية يزور تشاد ويلتقي رئيسها")
    call = headline_contact("خادم الحرمين يتلقى اتصالا هاتفيا من رئيس تشاد")
    assert not contacts_conflict(cable, visit) and not contacts_agree(cable, visit)
    assert contacts_agree(visit, call)


def test_a_call_with_one_leader_and_a_visit_to_another_conflict_but_the_call_after_the_visit_does_not():
    visit = headline_contact("ولي العهد يزور مصر ويلتقي الرئيس المصري", "وصل ولي العهد إلى القاهرة في زيارة رسمية")
    france = headline_contact("خادم الحرمين يتلقى اتصالا هاتفيا من الرئيس الفرنسي",
                              "تلقى خادم الحرمين اتصالا هاتفيا من الرئيس الفرنسي جرى خلاله بحث العلاقات")
    egypt = headline_contact("خادم الحرمين يتلقى اتصالا هاتفيا من الرئيس المصري",
                             "أشاد الرئيس المصري خلال الاتصال بزيارة ولي العهد إلى القاهرة")
    assert contacts_conflict(visit, france)
    assert not contacts_conflict(visit, egypt)
    assert contacts_conflict(france, egypt)


def test_two_bodies_eid_gatherings_conflict_and_one_bodys_two_reports_do_not():
    transport = headline_contact("وزارة النقل تقيم حفل معايدة لمنسوبيها")
    water = headline_contact("«المياه الوطنية» تعايد منسوبيها")
    transport_again = headline_contact("وزارة النقل تعايد منسوبيها", "أقامت وزارة النقل حفل معايدة لمنسوبيها")
    assert transport.kind == water.kind == "greeting"
    assert contacts_conflict(transport, water)
    assert not contacts_conflict(transport, transport_again)


def test_two_families_weddings_conflict():
    one = headline_contact("آل الدوسري يحتفلون بزفاف ابنهم")
    other = headline_contact("الشمراني يحتفل بزواج نجله")
    assert one.kind == other.kind == "wedding"
    assert contacts_conflict(one, other)
    same = headline_contact("زفاف نجل الدوسري في قاعة الأفراح", "احتفل آل الدوسري بزفاف ابنهم")
    assert not contacts_conflict(one, same)


def test_reports_of_one_battle_naming_different_places_do_not_conflict():
    # the capture of a base told by its name, by its town, by the camp beside it: one development (a front's
    # place read from headlines split such reports on unseen days, so battles fill no slot)
    base = headline_contact("المقاومة تسيطر على قاعدة الحمراء الجوية")
    town = headline_contact("معارك عنيفة في بلدة الوادي بعد سقوط القاعدة")
    camp = headline_contact("اشتباكات قرب معسكر الحمراء المجاور")
    analysis = headline_contact("محللون: الحرب تدخل مرحلة جديدة")
    assert not base and not town and not camp and not analysis
    assert not contacts_conflict(base, town) and not contacts_conflict(town, camp)


def _cables():
    text = ("بعث خادم الحرمين الشريفين برقية تهنئة لرئيس {c} بمناسبة ذكرى استقلال بلاده، أعرب فيها عن أصدق "
            "التهاني وأطيب التمنيات بالصحة والسعادة لفخامته ولشعب {c} الصديق اطراد التقدم والازدهار.")
    return [
        ("2026-07-01T09:00:00", "وكالة الأنباء", "خادم الحرمين الشريفين يهنئ رئيس تشاد بذكرى الاستقلال",
         text.format(c="تشاد")),
        ("2026-07-01T11:00:00", "صحيفة الوطن", "خادم الحرمين يهنئ رئيس تشاد بذكرى استقلال بلاده",
         text.format(c="تشاد")),
        ("2026-07-02T09:00:00", "وكالة الأنباء", "خادم الحرمين الشريفين يهنئ رئيس بيرو بذكرى الاستقلال",
         text.format(c="بيرو")),
        ("2026-07-03T09:00:00", "وكالة الأنباء", "خادم الحرمين الشريفين يهنئ رئيس الإكوادور بذكرى الاستقلال",
         text.format(c="الإكوادور")),
    ]


def test_placement_keeps_cables_to_other_countries_apart_and_one_cable_together():
    chad, chad_again, peru, ecuador = place(_cables(), contact_slots=True)
    assert chad == chad_again
    assert peru != chad and ecuador != chad and ecuador != peru
    # without the slots the cables to other countries join the first one's story (what the home pages showed)
    off = place(_cables(), contact_slots=False)
    assert off[2] == off[0] or off[3] == off[0]


def _calls_and_truce():
    jordan = ("أجرى ولي العهد اتصالا هاتفيا بملك الأردن، جرى خلاله بحث العلاقات الثنائية بين البلدين ومستجدات "
              "الأوضاع في المنطقة.")
    truce = ("أعلنت قيادة قوات التحالف بدء هدنة إنسانية في اليمن لمدة خمسة أيام استجابة لطلب الرئيس اليمني عبدربه "
             "منصور هادي، لإيصال المساعدات الإغاثية إلى الشعب اليمني، على أن تلتزم الميليشيات الحوثية بالهدنة.")
    hadi = ("تلقى ولي العهد اتصالا هاتفيا من الرئيس اليمني عبدربه منصور هادي، جرى خلاله بحث تطورات الأوضاع في "
            "اليمن وإيصال المساعدات الإغاثية إلى الشعب اليمني خلال الهدنة الإنسانية.")
    return [
        ("2026-07-01T08:00:00", "وكالة الأنباء", "ولي العهد يبحث هاتفيا مع ملك الأردن العلاقات الثنائية", jordan),
        ("2026-07-01T08:30:00", "صحيفة الوطن", "ولي العهد يجري اتصالا هاتفيا بملك الأردن", jordan),
        ("2026-07-01T09:00:00", "وكالة الأنباء", "التحالف يعلن هدنة إنسانية في اليمن لمدة خمسة أيام", truce),
        ("2026-07-01T09:30:00", "صحيفة الوطن", "قيادة التحالف تعلن بدء الهدنة الإنسانية في اليمن", truce),
        ("2026-07-01T10:00:00", "صحيفة الرياض", "هدنة إنسانية في اليمن لخمسة أيام بطلب من الرئيس اليمني", truce),
        ("2026-07-01T12:00:00", "وكالة الأنباء", "ولي العهد يتلقى اتصالا هاتفيا من الرئيس اليمني", hadi),
    ]


def test_a_call_turned_away_from_another_leaders_call_starts_its_own_story_not_the_truces():
    # the slots only split: the Yemeni president's call is not the truce's news for sharing the war's words
    jordan, jordan_again, truce, truce2, truce3, hadi = place(_calls_and_truce(), contact_slots=True)
    assert jordan == jordan_again and truce == truce2 == truce3
    assert hadi not in (jordan, truce)
    # without the slots the call joins the first call's story
    off = place(_calls_and_truce(), contact_slots=False)
    assert off[5] == off[0]


def test_one_minister_in_two_foreign_capitals_is_two_contacts_and_his_counterpart_names_the_country():
    # the same foreign minister in Lisbon, then in Athens: the town where a meeting abroad is held, or the
    # counterpart named by his nationality, says with whom
    lisbon = headline_contact("وزير الخارجية يبحث في لشبونة تطورات المنطقة")
    athens = headline_contact("وزير الخارجية يلتقي نظيره اليوناني", "التقى وزير الخارجية في أثينا اليوم نظيره اليوناني")
    greek_again = headline_contact("وزير الخارجية سيزور اليونان لبحث العلاقات الثنائية")
    assert lisbon.counterparts == {"loc:portugal"} and athens.counterparts == {"loc:greece"}
    assert contacts_conflict(lisbon, athens) and contacts_conflict(lisbon, greek_again)
    assert contacts_agree(athens, greek_again) and not contacts_conflict(athens, greek_again)


def test_a_meeting_in_a_home_town_names_no_counterpart_by_its_place():
    jeddah = headline_contact("ولي العهد يستقبل وزير الدفاع الياباني في جدة")
    riyadh = headline_contact("ولي العهد يلتقي وزير الدفاع الياباني في الرياض")
    assert jeddah.counterparts == riyadh.counterparts == {"loc:japan"}
    assert not contacts_conflict(jeddah, riyadh)
