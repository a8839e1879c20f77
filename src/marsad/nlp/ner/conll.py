"""ANERcorp-style data: reading ``token TAG`` files, the fixed dev split, and CoNLL entity-level scoring.

The dev split is FIXED: sentence number ``i`` (0-based, in file order) is a
dev sentence when ``i % 10 == 9`` — every 10th sentence, 397 of the 3,973
sentences of ``anercorp/train.txt``.  The shipped model is trained on the
other 90%, so dev scores measured with it are honest.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from marsad.errors import InputError

Sentence = list[tuple[str, str]]  # [(token, BIO tag)]
DEV_EVERY = 10
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")


def shared_data_dir() -> Path:
    """``../shared/data`` relative to the repository checkout (``MARSAD_SHARED`` overrides)."""
    from marsad import settings

    return Path(settings.get("shared")) / "data"


def read_conll(path: Path, sep: str | None = None) -> list[Sentence]:
    """Read ``token TAG`` lines (blank line between sentences); a line without a tag counts as ``O``.

    Raises InputError when the file cannot be read.
    """
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read NER data {path}: {exc}") from exc
    sents: list[Sentence] = []
    cur: Sentence = []
    with fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split(sep) if sep else line.split()
            cur.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if cur:
        sents.append(cur)
    return sents


def split_dev(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """The fixed (train, dev) split: every 10th sentence (index % 10 == 9) is dev."""
    train = [s for i, s in enumerate(sents) if i % DEV_EVERY != DEV_EVERY - 1]
    dev = [s for i, s in enumerate(sents) if i % DEV_EVERY == DEV_EVERY - 1]
    return train, dev


def write_conll(sents: Iterable[Sentence], path: Path, sep: str = " ") -> None:
    """Write sentences as ``token<sep>TAG`` lines with a blank line after each sentence."""
    with open(path, "w", encoding="utf-8") as fh:
        for s in sents:
            for tok, tag in s:
                fh.write(f"{tok}{sep}{tag}\n")
            fh.write("\n")


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence, CoNLL style: a stray I- starts an entity."""
    out: set[tuple[int, int, str]] = set()
    start: int | None = None
    typ = ""
    for i, t in enumerate(list(tags) + ["O"]):
        b, ty = t[:2], t[2:]
        if start is not None and (t == "O" or b == "B-" or ty != typ):
            out.add((start, i, typ))
            start = None
        if t != "O" and (b == "B-" or start is None):
            start, typ = i, ty
    return out


@dataclass(slots=True)
class Score:
    """Entity-level counts per type, with precision/recall/F1 helpers."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        """(precision, recall, F1) for one type, or overall when ``typ`` is None."""
        if typ is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def types(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fn) | set(self.fp))

    def report(self) -> str:
        """Lines in the format of ../shared/tools/score_ner.py."""
        lines = []
        for ty in sorted(set(self.tp) | set(self.fn)):
            p, r, f1 = self.prf(ty)
            lines.append(f"{ty:5s} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        p, r, f1 = self.prf()
        lines.append(f"overall P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        return "\n".join(lines)


def score(gold: list[list[str]], pred: list[list[str]]) -> Score:
    """CoNLL entity-level score of predicted tag sequences against gold ones (same shapes)."""
    if len(gold) != len(pred) or any(len(g) != len(p) for g, p in zip(gold, pred)):
        raise InputError("gold and predicted tag sequences differ in shape")
    sc = Score()
    for g, p in zip(gold, pred):
        G, P = bio_spans(g), bio_spans(p)
        for x in G & P:
            sc.tp[x[2]] += 1
        for x in P - G:
            sc.fp[x[2]] += 1
        for x in G - P:
            sc.fn[x[2]] += 1
    return sc
