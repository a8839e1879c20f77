"""A development told in groups of reports stays one story; a second event chained in still leaves (our own articles).

On the page of 2015-08-09 (with the six days before it) the Asir mosque bombing was cut into three stories: its
funerals, its condemnations and the rest are each linked to the others by many middling pair probabilities, which
the chain split's graph (probabilities raised to the sixth power) fades to almost nothing.  The groups still read
alike as groups: each keeps naming the bombing, the mosque and the town.  A second event chained in has its own
words, and another town's reports of one kind of news (interviews of new teachers) report from another place.

The pair probabilities are set by hand here (a stub model: high inside a group, low across), so that the chain
split's graph always has the weak cut; what is tested is whether the cut is made.
"""

from __future__ import annotations

import pytest

from marsad.stories import grouping
from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper, groups_alike, places_apart
from marsad.stories.pairs import PairModel

from test_stories_grouping import _articles

TOWN = "الزرقاء"

# A bombing at a market mosque: the funerals of its dead, told by several outlets over two days ...
FUNERALS = [
    f"تشييع {who} من ضحايا تفجير مسجد السوق في {TOWN}"
    for who in ("ثلاثة", "أربعة", "خمسة", "اثنين", "ستة", "سبعة", "المؤذن", "الإمام", "الحارس", "طفلين", "شقيقين",
                "أب وابنه")
]
# ... and its condemnations, each by another government or body
CONDEMNATIONS = [
    f"{who} تدين تفجير مسجد السوق في {TOWN}"
    for who in ("الحكومة", "الجامعة العربية", "الأمم المتحدة", "منظمة التعاون الإسلامي", "نقابة المحامين",
                "رابطة العلماء", "وزارة الأوقاف", "البلدية", "غرفة التجارة", "نقابة الأطباء", "جمعية الهلال الأحمر",
                "هيئة حقوق الإنسان")
]
# A fire in another town's market, which entered the bombing's story through one resemblance
FIRE = [
    f"{what} في حريق سوق الخضار بالمفرق"
    for what in ("الدفاع المدني يسيطر على النيران", "خسائر كبيرة للتجار", "تحقيق في أسباب الاشتعال",
                 "إصابة عاملين بالاختناق", "احتراق عشرين محلا", "التجار يطالبون بالتعويض", "المحافظ يتفقد الأضرار",
                 "البلدية تزيل الأنقاض", "ماس كهربائي وراء النيران", "إعادة فتح الشارع بعد يومين",
                 "لجنة لحصر الأضرار", "شهود يروون لحظة الاشتعال")
]
# New teachers' interviews: one kind of news, each education office's in its own town
INTERVIEWS = [f"بدء المقابلات الشخصية للمعلمين الجدد في {town}" for town in ("الرياض",) * 12]
INTERVIEWS_ELSEWHERE = [f"بدء المقابلات الشخصية للمعلمين الجدد في {town}" for town in ("أبها",) * 12]


def _rows(titles, day, outlet_shift=0):
    outlets = ("وكالة الشمال", "صحيفة الميدان", "موقع الأفق", "صحيفة الغد")
    rows = []
    for i, title in enumerate(titles):
        hour = 6 + i
        lead = title + ". " + "وذكرت مصادر محلية التفاصيل في بيان صدر اليوم."
        rows.append((f"{day}T{hour:02d}:{(7 * i + outlet_shift) % 60:02d}:00",
                     outlets[(i + outlet_shift) % len(outlets)], title, lead))
    return rows


def _interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out += [x, y]
    return out


class _Stub(PairModel):
    """Pair probabilities by hand: ``inside`` for two articles of one group; across the groups, ``across``, but
    ``strong`` between the second group's i-th article and the first group's i-th to (i + links - 1)-th (a
    condemnation that names the funeral's victims, say)."""

    def __init__(self, first: list[str], second: list[str], inside=0.95, across=0.35, strong=0.9, links=3):
        super().__init__(weights=[], threshold=0.5, top_k=2, window_days=4)
        self.group_of = {a: 0 for a in first} | {b: 1 for b in second}
        self.near = {(second[i], first[(i + j) % len(first)]) for i in range(len(second)) for j in range(links)}
        self.inside, self.across, self.strong = inside, across, strong

    def prob_of(self, x):
        a, b = x
        if self.group_of[a] == self.group_of[b]:
            return self.inside
        return self.strong if (a, b) in self.near or (b, a) in self.near else self.across


@pytest.fixture
def by_hand(monkeypatch):
    """Pair features are the pair's ids, for the stub model to read."""
    monkeypatch.setattr(grouping, "pair_features", lambda a, b: (a.article_id, b.article_id))


def _one_story(first_group, second_group, first, **options):
    """Put two groups' articles (interleaved in time) in one story, as copies of its first report, and return
    how many stories they end in."""
    rows = _interleave(_rows(first_group, "2026-08-12"), _rows(second_group, "2026-08-12", 1))
    arts = _articles(rows, first)
    feats = [article_features(a, []) for a in arts]
    g = Grouper(_Stub([f.article_id for f in feats[0::2]], [f.article_id for f in feats[1::2]]),
                GroupOptions(**options))
    story = g.add(feats[0])
    for f in feats[1:]:
        g.add(f, g.story_of[feats[0].article_id] if feats[0].article_id in g.story_of else story)
    part = g.partition()
    return {part[f.article_id] for f in feats}, part, feats


