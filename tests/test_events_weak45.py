"""What the coder keeps below the detector's threshold, type by type (CoderOptions.detect_weak_by_type, events45)."""

from __future__ import annotations

from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel

# a protest with whom it is against: a fully coded lexicon event, which the coder may keep below the threshold
PROTEST = ("تظاهر العمال أمام السفارة الإسرائيلية في عمان يوم أمس.", ["السفارة الإسرائيلية"])


def _doc(text: str, orgs: list[str]) -> Doc:
    ments = [Span("mention", text.index(w), text.index(w) + len(w), "ORG") for w in orgs]
    return Doc(Article(id="a", raw_id="a", text=text, published_at="2025-03-02"),
               {"sentence": [Span("sentence", 0, len(text))], "mention": ments})


def _protests(threshold: float, **kw) -> list[Span]:
    """The PROTEST events coded with a detector that scores every sentence 0.5 (no weights)."""
    det = Detector({"PROTEST": TypeModel("PROTEST", 0.0, {}, threshold)})
    return [e for e in code_events(_doc(*PROTEST), CoderOptions(detector=det, shown_filter=False, **kw))
            if e.label == "PROTEST"]


def test_a_protest_the_detector_scores_at_half_its_threshold_is_not_coded():
    assert _protests(1.0) == []  # 0.5 of the threshold: too far below it
    kept = _protests(0.6)  # 0.83 of it: close, and fully coded
    assert [e.data["recipient"]["name"] for e in kept] == ["السفارة الإسرائيلية"]


def test_the_share_kept_is_per_type_and_can_be_set_back():
    assert [e.label for e in _protests(1.0, detect_weak_by_type={})] == ["PROTEST"]  # 0.3 for every type
    assert _protests(1.0, detect_weak_by_type={"ASSAULT": 0.9}) != []  # another type's share leaves PROTEST's
