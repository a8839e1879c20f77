"""eval/fit_wording_gate.py: the marks a reading gives, and the bar a fit chooses."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

from marsad.stories.pairs import FEATURES

_spec = importlib.util.spec_from_file_location("fit_wording_gate", ROOT / "eval" / "fit_wording_gate.py")
fwg = importlib.util.module_from_spec(_spec)
sys.modules["fit_wording_gate"] = fwg  # (its dataclass looks itself up there)
_spec.loader.exec_module(fwg)


def _tsv(path, header, rows):
    path.write_text("\n".join(["\t".join(header)] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


def test_strays_listed_in_the_verdict_file_one_or_several_a_reason(tmp_path):
    final = _tsv(tmp_path / "f.tsv", ["day", "rank", "story_id", "strays"], [
        ("2015-08-10", "1", "s-aaaaaaaaaaaa", "bbbbbbbbbb:another town's fire; cccccccccc,dddddddddd:a job call"),
        ("2015-08-10", "2", "s-eeeeeeeeeeee", "")])
    read, stray, main, listed = fwg.read_marks(str(final), "-", [])
    assert read == [("2015-08-10", "s-aaaaaaaaaaaa"), ("2015-08-10", "s-eeeeeeeeeeee")]
    assert stray["s-aaaaaaaaaaaa"] == {"bbbbbbbbbb", "cccccccccc", "dddddddddd"} and not stray["s-eeeeeeeeeeee"]
    assert not listed  # the main-event members are the story's other members


def test_a_file_of_every_member_names_the_main_event_members_and_version_b_is_skipped(tmp_path):
    final = _tsv(tmp_path / "f.tsv", ["version", "day", "story_id"], [
        ("A", "2015-07-26", "s-aaaaaaaaaaaa"), ("B", "2015-07-26", "s-ffffffffffff")])
    groups = _tsv(tmp_path / "g.tsv", ["version", "day", "story_id", "article_id", "stray"], [
        ("A", "2015-07-26", "s-aaaaaaaaaaaa", "aaaaaaaaaa", "0"),
        ("A", "2015-07-26", "s-aaaaaaaaaaaa", "bbbbbbbbbb", "0"),
        ("A", "2015-07-26", "s-aaaaaaaaaaaa", "cccccccccc", "1"),
        ("B", "2015-07-26", "s-ffffffffffff", "dddddddddd", "1")])
    read, stray, main, listed = fwg.read_marks(str(final), str(groups), [])
    assert read == [("2015-07-26", "s-aaaaaaaaaaaa")] and listed
    assert main["s-aaaaaaaaaaaa"] == {"aaaaaaaaaa", "bbbbbbbbbb"} and stray == {"s-aaaaaaaaaaaa": {"cccccccccc"}}


def _pair(lead: float, gap_days: int) -> list[float]:
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("lead")] = lead
    x[FEATURES.index("gap")] = gap_days / 7
    return x


def test_the_bar_blocks_most_more_strays_than_main_event_members():
    ex = [fwg.Example(f"s{i}", "s-x", "d", True, [_pair(lead, 3)]) for i, lead in enumerate((0.1, 0.15, 0.3))]
    ex += [fwg.Example(f"m{i}", "s-x", "d", False, [_pair(0.05, 0), _pair(lead, 0)])
           for i, lead in enumerate((0.2, 0.5, 0.6, 0.7))]
    weights, least = fwg.gate(("lead",), [0.0, 10.0], ex)
    assert weights == (0.0, 10.0, 0.0, 0.0, 0.0, 0.0)
    # at the lead 0.15 pair's wording (1.5): two strays kept out, no main-event member (whose best pair counts)
    assert 1.5 < least < 2.0
    assert fwg.blocked(ex, weights, least) == (2, 3, 0, 4)
