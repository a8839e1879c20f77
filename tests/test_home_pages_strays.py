"""eval/home_pages_strays.py: whose strays a reading marks, day by day."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
_spec = importlib.util.spec_from_file_location("home_pages_strays", ROOT / "eval" / "home_pages_strays.py")
hps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hps)


def test_one_story_read_on_two_days_keeps_each_days_strays():
    # Day 1's reader took the health-job call as the main event and marked the teaching-job reports; day 2's
    # reader the other way round: on each day's page only that day's marks are strays
    rows = [{"day": "2015-08-10", "story_id": "s-1", "article_id": "teach00001", "stray": "1"},
            {"day": "2015-08-11", "story_id": "s-1", "article_id": "health0001", "stray": "1"},
            {"day": "2015-08-11", "story_id": "s-1", "article_id": "teach00001", "stray": "0"}]
    marks = hps.stray_marks(rows)
    assert hps.is_stray(marks, "2015-08-10", "s-1", "teach00001")
    assert not hps.is_stray(marks, "2015-08-10", "s-1", "health0001")
    assert hps.is_stray(marks, "2015-08-11", "s-1", "health0001")
    assert not hps.is_stray(marks, "2015-08-11", "s-1", "teach00001")


def test_a_reading_without_days_marks_its_strays_on_every_page():
    marks = hps.stray_marks([{"story_id": "s-1", "article_id": "aaaaaaaaaa", "member_event": "another fire"}])
    assert hps.is_stray(marks, "2015-07-22", "s-1", "aaaaaaaaaa") and hps.is_stray(marks, "2015-07-23", "s-1",
                                                                                    "aaaaaaaaaa")
    assert not hps.is_stray(marks, "2015-07-22", "s-2", "aaaaaaaaaa")
