"""Story placement with the learned pair model, on our own short articles (facts only, our words).

The patterns come from reading SaudiNewsNet home pages: a developing story (first
report, toll, funeral) must stay one story; the same actor in two different
events (one king receiving two visitors, one club in two matches) must not.
"""

from __future__ import annotations

import pytest

from marsad.models import Article, RawDocument
from marsad.stories.cluster import ClusterOptions, cluster
from marsad.stories.grouping import GroupOptions

FIRE = [
    ("2026-04-06T08:00:00", "وكالة الشمال", "حريق ضخم في مصنع للأثاث بمدينة الزرقاء",
     "اندلع حريق ضخم فجر اليوم في مصنع للأثاث في المنطقة الصناعية بمدينة الزرقاء، وهرعت فرق الدفاع المدني "
     "إلى الموقع وسط سحب كثيفة من الدخان. وقال مصدر في الدفاع المدني إن سبعة عمال لقوا حتفهم وأصيب تسعة "
     "آخرون نقلوا إلى مستشفى الزرقاء الحكومي، وإن أسباب الحريق ما زالت قيد التحقيق."),
    ("2026-04-06T15:00:00", "صحيفة الميدان", "ارتفاع ضحايا حريق مصنع الأثاث في الزرقاء",
     "ارتفع عدد ضحايا الحريق الذي شب في مصنع الأثاث بالمنطقة الصناعية في الزرقاء إلى تسعة قتلى بعد وفاة "
     "عاملين متأثرين بحروقهما في مستشفى الزرقاء الحكومي. وأعلن الدفاع المدني أن الحريق أخمد بالكامل بعد "
     "ست ساعات، وأن التحقيق يركز على تماس كهربائي في مستودع المصنع."),
    ("2026-04-07T10:00:00", "موقع الأفق", "تشييع ضحايا حريق مصنع الزرقاء",
     "شيع آلاف من أهالي الزرقاء اليوم ضحايا حريق مصنع الأثاث في المنطقة الصناعية، وسط مطالبات بمحاسبة "
     "المسؤولين عن غياب وسائل السلامة في المصنع. وقال أقارب العمال إن الحريق حاصرهم في المستودع، فيما أكد "
     "الدفاع المدني أن التحقيق في أسباب الحريق مستمر."),
    ("2026-04-08T09:00:00", "وكالة الشمال", "توقيف مدير مصنع الأثاث بعد حريق الزرقاء",
     "أوقفت النيابة العامة مدير مصنع الأثاث في المنطقة الصناعية بالزرقاء على ذمة التحقيق في الحريق الذي "
     "أودى بحياة تسعة عمال، بعدما أظهر تقرير الدفاع المدني أن مخارج الطوارئ في مستودع المصنع كانت مغلقة."),
]
MATCH = [
    ("2026-04-06T21:00:00", "صحيفة الملعب", "النجم الساحلي يفوز على الترجي بهدفين",
     "فاز النجم الساحلي على الترجي بهدفين مقابل هدف في قمة الجولة العشرين من الدوري التونسي لكرة القدم على "
     "ملعب سوسة الأولمبي، وسجل المهاجم هدف الفوز في الدقيقة الثامنة والثمانين من ركلة جزاء."),
]
# One king, two visitors on one day: two events.
RECEPTIONS = [
    ("2026-04-07T12:00:00", "وكالة الشمال", "الملك يستقبل رئيس وزراء مالطا",
     "استقبل الملك في قصره بالعاصمة اليوم رئيس وزراء مالطا، وجرى خلال الاستقبال بحث العلاقات الثنائية "
     "بين البلدين وسبل تعزيز التعاون في مجالات الملاحة البحرية والسياحة، بحضور وزير الخارجية."),
    ("2026-04-07T13:00:00", "صحيفة الميدان", "الملك يستقبل رئيس مجلس الشيوخ البوليفي",
     "استقبل الملك في قصره بالعاصمة اليوم رئيس مجلس الشيوخ في بوليفيا والوفد المرافق له، وجرى خلال "
     "الاستقبال استعراض العلاقات الثنائية وفرص الاستثمار في قطاع التعدين، بحضور وزير الخارجية."),
    ("2026-04-07T16:00:00", "موقع الأفق", "الملك ورئيس وزراء مالطا يبحثان التعاون البحري",
     "بحث الملك ورئيس وزراء مالطا خلال لقائهما في القصر بالعاصمة اليوم تعزيز التعاون في مجالات الملاحة "
     "البحرية والسياحة، وأكد رئيس الوزراء المالطي أن بلاده تتطلع إلى فتح خط ملاحي مباشر بين الموانئ."),
]


