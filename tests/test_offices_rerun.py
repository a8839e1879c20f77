"""The office changes of an article are the same on its first pass and when the ``offices`` stage runs again after
the corpus steps (entity merges, learned roles): processing day by day and rebuilding give the same rows.

The reports are written for these tests (invented people, future dates)."""

from __future__ import annotations

import pytest
from conftest import processed_reports

import marsad
from marsad.nlp.office_changes import THRESHOLD
from marsad.pipeline.runner import ProcessOptions

REPORTS = [
    # one diplomat under two spellings (غ/ج): the merging step makes them one entity after the first pass
    ("a", "2031-05-02", "قال الدبلوماسي الروسي كونستانتين غوربونوف في موسكو إن المحادثات مع الجانب المصري ستستأنف "
     "قريبا. وأضاف غوربونوف أن وزير الخارجية سيرغي لافروف يتابع الملف بنفسه، وأن زيارة مرتقبة ستتم في الخريف."),
    ("b", "2031-05-03", "أعلنت الخارجية الروسية أمس تعيين كونستانتين جوربونوف سفيرا لروسيا في القاهرة. "
     "وكان جوربونوف قد عمل سنوات في وزارة الخارجية مع سيرغي لافروف قبل أن يتولى ملف العلاقات مع مصر."),
    # the new emir, learned from this report, must not make the report read his deputy's name as the one elected
    ("c", "2031-06-10", "وبعد مشاورات طويلة لم تخل من الخلاف، تم انتخاب الملا عبد الغني برهان، نائب الملا يوسف قادري "
     "سابقا، أميرا جديدا لطالبان. وقالت الحركة في بيان إن القيادة الجديدة ستواصل نهجها."),
]


@pytest.fixture()
def news(tmp_path):
    m = marsad.open(str(processed_reports(tmp_path, [(key, day, f"outlet-{key}", text) for key, day, text in REPORTS])))
    yield m
    m.close()


def _changes(m) -> dict[str, dict]:
    """The office changes of the store by the name of the place or organisation whose office it is."""
    out = {}
    for a in m.store.iter_articles():
        for s in m.store.spans(a.id, kinds=["office_change"]):
            out[s.data["of"]] = {k: s.data.get(k) for k in ("person", "person_name", "office", "confidence", "doubts")}
    return out


def _person_of(m, surface: str) -> str:
    for a in m.store.iter_articles():
        for s in m.store.spans(a.id, kinds=["mention"]):
            if a.text[s.start:s.end] == surface:
                return s.data["entity_id"]
    raise AssertionError(surface)


def test_office_changes_are_the_same_on_the_first_pass_and_when_the_stage_runs_again(news):
    first = _changes(news)
    news.process(ProcessOptions(show_progress=False, redo=["offices"]))
    assert _changes(news) == first
    emir, envoy = first["org:taliban"], first["loc:russia"]
    # the one elected, as the first pass read him, with the confidence his sentence gives (not raised by itself)
    assert emir["person_name"] == "عبد الغني برهان" and emir["confidence"] >= THRESHOLD and not emir["doubts"]
    # the ambassador is the merged diplomat of both spellings, from the first pass on
    assert envoy["person"] == _person_of(news, "كونستانتين غوربونوف") == _person_of(news, "كونستانتين جوربونوف")
