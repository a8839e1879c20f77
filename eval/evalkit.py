"""Small pieces shared by the evaluation scripts (run as ``python eval/<script>.py``, so this folder is on the path)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path


def failed_floors(results: dict, floors: dict[str, float]) -> list[str]:
    """The floors not met: each key is a dotted path into ``results`` ("frozen.ASSAULT.precision"); a figure
    that is missing counts as 0."""
    failed = []
    for key, floor in floors.items():
        got = results
        for part in key.split("."):
            got = got.get(part, {}) if isinstance(got, dict) else {}
        got = got if isinstance(got, (int, float)) else 0.0
        if got < floor:
            failed.append(f"{key} {got:.3f} < floor {floor}")
    return failed


def run_marsad(db: Path, *args: str, out: Path | None = None) -> None:
    """``marsad --db DB ARGS`` in a child process (as a user runs it); its output to ``out``, else discarded."""
    cmd = [sys.executable, "-m", "marsad", "--db", str(db), *args]
    if out is None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    else:
        with open(out, "w", encoding="utf-8") as fh:
            subprocess.run(cmd, check=True, stdout=fh)


def add_subset_command(sub) -> None:
    """The ``subset DAY_ZIP OUT [--n] [--seed]`` sub-command of the reading samplers."""
    d = sub.add_parser("subset")
    d.add_argument("day_zip", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=400)
    d.add_argument("--seed", type=int, default=2015)
    d.add_argument("--complement", action="store_true",
                   help="write the day's kept records the sample leaves out (articles no reading has seen)")


def write_day_subset(day_zip: Path, out: Path, n: int, seed: int,
                     keep: Callable[[dict], bool], complement: bool = False) -> tuple[int, int, int]:
    """A fixed-seed random ``n`` (``random.Random(seed).sample``) of the kept records of a SaudiNewsNet day zip,
    written to ``out`` as one JSON list; returns (records, kept, written).  With ``complement``, the kept
    records that sample leaves out are written instead, in the day's order."""
    with zipfile.ZipFile(day_zip) as z:
        records = json.loads(z.read(z.namelist()[0]))
    kept = [r for r in records if keep(r)]
    chosen = random.Random(seed).sample(kept, min(n, len(kept)))
    if complement:
        taken = {id(r) for r in chosen}
        chosen = [r for r in kept if id(r) not in taken]
    out.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    return len(records), len(kept), len(chosen)
