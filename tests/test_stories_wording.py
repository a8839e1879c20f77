"""A big story admits an article only through a member that shares its wording (our own articles; issue 14).

On the SaudiNewsNet home pages the first stray of a big story often came in through one member that names the
same people and places but tells another event ("who without what"): the governor who leads the flood relief also
opens a date festival.  In a story of ``wording_members`` dated members or more, the member that identifies the
article must share its wording too (the pair model's wording weights times the cosines, ``wording_least``); a
follow-up of the flood in its own words still joins.
"""

from __future__ import annotations

import re

import pytest

from marsad.models import Span
from marsad.stories.cluster import ClusterOptions, cluster
from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper, horizon

from test_stories_grouping import _add, _articles, _by_day

# Floods in one town, sixteen reports over three days; its governor is named in some of them
FLOOD = [
    ("2026-09-01T06:00:00", "وكالة الشمال", "سيول جارفة تغمر أحياء بلدة الحمرية",
     "غمرت سيول جارفة فجر اليوم أحياء بلدة الحمرية بعد أمطار غزيرة هطلت طوال الليل، وقال محافظ الحمرية "
     "سالم الدرعان إن فرق الدفاع المدني تعمل على إخلاء السكان من المنازل المحاصرة بالمياه."),
    ("2026-09-01T08:00:00", "صحيفة الميدان", "الدفاع المدني يخلي مئتي أسرة حاصرتها السيول في الحمرية",
     "أخلت فرق الدفاع المدني مئتي أسرة حاصرتها مياه السيول في أحياء بلدة الحمرية، ونقلتها إلى مدارس "
     "البلدة، وقال المحافظ سالم الدرعان إن عمليات الإخلاء مستمرة."),
    ("2026-09-01T10:00:00", "موقع الأفق", "غرق طفلين في سيول الحمرية",
     "لقي طفلان حتفهما غرقا في مياه السيول التي اجتاحت بلدة الحمرية فجر اليوم، بعد أن جرفهما الوادي أمام "
     "منزلهما، وانتشلت فرق الدفاع المدني جثتيهما."),
    ("2026-09-01T12:00:00", "وكالة الشمال", "ارتفاع ضحايا سيول الحمرية إلى أربعة",
     "ارتفع عدد ضحايا السيول التي اجتاحت بلدة الحمرية إلى أربعة بعد العثور على جثتي رجلين جرفتهما المياه "
     "في الوادي، وقال المحافظ سالم الدرعان إن البحث مستمر عن مفقود."),
    ("2026-09-01T14:00:00", "صحيفة الميدان", "تعليق الدراسة في مدارس الحمرية بسبب السيول",
     "علقت إدارة التعليم الدراسة في مدارس بلدة الحمرية غدا بسبب السيول التي غمرت أحياء البلدة، وتحولت "
     "مدارس إلى مراكز إيواء للأسر التي أخلاها الدفاع المدني."),
    ("2026-09-01T16:00:00", "موقع الأفق", "السيول تقطع طريق الحمرية الرئيسي وتعزل قرى الوادي",
     "قطعت السيول الطريق الرئيسي المؤدي إلى بلدة الحمرية وعزلت قرى الوادي، وقال الدفاع المدني إن فرقه تصل "
     "إلى القرى المعزولة بالقوارب لإخلاء السكان."),
    ("2026-09-01T18:00:00", "وكالة الشمال", "محافظ الحمرية يتفقد مراكز إيواء متضرري السيول",
     "تفقد محافظ الحمرية سالم الدرعان مراكز إيواء الأسر المتضررة من السيول في مدارس البلدة، ووجه بتوفير "
     "الغذاء والأغطية للأسر التي غمرت المياه منازلها."),
    ("2026-09-01T20:00:00", "صحيفة الميدان", "الهلال الأحمر يرسل قافلة إغاثة إلى متضرري سيول الحمرية",
     "أرسلت جمعية الهلال الأحمر قافلة إغاثة تحمل الغذاء والأغطية والخيام إلى الأسر المتضررة من السيول في "
     "بلدة الحمرية، ووزعتها في مراكز الإيواء."),
    ("2026-09-02T07:00:00", "موقع الأفق", "العثور على جثة المفقود في سيول الحمرية",
     "عثرت فرق الدفاع المدني صباح اليوم على جثة الرجل المفقود في سيول بلدة الحمرية على بعد كيلومترات من "
     "الوادي، ليرتفع عدد الضحايا إلى خمسة."),
    ("2026-09-02T09:00:00", "وكالة الشمال", "انحسار مياه السيول عن أحياء الحمرية وبدء حصر الأضرار",
     "انحسرت مياه السيول عن أحياء بلدة الحمرية، وبدأت لجان البلدية حصر الأضرار في المنازل والمحال التي "
     "غمرتها المياه، وقال المحافظ سالم الدرعان إن التعويضات ستصرف قريبا."),
    ("2026-09-02T11:00:00", "صحيفة الميدان", "أهالي الحمرية: السيول فاجأتنا ليلا ولم يصلنا إنذار",
     "قال أهالي في بلدة الحمرية إن السيول فاجأتهم ليلا وهم نيام وإن أحدا لم ينذرهم، وطالبوا بمحاسبة "
     "المسؤولين عن تأخر إخلاء الأحياء المنخفضة قرب الوادي."),
    ("2026-09-02T13:00:00", "موقع الأفق", "الحكومة تقر تعويضات لمتضرري سيول الحمرية",
     "أقر مجلس الوزراء صرف تعويضات عاجلة للأسر التي تضررت منازلها في سيول بلدة الحمرية، وتعويض أسر الضحايا "
     "الخمسة الذين قضوا غرقا."),
    ("2026-09-02T15:00:00", "وكالة الشمال", "تشييع ضحايا سيول الحمرية في مقبرة البلدة",
     "شيع آلاف من أهالي بلدة الحمرية ضحايا السيول الخمسة إلى مقبرة البلدة، بحضور المحافظ سالم الدرعان الذي "
     "قدم العزاء لأسرهم."),
    ("2026-09-02T17:00:00", "صحيفة الميدان", "البلدية تفتح مجرى الوادي لتصريف مياه سيول الحمرية",
     "فتحت آليات البلدية مجرى الوادي المسدود لتصريف ما تبقى من مياه السيول في أحياء بلدة الحمرية، وأزالت "
     "الأنقاض التي جرفتها المياه إلى الطريق الرئيسي."),
    ("2026-09-03T09:00:00", "موقع الأفق", "عودة الدراسة في مدارس الحمرية بعد انحسار السيول",
     "عادت الدراسة في مدارس بلدة الحمرية بعد انحسار مياه السيول وعودة الأسر التي أخلاها الدفاع المدني من "
     "مراكز الإيواء إلى منازلها."),
    ("2026-09-03T11:00:00", "وكالة الشمال", "لجنة تحقيق في تأخر إنذار أهالي الحمرية من السيول",
     "شكلت وزارة الداخلية لجنة للتحقيق في تأخر إنذار أهالي بلدة الحمرية قبل وصول السيول، بعد شكاوى الأهالي "
     "من إخلاء الأحياء المنخفضة متأخرا."),
]

