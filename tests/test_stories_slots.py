"""Sports headline slots (our own Arabic headlines, invented clubs and players): another match, another transfer or
another camp of one club is another event; the preview, report and reactions of one match are one."""

from __future__ import annotations

from marsad.models import Article
from marsad.stories.features import term_of
from marsad.stories.slots import headline_slots, is_sport, slots_conflict

LEAD = " مباراة الدوري لكرة القدم واللاعب والمدرب"  # a lead that speaks of the game


def _slots(title: str):
    return headline_slots(title)


def test_two_matches_of_one_club_conflict_on_the_opponent():
    won = _slots("الشعلة يتغلب على ساندوريا بثلاثية")
    drew = _slots("الشعلة يتعادل مع بريمورا وديا")
    assert won.opponents >= {term_of("ساندوريا")} and drew.opponents >= {term_of("بريمورا")}
    assert slots_conflict(won, drew) == "slot"


def test_preview_report_and_reactions_of_one_match_do_not_conflict():
    preview = _slots("الشعلة يواجه ساندوريا غدا في نصف النهائي")
    report = _slots("ساندوريا يخسر أمام الشعلة بهدفين")  # home and away swapped
    reaction = _slots("مدرب الشعلة: الفوز على ساندوريا ثمرة عمل طويل")
    quote = _slots("مدرب الشعلة راض عن أداء لاعبيه")  # no slot filled: conflicts with nothing
    for a, b in [(preview, report), (preview, reaction), (report, reaction), (quote, preview), (quote, report)]:
        assert not slots_conflict(a, b)


def test_a_transfer_and_a_match_of_one_club_conflict_and_two_transfers_too():
    match = _slots("الشعلة يتغلب على ساندوريا بثلاثية")
    signed = _slots("الشعلة يتعاقد مع المهاجم كوستينيو لموسمين")
    other = _slots("الشعلة يضم البرازيلي ماركيزيان")
    # the name, not the position or the nationality
    assert signed.players == {term_of("كوستينيو")} and other.players == {term_of("ماركيزيان")}
    assert slots_conflict(match, signed) == "kind"
    assert slots_conflict(signed, other) == "slot"
    assert not slots_conflict(signed, _slots("كوستينيو ينضم إلى الشعلة رسميا"))


def test_a_friendly_against_a_club_named_by_a_common_word_is_another_match():
    # العين is also "the eye": its nationality says it is a club, and the club playing is not its own opponent
    ain = _slots("الشعلة يواجه العين الإماراتي وديا في النمسا")
    other = _slots("الشعلة يكسب ساندوريا التركي بهدفين")
    assert ain.opponents == {term_of("العين")} and term_of("الشعلة") not in ain.opponents
    assert slots_conflict(ain, other) == "slot"
    # a preview naming no opponent the slot can read agrees with no match: it fills no slot
    assert not _slots("الشعلة يلتقي العين مساء اليوم").opponents
    # a contract's words and a trophy are no player and no opponent
    renewed = _slots("الوادي يمدد عقدي بيتروفيتش وماركيزيان")
    assert renewed.players == {term_of("بيتروفيتش")}
    shield = _slots("الوادي يهزم الشعلة ويتوج بالدرع")
    assert len(shield.opponents) == 1 and not any("درع" in v for v in shield.opponents)
    assert slots_conflict(renewed, shield) == "kind"


def test_camps_in_two_countries_conflict_and_a_camps_friendly_does_not():
    austria = _slots("الشعلة يبدأ معسكره في النمسا")
    tunisia = _slots("الوادي يصل إلى معسكر تونس")
    friendly = _slots("الشعلة يختتم معسكر النمسا بالفوز على ساندوريا")
    assert slots_conflict(austria, tunisia) == "slot"
    assert not slots_conflict(austria, friendly)


def test_only_the_games_words_make_a_sports_article():
    assert is_sport(["مباراه", "الدوري", "الاتحاد"])
    # a union, an agreement, a meeting and a cooperation council are not clubs and matches
    assert not is_sport(["الاتحاد", "الاتفاق", "لقاء", "التعاون", "يلتقي"])


