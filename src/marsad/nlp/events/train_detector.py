"""Train the sentence detector (:mod:`marsad.nlp.events.detect`) on the Arabic PLOVER gold sentences.

Reads ``event_gsr_dev/{protest,assault}_dev.csv`` from ``../shared/data`` and
splits it by source document: a document whose id hashes (sha256) to 0, 1 or 2
modulo 10 is *frozen* — never trained or tuned on, only scored by
``eval/eval_events_gsr.py`` — the rest is the *dev* part.  On the dev part the
regularisation strength and the decision threshold are chosen by 5-fold
cross-validation grouped by document; the figures printed are those
cross-validated ones.  The final model is then fitted on the whole dev part and
written to ``data/detector.json``.

The annotators' spans (``*_spans_dev.json``) teach the model which words they mark as an event's
verb and as its actor (:func:`learn_span_words`, from the training sentences only — inside the
cross-validation, from the training folds only) and :func:`marsad.nlp.events.detect.span_features`
says where those words stand in a sentence.

Labels are soft: a sentence counts as positive in the proportion of annotators
who accepted it (``yes`` sentences are unanimous, a ``difficult no`` has one or two
accepts), which tells the model how clear-cut each example is.

Run: ``make train-events`` or ``python -m marsad.nlp.events.train_detector``
(needs the ``train`` extra: scikit-learn).  Same data, same options → same file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import _tokens, stems
from marsad.nlp.events.detect import (
    DETECTED_TYPES, Detector, TypeModel, lexical_features, sentence_features, span_features, token_base,
)

DETECTOR_FILE = Path(__file__).resolve().parent / "data" / "detector.json"
FROZEN_MOD, FROZEN_BELOW = 10, 3  # documents whose hash % 10 < 3 are frozen (about 30%)
BIAS_DIGITS = 6  # decimals of the bias kept (see _weights)
PRUNE = 0.005  # weights smaller than this are dropped from the shipped file (they move no decision)
# A word becomes a learned verb (actor) word when the annotators marked it in at least this many training
# sentences, and in at least this share of the training sentences holding it ("لم", "في" are marked too,
# but stand in every other sentence).
# Actor words are commoner in sentences that report no event ("قمع المتظاهرين"): a lower share for them.
SPAN_MIN_COUNT, SPAN_MIN_SHARE = {"verb": 2, "source_actor": 3}, {"verb": 0.2, "source_actor": 0.05}


def document_of(sentence_id: str) -> str:
    """The source document of a gold sentence id: "AAW_ARB_20071026.0026-2" → "AAW_ARB_20071026.0026"."""
    m = re.match(r"^(.*)[-_]\d+$", sentence_id)
    return m.group(1) if m else sentence_id


def is_frozen(sentence_id: str) -> bool:
    """Whether a gold sentence belongs to the frozen part (by a hash of its document id, fixed up front)."""
    digest = hashlib.sha256(document_of(sentence_id).encode("utf-8")).hexdigest()
    return int(digest, 16) % FROZEN_MOD < FROZEN_BELOW


@dataclass(slots=True)
class GoldSentence:
    id: str
    type: str
    label: str  # yes | easy no | difficult no | ambiguous
    accept: int
    total: int
    text: str

    @property
    def positive(self) -> bool:
        return self.label == "yes"

    @property
    def scored(self) -> bool:
        return self.label != "ambiguous"


def gsr_dir(path: Path | None = None) -> Path:
    d = path or Path(os.environ.get("MARSAD_SHARED", "../shared")) / "data" / "event_gsr_dev"
    if not (d / "protest_dev.csv").exists():
        raise InputError(f"no Arabic PLOVER gold sentences in {d}: point --gsr (or MARSAD_SHARED) at them")
    return d


def read_gold(directory: Path) -> list[GoldSentence]:
    out = []
    for typ in DETECTED_TYPES:
        with open(directory / f"{typ.lower()}_dev.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                out.append(GoldSentence(r["id"], typ, r["label"], int(r["accept"] or 0), int(r["total"] or 0), r["text"]))
    return out


def read_spans(directory: Path) -> dict[str, list[dict]]:
    """The annotators' spans of each type's accepted sentences, by sentence text ({TYPE: {text: [span...]}})."""
    out: dict[str, dict[str, list[dict]]] = {}
    for typ in DETECTED_TYPES:
        path = directory / f"{typ.lower()}_spans_dev.json"
        if path.exists():
            out[typ] = {r["text"]: r.get("spans") or [] for r in json.loads(path.read_text(encoding="utf-8"))}
    return out


def learn_span_words(rows: list[GoldSentence], spans: dict[str, list[dict]]) -> tuple[frozenset[str], frozenset[str]]:
    """The verb and actor words the annotators mark in ``rows`` (bases, see :data:`SPAN_MIN_COUNT`)."""
    df: dict[str, int] = {}
    marked: dict[str, dict[str, int]] = {"verb": {}, "source_actor": {}}
    for r in rows:
        for b in {token_base(n) for n in _read(r.text)[0]}:
            df[b] = df.get(b, 0) + 1
        for role, counts in marked.items():
            words = {token_base(L.fold(w)) for sp in spans.get(r.text, ()) for w in sp.get(role) or ()}
            for b in words:
                counts[b] = counts.get(b, 0) + 1
    sets = []
    for role in ("verb", "source_actor"):
        sets.append(frozenset(b for b, n in marked[role].items() if b != "#" and len(b) >= 3
                              and n >= SPAN_MIN_COUNT[role] and n / max(df.get(b, 0), n) >= SPAN_MIN_SHARE[role]))
    return sets[0], sets[1]


def norms_of(text: str) -> list[str]:
    return [t.norm for t in _tokens(text) if not t.punct]


_READ: dict[str, tuple[list[str], list[str]]] = {}


def _read(text: str) -> tuple[list[str], list[str]]:
    """A sentence's folded words and lexical features (cached: the cross-validated evaluation trains
    several detectors on the same sentences)."""
    got = _READ.get(text)
    if got is None:
        norms = norms_of(text)
        got = _READ[text] = (norms, lexical_features(norms, L.load_lexicon(), stems))
    return got


def featurize(text: str, typ: str = "", verbs: frozenset[str] = frozenset(),
              actors: frozenset[str] = frozenset()) -> list[str]:
    norms, lexical = _read(text)
    return sentence_features(norms, lexical) + span_features(norms, typ, verbs, actors)


@dataclass(slots=True)
class TrainOptions:
    gsr: Path | None = None
    out: Path = DETECTOR_FILE
    folds: int = 5
    c_values: tuple[float, ...] = (0.03, 0.1, 0.3)
    min_df: int = 2  # features seen in fewer training sentences are dropped
    target_precision: float = 0.8
    verbose: bool = True
    # documents left out of training as well (the cross-validated evaluation trains without the fold it codes)
    skip_documents: frozenset[str] = frozenset()
    write: bool = True  # write ``out``; off, the detector is only returned
    use_spans: bool = True  # learn the annotators' verb and actor words (``*_spans_dev.json``)
    fold_salt: str = ""  # another split of the cross-validation folds (:func:`fold_of`); "" is the shipped one
    # self-training (off by default; see :func:`self_training_set` for what it measured): this many SaudiNewsNet
    # sentences per type and side, scored by the detector trained on the gold, join the training data
    self_train: int = field(default_factory=lambda: int(os.environ.get("MARSAD_DETECTOR_SELF_TRAIN", "0") or 0))
    self_train_weight: float = field(
        default_factory=lambda: float(os.environ.get("MARSAD_DETECTOR_SELF_TRAIN_WEIGHT", "0.3") or 0.3))
    self_train_days: tuple[str, ...] = ("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25",
                                        "2015-07-26", "2015-07-27")


@dataclass(slots=True)
class TypeReport:
    type: str
    c: float
    threshold: float
    cv_precision: float
    cv_recall: float
    n_pos: int
    n_neg: int
    n_features: int
    curve: list[tuple[float, float, float]] = field(default_factory=list)


def _vectorize(feats: list[list[str]], vocab: dict[str, int] | None = None, min_df: int = 1):
    from scipy.sparse import csr_matrix

    if vocab is None:
        df: dict[str, int] = {}
        for fs in feats:
            for f in set(fs):
                df[f] = df.get(f, 0) + 1
        vocab = {f: k for k, f in enumerate(sorted(f for f, n in df.items() if n >= min_df))}
    rows, cols, vals = [], [], []
    for i, fs in enumerate(feats):
        for f in fs:  # counts: the runtime score adds a weight per occurrence (duplicates are summed)
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(1.0)
    return csr_matrix((vals, (rows, cols)), shape=(len(feats), len(vocab))), vocab


def _fit(feats: list[list[str]], soft: np.ndarray, c: float, min_df: int, scale: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    x, vocab = _vectorize(feats, min_df=min_df)
    # soft labels: each sentence once as positive (weight = share of accepts), once as negative
    xx = __import__("scipy.sparse", fromlist=["vstack"]).vstack([x, x])
    y = np.r_[np.ones(len(feats)), np.zeros(len(feats))]
    scale = np.ones(len(feats)) if scale is None else scale  # a sentence's weight (self-training: below gold's)
    w = np.r_[soft * scale, (1.0 - soft) * scale]
    keep = w > 0
    model = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0)
    model.fit(xx[keep], y[keep], sample_weight=w[keep])
    return model, vocab


def _weights(model, vocab: dict[str, int]) -> tuple[float, dict[str, float]]:
    coef = model.coef_[0]
    # the bias is rounded like the weights are when written: its last digits differ from one machine (BLAS)
    # to another, and the file and its version hash must not
    return round(float(model.intercept_[0]), BIAS_DIGITS), {f: float(coef[j]) for f, j in vocab.items()
                                                            if abs(coef[j]) >= PRUNE}


def _pr(scores: np.ndarray, gold: np.ndarray, t: float) -> tuple[float, float]:
    hit = scores >= t
    tp = int((hit & gold).sum())
    p = tp / hit.sum() if hit.sum() else 0.0
    r = tp / gold.sum() if gold.sum() else 0.0
    return p, r


def fold_of(document: str, folds: int = 5, salt: str = "") -> int:
    """The cross-validation fold of a dev document (a hash of its id, fixed); another ``salt`` gives another
    split (to tell a cross-validated gain from the luck of one split)."""
    key = "fold:" + (f"{salt}:" if salt else "") + document
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % folds


def _span_words(rows: list[GoldSentence], spans: dict[str, list[dict]]) -> tuple[frozenset[str], frozenset[str]]:
    return learn_span_words(rows, spans) if spans else (frozenset(), frozenset())


def _cv_scores(rows: list[GoldSentence], spans: dict[str, list[dict]], c: float, opt: TrainOptions,
               extra: list[tuple[str, float]] = ()) -> np.ndarray:
    """Cross-validated scores of ``rows``; ``extra`` (self-training sentences, :func:`self_training_set`)
    join every training fold, weighted by :attr:`TrainOptions.self_train_weight`."""
    scores = np.zeros(len(rows))
    soft = np.array([r.accept / r.total if r.total else 0.0 for r in rows])
    for k in range(opt.folds):
        train = [i for i, r in enumerate(rows) if fold_of(document_of(r.id), opt.folds, opt.fold_salt) != k]
        test = [i for i, r in enumerate(rows) if fold_of(document_of(r.id), opt.folds, opt.fold_salt) == k]
        # the annotators' words are learned from the training folds only
        verbs, actors = _span_words([rows[i] for i in train], spans)
        model, vocab = _fit([featurize(rows[i].text, rows[i].type, verbs, actors) for i in train]
                            + [featurize(t, rows[0].type, verbs, actors) for t, _y in extra],
                            np.r_[soft[train], [y for _t, y in extra]], c, opt.min_df,
                            np.r_[np.ones(len(train)), np.full(len(extra), opt.self_train_weight)])
        bias, weights = _weights(model, vocab)
        m = TypeModel(rows[0].type, bias, weights, 0.5, verbs, actors)
        for i in test:
            scores[i] = m.score(*_read(rows[i].text))
    return scores


def _choose_threshold(scores: np.ndarray, gold: np.ndarray, target_p: float) -> tuple[float, list]:
    """The threshold with the best F1 among those whose CV precision reaches the target (best F1 if none).

    Candidates are midpoints between consecutive distinct scores, so the choice is not limited by a grid.
    """
    values = np.unique(scores)
    cands = [float(values[0]) - 1e-9] + [float((a + b) / 2) for a, b in zip(values, values[1:])]
    curve = []
    for t in cands:
        p, r = _pr(scores, gold, t)
        curve.append((round(t, 4), p, r))
    ok = [x for x in curve if x[1] >= target_p and x[2] > 0]
    pool = ok or curve
    best = max(pool, key=lambda x: (2 * x[1] * x[2] / (x[1] + x[2]) if x[1] + x[2] else 0.0, -x[0]))
    return best[0], curve


def _rank(precision: float, recall: float, target_p: float) -> tuple[bool, float]:
    """How one regularisation strength's cross-validated operating point ranks against another's: one whose
    threshold reaches the target precision first (:func:`_choose_threshold` falls back to the best F1 of the
    curve, at any precision, when none does), then the higher F1.  Ranked by F1 alone, a fold's PROTEST detector
    trained with other labels took C=0.3 at CV precision 0.30 (F1 0.41) over C=0.03 at precision 1.0 (recall 0.08),
    and the cross-validated false alarms went from 8 to 17 (events31)."""
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision >= target_p and recall > 0, f)


_POOL: dict[tuple[str, ...], list[str]] = {}


def snn_sentences(days: tuple[str, ...]) -> list[str]:
    """The sentences (6 to 60 words, each once, in file order) of SaudiNewsNet's articles of ``days``
    (``$MARSAD_SHARED/data/saudinewsnet/DAY.zip``); cached."""
    got = _POOL.get(days)
    if got is None:
        import zipfile

        from marsad.arabic.sentences import split_sentences

        root = Path(os.environ.get("MARSAD_SHARED", "../shared")) / "data" / "saudinewsnet"
        seen: dict[str, None] = {}
        for day in days:
            with zipfile.ZipFile(root / f"{day}.zip") as z:
                for name in sorted(z.namelist()):
                    for art in json.loads(z.read(name)):
                        text = art.get("content") or ""
                        for a, b in split_sentences(text):
                            t = " ".join(text[a:b].split())
                            if 6 <= len(t.split()) <= 60:
                                seen.setdefault(t, None)
        got = _POOL[days] = list(seen)
    return got


def self_training_set(model: TypeModel, opt: TrainOptions) -> list[tuple[str, float]]:
    """Self-training sentences for ``model``'s type: of the SaudiNewsNet sentences the detector is asked
    about (a word of the type, :func:`marsad.nlp.events.detect.sentence_cue_types`), the ``opt.self_train``
    it scores highest (at or above its threshold) as positives and the ``opt.self_train`` it scores lowest as
    negatives (below its threshold): [(text, label)].

    Measured (gsr6, issue 15), end to end, cross-validated dev (``MARSAD_DETECTOR_SELF_TRAIN=N
    [MARSAD_DETECTOR_SELF_TRAIN_WEIGHT=W] python eval/eval_events_gsr.py --cv --reuse DIR``; each fold's
    pseudo-labels come from that fold's own gold-only model), SaudiNewsNet 2015-07-21..27:

    ========================  ===========================  ===========================
    setting                   PROTEST R / P (F1)           ASSAULT R / P (F1)
    ========================  ===========================  ===========================
    off (shipped)             .581 / .692 (.632) 18 hits   .709 / .789 (.747) 90 hits
    N=150, W=0.3              .645 / .667 (.656)           .693 / .786 (.737)
    N=50,  W=0.3              .613 / .655 (.633)           .709 / .796 (.750)
    N=300, W=0.1              .645 / .588 (.615)           .677 / .782 (.726)
    ========================  ===========================  ===========================

    N=50 gains one sentence per type on CV (noise-level, best of three settings); its frozen figure, scored
    once, is the shipped model's to the sentence (PROTEST R .643 P .750, ASSAULT R .610 P .532).  The
    SaudiNewsNet days hold few sentences the PROTEST model accepts (6 in two days, 13 in seven), so the
    positives it adds are the ones it already scores well.  Left off.
    """
    from marsad.nlp.events.detect import sentence_cue_types

    lex = L.load_lexicon()
    scored = []
    for t in snn_sentences(opt.self_train_days):
        norms = norms_of(t)
        if model.type in sentence_cue_types(norms, lex):
            scored.append((model.score(*_read(t)), t))
    scored.sort(key=lambda x: (-x[0], x[1]))
    pos = [(t, 1.0) for s, t in scored[:opt.self_train] if s >= model.threshold]
    neg = [(t, 0.0) for s, t in scored[::-1][:opt.self_train] if s < model.threshold]
    return pos + neg


def train_detector(opt: TrainOptions | None = None) -> tuple[Detector, list[TypeReport]]:
    """Fit one model per type on the dev part; choose C and threshold by grouped CV; write ``opt.out``."""
    opt = opt or TrainOptions()
    gold = read_gold(gsr_dir(opt.gsr))
    all_spans = read_spans(gsr_dir(opt.gsr)) if opt.use_spans else {}
    models: dict[str, TypeModel] = {}
    reports: list[TypeReport] = []
    for typ in DETECTED_TYPES:
        rows = [r for r in gold if r.type == typ and not is_frozen(r.id)
                and document_of(r.id) not in opt.skip_documents]
        spans = all_spans.get(typ, {})
        scored = np.array([r.scored for r in rows])
        pos = np.array([r.positive for r in rows])
        best = None
        for c in opt.c_values:
            scores = _cv_scores(rows, spans, c, opt)
            t, curve = _choose_threshold(scores[scored], pos[scored], opt.target_precision)
            p, r = _pr(scores[scored], pos[scored], t)
            if opt.verbose:
                print(f"{typ} C={c}: cv threshold {t:.3f} precision {p:.3f} recall {r:.3f}")
            if best is None or _rank(p, r, opt.target_precision) > best[0]:
                best = (_rank(p, r, opt.target_precision), c, t, p, r, curve)
        _f, c, t, p, r, curve = best
        soft = np.array([x.accept / x.total if x.total else 0.0 for x in rows])
        verbs, actors = _span_words(rows, spans)
        model, vocab = _fit([featurize(x.text, typ, verbs, actors) for x in rows], soft, c, opt.min_df)
        bias, weights = _weights(model, vocab)
        models[typ] = TypeModel(typ, bias, weights, t, verbs, actors)
        if opt.self_train > 0:
            # pseudo-labels from the gold-only model, then C and threshold chosen again by CV with them
            extra = self_training_set(models[typ], opt)
            best = None
            for c in opt.c_values:
                scores = _cv_scores(rows, spans, c, opt, extra)
                t, curve = _choose_threshold(scores[scored], pos[scored], opt.target_precision)
                p, r = _pr(scores[scored], pos[scored], t)
                if opt.verbose:
                    print(f"{typ} self-trained ({len(extra)} extra) C={c}: cv threshold {t:.3f} precision {p:.3f} "
                          f"recall {r:.3f}")
                if best is None or _rank(p, r, opt.target_precision) > best[0]:
                    best = (_rank(p, r, opt.target_precision), c, t, p, r, curve)
            _f, c, t, p, r, curve = best
            model, vocab = _fit([featurize(x.text, typ, verbs, actors) for x in rows]
                                + [featurize(x, typ, verbs, actors) for x, _y in extra],
                                np.r_[soft, [y for _x, y in extra]], c, opt.min_df,
                                np.r_[np.ones(len(rows)), np.full(len(extra), opt.self_train_weight)])
            bias, weights = _weights(model, vocab)
            models[typ] = TypeModel(typ, bias, weights, t, verbs, actors)
        reports.append(TypeReport(typ, c, t, p, r, int(pos[scored].sum()), int((~pos & scored).sum()),
                                  len(weights), curve))
    det = Detector(models, version=hashlib.sha256(json.dumps(
        {t: [m.bias, m.threshold, len(m.weights)] for t, m in models.items()}).encode()).hexdigest()[:12])
    if opt.write:
        opt.out.write_text(json.dumps(det.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                           encoding="utf-8")
    return det, reports


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gsr", type=Path, help="event_gsr_dev folder (default $MARSAD_SHARED/data/event_gsr_dev)")
    ap.add_argument("--out", type=Path, default=DETECTOR_FILE)
    ap.add_argument("--self-train", type=int, default=None, metavar="N",
                    help="add N SaudiNewsNet sentences per type and side, labelled by the gold-trained detector "
                         "(default $MARSAD_DETECTOR_SELF_TRAIN or 0: off; see self_training_set)")
    args = ap.parse_args(argv)
    opt = TrainOptions(gsr=args.gsr, out=args.out)
    if args.self_train is not None:
        opt.self_train = args.self_train
    _det, reports = train_detector(opt)
    for rep in reports:
        print(f"{rep.type}: dev part, 5-fold CV grouped by document: precision {rep.cv_precision:.3f} "
              f"recall {rep.cv_recall:.3f} at threshold {rep.threshold} (C={rep.c}; {rep.n_pos} positives, "
              f"{rep.n_neg} negatives; {rep.n_features} features kept)")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
