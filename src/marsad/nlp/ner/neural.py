"""The neural NER model at run time: word features, a BiLSTM-CRF forward pass and Viterbi, in numpy
(the recurrent steps in onnxruntime: ``recurrence.py``).

Architecture (trained by ``train_neural.py`` with PyTorch; this module never imports it):

* each word TYPE is described once — its SaudiNewsNet word vector (looked up
  as the word, else its clitic-stripped stem, else ``ال`` + stem; with
  fastText vectors, a word found nowhere gets the mean of its character
  n-grams' vectors, ``subword.py``), the vector of its stem (the same way),
  a character CNN over its normal form (the shape of transliterated names:
  ``-سكي``, ``-وف``, long vowels), and binary features:
  gazetteer and knowledge-base flags (person / first / last / transliterated
  name, place, country, organisation — on the word, its stem and ``ال`` + stem),
  clitic, shape, length;
* that vector's product with the LSTM input weights is cached per word type,
  so a sentence costs only the recurrent steps: a bidirectional LSTM, batched
  over the sentences of a text, then a linear layer to tag scores and Viterbi
  with learned transitions (a linear-chain CRF);
* a file may hold an ensemble: BiLSTM-CRFs trained with different seeds on
  the same featurizer and word vectors (stored once).  They run side by side
  and their emission scores and transitions are averaged before Viterbi.

``WordFeaturizer`` is shared with training, so both see exactly the same
features.  Model file: a deflated zip of ``.npy`` arrays (``FORMAT``).
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import InputError
from marsad.nlp.ner.lexicon import _PREFIXES, word_forms
from marsad.nlp.ner.recurrence import Recurrence, gates
from marsad.nlp.ner.subword import ngram_rows_many

NEURAL_FILE = Path(__file__).resolve().parent / "data" / "ner_neural.zip"
FORMAT = 1
PAD, UNK = 0, 1  # word-vector rows; chars too
MAX_CHARS = 20
SHAPES = ("ar", "lat", "num", "mix", "punct")
LOOKUPS = ("word", "stem", "al+stem", "unk")
LENGTHS = (1, 2, 3, 5, 7, 99)  # upper bounds of the length buckets
# The bucket of each stem length up to the last bound (longer stems go in the last bucket too).
_BUCKET = tuple(next(b for b in LENGTHS if n <= b) for n in range(LENGTHS[-1] + 1))


def _text_array(lines: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def _array_text(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split("\n") if text else []


@dataclass(slots=True)
class WordFeaturizer:
    """Word type -> (word-vector row, stem-vector row, char ids, binary feature vector)."""

    vocab: list[str]  # rows of the word-vector table: vocab[0] = PAD, vocab[1] = UNK
    chars: list[str]  # char ids: chars[0] = PAD, chars[1] = UNK
    gazetteer: dict[str, str]  # normal form -> space-separated flags
    flags: list[str]  # flag names, in feature order
    _wid: dict[str, int] = field(default_factory=dict)
    _cid: dict[str, int] = field(default_factory=dict)
    _fid: dict[str, int] = field(default_factory=dict)
    _ids_of: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    _head_of: dict[tuple[str, str, str, int], list[int]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._wid = {w: i for i, w in enumerate(self.vocab)}
        self._cid = {c: i for i, c in enumerate(self.chars)}
        self._fid = {f: i for i, f in enumerate(self.sparse_names())}

    def sparse_names(self) -> list[str]:
        names = [f"shape={s}" for s in SHAPES] + [f"clitic={p}" for p in ("", *_PREFIXES)]
        names += [f"lookup={k}" for k in LOOKUPS] + [f"len<={n}" for n in LENGTHS]
        names += [f"{src}:{f}" for src in ("w", "s", "a") for f in self.flags]
        return names

    @property
    def n_sparse(self) -> int:
        return len(self._fid)

    def features(self, word: str) -> tuple[int, int, list[int], np.ndarray]:
        w, s, chars, on = self.parts(word)
        vec = np.zeros(self.n_sparse, dtype=np.float32)
        vec[on] = 1.0
        return w, s, chars, vec

    def parts(self, word: str) -> tuple[int, int, list[int], list[int]]:
        """``features`` with the binary features as the indices of those that are on."""
        n, clitic, stem, shp = word_forms(word)
        al = "ال" + stem if clitic.endswith("ال") else ""
        wid = self._wid.get
        w, kind = wid(n), "word"
        if w is None:
            w, kind = wid(stem), "stem"
        if w is None and al:
            w, kind = wid(al), "al+stem"
        if w is None:
            w, kind = UNK, "unk"
        s = (wid(stem) or wid(al) or UNK) if stem != n else w
        chars = list(map(self._cid.get, n[:MAX_CHARS], repeat(UNK))) or [UNK]
        # The indices of "shape=...", "clitic=...", "lookup=...", "len<=..." and of the gazetteer flags
        # "w:F", "s:F", "a:F", in that order: the first four found together once per combination of
        # their values, the flags' once per value (``_ids``).
        ids = self._ids
        head = (shp, clitic, kind, _BUCKET[len(stem)] if len(stem) < len(_BUCKET) else LENGTHS[-1])
        on = self._head_of.get(head)
        if on is None:
            on = self._head_of[head] = [*ids("shape=" + shp), *ids("clitic=" + clitic), *ids("lookup=" + kind),
                                        *ids("len<=" + str(head[3]))]
        on = on.copy()
        gaz = self.gazetteer
        for src, key in (("w", n), ("s", stem if stem != n else ""), ("a", al)):
            if key:
                flags = gaz.get(key)
                if flags:
                    on += ids(flags, src)
        return w, s, chars, on

    def oov_forms(self, word: str) -> tuple[str, str]:
        """The forms whose n-gram vectors stand for ``word``'s word and stem vectors where ``parts`` found them
        in no table (UNK): its normal form and its stem (the normal form again when it has no clitic)."""
        n, _, stem, _ = word_forms(word)
        return n, stem

    def _ids(self, name: str, src: str = "") -> tuple[int, ...]:
        """Indices of the binary features named ``name`` (with ``src``: of ``src:F`` for each flag F of
        the space-separated ``name``); names that are no feature are left out.  Cached by value."""
        got = self._ids_of.get((name, src))
        if got is None:
            names = [src + ":" + f for f in name.split()] if src else [name]
            got = self._ids_of[(name, src)] = tuple(self._fid[f] for f in names if f in self._fid)
        return got


@dataclass(slots=True)
class NeuralModel:
    """Weights of the BiLSTM-CRF and the featurizer's tables."""

    tags: tuple[str, ...]
    featurizer: WordFeaturizer
    # emb, char_emb, conv{k}_w/b, lstm weights, out_w/b, trans; members after the first as m<i>/<name>
    arrays: dict[str, np.ndarray]
    meta: dict[str, Any] = field(default_factory=dict)

    def subword(self) -> tuple[np.ndarray, int, int] | None:
        """(n-gram vector table, min_n, max_n) of fastText word vectors (``subword.py``), or None."""
        if "ngrams" not in self.arrays:
            return None
        lo, hi = self.meta["subword"]
        return self.arrays["ngrams"], int(lo), int(hi)

    @property
    def n_members(self) -> int:
        """Number of BiLSTM-CRFs in the file (an ensemble of seeds shares the word vectors and tables)."""
        return 1 + len({k.split("/", 1)[0] for k in self.arrays if k.startswith("m") and "/" in k})

    def member(self, i: int) -> dict[str, np.ndarray]:
        """Weights of member ``i``: its own arrays (stored as ``m<i>/name`` for i > 0) and the shared ``emb``."""
        if i == 0:
            return {k: v for k, v in self.arrays.items() if "/" not in k}
        pre = f"m{i}/"
        shared = {k: v for k, v in self.arrays.items() if k in _SHARED or k.startswith("lm_")}
        return shared | {k[len(pre):]: v for k, v in self.arrays.items() if k.startswith(pre)}

    def transitions(self) -> np.ndarray:
        """The members' learned transition scores (n_tags + 1, n_tags), averaged."""
        return np.mean([self.member(i)["trans"].astype(np.float64) for i in range(self.n_members)], axis=0)

    @classmethod
    def ensemble(cls, models: list["NeuralModel"], meta: dict[str, Any]) -> "NeuralModel":
        """One model file of several trained with the same featurizer and word vectors (different seeds)."""
        first = models[0]
        arrays = dict(first.arrays)
        for i, m in enumerate(models[1:], 1):
            if m.featurizer.vocab != first.featurizer.vocab or m.featurizer.flags != first.featurizer.flags:
                raise InputError("ensemble members must share their featurizer")
            arrays.update({f"m{i}/{k}": v for k, v in m.arrays.items() if k not in _SHARED and not k.startswith("lm_")})
        return cls(first.tags, first.featurizer, arrays, meta)

    def digest(self) -> str:
        """Short content hash (of the arrays as stored: word vectors in float16)."""
        h = hashlib.sha256()
        for k in sorted(self.arrays):
            v = self.arrays[k]
            h.update(k.encode())
            h.update(np.ascontiguousarray(v.astype(np.float16) if k in _SHARED else v).tobytes())
        return h.hexdigest()[:12]

    def save(self, path: Path) -> None:
        """Write the model file (fixed zip timestamps: same model, same bytes)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fz = self.featurizer
        meta = dict(self.meta, format=FORMAT, tags=list(self.tags), flags=fz.flags)
        out = {k: (v.astype(np.float16) if k in _SHARED else v.astype(np.float32)) for k, v in self.arrays.items()}
        out["vocab"] = _text_array(fz.vocab)
        out["chars"] = _text_array(fz.chars)
        out["gazetteer"] = _text_array([k + "\t" + v for k, v in sorted(fz.gazetteer.items())])
        out["meta"] = _text_array([json.dumps(meta, ensure_ascii=False, sort_keys=True)])
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for name in sorted(out):
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(out[name]), allow_pickle=False)
                info = zipfile.ZipInfo(name + ".npy", date_time=(2020, 1, 1, 0, 0, 0))
                # float16 vectors do not deflate (1%): stored as they are, they load faster.
                info.compress_type = zipfile.ZIP_STORED if name in _SHARED else zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue(), compresslevel=6)

    @classmethod
    def load(cls, path: Path = NEURAL_FILE) -> "NeuralModel":
        """Read a model written by ``save``; InputError if missing or not such a model."""
        if not path.exists():
            raise InputError(f"NER model not found: {path} (build it with `marsad train ner`)")
        try:
            with np.load(path) as z:
                meta = json.loads(z["meta"].tobytes().decode("utf-8"))
                if meta.get("format") != FORMAT or "flags" not in meta:
                    raise InputError(f"{path}: not a neural NER model of format {FORMAT}")
                gaz = dict(line.split("\t", 1) for line in _array_text(z["gazetteer"]))
                fz = WordFeaturizer(_array_text(z["vocab"]), _array_text(z["chars"]), gaz, list(meta["flags"]))
                skip = {"vocab", "chars", "gazetteer", "meta"}
                arrays = {k: z[k] for k in z.files if k not in skip}
            return cls(tuple(meta["tags"]), fz, arrays, meta)  # vectors stay float16: rows are cast when used
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise InputError(f"{path} is not a readable NER model: {exc}") from exc


# Word and n-gram vectors: one table for all the members of an ensemble, stored in float16.
_SHARED = ("emb", "ngrams")


def lookup_vectors(fz: WordFeaturizer, emb: np.ndarray, subword: tuple[np.ndarray, int, int] | None,
                   feats: list, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Word and stem vectors (n, dims) of word types (``feats``: their ``parts``): rows of ``emb``, and with
    fastText n-grams (``NeuralModel.subword``) the mean n-gram vector of a form that is in no table (a form
    with no n-gram keeps the UNK row's zeros)."""
    wv = emb[[f[0] for f in feats]]
    sv = emb[[f[1] for f in feats]]
    if subword is None:
        return wv, sv
    need = [i for i, f in enumerate(feats) if f[0] == UNK or f[1] == UNK]
    if not need:
        return wv, sv
    table, lo, hi = subword
    wv, sv = wv.astype(np.float32), sv.astype(np.float32)
    # Each (row of wv or sv, form) to fill, then all their n-grams hashed and summed at once.
    targets, forms = [], []
    for i in need:
        n, stem = fz.oov_forms(words[i])
        if feats[i][0] == UNK:
            targets.append((wv, i))
            forms.append(n)
        if feats[i][1] == UNK:
            targets.append((sv, i))
            forms.append(stem)
    rows, counts = ngram_rows_many(forms, lo, hi, len(table))
    if len(rows):
        has = counts > 0
        starts = (np.cumsum(counts) - counts)[has]
        means = np.add.reduceat(table[rows], starts, axis=0, dtype=np.float32) / counts[has][:, None]
        for (out, i), v in zip([t for t, h in zip(targets, has) if h], means):
            out[i] = v
    return wv, sv


