"""Beyond one machine: PostgreSQL from every command, several writers at once, Dask workers.

The same corpus through SQLite in one process and through PostgreSQL with Dask
workers gives the same articles, stories, quotes and search results.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT, pg_truncate, run_cli

import marsad
from marsad.demo.run import corpus_path
from marsad.models import to_dict
from marsad.pipeline.registry import build_pipeline
from marsad.pipeline.runner import ProcessOptions

QUERIES = ("نابل", "الأردن", "مياه النيل", "وزير الخارجية", "السعودية")


def snapshot(m: marsad.library.Marsad) -> dict:
    """What a user sees: the articles, which story each is in, the quotes, and what searches find."""
    partition = m.store.story_partition()
    stories = {}
    for aid, sid in partition.items():
        stories.setdefault(sid, set()).add(aid)
    return {
        "articles": sorted((a.id, a.title, a.text, a.provenance.syndication_group) for a in m.iter_articles()),
        "stories": sorted(sorted(members) for members in stories.values()),
        "story_ids": sorted(partition.items()),
        "quotes": sorted(json.dumps(to_dict(q), ensure_ascii=False, sort_keys=True)
                         for g in m.quotes() for q in g.quotes),
        "search": {q: sorted(r["id"] for r in m.search(q, limit=50)["results"]) for q in QUERIES},
        "entities": m.entities(limit=None),
    }


def test_sqlite_in_one_process_equals_postgresql_on_dask_workers(tmp_path, pg_url):
    with marsad.open(str(tmp_path / "one.db")) as m:
        m.ingest([str(corpus_path())])
        m.process(ProcessOptions(workers=1))
        one = snapshot(m)
    pg_truncate(pg_url)
    with marsad.open(pg_url) as m:
        m.ingest([str(corpus_path())])
        report = m.process(ProcessOptions(dask="local", workers=2, batch_size=2))  # six tasks over two workers
        assert report.articles == 12 and report.failures == 0
        many = snapshot(m)
    assert len(one["articles"]) == 12 and len(one["stories"]) == 3 and len(one["quotes"]) > 20
    assert all(one["search"].values())
    for key in one:
        assert many[key] == one[key], key


def test_every_command_takes_a_postgresql_url(tmp_path, pg_url):
    pg_truncate(pg_url)
    run_cli("ingest", str(corpus_path()), db=pg_url)
    run_cli("process", "--workers", "2", env={"MARSAD_DB": pg_url})
    stories = [json.loads(l) for l in run_cli("stories", "--json", db=pg_url).stdout.splitlines()]
    assert len(stories) == 3
    assert stories[0]["title"] in run_cli("story", stories[0]["id"][:8], db=pg_url).stdout.decode()
    assert len(run_cli("search", "نابل", "--json", db=pg_url).stdout.splitlines()) == 4
    # serve, with the database named by MARSAD_DB
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--port", str(port)],
                              env={**__import__("os").environ, "MARSAD_DB": pg_url},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        stats = _get_json(f"http://127.0.0.1:{port}/api/stats", server)
        assert stats["tables"]["articles"] == 12
        found = _get_json(f"http://127.0.0.1:{port}/api/search?q=%D9%86%D8%A7%D8%A8%D9%84", server)
        assert len(found["items"]) == 4 and all("نابل" in r["snippet"] for r in found["items"])
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_processes_write_at_once_and_nothing_is_lost_or_done_twice(tmp_path, pg_url):
    """Two `process` runs share the pending articles (SKIP LOCKED claims): each article is analysed once."""
    pg_truncate(pg_url)
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(80):
        (d / f"n{i:03d}.txt").write_text(
            f"اجتماع المجلس البلدي رقم {i}\n\nعقد المجلس البلدي جلسته رقم {i} في مقره بحضور الأعضاء.\n\n"
            f"وقال رئيس المجلس إن المشروع رقم {i} سيبدأ في الربيع المقبل بعد موافقة الوزارة.", encoding="utf-8")
    marsad.open(pg_url).ingest([str(d)])
    code = ("import sys, marsad; from marsad.pipeline.runner import ProcessOptions; "
            "r = marsad.open(sys.argv[1]).process(ProcessOptions(batch_size=4, only=['quotes'])); print(r.articles)")
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    counts = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
        counts.append(int(out.split()[-1]))
    assert sum(counts) == 80 and all(counts), counts  # both took part, none twice
    m = marsad.open(pg_url)
    stages = build_pipeline(only=["quotes"]).names
    assert "quotes" in stages and "sentences" in stages
    for a in m.iter_articles():
        assert sorted(m.store.stage_versions(a.id)) == sorted(stages)
        spans = [(s.kind, s.start, s.end) for s in m.store.spans(a.id)]
        assert len(spans) == len(set(spans)) and spans
    assert m.store.claimed_by_others("nobody") == 0  # every claim given back


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, server: subprocess.Popen) -> dict:
    for _ in range(150):
        if server.poll() is not None:
            raise AssertionError(server.stderr.read().decode())
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.loads(r.read())
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}")


def test_ingest_on_dask_workers_stores_what_one_process_stores(tmp_path):
    from marsad.ingest.run import IngestOptions

    with marsad.open(str(tmp_path / "plain.db")) as m:
        m.ingest([str(corpus_path())])
        plain = sorted((a.id, a.title, a.text, a.outlet) for a in m.iter_articles())
    with marsad.open(str(tmp_path / "dask.db")) as m:
        report = m.ingest([str(corpus_path())], IngestOptions(dask="local", workers=2))
        assert report.articles_added == 12 and report.rejected == 0
        assert sorted((a.id, a.title, a.text, a.outlet) for a in m.iter_articles()) == plain
        again = m.ingest([str(corpus_path())], IngestOptions(dask="local", workers=2))
        assert again.articles_added == 0 and again.duplicates == again.seen  # the same bytes: nothing twice
