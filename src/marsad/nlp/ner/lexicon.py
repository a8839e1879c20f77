"""Word-level helpers of the NER model: normal form, clitic-stripped stem, tokenizer, gazetteers.

The feature keys the model learns are built from ``norm_word`` and
``strip_clitics``.  They are defined here on purpose: the word-cluster file,
the gazetteer and the learned weights are keyed on these forms, so they must
not move when the shared text layer (``marsad.arabic``, whose clitic split
depends on a corpus lexicon that gets rebuilt) changes.  Adding the shared
lexicon-checked split as extra features was measured and did not help (dev
F1 0.831 vs 0.831 mean over three seeds).  Running text IS tokenized and
split into sentences by ``marsad.arabic``, so offsets agree with the rest of
the pipeline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from marsad.arabic import tokenize as shared_tokenize
from marsad.arabic.normalize import fold_loose
from marsad.arabic.tokenize import TOKEN_RE, matches, splitter
from marsad.errors import InputError

# Proclitics, longest first: conjunction و/ف, prepositions ب/ك/ل, article ال.
_PREFIXES = (
    "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك",
)
# The proclitics by their first letter (each list in ``_PREFIXES``' order): most words start with none of them.
_PREFIXES_BY_FIRST = {c: tuple(p for p in _PREFIXES if p[0] == c) for c in dict.fromkeys(p[0] for p in _PREFIXES)}
_DIGIT_RE = re.compile(r"\d")
_PLAIN_ARABIC_RE = re.compile(r"[\u0621-\u064a]+")  # a word of Arabic letters only: neither Latin nor a digit
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_LATIN_RE = re.compile(r"[A-Za-z]")

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640"
_TOKEN_RE = re.compile(
    rf"\d+(?:[.,٫٬]\d+)*%?"  # numbers, with decimal/thousands separators
    rf"|[^\W\d_](?:[^\W_]|[{_MARKS}])*"  # words (letters, then letters/digits/diacritics)
    rf"|[{_MARKS}]+"  # stray marks
    rf"|\S"  # any other single character (punctuation)
)


def norm_word(word: str) -> str:
    """Matching form of one token: no diacritics/tatweel, unified alef/ya/ta marbuta/hamza seats, ASCII digits."""
    return fold_loose(word).lower()


def strip_clitics(norm: str) -> tuple[str, str]:
    """Split a normalised word into (proclitic, stem); the stem keeps at least 2 letters (3 after a 1-letter clitic)."""
    for p in _PREFIXES_BY_FIRST.get(norm[:1], ()):  # ``_PREFIXES`` in their order, those that can match only
        if norm.startswith(p):
            rest = len(norm) - len(p)
            if rest >= 3 or (rest >= 2 and len(p) >= 2):
                return p, norm[len(p):]
    return "", norm


def shape(word: str) -> str:
    """Coarse shape class of a token: ar, lat, num, mix, punct."""
    if _PLAIN_ARABIC_RE.fullmatch(word):  # the usual word, by one match instead of three searches
        return "ar"
    ar = bool(_ARABIC_RE.search(word))
    lat = bool(_LATIN_RE.search(word))
    dig = bool(_DIGIT_RE.search(word))
    if ar and not (lat or dig):
        return "ar"
    if lat and not (ar or dig):
        return "lat"
    if dig and not (ar or lat):
        return "num"
    if ar or lat or dig:
        return "mix"
    return "punct"


@lru_cache(maxsize=1 << 14)
def word_forms(word: str) -> tuple[str, str, str, str]:
    """``(norm_word(word), proclitic, stem, shape(word))`` of a token: the word-level forms both taggers'
    features start from, computed once for the two of them (each sees a batch's new word types in turn, a
    few thousand: the cache needs to hold no more than that)."""
    n = norm_word(word)
    clitic, stem = strip_clitics(n)
    return n, clitic, stem, shape(word)


@dataclass(slots=True)
class WordToken:
    """A token of running text with its character offsets."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[WordToken]:
    """Split running text into NER tokens with offsets, by ``marsad.arabic.tokenize``.

    Its conventions match ANERcorp's (punctuation split from words, clitics
    left attached), so the model sees the kind of tokens it was trained on.
    """
    if not isinstance(text, str):
        shared_tokenize(text)  # raises the shared tokenizer's InputError
    # The shared tokenizer's token boundaries are its regular expression's matches; NER needs only
    # those (not the clitic analysis the shared tokens carry), so it runs the expression itself.
    return list(map(WordToken, *token_bounds(text)))


