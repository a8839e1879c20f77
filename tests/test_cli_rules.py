"""What a reader meets on the command line: one paging rule for listings, clear errors for what was mistyped."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

# Our own short reports; a structured record is an article however short.
SENTENCES = ["افتتحت البلدية حديقة عامة جديدة في الحي الشمالي", "أعلنت الجامعة مواعيد التسجيل للفصل الصيفي",
             "وصل وفد تجاري إلى الميناء لبحث توسيع الأرصفة", "نظمت المدرسة معرضا للعلوم بمشاركة الطلاب",
             "عقد المجلس البلدي جلسته الشهرية لمناقشة الميزانية"]


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """A database of 1,200 short articles from one JSON Lines export."""
    tmp = tmp_path_factory.mktemp("cli")
    export = tmp / "export.jsonl"
    with export.open("w", encoding="utf-8") as f:
        for i in range(1200):
            text = (f"{SENTENCES[i % 5]}، في خبر رقم {i} من نشرة الحي. وقال المسؤول إن العمل سيستمر حتى نهاية"
                    " الشهر، وإن السكان مدعوون إلى المشاركة في الاجتماع المقبل.")
            f.write(json.dumps({"title": f"خبر {i}", "content": text, "source": "نشرة الحي",
                                "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"}, ensure_ascii=False) + "\n")
    db = tmp / "many.db"
    run_cli("ingest", str(export), db=db)
    return db


def test_json_streams_every_row_unless_limited(many):
    lines = run_cli("articles", "--json", db=many).stdout.decode().splitlines()
    assert len(lines) == 1200 and len({json.loads(x)["id"] for x in lines}) == 1200
    assert len(run_cli("articles", "--json", "--limit", "7", db=many).stdout.decode().splitlines()) == 7
    assert len(run_cli("articles", "--json", "--limit", "0", db=many).stdout.decode().splitlines()) == 1200


def test_terminal_shows_a_page_and_says_how_to_see_the_rest(many):
    out = run_cli("articles", db=many).stdout.decode().splitlines()
    rows = [line for line in out[1:] if line and not line.startswith("…")]
    assert len(rows) == 50
    footer = out[-1]
    assert footer.startswith(f"… 1,150 more: marsad --db {many} articles --after ")  # the database read, named
    last_shown = rows[-1].split()[0]
    assert f"--after {last_shown}" in footer
    # The footer's command continues exactly after the last row shown.
    nxt = run_cli("articles", "--after", last_shown, "--limit", "3", "--json", db=many).stdout.decode().splitlines()
    ids = [json.loads(x)["id"] for x in run_cli("articles", "--json", db=many).stdout.decode().splitlines()]
    assert [json.loads(x)["id"] for x in nxt] == ids[50:53]
    assert len(run_cli("articles", "--limit", "0", db=many).stdout.decode().splitlines()) == 1201  # header + all


def test_filters_are_checked_not_silently_empty(many):
    for args in (["articles", "--since", "2015-13-45"], ["articles", "--until", "yesterday"],
                 ["events", "--type", "FOO"], ["quotes", "--speaker", "xyzzy"], ["relations", "xyzzy"],
                 ["stories", "--since", "2026-1-1"], ["articles", "--outlet", "nosuchpaper"],
                 ["articles", "--after", "ffffffffffff"], ["entity", "xyzzy"], ["articles", "--limit", "-3"]):
        proc = run_cli(*args, db=many, check=False)
        assert proc.returncode == 2, args
        assert proc.stderr.decode().startswith("marsad: error:"), args
        assert b"Traceback" not in proc.stderr
    # A valid filter with no match is an empty answer, not an error.
    ok = run_cli("articles", "--since", "2030-01-01", db=many, check=False)
    assert ok.returncode == 0 and "nothing to list" in ok.stdout.decode()
    assert run_cli("articles", "--outlet", "نشرة الحي", "--limit", "0", db=many).stdout.decode().count("\n") == 1201


def test_a_database_that_does_not_exist_is_an_error(tmp_path):
    typo = tmp_path / "typo.db"
    for command in (["stories"], ["articles"], ["process"], ["serve"], ["stats"], ["entities"]):
        proc = run_cli(*command, db=typo, check=False)
        assert proc.returncode == 2 and b"no database at" in proc.stderr, command
    assert not typo.exists()
    # Commands that create one still do.
    (tmp_path / "a.txt").write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    run_cli("ingest", str(tmp_path / "a.txt"), db=typo, check=False)  # (too short to store: rejected, recorded)
    assert typo.exists()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    proc = run_cli("stories", db=notes, check=False)
    assert proc.returncode == 1
    assert b"is not a Marsad database" in proc.stderr and b"Traceback" not in proc.stderr
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_ingesting_a_missing_path_fails_and_ingests_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    proc = run_cli("ingest", str(tmp_path / "a.txt"), str(tmp_path / "nonexistent.txt"), db=tmp_path / "x.db",
                   check=False)
    assert proc.returncode == 2 and b"nonexistent.txt" in proc.stderr
    assert not (tmp_path / "x.db").exists()


def test_the_demo_prints_a_command_that_works_as_printed(tmp_path):
    import os
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).parent / "marsad"
    if not exe.exists():
        pytest.skip("the marsad script is not installed beside this Python")
    env = {**os.environ, "PATH": "/usr/bin:/bin"}  # a shell where the venv is not active
    out = subprocess.run([str(exe), "demo", "--out", "d.db"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout
    first, second = out.splitlines()[:2]
    assert first.startswith("Marsad demo: 12 articles from 4 outlets") and second.startswith("Found ")
    lines = out.strip().splitlines()
    hints = lines[lines.index("Explore (each line a command to paste):") + 1:]
    assert len(hints) == 4 and all("|" not in h for h in hints)  # (a pasted "|" would pipe one into the next)
    command = shlex.split(hints[0])  # "... --db d.db stories"
    listed = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) >= 4  # a header and the demo's three stories


def test_reingesting_adds_no_rejections_and_blank_text_has_its_own_reason(tmp_path):
    export = tmp_path / "export.jsonl"
    good = ("افتتحت البلدية حديقة عامة جديدة في الحي الشمالي بحضور السكان، وقال رئيس البلدية إن الحديقة ستفتح "
            "أبوابها كل يوم من الصباح حتى المساء، وإن العمل جار على حديقتين أخريين.")
    rows = [{"title": "حديقة", "content": good}, {"title": "فارغ", "content": "   \n  "},
            {"title": "بلا نص", "headline_only": "عنوان"}]
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "r.db"
    first = run_cli("ingest", str(export), db=db).stderr.decode()
    assert "2 rejected" in first
    reasons = [json.loads(x)["reason"] for x in run_cli("rejections", "--json", db=db).stdout.decode().splitlines()]
    assert len(reasons) == 2
    assert any("blank" in r for r in reasons) and any("no text field" in r for r in reasons)
    again = run_cli("ingest", str(export), db=db).stderr.decode()
    assert "0 rejected (2 already recorded)" in again
    assert len(run_cli("rejections", "--json", db=db).stdout.decode().splitlines()) == 2
