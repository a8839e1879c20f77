"""Pipeline: validation, failures as rejections, redo after an upgrade, workers, and resuming after SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import calling_functions
from marsad.errors import PipelineError
from marsad.ingest.run import ingest
from marsad.models import Doc, Span
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions, process
from marsad.pipeline.stage import Resources, Stage

SENTENCES = ["عقد المجلس البلدي جلسته الأسبوعية في مقره.", "وناقش الأعضاء ميزانية العام المقبل.",
             "وقال رئيس المجلس إن المشاريع ستبدأ في الربيع.", "وطالب سكان الحي الشمالي بإصلاح الطرق."]


def words_stage(doc: Doc, res: Resources) -> None:
    for i, w in enumerate(doc.text.split()[:5]):
        start = doc.text.index(w)
        doc.layer("word").append(Span("word", start, start + len(w), str(i)))


def count_stage(doc: Doc, res: Resources) -> None:
    if "انفجار" in doc.text:
        raise ValueError("this stage cannot read explosions")
    n = len(doc.layer("word"))
    doc.layer("count").append(Span("count", 0, 1, str(n)))


WORDS = Stage("words", "1", words_stage, assigns=("word",))
COUNT = Stage("count", "1", count_stage, requires=("word",), assigns=("count",))


def article_text(i: int, repeat: int = 1) -> str:
    """A short article of its own: every line carries the article's number, so no line is site furniture."""
    body = [f"{s[:-1]} رقم {i} في الفقرة {k}." for k in range(repeat) for s in SENTENCES[i % 4:] + SENTENCES[:i % 4]]
    return f"المجلس البلدي يناقش الملف رقم {i}\n\n" + "\n\n".join(body) + "\n"


def corpus(tmp_path, n: int, repeat: int = 1):
    d = tmp_path / "corpus"
    d.mkdir(exist_ok=True)
    for i in range(n):
        (d / f"a{i:04d}.txt").write_text(article_text(i, repeat), encoding="utf-8")
    return d


def test_pipeline_is_validated():
    with pytest.raises(PipelineError, match="requires word"):
        build_pipeline([COUNT, WORDS])
    with pytest.raises(PipelineError, match="twice"):
        build_pipeline([WORDS, WORDS])
    with pytest.raises(PipelineError, match="unknown stage"):
        build_pipeline([WORDS, COUNT], only=["nope"])
    assert build_pipeline([WORDS, COUNT], only=["count"]).names == ["words", "count"]


def test_failing_document_is_a_rejection_and_the_rest_goes_on(store, tmp_path):
    ingest(store, [str(corpus(tmp_path, 5))])
    (tmp_path / "bad.txt").write_text(article_text(99).replace("المجلس", "انفجار"), encoding="utf-8")
    ingest(store, [str(tmp_path / "bad.txt")])
    report = process(store, ProcessOptions(corpus_steps=False), build_pipeline([WORDS, COUNT]))
    assert report.articles == 6 and report.failures == 1
    (rej,) = store.rejections()
    assert rej.stage == "count" and "explosions" in rej.reason and rej.origin.endswith("bad.txt")
    counts = [s for a in store.iter_articles() for s in store.spans(a.id, ["count"])]
    assert len(counts) == 5 and {c.label for c in counts} == {"5"}


def test_a_document_that_fails_a_batched_stage_is_the_only_rejection(store, tmp_path):
    batches = []

    def count_many(docs, res):
        batches.append(len(docs))
        for doc in docs:  # fails before changing any document, as a batch form must
            if "انفجار" in doc.text:
                raise ValueError("this stage cannot read explosions")
        for doc in docs:
            count_stage(doc, res)

    ingest(store, [str(corpus(tmp_path, 5))])
    (tmp_path / "bad.txt").write_text(article_text(99).replace("المجلس", "انفجار"), encoding="utf-8")
    ingest(store, [str(tmp_path / "bad.txt")])
    batched = Stage("count", "1", count_stage, requires=("word",), assigns=("count",), batch=count_many)
    report = process(store, ProcessOptions(corpus_steps=False), build_pipeline([WORDS, batched]))
    assert batches == [6]  # tried once on the whole batch, then one by one
    assert report.articles == 6 and report.failures == 1
    (rej,) = store.rejections()
    assert rej.stage == "count" and "explosions" in rej.reason and rej.origin.endswith("bad.txt")
    counts = [s for a in store.iter_articles() for s in store.spans(a.id, ["count"])]
    assert len(counts) == 5 and {c.label for c in counts} == {"5"}
    assert sum(len(store.spans(a.id, ["word"])) for a in store.iter_articles()) == 25  # the bad one stored none


