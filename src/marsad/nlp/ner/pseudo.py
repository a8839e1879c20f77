"""Self-training data for the neural NER model: SaudiNewsNet sentences tagged by a teacher (training only).

ANERcorp is 2000s news; Marsad reads 2015 Saudi news.  A teacher tagger (by default the shipped
BiLSTM-CRF alone; ``partner=True``: with its perceptron partner, the ``accurate`` profile) tags
SaudiNewsNet sentences, and the ones it is sure of become extra training sentences ("pseudo-labels"):

* its CRF's token marginals (forward-backward over the same emission and transition scores that
  Viterbi reads) are computed; a sentence's confidence is the LEAST marginal of the Viterbi path's
  tags over its tokens — so a doubtful name and a doubtful ``O`` (a name perhaps missed) both count;
* kept: confidence >= ``min_conf``, at least one span of ``types``, ``min_len`` <= tokens <=
  ``max_len``, no exact repeat (same token sequence);
* at most ``ratio`` x the gold training sentences are kept, drawn at random (fixed seed) among those.

Candidates are the sentences (``marsad.arabic.split_sentences``, tokens of ``lexicon.tokenize``, as
at run time) of the SaudiNewsNet articles whose text hash falls in the first ``share`` of the hash
range: a fixed sample spread over every day.  Scored candidates are cached (``embeddings.cache_dir``)
keyed by the teacher's files and these sampling options, so variants of the selection are cheap.

Measured (ner9): no gain — see ``NeuralTrainOptions.pseudo`` for the figures; the shipped model has none.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.nlp.ner.conll import Sentence, bio_spans


@dataclass(slots=True)
class PseudoOptions:
    """Which pseudo-labelled sentences join the training data (see the module docstring)."""

    ratio: float = 1.0  # kept sentences, as a multiple of the gold training sentences
    min_conf: float = 0.95  # least marginal probability of the teacher's tag over the sentence's tokens
    types: tuple[str, ...] = ("PERS", "LOC", "ORG", "MISC")  # a kept sentence holds a span of one of these
    min_len: int = 6
    max_len: int = 60
    partner: bool = False  # teacher = the BiLSTM-CRF alone; True: + its perceptron partner (the accurate profile)
    teacher: Path | None = None  # neural model file of the teacher (default: the shipped one)
    share: float = 0.25  # share of the SaudiNewsNet articles read for candidates
    seed: int = 7


def marginals(emit: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Token marginals (n, T) of a linear-chain CRF: emission scores (n, T), transitions (T + 1, T), last
    row = sentence start, forbidden transitions very negative (``perceptron.transition_mask``)."""
    n, T = emit.shape
    if n == 0:
        return np.zeros((0, T))
    step = trans[:-1]
    alpha = np.empty((n, T))
    beta = np.zeros((n, T))
    alpha[0] = trans[-1] + emit[0]
    for i in range(1, n):
        a = alpha[i - 1][:, None] + step
        m = a.max(axis=0)
        alpha[i] = m + np.log(np.exp(a - m).sum(axis=0)) + emit[i]
    for i in range(n - 2, -1, -1):
        b = step + (emit[i + 1] + beta[i + 1])[None, :]
        m = b.max(axis=1)
        beta[i] = m + np.log(np.exp(b - m[:, None]).sum(axis=1))
    g = alpha + beta
    g -= g.max(axis=1, keepdims=True)
    p = np.exp(g)
    return p / p.sum(axis=1, keepdims=True)


def confidence(emit: np.ndarray, trans: np.ndarray, path: list[int]) -> float:
    """Least marginal probability of ``path``'s tags over the sentence's tokens."""
    if not path:
        return 0.0
    p = marginals(emit, trans)
    return float(p[np.arange(len(path)), path].min())


def score_sentences(tagger, sents: list[list[str]]) -> list[tuple[list[str], float]]:
    """(teacher's tags, confidence) of each sentence, by a ``NeuralTagger`` (with or without partner)."""
    from marsad.nlp.ner.perceptron import viterbi_many

    out: list[tuple[list[str], float]] = []
    for k in range(0, len(sents), 256):
        chunk = sents[k : k + 256]
        ems = tagger.emissions(chunk)
        paths = viterbi_many(ems, tagger.transitions)
        for em, path in zip(ems, paths):
            out.append(([tagger.tags[j] for j in path], confidence(em, tagger.transitions, path)))
    return out