def _rows():
    lead = ("في مباراة ضمن الدوري لكرة القدم على ملعب المدينة، وقال مدرب الشعلة إن اللاعبين قدموا أداء "
            "قويا أمام جماهير النادي، وإن الفريق يستعد للجولة المقبلة من الدوري.")
    return [
        ("2026-05-02T10:00:00", "صحيفة الملعب", "الشعلة يواجه ساندوريا غدا في الجولة الخامسة من الدوري",
         "يواجه الشعلة ضيفه ساندوريا غدا " + lead),
        ("2026-05-03T22:00:00", "موقع الهدف", "الشعلة يتغلب على ساندوريا بثلاثية في الدوري",
         "تغلب الشعلة على ضيفه ساندوريا بثلاثة أهداف دون رد " + lead),
        ("2026-05-04T09:00:00", "صحيفة الملعب", "مدرب الشعلة: الفوز على ساندوريا ثمرة عمل اللاعبين في الدوري",
         "أشاد مدرب الشعلة بالفوز على ساندوريا بثلاثة أهداف " + lead),
        ("2026-05-06T22:00:00", "موقع الهدف", "الشعلة يتعادل مع بريمورا في الجولة السادسة من الدوري",
         "تعادل الشعلة مع مضيفه بريمورا بهدف لمثله " + lead),
        ("2026-05-05T12:00:00", "صحيفة الملعب",
         "الشعلة يتعاقد مع المهاجم كوستينيو لموسمين قبل الجولة السادسة من الدوري",
         "تعاقد الشعلة مع المهاجم كوستينيو لموسمين " + lead),
    ]


def place(rows, **options) -> list[str]:
    """The story of each (published, outlet, headline, text) row, placed in publication order by a Grouper with
    these ``GroupOptions``."""
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    arts = [Article(id=f"s{i:04d}", raw_id=f"rs{i:04d}", text=text, title=title, outlet=outlet, published_at=when,
                    origin=f"slots-{i}.txt") for i, (when, outlet, title, text) in enumerate(rows)]
    for a in sorted(arts, key=lambda a: a.published_at):
        g.add(article_features(a, []))
    part = g.partition()
    return [part[a.id] for a in arts]


def test_placement_keeps_one_match_together_and_another_match_and_a_transfer_apart():
    preview, report, reaction, other_match, transfer = place(_rows(), sport_slots="slot")
    assert preview == report == reaction
    assert other_match != report
    assert transfer != report and transfer != other_match
    # without slots the club's other match and its transfer join the story (what the home pages showed)
    off = place(_rows(), sport_slots="off")
    assert off[3] == off[1] or off[4] == off[1]


def test_two_clubs_news_conflict_unless_one_names_the_other():
    ahli = headline_slots("الشعلة يبدأ معسكره التدريبي")
    other = headline_slots("الوادي يغادر إلى معسكره التدريبي")
    assert slots_conflict(ahli, other) == "slot"
    # the other club's preparation for their match names it in its lead: one build-up
    build_up = headline_slots("الوادي يغادر إلى العاصمة", "يغادر الوادي اليوم استعدادا لمواجهة الشعلة في النهائي")
    assert not slots_conflict(ahli, build_up)


def test_counted_deliveries_are_told_apart():
    from marsad.stories.slots import delivery_ordinal

    assert delivery_ordinal("وصول القافلة الطبية الرابعة إلى المخيم") == 4
    assert delivery_ordinal("رابع قافلة طبية تصل المخيم") == 4
    assert delivery_ordinal("القافلة الـ(5) تصل المخيم محملة بالأدوية") == 5
    assert delivery_ordinal("الجولة الرابعة من الدوري") is None  # no delivery
    assert delivery_ordinal("وصول قافلة طبية إلى المخيم") is None  # not counted


def test_placement_keeps_two_counted_deliveries_apart_and_one_delivery_together():
    text = ("وصلت إلى مخيم الواحة للاجئين اليوم القافلة الطبية {n} التي يسيرها الهلال الأحمر، محملة بأدوية "
            "ومستلزمات طبية لعيادات المخيم، وقال مدير المخيم إن القافلة تخدم آلاف اللاجئين.")
    rows = [
        ("2026-05-02T10:00:00", "وكالة الشمال", "وصول القافلة الطبية الرابعة إلى مخيم الواحة",
         text.format(n="الرابعة")),
        ("2026-05-02T12:00:00", "صحيفة الميدان", "رابع قافلة طبية تصل مخيم الواحة", text.format(n="الرابعة")),
        ("2026-05-05T10:00:00", "وكالة الشمال", "وصول القافلة الطبية الخامسة إلى مخيم الواحة",
         text.format(n="الخامسة")),
    ]
    fourth, fourth_again, fifth = place(rows, sport_slots="slot")
    assert fourth == fourth_again and fifth != fourth


