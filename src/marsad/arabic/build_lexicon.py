"""Build ``data/lexicon.tsv.gz``: normalised word counts and known names.

Run from the repository root (reads ``../shared/data``, or ``$MARSAD_SHARED/data``)::

    python -m marsad.arabic.build_lexicon [--shared PATH] [--min-count 3]

Sources: word counts over the SaudiNewsNet article texts and titles (only
single normalised words and their counts are written — no running text), plus
the shared name lists (arabic-names, Wikidata transliterations, ANERGazet,
country names): flag ``n`` for a name from which no clitic may be cut, ``w`` for
a weaker name token that only counts as a known word.  Counts are raw corpus
counts (0 for a name never seen in the corpus).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from marsad import settings
from marsad.arabic.lexicon import LEXICON_PATH
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import TOKEN_RE

DEFAULT_SHARED = Path(settings.get("shared"))
# Wikidata name tokens seen this often are real names, not transliteration noise.
WD_STRONG = 3
_AR_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]+$")


def count_corpus(shared: Path) -> Counter[str]:
    """Counts of normalised Arabic words over all SaudiNewsNet zips."""
    counts: Counter[str] = Counter()
    ar = TOKEN_RE.groupindex["ar"]
    for zpath in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for member in zf.namelist():
                if not member.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(member).decode("utf-8")):
                    text = normalize(f"{rec.get('title') or ''}\n{rec.get('content') or ''}")
                    counts.update(m.group() for m in TOKEN_RE.finditer(text) if m.lastindex == ar)
    return counts


def _words(phrase: str) -> list[str]:
    return [w for w in normalize(phrase).split() if _AR_WORD.match(w) and len(w) >= 2]


def _add_tree(obj: object, names: set[str]) -> None:
    stack = [obj]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
        elif isinstance(cur, str):
            names.update(_words(cur))


def collect_names(shared: Path) -> tuple[set[str], set[str]]:
    """Single-word names from the shared lists (normalised).

    Returns ``(strong, weak)``: names from curated lists (arabic-names,
    ANERGazet, country names) and Wikidata name tokens seen at least
    :data:`WD_STRONG` times are strong (a clitic is never cut from them);
    rarer Wikidata tokens are only known words (that list also holds
    transliterations that happen to be ordinary Arabic words).
    """
    data = shared / "data"
    strong: set[str] = set()
    weak: set[str] = set()
    for path in (data / "names" / "arabic-names").glob("*.txt"):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            strong.update(_words(line))
    wd = data / "names" / "wikidata_translit_en_ar" / "wd_arabic.normalized.aligned.tokens"
    if wd.exists():
        for line in wd.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3:
                target = strong if parts[2].strip().isdigit() and int(parts[2]) >= WD_STRONG else weak
                target.update(_words(parts[1].replace(" ", "")))
    for path in (data / "anergazet").glob("ANERGazet_*.txt"):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            strong.update(_words(line))
    for path in (data / "countries").glob("*_ar*.json"):
        _add_tree(json.loads(path.read_text(encoding="utf-8")), strong)
    return strong, weak - strong


def build(shared: Path, out: Path, min_count: int) -> tuple[int, int]:
    """Write the lexicon file; return (words, names) written."""
    counts = count_corpus(shared)
    strong, weak = collect_names(shared)
    rows: dict[str, tuple[int, str]] = {w: (c, "") for w, c in counts.items() if c >= min_count}
    for flag, names in (("w", weak), ("n", strong)):
        for name in names:
            rows[name] = (counts.get(name, 0), flag)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for word, (c, flags) in sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0])):
            fh.write(f"{word}\t{c}\t{flags}\n")
    return len(rows), len(strong) + len(weak)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="path of the shared folder")
    ap.add_argument("--out", type=Path, default=LEXICON_PATH)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "saudinewsnet").is_dir():
        print(f"no SaudiNewsNet under {args.shared}/data", file=sys.stderr)
        return 2
    words, names = build(args.shared, args.out, args.min_count)
    print(f"wrote {args.out}: {words} words ({names} names), {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
