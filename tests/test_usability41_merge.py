"""Automatic merges a reader of `marsad entity` tripped over (usability41)."""

from __future__ import annotations

from marsad.nlp.entity_merge import MergeOptions, _choose, _key_words, _Seen
from marsad.nlp.kb import load_kb


class _NoStore:
    """The reads ``_choose`` makes, for KB candidates only: the candidate is mentioned with these actors."""

    def __init__(self, mentioned_with: set[str]):
        self.mentioned_with = mentioned_with

    def get_entities(self, ids):
        return {}

    def cooccurring(self, entity_id):
        return self.mentioned_with


def _merge_target(name: str, context: set[str]) -> str | None:
    kb = load_kb()
    item = _Seen("new:t:PER", "PER", name, set(context))
    best = _choose(_NoStore(context), kb, item, _key_words(name), {"per:adel-al-jubeir"}, MergeOptions())
    return best[0] if best else None


def test_a_full_name_whose_surname_looks_like_a_known_persons_is_not_merged_into_him():
    context = {"per:mohammed-bin-salman", "per:salman-bin-abdulaziz"}
    # another first name, a surname one letter off the alias «الجبير»: another man, whatever the company
    assert _merge_target("خالد الجبر", context) is None
    # the surname alone, in the same company, is still the minister
    assert _merge_target("الجبير", context) == "per:adel-al-jubeir"

