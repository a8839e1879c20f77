"""The coder's per-type operating point on the detector's threshold (CoderOptions.detect_scale, events48)."""

from __future__ import annotations

import pytest

from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel


def _doc(text: str) -> Doc:
    return Doc(Article(id="a", raw_id="a", text=text, published_at="2025-03-02"),
               {"sentence": [Span("sentence", 0, len(text))], "mention": []})


def _just_under(typ: str) -> Detector:
    """A model that scores every sentence 0.5 (no weights), with a threshold 1% above that."""
    return Detector({typ: TypeModel(typ, 0.0, {}, 0.505)})


# workers gathered at their company (no count after the verb: not a crowd massing, which is coded whatever the
# detector scores): the detector alone decides
GATHERING = "وتجمع العمال أمام مقر الشركة يوم أمس."


def test_a_protest_scored_just_under_the_trained_threshold_is_coded_only_at_a_lower_operating_point():
    shipped = CoderOptions(detector=_just_under("PROTEST"), shown_filter=False)
    assert not [e for e in code_events(_doc(GATHERING), shipped) if e.label == "PROTEST"]  # the trained threshold
    lower = CoderOptions(detector=_just_under("PROTEST"), shown_filter=False, detect_scale={"PROTEST": 0.98})
    coded = code_events(_doc(GATHERING), lower)
    assert [e.label for e in coded] == ["PROTEST"] and coded[0].data["detector"] == 0.5


def test_the_operating_point_is_per_type():
    # the same score and threshold for both types: only the scaled type is accepted
    det = Detector({"PROTEST": TypeModel("PROTEST", 0.0, {}, 0.505), "ASSAULT": TypeModel("ASSAULT", 0.0, {}, 0.505)})
    opt = CoderOptions(detector=det, shown_filter=False, detect_scale={"ASSAULT": 0.98})
    assert not [e for e in code_events(_doc(GATHERING), opt) if e.label == "PROTEST"]
    opt = CoderOptions(detector=det, shown_filter=False, detect_scale={"PROTEST": 0.98})
    assert [e.label for e in code_events(_doc(GATHERING), opt)] == ["PROTEST"]


@pytest.fixture
def cv():
    """The cross-validation script of eval/ (events_gsr_cv), imported as a module."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "eval"))
    import events_gsr_cv

    return events_gsr_cv


def test_the_breakdown_puts_an_event_over_the_scaled_threshold_down_to_the_detector(cv, monkeypatch):
    event = Span("event", 0, 1, "PROTEST", {"detector": 0.5})
    assert cv.emitted_by([event], _just_under("PROTEST")) == {"PROTEST": "form, detector no"}  # shipped: x1
    monkeypatch.setattr(cv, "CoderOptions", lambda **kw: CoderOptions(detect_scale={"PROTEST": 0.98}, **kw))
    assert cv.emitted_by([event], _just_under("PROTEST")) == {"PROTEST": "detector yes"}
    assert cv.why_missed(GATHERING, "PROTEST", _just_under("PROTEST")) == "detector yes, not coded"


def test_another_salt_draws_other_folds_and_none_keeps_the_shipped_split():
    import hashlib

    from marsad.nlp.events.train_detector import fold_of

    docs = [f"DOC{k}" for k in range(40)]
    assert [fold_of(d) for d in docs] == [int(hashlib.sha256(f"fold:{d}".encode()).hexdigest(), 16) % 5 for d in docs]
    assert [fold_of(d, 5, "a") for d in docs] != [fold_of(d) for d in docs]
    assert {fold_of(d, 5, "a") for d in docs} == set(range(5))