def test_results_of_two_periods_are_told_apart_and_a_game_quarter_is_no_period():
    from marsad.stories.slots import reported_conflict, results_periods

    half = results_periods("«الواحة للأسمنت» تخسر 210 ملايين ريال في النصف الأول",
                           "أعلنت شركة الواحة للأسمنت خسائر صافية في النصف الأول من العام بعد تراجع المبيعات في الربع الثاني")
    quarter = results_periods("«الواحة للأسمنت» ترفع مبيعاتها في الربع الثاني",
                              "سجلت الشركة ارتفاعا في مبيعات الربع الثاني، وخسائر في النصف الأول من العام")
    restated = results_periods("«الواحة للأسمنت» تخفض أرباحها المعلنة للربع الأول بعد مراجعة القوائم",
                               "عدلت الشركة قوائمها المالية للعامين الماضيين وللربع الأول")
    assert half[0] == {"نصف:اول"} and quarter[0] == {"ربع:ثاني"} and restated[0] == {"ربع:اول"}
    assert reported_conflict(half, restated) and not reported_conflict(half, quarter)  # one announcement, both periods
    assert reported_conflict(half, results_periods("«الواحة للأسمنت» توقف خط الإنتاج")) is None  # no results headline
    assert not results_periods("الشعلة يتقدم على ساندوريا في الربع الأول من المباراة")[0]
    assert not results_periods("النصف الأول من الموسم ينتهي بتعادل الفريقين")[0]


def test_placement_keeps_a_companys_restated_accounts_apart_from_its_half_year_results():
    restate = ("أعلنت شركة الواحة للأسمنت تعديل قوائمها المالية للعامين الماضيين وللربع الأول من العام الجاري بعد "
               "مراجعة هيئة السوق المالية لسياساتها المحاسبية، ما خفض أرباحها المعلنة وأعاد تقييم أصولها.")
    results = ("أعلنت شركة الواحة للأسمنت خسائر صافية بلغت 210 ملايين ريال في النصف الأول من العام بعد مراجعة "
               "هيئة السوق المالية لقوائمها، وقالت الشركة إن تراجع المبيعات وتكاليف إعادة تقييم الأصول وراء الخسارة.")
    rows = [
        ("2026-06-01T10:00:00", "صحيفة المال", "«الواحة للأسمنت» تخفض أرباحها المعلنة للربع الأول بعد مراجعة القوائم",
         restate),
        ("2026-06-03T10:00:00", "وكالة الشمال", "«الواحة للأسمنت» تخسر 210 ملايين ريال في النصف الأول", results),
        ("2026-06-03T12:00:00", "صحيفة الميدان", "210 ملايين ريال خسائر «الواحة للأسمنت» في النصف الأول", results),
    ]
    restated, half, half_again = place(rows)
    assert half == half_again and half != restated


def test_results_of_two_quoted_companies_are_told_apart_unless_one_names_the_other():
    from marsad.stories.slots import reported_conflict, results_company

    north = results_company("ارتفاع صافي أرباح «نخيل الشمال» 18% في النصف الأول",
                            "أعلنت شركة نخيل الشمال للتمور ارتفاع أرباحها الصافية")
    coast = results_company('تراجع أرباح "مرافئ الساحل" 7% في ستة أشهر', "قالت الشركة إن الإيرادات تراجعت")
    assert north[0] == {"نخيل الشمال"} and coast[0] == {"مرافئ الساحل"}
    assert reported_conflict(north, coast) is True
    # an analyst's note naming the company (quoted or not) reports the same results
    note = results_company("«بيت الخبرة»: أرباح نخيل الشمال فاقت التوقعات", "رأى المحللون أن نتائج نخيل الشمال قوية")
    assert reported_conflict(north, note) is False
    # no results word, or no quoted name: no slot
    assert results_company("«نخيل الشمال» تفتتح مصنعا جديدا في القصيم")[0] == frozenset()
    assert results_company("أرباح شركات التمور ترتفع في النصف الأول")[0] == frozenset()


