"""eval/home_pages_pairs.py: the pairs a reading of home pages gives (two events, or one), from both file kinds."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("home_pages_pairs", ROOT / "eval" / "home_pages_pairs.py")
hpp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hpp)

IDS = {p: p + "ffffff" for p in ("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd", "eeeeeeeeee")}


def _tsv(path, header, rows):
    path.write_text("\n".join(["\t".join(header)] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


def test_strays_pair_with_the_story_seed_and_with_each_other(tmp_path):
    f = _tsv(tmp_path / "s.tsv", ["story_id", "article_id", "member_event"], [
        ("s-aaaaaaaaaaff", "bbbbbbbbbb", "the coalition's daily tally"),
        ("s-aaaaaaaaaaff", "cccccccccc", "the coalition's daily tally"),
        ("s-aaaaaaaaaaff", "dddddddddd", "another town's fire"),
        ("s-aaaaaaaaaaff", "9999999999", "not in the store")])
    got = hpp.stray_pairs([f], IDS.get)
    a, b, c, d = (IDS[p] for p in ("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"))
    assert got[(a, b)] == got[(a, c)] == got[(a, d)] == 0  # each stray against the story's first article
    assert got[(b, c)] == 1 and got[(b, d)] == got[(c, d)] == 0  # same own event, or not
    assert len(got) == 6


def test_a_stray_column_of_zeros_and_version_b_are_skipped(tmp_path):
    f = _tsv(tmp_path / "v.tsv", ["version", "story_id", "article_id", "stray", "note"], [
        ("A", "s-aaaaaaaaaaff", "bbbbbbbbbb", "1", "x"), ("A", "s-aaaaaaaaaaff", "cccccccccc", "0", "main"),
        ("B", "s-aaaaaaaaaaff", "dddddddddd", "1", "y")])
    assert hpp.stray_pairs([f], IDS.get) == {(IDS["aaaaaaaaaa"], IDS["bbbbbbbbbb"]): 0}


def test_members_give_main_event_pairs_and_main_stray_pairs(tmp_path):
    f = _tsv(tmp_path / "m.tsv", ["day", "story_id", "article_id", "stray", "note"], [
        ("d", "s-1", "aaaaaaaaaa", "0", "main"), ("d", "s-1", "bbbbbbbbbb", "0", "main"),
        ("d", "s-1", "cccccccccc", "1", "other"), ("d", "s-1", "dddddddddd", "1", "other too")])
    # a second reading of another placement puts c with the main event: one event wins
    g = _tsv(tmp_path / "n.tsv", ["day", "story_id", "article_id", "stray", "note"], [
        ("d", "s-2", "aaaaaaaaaa", "0", "main"), ("d", "s-2", "cccccccccc", "0", "main")])
    got = hpp.member_pairs([f, g], IDS.get)
    a, b, c, d = (IDS[p] for p in ("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"))
    assert got[(a, b)] == 1 and got[(a, d)] == got[(b, c)] == got[(b, d)] == 0
    assert got[(a, c)] == 1  # (and two strays of one story are not paired)
    assert (c, d) not in got