# The same governor in the same town, another event: he opens a date festival (no word of the flood)
STRAY = [
    ("2026-09-03T13:00:00", "صحيفة الميدان", "سالم الدرعان يفتتح مهرجان التمور الأول",
     "افتتح سالم الدرعان مساء أمس في الحمرية مهرجان التمور الأول الذي تنظمه الجمعية الزراعية بمشاركة خمسين "
     "مزارعا يعرضون أصناف الرطب، ويستمر المهرجان أسبوعا في ساحة السوق."),
]

# A follow-up of the flood, in the flood's words
FOLLOW = [
    ("2026-09-03T15:00:00", "موقع الأفق", "المحافظ الدرعان: صرف تعويضات متضرري سيول الحمرية الأسبوع المقبل",
     "قال محافظ الحمرية سالم الدرعان إن تعويضات الأسر التي تضررت منازلها في السيول ستصرف الأسبوع المقبل، "
     "بعد أن أنهت لجان البلدية حصر الأضرار في أحياء البلدة."),
]

NAMES = {"سالم الدرعان": "PERS", "الحمرية": "LOC"}


def _spans(a) -> list[Span]:
    """The governor's and the town's mentions (what the NER layer would give)."""
    return sorted((Span("mention", m.start(), m.end(), label, {"name": name})
                   for name, label in NAMES.items() for m in re.finditer(name, a.text)), key=lambda s: s.start)


def _place(first: int, **options):
    g = Grouper(None, GroupOptions(**options))
    arts = _articles(FLOOD + STRAY + FOLLOW, first)
    for a in arts:
        g.add(article_features(a, _spans(a)))
    story = g.partition()
    flood, stray, follow = arts[:len(FLOOD)], arts[len(FLOOD)], arts[-1]
    assert len({story[a.id] for a in flood}) == 1
    return story[flood[0].id], story[stray.id], story[follow.id]