def _articles(rows, first: int) -> list[Article]:
    return [Article(id=f"g{first + i:04d}", raw_id=f"rg{first + i:04d}", text=text, title=title, outlet=outlet,
                    published_at=when, origin=f"grouping-{first + i}.txt")
            for i, (when, outlet, title, text) in enumerate(rows)]


def _add(store, articles):
    for a in articles:
        store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
    store.add_articles(articles)


def _by_day(articles):
    days: dict[str, list[Article]] = {}
    for a in articles:
        days.setdefault(a.published_at[:10], []).append(a)
    return [days[d] for d in sorted(days)]


def test_a_development_stays_one_story_and_days_in_order_give_the_rebuild(store):
    fire, match, visits = _articles(FIRE, 0), _articles(MATCH, 10), _articles(RECEPTIONS, 20)
    for day in _by_day(fire + match + visits):  # the news arrives day by day
        _add(store, day)
        cluster(store)
    fed = store.story_partition()
    story = {a.id: fed[a.id] for a in fire + match + visits}
    assert len({story[a.id] for a in fire}) == 1  # first report, toll, funeral, arrest
    assert story[match[0].id] != story[fire[0].id]
    cluster(store, ClusterOptions(rebuild=True))
    assert store.story_partition() == fed


def test_one_king_receiving_two_visitors_is_two_stories(store):
    # receptions share all their wording but the visitor: the visitor is a slot (stories.contacts), the pair
    # model alone does not weigh it enough
    visits = _articles(RECEPTIONS, 20)
    _add(store, visits)
    cluster(store)
    story = store.story_partition()
    malta, bolivia, malta_talks = (story[a.id] for a in visits)
    assert malta == malta_talks
    assert bolivia != malta


WEATHER = [
    ("2026-04-06T06:00:00", "وكالة الشمال", "طقس حار على المناطق الشرقية اليوم الاثنين",
     "توقعت هيئة الأرصاد أن يكون الطقس اليوم الاثنين حارا على المناطق الشرقية والوسطى مع رياح نشطة مثيرة للأتربة "
     "تحد من مدى الرؤية الأفقية، فيما تتكون سحب رعدية على المرتفعات الجنوبية الغربية بعد الظهر.", "اليوم الاثنين",
     "2026-04-06"),
    ("2026-04-07T06:00:00", "صحيفة الميدان", "طقس حار على المناطق الشرقية اليوم الثلاثاء",
     "توقعت هيئة الأرصاد أن يكون الطقس اليوم الثلاثاء حارا على المناطق الشرقية والوسطى مع رياح نشطة مثيرة "
     "للأتربة تحد من مدى الرؤية الأفقية، فيما تتكون سحب رعدية على المرتفعات الجنوبية الغربية مساء.", "اليوم الثلاثاء",
     "2026-04-07"),
]


@pytest.mark.xfail(strict=True, reason="known gap (issue 14): two days' forecasts share every word but the day; the "
                   "learned 'no day in common' feature is not yet strong enough to keep daily reports apart")
def test_two_days_weather_reports_are_two_stories(store):
    from marsad.models import Span

    rows = [(w, o, t, x) for w, o, t, x, _, _ in WEATHER]
    arts = _articles(rows, 40)
    _add(store, arts)
    for a, (_, _, _, text, expr, day) in zip(arts, WEATHER):
        at = text.index(expr)
        store.replace_spans(a.id, "timex", "test", [Span("timex", at, at + len(expr), "day",
                                                          {"value": day, "text": expr, "relative": True})])
    cluster(store)
    story = store.story_partition()
    assert story[arts[0].id] != story[arts[1].id]


