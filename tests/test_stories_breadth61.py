"""The breadth as a weight on a join's score, not a gate (stories61), on stories60's relief agency (our own Arabic,
tests/test_stories_breadth60.py): the director's talks with the UN coordinator match the delivery's reports .46 on
average, the doctors' first operations .94.  Asked for with a margin of .6, the talks' score loses what their mean
falls short of it and no longer reaches the join bar; the operations lose nothing and stay.  Off by default
(``GroupOptions.breadth_weight``)."""

from __future__ import annotations

from test_stories_breadth60 import ROWS, _place

ASKED = dict(breadth_weight=0.5, breadth_margin=0.6)


def test_a_weak_mean_with_the_story_keeps_the_director_s_talks_out_of_the_delivery():
    placed = _place(**ASKED)
    delivery, bridge, (m1, m2), ops = placed[:10], placed[10], placed[11:13], placed[13]
    assert len(set(delivery)) == 1 and bridge == delivery[0]
    assert ops == delivery[0]  # the doctors' operations: the delivery's event, matching most of its reports
    assert m1 != delivery[0] and m1 == m2  # the talks: a story of their own


def test_the_weight_is_off_by_default():
    from marsad.stories.grouping import GroupOptions

    assert GroupOptions().breadth_weight == 0  # (held-out pages: see the option's note)
    placed = _place()
    assert placed[11] == placed[0]


def test_the_weight_gives_the_same_stories_day_by_day_and_in_a_rebuild(store):
    from marsad.stories.cluster import ClusterOptions, cluster
    from marsad.stories.grouping import GroupOptions
    from test_stories_grouping import _add, _articles, _by_day

    arts = _articles(ROWS, 710)
    on = GroupOptions(**ASKED)
    for day in _by_day(arts):
        _add(store, day)
        cluster(store, ClusterOptions(group=on))
    fed = store.story_partition()
    assert fed[arts[13].id] == fed[arts[0].id]
    assert fed[arts[11].id] != fed[arts[0].id]
    cluster(store, ClusterOptions(group=on, rebuild=True))
    assert store.story_partition() == fed
