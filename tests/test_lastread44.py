"""lastread44: a second reading of the round's merged changes (actors46/47, fixes46, usability46).

Sentences written for these tests.
"""

from __future__ import annotations

from test_linking_surname_context import _link


def test_a_prince_the_tagger_missed_is_still_found_by_his_title_and_full_name() -> None:
    # actors47's family-name rule read «الأمير» (a title with the article) as a family name «الX» and dropped
    # the KB's match of «الأمير محمد بن سلمان» when the tagger gave no span of its own
    text = "استقبل الأمير محمد بن سلمان وفدا من رجال الأعمال في جدة أمس."
    ids = {i for v in _link(text, []).values() for i in v}
    assert "per:mohammed-bin-salman" in ids
    text = "وصل الأمير محمد بن نايف إلى العاصمة مساء الخميس."
    assert "per:muhammad-bin-nayef" in {i for v in _link(text, []).values() for i in v}