# Two unrelated bank items of one day, written alike: the central bank's figures in billions of riyals, "the
# kingdom", banks, the first quarter.  What could identify either (the figure, what it counts) is not shared.
BANKS = [
    ("2026-05-03T09:00:00", "وكالة الشمال", "ارتفاع القروض المصرفية للقطاع الخاص في المملكة",
     "أظهرت بيانات البنك المركزي اليوم ارتفاع القروض التي قدمتها البنوك في المملكة للقطاع الخاص إلى 1380 مليار "
     "ريال بنهاية الربع الأول، بزيادة سنوية بلغت تسعة في المئة، وقال مصرفيون إن الطلب على التمويل العقاري كان "
     "وراء معظم الزيادة."),
    ("2026-05-03T11:00:00", "صحيفة الميدان", "تراجع ودائع البنوك في المملكة خلال الربع الأول",
     "أظهرت بيانات البنك المركزي اليوم تراجع الودائع لدى البنوك في المملكة إلى 1790 مليار ريال بنهاية الربع "
     "الأول، بانخفاض سنوي بلغ ثلاثة في المئة، وقالت البيانات إن ودائع القطاع الخاص تحت الطلب كانت وراء معظم "
     "التراجع."),
    ("2026-05-03T15:00:00", "موقع الأفق", "القروض المصرفية للقطاع الخاص تبلغ 1380 مليار ريال",
     "بلغت القروض المصرفية الممنوحة للقطاع الخاص في المملكة 1380 مليار ريال بنهاية الربع الأول وفق بيانات البنك "
     "المركزي، مدفوعة بالتمويل العقاري الذي نما بأسرع وتيرة منذ عامين بحسب مصرفيين."),
]


def test_two_unrelated_bank_items_with_shared_generic_words_stay_apart(store):
    """An economy pool on a SaudiNewsNet home page was joined through riyals, dollars and "the kingdom"."""
    arts = _articles(BANKS, 60)
    _add(store, arts)
    cluster(store)
    story = store.story_partition()
    lending, deposits, lending_again = (story[a.id] for a in arts)
    assert lending == lending_again  # one figure, one story
    assert deposits != lending


def test_generic_words_identify_nothing_specific_words_do():
    from marsad.stories.features import identifying_name, specific_number

    assert not any(identifying_name(n) for n in ("ريال", "الدولار", "المملكة", "السعودية"))
    assert all(identifying_name(n) for n in ("اليمن", "بنك الواحة", "الأقصى"))
    assert specific_number("1380") and not specific_number("2026") and not specific_number("7")


def test_what_two_bank_items_share_identifies_nothing_unless_it_is_specific():
    """The join gate: the two central-bank items share only generic words (banks, billions of riyals, the kingdom,
    the quarter); the two tellings of the lending figure share the figure."""
    from marsad.stories.features import article_features
    from marsad.stories.pairs import identified

    lending, deposits, lending_again = (article_features(a, []) for a in _articles(BANKS, 60))
    assert not identified(lending, deposits)
    assert identified(lending, lending_again)