class _Member:
    """One BiLSTM-CRF's weights, rearranged for the forward pass (``recurrence.gates``)."""

    def __init__(self, a: dict[str, np.ndarray]) -> None:
        self.char_emb = a["char_emb"]
        self.convs = sorted(
            ((a[k], a[k.replace("_w", "_b")]) for k in a if k.startswith("conv") and k.endswith("_w")),
            key=lambda wb: wb[0].shape[2],
        )
        H = self.H = a["hh_f"].shape[1]
        order, scale = gates(H)
        # Input projection of both directions at once: (in, 8H).  With LM features (lm.py), their columns
        # come last in PyTorch's input: split off as ``w_lm`` (2 * LM hidden, 8H), applied per token.
        n_lm = 2 * a["lm_hh_f"].shape[1] if "lm_hh_f" in a else 0
        ih = np.concatenate([a["ih_f"][order], a["ih_b"][order]], axis=0).T * np.tile(scale, 2)  # (in, 8H)
        self.w_in = ih[: ih.shape[0] - n_lm].copy()
        self.w_lm = ih[ih.shape[0] - n_lm :].copy() if n_lm else None
        self.b_in = np.concatenate([a["bias_f"][order], a["bias_b"][order]]) * np.tile(scale, 2)
        self.w_hh = np.stack([a["hh_f"][order].T, a["hh_b"][order].T]) * scale  # (2, H, 4H)
        self.out_w = a["out_w"].T.copy()
        self.out_b = a["out_b"]

    def pooled(self, feats: list[tuple[int, int, list[int], list[int]]]) -> list[np.ndarray]:
        """Max-pooled char-CNN outputs of word types (one (n, filters) array per width)."""
        n = len(feats)
        # Always MAX_CHARS window starts (as in training): the pooled value does not depend on the batch.
        # A window that starts after the word's last char holds only padding chars (zero vectors): its
        # convolution is the bias alone.  Such windows are not computed; ``max(relu(bias))`` stands for them.
        L = MAX_CHARS
        kmax = max(w.shape[2] for w, _ in self.convs)
        lens = np.array([len(f[2]) for f in feats], dtype=np.intp)
        pad = np.zeros((n, L + kmax - 1), dtype=np.intp)
        pad[np.arange(L + kmax - 1) < lens[:, None]] = [c for f in feats for c in f[2]]
        word = np.repeat(np.arange(n), lens)  # one row per window that starts on a char
        first = np.cumsum(lens) - lens
        start = np.arange(len(word)) - np.repeat(first, lens)
        short = (lens < L)[:, None]  # words with padding-only windows
        pooled = []
        for w, b in self.convs:  # w: (F, C, k)
            k = w.shape[2]
            win = self.char_emb[pad[word[:, None], start[:, None] + np.arange(k)]]  # (rows, k, C)
            conv = win.reshape(len(word), -1) @ w.transpose(2, 1, 0).reshape(-1, w.shape[0]) + b
            best = _max_relu(conv, start, word, n, L)
            pooled.append(np.where(short, np.maximum(best, np.maximum(b, 0)), best))
        return pooled


