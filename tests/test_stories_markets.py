"""Market sessions as a slot (our own Arabic headlines and texts): another exchange's daily close is another
event than the Saudi market's, however alike their points and trades; one exchange's session told by several
outlets is one."""

from __future__ import annotations

from marsad.stories.slots import market_slot, reported_conflict

from tests.test_stories_slots import place

SAUDI = "loc:saudi-arabia"


def test_which_market_a_session_headline_reports():
    assert market_slot("بورصة قطر تنهي جلستها على صعود بـ40 نقطة")[0] == {"loc:qatar"}
    assert market_slot("سوق دبي المالي يقلص خسائره في ختام الأسبوع")[0] == {"loc:united-arab-emirates"}  # a town
    assert market_slot("البورصة المصرية تكسب ملياري جنيه في مستهل التعاملات")[0] == {"loc:egypt"}  # a nationality
    assert market_slot("تاسي يغلق فوق 8900 نقطة بدعم المصارف")[0] == {SAUDI}  # an index's own name
    assert market_slot("الأسهم السعودية تتراجع للجلسة الثالثة")[0] == {SAUDI}
    # no place in the headline: the market its lead names
    assert market_slot("المؤشر العام يربح 35 نقطة", "أنهى مؤشر سوق الأسهم السعودية جلسة اليوم مرتفعا.")[0] == {SAUDI}
    # no session, or no known market: no slot
    assert market_slot("هيئة السوق المالية تقر لائحة جديدة لصناديق الاستثمار") == (frozenset(), frozenset())
    assert not market_slot("الأسهم ترتفع في ختام التعاملات")[0]
    assert not market_slot("ارتفاع أسعار الخضار في أسواق جدة")[0]  # a town's produce markets, no exchange
    # a place the session's news mentions elsewhere (why oil fell) is not the market
    assert market_slot("الأسهم السعودية تهبط مع تراجع النفط وأزمة اليونان")[0] == {SAUDI}


def test_two_exchanges_conflict_unless_one_article_names_the_other():
    qatar = market_slot("بورصة قطر تنهي جلستها على صعود بـ40 نقطة", "ارتفع المؤشر العام لبورصة قطر في تعاملات اليوم.")
    saudi = market_slot("الأسهم السعودية تغلق منخفضة 60 نقطة", "أغلق مؤشر سوق الأسهم السعودية اليوم على انخفاض.")
    saudi2 = market_slot("تاسي يخسر 60 نقطة في جلسة متقلبة", "خسر المؤشر العام للسوق السعودية 60 نقطة.")
    gulf = market_slot("الأسهم السعودية تتراجع وبورصة قطر ترتفع", "تباين أداء الأسواق الخليجية اليوم.")
    assert reported_conflict(qatar, saudi) and reported_conflict(saudi2, qatar)
    assert reported_conflict(saudi, saudi2) is False  # one market, two outlets' words
    assert not reported_conflict(gulf, qatar) and not reported_conflict(gulf, saudi)  # a round-up names both
    assert reported_conflict(saudi, market_slot("هيئة السوق المالية تقر لائحة جديدة")) is None  # no session


def _close(market: str, points: str) -> str:
    return (f"أنهى المؤشر العام {market} تعاملات جلسة اليوم الأحد على انخفاض بمقدار {points} نقطة، وسط تراجع "
            "أسهم المصارف والبتروكيماويات والاتصالات، وبلغت قيمة التداولات نحو ملياري ريال، فيما تراجعت أسهم "
            "أكثر من مئة شركة مقابل ارتفاع أسهم عشرين شركة، وقال محللون إن هبوط أسعار النفط ضغط على المؤشر.")


def test_placement_keeps_another_exchanges_close_apart_and_one_close_together():
    rows = [
        ("2026-03-01T13:00:00", "صحيفة المال", "الأسهم السعودية تغلق منخفضة 73 نقطة وسط تراجع المصارف",
         _close("لسوق الأسهم السعودية", "73")),
        ("2026-03-01T13:30:00", "وكالة الشمال", "مؤشر سوق الأسهم السعودية يفقد 73 نقطة بضغط المصارف",
         _close("لسوق الأسهم السعودية", "73")),
        ("2026-03-01T14:00:00", "صحيفة الميدان", "بورصة قطر تغلق منخفضة 73 نقطة وسط تراجع المصارف",
         _close("لبورصة قطر", "73")),
        ("2026-03-01T14:10:00", "وكالة الشمال", "سوق دبي المالي يغلق منخفضا 73 نقطة بضغط المصارف",
         _close("لسوق دبي المالي", "73")),
    ]
    saudi, saudi_again, qatar, dubai = place(rows)
    assert saudi == saudi_again
    assert qatar != saudi and dubai != saudi and dubai != qatar
    # without the slot the other exchanges' closes join the Saudi story (what the home pages showed)
    off = place(rows, market_slots=False)
    assert off[2] == off[0] or off[3] == off[0]
