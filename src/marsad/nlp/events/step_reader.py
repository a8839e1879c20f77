"""A learned reader of treaty steps, sentence by sentence (issue 15): a second opinion the ``treaty_steps`` stage
hears where its rules read no step (:func:`marsad.nlp.events.treaty_steps.learned_steps`).

:func:`features` turns a sentence that names an agreement (or follows one) into the words a logistic regression
per step kind reads: the sentence's stems and stem pairs (folded, clitics and one ending off), the stems within
four words of the agreement word with their side, negation / future-or-intention / condition words anywhere and
near the agreement word (features the model weighs, not rules), and character 2-5-grams of the folded words
(tf-idf, as scikit-learn's ``char_wb`` analyser makes them).  :class:`StepReader` scores them with numpy only,
from weights that ``eval/treaty_step_learning.py --export FILE`` writes (fitted with scikit-learn on the gold
sets named in the file).  How it did against the rules, one writer's gold set of 33 left out at a time: that
script's docstring.

The package ships one, ``data/treaty_step_reader.json.gz`` (rebuilt by ``eval/train_treaty_steps.py``; it learned
from every gold treaty set but the round's held-out one), and the stage does not hear it unless asked.  Its steps
are dated from the word it heard them in (:meth:`StepReader.weights`, treaties94): on the sets it had not seen it
then adds a few steps and misdates none (eval/treaty_step_learning.py, "Dated from its own word (treaties94)"); but
on real news (SaudiNewsNet, 2,924 articles naming an agreement, read independently in round 43) it added one step in
all, a ratification of the Iran deal "by the US president" read from a senator's opposition, wrong; and on two
writers' sets held out through the round (test61, test63) it changed nothing.  ``MARSAD_TREATY_STEP_MODEL=shipped``
turns it on; a path names another file (a model trained without the set being scored, for leave-one-out figures);
unset or ``none``, the rules alone.
``MARSAD_TREATY_STEP_BAR`` sets the probability a step needs (default :data:`BAR`).  Both are part of the stage's
version (:func:`marsad.nlp.events.treaty_steps.stage_version`): turned on, off or to another file, ``marsad
process`` runs the stage again on the articles a store holds.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import InputError


_AGREEMENT = re.compile(r"اتفاق|معاهد(?:ه|ات|ت)|بروتوكول|ميثاق|مواثيق")
NEG = frozenset("لم لن لا ليس ليست عدم دون بدون غير نفي نفت ينفي تنفي رفض رفضت يرفض ترفض ولم ولن ولا نافيا نافيه"
                .split())
MOD = frozenset("سوف المقرر مقرر يعتزم تعتزم يتوقع تتوقع المتوقع متوقع ينتظر المنتظر مرتقب المرتقب قد يمكن مقترح "
                "المقترح مشروع محتمل المحتمل يرجح انتظار يامل تامل ياملان تسعي يسعي دعا دعت يدعو تدعو طالب طالبت"
                .split())
COND = frozenset("اذا لو ان حال حالما بمجرد شرط شريطه".split())
NEAR = 4
BAR = 0.8  # the probability a learned step needs (chosen by leave-one-writer-out: eval/train_treaty_steps.py)
MODEL_ENV, BAR_ENV = "MARSAD_TREATY_STEP_MODEL", "MARSAD_TREATY_STEP_BAR"
DEFAULT = "none"  # the stage hears no learned reader unless MARSAD_TREATY_STEP_MODEL asks for one (see above)


_WORD = re.compile(r"[\w\u0600-\u06ff]+")


def fold_words(text: str) -> list[str]:
    """The folded words of ``text`` (no marks; أإآ→ا, ى→ي, ة→ه)."""
    from marsad.nlp.events.lexicon import fold

    return _WORD.findall(fold(text))


def is_agreement(words: list[str], i: int) -> bool:
    """Whether folded word ``i`` names an agreement (any clitic form; نظام with الاساسي within three words after
    it: نظام روما الأساسي)."""
    w = words[i]
    return bool(_AGREEMENT.search(w)) or (w.endswith("نظام") and "الاساسي" in words[i + 1:i + 4])


def names_agreement(words: list[str]) -> bool:
    return any(is_agreement(words, i) for i in range(len(words)))


def features(words: list[str], follows: bool) -> dict[str, float]:
    """The sentence's features (``follows``: it names no agreement and comes right after one that does)."""
    from marsad.stories.features import term_of

    stems = [term_of(w) for w in words]
    f: dict[str, float] = {}
    for s in stems:
        f["u:" + s] = 1.0
    for a, b in zip(stems, stems[1:]):
        f["b:" + a + "_" + b] = 1.0
    agr = [i for i in range(len(words)) if is_agreement(words, i)]
    if follows and not agr:
        f["FOLLOWS"] = 1.0
    for i in agr:
        for j in range(max(0, i - NEAR), min(len(words), i + NEAR + 1)):
            if j != i:
                f[("L:" if j < i else "R:") + stems[j]] = 1.0
    near = {j for i in agr for j in range(max(0, i - 6), i + 7)}
    for j, w in enumerate(words):
        tag = None
        if w in NEG:
            tag = "NEG"
        elif w in MOD or (len(w) > 4 and w[0] == "س" and w[1] in "يتنا"):
            tag = "MOD"  # a future prefix (سيوقع) or a word of intention or expectation
        elif w in COND:
            tag = "COND"
        if tag:
            f[tag] = 1.0
            if j in near:
                f[tag + "_near"] = 1.0
    f["n_agr"] = min(len(agr), 3) / 3
    return f


