"""ANERcorp-style data: reading ``token TAG`` files, the honest split by blocks of documents, CoNLL scoring.

``anercorp/train.txt`` has no document markers, but its documents are
contiguous (a news story is 5-15 consecutive sentences).  ``split_blocks``
therefore cuts the file into ``N_BLOCKS`` contiguous blocks of about equal
token count (about 2,500 tokens, a handful of stories each, cut at sentence
boundaries) and holds out whole blocks spread through the file:

* ``dev``   — blocks ``DEV_BLOCKS`` (12% of the tokens): model and feature
  selection, early stopping;
* ``frozen`` — blocks ``FROZEN_BLOCKS`` (8%): scored once per round, after the
  code stopped changing; never used to choose anything;
* ``train`` — the rest, minus any sentence whose exact token sequence also
  occurs in a held-out block (the file repeats a few stories).

Only a story cut by a block edge can straddle train and held-out text.
Nothing built from the ANERcorp file (gazetteers, vocabularies) may read
the held-out blocks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from marsad.errors import InputError

Sentence = list[tuple[str, str]]  # [(token, BIO tag)]
N_BLOCKS = 50
DEV_BLOCKS = (3, 11, 19, 27, 35, 43)
FROZEN_BLOCKS = (7, 23, 31, 47)
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


@dataclass(slots=True)
class Split:
    """The honest split of an ANERcorp file (see the module docstring)."""

    train: list[Sentence]
    dev: list[Sentence]
    frozen: list[Sentence]


def block_of(sents: list[Sentence], n_blocks: int = N_BLOCKS) -> list[int]:
    """Block number of each sentence: contiguous runs of about ``total tokens / n_blocks`` tokens."""
    total = sum(map(len, sents)) or 1
    out, seen = [], 0
    for s in sents:
        out.append(min(n_blocks - 1, seen * n_blocks // total))
        seen += len(s)
    return out


def split_blocks(sents: list[Sentence]) -> Split:
    """The fixed honest split: held-out blocks of whole stories, train = the rest minus repeated sentences."""
    blocks = block_of(sents)
    dev = [s for s, b in zip(sents, blocks) if b in DEV_BLOCKS]
    frozen = [s for s, b in zip(sents, blocks) if b in FROZEN_BLOCKS]
    held = {tuple(w for w, _ in s) for s in dev + frozen}
    train = [
        s for s, b in zip(sents, blocks)
        if b not in DEV_BLOCKS and b not in FROZEN_BLOCKS and tuple(w for w, _ in s) not in held
    ]
    return Split(train, dev, frozen)


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
