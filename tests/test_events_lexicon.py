"""The event lexicon: PLOVER tables, the CAMEO→PLOVER mapping and the shipped PETRARCH-derived verbs."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from marsad.nlp.events.lexicon import GOLDSTEIN, PLOVER_TYPES, QUAD, fold, load_lexicon, verb_forms
from marsad.nlp.events.petrarch import build_petrarch_lexicon, cameo_to_plover, parse_cameo2plover

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def test_every_plover_type_has_a_weight_and_a_quad_class() -> None:
    assert set(GOLDSTEIN) == set(PLOVER_TYPES) == set(QUAD)
    assert GOLDSTEIN["AID"] > GOLDSTEIN["CONSULT"] > 0 > GOLDSTEIN["ACCUSE"] > GOLDSTEIN["ASSAULT"]


def test_fold_matches_the_arabic_layer_forms() -> None:
    assert fold("اتفاقيّةً") == "اتفاقيه" and fold("إلى") == "الي" and fold("٢٠٢٤") == "2024"
    assert "يوقعان" in verb_forms("وقع", "وقع") and "وقعتا" in verb_forms("وقع", "وقع")


def test_hand_patterns_win_over_petrarch_for_the_same_form() -> None:
    lex = load_lexicon()
    assert [e.source for e in lex.get("زار")] == ["lexicon"]
    assert lex.get("اتهام")[0].pos == "noun" and lex.get("اتهم")[0].pos == "verb"


@pytest.mark.skipif(not (SHARED / "plover").is_dir(), reason="../shared/data/plover not available")
def test_cameo_to_plover_follows_the_2021_table() -> None:
    table = parse_cameo2plover((SHARED / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"))
    assert cameo_to_plover("042", table) == ("CONSULT", "visit")
    assert cameo_to_plover("163", table)[0] == "COERCE"  # the table files sanctions under COERCE
    assert cameo_to_plover("0841", table) == ("RETREAT", "release")
    assert cameo_to_plover("021", table) == ("REQUEST", "")  # appeals: folded into REQUEST
    assert cameo_to_plover("010", table) == (None, "")  # public statements are dropped


@pytest.mark.skipif(not (SHARED / "petrarch_arabic").is_dir(), reason="../shared/data/petrarch_arabic not available")
def test_shipped_petrarch_lexicon_is_what_the_builder_makes(tmp_path: Path) -> None:
    out = tmp_path / "verbs.json"
    n = build_petrarch_lexicon(SHARED / "petrarch_arabic", SHARED / "plover" / "CAMEO2PLOVER-2021.txt", out)
    shipped = json.loads(resources.files("marsad.nlp.events").joinpath("data/petrarch_verbs.json").read_text("utf-8"))
    assert n == len(shipped["verbs"]) and json.loads(out.read_text("utf-8")) == shipped
    assert all(row["plover"] in PLOVER_TYPES for row in shipped["verbs"])
