"""A routine report is dated by the period it reports, and by its kind (our own Arabic headlines and leads): an
exchange's session of one day, its monthly statistical report and a summary of its week share the index, the
points, the trades and the days they are printed, and are three events; reports of one session, told by several
outlets, stay one story."""

from __future__ import annotations

from datetime import date

from marsad.models import Article
from marsad.nlp.timex import find_time_expressions
from marsad.stories.cluster import ClusterOptions, cluster
from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper
from marsad.stories.sessions import period_days, report_period
from marsad.stories.slots import reported_conflict

from test_stories_grouping import _add, _articles, _by_day


def _period(title: str, text: str, published: str) -> str | None:
    return report_period(title, text, find_time_expressions(text, date.fromisoformat(published[:10])), published)


def test_the_period_a_report_names_and_its_kind():
    # a month named in the headline, or in the lead's first sentence
    assert _period("مؤشر بورصة عمان ينهي شهر حزيران على ارتفاع محدود",
                   "أنهى المؤشر العام لبورصة عمان تعاملات الشهر عند 2110 نقاط.", "2026-07-01T20:00:00") == \
        "month:2026-06"
    assert _period("قيمة الأسهم المتداولة تبلغ 900 مليون دينار",
                   "أغلق المؤشر العام لبورصة عمان في نهاية شهر يونيو الماضي عند مستوى 2110 نقاط، بحسب التقرير "
                   "الإحصائي الشهري للبورصة.", "2026-07-02T09:00:00") == "month:2026-06"
    assert _period("تداول 300 مليون سهم في الشهر الماضي", "أغلق المؤشر العام عند 2110 نقاط.",
                   "2026-07-02T09:00:00") == "month:2026-06"
    # December reported in January is last year's December
    assert _period("الأسهم تربح 2% خلال ديسمبر", "أغلق المؤشر العام عند 2110 نقاط.", "2027-01-03T09:00:00") == \
        "month:2026-12"
    # a week: keyed by its Thursday, whichever day the summary is printed on (Friday, Saturday, Sunday)
    week = ("حصاد البورصة: تراجع أسهم 80 شركة خلال أسبوع",
            "أنهى مؤشر بورصة عمان تعاملاته الأسبوعية منخفضا 1.5% مقارنة بإغلاق الأسبوع الذي سبقه.")
    assert _period(*week, "2026-07-03T10:00:00") == _period(*week, "2026-07-05T08:00:00") == "week:2026-07-02"
    assert _period("المؤشر يتراجع 30 نقطة", week[1], "2026-07-04T10:00:00") == "week:2026-07-02"  # (from the lead)


def test_a_period_word_that_measures_or_a_named_day_dates_no_period():
    # a day's session: its lead names the day, whatever the headline says of weeks or months
    assert _period("الذهب يتجه لأكبر خسارة شهرية", "تراجع الذهب اليوم الخميس إلى 1090 دولارا للأوقية.",
                   "2026-07-30T18:00:00") is None
    # a measure, not the period reported
    assert _period("النفط عند أعلى مستوى في شهر", "ارتفعت أسعار النفط في التعاملات الآسيوية.",
                   "2026-07-30T09:00:00") is None
    assert _period("المؤشر يهبط إلى أدنى مستوى منذ يناير", "هبط المؤشر العام في مستهل التعاملات.",
                   "2026-07-30T09:00:00") is None
    assert _period("الأسهم تتراجع قبيل نتائج الأسبوع المقبل", "تراجع المؤشر العام في ختام التعاملات.",
                   "2026-07-30T09:00:00") is None
    # the first session of the week is a day's session
    assert _period("مؤشر البورصة يغلق على تراجع حاد", "أغلق مؤشر البورصة في مطلع تداولاته الأسبوعية على تراجع "
                   "بلغ 40 نقطة.", "2026-07-05T20:00:00") is None


def test_a_month_a_week_and_a_day_are_three_events():
    day = ("المؤشر يغلق على تراجع حاد بنسبة 3%", "أغلق المؤشر العام للبورصة على تراجع حاد بلغ 60 نقطة.")
    month = ("المؤشر يختتم شهر حزيران بارتفاع طفيف", "أغلق المؤشر العام للبورصة في نهاية شهر حزيران مرتفعا 5 نقاط.")
    week = ("تراجع أسهم 80 شركة خلال أسبوع", "أنهى المؤشر العام للبورصة تعاملاته الأسبوعية منخفضا 1.5% مقارنة "
            "بإغلاق الأسبوع الذي سبقه.")
    when = "2026-07-05T20:00:00"

    def slot(title, text, published=when):
        return period_days(title, text, find_time_expressions(text, date.fromisoformat(published[:10])), published,
                           True)

    assert reported_conflict(slot(*day), slot(*month)) and reported_conflict(slot(*day), slot(*week))
    assert reported_conflict(slot(*week), slot(*month))
    assert reported_conflict(slot(*month), slot(*month, "2026-07-06T08:00:00")) is False  # a reprint
    assert reported_conflict(slot(*month), slot("المؤشر يختتم شهر تموز بارتفاع", month[1].replace("حزيران", "تموز"),
                                                "2026-08-02T08:00:00"))  # another month


