"""The CLI as a user runs it: effects checked through the library, JSON Lines output, docs in sync."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import ROOT, run_cli, shared_path

from marsad.cli.main import build_parser

TEXT = ("عنوان الخبر التجريبي\n\nأعلنت البلدية افتتاح حديقة جديدة في وسط المدينة يوم السبت بحضور عدد من السكان.\n\n"
        "وقال رئيس البلدية إن الحديقة مفتوحة للجميع طوال أيام الأسبوع، وإن الدخول إليها مجاني.")


def test_ingest_process_list_show(tmp_path):
    db = tmp_path / "c.db"
    (tmp_path / "n.txt").write_text(TEXT, encoding="utf-8")
    run_cli("ingest", str(tmp_path / "n.txt"), db=db)
    run_cli("process", db=db)
    rows = [json.loads(l) for l in run_cli("articles", "--json", db=db).stdout.decode().splitlines()]
    assert len(rows) == 1 and {"id", "outlet", "published_at", "title", "language", "length", "origin"} <= set(rows[0])
    shown = json.loads(run_cli("show", rows[0]["id"][:8], "--json", db=db).stdout)
    assert "حديقة جديدة" in shown["article"]["text"]
    assert shown["annotations"]["sentence"], "process adds sentences"
    text_out = run_cli("show", rows[0]["id"], db=db).stdout.decode()
    assert "حديقة جديدة" in text_out


def test_env_var_names_the_database(tmp_path):
    db = tmp_path / "env.db"
    (tmp_path / "n.txt").write_text(TEXT, encoding="utf-8")
    run_cli("ingest", str(tmp_path / "n.txt"), env={"MARSAD_DB": str(db)})
    assert db.exists()


def test_show_unknown_article_fails_clearly(tmp_path):
    (tmp_path / "n.txt").write_text(TEXT, encoding="utf-8")
    run_cli("ingest", str(tmp_path / "n.txt"), db=tmp_path / "e.db")
    proc = run_cli("show", "ffffffff", db=tmp_path / "e.db", check=False)
    assert proc.returncode == 2 and b"no article" in proc.stderr


def test_json_output_is_json_lines_when_piped(tmp_path):
    db = tmp_path / "j.db"
    (tmp_path / "bad.txt").write_bytes(b"")
    assert run_cli("ingest", str(tmp_path / "bad.txt"), db=db, check=False).returncode == 1  # nothing stored
    out = run_cli("rejections", "--json", db=db).stdout.decode().splitlines()
    assert [json.loads(l)["reason"] for l in out] == ["empty file"]
    stats = json.loads(run_cli("stats", "--json", db=db).stdout)
    assert stats["tables"]["rejections"] == 1
    again = run_cli("ingest", str(tmp_path / "bad.txt"), db=db, check=False)
    assert b"\x1b[" not in again.stderr  # no progress bar when piped


def test_search_seeds_with_and_without_diacritics_and_alef_variants(tmp_path):
    db = tmp_path / "s.db"
    run_cli("ingest", str(shared_path("seeds")), db=db)

    def hits(q: str) -> list[str]:
        return [json.loads(l)["origin"] for l in run_cli("search", q, "--json", db=db).stdout.decode().splitlines()]

    plain = hits("الاتفاقية")
    assert plain and hits("الاتِّفاقِيَّة") == plain
    assert hits("أوكرانيا") == hits("اوكرانيا") and hits("اوكرانيا")
    assert hits("إطار") == hits("اطار")
    # One spelling of an entity finds articles that use only another: 001, 003 and 004 write بيونغ يانغ.
    spelled_j = {o.rsplit("/", 1)[-1][:3] for o in hits("بيونج يانج")}
    assert {"001", "003", "004"} <= spelled_j


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    missing = [name for name in sub.choices if not re.search(rf"marsad {re.escape(name)}\b", readme)]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_setting_is_documented_in_the_readme():
    from marsad.settings import SETTINGS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [s.env for s in SETTINGS if f"`{s.env}`" not in readme] == []


def test_demo_prints_a_summary(tmp_path):
    out = run_cli("demo", "--out", str(tmp_path / "demo.db")).stdout.decode()
    assert "12 articles from 4 outlets" in out
    assert Path(tmp_path / "demo.db").exists()


def test_progress_bar_on_a_terminal_only(tmp_path):
    """On a terminal, ingest shows a bar with counts and a rate; piped, it prints none (checked above)."""
    import os
    import pty
    import subprocess
    import sys

    for i in range(30):
        (tmp_path / f"n{i}.txt").write_text(TEXT.replace("حديقة", f"حديقة رقم {i}"), encoding="utf-8")

    def on_a_terminal(*args: str) -> str:
        leader, follower = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "marsad", "--db", str(tmp_path / "p.db"), *args],
                                stdin=follower, stdout=follower, stderr=follower, env={**os.environ, "COLUMNS": "120"})
        os.close(follower)
        out = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        proc.wait(timeout=300)
        assert proc.returncode == 0
        return out.decode("utf-8", "replace")

    text = on_a_terminal("ingest", str(tmp_path))
    assert "ingest" in text and "30" in text and "/s" in text
    # After the articles, every corpus step says what it is doing: nothing runs for long in silence.
    text = on_a_terminal("process")
    assert "process" in text and "30/30" in text
    for label in ("knowledge base", "finding copies", "stories", "story pages"):
        assert label in text, label
