"""speed22 (issue 18): a pool's workers share what this process loaded and warmed before the pool forked —
models load once for the run, not once in each worker — and the output does not change."""

from __future__ import annotations

import os

from marsad.executor import ProcessExecutor
from marsad.ingest.run import ingest
from marsad.models import Doc, Span
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions, process
from marsad.pipeline.stage import Resources, Stage
from marsad.store import open_store


class Warmed:
    """A recipe whose resource is built before the pool forks (``before_fork``) and, in a worker, by ``build``."""

    def key(self) -> str:
        return "speed22-warmed"

    def build(self) -> dict:
        return {"token": os.urandom(4).hex(), "pid": os.getpid()}

    def before_fork(self) -> dict:
        return {**self.build(), "ahead": True}


def token(model: dict, item: int) -> tuple[int, str, int, int]:
    return item, model["token"], model["pid"], os.getpid()


def test_a_pool_uses_what_was_built_before_it_forked():
    pool = ProcessExecutor(2)
    try:
        out = list(pool.map(token, range(30), Warmed()))
    finally:
        pool.close()
    assert [r[0] for r in out] == list(range(30))
    assert {r[1] for r in out} == {out[0][1]} and {r[2] for r in out} == {os.getpid()}  # built once, here
    assert os.getpid() not in {r[3] for r in out}  # and used in the workers


LOADS = "speed22-loads"


def counting_stage(doc: Doc, res: Resources) -> None:
    """A stage with a model loaded on first use; each load leaves a line (its pid) in a file."""
    def load() -> dict:
        with open(res.settings["loads_file"], "a") as fh:
            fh.write(f"{os.getpid()}\n")
        return {"suffix": "حديقة"}

    model = res.get(LOADS, load)
    doc.layer("seen").append(Span("seen", 0, 1, model["suffix"], {"n": len(doc.text.split())}))


SEEN = Stage("seen", "1", counting_stage, assigns=("seen",))


BODY = ["افتتحت البلدية حديقة جديدة قرب السوق", "وحضر الافتتاح عدد كبير من سكان الحي وأطفالهم",
        "وقال المسؤول إن الأشجار ستزرع في الشتاء المقبل", "ووعدت البلدية بإنشاء ملعب صغير بجوار الحديقة"]


def corpus(tmp_path, n: int):
    d = tmp_path / "corpus"
    d.mkdir(exist_ok=True)
    for i in range(n):
        body = "\n\n".join(f"{s} رقم {i}." for s in BODY)
        (d / f"p{i:03d}.txt").write_text(f"خبر الحديقة رقم {i}\n\n{body}\n", encoding="utf-8")
    return d


def test_process_loads_the_models_once_for_all_its_workers(tmp_path):
    d = corpus(tmp_path, 40)
    out = {}
    for workers in (1, 2):
        loads = tmp_path / f"loads{workers}.txt"
        s = open_store(str(tmp_path / f"w{workers}.db"))
        ingest(s, [str(d)])
        report = process(s, ProcessOptions(workers=workers, batch_size=6, corpus_steps=False,
                                           settings={"loads_file": str(loads)}), build_pipeline([SEEN]))
        assert report.articles == 40 and report.failures == 0
        out[workers] = sorted((a.title, sp.label, sp.data["n"]) for a in s.iter_articles()
                              for sp in s.spans(a.id, kinds=["seen"]))
        s.close()
        assert loads.read_text().split() == [str(os.getpid())]  # one load, here, whatever the workers
    assert out[1] == out[2] and len(out[2]) == 40
