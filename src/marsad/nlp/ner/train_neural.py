"""Training the BiLSTM-CRF NER model with PyTorch (training only: ``pip install -e '.[train]'``).

``train_neural(NeuralTrainOptions())`` reads ``anercorp/train.txt``, keeps
the honest split (``conll.split_blocks``: it trains on the train blocks only,
picks the epoch on the dev blocks and never reads the frozen ones), builds the
gazetteer from ``../shared/data`` and the knowledge base, takes word vectors
trained on SaudiNewsNet (``embeddings.py``, cached), trains, and writes the
weights as a ``NeuralModel`` that ``neural.py`` runs (numpy and onnxruntime).

Each member also trains on substituted copies of the training sentences that hold a name
(``augment.py``: PERS/LOC/ORG spans replaced by other names of the type, drawn with the member's seed).

Deterministic: fixed seeds for torch, the substitutions and the batch order, a fixed thread
count.  About 7 minutes of CPU per member (15 epochs over the sentences and their copies), 10-17 minutes
of wall time on the shared 2-core machine (``marsad train ner`` runs it under nice).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.nlp.ner.conll import Sentence, read_conll, score, shared_data_dir, split_blocks
from marsad.nlp.ner.embeddings import EmbeddingOptions, build_embeddings
from marsad.nlp.ner.lexicon import build_gazetteer, kb_snapshot, norm_word
from marsad.nlp.ner.lm import LM_KEYS, LmOptions, lm_states_torch, train_lm
from marsad.nlp.ner.neural import (MAX_CHARS, NEURAL_FILE, PAD, UNK, NeuralModel, NeuralScorer, WordFeaturizer,
                                   lookup_vectors)
from marsad.nlp.ner.perceptron import TAG_INDEX, TAGS, transition_mask, viterbi
from marsad.nlp.ner.pseudo import PseudoOptions


@dataclass(slots=True)
class NeuralTrainOptions:
    """Data, output and the training schedule."""

    data: Path | None = None  # default ../shared/data/anercorp/train.txt
    out: Path = NEURAL_FILE
    resources: Path | None = None  # default ../shared/data
    # Word vectors (embeddings.py).  fastText instead of word2vec (kind="fasttext": the same skip-gram settings plus
    # char 3-5-grams in 50,000 buckets; a word in no table gets its n-grams' mean vector, subword.py) measured
    # (ner42, dev blocks, document pass, seeds 7/8): + perceptron partner dev F1 0.773/0.770 (word2vec 0.764/0.767),
    # ORG 0.623/0.578 (word2vec 0.586/0.549), PERS 0.738/0.770 (0.727/0.787); the BiLSTM alone 0.748/0.756
    # (word2vec 0.747/0.758); member dev F1 (sentences alone) 0.739/0.749 (word2vec 0.746/0.751).  Gold spans all
    # of whose tokens are in no table (seed 7, alone): PERS 21 of 44 found with either vectors, ORG 6 of 42
    # (word2vec 2): the char CNN already reads the shape of transliterated names.  Cost: model file 28.2 MB
    # (word2vec 18.2 MB: the n-gram table is 10 MB), vectors built in 1,245 s wall (word2vec 961 s) on the shared
    # machine, tagging speed the same within noise (bench_ner.py --days 1 --limit 500, accurate: end to end 23,374
    # vs 22,006 tokens/s per core), load 0.47 s CPU.  Half a point with the partner, none alone: word2vec ships.
    embeddings: EmbeddingOptions = field(default_factory=EmbeddingOptions)
    hidden: int = 100
    char_dim: int = 32
    filters: tuple[tuple[int, int], ...] = ((2, 40), (3, 40), (4, 40))  # (width, count)
    dropout: float = 0.5
    word_dropout: float = 0.1  # share of tokens whose word vectors are replaced by UNK while training
    use_kb: bool = True
    # Substituted copies of each training sentence holding a name of ``augment_types`` (augment.py); 0 = none.
    # Measured (ner7, seeds 7/8, + perceptron partner): dev F1 0.759/0.756 (without: 0.757/0.752), frozen
    # 0.777/0.774 (without: 0.754/0.764); PERS-only copies: dev 0.760/0.750, frozen 0.771/0.757.
    augment: int = 1
    augment_types: tuple[str, ...] = ("PERS", "LOC", "ORG")
    use_gazetteer: bool = True
    # Forward + backward word LSTM language models learned from SaudiNewsNet (lm.py, TagLM): their hidden
    # states join the BiLSTM's input.  None = no LM features.  Measured (ner8, seed 7, LmOptions() defaults):
    # dev F1 0.749, frozen 0.756 (without: 0.759 / 0.777), tagging half as fast — so the shipped model has none.
    lm: LmOptions | None = None
    # Self-training (pseudo.py): SaudiNewsNet sentences tagged by a teacher (default: the shipped BiLSTM-CRF
    # alone) and kept when it is confident join the training data.  None = none.  Measured (ner9, same word
    # vectors in every arm, + perceptron partner x1; without pseudo-labels: dev F1 0.765/0.761, frozen
    # 0.777/0.773 for seeds 7/8): 1x the gold sentences (3,156, least token marginal >= 0.95, a name in each)
    # tagged by the BiLSTM alone: dev 0.766/0.756, frozen 0.752/0.766 (PERS up on dev, .769 vs .744 for seed 7,
    # not on frozen); by BiLSTM + partner: dev 0.756 (the BiLSTM alone rises, 0.752 -> 0.757, the pair does
    # not — perhaps because it has learnt the partner's own choices); PERS sentences only (1,042): dev 0.763;
    # 2x (share 0.6): dev 0.757; min_conf 0.99 (1,518 sentences): dev 0.764.  So the shipped model has none.
    pseudo: PseudoOptions | None = None
    lr: float = 2e-3
    batch: int = 32
    epochs: int = 15
    patience: int = 4
    seed: int = 7
    # BiLSTM-CRFs trained with seeds seed, seed + 1, ... and saved as one ensemble.  Measured (ner5): 2 members
    # dev F1 0.764 (alone 0.751, 0.744) but frozen 0.741, under the single model + perceptron's 0.749; 3 members
    # dev 0.762 and tag+link at 15,000 tokens/s, under the budget.  So one member ships.
    members: int = 1
    with_dev: bool = False  # also train on the dev blocks, for exactly ``epochs`` passes (the final model)
    threads: int = 1  # the machine is shared: one thread is faster than two fighting other jobs
    limit: int | None = None  # first N sentences only (tests)
    verbose: bool = False


@dataclass(slots=True)
class NeuralTrainReport:
    path: Path
    n_train: int
    n_dev: int
    best_epoch: int
    dev_f1: float
    epoch_f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    size_bytes: int = 0


def _repair(tags: list[str]) -> list[str]:
    """A stray ``I-X`` (after O or another type) reads as ``B-X``, as the CoNLL scorer reads it."""
    out = []
    for t in tags:
        if t.startswith("I-") and (not out or out[-1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out


def _char_table(words: list[str], min_count: int = 3) -> list[str]:
    counts: Counter[str] = Counter()
    for w in words:
        counts.update(norm_word(w))
    return ["<pad>", "<unk>"] + sorted(c for c, n in counts.items() if n >= min_count)


Subword = tuple[np.ndarray, int, int] | None  # fastText's n-gram vectors, min_n, max_n (NeuralModel.subword)


def _build(opts: NeuralTrainOptions, shared: Path) -> tuple[WordFeaturizer, np.ndarray, dict, Subword]:
    """Featurizer, word-vector table (rows 0/1 = PAD/UNK), model info and fastText's n-gram vectors (or None)."""
    res = opts.resources or shared
    gaz: dict[str, set[str]] = {}
    if opts.use_gazetteer:
        for k, v in build_gazetteer(res).items():
            gaz.setdefault(k, set()).update(v.split())
    if opts.use_kb:  # the pinned snapshot (lexicon.KB_SNAPSHOT_FILE), not the live KB, so a rebuild is the same
        for k, v in kb_snapshot().items():
            gaz.setdefault(k, set()).update(v.split())
    gazetteer = {k: " ".join(sorted(v)) for k, v in sorted(gaz.items())}
    flags = sorted({f for v in gazetteer.values() for f in v.split()})
    words, vecs, ngrams = build_embeddings(res / "saudinewsnet", opts.embeddings, verbose=opts.verbose)
    scale = float(vecs.std()) or 1.0  # unit scale: the other inputs are 0/1 and ReLU outputs
    vecs = vecs / scale
    emb = np.vstack([np.zeros((2, vecs.shape[1]), dtype=np.float32), vecs.astype(np.float32)])
    fz = WordFeaturizer(["<pad>", "<unk>", *words], _char_table(words[:20_000]), gazetteer, flags)
    eo = opts.embeddings
    info = {"embeddings": f"{eo.kind} skip-gram {vecs.shape[1]}d, {len(words)} words, SaudiNewsNet",
            "gazetteer": len(gazetteer), "flags": len(flags)}
    subword = None
    if ngrams is not None:
        subword = ((ngrams / scale).astype(np.float32), eo.min_n, eo.max_n)
        info["subword"] = [eo.min_n, eo.max_n]
        info["embeddings"] += f", {len(ngrams)} char n-gram buckets ({eo.min_n}-{eo.max_n} chars)"
    return fz, emb, info, subword