def char_grams(words: list[str], lo: int = 2, hi: int = 5) -> Counter[str]:
    """Character n-grams of each word padded with a space (scikit-learn's ``char_wb``)."""
    out: Counter[str] = Counter()
    for w in words:
        w = " " + w.lower() + " "
        for n in range(lo, hi + 1):
            out[w[:n]] += 1
            for i in range(1, len(w) - n + 1):
                out[w[i:i + n]] += 1
            if len(w) <= n:  # a word shorter than n counts once, whole
                break
    return out


class StepReader:
    """P(kind | sentence) for each step kind, from exported weights; numpy only."""

    def __init__(self, model: dict[str, Any]) -> None:
        import numpy as np

        self.kinds: list[str] = list(model["kinds"])
        self.feat = {k: i for i, k in enumerate(model["features"])}
        self.grams = {k: i for i, k in enumerate(model["grams"])}
        self.idf = np.asarray(model["idf"], dtype=float)
        self.coef = np.asarray(model["coef"], dtype=float)  # kinds × (features + grams)
        self.bias = np.asarray(model["bias"], dtype=float)
        self.trained_on: list[str] = list(model.get("trained_on", []))

    @classmethod
    def load(cls, path: str | Path) -> "StepReader":
        p = Path(path)
        raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
        return cls(json.loads(raw.decode("utf-8")))

    def vector(self, words: list[str], follows: bool) -> Any:
        import numpy as np

        x = np.zeros(len(self.feat) + len(self.grams))
        for k, v in features(words, follows).items():
            i = self.feat.get(k)
            if i is not None:
                x[i] = v
        off = len(self.feat)
        idx, val = [], []
        for g, c in char_grams(words).items():
            i = self.grams.get(g)
            if i is not None:
                idx.append(i)
                val.append((1.0 + math.log(c)) * self.idf[i])
        if idx:
            v = np.asarray(val)
            x[off + np.asarray(idx)] = v / np.linalg.norm(v)
        return x

    def weights(self, text: str, kind: str) -> list[tuple[int, int, float]]:
        """Each word of ``text`` with what it adds to ``kind``'s score (start, end, weight, in the sentence's order):
        its stem and, half each, its stem pairs, its stem beside an agreement word, and its share of the sentence's
        character grams.  The word the most is added by is the one the reader heard the step in (its verb or verbal
        noun: "اختتم الوفدان ... جولة المفاوضات" for a conclusion); empty when the words cannot be told apart."""
        from marsad.nlp.events.lexicon import fold
        from marsad.stories.features import term_of

        if kind not in self.kinds:
            return []
        row = self.coef[self.kinds.index(kind)]
        spans = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        words = fold_words(text)
        if [w for _a, _b, w in spans] != words:
            return []  # (a character folding takes or joins words: no word's weight is told)
        stems = [term_of(w) for w in words]
        weight = [0.0] * len(words)

        # (a feature the sentence holds twice is one feature: its weight is shared by the words that hold it)
        holders: dict[str, list[int]] = {}
        for j, st in enumerate(stems):
            holders.setdefault("u:" + st, []).append(j)
        for j, (a, b) in enumerate(zip(stems, stems[1:])):
            holders.setdefault("b:" + a + "_" + b, []).extend((j, j + 1))
        agr = [i for i in range(len(words)) if is_agreement(words, i)]
        for i in agr:
            for j in range(max(0, i - NEAR), min(len(words), i + NEAR + 1)):
                if j != i:
                    holders.setdefault(("L:" if j < i else "R:") + stems[j], []).append(j)
        for name, js in holders.items():
            i = self.feat.get(name)
            if i is not None:
                for j in js:
                    weight[j] += float(row[i]) / len(js)
        # the character grams: each word's share of a gram's tf-idf value, by how often it holds the gram
        whole = char_grams(words)
        vals = {g: (1.0 + math.log(c)) * self.idf[self.grams[g]] for g, c in whole.items() if g in self.grams}
        norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
        off = len(self.feat)
        for j, w in enumerate(words):
            for g, c in char_grams([w]).items():
                if g in vals:
                    weight[j] += float(row[off + self.grams[g]]) * vals[g] / norm * c / whole[g]
        return [(a, b, wt) for (a, b, _w), wt in zip(spans, weight)]

    def score(self, text: str, follows: bool = False) -> dict[str, float]:
        """Each kind's probability for one sentence (0 for a sentence that names no agreement and follows none)."""
        import numpy as np

        words = fold_words(text)
        if not (follows or names_agreement(words)):
            return {k: 0.0 for k in self.kinds}
        z = self.coef @ self.vector(words, follows) + self.bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return {k: float(v) for k, v in zip(self.kinds, p)}


