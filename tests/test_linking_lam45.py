"""fixes45: a new name written behind «لل» (ل + ال: «للزهراوي», «وللنواصر») is the entity of the name written
without the preposition («الزهراوي»), not an entity of its own; its span stays as written.  Sentences written for
these tests."""

from __future__ import annotations

from test_linking_entities import link


def test_a_club_named_behind_li_is_the_club_named_bare() -> None:
    text = "فاز نادي الزهراوي بالمباراة، وقدم الجمهور التهنئة للزهراوي بعد الفوز."
    out = link(text, [("الزهراوي", "ORG"), ("للزهراوي", "ORG")])
    assert [s for s, _ in out] == ["الزهراوي", "للزهراوي"]  # (each span as written)
    assert out[0][1] == out[1][1]


def test_a_name_behind_li_alone_in_its_article_is_the_bare_names_entity() -> None:
    [(_, behind)] = link("ونقل اللاعب وللنواصر حقوق التسويق.", [("وللنواصر", "ORG")])
    [(_, bare)] = link("وأعلن النواصر التعاقد مع المدرب.", [("النواصر", "ORG")])
    assert behind == bare
    # (a name that starts with «للا» is no ل + ال: it stays as written)
    assert [s for s, _ in link("وقالت للا سلمى إن الحمد لله.", [("للا سلمى", "PER")])] == ["للا سلمى"]


def test_a_family_name_behind_li_is_the_person_the_article_names_in_full() -> None:
    text = "وسلم المدير درعا تذكاريا للمنصوري، وشكر عبدالكريم المنصوري الحضور."
    out = dict(link(text, [("للمنصوري", "PER"), ("عبدالكريم المنصوري", "PER")]))
    assert out["للمنصوري"] == out["عبدالكريم المنصوري"]

