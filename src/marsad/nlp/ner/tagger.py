"""Tagging with the trained NER models: tokens -> BIO tags, text -> mention spans, and the pipeline stage.

Two profiles (``load_tagger(profile=...)``, the stage setting ``ner_profile``
or the environment variable ``MARSAD_NER_PROFILE``):

* ``accurate`` (default) — the BiLSTM-CRF of ``neural.py`` (SaudiNewsNet
  word vectors, character CNN, gazetteer and KB features), run in numpy
  and onnxruntime (its recurrent steps);
* ``fast`` — the averaged perceptron below, several times faster, weaker on
  documents unlike its training text.

Perceptron speed comes from the feature decomposition in ``features.py``: for each word
type the summed weights it contributes at positions 0, -1, +1, -2, +2 are
computed once and cached as a (5, n_tags) matrix; a sentence's emission
scores are then five shifted slices added together, plus two word-pair
lookups per token, followed by Viterbi over 9 tags.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from threadpoolctl import ThreadpoolController

from marsad.arabic import split_sentences
from marsad.arabic.sentences import LINK_HEADS, link_label_end
from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp.ner.conll import bio_spans
from marsad.nlp.ner.document import DocumentOptions, consistent_paths
from marsad.nlp.ner.features import BOS, EOS, POSITIONS, FeatureExtractor
from marsad.nlp.ner.lexicon import WordToken, token_bounds, tokenize, word_forms
from marsad.nlp.ner.model import MODEL_FILE, NerModel
from marsad.nlp.ner.neural import NEURAL_FILE, NeuralModel, NeuralScorer
from marsad.nlp.ner.perceptron import transition_mask, viterbi_many
from marsad.pipeline.stage import Resources, Stage

# ANERcorp type names -> the project's mention labels.
LABELS = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
PROFILES = {"accurate": NEURAL_FILE, "fast": MODEL_FILE}
DEFAULT_PROFILE = "accurate"
# Weight of the perceptron's scores added to the BiLSTM-CRF's in the accurate profile (0 = BiLSTM-CRF
# alone); chosen on the dev blocks with eval/eval_ner.py --partner-weights 0,1,2,3,4,6,8: dev F1
# 0.747 (0), 0.758 (1), 0.753 (2), 0.745 (3), 0.748 (4), 0.750 (6), 0.747 (8).
PARTNER_WEIGHT = 1.0


def profile_name(profile: str | None = None) -> str:
    """The profile to use: ``profile``, else ``MARSAD_NER_PROFILE``, else the default; InputError if unknown."""
    name = profile or os.environ.get("MARSAD_NER_PROFILE") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise InputError(f"unknown NER profile {name!r}: choose one of {', '.join(PROFILES)}")
    return name


@dataclass(slots=True)
class TaggerOptions:
    """Tagger settings."""

    max_cache: int = 200_000  # word types whose score matrices are kept (about 60 MB at the limit)


def _check_tokens(tokens: list[str]) -> None:
    # ``str.isspace`` over the list: a TypeError says a token is no string ("".isspace() is False).
    try:
        bad = any(map(str.isspace, tokens)) or "" in tokens
    except TypeError:
        bad = True
    if bad:
        raise InputError("NER tokens must be non-empty strings without only whitespace")


class _Spans:
    """Sentence tags -> mention spans; shared by both taggers (they define ``tag_many``)."""

    def tag_many(self, sents: list[list[str]]) -> list[list[str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (ANERcorp names: B-PERS, I-LOC, ..., O) for one sentence of tokens."""
        return self.tag_many([tokens])[0]

    def tag_documents(self, docs: list[list[list[str]]]) -> list[list[list[str]]]:
        """BIO tags of each sentence of each document (a document: its sentences' tokens, in order).

        Here each sentence alone (``tag_many``); the accurate profile overrides it with its document pass.
        """
        flat = iter(self.tag_many([s for doc in docs for s in doc]))
        return [[next(flat) for _ in doc] for doc in docs]

    def tag_sentences(self, sents: list[list[WordToken]], offsets: list[int]) -> list[Span]:
        """Mention spans over tokenized sentences (tagged as one batch, and as one document: the accurate profile's
        document pass reads them together); offsets shifted per sentence."""
        return self.tag_texts([(sents, offsets)])[0]

    def tag_texts(self, texts: list[tuple[list[list[WordToken]], list[int]]]) -> list[list[Span]]:
        """``tag_sentences`` of several texts, tagged as one batch; each text is a document (``tag_documents``)."""
        all_tags = self.tag_documents([[[t.text for t in toks] for toks in sents] for sents, _ in texts])
        return [self._spans(sents, tags, offsets) for (sents, offsets), tags in zip(texts, all_tags)]

    @staticmethod
    def _spans(sents: list[list[WordToken]], all_tags: list[list[str]], offsets: list[int]) -> list[Span]:
        out: list[Span] = []
        for tokens, tags, offset in zip(sents, all_tags, offsets):
            for start, end, typ in sorted(bio_spans(tags)):
                out.append(
                    Span(
                        kind="mention",
                        start=tokens[start].start + offset,
                        end=tokens[end - 1].end + offset,
                        label=LABELS.get(typ, typ),
                        data={"source": "ner"},
                    )
                )
        return out

    def tag_tokens(self, tokens: list[WordToken], offset: int = 0) -> list[Span]:
        """Mention spans over already tokenized text (one sentence, a document of its own); offsets shifted by
        ``offset``."""
        return self.tag_sentences([tokens], [offset])

    def tag_text(self, text: str) -> list[Span]:
        """Split ``text`` into sentences, tokenize and tag them; return ``mention`` spans (PER|LOC|ORG|MISC).

        Offsets are character offsets into ``text``.  Raises InputError if ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise InputError(f"tag_text expects str, got {type(text).__name__}")
        sents, offsets = [], []
        for start, end in split_sentences(text):
            tokens = tokenize(text[start:end])
            if tokens:
                sents.append(tokens)
                offsets.append(start)
        return self.tag_sentences(sents, offsets)


class NeuralTagger(_Spans):
    """The ``accurate`` profile: BiLSTM-CRF + Viterbi. Build with ``load_tagger()``.

    With a ``partner`` perceptron, the two models' scores are added (the perceptron's
    scaled by ``weight``) before Viterbi: a product of experts of a dense and a sparse model.
    ``tag_documents`` (articles: the pipeline stage, ``tag_text``) adds the document pass of
    ``document.py`` (names tagged alike across an article's sentences) unless ``document`` is None;
    ``tag_many`` and ``tag`` tag each sentence alone.
    """

    # Tokens per forward batch (a batch's LSTM outputs take 8H bytes a token and member, 0.8 KB at H = 100;
    # with LM features its packed inputs take 32H more).
    batch_tokens = 12000
    # Tokens of whole documents whose emission scores are kept together for the document pass (9 floats a token).
    document_tokens = 200_000

    def __init__(self, model: NeuralModel, partner: "Tagger | None" = None, weight: float = 0.0,
                 document: DocumentOptions | None = DocumentOptions()) -> None:
        self.model = model
        self.document = document
        self.tags = model.tags
        self.partner = partner if weight else None
        self.weight = weight if partner is not None else 0.0
        self.version = model.digest() + (f"+{partner.version}x{weight:g}" if self.partner else "")
        self._scorer = NeuralScorer(model)
        self._given_names: frozenset[str] | None = None  # ``_given``, read once
        # Found once: ``threadpool_limits`` looks the BLAS libraries up again at every call (~0.4 ms a text).
        self._threads = ThreadpoolController()
        trans = model.transitions()
        if self.partner is not None:
            trans = trans + self.weight * self.partner.model.transitions
        self._trans = trans + transition_mask(model.tags)

    def describe(self) -> str:
        m = self.model.meta
        n = self.model.n_members
        what = (f"accurate: BiLSTM-CRF{f' x {n} seeds' if n > 1 else ''}, epoch {m.get('epoch')}, "
                f"{len(self.model.featurizer.vocab):,} word vectors")
        return what + (f", + perceptron x {self.weight:g}" if self.partner else "")

    def tag_many(self, sents: list[list[str]]) -> list[list[str]]:
        """BIO tags of several sentences, scored in length-sorted batches."""
        for s in sents:
            _check_tokens(s)
        if not any(sents):
            return [[] for _ in sents]
        # numpy's matrix products here (projections, char-CNN, output layer) are small: a BLAS thread pool
        # only adds synchronisation (and stalls badly when other processes hold the cores), so one thread,
        # as on one core.  The recurrent steps run in onnxruntime, one thread too (``recurrence.Recurrence``).
        with self._threads.limit(limits=1, user_api="blas"):
            return self._tag_many(sents)

    def tag_documents(self, docs: list[list[list[str]]]) -> list[list[list[str]]]:
        """BIO tags of each sentence of each document, the document pass (``document.py``) after Viterbi;
        documents are taken in groups of about ``document_tokens`` tokens, their sentences scored as ``tag_many``
        scores them."""
        if self.document is None:
            return super().tag_documents(docs)
        for doc in docs:
            for s in doc:
                _check_tokens(s)
        with self._threads.limit(limits=1, user_api="blas"):
            return self._tag_documents(docs)

    def _tag_documents(self, docs: list[list[list[str]]]) -> list[list[list[str]]]:
        out: list[list[list[str]]] = [[[] for _ in doc] for doc in docs]
        # groups of whole documents of about ``document_tokens`` tokens
        for group in _batches(list(range(len(docs))), [sum(map(len, doc)) for doc in docs], self.document_tokens):
            where = [(d, i) for d in group for i, s in enumerate(docs[d]) if s]
            if where:
                sents = [docs[d][i] for d, i in where]
                ems = self._sorted_emissions(sents)
                groups: dict[int, list[int]] = {}
                for n, (d, _) in enumerate(where):
                    groups.setdefault(d, []).append(n)
                paths = consistent_paths(list(groups.values()), sents, ems, self._trans,
                                         viterbi_many(ems, self._trans), self.tags, self.document, self._given())
                for (d, i), path in zip(where, paths):
                    out[d][i] = [self.tags[t] for t in path]
        return out

    def _given(self) -> frozenset[str]:
        """Given names of the partner's gazetteer (the name lists' first names and persons), for the document
        pass: less sure readings do not change the type of a person named surely in full from one."""
        if self._given_names is None:
            gaz = self.partner.model.gazetteer if self.partner is not None else {}
            self._given_names = frozenset(w for w, flags in gaz.items() if {"FIRST", "PERS"} & set(flags.split()))
        return self._given_names

    def _sorted_emissions(self, sents: list[list[str]]) -> list[np.ndarray]:
        """``_emissions`` of non-empty sentences, scored as ``_tag_many`` does: in batches of about
        ``batch_tokens`` tokens of sentences of similar length (the recurrent steps run as long as a batch's
        longest sentence)."""
        out: list[np.ndarray] = [None] * len(sents)  # type: ignore[list-item]
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
        for batch in _batches(order, list(map(len, sents)), self.batch_tokens):
            for i, em in zip(batch, self._emissions([sents[i] for i in batch])):
                out[i] = em
        return out

    @property
    def transitions(self) -> np.ndarray:
        """The transition scores Viterbi reads (n_tags + 1, n_tags; last row = start; BIO mask added)."""
        return self._trans

    def emissions(self, sents: list[list[str]]) -> list[np.ndarray]:
        """Emission scores (n_i, n_tags) of non-empty sentences, the partner's added as in ``tag_many``."""
        with self._threads.limit(limits=1, user_api="blas"):
            return self._emissions(sents)

    def _emissions(self, sents: list[list[str]]) -> list[np.ndarray]:
        if not sents:
            return []
        # All tokens' scores as one array each (the same operations on every element as sentence by sentence).
        em = self._scorer.scores_flat(sents).astype(np.float64)
        if self.partner is not None:
            em += self.weight * self.partner.scores_flat(sents)
        return np.split(em, np.cumsum([len(s) for s in sents[:-1]]))

    def _tag_many(self, sents: list[list[str]]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in sents]
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        for batch in _batches(order, list(map(len, sents)), self.batch_tokens):
            ems = self._emissions([sents[i] for i in batch])
            for i, path in zip(batch, viterbi_many(ems, self._trans)):
                out[i] = [self.tags[t] for t in path]
        return out