def test_placement_keeps_another_companys_half_year_results_out_of_a_companys_story():
    text_n = ("أعلنت شركة نخيل الشمال للتمور عن ارتفاع صافي أرباحها في النصف الأول من العام إلى 120 مليون ريال "
              "مقارنة بالفترة نفسها من العام الماضي، بدعم من نمو المبيعات في السوق المحلية والتصدير، وأوصى مجلس الإدارة "
              "بتوزيع 1.75 ريال للسهم في بيان على موقع السوق المالية السعودية تداول.")
    text_c = ("أعلنت شركة مرافئ الساحل عن ارتفاع صافي أرباحها في النصف الأول من العام إلى 95 مليون ريال مقارنة "
              "بالفترة نفسها من العام الماضي، بدعم من نمو المبيعات في السوق المحلية والتصدير، وأوصى مجلس الإدارة "
              "بتوزيع 1.75 ريال للسهم في بيان على موقع السوق المالية السعودية تداول.")
    rows = [
        ("2026-07-20T09:00:00", "صحيفة المال", "ارتفاع صافي أرباح «نخيل الشمال» في النصف الأول", text_n),
        ("2026-07-20T11:00:00", "وكالة الشمال", 'صافي أرباح "نخيل الشمال" يرتفع في النصف الأول', text_n),
        ("2026-07-20T13:00:00", "صحيفة الميدان", "ارتفاع صافي أرباح «مرافئ الساحل» في النصف الأول", text_c),
    ]
    north, north_again, coast = place(rows)
    assert north == north_again and coast != north
    off = place(rows, results_companies=False)  # the period alone vouches: the other company joins
    assert off[2] == off[0]


def test_an_unquoted_owner_fills_the_company_slot_and_a_market_wide_tally_fills_none():
    from marsad.stories.slots import reported_conflict, results_company

    dates = results_company("تراجع صافي أرباح نخيل الشمال 12% بنهاية النصف الأول")
    ports = results_company("ارتفاع أرباح مرافئ الساحل في الربع الثاني")
    assert dates[0] == {"نخيل الشمال"} and ports[0] == {"مرافئ الساحل"}
    assert reported_conflict(dates, ports) is True
    assert results_company("ارتفاع أرباح البنوك المحلية في الربع الثاني")[0] == frozenset()  # a generic owner
    assert results_company("الأرباح المجمعة للشركات المدرجة تتراجع 9% في النصف الأول")[0] == frozenset()
    assert results_company("قطاعا «التأمين» و«النقل» يرفعان الأرباح في الربع الثاني")[0] == frozenset()


def _camp_rows():
    lead = ("في معسكر الفريق الإعدادي بمدينة سالزبورغ النمساوية، وقال مدرب الشعلة إن اللاعبين قدموا أداء قويا أمام "
            "جماهير النادي، وإن الجهاز الفني يجهز الفريق للموسم الجديد من الدوري لكرة القدم.")
    return [
        ("2026-07-01T20:00:00", "صحيفة الملعب", "الشعلة يكسب ساندوريا التركي وديا بهدفين",
         "كسب الشعلة مباراته الودية أمام ساندوريا التركي بهدفين " + lead),
        ("2026-07-01T21:00:00", "موقع الهدف", "الشعلة يتغلب على ساندوريا التركي في أولى ودياته",
         "تغلب الشعلة على ساندوريا التركي بهدفين دون رد " + lead),
        ("2026-07-02T10:00:00", "صحيفة الملعب", "ثلاثة لاعبين يغيبون عن تدريبات الشعلة في سالزبورغ",
         "غاب ثلاثة لاعبين عن تدريبات الشعلة الصباحية في سالزبورغ " + lead),
        ("2026-07-02T12:00:00", "موقع الهدف", "غياب ثلاثة لاعبين عن تدريبات الشعلة في سالزبورغ",
         "يغيب ثلاثة لاعبين عن تدريبات الشعلة في سالزبورغ " + lead),
        ("2026-07-03T10:00:00", "صحيفة الملعب",
         "الشعلة يواجه بريمورا الإيطالي بعد غياب ثلاثة لاعبين عن تدريباته في سالزبورغ",
         "يواجه الشعلة فريق بريمورا الإيطالي مساء اليوم بعد غياب ثلاثة لاعبين عن التدريبات " + lead),
    ]


def test_members_that_fill_no_slot_do_not_vouch_for_another_match_of_the_story():
    # the next friendly's preview reads most like the camp's training news, which name no opponent: the story's
    # matches against another opponent still keep it out (here only two members are compared, as in a big story
    # only some are)
    won, beat, training, absent, preview = place(_camp_rows(), max_compared=2)
    assert won == beat == training == absent
    assert preview != won
    off = place(_camp_rows(), max_compared=2, story_slots=())
    assert off[4] == off[0]  # asked of the compared members alone, the preview joins through the training news
