"""eval/home_pages_diff.py: the members a story change moved, paired story by story, for a reading."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "eval" / "home_pages_diff.py"


def _page(day: str, stories: list[tuple[str, list[str]]]) -> str:
    lines = [f"=== {day}"]
    for rank, (sid, members) in enumerate(stories, 1):
        lines.append(f" {rank}. {sid} ({len(members)} articles, 2 outlets)")
        lines += [f"      {day} {a} عنوان من عندنا {a}" for a in members]
    return "\n".join(lines) + "\n"


def test_lists_what_left_and_joined_each_story_once(tmp_path):
    before = tmp_path / "before.txt"
    after = tmp_path / "after.txt"
    before.write_text(
        _page("2015-08-09", [("s-aaaa", ["a000000001", "a000000002", "a000000003"]), ("s-bbbb", ["b000000001"])])
        + _page("2015-08-10", [("s-aaaa", ["a000000001", "a000000002", "a000000003", "a000000004"])]),
        encoding="utf-8")
    # the change takes a000000003 out of s-aaaa on both days, and puts c000000001 into it on the second
    after.write_text(
        _page("2015-08-09", [("s-aaaa", ["a000000001", "a000000002"]), ("s-bbbb", ["b000000001"])])
        + _page("2015-08-10", [("s-aaaa", ["a000000001", "a000000002", "a000000004", "c000000001"])]),
        encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), str(before), str(after)],
                         capture_output=True, text=True, check=True)
    moves = [line.split()[:3] for line in out.stdout.splitlines() if line.strip().startswith(("LEFT", "JOINED"))]
    # the article that left is listed once though it left on two days; the unchanged story is not listed
    assert moves == [["LEFT", "#1", "2015-08-09"], ["JOINED", "#2", "2015-08-10"]]
    assert "a000000003" in out.stdout and "c000000001" in out.stdout and "s-bbbb" not in out.stdout
    assert out.stderr.strip() == "2 moved"


def test_a_story_split_off_another_is_a_story_of_its_own(tmp_path):
    # A chain split names the part it cuts off "<id>-1": its members are not the story printed above it
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(_page("2015-08-09", [("s-aaaa", ["a000000001", "a000000002"]),
                                           ("s-bbbb-1", ["b000000001", "b000000002", "b000000003"])]),
                      encoding="utf-8")
    after.write_text(_page("2015-08-09", [("s-cccc", ["c000000001"]),
                                          ("s-bbbb-1", ["b000000001", "b000000002", "b000000003"]),
                                          ("s-aaaa", ["a000000001", "a000000002"])]),
                     encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), str(before), str(after)],
                         capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "0 moved"  # the same two stories, in another order under a new one
