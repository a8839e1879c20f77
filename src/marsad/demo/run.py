"""``marsad demo``: ingest the bundled corpus into a fresh database, process it, print a readable summary."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from marsad.ingest.run import IngestOptions, ingest
from marsad.pipeline.runner import ProcessOptions, process
from marsad.store import open_store
from marsad.store.sqlite import SQLiteStore


def corpus_path() -> Path:
    """Folder of the bundled demo corpus (our own fictional Arabic news)."""
    return Path(str(resources.files("marsad.demo") / "corpus"))


def run_demo(db_path: str, *, workers: int = 1) -> str:
    """Build the demo database from scratch and return the summary text."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    store = open_store(db_path)
    ing = ingest(store, [str(corpus_path())], IngestOptions())
    proc = process(store, ProcessOptions(workers=workers))
    return summary(store, header=f"Marsad demo — {db_path}\n{ing.summary()}\n{proc.summary()}")


def summary(store: SQLiteStore, *, header: str = "") -> str:
    """A readable overview of what a database holds: sections are added as capabilities grow."""
    lines = [header, ""] if header else []
    stats = store.stats()
    lines.append(f"{stats['tables']['articles']} articles from {len(stats['outlets'])} outlets:")
    for outlet, n in stats["outlets"].items():
        lines.append(f"  {n:>3}  {outlet}")
    for section in _sections():
        text = section(store)
        if text:
            lines += ["", text]
    rej = store.rejections()
    if rej:
        lines += ["", f"{len(rej)} rejected (see `marsad rejections`)"]
    lines += ["", f"Explore: marsad --db {store.path} articles | search QUERY | show ID"]
    return "\n".join(lines)


def _sections():
    """Summary sections contributed by the analysis areas, in order."""
    out = []
    for module, attr in (("marsad.stories.summary", "demo_section"), ("marsad.nlp.entity_queries", "demo_section"),
                         ("marsad.nlp.quotes", "demo_section"), ("marsad.nlp.events", "demo_section")):
        try:
            mod = __import__(module, fromlist=[attr])
            out.append(getattr(mod, attr))
        except (ImportError, AttributeError):
            continue
    return out
