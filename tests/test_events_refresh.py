"""Events coded again for a few articles (after people are merged across articles, or `process --only events`)
keep the dates their sentences give: the re-run has every layer the coder reads, the time expressions too."""

from __future__ import annotations

import json

import marsad
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions, process
from marsad.store import open_store

# Our own report: an attack told as yesterday's, in an article dated 2025-03-11.
REPORT = ("قصفت طائرات الجيش أمس مواقع لجماعة مسلحة في ريف المدينة الشرقي، وقال متحدث عسكري إن الغارات "
          "دمرت مخازن للسلاح. وأضاف أن العمليات ستتواصل حتى استعادة الأمن في المنطقة كلها.")


def test_the_events_stage_keeps_what_it_reads_when_run_alone():
    # every layer the coder reads is declared, so running it alone loads the time expressions and quotes stored
    names = [s.name for s in build_pipeline(only=["events"]).stages]
    assert {"timex", "quotes"} <= set(names)


def test_events_coded_again_keep_their_own_dates(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/r1", "title": "غارات على مواقع مسلحين",
                                "outlet": "وكالة أ", "date": "2025-03-11", "content": REPORT},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "r.db"
    with marsad.open(str(db)) as m:
        m.ingest([str(path)])
        m.process()
    store = open_store(str(db))
    try:
        (aid,) = [a.id for a in store.iter_articles()]
        first = [(s.start, s.data["date"]) for s in store.spans(aid, stages={"events"}) if s.kind == "event"]
        # what the merge of people across articles does: forget the downstream stages and run only them
        store.forget_stage_runs([aid], ("quotes", "events", "clauses"))
        process(store, ProcessOptions(only=["quotes", "events", "clauses"], corpus_steps=False, show_progress=False))
        again = [(s.start, s.data["date"]) for s in store.spans(aid, stages={"events"}) if s.kind == "event"]
    finally:
        store.close()
    assert first and ("2025-03-10" in {d for _s, d in first})
    assert again == first
