"""One war's other fronts (our own Arabic headlines and texts): fighting placed in another governorate is another
event, a town inside a governorate is the same front, a headline naming several fronts goes with each, and the
reports of one front on the next days stay one story."""

from __future__ import annotations

from marsad.stories.fronts import front_slot, fronts, military_headline
from marsad.stories.slots import reported_conflict

from tests.test_stories_slots import place


def test_a_town_is_resolved_to_its_governorate():
    assert fronts("القوات تدخل زنجبار") == {"ye:abyan"}
    assert fronts("معارك في مديرية قعطبة") == {"ye:dhale"}
    assert fronts("اشتباكات بالضالع وتعز") == {"ye:dhale", "ye:taiz"}
    assert fronts("السيطرة على قاعدة العند") == {"ye:lahj"}
    # a name that is also a common word counts only after "محافظة" or "مدينة"
    assert fronts("قصف بحجة حماية المدنيين") == frozenset()
    assert fronts("قصف في محافظة حجة") == {"ye:hajjah"}
    assert fronts("معارك قرب الدار البيضاء") == frozenset()


def test_only_a_report_of_fighting_fills_the_slot():
    assert military_headline("المقاومة الشعبية تحرر مدينة زنجبار")
    assert not military_headline("وفد حكومي يزور عدن لبحث إعادة الإعمار")
    assert front_slot("وفد حكومي يزور عدن لبحث إعادة الإعمار") == (frozenset(), frozenset())
    # a headline placing its fighting nowhere takes its lead's first sentence's front
    assert front_slot("مقتل 14 مسلحا في مواجهات مع المقاومة",
                      "قتل أربعة عشر مسلحا في مواجهات بمحافظة البيضاء أمس. وقالت مصادر")[0] == {"ye:bayda"}
    # ... but not a round-up of the war's fronts
    assert front_slot("قتلى في مواجهات مع المقاومة", "تدور مواجهات في تعز والضالع ولحج ومأرب.") == (
        frozenset(), frozenset())


def test_two_fronts_conflict_and_a_headline_naming_both_does_not():
    abyan = front_slot("الجيش والمقاومة يسيطران على زنجبار", "سيطرت القوات على مدينة زنجبار عاصمة أبين.")
    abyan_next = front_slot("المقاومة تطهر أحياء جعار من المسلحين", "واصلت المقاومة تقدمها في أبين.")
    taiz = front_slot("قصف عنيف على أحياء تعز", "قصفت الميليشيات أحياء سكنية في مدينة تعز.")
    both = front_slot("معارك في أبين وتعز", "تتواصل المعارك على جبهتين.")
    assert reported_conflict(abyan, taiz) is True
    assert reported_conflict(abyan, abyan_next) is False
    assert reported_conflict(both, abyan) is False and reported_conflict(both, taiz) is False
    # a report naming no place conflicts with no front
    assert reported_conflict(abyan, front_slot("مقتل قائد ميداني في اشتباكات", "")) is None


LEAD_ABYAN = ("أحكمت قوات الجيش المسنودة بالمقاومة الشعبية سيطرتها على مدينة زنجبار مركز محافظة أبين بعد معارك "
              "مع مسلحي الحوثي وقوات صالح، وقال قائد ميداني إن القوات تتقدم نحو مدينة جعار. وأضاف أن المقاومة "
              "تطهر الأحياء من الألغام وأن الحوثيين انسحبوا نحو الشمال بعد خسائر كبيرة في صفوفهم.")
LEAD_ABYAN2 = ("واصلت قوات الجيش والمقاومة الشعبية تقدمها في محافظة أبين بعد سيطرتها على زنجبار أمس، ودخلت "
               "مدينة جعار بعد معارك مع مسلحي الحوثي وقوات صالح. وقال قائد ميداني إن الحوثيين انسحبوا نحو الشمال "
               "وإن القوات تطهر الأحياء من الألغام.")
LEAD_TAIZ = ("دارت معارك عنيفة بين قوات الجيش المسنودة بالمقاومة الشعبية ومسلحي الحوثي وقوات صالح في مدينة تعز، "
             "وقال قائد ميداني إن الحوثيين قصفوا الأحياء السكنية. وأضاف أن المقاومة تتقدم في الأحياء وأن "
             "الحوثيين تكبدوا خسائر كبيرة في صفوفهم.")


def _rows():
    return [
        ("2026-03-10T08:00:00", "وكالة الشمال", "الجيش والمقاومة يسيطران على زنجبار", LEAD_ABYAN),
        ("2026-03-10T10:00:00", "صحيفة الميدان", "قوات الجيش والمقاومة تحكم سيطرتها على مدينة زنجبار", LEAD_ABYAN),
        ("2026-03-10T13:00:00", "موقع الأفق", "معارك عنيفة مع الحوثيين في تعز", LEAD_TAIZ),
        ("2026-03-11T09:00:00", "صحيفة الساحل", "الجيش والمقاومة يتقدمان في أبين ويدخلان جعار", LEAD_ABYAN2),
    ]