def select(scored: list[tuple[list[str], list[str], float]], n_max: int, opts: PseudoOptions) -> list[Sentence]:
    """The kept sentences among (tokens, tags, confidence) triples, at most ``n_max`` (module docstring)."""
    seen: set[tuple[str, ...]] = set()
    ok: list[Sentence] = []
    for toks, tags, conf in scored:
        if conf < opts.min_conf or not opts.min_len <= len(toks) <= opts.max_len:
            continue
        if not any(ty in opts.types for _, _, ty in bio_spans(tags)):
            continue
        key = tuple(toks)
        if key in seen:
            continue
        seen.add(key)
        ok.append(list(zip(toks, tags)))
    if len(ok) > n_max:
        rng = random.Random(opts.seed)
        ok = [ok[i] for i in sorted(rng.sample(range(len(ok)), n_max))]
    return ok


def _candidates(corpus_dir: Path, share: float) -> list[list[str]]:
    from marsad.arabic import split_sentences
    from marsad.nlp.ner.clusters import iter_texts
    from marsad.nlp.ner.lexicon import tokenize

    cut = int(share * 2**32)
    out = []
    for text in iter_texts(corpus_dir):
        if zlib.crc32(text.encode("utf-8")) >= cut:
            continue
        for a, b in split_sentences(text):
            toks = [t.text for t in tokenize(text[a:b])]
            if toks:
                out.append(toks)
    return out


def _teacher(opts: PseudoOptions):
    from marsad.nlp.ner.model import MODEL_FILE, NerModel
    from marsad.nlp.ner.neural import NEURAL_FILE, NeuralModel
    from marsad.nlp.ner.tagger import PARTNER_WEIGHT, NeuralTagger, Tagger

    path = opts.teacher or NEURAL_FILE
    files = [path] + ([MODEL_FILE] if opts.partner else [])
    if opts.partner:
        tagger = NeuralTagger(NeuralModel.load(path), Tagger(NerModel.load(MODEL_FILE)), PARTNER_WEIGHT)
    else:
        tagger = NeuralTagger(NeuralModel.load(path))
    return tagger, files


def pseudo_sentences(corpus_dir: Path, n_gold: int, opts: PseudoOptions, verbose: bool = False) -> list[Sentence]:
    """The pseudo-labelled sentences for ``n_gold`` gold training sentences (scored candidates cached)."""
    from marsad.nlp.ner.embeddings import cache_dir

    tagger, files = _teacher(opts)
    h = hashlib.sha256(f"{opts.share}|{opts.partner}|{getattr(tagger, 'weight', 0)}".encode())
    for f in files:
        h.update(f.read_bytes())
    for z in sorted(corpus_dir.glob("*.zip")):
        h.update(f"{z.name}:{z.stat().st_size}".encode())
    path = cache_dir() / f"pseudo-{h.hexdigest()[:16]}.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            scored = [tuple(json.loads(line)) for line in fh]
    else:
        cands = _candidates(corpus_dir, opts.share)
        # The teacher is only run on sentences that could be kept.
        cands = [s for s in cands if opts.min_len <= len(s) <= max(opts.max_len, 100)]
        scored = [(s, tags, conf) for s, (tags, conf) in zip(cands, score_sentences(tagger, cands))]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with gzip.open(tmp, "wt", encoding="utf-8") as fh:
            for row in scored:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        tmp.replace(path)
    kept = select(scored, int(opts.ratio * n_gold), opts)
    if verbose:
        n_ok = sum(1 for _, _, c in scored if c >= opts.min_conf)
        print(f"pseudo-labels: {len(scored):,} candidate sentences, {n_ok:,} with confidence >= {opts.min_conf}, "
              f"{len(kept):,} kept ({sum(map(len, kept)):,} tokens)", flush=True)
    return kept