def test_cycles_a_batch_makes_are_collected_after_it_and_the_collector_is_left_on(store, tmp_path):
    # The cyclic collector is off while a batch is analysed (it found next to nothing there): what cycles a
    # stage makes must still be freed once the batch is done, not pile up over a run.
    import gc
    import weakref

    class Node:
        pass

    made: list[weakref.ref] = []

    def cyclic_stage(doc: Doc, res: Resources) -> None:
        a, b = Node(), Node()
        a.other, b.other = b, a
        made.append(weakref.ref(a))
        words_stage(doc, res)

    ingest(store, [str(corpus(tmp_path, 6))])
    report = process(store, ProcessOptions(corpus_steps=False, batch_size=2),
                     build_pipeline([Stage("words", "1", cyclic_stage, assigns=("word",)), COUNT]))
    assert report.articles == 6 and len(made) == 6
    assert all(r() is None for r in made)
    assert gc.isenabled()


def test_a_batch_is_collected_once_after_it_not_also_as_its_results_are_made_ready(store, tmp_path):
    # A batch's objects (documents, tokens, spans) are all alive when its analysis ends: a young collection
    # then (the collector switched back on too early) scans them all for nothing, just before the batch is
    # settled.  Only the settling collects what a batch made.
    import gc

    kept: list = []
    early: list[int] = []

    def many_objects_stage(doc: Doc, res: Resources) -> None:
        kept.append([[] for _ in range(30_000)])  # more than a young generation's threshold, alive
        words_stage(doc, res)

    def seen(phase: str, info: dict) -> None:
        if phase != "start":
            return
        names = calling_functions(1)
        if "_analyse_batch" in names and "settle_heap" not in names:
            early.append(info["generation"])

    ingest(store, [str(corpus(tmp_path, 4))])
    gc.callbacks.append(seen)
    try:
        report = process(store, ProcessOptions(corpus_steps=False, batch_size=2),
                         build_pipeline([Stage("words", "1", many_objects_stage, assigns=("word",)), COUNT]))
    finally:
        gc.callbacks.remove(seen)
    assert report.articles == 4 and len(kept) == 4
    assert early == []
    assert gc.isenabled()


def test_nothing_to_do_twice_and_redo_after_upgrade(store, tmp_path):
    ingest(store, [str(corpus(tmp_path, 3))])
    pipe = build_pipeline([WORDS, COUNT])
    assert process(store, ProcessOptions(corpus_steps=False), pipe).articles == 3
    assert process(store, ProcessOptions(corpus_steps=False), pipe).articles == 0
    assert process(store, ProcessOptions(corpus_steps=False, redo=["count"]), pipe).stage_runs == 3
    upgraded = build_pipeline([Stage("words", "2", words_stage, assigns=("word",)), COUNT])
    report = process(store, ProcessOptions(corpus_steps=False), upgraded)
    assert report.articles == 3 and report.stage_runs == 6  # "words" re-ran, and "count", which reads its output
    assert {store.stage_versions(a.id)["words"] for a in store.iter_articles()} == {"2"}
    assert store.span_count("word") == 15


def test_workers_give_the_same_result(tmp_path):
    from marsad.store import open_store

    d = corpus(tmp_path, 150)
    results = []
    for workers in (1, 2):
        s = open_store(str(tmp_path / f"w{workers}.db"))
        ingest(s, [str(d)])
        process(s, ProcessOptions(workers=workers, batch_size=20, corpus_steps=False), build_pipeline([WORDS, COUNT]))
        results.append(sorted((a.id, sp.kind, sp.start, sp.end, sp.label) for a in s.iter_articles() for sp in s.spans(a.id)))
    assert results[0] == results[1] and len(results[0]) == 150 * 6


def test_sigkill_midway_then_resume_without_duplicates(tmp_path):
    """Kill `marsad process` with SIGKILL while it writes, run it again: all done, nothing twice."""
    db = tmp_path / "k.db"
    d = corpus(tmp_path, 600, repeat=3)
    subprocess.run([sys.executable, "-m", "marsad", "--db", str(db), "ingest", str(d)], check=True,
                   capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "--db", str(db), "process"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    done = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            done = con.execute("SELECT count(DISTINCT article_id) FROM stage_runs").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if done >= 50:
            break
    if proc.poll() is not None:
        pytest.fail("process finished before it could be killed; make the corpus bigger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < done < 600
    subprocess.run([sys.executable, "-m", "marsad", "--db", str(db), "process"], check=True, capture_output=True)
    con = sqlite3.connect(str(db))
    stages = con.execute("SELECT count(DISTINCT stage) FROM stage_runs").fetchone()[0]
    per_article = con.execute("SELECT count(*) FROM stage_runs GROUP BY article_id HAVING count(*) != ?",
                              (stages,)).fetchall()
    dupes = con.execute("SELECT count(*) FROM (SELECT 1 FROM annotations GROUP BY article_id, stage, kind, start, end,"
                        " label HAVING count(*) > 1)").fetchone()[0]
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    with_runs = con.execute("SELECT count(DISTINCT article_id) FROM stage_runs").fetchone()[0]
    assert articles == with_runs == 600
    assert per_article == [] and dupes == 0
