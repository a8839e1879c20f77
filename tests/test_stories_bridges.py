"""A later development told apart from its story is merged back when a report joins both (our own articles).

On the SaudiNewsNet development stories, the death of a burned child's father a week after the arson started a
story of its own (its first report named neither the arson nor the village), and the next reports that named both
joined that fragment; in the same way a visit's first day stayed apart from the rest of the visit.  A report that
matches both stories bridges them — only when the fragment began on a later day than the other's last report,
matches it member to member, and no pair of them reports another event of the same kind.
"""

from __future__ import annotations

from marsad.stories.cluster import ClusterOptions, cluster, story_id_for
from marsad.stories.features import article_features

from test_stories_grouping import _add, _articles, _by_day, _place_all as _place

DAM = [
    ("2026-05-01T08:00:00", "وكالة الشمال", "انهيار سد وادي الريان يغرق قرية الحصينة",
     "انهار فجر اليوم سد وادي الريان في ولاية الحصينة بعد أمطار غزيرة، فغمرت المياه منازل القرية. وقال الدفاع "
     "المدني إن ثلاثة أشخاص لقوا حتفهم وأصيب أحد عشر آخرون بينهم طفل في حالة حرجة نقل إلى مستشفى الحصينة."),
    ("2026-05-01T14:00:00", "صحيفة الميدان", "ثلاثة قتلى في انهيار سد وادي الريان بالحصينة",
     "ارتفع عدد ضحايا انهيار سد وادي الريان في الحصينة إلى ثلاثة قتلى وأحد عشر مصابا، بينهم طفل في حالة حرجة، "
     "وأعلنت السلطات فتح تحقيق في أسباب انهيار السد."),
    ("2026-05-02T10:00:00", "موقع الأفق", "تحقيق في انهيار سد وادي الريان",
     "فتحت النيابة تحقيقا في انهيار سد وادي الريان الذي أغرق قرية الحصينة وأودى بحياة ثلاثة أشخاص، وطالب "
     "الأهالي بمحاسبة شركة الصيانة."),
    ("2026-05-05T10:00:00", "وكالة الشمال", "إعادة إسكان المتضررين من انهيار سد وادي الريان",
     "بدأت السلطات في الحصينة إعادة إسكان الأسر التي غمرت المياه منازلها بعد انهيار سد وادي الريان، فيما ما زال "
     "طفل مصاب يرقد في مستشفى الحصينة."),
]
# A week later: the injured child dies.  The first report names neither the dam nor the flood.
DEATH = [
    ("2026-05-08T09:00:00", "صحيفة الميدان", "وفاة الطفل سامر متأثرا بجروحه",
     "توفي صباح اليوم الطفل سامر العبدلي في مستشفى الحصينة متأثرا بجروحه، وشيعه أهالي القرية ظهرا."),
    ("2026-05-08T11:00:00", "موقع الأفق", "وفاة الطفل سامر العبدلي في مستشفى الحصينة",
     "أعلن مستشفى الحصينة وفاة الطفل سامر العبدلي متأثرا بجروح بليغة أصيب بها حين انهار سد وادي الريان وغمرت "
     "المياه منازل القرية، وشيع الأهالي جثمانه ظهر اليوم."),
    ("2026-05-08T15:00:00", "وكالة الشمال", "وفاة الطفل سامر العبدلي المصاب في انهيار سد وادي الريان",
     "توفي الطفل سامر العبدلي في مستشفى الحصينة متأثرا بجروح أصيب بها عند انهيار سد وادي الريان الذي أغرق "
     "القرية، ليرتفع عدد ضحايا انهيار السد إلى أربعة."),
]


def test_a_later_development_told_apart_is_merged_when_a_report_joins_both():
    arts, story = _place(DAM + DEATH, 500)
    assert len({story[a.id] for a in arts}) == 1  # the collapse, its toll, the inquiry, the rehousing, the death
    arts, apart = _place(DAM + DEATH, 500, merge_join=None)
    assert apart[arts[-1].id] != apart[arts[0].id]  # without the bridge the death stays a story of its own


def test_a_fragment_of_the_days_the_story_reports_is_not_merged():
    """Two stories running on the same days are two events however much one report shares with both (a
    minister's two meetings of one tour): the fragment must begin after the other's last report."""
    same_days = DAM[:3] + [(when.replace("05-08", "05-02"), outlet, title, text) for when, outlet, title, text in DEATH]
    arts, story = _place(same_days, 520)
    assert story[arts[3].id] == story[arts[4].id] != story[arts[0].id]


def test_a_merge_is_the_same_day_by_day_and_in_a_rebuild(store):
    arts = _articles(DAM + DEATH, 540)
    for day in _by_day(arts):  # the news arrives day by day; the merge happens in the last run
        _add(store, day)
        cluster(store)
    fed = store.story_partition()
    assert len({fed[a.id] for a in arts}) == 1
    fragment = story_id_for(article_features(arts[len(DAM)], []))  # the story the child's death began
    assert fragment != fed[arts[0].id] and store.get_story(fragment)["merged_into"] == fed[arts[0].id]
    assert store.get_story(fed[arts[0].id])["size"] == len(arts)
    cluster(store, ClusterOptions(rebuild=True))
    assert store.story_partition() == fed