def train_neural(opts: NeuralTrainOptions | None = None) -> NeuralTrainReport:
    """Train and save the neural NER model (raises InputError on missing data or torch).

    With ``members`` > 1, that many BiLSTM-CRFs are trained with seeds ``seed``, ``seed + 1``, ...
    on the same data and featurizer, and saved as one ensemble (their emission scores averaged).
    """
    opts = opts or NeuralTrainOptions()
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError("training the neural NER model needs PyTorch: pip install -e '.[train]'") from exc
    t0 = time.perf_counter()
    torch.set_num_threads(opts.threads)
    shared = shared_data_dir()
    data = opts.data or shared / "anercorp" / "train.txt"
    sents = read_conll(data)
    if opts.limit:
        sents = sents[: opts.limit]
    if not sents:
        raise InputError(f"no sentences in {data}")
    split = split_blocks(sents)
    train, dev = split.train, split.dev
    if opts.with_dev:
        # The final model: the dev blocks join the training data, a fixed number of passes (no early
        # stopping, nothing left to choose on).  The frozen blocks stay out.
        train, dev = train + dev, []
    fz, emb, info, subword = _build(opts, shared)
    lm = None
    if opts.lm is not None:
        lm = train_lm((opts.resources or shared) / "saudinewsnet", fz, emb, opts.lm, verbose=opts.verbose)
        info["lm"] = f"forward + backward LSTM LM, {lm['lm_hh_f'].shape[1]} units, SaudiNewsNet"
    n_orig = len(train)
    extra = _augmenter(opts, train, shared)
    pseudo: list[Sentence] = []
    if opts.pseudo is not None:
        from marsad.nlp.ner.pseudo import pseudo_sentences

        pseudo = pseudo_sentences((opts.resources or shared) / "saudinewsnet", n_orig, opts.pseudo, opts.verbose)
    models, epochs, member_f1, curves = zip(*(_train_member(opts, opts.seed + k,
                                                            train + extra(opts.seed + k) + pseudo, dev,
                                                            fz, emb, t0, lm, subword)
                                              for k in range(opts.members)))
    meta = info | {
        "data": Path(data).name,
        "split": "blocks (conll.split_blocks): " + ("train + dev" if opts.with_dev else "train only"),
        "epoch": epochs[0] if len(epochs) == 1 else epochs, "seed": opts.seed, "members": opts.members,
        "n_train": n_orig, "augment": opts.augment, "augment_types": list(opts.augment_types) if opts.augment else [],
        "member_dev_f1": [round(f, 4) for f in member_f1],
    }
    if opts.pseudo is not None:
        p = opts.pseudo
        meta["pseudo"] = {"sentences": len(pseudo), "ratio": p.ratio, "min_conf": p.min_conf,
                          "types": list(p.types), "partner": p.partner, "share": p.share}
    final = NeuralModel.ensemble(list(models), meta)  # one member: its own arrays
    dev_f1 = _dev_f1(final, dev) if dev else 0.0
    final.meta["dev_f1"] = round(dev_f1, 4)
    final.save(opts.out)
    return NeuralTrainReport(opts.out, n_orig, len(dev), epochs[0], dev_f1, curves[0],
                             time.perf_counter() - t0, opts.out.stat().st_size)