def token_bounds(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``tokenize`` as three lists (texts, starts, ends), without a ``WordToken`` a token
    (the pipeline stage needs the offsets of mentions only)."""
    words, starts, ends, _gaps = matches(_TOKEN_SPLIT_RE, text)
    return words, starts, ends


_TOKEN_SPLIT_RE = splitter(TOKEN_RE, first=r"\S")  # (no alternative of TOKEN_RE starts with a space)


def simple_tokens(text: str) -> list[str]:
    """Token strings of ``text`` by the local regex (used to build word clusters quickly)."""
    return _TOKEN_RE.findall(text)


# ---------------------------------------------------------------------------
# Gazetteers: token -> set of flags, built from ../shared/data at training time
# and stored inside the model file (so tagging never reads ../shared).

GAZ_FLAGS = ("PERS", "LOC", "ORG", "FIRST", "LAST", "TRANSLIT", "COUNTRY")


def _lines(path: Path) -> Iterable[str]:
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("="):
                yield line


def _add_entry(gaz: dict[str, set[str]], entry: str, flag: str) -> None:
    """Mark each token of a (possibly multi-word) entry; single-word entries get a stronger ``flag`` itself."""
    toks = [norm_word(t) for t in simple_tokens(entry)]
    toks = [t for t in toks if len(t) > 1 and shape(t) != "punct"]
    if not toks:
        return
    if len(toks) == 1:
        gaz.setdefault(toks[0], set()).add(flag)
    else:
        for t in toks:
            gaz.setdefault(t, set()).add(flag + "_part")


def build_gazetteer(data_dir: Path) -> dict[str, str]:
    """Build the token gazetteer from ``data_dir`` (= ../shared/data).

    Returns {normalised token: space-joined sorted flags}.  Raises InputError
    when a required list is missing.
    """
    gaz: dict[str, set[str]] = {}
    ag = data_dir / "anergazet"
    files = {"PERS": ag / "ANERGazet_Pers.txt", "LOC": ag / "ANERGazet_Loc.txt", "ORG": ag / "ANERGazet_Org.txt"}
    for flag, path in files.items():
        if not path.exists():
            raise InputError(f"gazetteer list missing: {path} (expected ../shared/data/anergazet)")
        for line in _lines(path):
            _add_entry(gaz, line, flag)
    names = data_dir / "names" / "arabic-names"
    for fname, flag in (
        ("male-first--names-in-arabic.txt", "FIRST"),
        ("female-first-names-in-arabic.txt", "FIRST"),
        ("last-names-in-arabic.txt", "LAST"),
    ):
        if (names / fname).exists():
            for line in _lines(names / fname):
                _add_entry(gaz, line, flag)
    wd = data_dir / "names" / "wikidata_translit_en_ar" / "wd_arabic.normalized.aligned.tokens"
    if wd.exists():
        with open(wd, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    _add_entry(gaz, parts[1].replace(" ", ""), "TRANSLIT")
    for name in ("i18n-iso-countries_ar.json", "cldr_babel_ar_names.json"):
        path = data_dir / "countries" / name
        if not path.exists():
            continue
        obj = json.loads(path.read_text(encoding="utf-8"))
        table = obj.get("countries") or obj.get("territories") or {}
        for value in table.values():
            ar = value.get("ar") if isinstance(value, dict) else value
            for entry in ar if isinstance(ar, list) else [ar]:
                if isinstance(entry, str):
                    _add_entry(gaz, entry, "COUNTRY")
    return {k: " ".join(sorted(v)) for k, v in sorted(gaz.items())}


# The knowledge-base flags the shipped neural model was trained with.  The knowledge base grows between model
# releases (linking adds entities), so training reads this snapshot, not the live KB: `marsad train ner` rebuilds
# the shipped model from ../shared and this file, and `marsad train ner --refresh-kb` takes a new snapshot first.
KB_SNAPSHOT_FILE = Path(__file__).resolve().parent / "data" / "kb_gazetteer.tsv.gz"


def save_kb_snapshot(gaz: dict[str, str], path: Path = KB_SNAPSHOT_FILE) -> int:
    """Write knowledge-base flags (``token<TAB>flags`` lines, sorted) as the training snapshot; returns entries."""
    import gzip

    lines = "".join(f"{k}\t{v}\n" for k, v in sorted(gaz.items()))
    # mtime=0 and no file name in the header: the same flags give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
        fh.write(lines.encode("utf-8"))
    return len(gaz)


def kb_snapshot(path: Path = KB_SNAPSHOT_FILE) -> dict[str, str]:
    """The knowledge-base flags training uses (see ``KB_SNAPSHOT_FILE``)."""
    import gzip

    if not path.exists():
        raise InputError(f"no knowledge-base snapshot at {path}; take one with `marsad train ner --refresh-kb`")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if line.strip())


def kb_gazetteer() -> dict[str, str]:
    """Token flags from the live knowledge base: ``KB<TYPE>`` for one-word names, ``KB<TYPE>_part`` otherwise.

    Only names written in Arabic script count; types are the KB's (PER, LOC, ORG, ...).  Training reads the
    pinned ``kb_snapshot()`` instead, so that a grown KB does not silently change a rebuilt model.
    """
    from marsad.nlp.kb.kb import kb_entities, names_of

    gaz: dict[str, set[str]] = {}
    for e in kb_entities():
        for name in names_of(e):
            if _ARABIC_RE.search(name):
                _add_entry(gaz, name, "KB" + e.type)
    return {k: " ".join(sorted(v)) for k, v in sorted(gaz.items())}
