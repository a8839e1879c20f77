"""Training the ``fast`` NER model (averaged perceptron) on ANERcorp, deterministically.

``train_ner(TrainOptions(...))`` reads ``anercorp/train.txt``, keeps the
honest split (``conll.split_blocks``: trains on the train blocks, picks the
epoch on the dev blocks, never reads the frozen ones), builds the gazetteer
from ``../shared/data`` (word clusters come from the shipped
``data/clusters.tsv.gz``, rebuilt from SaudiNewsNet with
``rebuild_clusters=True``), trains for up to ``epochs`` passes (sentence
order shuffled with a fixed seed), keeps the averaged weights of the epoch
with the best dev F1 and writes the model.  Same data + same options = same
weights, same bytes.  The ``accurate`` profile is trained by ``train_neural.py``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.nlp.ner.clusters import CLUSTERS_FILE, build_clusters, load_clusters, save_clusters
from marsad.nlp.ner.conll import Sentence, read_conll, score, shared_data_dir, split_blocks
from marsad.nlp.ner.features import FeatureExtractor, sentence_features
from marsad.nlp.ner.lexicon import build_gazetteer, kb_snapshot
from marsad.nlp.ner.model import MODEL_FILE, NerModel
from marsad.nlp.ner.perceptron import TAG_INDEX, TAGS, AveragedPerceptron, Example


@dataclass(slots=True)
class TrainOptions:
    """Where to read and write, and the training schedule."""

    data: Path | None = None  # ANERcorp token/tag file; default ../shared/data/anercorp/train.txt
    out: Path = MODEL_FILE
    resources: Path | None = None  # dir holding anergazet/, names/, countries/; default ../shared/data
    clusters: Path = CLUSTERS_FILE
    rebuild_clusters: bool = False  # first rebuild ``clusters`` from ../shared/data/saudinewsnet (about a minute)
    epochs: int = 15
    seed: int = 7
    use_dev_split: bool = True  # False: train on every sentence and keep the last epoch
    limit: int | None = None  # use only the first N sentences (tests)
    min_count: int = 1  # drop features seen in fewer training tokens
    use_kb: bool = False  # KB name flags as gazetteer features (with 4-letter affixes: dev F1 0.721 vs 0.731)
    verbose: bool = False


@dataclass(slots=True)
class TrainReport:
    """What training did: dev F1 per epoch, the chosen epoch, sizes and timings."""

    path: Path
    n_train: int
    n_dev: int
    n_features: int
    best_epoch: int
    dev_f1: float | None
    epoch_f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    size_bytes: int = 0


def _examples(
    sents: list[Sentence], fx: FeatureExtractor, index: dict[str, int], grow: bool, cache: dict
) -> list[Example]:
    out = []
    for s in sents:
        feats = sentence_features(fx, [w for w, _ in s], cache)
        ids: list[int] = []
        starts: list[int] = []
        for fs in feats:
            starts.append(len(ids))
            for f in fs:
                i = index.get(f)
                if i is None and grow:
                    i = index[f] = len(index)
                if i is not None:
                    ids.append(i)
        gold = [TAG_INDEX.get(t, 0) for _, t in s]
        out.append(Example(np.asarray(ids, dtype=np.int64), np.asarray(starts, dtype=np.int64), np.asarray(gold)))
    return out


def _count_features(sents: list[Sentence], fx: FeatureExtractor, cache: dict) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in sents:
        for fs in sentence_features(fx, [w for w, _ in s], cache):
            for f in fs:
                counts[f] = counts.get(f, 0) + 1
    return counts


def train_ner(opts: TrainOptions | None = None) -> TrainReport:
    """Train and save the NER model; returns a TrainReport (raises InputError on missing data)."""
    opts = opts or TrainOptions()
    t0 = time.perf_counter()
    shared = shared_data_dir()
    data = opts.data or shared / "anercorp" / "train.txt"
    sents = read_conll(data)
    if opts.limit:
        sents = sents[: opts.limit]
    if not sents:
        raise InputError(f"no sentences in {data}")
    split = split_blocks(sents)
    train, dev = (split.train, split.dev) if opts.use_dev_split else (split.train + split.dev, [])
    gaz = build_gazetteer(opts.resources or shared)
    if opts.use_kb:
        for k, v in kb_snapshot().items():
            gaz[k] = " ".join(sorted(set(gaz.get(k, "").split()) | set(v.split())))
    if opts.rebuild_clusters:
        save_clusters(build_clusters((opts.resources or shared) / "saudinewsnet"), opts.clusters)
        load_clusters.cache_clear()
    clusters = dict(load_clusters(opts.clusters))
    fx = FeatureExtractor(gazetteer=gaz, clusters=clusters)
    cache: dict = {}
    index: dict[str, int] = {}
    if opts.min_count > 1:
        counts = _count_features(train, fx, cache)
        index = {f: i for i, f in enumerate(f for f, c in counts.items() if c >= opts.min_count)}
    train_ex = _examples(train, fx, index, opts.min_count <= 1, cache)
    dev_ex = _examples(dev, fx, index, False, cache)
    model = AveragedPerceptron(len(index))
    rng = np.random.default_rng(opts.seed)
    order = np.arange(len(train_ex))
    best = (-1.0, 0, None, None)
    epoch_f1: list[float] = []
    for epoch in range(1, opts.epochs + 1):
        rng.shuffle(order)
        errors = sum(model.update(train_ex[i]) for i in order)
        w, t = model.averaged()
        if dev_ex:
            pred = [[TAGS[k] for k in model.predict(ex, w, t)] for ex in dev_ex]
            f1 = score([[t_ for _, t_ in s] for s in dev], pred).prf()[2]
        else:
            f1 = 0.0
        epoch_f1.append(f1)
        if opts.verbose:
            print(f"epoch {epoch}: {errors} wrong train sentences, dev F1 {f1:.4f}", flush=True)
        if f1 > best[0] or not dev_ex:
            best = (f1, epoch, w, t)
    f1, epoch, w, t = best
    # Keep only features with a non-zero averaged weight: most never get updated.
    keep = np.flatnonzero(np.abs(w).max(axis=1) > 1e-6)
    names = [None] * len(index)
    for f, i in index.items():
        names[i] = f
    scale = float(np.abs(w[keep]).max()) if len(keep) else 1.0
    nm = NerModel(
        tags=TAGS,
        features=[names[i] for i in keep],
        # Scaled to [-1, 1] before float16 storage; a uniform scale leaves the argmax unchanged.
        weights=(w[keep] / scale).astype(np.float32),
        transitions=(t / scale).astype(np.float32),
        gazetteer=gaz,
        clusters=clusters,
        meta={
            "data": Path(data).name,
            "dev_split": "blocks" if opts.use_dev_split else "none",
            "epochs": epoch,
            "seed": opts.seed,
            "dev_f1": round(f1, 4) if dev_ex else None,
            "n_train": len(train),
            "clusters": opts.clusters.name,
        },
    )
    nm.save(opts.out)
    return TrainReport(
        path=opts.out,
        n_train=len(train),
        n_dev=len(dev),
        n_features=len(keep),
        best_epoch=epoch,
        dev_f1=f1 if dev_ex else None,
        epoch_f1=epoch_f1,
        seconds=time.perf_counter() - t0,
        size_bytes=opts.out.stat().st_size,
    )
