"""Shared test fixtures: a fresh SQLite store per test, the path to ../shared (skipped when absent)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there (a user's fresh clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared holds third-party data; tests that read it run in CI)")
    return path


@pytest.fixture
def store(tmp_path):
    from marsad.store import open_store

    s = open_store(str(tmp_path / "marsad.db"))
    yield s
    s.close()


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


def run_cli(*args: str, db: str | Path | None = None, input: bytes | None = None,
            env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run `python -m marsad ...` as a user would, in a subprocess."""
    cmd = [sys.executable, "-m", "marsad"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(cmd + list(args), input=input, capture_output=True, env=full_env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"marsad {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db: str | Path, *extra: str) -> Iterator[str]:
    """`marsad serve` on 127.0.0.1 over ``db`` in a subprocess; yields its base URL, stops it after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "--db", str(db), "serve", "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode())
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
