"""Tagging with the trained NER model: tokens -> BIO tags, text -> mention spans, and the pipeline stage.

Speed comes from the feature decomposition in ``features.py``: for each word
type the summed weights it contributes at positions 0, -1, +1, -2, +2 are
computed once and cached as a (5, n_tags) matrix; a sentence's emission
scores are then five shifted slices added together, plus two word-pair
lookups per token, followed by Viterbi over 9 tags.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from marsad.arabic import split_sentences
from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp.ner.conll import bio_spans
from marsad.nlp.ner.features import BOS, EOS, FeatureExtractor
from marsad.nlp.ner.lexicon import WordToken, norm_word, tokenize
from marsad.nlp.ner.model import MODEL_FILE, NerModel
from marsad.nlp.ner.perceptron import transition_mask, viterbi
from marsad.pipeline.stage import Resources, Stage

# ANERcorp type names -> the project's mention labels.
LABELS = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


@dataclass(slots=True)
class TaggerOptions:
    """Tagger settings."""

    max_cache: int = 200_000  # word types whose score matrices are kept (about 60 MB at the limit)


class Tagger:
    """Arabic NER tagger (averaged perceptron + Viterbi). Build with ``load_tagger()``."""

    def __init__(self, model: NerModel, opts: TaggerOptions | None = None) -> None:
        self.model = model
        self.opts = opts or TaggerOptions()
        self.tags = model.tags
        self.version = model.digest()
        self._fx = FeatureExtractor(gazetteer=model.gazetteer, clusters=model.clusters)
        self._index = {f: i for i, f in enumerate(model.features)}
        # Weights plus one all-zero row (index ``_pad``).
        self._w = np.vstack([model.weights, np.zeros((1, len(model.tags)), dtype=np.float32)])
        self._pad = len(model.weights)
        self._trans = (model.transitions + transition_mask(model.tags)).astype(np.float64)
        self._words: dict[str, tuple[np.ndarray, str]] = {}

    def _word(self, word: str) -> tuple[np.ndarray, str]:
        """(5, n_tags) score matrix of a word type at positions 0/-1/+1/-2/+2, and its normal form (cached)."""
        hit = self._words.get(word)
        if hit is not None:
            return hit
        get = self._index.get
        pad = self._pad
        ids: list[int] = []
        starts: list[int] = []
        for feats in self._fx.word_features(word):
            starts.append(len(ids))
            ids.append(pad)  # the all-zero row keeps every segment non-empty for reduceat
            ids += [i for i in map(get, feats) if i is not None]
        rows = np.add.reduceat(self._w[ids], starts, axis=0)
        if len(self._words) >= self.opts.max_cache:
            self._words.clear()  # bounded memory on endless streams; refilling is cheap
        # Normal form for the word-pair features; the padding words too, exactly as in training.
        hit = self._words[word] = (rows, norm_word(word))
        return hit

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Emission scores (n_tokens, n_tags) of a sentence."""
        n = len(tokens)
        entries = [self._word(t) for t in [BOS, BOS, *tokens, EOS, EOS]]
        m = np.stack([e[0] for e in entries])
        emit = m[2 : n + 2, 0] + m[1 : n + 1, 1] + m[3 : n + 3, 2] + m[0:n, 3] + m[4 : n + 4, 4]
        index, w = self._index, self._w
        norms = [e[1] for e in entries]
        for i in range(n):
            p = i + 2
            a = index.get("bl=" + norms[p - 1] + "|" + norms[p])
            if a is not None:
                emit[i] += w[a]
            b = index.get("br=" + norms[p] + "|" + norms[p + 1])
            if b is not None:
                emit[i] += w[b]
        return emit

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (ANERcorp names: B-PERS, I-LOC, ..., O) for one sentence of tokens."""
        if not tokens:
            return []
        if any(not isinstance(t, str) or not t or t.isspace() for t in tokens):
            raise InputError("NER tokens must be non-empty strings without only whitespace")
        return [self.tags[k] for k in viterbi(self.scores(tokens), self._trans)]

    def tag_tokens(self, tokens: list[WordToken], offset: int = 0) -> list[Span]:
        """Mention spans over already tokenized text (one sentence); offsets shifted by ``offset``."""
        tags = self.tag([t.text for t in tokens])
        out = []
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

    def tag_text(self, text: str) -> list[Span]:
        """Split ``text`` into sentences, tokenize and tag each; return ``mention`` spans (PER|LOC|ORG|MISC).

        Offsets are character offsets into ``text``.  Raises InputError if ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise InputError(f"tag_text expects str, got {type(text).__name__}")
        spans: list[Span] = []
        for start, end in split_sentences(text):
            tokens = tokenize(text[start:end])
            if tokens:
                spans.extend(self.tag_tokens(tokens, offset=start))
        return spans


def tag_lines(lines: Iterable[str], tagger: Tagger) -> Iterator[str]:
    """Tag a token-per-line stream: yields ``token<TAB>TAG`` lines, blank lines kept where they were.

    Sentences are separated by blank lines; a line's first whitespace-separated
    field is the token (so a ``token TAG`` gold file can be fed as is).
    """
    sent: list[str] = []
    for line in lines:
        fields = line.split()
        if fields:
            sent.append(fields[0])
            continue
        if sent:
            yield from (f"{t}\t{g}" for t, g in zip(sent, tagger.tag(sent)))
            sent = []
        yield ""
    if sent:
        yield from (f"{t}\t{g}" for t, g in zip(sent, tagger.tag(sent)))


@lru_cache(maxsize=4)
def load_tagger(path: Path = MODEL_FILE) -> Tagger:
    """The tagger for the model at ``path`` (default: the model shipped in the package), loaded once."""
    return Tagger(NerModel.load(Path(path)))


def _model_version(path: Path = MODEL_FILE) -> str:
    """Stage version: short hash of the shipped model file (read at import; the file is ~1 MB)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


def run_ner(doc: Doc, res: Resources) -> None:
    """Pipeline stage body: tag each ``sentence`` span of ``doc`` and append ``mention`` spans.

    Articles known to be in another language than Arabic are skipped: the model only knows Arabic.
    """
    if doc.article.language not in (None, "ar"):
        return
    tagger: Tagger = res.get("ner", load_tagger)
    text = doc.text
    mentions = doc.layer("mention")
    for sent in doc.layer("sentence"):
        chunk = text[sent.start : sent.end]
        tokens = tokenize(chunk)
        if tokens:
            mentions.extend(tagger.tag_tokens(tokens, offset=sent.start))


NER = Stage(
    name="ner",
    version=_model_version(),
    func=run_ner,
    requires=("sentence",),
    assigns=("mention",),
    doc="Arabic named entities (PER, LOC, ORG, MISC) from the shipped averaged-perceptron model.",
)
STAGE = NER