def _augmenter(opts: NeuralTrainOptions, train: list[Sentence], shared: Path):
    """seed -> the substituted copies of ``train`` a member trained with that seed adds (augment.py; none when
    ``opts.augment`` is 0).  Drawn with the member's own seed, so a member of an ensemble is the model trained
    alone with its seed."""
    if not opts.augment:
        return lambda seed: []
    from marsad.nlp.ner.augment import augment, build_pools

    pools = build_pools(train, opts.resources or shared)
    return lambda seed: augment(train, pools, opts.augment, seed, tuple(opts.augment_types))


def _dev_f1(model: NeuralModel, dev: list[Sentence]) -> float:
    """CoNLL F1 on ``dev`` of the model as it runs (run-time forward pass, averaged members, Viterbi)."""
    scorer = NeuralScorer(model)
    trans = model.transitions() + transition_mask(model.tags)
    pred = []
    for k in range(0, len(dev), 64):
        chunk = [[w for w, _ in s] for s in dev[k : k + 64]]
        pred += [[model.tags[j] for j in viterbi(em.astype(np.float64), trans)] for em in scorer.scores(chunk)]
    return score([[t for _, t in s] for s in dev], pred).prf()[2]


def _train_member(opts: NeuralTrainOptions, seed: int, train: list[Sentence], dev: list[Sentence],
                  fz: WordFeaturizer, emb: np.ndarray, t0: float,
                  lm: dict[str, np.ndarray] | None = None,
                  subword: Subword = None) -> tuple[NeuralModel, int, float, list[float]]:
    """One BiLSTM-CRF: (model of its best dev epoch, or of the last when there is no dev; epoch; dev F1; curve)."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    lm_dim = 2 * lm["lm_hh_f"].shape[1] if lm is not None else 0
    lm_of: dict[tuple[str, ...], np.ndarray] = {}
    if lm is not None:  # the LMs are frozen: their states of each distinct sentence, computed once
        keys = list(dict.fromkeys(tuple(w for w, _ in s) for s in train + dev))
        states = lm_states_torch(lm, emb, [np.array([fz.parts(w)[0] for w in k], dtype=np.int64) for k in keys])
        lm_of = dict(zip(keys, states))
    types = sorted({w for s in train + dev for w, _ in s})
    tid = {w: i for i, w in enumerate(types)}
    feats = [fz.features(w) for w in types]
    kmax = max(k for k, _ in opts.filters)
    chars = np.zeros((len(types), MAX_CHARS + kmax - 1), dtype=np.int64)
    for i, f in enumerate(feats):
        chars[i, : len(f[2])] = f[2]
    w_ids, s_ids = [f[0] for f in feats], [f[1] for f in feats]
    emb_in = emb
    if subword is not None:
        # Word types found in no table get their n-gram vectors (as at run time): extra rows after ``emb``'s.
        wv, sv = lookup_vectors(fz, emb, subword, feats, types)
        extra = []
        for ids, vecs in ((w_ids, wv), (s_ids, sv)):
            for i, r in enumerate(ids):
                if r == UNK:
                    ids[i] = len(emb) + len(extra)
                    extra.append(vecs[i])
        if extra:
            emb_in = np.vstack([emb, np.asarray(extra, dtype=np.float32)])
    T_w = torch.tensor(w_ids)
    T_s = torch.tensor(s_ids)
    T_c = torch.from_numpy(chars)
    T_sp = torch.from_numpy(np.stack([f[3] for f in feats]))
    n_tags = len(TAGS)
    mask = torch.tensor(np.maximum(transition_mask(TAGS), -1e4), dtype=torch.float32)

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.from_numpy(emb_in), freeze=True, padding_idx=PAD)
            self.char_emb = nn.Embedding(len(fz.chars), opts.char_dim, padding_idx=PAD)
            self.convs = nn.ModuleList(nn.Conv1d(opts.char_dim, n, k) for k, n in opts.filters)
            in_dim = 2 * emb.shape[1] + sum(n for _, n in opts.filters) + fz.n_sparse + lm_dim
            self.drop = nn.Dropout(opts.dropout)
            self.lstm = nn.LSTM(in_dim, opts.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * opts.hidden, n_tags)
            self.trans = nn.Parameter(torch.zeros(n_tags + 1, n_tags))  # last row: sentence start

        def emissions(self, ids: torch.Tensor, lens: torch.Tensor, lmx: torch.Tensor | None = None) -> torch.Tensor:
            w, s = T_w[ids], T_s[ids]
            if self.training and opts.word_dropout:
                drop = torch.rand(ids.shape) < opts.word_dropout
                w = torch.where(drop, torch.full_like(w, UNK), w)
                s = torch.where(drop, torch.full_like(s, UNK), s)
            B, T = ids.shape
            ce = self.char_emb(T_c[ids].view(B * T, -1)).transpose(1, 2)
            pooled = [torch.relu(conv(ce))[:, :, :MAX_CHARS].max(dim=2).values for conv in self.convs]
            x = torch.cat([self.emb(w), self.emb(s), torch.cat(pooled, 1).view(B, T, -1), T_sp[ids]]
                          + ([lmx] if lm is not None else []), dim=2)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            return self.out(self.drop(h))

        def nll(self, em: torch.Tensor, gold: torch.Tensor, lens: torch.Tensor) -> torch.Tensor:
            """Negative log-likelihood of the gold tags under the linear-chain CRF (masked BIO)."""
            B, T, _ = em.shape
            trans = self.trans + mask
            steps = torch.arange(T)[None, :] < lens[:, None]  # (B, T)
            alpha = trans[-1][None, :] + em[:, 0]
            for t in range(1, T):
                nxt = torch.logsumexp(alpha[:, :, None] + trans[:-1][None], dim=1) + em[:, t]
                alpha = torch.where(steps[:, t, None], nxt, alpha)
            # The gold path's score in one pass: its emissions and transitions where the sentence runs.
            on = steps.float()
            gold_score = trans[-1][gold[:, 0]] + (em.gather(2, gold[:, :, None]).squeeze(2) * on).sum(1)
            gold_score = gold_score + (trans[gold[:, :-1], gold[:, 1:]] * on[:, 1:]).sum(1)
            return (torch.logsumexp(alpha, dim=1) - gold_score).sum()

    net = Net()
    optim = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=opts.lr)

    def tensors(batch: list[Sentence]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor | None]:
        T = max(len(s) for s in batch)
        ids = torch.zeros((len(batch), T), dtype=torch.long)
        gold = torch.zeros((len(batch), T), dtype=torch.long)
        lmx = torch.zeros((len(batch), T, lm_dim)) if lm is not None else None
        for i, s in enumerate(batch):
            ids[i, : len(s)] = torch.tensor([tid[w] for w, _ in s])
            gold[i, : len(s)] = torch.tensor([TAG_INDEX.get(t, 0) for t in _repair([t for _, t in s])])
            if lmx is not None:
                lmx[i, : len(s)] = torch.from_numpy(lm_of[tuple(w for w, _ in s)])
        return ids, gold, torch.tensor([len(s) for s in batch]), lmx

    def predict(batch_sents: list[Sentence]) -> list[list[str]]:
        net.eval()
        trans = (net.trans + mask).detach().numpy().astype(np.float64)
        out = []
        with torch.no_grad():
            for k in range(0, len(batch_sents), 64):
                chunk = batch_sents[k : k + 64]
                ids, _, lens, lmx = tensors(chunk)
                em = net.emissions(ids, lens, lmx).numpy()
                out += [[TAGS[j] for j in viterbi(em[i, : len(s)], trans)] for i, s in enumerate(chunk)]
        return out

    rng = np.random.default_rng(seed)
    # Batches of similar length (less padding), shuffled each epoch.
    by_len = sorted(range(len(train)), key=lambda i: len(train[i]))
    batches = [by_len[k : k + opts.batch] for k in range(0, len(by_len), opts.batch)]
    best: tuple[float, int, NeuralModel | None] = (-1.0, 0, None)
    best_state = None
    epoch_f1: list[float] = []
    gold_dev = [[t for _, t in s] for s in dev]
    for epoch in range(1, opts.epochs + 1):
        net.train()
        total = 0.0
        for bi in rng.permutation(len(batches)):
            ids, gold, lens, lmx = tensors([train[i] for i in batches[bi]])
            loss = net.nll(net.emissions(ids, lens, lmx), gold, lens)
            optim.zero_grad()
            (loss / len(lens)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optim.step()
            total += float(loss.detach())
        f1 = score(gold_dev, predict(dev)).prf()[2] if dev else 0.0
        epoch_f1.append(f1)
        if opts.verbose:
            print(f"seed {seed} epoch {epoch}: loss {total / max(1, len(train)):.3f}, dev F1 {f1:.4f} "
                  f"({time.perf_counter() - t0:.0f} s)", flush=True)
        if not dev or f1 > best[0]:
            best = (f1, epoch, _export(net, fz, emb, opts, {"seed": seed, "epoch": epoch}, lm, subword))
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        elif epoch - best[1] >= opts.patience:
            break
    f1, epoch, model = best
    net.load_state_dict(best_state)
    _check_export(net, model, dev[:50] or train[:50], tensors)
    return model, epoch, f1, epoch_f1


def _export(net, fz: WordFeaturizer, emb: np.ndarray, opts: NeuralTrainOptions, meta: dict,
            lm: dict[str, np.ndarray] | None = None, subword: Subword = None) -> NeuralModel:
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    arrays = {
        "emb": emb,
        "char_emb": sd["char_emb.weight"],
        "ih_f": sd["lstm.weight_ih_l0"], "hh_f": sd["lstm.weight_hh_l0"],
        "bias_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "ih_b": sd["lstm.weight_ih_l0_reverse"], "hh_b": sd["lstm.weight_hh_l0_reverse"],
        "bias_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"], "trans": sd["trans"],
    }
    for j, (k, _) in enumerate(opts.filters):
        arrays[f"conv{k}_w"] = sd[f"convs.{j}.weight"]
        arrays[f"conv{k}_b"] = sd[f"convs.{j}.bias"]
    if lm is not None:
        arrays.update({k: lm[k] for k in LM_KEYS})
    if subword is not None:
        arrays["ngrams"] = subword[0]
        meta = meta | {"subword": [subword[1], subword[2]]}
    return NeuralModel(TAGS, fz, arrays, meta)


def _check_export(net, model: NeuralModel, sents: list[Sentence], tensors) -> None:
    """The run-time forward pass must give PyTorch's emission scores (up to float16 word vectors)."""
    import torch

    net.eval()
    ids, _, lens, lmx = tensors(sents)
    with torch.no_grad():
        ref = net.emissions(ids, lens, lmx).numpy()
    scorer = NeuralScorer(model)
    got = scorer.scores([[w for w, _ in s] for s in sents])
    err = max(float(np.abs(ref[i, : len(s)] - g).max()) for i, (s, g) in enumerate(zip(sents, got)))
    if err > 0.05:
        raise RuntimeError(f"run-time forward pass differs from PyTorch by {err:.4f}")