def test_a_bombings_funerals_and_condemnations_stay_one_story(by_hand):
    stories, _, _ = _one_story(FUNERALS, CONDEMNATIONS, 700)
    assert len(stories) == 1
    stories, _, _ = _one_story(FUNERALS, CONDEMNATIONS, 700, split_same=None)
    assert len(stories) == 2  # without the rule the chain split cuts the development in two


def test_a_fire_in_another_town_chained_into_the_bombing_still_leaves(by_hand):
    stories, part, feats = _one_story(FUNERALS, FIRE, 730)
    assert len({part[f.article_id] for f in feats[0::2]}) == 1  # the funerals together
    assert part[feats[1].article_id] != part[feats[0].article_id]  # the fire's (first) reports apart
    assert len(stories) == 2


def test_one_kind_of_news_from_two_towns_is_still_cut(by_hand):
    stories, _, _ = _one_story(INTERVIEWS, INTERVIEWS_ELSEWHERE, 760)
    assert len(stories) == 2
    stories, _, _ = _one_story(INTERVIEWS, INTERVIEWS_ELSEWHERE, 760, split_same=None)
    assert len(stories) == 2  # (the same without the rule)


def test_groups_alike_and_places_apart():
    def feats(titles, first):
        return [article_features(a, []) for a in _articles(_rows(titles, "2026-08-12"), first)]
    funerals, condemnations, fire = feats(FUNERALS, 800), feats(CONDEMNATIONS, 820), feats(FIRE, 840)
    assert groups_alike(funerals, condemnations) > groups_alike(funerals, fire)
    assert groups_alike(funerals, condemnations) >= GroupOptions().split_same > groups_alike(funerals, fire)
    assert not places_apart(funerals, condemnations)
    riyadh, abha = feats(INTERVIEWS, 860), feats(INTERVIEWS_ELSEWHERE, 880)
    assert places_apart(riyadh, abha)
    assert groups_alike([], funerals) == 0.0


class _Bridged(_Stub):
    """As :class:`_Stub` with no strong links, but the bridge's report matches every report of both groups."""

    def __init__(self, first, second, bridge):
        super().__init__(first, second, links=0)
        self.group_of[bridge] = 2
        self.bridge = bridge

    def prob_of(self, x):
        a, b = x
        if self.bridge in (a, b):
            return 0.97
        return super().prob_of(x)


def _two_then_bridge(first, **options):
    rows = _interleave(_rows(FUNERALS, "2026-08-12"), _rows(CONDEMNATIONS, "2026-08-12", 1))
    rows.append(("2026-08-13T09:00:00", "وكالة الشمال", f"أسماء ضحايا تفجير مسجد السوق في {TOWN}",
                 f"نشرت الحكومة أسماء ضحايا تفجير مسجد السوق في {TOWN}، ومنهم من شيعوا أمس، ودانت الهجوم."))
    arts = _articles(rows, first)
    feats = [article_features(a, []) for a in arts]
    g = Grouper(_Bridged([f.article_id for f in feats[0:-1:2]], [f.article_id for f in feats[1:-1:2]],
                         feats[-1].article_id), GroupOptions(**options))
    for f in feats:
        g.add(f)
    part = g.partition()
    return part, feats


def test_two_stories_of_one_bombing_that_grew_side_by_side_are_bridged(by_hand):
    part, feats = _two_then_bridge(900)
    assert len({part[f.article_id] for f in feats}) == 1
    part, feats = _two_then_bridge(900, merge_alike=False)
    assert len({part[f.article_id] for f in feats}) == 2  # without it the funerals and condemnations stay apart
    assert len({part[f.article_id] for f in feats[0:-1:2]}) == len({part[f.article_id] for f in feats[1:-1:2]}) == 1


def test_two_stories_of_one_kind_from_two_towns_are_not_bridged(by_hand):
    rows = _interleave(_rows(INTERVIEWS, "2026-08-12"), _rows(INTERVIEWS_ELSEWHERE, "2026-08-12", 1))
    rows.append(("2026-08-13T09:00:00", "وكالة الشمال", "بدء المقابلات الشخصية للمعلمين الجدد في الرياض وأبها",
                 "بدأت إدارتا التعليم في الرياض وأبها المقابلات الشخصية للمعلمين الجدد."))
    arts = _articles(rows, 950)
    feats = [article_features(a, []) for a in arts]
    g = Grouper(_Bridged([f.article_id for f in feats[0:-1:2]], [f.article_id for f in feats[1:-1:2]],
                         feats[-1].article_id), GroupOptions())
    for f in feats:
        g.add(f)
    part = g.partition()
    assert part[feats[0].article_id] != part[feats[1].article_id]
