"""The country a strike fell in is no target when the sentence names what it hit (issue 15, events14): a drone strike
"in" a country that killed a named group's leader hit the group; a raid "over" a country that led to a named man's
death hit him; aircraft striking "targets of" a named group in a country hit the group.  With no victim named, the
place still stands as the target.  All on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _targets(doc) -> list[str]:
    return [party_name(d["recipient"]) for d in coded(doc, "ASSAULT")]


def test_a_strike_in_a_country_killing_a_leader_of_a_named_group_hit_the_group() -> None:
    doc = make_doc("وذكر الجيش الباكستاني أن غارة جوية باكستانية في أفغانستان قتلت قياديا بارزا بحركة طالبان.",
                   [("الجيش الباكستاني", "ORG", "Pakistani Army"), ("أفغانستان", "LOC", "Afghanistan"),
                    ("حركة طالبان", "ORG", "Taliban")])
    targets = _targets(doc)
    assert targets and "Taliban" in targets and "Afghanistan" not in targets


def test_a_leader_of_a_named_group_killed_in_a_raid_that_targeted_him_in_a_country() -> None:
    doc = make_doc("أكدت وزارة الدفاع الفرنسية أن قياديا في تنظيم القاعدة قتل في غارة فرنسية استهدفته في مالي.",
                   [("وزارة الدفاع الفرنسية", "ORG", "French Ministry of Defence"), ("تنظيم القاعدة", "ORG", "al-Qaeda"),
                    ("مالي", "LOC", "Mali")])
    targets = _targets(doc)
    assert targets and "al-Qaeda" in targets and "Mali" not in targets


def test_a_raid_over_a_country_leading_to_a_named_mans_death_hit_him() -> None:
    doc = make_doc("وقالت القيادة الأمريكية إن غارة جوية لقوات التحالف فوق العراق أدت إلى مقتل سالم الجبوري.",
                   [("القيادة الأمريكية", "ORG", "US Command"), ("العراق", "LOC", "Iraq"),
                    ("سالم الجبوري", "PER", "Salem al-Jubouri")])
    targets = _targets(doc)
    assert targets and "Salem al-Jubouri" in targets and "Iraq" not in targets


def test_jets_striking_targets_of_a_named_group_in_a_country_hit_the_group() -> None:
    doc = make_doc('وقصفت طائرات حربية أردنية أهدافا لـ "داعش" في العراق للمرة الأولى أمس.',
                   [("داعش", "ORG", "ISIS"), ("العراق", "LOC", "Iraq")])
    targets = _targets(doc)
    assert targets and "ISIS" in targets and "Iraq" not in targets


def test_a_strike_in_a_country_that_names_no_victim_keeps_the_place() -> None:
    doc = make_doc("وشنت طائرات أمريكية غارة جوية في الصومال أمس.", [("الصومال", "LOC", "Somalia")])
    assert "Somalia" in _targets(doc)


# -- campaigns that targeted a group, after an arrest by a named force ---------------------------------------------

def test_campaigns_launched_after_a_forces_arrests_are_that_forces_attack_on_the_group_targeted() -> None:
    doc = make_doc("اعتقلت قوات الأمن الإيرانية، صباح اليوم، تسعة أشخاص في مدينة زاهدان، كما شنت حملات استهدفت "
                   "عناصر جيش العدل في إقليم بلوشستان.",
                   [("زاهدان", "LOC", "Zahedan"), ("جيش العدل", "ORG", "Jaish al-Adl"),
                    ("بلوشستان", "LOC", "Baluchestan")])
    assaults = coded(doc, "ASSAULT")
    assert assaults and all(party_name(d["recipient"]) == "Jaish al-Adl" for d in assaults)
    # the arresting force or its country, not the group targeted
    assert all(party_name(d["actor"]) in ("Iran", "قوات الأمن الإيرانية") for d in assaults)
