"""Issue 15, clash31: the dead of a fight counted on both sides.

"أسفرت المواجهات عن مقتل 15 من الحوثيين، بينما قتل ثلاثة من قوات الجيش" tells who fought whom without a بين or مع:
the first clause's dead fell to the side whose own dead the contrast clause counts.  Not when that clause counts the
same side's wounded, when its killing has an actor of its own, or when the first clause's dead came of a blast rather
than a fight.  All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _attacks(text: str, mentions: list[tuple]) -> list[tuple[str, str]]:
    return [(party_name(e["actor"]), party_name(e["recipient"])) for e in coded(make_doc(text, mentions), "ASSAULT", _ALL)]


def test_the_other_sides_dead_name_who_killed_the_first() -> None:
    found = _attacks("وأسفرت المواجهات في مأرب عن مقتل 15 من الحوثيين، بينما قتل ثلاثة من قوات الجيش الوطني.",
                     [("الحوثيين", "ORG", "Houthis"), ("مأرب", "LOC", "Marib")])
    assert found == [("قوات الجيش الوطني", "Houthis")]


def test_a_country_s_fallen_soldiers_after_in_hin() -> None:
    found = _attacks("وأسفرت الاشتباكات عن مقتل سبعة من مسلحي حركة الشباب، في حين لقي جنديان من الجيش الصومالي مصرعهما.",
                     [("حركة الشباب", "ORG", "Shabaab"), ("الصومالي", "LOC", "Somalia")])
    assert found == [("Somalia", "Shabaab")]


def test_the_same_sides_wounded_name_nobody() -> None:
    found = _attacks("وأسفرت المواجهات عن مقتل 12 من عناصر حركة الشباب، فيما أصيب خمسة من مقاتليها.",
                     [("حركة الشباب", "ORG", "Shabaab")])
    assert found == [("", "Shabaab")]


def test_a_killing_with_its_own_actor_names_nobody() -> None:
    found = _attacks("وأسفرت الاشتباكات عن مقتل سبعة من مسلحي حركة الشباب، بينما قتل الجيش الصومالي جنديين كينيين.",
                     [("حركة الشباب", "ORG", "Shabaab"), ("الصومالي", "LOC", "Somalia")])
    assert ("", "Shabaab") in found and not any(a == "Somalia" and r == "Shabaab" for a, r in found)


def test_dead_of_a_blast_are_not_dead_of_a_fight() -> None:
    found = _attacks("أدى الانفجار إلى مقتل خمسة من الحوثيين، بينما قتل اثنان من المقاومة في معارك أخرى.",
                     [("الحوثيين", "ORG", "Houthis")])
    assert found == [("", "Houthis")]