def test_an_article_sharing_only_who_and_where_stays_out_of_a_big_story():
    flood, stray, follow = _place(900, wording_members=15)
    assert stray != flood  # the festival: the governor and the town, none of the flood's words
    assert follow == flood  # the compensation's date: the flood's words
    flood, stray, follow = _place(900, wording_members=0)
    assert stray == flood == follow  # without the rule the festival joins the flood through the governor


def test_a_small_story_needs_no_shared_wording():
    # (the same articles, the rule asking for more members than the flood has)
    flood, stray, follow = _place(920, wording_members=len(FLOOD) + 5)
    assert stray == flood == follow


def test_the_wording_rule_is_the_same_day_by_day_and_in_a_rebuild(store):
    arts = _articles(FLOOD + STRAY + FOLLOW, 940)
    for day in _by_day(arts):  # the news arrives day by day
        _add(store, day)
        for a in day:
            store.replace_spans(a.id, "mention", "test", _spans(a))
        cluster(store, ClusterOptions(group=GroupOptions(wording_members=15)))
    fed = store.story_partition()
    assert fed[arts[len(FLOOD)].id] != fed[arts[0].id] == fed[arts[-1].id]
    cluster(store, ClusterOptions(group=GroupOptions(wording_members=15), rebuild=True))
    assert store.story_partition() == fed


def test_only_the_members_inside_the_window_make_a_story_big():
    # The flood's first three reports six days before the rest: they join it, and have left the window (six days
    # with the shipped model) when the festival arrives two days later — sixteen members, thirteen inside
    early = [("2026-08-26T" + r[0][11:],) + r[1:] for r in FLOOD[:3]]
    joined = {}
    for n in (13, 14):
        g = Grouper(None, GroupOptions(wording_members=n))
        arts = _articles(early + FLOOD[3:] + STRAY, 960 + n)
        for a in arts:
            f = article_features(a, _spans(a))
            g.forget_before(horizon(f.date, g.window))  # (as the engine does at each new day)
            g.add(f)
        story = g.partition()
        assert len({story[a.id] for a in arts[:-1]}) == 1
        joined[n] = story[arts[-1].id] == story[arts[0].id]
    assert joined == {13: False, 14: True}  # thirteen inside: big; fourteen asked: small, the governor vouches


def test_the_wording_bar_does_not_follow_a_retrained_model():
    # The rule weighs the four wording similarities with the weights it was measured with, not the model's own
    from marsad.stories.pairs import FEATURES, PairModel, shipped_model

    arts = _articles(FLOOD + STRAY, 990)
    shipped = shipped_model()
    other = PairModel([w * 20 if name in ("terms", "lead", "title", "title_x_lead") else w
                       for name, w in zip(FEATURES, shipped.weights)], shipped.threshold, shipped.top_k)
    out = []
    for model in (shipped, other):
        g = Grouper(model, GroupOptions(wording_members=15))
        for a in arts:
            g.add(article_features(a, _spans(a)))
        out.append(g.partition()[arts[-1].id] == g.partition()[arts[0].id])
    assert out == [False, False]


def test_the_wording_bar_can_weigh_the_headline_left_unexplained_and_the_days_apart():
    # A member of two days before whose headline's words the article never uses vouches for less: the fitted gate's
    # two extra terms (eval/fit_wording_gate.py); four weights leave them out, as the shipped gate does
    from marsad.stories.pairs import wording

    arts = _articles(FLOOD + STRAY, 980)
    feats = [article_features(a, _spans(a)) for a in arts]
    stray, same_day, early = feats[-1], feats[14], feats[0]  # the festival; a flood report of its day; the first
    four = (0.0, 6.0, 3.0, 0.0)
    assert wording(stray, early, four) == wording(stray, early, four + (0.0, 0.0))
    gap = four + (0.0, -3.5)
    assert wording(stray, early, gap) == pytest.approx(wording(stray, early, four) - 3.5 * 2 / 7)
    assert wording(stray, same_day, gap) == pytest.approx(wording(stray, same_day, four))
    unexplained = four + (-2.0, 0.0)
    assert wording(stray, early, unexplained) < wording(stray, early, four)  # "festival" and "dates": not flood words
    assert wording(stray, early, four + (-2.0,)) == wording(stray, early, unexplained)  # five weights: no gap term
