"""Document-level consistency of the NER tags: one article's names, tagged alike wherever they recur.

The tagger decides each sentence alone, but news names a person or an organisation in full once and then
again in a shorter form (the surname alone, without «ال», with a clitic: «الشيخ يوسف القرضاوي» ... «وقال
القرضاوي»), and a bare repetition is often left untagged or given another type.  ``consistent_paths``
takes the tag paths of a document's sentences and their emission scores, and:

1. scores each tagged entity by the CRF's marginals (forward-backward over the same scores and
   transitions Viterbi read): the smallest marginal of its tags;
2. keeps the entities at least ``min_conf`` sure as the document's names: the stems of their words
   (``lexicon.word_forms``: no clitic, no «ال»), with a weight per type; a person's family name (the
   last word of a longer name) is a name alone too; a single word that is mostly an everyday adjective
   («السعودية» after «الكفاءات», the list of ``marsad.nlp.surname_words``), a title or office word
   («السلطان», «ولي») or the head noun of a place's or a body's name («كورنيش», «نادي») is no name alone
   (but a person's last word after a given name is the family name alone, «خالد سلطان», unless a place, a
   title word or a definite genitive follows it: «... سلطان بروناي», «... ولي العهد»), and a currency or
   unit (``non_entities``: «ريالا» after a number) is no name at all; the entities less sure than
   ``min_conf`` name nothing but vote on the type of a name that is no person's family name nor a person
   named in full surely, from a given name («سامر حداد»);
3. finds every occurrence of those names in the document (longest first) and drops a name tagged whole
   that is met at least once where the tagger is ``o_conf`` sure it is no entity (a common word
   written as a name elsewhere: «الأسد» in an article about lions); a family name is not dropped so
   (the tagger is often sure a bare «الصفدي» is an adjective), but it is not looked for inside
   another entity the tagger found («جامعة الملك سعود» after «سلطان بن عبد العزيز آل سعود»), and no
   name is cut out of a longer entity of another type («السعودية» out of «الخطوط السعودية»);
4. at each occurrence the tagger was less sure of than of the name's surest entity (a decision is
   undone only by a surer one elsewhere in the document), adds ``beta`` (``part_beta`` for a family
   name), times the name's majority type's share of its weight, to that type's emission scores,
   then runs Viterbi again on the sentences it changed.

The thresholds were chosen on the dev blocks of ANERcorp with documents of 20 consecutive sentences
(about SaudiNewsNet's mean article length): ``eval/eval_ner.py --docs 20`` (see its docstring).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from marsad.nlp import named_after
from marsad.nlp.ner.conll import bio_spans
from marsad.nlp.ner.lexicon import norm_word, strip_clitics, word_forms
from marsad.nlp.ner.non_entities import _NUMBER_WORDS, non_entity_class
from marsad.nlp.ner.perceptron import VITERBI_CELLS, viterbi_many
from marsad.nlp.office_words import TITLE_HEADS
from marsad.nlp.surname_words import common_surname_words
from marsad.nlp.timex_lexicon import NUMBER_WORDS
from marsad.nlp.translit import norm

# Marginals are computed on pieces of at most this many tokens (a text without punctuation is one sentence
# of any length: pieces keep the cost linear and batched; only a piece's edge tokens see less context).
PIECE = 256
# A token the first path tags O with at least this marginal is kept O by the second Viterbi (``consistent_paths``).
ANCHOR = 0.99
# Emission scores more than this below a token's best are taken as this far (exp would underflow to 0 and a
# forward step could lose all its mass; e**-60 is nothing next to the best tag).
FLOOR = 60.0


@dataclass(frozen=True, slots=True)
class DocumentOptions:
    """Thresholds of the document pass (chosen on the dev blocks; see the module docstring)."""

    min_conf: float = 0.7  # an entity this sure (smallest marginal of its tags) names the document's name
    o_conf: float = 0.9  # an occurrence this sure of O (every token) vetoes its name
    beta: float = 2.0  # score added to the name's type at an occurrence (times the type's share)
    part_types: tuple[str, ...] = ("PERS",)  # types whose names' last word (a family name) is a name alone too
    max_words: int = 6  # longest name looked for
    part_beta: float = 6.0  # ``beta`` for the family name alone


def marginals_many(emits: list[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """Tag marginals (n_i, n_tags) of each sentence under emission scores and masked transitions
    ``trans`` ((n_tags + 1, n_tags), last row = start), as Viterbi reads them: forward-backward in
    probability space, each step rescaled, over pieces of at most ``PIECE`` tokens, longest first, in
    batches of at most ``VITERBI_CELLS`` padded positions."""
    n_tags = trans.shape[1]
    out: list[np.ndarray] = [np.empty((e.shape[0], n_tags)) for e in emits]
    pieces = sorted(((i, s, min(PIECE, e.shape[0] - s)) for i, e in enumerate(emits)
                     for s in range(0, e.shape[0], PIECE)), key=lambda p: -p[2])
    step = np.exp(trans[:-1] - trans[:-1].max())  # masked transitions are exp(-1e9) = 0
    start = np.exp(trans[-1] - trans[-1].max())
    k = 0
    while k < len(pieces):
        n = max(1, min(len(pieces) - k, VITERBI_CELLS // pieces[k][2]))
        batch = pieces[k : k + n]
        for (i, s, size), m in zip(batch, _forward_backward([emits[i][s : s + size] for i, s, size in batch],
                                                             step, start)):
            out[i][s : s + size] = m
        k += n
    return out


def _forward_backward(emits: list[np.ndarray], step: np.ndarray, start: np.ndarray) -> list[np.ndarray]:
    """Marginals of non-empty pieces sorted longest first (``marginals_many``)."""
    lens = np.array([e.shape[0] for e in emits])
    B, T, n_tags = len(emits), int(lens[0]), step.shape[0]
    # potentials (position, piece, tag): exp of the scores less each token's best, floored; padding is 1
    pot = np.ones((T, B, n_tags))
    em = np.concatenate(emits)
    em = np.exp(np.maximum(em - em.max(axis=1, keepdims=True), -FLOOR))
    pot[np.arange(len(em)) - np.repeat(np.cumsum(lens) - lens, lens), np.repeat(np.arange(B), lens)] = em
    active = np.searchsorted(-lens, -np.arange(T), side="left")  # pieces still running at each position
    alpha = np.ones((T, B, n_tags))  # padding (after a piece ends) stays 1
    a = start * pot[0]
    alpha[0] = a / a.sum(axis=1, keepdims=True)
    for t in range(1, T):
        k = active[t]
        a = (alpha[t - 1, :k] @ step) * pot[t, :k]
        alpha[t, :k] = a / a.sum(axis=1, keepdims=True)
    beta = np.ones((T, B, n_tags))
    for t in range(T - 2, -1, -1):
        k = active[t + 1]  # pieces going on past t (the others' last token keeps beta = 1)
        b = (beta[t + 1, :k] * pot[t + 1, :k]) @ step.T
        beta[t, :k] = b / b.sum(axis=1, keepdims=True)
    marg = alpha * beta
    marg /= marg.sum(axis=2, keepdims=True)
    return [marg[: lens[b], b] for b in range(B)]


_STEMS: dict[str, str] = {}


def _stems(words: list[str]) -> list[str]:
    """Clitic-stripped stems of ``words`` (``lexicon.word_forms``), kept for up to 200,000 word types."""
    if len(_STEMS) > 200_000:
        _STEMS.clear()
    out = list(map(_STEMS.get, words))
    if None in out:
        for k, w in enumerate(words):
            if out[k] is None:
                out[k] = _STEMS[w] = word_forms(w)[2]
    return out  # type: ignore[return-value]


@lru_cache(maxsize=65536)
def _everyday(stem: str) -> bool:
    """Whether a word is an everyday adjective with the article more than a name («السعودية», «الأردنية»):
    the learnt list of family names that are common words (``marsad.nlp.surname_words``)."""
    return norm("ال" + stem) in common_surname_words()


# Words that are no name alone, although the tagger may end or make a name with them: a title or an office
# («قابوس بن سعيد سلطان عمان» tagged up to «سلطان»: the «السلطان» before the name is no person), and the head
# noun of a place's or a body's name («كورنيش جدة», «نادي الهلال», «شركة ...»).  Kept as the listed words
# (normalised, without «ال»), matched whole: a stem of a listed word would take a letter of it for a clitic
# («وزير» -> «زير», «كرسي» -> «رسي») and block a real name («الزير», «الرسي»).
_NOT_ALONE = frozenset(norm_word(w).removeprefix("ال")
                       for w in " ".join((named_after.HONORIFICS, " ".join(TITLE_HEADS), named_after.HEADS,
                                          named_after.BEARER_HEADS)).split())


def _not_alone(word: str) -> bool:
    """Whether ``word`` is a title, an office or a head noun of ``_NOT_ALONE``, as written or after one proclitic
    («والوزير», «للسلطان»)."""
    n = norm_word(word)
    return (n.removeprefix("ال") in _NOT_ALONE
            or strip_clitics(n)[1].removeprefix("ال") in _NOT_ALONE)


def _titled(words: list[str], path: list[int], tags: tuple[str, ...], e: int) -> bool:
    """Whether the word at ``e`` ends a title whose last word is before it: the name of a place or a body
    («سلطان بروناي»), another title word or a definite genitive («ولي ولي العهد», «ولي العهد»)."""
    if e >= len(words):
        return False
    return tags[path[e]][0] == "B" or _not_alone(words[e]) or norm_word(words[e]).startswith("ال")


@lru_cache(maxsize=65_536)
def _number(word: str) -> bool:
    """Whether ``word`` is a number, in digits or in words («ستين», «مئة», «ألف»)."""
    n = norm(word)
    return any(c.isdigit() for c in word) or n in NUMBER_WORDS or n in _NUMBER_WORDS


def _measure(words: list[str], before: str = "") -> bool:
    """Whether ``words`` name a currency or a unit (``non_entities``), also in the accusative after a
    number ``before`` them («مئة ريالا»; «يوانا» alone is a given name, no yuan).  (Asked of every entity of
    every document: ``non_entity_class`` keeps its answer per name, ``_number`` per word.)"""
    return (non_entity_class(words) == "measure"
            or _number(before)
            and non_entity_class([w.removesuffix("اً").removesuffix("ا") for w in words]) == "measure")


def consistent_paths(docs: list[list[int]], sents: list[list[str]], emits: list[np.ndarray], trans: np.ndarray,
                     paths: list[list[int]], tags: tuple[str, ...],
                     opts: DocumentOptions = DocumentOptions(),
                     given: frozenset[str] = frozenset()) -> list[list[int]]:
    """Tag paths of ``sents`` after the document pass (see the module docstring).

    ``docs``: the sentence indices of each document; ``emits``/``paths``: each sentence's emission scores
    and Viterbi path under ``trans``; ``given``: given names (``norm_word``), the first word of a person
    named in full (less sure readings do not change the type of «سامر حداد» read surely as a person).
    A sentence in no document keeps its path.
    """
    out = list(paths)
    marg = marginals_many(emits, trans)
    first = {t: tags.index("B-" + t) for t in {t[2:] for t in tags if t != "O"}}
    inner = {t: tags.index("I-" + t) for t in first}
    # Viterbi again, only on windows around the changed names: each from the token after the last sure O
    # (an anchor: O in the first path with a marginal of at least ``ANCHOR``) before the name, or the sentence's
    # start, to the next anchor after it (the step into that O added to its last token's scores), or the end.
    # With the anchors kept O, the rest of the path stays the first path's (its best between them), and the
    # windows' best paths are the best of the whole sentence: a few short steps, not a second pass over all.
    starts: list[tuple[int, int, int, np.ndarray]] = []  # (sentence, start, end, scores) of a sentence's start
    after_o: list[tuple[int, int, int, np.ndarray]] = []  # windows after an anchor
    to_o = trans[:-1, 0]  # the step from each tag into O
    for doc in docs:
        for i, (bias, spans) in _document_bias(doc, sents, marg, paths, tags, first, inner, opts, given).items():
            path, m = paths[i], marg[i]
            anchor = [k == 0 and m[n, 0] >= ANCHOR for n, k in enumerate(path)]
            em = emits[i] + bias
            for start, end in _windows(spans, anchor):
                scores = em[start:end].copy()
                if end < len(path):
                    scores[-1] += to_o
                (after_o if start else starts).append((i, start, end, scores))
    for i in {w[0] for w in starts + after_o}:
        out[i] = list(out[i])  # (a copy: the caller's paths stay as they were)
    for windows, tr in ((starts, trans), (after_o, np.vstack([trans[:-1], trans[0]]))):
        for (i, start, end, _), path in zip(windows, viterbi_many([w[3] for w in windows], tr)):
            out[i][start:end] = path
    return out


def _windows(spans: list[tuple[int, int]], anchor: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of the windows around the changed ``spans`` of a sentence (``consistent_paths``), merged."""
    out: list[tuple[int, int]] = []
    for j, end in sorted(spans):
        start = j
        while start > 0 and not anchor[start - 1]:
            start -= 1
        while end < len(anchor) and not anchor[end]:
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _document_bias(doc: list[int], sents: list[list[str]], marg: list[np.ndarray], paths: list[list[int]],
                   tags: tuple[str, ...], first: dict[str, int], inner: dict[str, int],
                   opts: DocumentOptions, given: frozenset[str] = frozenset(),
                   ) -> dict[int, tuple[np.ndarray, list[tuple[int, int]]]]:
    """Scores to add to the emissions of the document's sentences that change, and the token ranges they are
    added to (sentence index -> (array, ranges))."""
    stems: dict[int, list[str]] = {}
    weight: dict[tuple[str, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    best: dict[tuple[str, ...], float] = defaultdict(float)
    whole: set[tuple[str, ...]] = set()  # names tagged whole (the others are words of a longer name)
    # the less sure entities' votes: they name no name, but vote on the type of a name that is no person's
    # family name («سيلتا فيجو» tagged ORG twice at .55 is not made a person by one PERS at .84) nor the name of a
    # person surely named in full, with a given name («سامر حداد»)
    persons: set[tuple[str, ...]] = set()  # keys the less sure readings do not vote on
    weak: dict[tuple[str, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for i in doc:
        path = paths[i]
        if not path or all(k == 0 for k in path):
            continue
        m = marg[i]
        st = stems[i] = _stems(sents[i])
        for s, e, typ in bio_spans([tags[k] for k in path]):
            conf = float(min(m[j, path[j]] for j in range(s, e)))
            if conf < opts.min_conf:
                weak[tuple(st[s:e])][typ] += conf
                continue
            words = sents[i][s:e]
            keys = [tuple(st[s:e])] if all(len(x) >= 2 for x in st[s:e]) and not _measure(
                words, sents[i][s - 1] if s else "") else []
            if len(keys) == 1 == e - s and _not_alone(words[0]):
                keys = []  # a title or a head noun tagged alone («السلطان»)
            whole.update(keys)
            if keys and typ == "PERS" and e - s > 1 and norm_word(words[0]) in given:
                persons.add(keys[0])
            # a person's last word is the family name alone, also when it is a title word after a given name
            # («خالد سلطان», «برويز مشرف», «آل الشيخ»), but not a title the tagger ran the name on into
            if (e - s > 1 and typ in opts.part_types and len(st[e - 1]) >= 3
                    and not (_not_alone(words[-1]) and _titled(sents[i], path, tags, e))):
                keys.append((st[e - 1],))
                persons.add((st[e - 1],))
            keys = [key for key in keys if len(key) > 1 or not _everyday(key[0])]
            for key in keys:
                if len(key) <= opts.max_words:
                    weight[key][typ] += conf
                    best[key] = max(best[key], conf)
    if not weight:
        return {}
    heads = {key[0] for key in weight}
    longest = max(map(len, weight))
    # Occurrences of the names, longest first, left to right: (sentence, start, length, name).
    found: list[tuple[int, int, int, tuple[str, ...]]] = []
    vetoed: set[tuple[str, ...]] = set()
    for i in doc:
        st = stems.get(i) or stems.setdefault(i, _stems(sents[i]))
        n, free = len(st), 0  # ``free``: the first position after the last occurrence found
        for j in [j for j, x in enumerate(st) if x in heads]:
            if j < free:
                continue
            for size in range(min(longest, n - j), 0, -1):
                key = tuple(st[j : j + size])
                if key in weight:
                    found.append((i, j, size, key))
                    if marg[i][j : j + size, 0].min() >= opts.o_conf:
                        vetoed.add(key)
                    free = j + size
                    break
    bias: dict[int, tuple[np.ndarray, list[tuple[int, int]]]] = {}
    for i, j, size, key in found:
        part = key not in whole
        if key in vetoed and not part:
            continue
        path, m = paths[i], marg[i]
        votes = weight[key]
        if key in weak and key not in persons:
            votes = dict(votes)
            for t, w in weak[key].items():
                votes[t] = votes.get(t, 0.0) + w
        typ = max(votes, key=votes.__getitem__)
        # the type of a longer entity the tagger found around the occurrence ("" if none): a family name is
        # not looked for inside one, no name is cut out of one of another type («الخطوط السعودية») nor out
        # of a person's name («علي الشمراني» stays whole where «الشمراني» alone is the name); one of its own type
        # (not PERS) may be cut («شركة» | «أرامكو السعودية»): skipping those too lowers dev F1 .763 -> .761
        around = (tags[path[j]][2:] if tags[path[j]][0] == "I"
                  else tags[path[j + size]][2:] if j + size < len(path) and tags[path[j + size]][0] == "I" else "")
        if around and (part or around != typ or typ == "PERS"):
            continue
        if float(min(m[k, path[k]] for k in range(j, j + size))) > best[key]:
            continue  # the occurrence's own tags are surer than the name's surest entity
        share = votes[typ] / sum(votes.values())
        if share < 0.5:
            continue
        if i not in bias:
            bias[i] = (np.zeros_like(m), [])
        add = (opts.part_beta if part else opts.beta) * share
        b = bias[i][0]
        bias[i][1].append((j, j + size))
        b[j, first[typ]] += add
        b[j + 1 : j + size, inner[typ]] += add
    return bias