def test_placement_keeps_one_front_together_and_another_front_apart():
    abyan, abyan_again, taiz, abyan_next = place(_rows())
    assert abyan == abyan_again == abyan_next  # the same front the next day: one development
    assert taiz != abyan
    off = place(_rows(), front_slots=False)
    assert off[2] == off[0]  # without the slot: the other front joins the war's story


def test_a_town_named_like_a_verb_needs_its_noun():
    # "تدمر" destroys as often as it names Palmyra: only "مدينة تدمر" is the town
    assert front_slot("غارات التحالف تدمر مخازن السلاح", "") == (frozenset(), frozenset())
    assert fronts("معارك في محيط مدينة تدمر") == {"sy:homs"}


def test_a_truce_is_every_front_s_news():
    # the breaches of a ceasefire are reported front by front: they stay the truce's story
    assert front_slot("هدوء حذر في العاصمة مع بدء الهدنة واشتباكات في تعز", "") == (frozenset(), frozenset())
    assert front_slot("تعثر وقف إطلاق النار وقصف متبادل في الضالع", "") == (frozenset(), frozenset())


def test_a_place_named_as_the_war_s_past_or_as_a_landmark_is_no_front():
    # "after the liberation of Aden" tells what came before; "40 km north of Aden" where the base lies
    assert fronts("بعد تحرير عدن.. المقاومة تستعد لمعركة قاعدة العند") == {"ye:lahj"}
    assert fronts("تقدمت القوات نحو العند بعدما حررت مدينة عدن") == {"ye:lahj"}
    assert fronts("تقع القاعدة على بعد 50 كيلومترا شمال عدن") == frozenset()
    # Aden's liberation as the headline's own news is Aden's front
    assert fronts("تحرير عدن بوابة النصر") == {"ye:aden"}


def test_cutting_supply_lines_and_tightening_the_noose_are_fighting():
    assert front_slot("المقاومة تقطع خطوط إمداد المتمردين بين لحج وتعز", "")[0] == {"ye:lahj", "ye:taiz"}
    assert front_slot("المقاومة تضيق الخناق على المسلحين في الضالع", "")[0] == {"ye:dhale"}
    # supplies of aid are no fighting
    assert not military_headline("وصول إمدادات غذائية إلى عدن")


LEAD_ADEN = ("أعلنت المقاومة الشعبية سيطرتها على حي الميناء آخر معاقل الحوثيين في مدينة عدن بعد معارك عنيفة، "
             "وقال قائد ميداني إن القوات تطهر الأحياء من الألغام. وأضاف أن الحوثيين تكبدوا خسائر كبيرة.")
LEAD_ADEN2 = ("استكملت المقاومة الشعبية السيطرة على أحياء مدينة عدن بعد معارك مع مسلحي الحوثي، وقال قائد ميداني "
              "إن الحوثيين انسحبوا من الميناء. وأضاف أن القوات تطهر الأحياء من الألغام.")
LEAD_ANAD = ("واصلت المقاومة الشعبية تقدمها نحو الشمال بعدما حررت مدينة عدن من مسلحي الحوثي، وقال قائد ميداني "
             "إن القوات تحاصر قاعدة العند. وأضاف أن الحوثيين تكبدوا خسائر كبيرة في صفوفهم.")
LEAD_ROADS = ("قطعت المقاومة الشعبية طرق إمداد مسلحي الحوثي بين محافظتي لحج وتعز، وقال قائد ميداني إن القوات "
              "تطهر الأحياء من الألغام. وأضاف أن الحوثيين تكبدوا خسائر كبيرة في صفوفهم.")


def test_another_front_told_after_aden_s_liberation_stays_out_of_aden_s_battle():
    rows = [
        ("2026-03-10T08:00:00", "وكالة الشمال", "المقاومة تسيطر على آخر معاقل الحوثيين في عدن", LEAD_ADEN),
        ("2026-03-10T10:00:00", "صحيفة الميدان", "المقاومة تستكمل السيطرة على أحياء عدن", LEAD_ADEN2),
        ("2026-03-10T13:00:00", "موقع الأفق", "المقاومة تحاصر قاعدة العند وتتقدم في تعز", LEAD_ANAD),
        ("2026-03-10T15:00:00", "صحيفة الساحل", "المقاومة تقطع طرق إمداد الحوثيين بين لحج وتعز", LEAD_ROADS),
    ]
    aden, aden_again, anad, roads = place(rows)
    assert aden == aden_again
    assert anad != aden and roads != aden
