"""A routine market report is the event of its trading day (our own Arabic headlines and leads): gold's Monday
session is not its Tuesday session, a next-morning reprint of Monday's session stays with Monday's, a currency's
report is not gold's, and an opinion piece that names no session stays out of the slot."""

from __future__ import annotations

from datetime import date

from marsad.models import Article
from marsad.nlp.timex import find_time_expressions
from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper
from marsad.stories.incidents import commodity_slot
from marsad.stories.sessions import named_day, session_days, trading_lead
from marsad.stories.slots import reported_conflict, session_headline


def _days(title: str, text: str, published: str) -> tuple[frozenset[str], frozenset[str]]:
    spans = find_time_expressions(text, date.fromisoformat(published[:10]))
    return session_days(title, text, spans, published, True)


def test_the_day_a_report_names_resolved_against_its_publication():
    monday = "ارتفع سعر الذهب في المعاملات الفورية اليوم الاثنين إلى 1120 دولارا للأوقية مع تراجع العملة الأمريكية."
    assert _days("الذهب يرتفع مع تراجع الدولار", monday, "2026-03-02T18:00:00")[0] == {"2026-03-02"}
    # the same wire in a Tuesday paper: "today, Monday" is the latest Monday
    assert _days("الذهب يرتفع مع تراجع الدولار", monday, "2026-03-03T07:00:00")[0] == {"2026-03-02"}
    yesterday = "أغلق المؤشر العام للسوق أمس على ارتفاع بلغ 40 نقطة عند مستوى 8100 نقطة بتداولات بلغت 5 مليارات."
    assert _days("المؤشر يغلق مرتفعا 40 نقطة", yesterday, "2026-03-03T07:00:00")[0] == {"2026-03-02"}
    # no day named: the publication day or the day before (a next-morning reprint)
    bare = "تراجعت أسعار خام برنت في التعاملات الآسيوية إلى 48 دولارا للبرميل وسط مخاوف من تخمة المعروض."
    assert _days("النفط يتراجع وسط تخمة المعروض", bare, "2026-03-03T07:00:00")[0] == {"2026-03-02", "2026-03-03"}


def test_what_is_a_report_and_what_is_not():
    assert trading_lead("أغلقت البورصة جلسة اليوم على ارتفاع طفيف.")
    # an opinion piece speaks of prices, not of a session: no slot
    column = "لم يعد تراجع النفط مفاجئا لأحد اليوم، فالسؤال الذي يطرحه الجميع هو ماذا بعد هذا التراجع الطويل؟"
    assert not trading_lead(column)
    assert _days("تراجع النفط.. وماذا بعد؟", column, "2026-03-03T07:00:00") == (frozenset(), frozenset())
    # a day named further back than a few days is not the session's day
    spans = find_time_expressions("تداولات الأسبوع بدأت يوم 20 فبراير الماضي.", date(2026, 3, 3))
    assert named_day("تداولات الأسبوع بدأت يوم 20 فبراير الماضي.", spans, "2026-03-03") is None
    monday = "قال محللون إن المعدن الأصفر تعافى اليوم الاثنين بعد هبوطه الأسبوع الماضي."
    spans = find_time_expressions(monday, date(2026, 3, 3))
    assert named_day(monday, spans, "2026-03-03") == ("2026-03-02", True)
    assert _days("الذهب يتعافى بعد هبوطه", monday, "2026-03-03T07:00:00")[0] == {"2026-03-02"}  # a weekday: a report
    assert session_headline("الأسهم المحلية تغلق على مكاسب محدودة")
    assert not session_headline("هيئة السوق تعتمد لائحة جديدة للصناديق")


def test_a_currency_is_a_market_of_its_own():
    assert commodity_slot("الدولار يقلص مكاسبه بعد بيانات ضعيفة")[0] == {"dollar"}
    assert commodity_slot("اليوان يهبط إلى أدنى مستوى في أربعة أعوام")[0] == {"yuan"}
    # gold's headline that names the dollar as its cause reports gold; a price in dollars names no currency
    assert commodity_slot("الذهب يتراجع مع صعود الدولار")[0] == {"gold"}
    assert commodity_slot("النفط يهبط إلى 48 دولارا للبرميل")[0] == {"oil"}
    assert reported_conflict(commodity_slot("اليوان يهبط إلى أدنى مستوى في أربعة أعوام"),
                             commodity_slot("الذهب يرتفع إلى أعلى مستوى في أسبوعين")) is True


