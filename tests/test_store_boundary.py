"""The store owns every query: no SQL, no driver and no concrete backend outside ``marsad.store``."""

from __future__ import annotations

import re
from pathlib import Path

from marsad.store import Store
from marsad.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "marsad"

# What SQL looks like in Python source: a statement keyword followed by its clause keyword, a driver
# import, or a raw cursor call.
SQL = [
    re.compile(r"\bSELECT\b[\s\S]{0,400}?\bFROM\b"),
    re.compile(r"\bINSERT\s+(OR\s+\w+\s+)?INTO\b"),
    re.compile(r"\bUPDATE\s+\w+\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\b"),
    re.compile(r"\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|VIRTUAL)\b"),
    re.compile(r"^\s*(import|from)\s+(sqlite3|psycopg|psycopg_pool)\b", re.M),
    re.compile(r"\.(execute|executemany|executescript)\s*\("),
    re.compile(r"\bstore\.(query|conn)\b"),
]


def offenders(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for pattern in SQL:
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                out.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)[:60]!r}")
    return out


def outside_store() -> list[Path]:
    files = [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts[:1]]
    files += list((ROOT / "eval").rglob("*.py")) + list((ROOT / "benchmarks").rglob("*.py"))
    return sorted(files)


def test_no_sql_outside_the_store():
    files = outside_store()
    assert len(files) > 50  # the scan sees the package, the evaluations and the benchmarks
    found = offenders(files)
    assert found == [], "SQL outside marsad.store (add a Store method instead):\n" + "\n".join(found)


def test_the_scan_catches_sql(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('import sqlite3\nrows = store.query("SELECT id\\n FROM articles")\n'
                   'store.conn.execute("DELETE FROM x")\n', encoding="utf-8")
    found = _scan(bad)
    assert sorted(found) == sorted(["SELECT id\\n FROM", "DELETE FROM", "import sqlite3", ".execute(",
                                    "store.query", "store.conn"])


def _scan(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [m.group(0).strip() for pattern in SQL for m in pattern.finditer(text)]


def test_domain_code_is_typed_against_the_contract():
    concrete = [str(p.relative_to(ROOT)) for p in outside_store() if "SQLiteStore" in p.read_text(encoding="utf-8")]
    assert concrete == [], f"typed against SQLiteStore instead of Store: {concrete}"


def test_the_contract_has_no_raw_sql():
    for name in ("query", "execute", "conn"):
        assert not hasattr(Store, name)
        assert not hasattr(SQLiteStore, name) or name == "conn"
    public = {n for n in dir(Store) if not n.startswith("_")}
    missing = sorted(n for n in public if not callable(getattr(SQLiteStore, n, None)) and n != "path")
    assert missing == [], f"SQLiteStore lacks Store methods: {missing}"
