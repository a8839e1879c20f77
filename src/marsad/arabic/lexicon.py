"""The word lexicon used to decide clitic splits: corpus frequencies plus known names.

The data file ``data/lexicon.tsv.gz`` is built by ``build_lexicon.py`` (in this
folder) from SaudiNewsNet word counts and the shared name lists.  It holds only
normalised single words with counts, no running text.  Each line is
``word<TAB>count<TAB>flags`` where flags contains ``n`` for a known name.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv.gz"


@dataclass(slots=True)
class Lexicon:
    """Read-only word counts (normalised forms) and a set of known names."""

    counts: dict[str, int] = field(default_factory=dict)
    names: frozenset[str] = frozenset()

    def freq(self, word: str) -> int:
        """Corpus count of ``word`` (0 if unseen)."""
        return self.counts.get(word, 0)

    def __len__(self) -> int:
        return len(self.counts)

    @classmethod
    def read(cls, path: Path) -> "Lexicon":
        """Load a lexicon file written by ``build_lexicon.py``."""
        counts: dict[str, int] = {}
        names: set[str] = set()
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    continue
                counts[parts[0]] = int(parts[1])
                if len(parts) > 2 and "n" in parts[2]:
                    names.add(parts[0])
        return cls(counts=counts, names=frozenset(names))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package (empty if the data file is missing)."""
    if not LEXICON_PATH.exists():
        return Lexicon()
    return Lexicon.read(LEXICON_PATH)
