"""The Arabic PLOVER gold sentences end to end (ingest → process → events → the official scorer), above floors.

Slow (about two minutes): run with ``make test-slow`` or ``make eval-events-gsr``.  Skips without ../shared.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED


@pytest.mark.slow
def test_gold_sentences_through_the_official_scorer_hold_their_floors():
    if not (SHARED / "data" / "event_gsr_dev" / "protest_dev.csv").exists() \
            or not (SHARED / "tools" / "score_events_gsr.py").exists():
        pytest.skip(f"{SHARED}/data/event_gsr_dev or the scorer not present")
    proc = subprocess.run([sys.executable, str(ROOT / "eval" / "eval_events_gsr.py")], capture_output=True, text=True,
                          timeout=1800, env={**os.environ, "MARSAD_SHARED": str(SHARED)})
    assert "frozen ASSAULT: recall" in proc.stdout and "dev    PROTEST: recall" in proc.stdout
    assert proc.returncode == 0, f"below a floor:\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}"


@pytest.mark.slow
def test_train_events_reproduces_the_shipped_detector_file():
    pytest.importorskip("sklearn")
    if not (SHARED / "data" / "event_gsr_dev" / "protest_dev.csv").exists():
        pytest.skip(f"{SHARED}/data/event_gsr_dev not present")
    import json

    from marsad.nlp.events.train_detector import DETECTOR_FILE, TrainOptions, train_detector

    det, _reports = train_detector(TrainOptions(gsr=SHARED / "data" / "event_gsr_dev", write=False, verbose=False))
    # the same bytes `make train-events` writes: same data, same options, same file (and version)
    written = json.dumps(det.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert written == DETECTOR_FILE.read_text(encoding="utf-8")
