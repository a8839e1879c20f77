"""Sentence-level event detection: does this sentence report a PROTEST (an ASSAULT)?

The trigger lexicon knows the words (تظاهر، قصف ...) but not when they report an
act: "رفع المتظاهرون لافتات" mentions protesters, "قتل 20 في هجوم انتحاري" is an
assault without any verb of the lexicon, "الموت والقتل لا يقوم ..." is neither.
A small logistic-regression model per type, trained on the Arabic PLOVER gold
sentences (``../shared/data/event_gsr_dev``, the non-frozen part; see
:mod:`marsad.nlp.events.train_detector`), scores a sentence from its words, word
pairs, the letters inside its words and the lexicon's readings of them.  The
coder uses the score to keep or drop its own PROTEST/ASSAULT events and to add
one where its lexicon found no trigger.

The model ships as ``data/detector.json``: per type a bias, feature weights and
a decision threshold chosen by cross-validation.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Callable, Iterable, Sequence

from marsad.nlp.events import lexicon as L

DETECTED_TYPES = ("PROTEST", "ASSAULT")
_DIGITS = frozenset("0123456789")
# Number words stand for a count: "قتل ثلاثة" and "قتل 3" are the same pattern.
_NUMBER_WORDS = L._w("اثنان اثنين ثلاثة ثلاث اربعة اربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر "
                     "عشرات مئات الاف آلاف الآلاف العشرات المئات مئة مائة الف ألف عشرين ثلاثين اربعين خمسين")
_SUFFIXES = ("ون", "ين", "ات", "ان", "وا", "ها", "هم", "هما", "ه", "ا")


def base(norm: str) -> str:
    """A word without its clitics and inflection endings (folded form): "والمتظاهرين" → "متظاهر"."""
    w = norm
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    for p in ("بال", "وال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[: -len(s)]
    return w


def is_count(norm: str) -> bool:
    """Whether a folded word stands for a count: digits or a number word ("3", "ثلاثة", "عشرات")."""
    return norm[:1] in _DIGITS or norm in _NUMBER_WORDS


def _shape(norm: str) -> str:
    return "#" if is_count(norm) else norm


@lru_cache(maxsize=300_000)
def token_base(norm: str) -> str:
    """The base of a word as the pair and opening features see it ("#" for a count)."""
    return "#" if _shape(norm) == "#" else base(norm)


_CUE_CACHES: dict[int, dict[str, frozenset[str]]] = {}
_NONE: frozenset[str] = frozenset()


def cue_types(norm: str, lex: L.Lexicon) -> frozenset[str]:
    """The detected types a word can carry an event of: it is one of :data:`lexicon.DETECTOR_CUES`, or
    the trigger lexicon reads it as that type (cached per word)."""
    cache = _CUE_CACHES.setdefault(id(lex), {})
    got = cache.get(norm)
    if got is None:
        got = _cue_types(norm, lex)
        if len(cache) < 300_000:
            cache[norm] = got
    return got


def sentence_cue_types(norms: Sequence[str], lex: L.Lexicon) -> set[str]:
    """The detected types any word of the sentence can carry (one cached look-up per word)."""
    cache = _CUE_CACHES.setdefault(id(lex), {})
    out: set[str] = set()
    for n in norms:
        got = cache.get(n)
        if got is None:
            got = cue_types(n, lex)
        if got:
            out |= got
    return out


def article_cue_types(words: Iterable[str], lex: L.Lexicon) -> dict[str, frozenset[str]]:
    """The words of an article (any iterable of folded words) that carry a detected type, with their
    :func:`cue_types`: a sentence's :func:`sentence_cue_types` is the union of those of its words found here
    (most sentences hold none).  A word met before is not asked again (set operations in C)."""
    seen, typed = lex._cues_seen, lex._cue_types  # (kept with the lexicon, as its readings are)
    distinct = words if isinstance(words, (set, frozenset)) else set(words)
    for n in distinct.difference(seen):
        got = cue_types(n, lex)
        if got:
            typed[n] = got
        if len(seen) < 300_000:
            seen.add(n)
    return {n: typed[n] for n in distinct.intersection(typed)}


# every cue word of the detected types (a word with no trigger reading carries a type only through one of them)
_ALL_CUES = frozenset().union(*(L.DETECTOR_CUES.get(t, _NONE) for t in DETECTED_TYPES))


@lru_cache(maxsize=1)
def _stems() -> Callable[[str], tuple]:
    """``analysis.stems`` (imported on first use: analysis imports this module)."""
    from marsad.nlp.events.analysis import stems

    return stems


def _cue_types(norm: str, lex: L.Lexicon) -> frozenset[str]:
    stems = _stems()
    # (has_word for each type, with the word's readings worked out once)
    readings = lex.readings(norm, stems)
    if not readings:
        # no trigger reading (most words): a type only through a cue word among its forms, in one C look-up each
        if _ALL_CUES.isdisjoint(map(L.STEM, stems(norm))):  # (the first reading is the word itself)
            return _NONE
    forms = {norm, *(s for _p, s, _suf in stems(norm))}
    plovers = {x.plover for _p, _s, _f, x in readings}
    found = frozenset(t for t in DETECTED_TYPES
                      if not forms.isdisjoint(L.DETECTOR_CUES.get(t, _NONE)) or t in plovers)
    return found or _NONE


_FRAME_CACHE: dict[tuple[int, str], str] = {}


def _frame(norm: str, lex: L.Lexicon, stems) -> str:
    k = (id(lex), norm)
    got = _FRAME_CACHE.get(k)
    if got is None:
        got = next((e.frame for _p, _s, _f, e in lex.readings(norm, stems) if e.frame), "")
        if len(_FRAME_CACHE) < 300_000:
            _FRAME_CACHE[k] = got
    return got


@lru_cache(maxsize=200_000)
def word_features(norm: str) -> tuple[str, ...]:
    """The features one word contributes on its own: the word, its base and the letter n-grams of its base."""
    w = _shape(norm)
    if w == "#":
        return ("w:#",)
    b = base(w)
    out = ["w:" + w, "b:" + b]
    padded = f"<{b}>"
    for n in (3, 4, 5):
        out.extend("c:" + padded[k:k + n] for k in range(0, len(padded) - n + 1))
    return tuple(out)


def sentence_features(norms: Sequence[str], lexical: Iterable[str] = ()) -> list[str]:
    """Features of a sentence given its folded words (punctuation removed) and the lexicon's readings.

    Each distinct word contributes its :func:`word_features` once; word pairs and the first three
    words (the clause-opening verb: "تظاهر الآلاف", "قتل 20 شخصا") are added as they come.

    Args:
        norms: the sentence's words, folded (:func:`marsad.nlp.events.lexicon.fold`), in order.
        lexical: extra features from the trigger lexicon (:func:`lexical_features`).
    """
    feats: list[str] = ["bias"]
    for w in dict.fromkeys(norms):
        feats.extend(word_features(w))
    bases = [token_base(w) for w in norms]
    for a, b in zip(bases, bases[1:]):
        feats.append(f"2:{a}_{b}")
    for b in bases[:3]:
        feats.append("open:" + b)
    feats.extend(lexical)
    return feats


def lexical_features(norms: Sequence[str], lex: L.Lexicon, stems) -> list[str]:
    """What the trigger lexicon reads in the sentence: each trigger's type and part of speech, whether
    it opens the sentence, whether a count stands near it ("تظاهر الآلاف", "قتل 20"), and what the
    words before it say of its reality — a negation (لم قتل), a future (سيتظاهرون), a condition or a
    possibility (إذا هاجم، قد يقصف), or a frame that does not report an act (دعا إلى التظاهر، هدد بقصف)."""
    out: list[str] = []
    frames = [_frame(w, lex, stems) for w in norms]
    for k, w in enumerate(norms):
        for prefix, _stem, _suf, e in lex.readings(w, stems):
            if not e.plover:
                continue
            t = e.plover
            out.append(f"lex:{t}:{e.pos}")
            out.append(f"lexkey:{e.key}:{e.source}")
            if k < 3:
                out.append(f"lexopen:{t}:{e.pos}")
            if any(_shape(norms[j]) == "#" for j in range(max(0, k - 3), min(len(norms), k + 4))):
                out.append(f"lexnum:{t}")
            before = norms[max(0, k - 3):k]
            if any(b in L.NEGATIONS for b in before):
                out.append(f"lexneg:{t}")
            if "س" in prefix or any(b in L.FUTURE_CUES for b in before):
                out.append(f"lexfut:{t}")
            if any(b in L.HYPOTHETICAL_CUES or b in L.CONDITIONALS for b in norms[max(0, k - 6):k]):
                out.append(f"lexhyp:{t}")
            frame = next((frames[j] for j in range(k - 1, max(-1, k - 9), -1) if frames[j]), "")
            if frame:
                out.append(f"lexframe:{t}:{frame}")
    if any(len(n) == 4 and n[:2] in ("19", "20") and n.isdigit() for n in norms):
        out.append("year")  # a dated past: "عام 2002", "في 1967"
    return out


def span_features(norms: Sequence[str], typ: str, verbs: frozenset[str], actors: frozenset[str]) -> list[str]:
    """Features from the words the gold annotators marked (learned in training, :class:`TypeModel`):
    a word they marked as the event's verb ("تظاهر", "قتل", "خطف"), where it stands — opening the
    sentence or a coordinated clause ("وتجمع"), with a word they marked as an actor right after it (VSO:
    "تظاهر الآلاف", "هتف المتظاهرون") or right before it ("المتظاهرون رشقوا") — and whether an actor word
    stands as a subject (its nominative plural: "المتظاهرون"), not a genitive or an object ("على المتظاهرين")."""
    if not verbs and not actors:
        return []
    out: list[str] = []
    bases = [token_base(n) for n in norms]
    for k, b in enumerate(bases):
        if b in verbs:
            out.append(f"sv:{typ}")
            if k < 3 or (norms[k][:1] == "و" and len(norms[k]) > 3 and bases[k] == token_base(norms[k][1:])):
                out.append(f"sv_open:{typ}")
            if any(x in actors or x == "#" for x in bases[k + 1:k + 4]):
                out.append(f"sv_actor_after:{typ}")
            if any(x in actors for x in bases[max(0, k - 3):k]):
                out.append(f"sv_actor_before:{typ}")
        elif b in actors:
            out.append(f"sa:{typ}")
            if norms[k].endswith(("ون", "ان")):
                out.append(f"sa_subject:{typ}")
    return out


@dataclass(slots=True)
class TypeModel:
    """One type's model: bias, feature weights and the decision threshold, and the verb and actor
    words the annotators marked in its training sentences (:func:`span_features`).

    Scoring is additive over the features of :func:`sentence_features` (repeated features count
    again, as in training), with each word's own share cached: a sentence costs about two
    dictionary look-ups per word, so every sentence of every article can be scored.
    """

    type: str
    bias: float
    weights: dict[str, float]
    threshold: float
    verbs: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    _word: dict[str, float] = field(default_factory=dict)

    def word_score(self, norm: str) -> float:
        got = self._word.get(norm)
        if got is None:
            # (the weights read in C: the same floats added in the same order as a generator over them would)
            got = sum(map(self.weights.get, word_features(norm), repeat(0.0)))
            if len(self._word) < 300_000:
                self._word[norm] = got
        return got

    def score(self, norms: Sequence[str], lexical: Iterable[str] = ()) -> float:
        """Probability that the sentence (its folded words, and the lexicon's readings) reports the type."""
        w = self.weights
        z = self.bias + w.get("bias", 0.0)
        known, word_score = self._word.get, self.word_score  # (a word met before: its share without a call)
        for n in dict.fromkeys(norms):
            got = known(n)
            z += word_score(n) if got is None else got
        prev = None
        for k, n in enumerate(norms):
            b = token_base(n)
            if prev is not None:
                z += w.get(f"2:{prev}_{b}", 0.0)
            if k < 3:
                z += w.get("open:" + b, 0.0)
            prev = b
        for f in lexical:
            z += w.get(f, 0.0)
        for f in span_features(norms, self.type, self.verbs, self.actors):
            z += w.get(f, 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best_word(self, norms: Sequence[str], prefer: Iterable[int] = ()) -> int | None:
        """The word that speaks most for the type: the event's trigger when the coder has none."""
        pool = list(prefer) or range(len(norms))
        return max(pool, key=lambda k: self.word_score(norms[k]), default=None)


@dataclass(slots=True)
class Detector:
    """The per-type sentence models."""

    models: dict[str, TypeModel]
    version: str = ""

    def to_json(self) -> dict:
        return {"version": self.version, "models": {
            t: {"bias": m.bias, "threshold": m.threshold, "verbs": sorted(m.verbs), "actors": sorted(m.actors),
                "weights": {f: round(v, 4) for f, v in sorted(m.weights.items())}}
            for t, m in self.models.items()}}

    @classmethod
    def from_json(cls, data: dict) -> "Detector":
        return cls({t: TypeModel(t, float(m["bias"]), {f: float(v) for f, v in m["weights"].items()},
                                 float(m["threshold"]), frozenset(m.get("verbs", ())), frozenset(m.get("actors", ())))
                    for t, m in data["models"].items()}, str(data.get("version", "")))


@lru_cache(maxsize=1)
def load_detector() -> Detector | None:
    """The shipped detector (``data/detector.json``), or None when the package carries none."""
    try:
        text = resources.files("marsad.nlp.events").joinpath("data/detector.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return Detector.from_json(json.loads(text))


__all__ = ["DETECTED_TYPES", "Detector", "TypeModel", "base", "lexical_features", "load_detector",
           "sentence_features", "span_features", "word_features"]