def _max_relu(conv: np.ndarray, start: np.ndarray, word: np.ndarray, n: int, L: int) -> np.ndarray:
    """Max over each word's windows of ``max(conv, 0)`` (``conv``: one row per window, (rows, F)).

    The rows are placed by their window start in an (L, n, F) array of zeros and the L slices are
    combined by ``np.maximum``, one whole-array operation a start: four times faster than
    ``np.maximum.reduceat`` over the word's rows, which goes segment by segment.  A maximum is one of
    the values compared, so it is the same (the zeros stand for the ReLU's floor).
    """
    at = np.zeros((L, n, conv.shape[1]), dtype=conv.dtype)
    at[start, word] = conv
    best = np.maximum(at[0], at[1]) if L > 1 else np.maximum(at[0], 0)
    for i in range(2, L):
        np.maximum(best, at[i], out=best)
    return np.maximum(best, 0, out=best)


class NeuralScorer:
    """Emission scores of sentences under a NeuralModel (numpy; word-type projections cached; the
    recurrent steps in onnxruntime, ``recurrence.py``).

    An ensemble's members run side by side: their input projections are one table row per word
    type, and each recurrent step is one batched matmul over (member, direction).  The emission
    scores are the members' mean.
    """

    # Word types kept in the projection table: all the rows it has once grown (4096 doubled three times),
    # 105 MB for one BiLSTM; 30,000 left 2,768 of them unused (and 5% more projections over a day).
    def __init__(self, model: NeuralModel, max_cache: int = 32_768) -> None:
        self.model = model
        self.fz = model.featurizer
        self.max_cache = max_cache
        self.emb = model.arrays["emb"]
        sub = model.subword()  # the n-gram table in float32 once (its rows are summed for each unseen word)
        self.subword = (sub[0].astype(np.float32), sub[1], sub[2]) if sub is not None else None
        self.members = [_Member(model.member(i)) for i in range(model.n_members)]
        H = self.H = self.members[0].H
        if any(m.H != H for m in self.members):
            raise InputError("ensemble members must have the same hidden size")
        self.w_hh = np.concatenate([m.w_hh for m in self.members])  # (2M, H, 4H): member-major
        self._recurrence = Recurrence()
        # Forward and backward language models (lm.py): their input projections are the table's last 8 HL
        # columns; their states (2 HL) are projected into each member's gates per token (``_Member.w_lm``).
        a = model.arrays
        self.HL = a["lm_hh_f"].shape[1] if "lm_hh_f" in a else 0
        if self.HL:
            order, scale = gates(self.HL)
            self.lm_w_in = (np.concatenate([a["lm_ih_f"][order], a["lm_ih_b"][order]]).T * np.tile(scale, 2)).copy()
            self.lm_b_in = np.concatenate([a["lm_bias_f"][order], a["lm_bias_b"][order]]) * np.tile(scale, 2)
            self.lm_w_hh = np.stack([a["lm_hh_f"][order].T, a["lm_hh_b"][order].T]) * scale  # (2, HL, 4HL)
            self.w_lm = np.concatenate([m.w_lm for m in self.members], axis=1)  # (2 HL, M * 8H)
        self._slot: dict[str, int] = {}  # word type -> its row in ``_table``
        self._lock = threading.Lock()  # the table is filled, evicted and read under it (``scores_flat``)
        self._table = np.empty((4096, 8 * H * len(self.members) + 8 * self.HL), dtype=np.float32)
        self._uses = np.zeros(4096, dtype=np.int64)  # how often each row was used (what eviction keeps)
        # Rows an eviction freed (reused first, lowest first), and the rows handed out so far (those past it are new).
        self._free = np.empty(0, dtype=np.intp)
        self._high = 0
        # The featurizer's parts of word types, kept when the table evicts them (the Python half of a word's
        # projection; a word back after eviction costs then only the array half).  About 400 bytes a word
        # type against the table's 3.2 KB: twice the table's word types (about 25 MB), cleared when full.
        self._parts: dict[str, tuple[int, int, list[int], list[int]]] = {}
        self.max_parts = 2 * max_cache

    def word_input(self, words: list[str], member: int = 0) -> np.ndarray:
        """The concatenated input vectors (n, in) of word types for one member (no caching; for checks)."""
        feats = [self.fz.parts(w) for w in words]
        return self._member_input(feats, self._shared_input(feats, words), self.members[member])

    @staticmethod
    def _member_input(feats: list, shared: tuple[np.ndarray, np.ndarray, np.ndarray], m: _Member) -> np.ndarray:
        """One member's input vectors: the shared word and stem vectors, its char-CNN, the sparse flags."""
        wv, sv, sparse = shared
        return np.concatenate([wv, sv, *m.pooled(feats), sparse], axis=1).astype(np.float32)

    def _shared_input(self, feats: list, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(feats)
        wv, sv = lookup_vectors(self.fz, self.emb, self.subword, feats, words)
        sparse = np.zeros((n, self.fz.n_sparse), dtype=np.float32)
        sparse[np.repeat(np.arange(n), [len(f[3]) for f in feats]), [i for f in feats for i in f[3]]] = 1.0
        return wv, sv, sparse

    def _project(self, words: list[str]) -> np.ndarray:
        """Input projections (n, M * 8H) of word types: member after member, each forward then backward."""
        feats = self._word_parts(words)
        shared = self._shared_input(feats, words)
        out = [self._member_input(feats, shared, m) @ m.w_in + m.b_in for m in self.members]
        if self.HL:
            out.append(shared[0].astype(np.float32) @ self.lm_w_in + self.lm_b_in)
        return np.concatenate(out, axis=1) if len(out) > 1 else out[0]

    def _word_parts(self, words: list[str]) -> list[tuple[int, int, list[int], list[int]]]:
        """``WordFeaturizer.parts`` of word types, from ``_parts`` where known."""
        known = self._parts
        if len(known) + len(words) > self.max_parts:
            known.clear()
        parts = self.fz.parts
        out = []
        for w in words:
            got = known.get(w)
            if got is None:
                got = known[w] = parts(w)
            out.append(got)
        return out

    def _rows(self, words: list[str]) -> np.ndarray:
        """Rows of ``_table`` holding the input projections of ``words`` (word types not seen yet added)."""
        slot = self._slot
        missing = [w for w in dict.fromkeys(words) if w not in slot]
        if missing:
            if len(slot) + len(missing) > self.max_cache:
                self._evict(words)
            # new words go to the rows an eviction freed, then to rows never used
            reuse = self._free[: len(missing)]
            self._free = self._free[len(reuse) :]
            high = self._high + len(missing) - len(reuse)
            if high > len(self._table):
                size = max(2 * len(self._table), high)
                self._table = np.concatenate([self._table[: self._high],
                                              np.empty((size - self._high, self._table.shape[1]),
                                                       dtype=self._table.dtype)])
                self._uses = np.concatenate([self._uses[: self._high],
                                             np.zeros(size - self._high, dtype=self._uses.dtype)])
            at = np.concatenate([reuse, np.arange(self._high, high, dtype=np.intp)])
            self._high = high
            self._table[at] = self._project(missing)
            self._uses[at] = 0
            slot.update(zip(missing, at.tolist()))
        rows = np.fromiter(map(slot.__getitem__, words), dtype=np.intp, count=len(words))
        self._uses[: self._high] += np.bincount(rows, minlength=self._high)  # (np.add.at: several times slower)
        return rows

    def _evict(self, words: list[str]) -> None:
        """Bounded memory on endless streams: keep the half of the table used most, and this call's words.

        The rows kept stay where they are and the others are reused by the next words (moving the kept half to
        the front of the table copied 50 MB an eviction, most of the eviction's time)."""
        slot = self._slot
        names = list(slot)
        rows = np.fromiter(slot.values(), dtype=np.intp, count=len(slot))
        # Most used first; equal counts in the order the words came (a stable sort of the table's order).
        ranked = np.argsort(-self._uses[rows], kind="stable")
        here = np.zeros(len(self._uses), dtype=bool)
        here[np.fromiter((slot[w] for w in words if w in slot), dtype=np.intp)] = True
        keep = (np.arange(len(ranked)) < self.max_cache // 2) | here[rows[ranked]]
        old = rows[ranked[keep]]
        self._uses[old] //= 2  # past use counts, but less than new use
        self._free = np.sort(np.concatenate([self._free, rows[ranked[~keep]]]))
        slot.clear()
        slot.update(zip(map(names.__getitem__, ranked[keep].tolist()), old.tolist()))

    def scores(self, sents: list[list[str]]) -> list[np.ndarray]:
        """Emission scores (n_i, n_tags) of each sentence; all sentences run as one batch (``scores_flat``)."""
        if not sents:
            return []
        return np.split(self.scores_flat(sents), np.cumsum([len(s) for s in sents[:-1]]))

    def scores_flat(self, sents: list[list[str]]) -> np.ndarray:
        """Emission scores (tokens, n_tags) of the tokens of ``sents`` (at least one sentence), in order; one batch.

        The recurrent steps run over a packed batch (as PyTorch's PackedSequence): sentences longest
        first, and the inputs of step ``t`` are the rows ``off[t] : off[t] + active[t]`` of one array,
        one row per sentence still running.  No padding is stored or computed, so a batch costs memory
        in proportion to its tokens, and many short sentences share each step.

        One call at a time: the projection table it fills, evicts and reads (``_rows``) is shared by the
        threads of a Dask worker.
        """
        with self._lock:
            return self._scores_flat(sents)

    def _scores_flat(self, sents: list[list[str]]) -> np.ndarray:
        H, M = self.H, len(self.members)
        D, G = 2 * M, 4 * H  # (member, direction) pairs: even = forward, odd = backward
        lens = np.array([len(s) for s in sents], dtype=np.intp)
        B, N = len(sents), int(lens.sum())
        rank = np.argsort(-lens, kind="stable")  # longest first; ties in input order
        T = int(lens[rank[0]])
        # At step t only the first ``active[t]`` sentences (in rank order) are still running.
        active = np.searchsorted(-lens[rank], -np.arange(T), side="left")
        off = np.zeros(T + 1, dtype=np.intp)
        np.cumsum(active, out=off[1:])
        # Packed row of each token (in input order) for each direction: token p of a sentence of rank r
        # and length n is read at step p going forward and at step n - 1 - p going backward.
        r_of = np.empty(B, dtype=np.intp)
        r_of[rank] = np.arange(B)
        sent = np.repeat(np.arange(B), lens)
        p = np.arange(N) - np.repeat(np.cumsum(lens) - lens, lens)
        r = r_of[sent]
        fwd = off[p] + r
        bwd = off[lens[sent] - 1 - p] + r
        rows = self._rows([w for s in sents for w in s])
        at_f = np.empty(N, dtype=np.intp)  # table row of each packed row, forward
        at_b = np.empty(N, dtype=np.intp)
        at_f[fwd] = rows
        at_b[bwd] = rows
        if not self.HL:
            # The table's rows are (member, direction) blocks of 4H: one row of ``flat`` a block.
            flat = self._table.reshape(-1, G)
            rows_of = np.empty((D, N), dtype=np.intp)
            for d in range(D):
                np.multiply(at_b if d % 2 else at_f, D, out=rows_of[d])
                rows_of[d] += d
            out = self._recurrence.run(flat, rows_of, self.w_hh, active, off)
            return self._emit(out, fwd, bwd)
        # With LM features, each token's inputs get its LM states' projection added: gathered beforehand.
        x = np.empty((D, N, G), dtype=np.float32)  # packed inputs of each (member, direction)
        for d in range(D):
            x[d] = self._table[at_b if d % 2 else at_f, d * G : (d + 1) * G]
        GL = 4 * self.HL
        xl = np.empty((2, N, GL), dtype=np.float32)
        for d in range(2):
            xl[d] = self._table[at_b if d else at_f, D * G + d * GL : D * G + (d + 1) * GL]
        lo = self._run_packed(xl, self.lm_w_hh, active, off)
        lm = np.concatenate([lo[0, fwd], lo[1, bwd]], axis=1)  # (N, 2 HL), input order
        proj = lm @ self.w_lm  # (N, M * 8H): member after member, forward then backward
        for d in range(D):
            x[d][fwd if d % 2 == 0 else bwd] += proj[:, d * G : (d + 1) * G]
        out = self._run_packed(x, self.w_hh, active, off)
        return self._emit(out, fwd, bwd)

    def _run_packed(self, x: np.ndarray, w_hh: np.ndarray, active: np.ndarray, off: np.ndarray) -> np.ndarray:
        """``Recurrence.run`` of inputs (D, N, 4H) already in packed order."""
        D, N, G = x.shape
        return self._recurrence.run(x.reshape(D * N, G), np.arange(D * N).reshape(D, N), w_hh, active, off)

    def _emit(self, out: np.ndarray, fwd: np.ndarray, bwd: np.ndarray) -> np.ndarray:
        """Emission scores of the tokens from the packed LSTM outputs (``scores_flat``).

        Each direction's outputs are projected in packed order, then their rows taken in input order:
        rows of n_tags floats moved instead of rows of H (the output layer split by direction).
        """
        M, H = len(self.members), self.H
        em = None
        for j, m in enumerate(self.members):
            e = (out[2 * j] @ m.out_w[:H])[fwd] + (out[2 * j + 1] @ m.out_w[H:])[bwd] + m.out_b
            em = e if em is None else em + e
        if M > 1:
            em = em / M
        return em