def test_an_outlets_own_credit_line_is_not_a_shared_actor():
    """One outlet ends every article with its own name ("... لصحيفة الأفق"): two unrelated items of that outlet
    (two universities' job offers) once shared it as a rare actor and were pooled."""
    from marsad.models import Span
    from marsad.stories.features import article_features, is_media_name
    from marsad.stories.pairs import identified

    credit = "صحيفة الأفق"
    rows = [("2026-05-04T09:00:00", "موقع الأفق", "جامعة الشمال تعلن وظائف معيدين في كلية الهندسة",
             "أعلنت جامعة الشمال عن حاجتها إلى معيدين في كلية الهندسة للعام الدراسي المقبل، ويبدأ التقديم الأحد. "
             "وذكرت الجامعة لصحيفة الأفق أن الشروط منشورة في موقعها."),
            ("2026-05-04T10:00:00", "موقع الأفق", "مستشفى الساحل يستقبل طلبات الممرضين حتى نهاية الشهر",
             "يستقبل مستشفى الساحل طلبات التوظيف في التمريض حتى نهاية الشهر الجاري عبر بوابته الإلكترونية. "
             "وقال مدير المستشفى لصحيفة الأفق إن المقابلات تبدأ بعد أسبوعين.")]
    feats = []
    for a in _articles(rows, 80):
        at = a.text.index(credit)
        feats.append(article_features(a, [Span("mention", at, at + len(credit), "ORG", {"name": credit})]))
    assert is_media_name(credit) and is_media_name("وكالة الأنباء الألمانية") and not is_media_name("جامعة الشمال")
    assert not any(k.startswith("name:") and "الافق" in k for k in feats[0].actors)
    assert not identified(feats[0], feats[1])


def test_a_shared_web_address_or_hijri_year_is_not_a_shared_mark():
    """Every education office's call to book a teachers' interview gives the ministry's booking address and the
    school year (1437): the words of the address and the year once identified the calls of two towns as one event,
    and the page pooled twenty offices' calls."""
    from marsad.stories.features import article_features, specific_number
    from marsad.stories.pairs import identified

    rows = [("2026-05-04T09:00:00", "موقع الأفق", "مكتب تعليم الهضبة يدعو المرشحين لحجز موعد المقابلة",
             "يدعو مكتب التعليم في الهضبة 45 مرشحا للوظائف التعليمية إلى حجز موعد المقابلة الشخصية عبر الرابط "
             "https://jobs.edu-portal.gov.sa/booking/1437 قبل نهاية الأسبوع، للعام الدراسي 1437."),
            ("2026-05-04T11:00:00", "صحيفة الغد", "تعليم وادي الرمال: التسجيل الإلكتروني لمقابلات الوظائف التعليمية",
             "دعا مكتب التعليم في وادي الرمال المرشحين للوظائف التعليمية إلى تسجيل موعد المقابلة إلكترونيا عبر "
             "www.jobs.edu-portal.gov.sa/booking/1437 قبل بداية العام الدراسي 1437.")]
    a, b = (article_features(x, []) for x in _articles(rows, 90))
    assert not specific_number("1437") and specific_number("1380") and specific_number("1480") and specific_number("45")
    assert not any(m.isascii() and m.isalpha() for m in a.marks | b.marks) and "#1437" not in a.marks | b.marks
    assert not identified(a, b)


# Same-kind reports of one day from two provinces of the outlets' home country: the Red Crescent branches of Jazan
# and Tabuk each give their Eid call count, in the same words.  A toll update of one accident names its province.
PROVINCES = [
    ("2026-04-12T08:00:00", "وكالة الشمال", "الهلال الأحمر بجازان يباشر 412 بلاغا خلال أيام العيد",
     "باشرت فرق الهلال الأحمر السعودي في منطقة جازان 412 بلاغا إسعافيا خلال أيام عيد الفطر، منها حوادث مرورية "
     "وحالات مرضية، وقال المتحدث الرسمي للهيئة إن الفرق الميدانية انتشرت في المحافظات على مدار الساعة."),
    ("2026-04-12T09:00:00", "صحيفة الميدان", "الهلال الأحمر بتبوك يباشر 389 بلاغا خلال أيام العيد",
     "باشرت فرق الهلال الأحمر السعودي في منطقة تبوك 389 بلاغا إسعافيا خلال أيام عيد الفطر، منها حوادث مرورية "
     "وحالات مرضية، وقال المتحدث الرسمي للهيئة إن الفرق الميدانية انتشرت في المحافظات على مدار الساعة."),
    ("2026-04-12T10:00:00", "موقع الأفق", "412 بلاغا باشرها الهلال الأحمر في جازان خلال العيد",
     "أعلن الهلال الأحمر السعودي في جازان أن فرقه باشرت 412 بلاغا إسعافيا خلال أيام عيد الفطر، بينها حوادث "
     "مرورية وحالات مرضية، مشيرا إلى أن الفرق الميدانية انتشرت في المحافظات على مدار الساعة."),
]
# Articles that name a Saudi city in their lead, so the outlets' home country is known before the reports arrive.
HOME = [("2026-04-11T0%d:00:00" % h, o, t, x) for h, (o, t, x) in enumerate([
    ("وكالة الشمال", "افتتاح حديقة عامة في الرياض", "افتتحت أمانة الرياض حديقة عامة جديدة في حي الملقا."),
    ("صحيفة الميدان", "مهرجان للتمور في بريدة", "انطلق في بريدة مهرجان سنوي للتمور بمشاركة المزارعين."),
    ("موقع الأفق", "معرض للكتاب في جدة", "افتتح في جدة معرض للكتاب بمشاركة دور نشر عربية."),
    ("وكالة الشمال", "ندوة عن المياه في الدمام", "عقدت في الدمام ندوة عن ترشيد استهلاك المياه."),
    ("صحيفة الميدان", "سباق للهجن في الطائف", "أقيم في الطائف سباق للهجن بمشاركة واسعة."),
    ("موقع الأفق", "مؤتمر طبي في أبها", "بدأ في أبها مؤتمر طبي عن أمراض القلب."),
])]


