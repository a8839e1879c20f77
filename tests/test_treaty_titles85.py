"""Treaty names and aliases (issue 15, round 85): a title written «مع X» or «بين X و Y» is an alias of the record only
when X (and Y) are its parties; a report's «مع» naming a state outside the agreement is its own view, no name."""

from __future__ import annotations

from conftest import processed_treaties

# A water-sharing deal of Laos and Cambodia; one Cambodian paper writes it «مع فيتنام» (a neighbour it blames).
RIVER_DEAL = [
    ("m1", "2026-02-03", "وكالة ح",
     "فيينتيان - وكالة ح: وقعت لاوس وكمبوديا أمس الاثنين في فيينتيان اتفاقية تقاسم مياه نهر ميكونغ بين لاوس "
     "وكمبوديا، بعد جولات تفاوض طويلة."),
    ("m2", "2026-03-10", "صحيفة ط",
     "بنوم بنه - صحيفة ط: صادق البرلمان الكمبودي أمس الاثنين على اتفاقية تقاسم مياه نهر ميكونغ مع لاوس."),
    ("m3", "2026-03-20", "صحيفة ي",
     "بنوم بنه - صحيفة ي: صادق مجلس الشيوخ الكمبودي أمس الخميس على اتفاقية تقاسم مياه نهر ميكونغ مع فيتنام، "
     "وهي الاتفاقية الموقعة في فبراير."),
]


def _one(treaties, word):
    found = [t for t in treaties if word in t.name or any(word in a for a in t.aliases)]
    assert len(found) == 1, [(t.name, t.aliases) for t in treaties]
    return found[0]


def test_a_with_alias_naming_a_state_that_is_no_party_is_dropped(tmp_path):
    t = _one(processed_treaties(tmp_path, RIVER_DEAL), "ميكونغ")
    assert not any("فيتنام" in a for a in t.aliases), (t.name, t.aliases, t.parties)
    assert any(a.endswith("مع لاوس") for a in t.aliases), (t.name, t.aliases, t.parties)