def _report(day_word: str, price: str) -> str:
    return (f"ارتفع سعر الذهب في المعاملات الفورية {day_word} إلى {price} دولارا للأوقية، بعد أن هبط في الجلسة "
            "السابقة إلى أدنى مستوى في عدة أسابيع، وقال متعاملون إن المستثمرين ينتظرون بيانات الوظائف الأمريكية "
            "لمعرفة توقيت رفع أسعار الفائدة، فيما استقرت الفضة والبلاتين في تعاملات هادئة.")


def _place(rows, **options) -> list[str]:
    g = Grouper(options=GroupOptions(**options))
    arts = [Article(id=f"g{i:04d}", raw_id=f"rg{i:04d}", text=text, title=title, outlet=outlet, published_at=when,
                    origin=f"gold-{i}.txt") for i, (when, outlet, title, text) in enumerate(rows)]
    for a in sorted(arts, key=lambda a: a.published_at):
        g.add(article_features(a, find_time_expressions(a.text, date.fromisoformat(a.published_at[:10]))))
    part = g.partition()
    return [part[a.id] for a in arts]


def test_placement_keeps_another_trading_day_apart_and_a_reprint_together():
    rows = [
        ("2026-03-02T17:00:00", "وكالة الأسواق", "الذهب يرتفع من أدنى مستوى في أسابيع",
         _report("اليوم الاثنين", "1120")),
        ("2026-03-02T18:00:00", "صحيفة المال", "الذهب يرتفع من أدنى مستوى في عدة أسابيع",
         _report("اليوم الاثنين", "1120")),
        # Tuesday's paper reprints Monday's wire
        ("2026-03-03T06:00:00", "صحيفة الساحل", "الذهب يرتفع من أدنى مستوى في أسابيع", _report("يوم الاثنين", "1120")),
        ("2026-03-04T17:00:00", "وكالة الأسواق", "الذهب يرتفع من أدنى مستوى في أسابيع",
         _report("اليوم الأربعاء", "1131")),
    ]
    monday, again, reprint, wednesday = _place(rows)
    assert monday == again == reprint and wednesday != monday
    off = _place(rows, session_slots=False)
    assert off[3] == off[0]  # without the slot Wednesday's session joins Monday's


def test_a_report_opening_with_a_move_after_a_dateline():
    assert trading_lead("وكالة الأسواق – لندن  ارتفع النحاس اليوم بعد بيانات صينية.", moves=True)
    assert trading_lead("نزل الذهب اليوم إلى أدنى مستوى في شهر بفعل قوة العملة الأمريكية.", moves=True)
    assert not trading_lead("نزل الذهب اليوم إلى أدنى مستوى في شهر بفعل قوة العملة الأمريكية.")


def test_reports_naming_no_day_do_not_carry_another_days_session_in():
    """A gold story holding Monday's session and pieces that name no session: Wednesday's session is not its news
    because the pieces share its words (they count for neither side)."""
    piece = ("يرى متعاملون أن المعدن الأصفر ما زال قرب أدنى مستوى في عدة أسابيع، وأن المستثمرين ينتظرون بيانات "
             "الوظائف الأمريكية لمعرفة توقيت رفع أسعار الفائدة، فيما استقرت الفضة والبلاتين.")
    rows = [
        ("2026-03-02T17:00:00", "وكالة الأسواق", "الذهب يرتفع من أدنى مستوى في أسابيع",
         _report("اليوم الاثنين", "1120")),
        ("2026-03-02T18:00:00", "صحيفة المال", "الذهب يرتفع من أدنى مستوى في عدة أسابيع",
         _report("اليوم الاثنين", "1120")),
        ("2026-03-02T19:00:00", "صحيفة الساحل", "الذهب قرب أدنى مستوى في أسابيع", piece),
        ("2026-03-02T20:00:00", "صحيفة الميدان", "الذهب قرب أدنى مستوى في عدة أسابيع", piece),
        ("2026-03-04T17:00:00", "وكالة الأسواق", "الذهب يرتفع من أدنى مستوى في أسابيع",
         _report("اليوم الأربعاء", "1131")),
    ]
    story = _place(rows)
    assert story[0] == story[1] and story[4] not in story[:4]
    assert session_days(rows[2][2], piece, [], "2026-03-02T19:00:00", True) == (frozenset(), frozenset())