def _place_all(rows, first, **options):
    """Place the rows' articles in order with a Grouper of these ``GroupOptions``: (articles, story of each id)."""
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(None, GroupOptions(**options))
    arts = _articles(rows, first)
    for a in arts:
        g.add(article_features(a, []))
    return arts, g.partition()


def test_same_kind_reports_of_two_provinces_are_two_stories():
    """On a SaudiNewsNet home page the Red Crescent's Eid counts of several provinces were one story."""
    arts, story = _place_all(HOME + PROVINCES, 100)
    jazan, tabuk, jazan_again = (story[a.id] for a in arts[len(HOME):])
    assert jazan == jazan_again  # one count told twice
    assert tabuk != jazan


def test_two_reports_conflict_on_place_only_when_both_name_one_and_neither_the_others():
    from marsad.stories.features import article_features
    from marsad.stories.pairs import places_conflict

    jazan, tabuk, jazan_again = (article_features(a, []) for a in _articles(PROVINCES, 120))
    assert [k for k, _ in jazan.lead_places] == ["loc:jazan"] and [k for k, _ in tabuk.lead_places] == ["loc:tabuk"]
    assert places_conflict(jazan, tabuk, "loc:saudi-arabia") and not places_conflict(jazan, jazan_again)
    assert not places_conflict(jazan, tabuk, "loc:egypt")  # places of another country do not count


def test_a_development_across_provinces_stays_one_story():
    """A report that names both provinces (the injured moved from Jazan to a hospital in Tabuk) is not kept
    apart from the first report."""
    rows = HOME + PROVINCES[:1] + [
        ("2026-04-12T16:00:00", "صحيفة الميدان", "نقل مصابين من جازان إلى مستشفى تبوك بعد 412 بلاغا في العيد",
         "نقل الهلال الأحمر السعودي مصابين من منطقة جازان إلى مستشفى في تبوك، بعد أن باشرت فرقه في جازان 412 "
         "بلاغا إسعافيا خلال أيام عيد الفطر، وقال المتحدث الرسمي للهيئة إن حالتهم مستقرة.")]
    arts, story = _place_all(rows, 140)
    assert story[arts[-1].id] == story[arts[-2].id]


def test_the_home_country_is_learned_alike_day_by_day_and_in_a_rebuild(store):
    """The place test depends on what was placed before (the home country): feeding the days one after another
    gives the partition a rebuild gives."""
    arts = _articles(HOME + PROVINCES, 160)
    for day in _by_day(arts):
        _add(store, day)
        cluster(store)
    fed = store.story_partition()
    cluster(store, ClusterOptions(rebuild=True))
    rebuilt = store.story_partition()
    assert fed == rebuilt
    jazan, tabuk, _ = (fed[a.id] for a in arts[len(HOME):])
    assert jazan != tabuk


