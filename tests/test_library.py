"""The front door: ``marsad.open(db)`` runs ingest → process → stories, and the CLI answers the same."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import ROOT, run_cli

import marsad
from marsad.demo.run import corpus_path
from marsad.nlp.quote_records import QuoteQuery


def test_open_ingest_process_and_read(tmp_path):
    db = str(tmp_path / "lib.db")
    with marsad.open(db) as m:
        assert m.ingest([str(corpus_path())]).articles_added == 12
        report = m.process()
        assert report.articles == 12 and report.failures == 0
        stories = m.stories(min_size=2)
        assert len(stories) == 3 and all(len(s["outlets"]) >= 2 for s in stories)
        floods = next(s for s in stories if "نابل" in s["title"])
        assert m.story(floods["id"][:8])["id"] == floods["id"]  # a unique prefix names a story
        assert {r["id"] for r in m.search("نابل")["results"]} >= {a["id"] for a in floods["articles"]}
        assert m.quotes(QuoteQuery(limit=5)) and m.events()
        top = m.entities(limit=1)[0]
        assert m.entity(top["id"])["mentions"] == top["mentions"]
        assert m.stats()["tables"]["articles"] == 12
    # The CLI is a shell over the same object: same stories, same search.
    cli_stories = [json.loads(l) for l in run_cli("stories", "--min-size", "2", "--json", db=db).stdout.splitlines()]
    assert [s["id"] for s in cli_stories] == [s["id"] for s in stories]
    cli_hits = [json.loads(l)["id"] for l in run_cli("search", "نابل", "--json", db=db).stdout.splitlines()]
    assert cli_hits == [r["id"] for r in marsad.open(db, readonly=True).search("نابل")["results"]]


def test_ingest_then_process_from_the_cli_passes_options_not_flags(tmp_path):
    db = tmp_path / "p.db"
    proc = run_cli("ingest", str(corpus_path()), "--process", "--workers", "2", db=db)
    assert b"12 articles processed" in proc.stderr
    assert len(marsad.open(str(db)).stories(min_size=2)) == 3


def test_the_readme_example_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## From Python.*?```python\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "src").symlink_to(ROOT / "src")  # the example reads the demo corpus from a checkout
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "نابل" in proc.stdout.decode() and (tmp_path / "news.db").exists()
