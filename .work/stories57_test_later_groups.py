"""A second event of a story's town or actor, reported after the story's own reports ended, is still cut out by the
chain split when it is a group of its own (our own articles).

The chain split leaves a group in place when most of it came after the rest's last report: a later development (a
father's death a week after the arson that burned his son), which a bridge would merge back.  A bridge merges only
a fragment (``merge_fragment`` members), so a larger later group chained in through a few reports — the same town's
date festival two days after its floods — stayed in the floods' story for good (``split_later``).

The pair probabilities are set by hand (a stub model: high inside a group, low across, a few strong links), as in
``test_stories_developments``: what is tested is whether the split's cut is made.
"""

from __future__ import annotations

from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper

from test_stories_developments import _Stub, by_hand  # noqa: F401  (the fixture)
from test_stories_grouping import _articles

TOWN = "وادي السدر"

# Floods in a valley town, told by several outlets on one day ...
FLOODS = [
    f"{what} في سيول {TOWN}"
    for what in ("الدفاع المدني ينقذ أسرة محاصرة", "انقطاع الطريق الرئيسي", "غرق ثلاث مركبات", "إخلاء مدرستين",
                 "فرق الإنقاذ تبحث عن مفقود", "الأمطار تتواصل لليوم الثاني", "تعليق الدراسة", "أضرار في المزارع",
                 "فتح مراكز لإيواء المتضررين", "المحافظ يتابع أعمال الإنقاذ", "انهيار جسر صغير",
                 "تحذير من الاقتراب من الأودية")
]
# ... and two days later, when no more flood reports come, the same town's date festival
FESTIVAL = [
    f"{what} في مهرجان التمور بـ{TOWN}"
    for what in ("افتتاح الدورة الخامسة", "مشاركة مئتي مزارع", "مزاد على أجود الأصناف", "ركن للأسر المنتجة",
                 "ارتفاع الإقبال في الليلة الثانية", "جوائز لأفضل المزارع", "عروض شعبية للزوار",
                 "المحافظ يكرم الرعاة", "مبيعات تتجاوز مليون ريال", "ورش عن تغليف التمور")
]


def _rows(titles, day):
    outlets = ("وكالة الوادي", "صحيفة الساحل", "موقع النخلة", "صحيفة المساء")
    return [(f"{day}T{6 + i:02d}:{(5 * i) % 60:02d}:00", outlets[i % len(outlets)], title,
             title + ". " + "وأفادت الجهات المعنية بالتفاصيل في بيان نشر اليوم.")
            for i, title in enumerate(titles)]


def _placed(**options):
    """The floods (one day) and the festival (two days later), every report put in the floods' story as a copy of
    its first (a chain: each festival report linked strongly to three flood reports); the partition."""
    rows = _rows(FLOODS, "2026-09-03") + _rows(FESTIVAL, "2026-09-05")
    feats = [article_features(a, []) for a in _articles(rows, 1200)]
    floods, festival = feats[:len(FLOODS)], feats[len(FLOODS):]
    g = Grouper(_Stub([f.article_id for f in floods], [f.article_id for f in festival]), GroupOptions(**options))
    first = g.add(feats[0])
    for f in feats[1:]:
        g.add(f, g.story_of.get(feats[0].article_id, first))
    part = g.partition()
    return {part[f.article_id] for f in floods}, {part[f.article_id] for f in festival}


def test_a_later_event_of_the_same_town_leaves_the_story(by_hand):  # noqa: F811
    floods, festival = _placed(split_later=3)
    assert len(floods) == 1 and len(festival) == 1
    assert floods != festival  # the festival is a story of its own, the floods stay together


def test_without_the_size_bar_the_later_group_stays(by_hand):  # noqa: F811
    floods, festival = _placed(split_later=None)
    assert floods == festival  # (the exemption as it was: one story of two events)


def test_a_later_fragment_is_still_left_for_a_bridge(by_hand):  # noqa: F811
    floods, festival = _placed(split_later=len(FESTIVAL))
    assert floods == festival
