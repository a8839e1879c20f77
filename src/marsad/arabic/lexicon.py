"""The word lexicon used to decide clitic splits: corpus frequencies plus known names.

The data file ``data/lexicon.tsv.gz`` is built by ``build_lexicon.py`` (in this
folder) from SaudiNewsNet word counts and the shared name lists.  It holds only
normalised single words with counts, no running text.  Each line is
``word<TAB>count<TAB>flags``: ``count`` is the raw corpus count; flag ``n`` marks
a name from which no clitic may be cut, ``w`` a weaker name token (known word).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv.gz"

# A word seen this often in the corpus is a known word.
MIN_FREQ = 3


@dataclass(slots=True)
class Lexicon:
    """Read-only word counts (normalised forms), protected names and weaker name tokens."""

    counts: dict[str, int] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    weak_names: frozenset[str] = frozenset()

    def freq(self, word: str) -> int:
        """Corpus count of ``word`` (0 if unseen)."""
        return self.counts.get(word, 0)

    def known(self, word: str) -> bool:
        """True if ``word`` is a corpus word (seen ``MIN_FREQ`` times) or a listed name."""
        return self.counts.get(word, 0) >= MIN_FREQ or word in self.names or word in self.weak_names

    def __len__(self) -> int:
        return len(self.counts)

    @classmethod
    def read(cls, path: Path) -> "Lexicon":
        """Load a lexicon file written by ``build_lexicon.py``."""
        counts: dict[str, int] = {}
        names: set[str] = set()
        weak: set[str] = set()
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    continue
                counts[parts[0]] = int(parts[1])
                flags = parts[2] if len(parts) > 2 else ""
                if "n" in flags:
                    names.add(parts[0])
                elif "w" in flags:
                    weak.add(parts[0])
        return cls(counts=counts, names=frozenset(names), weak_names=frozenset(weak))

    @classmethod
    def from_words(cls, counts: dict[str, int], names: set[str] | None = None) -> "Lexicon":
        """A lexicon from explicit counts and protected names (tests, custom domains)."""
        return cls(counts=dict(counts), names=frozenset(names or ()))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package (empty if the data file is missing)."""
    if not LEXICON_PATH.exists():
        return Lexicon()
    return Lexicon.read(LEXICON_PATH)