def _batches(order: list[int], sizes: list[int], limit: int) -> Iterator[list[int]]:
    """``order`` cut into consecutive runs whose ``sizes`` add up to at most ``limit`` (a run holds one item at
    least): the batches of ``NeuralTagger._tag_many`` and ``_sorted_emissions``, the groups of ``_tag_documents``."""
    k = 0
    while k < len(order):
        j, size = k, 0
        while j < len(order) and (j == k or size + sizes[order[j]] <= limit):
            size += sizes[order[j]]
            j += 1
        yield order[k:j]
        k = j


class Tagger(_Spans):
    """The ``fast`` profile: averaged perceptron + Viterbi. Build with ``load_tagger(profile="fast")``."""

    def __init__(self, model: NerModel, opts: TaggerOptions | None = None) -> None:
        self.model = model
        self.opts = opts or TaggerOptions()
        self.tags = model.tags
        self.version = model.digest()
        self._fx = FeatureExtractor(gazetteer=model.gazetteer, clusters=model.clusters)
        self._index = {f: i for i, f in enumerate(model.features)}
        # The strings ``FeatureExtractor.word_groups`` gives (a feature without its position), numbered, and
        # the row of each at each position of ``POSITIONS`` (-1 where it is no feature; the last number is
        # any other string): a string read at two positions is looked up once (``_add``).
        at = [{f[len(p):]: i for f, i in self._index.items() if f.startswith(p)} for p in POSITIONS]
        self._key = {k: n for n, k in enumerate(dict.fromkeys(k for d in at for k in d))}
        self._key_rows = np.full((len(self._key) + 1, len(POSITIONS)), -1, dtype=np.intp)
        for j, d in enumerate(at):
            self._key_rows[list(map(self._key.__getitem__, d)), j] = list(d.values())
        # The word-pair features by their pair ("a|b"), as numbers (``_pair_codes``).
        self._bl = {f[3:]: i for f, i in self._index.items() if f.startswith("bl=")}
        self._br = {f[3:]: i for f, i in self._index.items() if f.startswith("br=")}
        self._nid, (self._bl_codes, self._br_codes) = _pair_codes([self._bl, self._br])
        # Weights plus one all-zero row (index ``_pad``).
        self._w = np.vstack([model.weights, np.zeros((1, len(model.tags)), dtype=np.float32)])
        self._pad = len(model.weights)
        self._trans = (model.transitions + transition_mask(model.tags)).astype(np.float64)
        # Word types seen so far: their row in ``_rows`` (the (5, n_tags) score matrices, stacked, so a
        # sentence's matrices are one fancy index) and their normal forms.
        self._slot: dict[str, int] = {}
        self._norms: list[str] = []
        self._rows = np.zeros((1024, 5, len(model.tags)), dtype=self._w.dtype)
        self._nids = np.full(1024, -1, dtype=np.int64)  # the number of each row's normal form in pairs (or -1)
        self._lock = threading.Lock()  # the cache above is filled and read under it (``scores_flat``)

    def _word(self, word: str) -> tuple[np.ndarray, str]:
        """(5, n_tags) score matrix of a word type at positions 0/-1/+1/-2/+2, and its normal form (cached)."""
        slot = self._slot.get(word)
        if slot is None:
            self._add([word])
            slot = self._slot[word]
        return self._rows[slot], self._norms[slot]

    def _add(self, words: list[str]) -> None:
        """Cache the score matrices of new word types (all of them summed in one numpy call)."""
        pad = self._pad
        get, other = self._key.get, len(self._key)
        groups, picks = self._fx.word_groups, self._fx.word_picks
        keys: list[int] = []
        sizes: list[int] = []
        # The numbers of each word's three groups of strings (its own; seen from a neighbour, read at -1
        # and +1; seen from two words away, read at -2 and +2), each string looked up once: the near and far
        # ones are some of its own (``word_picks``), their numbers taken from those of its own.
        for word in words:
            if word == BOS or word == EOS:
                core, near, far = groups(word)
                keys += map(get, core, repeat(other, len(core)))
                keys += map(get, near, repeat(other, len(near)))
                keys += map(get, far, repeat(other, len(far)))
                sizes += (len(core), len(near), len(far))
                continue
            core, near_at, far_at = picks(word)
            own = list(map(get, core, repeat(other, len(core))))
            keys += own
            keys += map(own.__getitem__, near_at)
            keys += map(own.__getitem__, far_at)
            sizes += (len(own), len(near_at), len(far_at))
        # Five segments a word, at positions 0, -1, +1, -2, +2, reading its groups 0, 1, 1, 2, 2: the rows
        # of each segment's strings at its position, after the all-zero row (it keeps every segment
        # non-empty for reduceat).
        keys = np.array(keys, dtype=np.intp)
        sizes = np.array(sizes, dtype=np.intp)
        first = np.cumsum(sizes) - sizes  # where each group starts in ``keys``
        group = (3 * np.arange(len(words)))[:, None] + np.array([0, 1, 1, 2, 2])  # (words, 5)
        seg_size = sizes[group].ravel()
        seg_pos = np.tile(np.arange(len(POSITIONS)), len(words))
        seg_start = np.cumsum(seg_size + 1) - seg_size - 1  # the zero row's place in ``found``
        n = int(seg_size.sum())
        at = np.arange(n) - np.repeat(np.cumsum(seg_size) - seg_size, seg_size)  # index within its segment
        src = np.repeat(first[group.ravel()], seg_size) + at
        found = np.full(n + len(seg_size), pad, dtype=np.intp)
        found[np.repeat(seg_start + 1, seg_size) + at] = self._key_rows[keys[src], np.repeat(seg_pos, seg_size)]
        # Features the model does not know are left out (not summed as zero rows: numpy sums a long
        # segment in an unrolled order that depends on its length, and the floats would change).
        known = found >= 0
        ids = found[known]
        starts = (np.cumsum(known) - 1)[seg_start]
        slot = len(self._norms)
        if slot + len(words) > len(self._rows):
            grown = np.zeros((max(2 * len(self._rows), slot + len(words)), *self._rows.shape[1:]),
                             dtype=self._rows.dtype)
            grown[:slot] = self._rows[:slot]
            self._rows = grown
            self._nids = np.concatenate([self._nids[:slot], np.full(len(grown) - slot, -1, dtype=np.int64)])
        # The same segments as one reduceat per word would sum, in the same order: the same floats.
        sums = np.add.reduceat(self._w[ids], starts, axis=0).reshape(len(words), 5, -1)
        self._rows[slot : slot + len(words)] = sums
        # Normal form for the word-pair features; the padding words too, exactly as in training.
        self._norms.extend(word_forms(w)[0] for w in words)
        self._nids[slot : slot + len(words)] = list(map(self._nid.get, self._norms[slot:], repeat(-1, len(words))))
        self._slot.update((w, slot + k) for k, w in enumerate(words))

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Emission scores (n_tokens, n_tags) of a sentence."""
        return self.scores_many([tokens])[0]

    def scores_many(self, sents: list[list[str]]) -> list[np.ndarray]:
        """Emission scores (n_i, n_tags) of each sentence, computed over all of them at once."""
        return np.split(self.scores_flat(sents), np.cumsum([len(t) for t in sents[:-1]])) if sents else []

    def scores_flat(self, sents: list[list[str]]) -> np.ndarray:
        """Emission scores (tokens, n_tags) of the tokens of ``sents``, in order (``scores_many`` unsplit).

        One call at a time: the word cache it fills and reads (``_add``) is shared by the threads of a
        Dask worker, and another thread growing or clearing it between the fill and the read would give
        other tags or fail.
        """
        with self._lock:
            return self._scores_flat(sents)

    def _scores_flat(self, sents: list[list[str]]) -> np.ndarray:
        padded = [w for tokens in sents for w in (BOS, BOS, *tokens, EOS, EOS)]
        if len(self._slot) + len(padded) > self.opts.max_cache:
            # bounded memory on endless streams; refilling is cheap (never in the middle of a call)
            self._slot.clear()
            self._norms.clear()
        slot = self._slot
        new = [w for w in dict.fromkeys(padded) if w not in slot]
        if new:
            self._add(new)
        slots = np.fromiter(map(slot.__getitem__, padded), dtype=np.intp, count=len(padded))
        # Row of each token in ``padded`` (two padding words on each side of every sentence): token j of
        # sentence i is preceded by the i + 1 sentences' padding words before it (2 + 4 i of them).
        lens = np.fromiter(map(len, sents), dtype=np.intp, count=len(sents))
        pos = np.arange(int(lens.sum()), dtype=np.intp) + np.repeat(2 + 4 * np.arange(len(sents)), lens)
        # Each position's matrix row read straight from the cached rows (no (tokens, 5, n_tags) copy first).
        rows = self._rows
        emit = (rows[slots[pos], 0] + rows[slots[pos - 1], 1] + rows[slots[pos + 1], 2] + rows[slots[pos - 2], 3]
                + rows[slots[pos + 2], 4])
        # The two word-pair features of each token; missing pairs point at the all-zero row (adding
        # 0.0 changes nothing, so the sums are the same as adding only the pairs that exist).  Pair i is
        # "word i|word i + 1" as a number (``_pair_codes``): found by a binary search, no string joined.
        pad = self._pad
        nid = self._nids[slots]
        code = nid[:-1] * len(self._nid) + nid[1:]
        code[(nid[:-1] < 0) | (nid[1:] < 0)] = -1  # a word in no pair feature
        left = _find_pairs(self._bl_codes, code[pos - 1], pad)  # the pair of the word before and it
        right = _find_pairs(self._br_codes, code[pos], pad)  # the pair of each token and the next word
        emit += self._w[left]
        emit += self._w[right]
        return emit

    def describe(self) -> str:
        return f"fast: averaged perceptron, {len(self.model.features):,} features"

    def tag_many(self, sents: list[list[str]]) -> list[list[str]]:
        """BIO tags of several sentences."""
        for tokens in sents:
            _check_tokens(tokens)
        paths = viterbi_many(self.scores_many(sents), self._trans)
        return [[self.tags[k] for k in path] for path in paths]


def _pair_codes(tables: list[dict[str, int]]) -> tuple[dict[str, int], list[tuple[np.ndarray, np.ndarray]]]:
    """Word-pair features ("a|b" -> row) as numbers: a number for each normal form in a pair, and for each
    table its pairs' codes ``number(a) * count + number(b)``, sorted, with their rows.

    A key is entered under each of its splits at a "|" (a normal form may hold one, as the token "|"):
    a pair (a, b) then finds the key ``a + "|" + b`` exactly as looking the joined string up did.
    """
    nid: dict[str, int] = {}
    split = []
    for table in tables:
        pairs = []
        for key, row in table.items():
            j = key.find("|")
            while j >= 0:
                a, b = key[:j], key[j + 1 :]
                pairs.append((nid.setdefault(a, len(nid)), nid.setdefault(b, len(nid)), row))
                j = key.find("|", j + 1)
        split.append(pairs)
    out = []
    for pairs in split:
        arr = np.array(pairs, dtype=np.int64).reshape(-1, 3)
        codes = arr[:, 0] * len(nid) + arr[:, 1]
        order = np.argsort(codes, kind="stable")
        out.append((codes[order], arr[order, 2].astype(np.intp)))
    return nid, out


def _find_pairs(table: tuple[np.ndarray, np.ndarray], codes: np.ndarray, missing: int) -> np.ndarray:
    """The rows of pair ``codes`` in a table of ``_pair_codes``; ``missing`` for pairs not in it (and -1)."""
    keys, rows = table
    if not len(keys):
        return np.full(len(codes), missing, dtype=np.intp)
    at = np.minimum(np.searchsorted(keys, codes), len(keys) - 1)
    return np.where(keys[at] == codes, rows[at], missing)


_TAG = re.compile(r"O|[BIESLU]-\w+")  # the last column of a tagged (CoNLL) line: BIO, BIOES or BILOU


def tag_lines(lines: Iterable[str], tagger: "Tagger | NeuralTagger", batch: int = 64) -> Iterator[str]:
    """Tag a token-per-line stream: yields ``token<TAB>TAG`` lines, blank lines kept where they were.

    Sentences are separated by blank lines; a line's first whitespace-separated
    field is the token (so a ``token TAG`` gold file can be fed as is). A line of running text (several words, its
    last not a tag) is a sentence of its own, its words tokenized: all but its first word were dropped, silently.
    """
    pending: list[list[str]] = []  # sentences, each followed by one blank line unless it ends the input

    def flush(final: bool) -> Iterator[str]:
        for k, (sent, tags) in enumerate(zip(pending, tagger.tag_many(pending))):
            yield from (f"{t}\t{g}" for t, g in zip(sent, tags))
            if not (final and k == len(pending) - 1 and sent):
                yield ""
        pending.clear()

    sent: list[str] = []
    text_last = False  # the last line was running text (its sentence ends the input: no blank line after it)
    for line in lines:
        fields = line.split()
        text_last = len(fields) > 1 and not _TAG.fullmatch(fields[-1])
        if text_last:
            from marsad.arabic.tokenize import tokenize

            if sent:
                pending.append(sent)
            pending.append([t.text for t in tokenize(line.strip())])
            sent = []
            if len(pending) >= batch:
                yield from flush(False)
            continue
        if fields:
            sent.append(fields[0])
            continue
        pending.append(sent)  # an empty "sentence" stands for a blank line with no tokens before it
        sent = []
        if len(pending) >= batch:
            yield from flush(False)
    if sent:
        pending.append(sent)
        yield from flush(True)
    elif pending:
        yield from flush(text_last)


def load_tagger(path: Path | None = None, profile: str | None = None) -> "Tagger | NeuralTagger":
    """The tagger of ``profile`` (see ``profile_name``), or of the one model file at ``path``; loaded once."""
    if path is not None:
        return _load(Path(path))
    name = profile_name(profile)
    if name == "accurate" and PARTNER_WEIGHT:
        return _load_pair(NEURAL_FILE, MODEL_FILE, PARTNER_WEIGHT)
    return _load(PROFILES[name])


@lru_cache(maxsize=4)
def _load(path: Path) -> "Tagger | NeuralTagger":
    try:
        return NeuralTagger(NeuralModel.load(path))
    except InputError as exc:
        if "not a neural NER model" not in str(exc):
            raise
    return Tagger(NerModel.load(path))


@lru_cache(maxsize=2)
def _load_pair(neural: Path, perceptron: Path, weight: float) -> NeuralTagger:
    return NeuralTagger(NeuralModel.load(neural), Tagger(NerModel.load(perceptron)), weight)


def _model_version() -> str:
    """Stage version: the profile and a short hash of its model files (read at import)."""
    name = profile_name()
    files = [PROFILES[name]] + ([MODEL_FILE] if name == "accurate" and PARTNER_WEIGHT else [])
    h = hashlib.sha256(f"{PARTNER_WEIGHT:g}".encode())
    try:
        for f in files:
            h.update(f.read_bytes())
    except OSError:
        return "missing"
    # link lines' labels are not tagged; the accurate profile's document pass (document.py), with the guards
    # against titles, name heads, currencies and one-reading type changes (doc2), which let a title word that is a
    # family name spread, match listed words whole and keep a person named in full from less sure readings (doc3)
    return name + ":" + h.hexdigest()[:12] + "+links" + ("+doc3" if name == "accurate" else "")


def run_ner(doc: Doc, res: Resources) -> None:
    """Pipeline stage body: tag each ``sentence`` span of ``doc`` and append ``mention`` spans.

    Articles known to be in another language than Arabic are skipped: the model only knows Arabic.
    """
    run_ner_many([doc], res)


def run_ner_many(docs: list[Doc], res: Resources) -> None:
    """``run_ner`` of several documents, their sentences tagged as one batch (the BiLSTM's steps and
    Viterbi's run over many sentences at once).  Documents are changed only once every one is tagged."""
    todo = [doc for doc in docs if doc.article.language in (None, "ar")]
    if not todo:
        return
    tagger = res.get("ner", lambda: load_tagger(profile=res.settings.get("ner_profile")))
    # ``tag_texts`` of the documents, with each sentence's tokens as (texts, starts, ends) lists: a token
    # object each is not needed to find the offsets of the few that are mentions.
    sents: list[list[str]] = []
    bounds: list[list[tuple[list[int], list[int], int]]] = []
    for doc in todo:
        text = doc.text
        mine = []
        for sent in doc.layer("sentence"):
            begin = sent.start
            if text.startswith(LINK_HEADS, begin):
                # "رابط الخبر بصحيفة X: <headline>": the label is no name ("الخبر", the news, is not the city of
                # Khobar); the headline after it is tagged as any sentence
                begin += link_label_end(text[begin : sent.end])
            words, starts, ends = token_bounds(text[begin : sent.end])
            if words:
                sents.append(words)
                mine.append((starts, ends, begin))
        bounds.append(mine)
    # each article is a document: its names tagged alike across its sentences (``NeuralTagger.tag_documents``)
    flat = iter(sents)
    all_tags = iter([tags for doc_tags in tagger.tag_documents([[next(flat) for _ in mine] for mine in bounds])
                     for tags in doc_tags])
    for doc, mine in zip(todo, bounds):
        out = doc.layer("mention")
        for starts, ends, offset in mine:
            tags = next(all_tags)
            if tags.count("O") == len(tags):  # no mention (most sentences)
                continue
            for start, end, typ in sorted(bio_spans(tags)):
                out.append(Span(kind="mention", start=starts[start] + offset, end=ends[end - 1] + offset,
                                label=LABELS.get(typ, typ), data={"source": "ner"}))


NER = Stage(
    name="ner",
    version=_model_version(),
    func=run_ner,
    batch=run_ner_many,
    requires=("sentence",),
    assigns=("mention",),
    doc="Arabic named entities (PER, LOC, ORG, MISC) from the shipped model (BiLSTM-CRF, or the fast perceptron).",
)
STAGE = NER
