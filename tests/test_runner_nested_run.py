"""speed23 (issue 18): a ``process`` run inside another (a corpus step analysing articles again, as merging people
does) leaves the heap the outer run froze as it is; the outer run gives it back to the collector when it ends."""

from __future__ import annotations

import gc

from marsad.ingest.run import ingest
from marsad.models import Doc, Span
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions, process
from marsad.pipeline.stage import Resources, Stage
from marsad.store import open_store


def words(doc: Doc, res: Resources) -> None:
    doc.layer("words").append(Span("words", 0, 1, "", {"n": len(doc.text.split())}))


WORDS = Stage("words", "1", words, assigns=("words",))


BODY = ["تهطل أمطار خفيفة على المرتفعات الغربية مساء اليوم", "وتنخفض درجات الحرارة قليلا في المناطق الساحلية",
        "ونصحت الأرصاد السائقين بالحذر على الطرق الجبلية", "ويتوقع أن يعود الطقس صحوا مع نهاية الأسبوع"]


def corpus(tmp_path, n: int):
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(n):
        body = "\n\n".join(f"{s} رقم {i}." for s in BODY)
        (d / f"p{i:02d}.txt").write_text(f"نشرة الطقس رقم {i}\n\n{body}\n", encoding="utf-8")
    return d


def test_a_run_inside_a_run_leaves_the_outer_runs_frozen_heap_frozen(tmp_path):
    s = open_store(str(tmp_path / "a.db"))
    ingest(s, [str(corpus(tmp_path, 12))])
    seen: dict[str, int] = {}

    def step(store, options, executor=None):
        """A corpus step that has some articles analysed again, by a run of its own."""
        frozen = gc.get_freeze_count()
        assert frozen > 0  # the outer run settled its heap before the steps
        again = process(store, ProcessOptions(batch_size=4, corpus_steps=False, redo=["words"]),
                        build_pipeline([WORDS]), executor=executor)
        seen["before"], seen["after"], seen["again"] = frozen, gc.get_freeze_count(), again.articles
        return ""

    from marsad.pipeline import runner

    steps, runner.corpus_steps = runner.corpus_steps, lambda: [step]
    try:
        report = process(s, ProcessOptions(batch_size=4), build_pipeline([WORDS]))
    finally:
        runner.corpus_steps = steps
    assert report.articles == 12 and report.failures == 0 and seen["again"] == 12
    # the inner run did not unfreeze the outer one's heap (frozen objects freed meanwhile leave it: not all remain)
    assert seen["after"] > seen["before"] // 2
    assert gc.get_freeze_count() == 0  # the outer run, ending, did
    assert sum(1 for a in s.iter_articles() for _ in s.spans(a.id, kinds=["words"])) == 12
    s.close()
