"""``process`` with a pool of workers: the same pool serves the run's second round and the analysis a corpus step
asks for again (their models loaded, their caches warm), and what the workers send back is written as the
spans themselves would be."""

from __future__ import annotations

import os
from typing import Any

from marsad.ingest.run import ingest
from marsad.models import Doc, Span
from marsad.pipeline import runner
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions, process
from marsad.pipeline.stage import Resources, Stage
from marsad.store import open_store

SENTENCES = ["افتتحت البلدية حديقة جديدة قرب السوق القديم.", "وحضر الافتتاح عدد من سكان الحي.",
             "وقال مدير الحدائق إن الأشجار زرعت في الشتاء.", "ووعدت البلدية بحديقة ثانية العام المقبل."]


def where_stage(doc: Doc, res: Resources) -> None:
    """Which process analysed the article (its pid), and data the store keeps as JSON."""
    doc.layer("where").append(Span("where", 0, 1, str(os.getpid()),
                                   {"words": doc.text.split()[:3], "n": len(doc.text), "entity_id": "e:park"}))


WHERE = Stage("where", "1", where_stage, assigns=("where",))


def corpus(tmp_path, n: int):
    d = tmp_path / "corpus"
    d.mkdir(exist_ok=True)
    for i in range(n):
        body = "\n\n".join(f"{s[:-1]} رقم {i}." for s in SENTENCES[i % 4:] + SENTENCES[:i % 4])
        (d / f"p{i:04d}.txt").write_text(f"حديقة الحي رقم {i}\n\n{body}\n", encoding="utf-8")
    return d


def pids(store, ids=None) -> dict[str, str]:
    return {a.id: sp.label for a in store.iter_articles() if ids is None or a.id in ids
            for sp in store.spans(a.id, kinds=["where"])}


def test_the_second_round_and_a_steps_own_process_run_on_the_runs_workers(tmp_path, monkeypatch):
    s = open_store(str(tmp_path / "w.db"))
    ingest(s, [str(corpus(tmp_path, 60))])
    seen: dict[str, Any] = {}
    ran = []

    def step(store, options=None, executor=None):
        """A corpus step that asks for articles to be analysed again: five later in the run (as learning roles
        does), five at once on the run's workers (as merging people does)."""
        ran.append(executor)
        if len(ran) > 1:
            return ""
        seen["first"] = pids(store)
        seen["pool"] = {str(p.pid) for p in executor._pool._pool}  # the run's worker processes
        ids = sorted(seen["first"])
        store.forget_stage_runs(ids[:5], ["where"])
        store.forget_stage_runs(ids[5:10], ["where"])
        process(store, ProcessOptions(corpus_steps=False, workers=2, batch_size=4), build_pipeline([WHERE]),
                executor=executor)
        seen["step"] = pids(store, set(ids[5:10]))
        store.forget_stage_runs(ids[:5], ["where"])  # pending again: analysed in the run's second round
        return "asked again"

    monkeypatch.setattr(runner, "corpus_steps", lambda: [step])
    report = process(s, ProcessOptions(workers=2, batch_size=8), build_pipeline([WHERE]))
    here = str(os.getpid())
    mine = [aid for aid, pid in seen["first"].items() if pid == here]
    assert len(mine) == 8  # the first batch, analysed here before the pool forked (speed22: its caches shared)
    workers = seen["pool"]
    assert len(workers) == 2 and here not in workers
    # the rest on the workers (which worker takes which batch is the scheduler's choice)
    assert set(seen["first"].values()) - {here} <= workers
    assert set(seen["step"].values()) <= workers  # not a new pool's processes
    again = pids(s, set(sorted(seen["first"])[:5]))
    assert len(again) == 5 and set(again.values()) <= workers  # not this process, which loads nothing itself
    assert report.articles == 65 and len(ran) == 2  # the corpus steps ran again after the second round
    s.close()


def test_what_workers_send_back_is_stored_as_the_spans_would_be(tmp_path):
    d = corpus(tmp_path, 30)
    rows = []
    for workers in (1, 2):
        s = open_store(str(tmp_path / f"w{workers}.db"))
        ingest(s, [str(d)])
        process(s, ProcessOptions(workers=workers, batch_size=8, corpus_steps=False), build_pipeline([WHERE]))
        rows.append(s._all('SELECT article_id, stage, kind, start, "end", entity_id, data FROM annotations'
                           " ORDER BY article_id"))
        s.close()
    by_hand = open_store(str(tmp_path / "by_hand.db"))
    ingest(by_hand, [str(d)])
    for a in by_hand.iter_articles():
        doc = Doc(a, {})
        where_stage(doc, Resources())
        by_hand.replace_spans(a.id, "where", "1", doc.layers["where"])
    expected = by_hand._all('SELECT article_id, stage, kind, start, "end", entity_id, data FROM annotations'
                            " ORDER BY article_id")
    assert rows[0] == rows[1] == expected and len(expected) == 30
    assert all(r["entity_id"] == "e:park" and '"words":[' in r["data"] for r in expected)


