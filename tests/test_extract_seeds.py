"""The seed pages meet the extraction floors (eval/floors/extract.json); skipped without ../shared."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import ROOT, shared_path


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "eval" / "eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seeds_meet_the_extraction_floors(capsys):
    shared_path("gold", "seeds.json")
    shared_path("seeds")
    code = _eval_module().main([])
    out = capsys.readouterr().out
    assert code == 0, out


def test_glued_seed_gives_two_articles_with_their_own_titles():
    seeds = shared_path("seeds")
    ev = _eval_module()
    path = next(Path(seeds).glob("000_*.txt"))
    first, second = ev.extract_seed(path)
    assert (first.index, second.index) == (0, 1)
    assert first.title == "" and second.title  # the first article has no headline on the page
    assert not set(first.text.split("\n\n")) & set(second.text.split("\n\n"))


def test_floors_file_holds_the_required_floors():
    floors = json.loads((ROOT / "eval" / "floors" / "extract.json").read_text(encoding="utf-8"))
    assert floors["body_line_recall"] >= 0.95 and floors["boilerplate_leaked_max"] == 0 and floors["glued_separated"]
    assert {"author", "original_outlet"} <= set(floors["required_meta"]["004"])
    assert "translated_from" in floors["required_meta"]["002"]