# The exchange of a country of our own making: Sunday's sharp fall (three outlets), the monthly statistical report on
# June printed the same night and the next day (three outlets), and the summary of the week that ended on Thursday
INDEX = "المؤشر العام لبورصة عمان"
SUNDAY = [
    ("2026-07-05T20:00:00", "وكالة الأسواق", "مؤشر بورصة عمان يغلق على تراجع حاد بنسبة 3.1%",
     f"أغلق {INDEX} في مطلع تداولاته الأسبوعية على تراجع حاد بلغ 66 نقطة بنسبة 3.1% عند مستوى 2044 نقطة، "
     "بتداولات قيمتها 12 مليون دينار، وتراجعت أسهم 90 شركة وارتفعت أسهم 12 شركة."),
    ("2026-07-05T21:00:00", "صحيفة المال", "بورصة عمان تهبط 3.1% في أسوأ جلسة منذ أشهر",
     f"هبط {INDEX} في ختام تعاملاته على تراجع حاد بلغ 66 نقطة بنسبة 3.1% ليغلق عند مستوى 2044 نقطة، "
     "بتداولات قيمتها 12 مليون دينار، مع تراجع أسهم 90 شركة."),
    ("2026-07-05T22:00:00", "صحيفة الساحل", "تراجع حاد لمؤشر بورصة عمان بنسبة 3.1%",
     f"سجل {INDEX} تراجعا حادا في ختام تداولاته بلغ 66 نقطة بنسبة 3.1% عند مستوى 2044 نقطة، بتداولات "
     "قيمتها 12 مليون دينار، وتراجعت أسهم 90 شركة."),
]
MONTH = [
    ("2026-07-05T22:30:00", "وكالة الأسواق", "مؤشر بورصة عمان يختتم شهر حزيران بارتفاع طفيف",
     f"أغلق {INDEX} في نهاية شهر حزيران الماضي عند مستوى 2110 نقاط، مرتفعا 5 نقاط بنسبة 0.2% مقارنة بالشهر "
     "السابق، وأوضح التقرير الإحصائي الشهري للبورصة أن قيمة الأسهم المتداولة بلغت 300 مليون دينار."),
    ("2026-07-05T23:00:00", "صحيفة المال", "ارتفاع طفيف لمؤشر بورصة عمان خلال شهر حزيران",
     f"أغلق {INDEX} في نهاية شهر حزيران الماضي عند مستوى 2110 نقاط، مرتفعا 5 نقاط بنسبة 0.2% مقارنة بالشهر "
     "السابق، وبلغت قيمة الأسهم المتداولة 300 مليون دينار بحسب التقرير الإحصائي الشهري."),
    ("2026-07-06T20:00:00", "صحيفة الساحل", "تداول 90 مليون سهم بقيمة 300 مليون دينار في الشهر الماضي",
     f"أغلق {INDEX} في نهاية حزيران الماضي عند مستوى 2110 نقاط، مرتفعا 5 نقاط بنسبة 0.2% مقارنة بالشهر "
     "السابق، وأظهر التقرير الإحصائي الشهري للبورصة تداول 90 مليون سهم."),
]
WEEK = [
    ("2026-07-05T23:30:00", "صحيفة الميدان", "حصاد البورصة: تراجع أسهم 80 شركة خلال أسبوع بتداولات 60 مليون دينار",
     f"أنهى {INDEX} تعاملاته الأسبوعية على انخفاض بنسبة 1.5% ما يعادل 32 نقطة، مغلقا عند 2110 نقاط مقارنة "
     "بإغلاق الأسبوع الذي سبقه، وتراجعت أسهم 80 شركة بتداولات قيمتها 60 مليون دينار."),
]


def _place(rows, **options) -> list[str]:
    g = Grouper(options=GroupOptions(**options))
    arts = _articles(rows, 900)
    for a in sorted(arts, key=lambda a: a.published_at):
        g.add(article_features(a, find_time_expressions(a.text, date.fromisoformat(a.published_at[:10]))))
    part = g.partition()
    return [part[a.id] for a in arts]


def test_the_months_report_and_the_weeks_summary_leave_the_days_session():
    story = _place(SUNDAY + MONTH + WEEK)
    sunday, month, week = story[:3], story[3:6], story[6:]
    assert len(set(sunday)) == 1 and len(set(month)) == 1  # each told by three outlets is one story
    assert not set(sunday) & set(month) and not set(sunday) & set(week) and not set(month) & set(week)
    off = _place(SUNDAY + MONTH + WEEK, session_periods=False)
    assert set(off[3:]) & set(off[:3])  # without the periods the month's report pools with the day's session


def test_periods_are_the_same_day_by_day_and_in_a_rebuild(store):
    arts = _articles(SUNDAY + MONTH + WEEK, 920)
    for day in _by_day(arts):  # the news arrives day by day
        _add(store, day)
        cluster(store)
    fed = store.story_partition()
    assert fed[arts[0].id] != fed[arts[3].id]
    cluster(store, ClusterOptions(rebuild=True))
    assert store.story_partition() == fed


def test_the_weeks_last_session_is_a_days_session():
    # "closes the week's trading": Thursday's session, not a summary of the week
    assert _period("أسهم البورصة تنهي تداولات الأسبوع على ارتفاع طفيف",
                   "أنهى مؤشر البورصة تداولاته لهذا الأسبوع مرتفعا 9 نقاط عند مستوى 2100 نقطة.",
                   "2026-07-02T20:00:00") is None
    assert _period("بورصات المنطقة تختتم تعاملات الأسبوع على تباين", "تباينت مؤشرات بورصات المنطقة في ختام "
                   "التعاملات.", "2026-07-03T09:00:00") is None