REPORT = ("قالت هيئة الأرصاد إن موجة من الأمطار الغزيرة ستصل إلى المناطق الساحلية مساء الخميس وتستمر حتى صباح "
          "السبت، ودعت السكان إلى تجنب الأودية ومجاري السيول، وأوضحت أن سرعة الرياح قد تبلغ ستين كيلومترا في "
          "الساعة على المرتفعات، وأن الدفاع المدني رفع درجة الاستعداد في المدن الكبرى ونشر فرقا إضافية قرب "
          "الطرق السريعة، كما طلبت من الصيادين عدم الإبحار خلال الأيام الثلاثة المقبلة حتى تهدأ الأمواج.")
TOWNS = ["جدة", "ينبع", "رابغ", "الليث", "القنفذة", "أملج", "ضباء", "الوجه", "حقل", "جازان"]


def test_syndication_with_workers_links_the_same_copies(tmp_path):
    """The signatures computed on a pool, in several batches, link the very copies the inline run links."""
    from marsad.executor import ExecutorOptions, make_executor
    from marsad.models import Article, RawDocument
    from marsad.stories.syndication import SyndicationOptions, syndicate

    def articles():
        out = []
        for i, town in enumerate(TOWNS):  # each town's report comes twice: a copy that adds a line
            text = REPORT.replace("الساحلية", f"الساحلية ومنها {town}")
            for k, extra in enumerate(("", f" وأغلقت بلدية {town} الحدائق العامة.")):
                n = 2 * i + k
                out.append(Article(id=f"w{n:03d}", raw_id=f"r{n:03d}", text=text + extra, outlet=f"موقع {k}",
                                   published_at=f"2026-01-{1 + i:02d}", origin=f"w{n}.txt"))
        out.append(Article(id="w999", raw_id="r999", text="خبر قصير لا بصمة له", outlet="موقع", origin="w999.txt",
                           published_at="2026-01-20"))
        return out

    groups = []
    for workers in (1, 2):
        s = open_store(str(tmp_path / f"syn{workers}.db"))
        arts = articles()
        for a in arts:
            s.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
        s.add_articles(arts)
        executor = make_executor(ExecutorOptions(workers=workers))
        try:
            report = syndicate(s, SyndicationOptions(batch_size=4), executor=executor)
        finally:
            executor.close()
        groups.append((report.articles, report.linked,
                       sorted((a.id, a.provenance.syndication_group, a.provenance.syndicated_from)
                              for a in s.iter_articles())))
        assert s.step_position("syndication_seq") == max(seq for seq, _ in s.article_seqs())
        s.close()
    assert groups[0] == groups[1]
    assert groups[0][0] == 21 and groups[0][1] >= 10


def test_the_first_batch_analysed_before_the_pool_forks_is_a_small_one(tmp_path, monkeypatch):
    """The workers wait while this process analyses the first batch (its models loaded and caches filled, then
    shared): ``FIRST_BATCH`` articles, not a whole batch; the same analysis as one worker."""
    from marsad.pipeline.runner import FIRST_BATCH

    assert 0 < FIRST_BATCH < ProcessOptions().batch_size
    monkeypatch.setattr(runner, "FIRST_BATCH", 5)
    d = corpus(tmp_path, 60)
    rows = {}
    for workers in (1, 2):
        s = open_store(str(tmp_path / f"first{workers}.db"))
        ingest(s, [str(d)])
        report = process(s, ProcessOptions(workers=workers, batch_size=20, corpus_steps=False),
                         build_pipeline([WHERE]))
        assert report.articles == 60
        rows[workers] = sorted((r["article_id"], r["start"], r["end"], r["data"]) for r in
                               s._all('SELECT article_id, start, "end", data FROM annotations'))
        by = pids(s)
        s.close()
    here = str(os.getpid())
    assert sum(1 for pid in by.values() if pid == here) == 5  # the rest on the pool's workers
    # which worker takes which batch is the scheduler's choice: a worker slow to start may find none left
    assert 1 <= len(set(by.values()) - {here}) <= 2
    assert rows[1] == rows[2] and len(rows[1]) == 60
