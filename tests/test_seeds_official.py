"""The official scorers in ../shared/tools, run on what the CLI prints for the seed pages, end to end."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import run_cli, shared_path


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    seeds = shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run_cli("ingest", str(seeds), db=db)
    run_cli("process", db=db)
    return db


def score(tool: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, str(shared_path("tools", tool)), *args], capture_output=True, text=True)
    assert proc.returncode == 0, f"{tool} below its floor:\n{proc.stdout}{proc.stderr}"
    return proc.stdout


def dump(db, tmp_path, *command: str) -> str:
    out = tmp_path / (command[0] + ".jsonl")
    out.write_bytes(run_cli(*command, "--json", db=db).stdout)
    return str(out)


def test_extraction_scorer(seeds_db, tmp_path):
    report = score("score_extract.py", str(shared_path("gold", "seeds.json")), str(shared_path("seeds")),
                   dump(seeds_db, tmp_path, "articles"))
    assert "glued article kept apart: True" in report


def test_quotes_scorer(seeds_db, tmp_path):
    report = score("score_quotes_seeds.py", str(shared_path("gold", "seeds.json")), dump(seeds_db, tmp_path, "quotes"))
    found = int(report.split("seeds: ")[1].split("/")[0])
    assert found >= 23


@pytest.mark.xfail(strict=True, reason="known gap (issue 14): the undated seed pages 001 (2023) and 002-004 (2024) "
                   "read alike to the pair model; see tests/test_stories.py::SEEDS_UNDATED")
def test_stories_scorer(seeds_db, tmp_path):
    report = score("score_stories_seeds.py", dump(seeds_db, tmp_path, "stories"))
    assert "grouping right" in report
