"""A new user's first hour, round 43: what they stumbled on, each held to the fix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from marsad.cli.main import main

SRC = str(Path(__file__).resolve().parents[1] / "src")

CTRL_C_IN_A_POOL = textwrap.dedent("""
    import os, signal, sys, threading, time
    sys.path.insert(0, {src!r})
    from marsad.executor import ProcessExecutor

    class Nothing:
        def key(self):
            return "nothing"

        def build(self):
            return None

    def nap(_, item):
        time.sleep(1.5)
        return item

    pool = ProcessExecutor(2)
    # Ctrl-C on a terminal reaches every process of the command, while this one waits for a result
    threading.Timer(0.8, os.killpg, (0, signal.SIGINT)).start()
    try:
        for _ in pool.map(nap, range(12), Nothing()):
            pass
    except KeyboardInterrupt:
        print("interrupted")
    finally:
        pool.close()
    print("closed")
""")


def test_ctrl_c_in_a_run_with_workers_stops_it_without_a_traceback_per_worker(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(CTRL_C_IN_A_POOL.format(src=SRC), encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)  # (the run hung: the pool waited forever for the workers' lost tasks)
        run.communicate()
        pytest.fail("after Ctrl-C the run never ended: its pool waited for the tasks the interrupted workers held")
    assert out.split() == ["interrupted", "closed"]
    assert "Traceback" not in err, err


def test_ctrl_c_says_what_was_kept_and_how_to_go_on_not_a_traceback(tmp_path, capsys, monkeypatch):
    import marsad

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    db = tmp_path / "news.db"
    db.touch()
    monkeypatch.setattr(marsad, "open", interrupted)
    assert main(["--db", str(db), "process"]) == 130  # as a shell says a command stopped by Ctrl-C
    err = capsys.readouterr().err
    assert "interrupted" in err and "run the same command again" in err
