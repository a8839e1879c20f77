"""Entity-substitution augmentation for NER training (training only; never imported at run time).

A copy of a training sentence has each of its PERS / LOC / ORG spans replaced by another name of the
same type, so the model sees more names in the same contexts and leans on the context and the name's
shape more than on having met the name itself.  Names come from

* the training sentences' own spans of that type (mention replacement; never the dev or frozen blocks),
* for PERS, foreign names built from the transliterated Wikidata name tokens
  (``names/wikidata_translit_en_ar``: one to three tokens, as in the news' "first last" names),
* for LOC and ORG, the ANERgazet lists.

A proclitic on the span's first word (``و``, ``ب``, ``ل``, ``وب`` ...; not the article) moves to the new
name's first word, so names written with a conjunction or preposition attached are seen too.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from marsad.nlp.ner.conll import Sentence, bio_spans
from marsad.nlp.ner.lexicon import norm_word, simple_tokens, strip_clitics

TYPES = ("PERS", "LOC", "ORG")


@dataclass(slots=True)
class NamePools:
    """Names (tuples of tokens) to draw from, by type; ``foreign`` PERS tokens for built names."""

    spans: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    lists: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    foreign: list[str] = field(default_factory=list)
    known: dict[str, int] = field(default_factory=dict)  # name words of the training spans: counts


def _list_names(path: Path) -> list[tuple[str, ...]]:
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("="):
                toks = tuple(simple_tokens(line))
                if toks and len(toks) <= 6:
                    out.append(toks)
    return sorted(set(out))


def build_pools(train: list[Sentence], data_dir: Path, min_count: int = 1) -> NamePools:
    """Pools from the training sentences and ``data_dir`` (= ../shared/data)."""
    spans: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}
    for s in train:
        words = [w for w, _ in s]
        for a, b, ty in bio_spans([t for _, t in s]):
            if ty in spans:
                spans[ty].add(tuple(words[a:b]))
    ag = data_dir / "anergazet"
    lists = {"LOC": _list_names(ag / "ANERGazet_Loc.txt"), "ORG": _list_names(ag / "ANERGazet_Org.txt")}
    foreign: set[str] = set()
    wd = data_dir / "names" / "wikidata_translit_en_ar" / "wd_arabic.normalized.aligned.tokens"
    if wd.exists():
        with open(wd, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[2].isdigit() and int(parts[2]) >= min_count:
                    tok = parts[1].replace(" ", "")
                    if len(tok) >= 3:
                        foreign.add(tok)
    known: dict[str, int] = {}
    for s in train:
        for (w, t) in s:
            if t != "O":
                known[w] = known.get(w, 0) + 1
    return NamePools({t: sorted(v) for t, v in spans.items()}, lists, sorted(foreign), known)


def _draw(pools: NamePools, ty: str, rng: random.Random) -> tuple[str, ...]:
    """A name of type ``ty``: half from the training spans, half from the lists (built foreign names for PERS)."""
    own = pools.spans.get(ty) or []
    if ty == "PERS" and pools.foreign and (not own or rng.random() < 0.5):
        n = rng.choices((1, 2, 3), weights=(3, 6, 1))[0]
        return tuple(rng.choice(pools.foreign) for _ in range(n))
    other = pools.lists.get(ty) or []
    if other and (not own or rng.random() < 0.5):
        return rng.choice(other)
    return rng.choice(own) if own else ()


def _proclitic(word: str, known: dict[str, int]) -> str:
    """The conjunction/preposition written on ``word`` (not the article ال), or "": only when the rest is a
    name word met alone at least as often (a name that merely starts with ب or و keeps its letter)."""
    clitic, _ = strip_clitics(norm_word(word))
    if not clitic or "ال" in clitic or clitic == "لل" or not word.startswith(clitic):
        return ""
    rest = known.get(word[len(clitic):], 0)
    return clitic if rest and rest >= known.get(word, 0) else ""


def substitute(sent: Sentence, pools: NamePools, rng: random.Random, types: tuple[str, ...] = TYPES) -> Sentence | None:
    """A copy of ``sent`` with each span of ``types`` replaced by a drawn name (None when it has none)."""
    tags = [t for _, t in sent]
    spans = sorted((a, b, ty) for a, b, ty in bio_spans(tags) if ty in types)
    if not spans:
        return None
    out: list[tuple[str, str]] = []
    pos = 0
    for a, b, ty in spans:
        out += sent[pos:a]
        name = _draw(pools, ty, rng)
        if not name:
            out += sent[a:b]
        else:
            pre = _proclitic(sent[a][0], pools.known)
            first = name[0]
            if pre and not (pre.endswith("ل") and first.startswith("ال")):
                first = pre + first
            new = [first, *name[1:]]
            out += [(w, ("B-" if i == 0 else "I-") + ty) for i, w in enumerate(new)]
        pos = b
    out += sent[pos:]
    return out


def augment(train: list[Sentence], pools: NamePools, copies: int, seed: int,
            types: tuple[str, ...] = TYPES) -> list[Sentence]:
    """``copies`` substituted copies of each training sentence that has a span of ``types``."""
    rng = random.Random(seed)
    out = []
    for _ in range(copies):
        for s in train:
            new = substitute(s, pools, rng, types)
            if new is not None:
                out.append(new)
    return out