def model_setting() -> str | None:
    """What ``MARSAD_TREATY_STEP_MODEL`` asks for: None (unset or ``none``: the rules alone), ``"shipped"`` (said in
    any case), or a file's path."""
    said = os.environ.get(MODEL_ENV, DEFAULT).strip()
    if said.lower() in ("", "none", "0", "off"):
        return None
    return "shipped" if said.lower() == "shipped" else said


@lru_cache(maxsize=4)
def _load(path: str) -> StepReader:
    if path == "shipped":
        from importlib import resources

        f = resources.files("marsad.nlp.events").joinpath("data/treaty_step_reader.json.gz")
        if not f.is_file():
            raise InputError(f"{MODEL_ENV}=shipped: this install ships no treaty step reader ({f} is missing)")
        return StepReader(json.loads(gzip.decompress(f.read_bytes()).decode("utf-8")))
    try:
        return StepReader.load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:  # (no such file, not gzip, not JSON, not a model)
        raise InputError(f"{MODEL_ENV}={path}: no treaty step reader could be read there ({exc}); "
                         f"'shipped' for the one the package ships, 'none' for the rules alone") from exc


def shipped() -> StepReader | None:
    """The reader the stage hears: the file ``MARSAD_TREATY_STEP_MODEL`` names, the one the package ships when it says
    ``shipped``, else none (the rules alone, the default); read once."""
    setting = model_setting()
    return None if setting is None else _load(setting)


def shipped_bar() -> float:
    """The probability a learned step needs: ``MARSAD_TREATY_STEP_BAR``, else :data:`BAR`."""
    said = os.environ.get(BAR_ENV) or ""
    try:
        bar = float(said or BAR)
    except ValueError:
        bar = -1.0
    if not 0.0 <= bar <= 1.0:
        raise InputError(f"{BAR_ENV}={said}: expected a probability between 0 and 1 (default {BAR})")
    return bar
