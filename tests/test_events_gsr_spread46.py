"""How far the luck of a part's documents moves the cross-validated figures (events_gsr_cv.spread), and which path of
the coder emitted each event of an end-to-end run (events_gsr_cv.shipped_paths; events46)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def cv():
    """The cross-validation script of eval/ (events_gsr_cv), imported as a module."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "eval"))
    import events_gsr_cv

    return events_gsr_cv


def _part(coded_yes: int, coded_no: int, missed: int, quiet: int):
    """Gold rows and codings of one sentence per document: assaults found, false alarms, assaults missed and
    sentences rightly left alone."""
    rows, coded = {}, {}
    kinds = ([(True, True)] * coded_yes + [(False, True)] * coded_no + [(True, False)] * missed
             + [(False, False)] * quiet)
    for k, (yes, hit) in enumerate(kinds):
        url = f"gsr:assault:DOC_{k}-1"
        rows[url] = ("ASSAULT", f"DOC_{k}-1", yes, "قصفت الطائرات الحي")
        coded[url] = {"types": {"ASSAULT"} if hit else set(), "shown": set()}
    return rows, coded


def test_a_part_where_every_coded_sentence_is_right_keeps_its_precision_whatever_documents_are_drawn(cv):
    rows, coded = _part(coded_yes=20, coded_no=0, missed=20, quiet=60)
    got = cv.spread(rows, coded, set(rows), documents=40, draws=300)["ASSAULT"]
    assert got["precision"] == (1.0, 1.0, 1.0)
    low, mid, high = got["recall"]
    assert low < 0.5 < high and abs(mid - 0.5) <= 0.1  # half the assaults found: the draws move recall around it


def test_a_smaller_part_spreads_wider(cv):
    rows, coded = _part(coded_yes=30, coded_no=10, missed=10, quiet=50)
    small = cv.spread(rows, coded, set(rows), documents=20, draws=500)["ASSAULT"]["precision"]
    large = cv.spread(rows, coded, set(rows), documents=200, draws=500)["ASSAULT"]["precision"]
    assert small[2] - small[0] > large[2] - large[0]
    assert abs(large[1] - 0.75) <= 0.05  # 30 right of 40 coded


def test_the_end_to_end_run_says_which_path_emitted_each_event(cv, tmp_path, monkeypatch):
    from marsad.nlp.events.detect import Detector, TypeModel

    monkeypatch.setattr(cv.detect_module, "load_detector",
                        lambda: Detector({"ASSAULT": TypeModel("ASSAULT", 0.0, {}, 0.6)}))
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"id": i, "url": f"gsr:assault:D{i}-1"})
                                                for i in ("x", "y", "z")), encoding="utf-8")
    # scored over the threshold, under it (a form told it), and no score (a lexicon event kept under it)
    events = [{"article_id": "x", "type": "ASSAULT", "detector": 0.7},
              {"article_id": "y", "type": "ASSAULT", "detector": 0.2},
              {"article_id": "z", "type": "ASSAULT", "detector": None},
              {"article_id": "z", "type": "MEET", "detector": None}]
    (tmp_path / "e.jsonl").write_text("\n".join(map(json.dumps, events)), encoding="utf-8")
    got = cv.shipped_paths(tmp_path / "a.jsonl", tmp_path / "e.jsonl")
    assert {u: c["paths"] for u, c in got.items()} == {
        "gsr:assault:Dx-1": {"ASSAULT": "detector yes"}, "gsr:assault:Dy-1": {"ASSAULT": "form, detector no"},
        "gsr:assault:Dz-1": {"ASSAULT": "lexicon kept, detector no"}}