# A worker drowned in a furniture factory's fire pool in the same town on the day of the fire: the same words as the
# fire's reports (factory, furniture, fire, the town), another incident.
POOL = [("2026-04-06T09:00:00", "صحيفة الميدان", "غرق عامل في بركة مياه بمصنع أثاث في الزرقاء",
         "غرق عامل في بركة مياه داخل مصنع للأثاث في مدينة الزرقاء، وانتشلت فرق الإنقاذ جثته بعد ساعتين. وقال مدير "
         "مصنع الأثاث إن البركة مخصصة لإطفاء الحريق، وإن العامل انزلق أثناء تنظيف بركة الحريق، وإن الحريق الأخير في "
         "المصنع قبل عامين دفعه إلى حفرها.")]


def test_a_resumed_run_breaks_ties_between_compared_articles_as_a_rebuild(store):
    """The placed articles a new one is compared with are those sharing most keys, ties going to the latest
    stored: a run that reads the window back from the store must know when each was stored, or the funeral
    (sharing four keys with both the fire's first report and the drowning) is compared with another article
    day by day than in a rebuild (SaudiNewsNet 08-02 then 08-03: 8 articles placed otherwise)."""
    opts = GroupOptions(max_compared=1)  # (the cap binds: only one of the tied articles is compared)
    fire, pool = _articles(FIRE[:1], 0), _articles(POOL, 50)
    funeral = _articles(FIRE[2:3], 2)
    _add(store, fire + pool)
    cluster(store, ClusterOptions(group=opts))
    _add(store, funeral)
    cluster(store, ClusterOptions(group=opts))
    fed = store.story_partition()
    assert fed[fire[0].id] != fed[pool[0].id]
    cluster(store, ClusterOptions(rebuild=True, group=opts))
    assert store.story_partition() == fed


# An undated notice whose text cites a later day (the fair opens on the 20th): its day, for clustering, is the 20th.
FAIR = [(None, "صحيفة الميدان", "موعد معرض الكتاب في إربد",
         "تفتتح بلدية إربد معرض الكتاب السنوي يوم العشرين من نيسان في قاعة المدينة، بمشاركة ستين دار نشر من عدة "
         "دول، ويستمر المعرض عشرة أيام.")]


def test_an_undated_article_citing_a_later_day_leaves_the_window_where_a_rebuild_has_it(store):
    """The window a resumed run reads back ends on the day of the latest dated article placed: when it ended on the
    latest day a story was seen, the fair's notice (placed on the fire's first day, its day the 20th) moved it two
    weeks on, each later run read back nothing, and the fire's funeral and arrest started stories of their own
    (three stories day by day, one in a rebuild)."""
    from marsad.models import Span

    fire, fair = _articles(FIRE, 0), _articles(FAIR, 60)
    notice = fair[0]
    cite = "يوم العشرين من نيسان"
    at = notice.text.index(cite)
    days = _by_day(fire)
    for k, day in enumerate(days):
        batch = day + (fair if k == 0 else [])  # the notice comes in with the first day's reports
        _add(store, batch)
        if k == 0:
            store.replace_spans(notice.id, "timex", "test",
                                [Span("timex", at, at + len(cite), "DATE", {"value": "2026-04-20"})])
        cluster(store)
    assert store.get_story(store.story_partition()[notice.id])["last_seen"] == "2026-04-20"  # (the case at stake)
    fed = store.story_partition()
    assert len({fed[a.id] for a in fire}) == 1  # first report, toll, funeral, arrest
    assert fed[notice.id] != fed[fire[0].id]
    # the home page's latest days are those of the latest dated report, not the fair's day
    from datetime import date, timedelta

    from marsad.web.data import home_data

    last = max(a.published_at for a in fire)[:10]
    home = home_data(store)
    assert home["since"] == (date.fromisoformat(last) - timedelta(days=2)).isoformat()
    assert fed[fire[0].id] in [s["id"] for s in home["stories"]]
    cluster(store, ClusterOptions(rebuild=True))
    assert store.story_partition() == fed
