"""The quote finder as it was before its speed work, for checking that the fast code finds the same quotes.

``ReferenceFinder`` is ``marsad.nlp.quotes._Finder`` with the parts rewritten for speed put back in their
first, plainly written form: the token loop, the per-sentence word test that picks the sentences to tokenize,
the lead words of a reported clause, the candidate scan, the cue test of a token (in context, every time it is
asked) and the token walk to the end of a reported clause.  ``compare`` runs both on the same articles and
lists every article whose quotes differ in any field.  Used by tests/test_quotes_equivalence.py (a few hundred
articles) and ``benchmarks/bench_quotes.py --check`` (a thousand or more).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from marsad.models import Span
from marsad.nlp import quotes as fast
from marsad.nlp import speech_lexicon as lex
from marsad.nlp.quote_marks import Tok, Tokens
from marsad.nlp.quote_speakers import COMMAS
from marsad.nlp.speech_lexicon import MARKS_RE, fold_letters

_TOKEN_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_WORD_RE = re.compile(r"\w+")


def reference_toks(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> list[Tok]:
    """The tokenizer as one Python loop over regular expression matches."""
    out = []
    folded = fold_letters(text) if folded is None else folded
    marks = MARKS_RE.search(text) is not None
    for lo, hi in spans if spans is not None else [(0, len(text))]:
        for m in _TOKEN_RE.finditer(folded, lo, hi):
            a, b = m.span()
            f = m.group()
            word = f[0].isalnum() or f[0] == "_"
            if word and marks:
                f = MARKS_RE.sub("", f)
                if not f:
                    continue
            s = f[1:] if word and len(f) > 3 and f[0] in "وف" else f
            out.append(Tok(a, b, f, s, word))
    return out


def reference_tokenize(text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None) -> Tokens:
    """``reference_toks`` as the parallel lists the finder reads."""
    toks = reference_toks(text, spans, folded)
    return Tokens([t.start for t in toks], [t.end for t in toks], [t.f for t in toks], [t.s for t in toks],
                  [t.word for t in toks])


class ReferenceFinder(fast._Finder):
    """The quote finder with the plainly written versions of its fast parts (reading tokens as objects)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.toks = [self.tokens.at(k) for k in range(len(self.tokens))]

    def _speech_sentences(self, folded: str) -> list[tuple[int, int]]:
        out = []
        marks = MARKS_RE.search(folded) is not None
        for s, e in self.sentences:
            words = _WORD_RE.findall(MARKS_RE.sub("", folded[s:e]) if marks else folded[s:e])
            if (not lex.CANDIDATE_WORDS.isdisjoint(words) or fast._HEADLINE_RE.search(self.text, s, e)
                    or (out and out[-1][1] <= s and self._ends_with_colon(*out[-1]))):
                out.append((s, e))
        return out

    def _tokens_in(self, forms: frozenset[str]) -> list[int]:
        return [k for k, f in enumerate(self.tokens.f) if f in forms]

    def _is_cue(self, ti: int) -> lex.Cue | None:
        t = self.toks[ti]
        if not t.word or self.quoted[ti] or ti in self.used:
            return None
        cue = lex.CUES.get(t.f) or lex.CUES.get(t.s)
        if cue is None:
            return None
        if t.f in lex.NOUN_HOMOGRAPHS and not cue.weak:
            cue = lex.Cue(cue.lemma, cue.klass, cue.prep, weak=True)
        prev = self.toks[ti - 1] if ti else None
        if prev is not None and prev.word and (prev.f in lex.NOUN_MARKERS or prev.f in lex.NEGATIONS):
            return None
        nxt = self.toks[ti + 1] if ti + 1 < len(self.toks) else None
        if cue.lemma == "جاء في" and not (nxt is not None and nxt.f == "في"):
            return None
        if cue.lemma == "لفت" and nxt is not None and nxt.f.startswith(("نظر", "انتباه", "الانظار", "الانتباه")):
            return None
        return cue

    def _is_cue_form(self, k: int) -> bool:
        t = self.toks[k]
        return t.word and (lex.CUES.get(t.f) or lex.CUES.get(t.s)) is not None

    def _content_end(self, start: int, sent_end: int) -> int:
        _, para_end = self._paragraph(start)
        end = sent_end
        changed = True
        while changed:
            changed = False
            for a, b in self.pairs:
                if start <= a < end <= b < para_end + 1:
                    end, changed = b + 1, True
        k = self._tok_at(start) + 1
        while k < len(self.toks) and self.toks[k].start < end:
            t = self.toks[k]
            if (not t.word and t.f in lex.SENTENCE_END and not self.quoted[k] and k + 1 < len(self.toks)
                    and self.toks[k + 1].word and self.toks[k + 1].start < end and self.toks[k + 1].start > t.end):
                return t.start
            if t.word and not self.quoted[k]:
                prev = self.toks[k - 1]
                after_comma = not prev.word and prev.f in COMMAS
                cue = self._is_cue(k)
                nxt = self._is_cue(k + 1) if k + 1 < len(self.toks) and t.f == "كما" else None
                if after_comma and (cue or nxt or t.f in lex.ATTRIBUTIONS):
                    return prev.start
                if cue is not None and cue.klass == "participle" and (not prev.word or t.f[0] == "و"
                                                                      or self._has_complement(k, 2)):
                    return t.start
                if cue is not None and not cue.weak and t.f != t.s and t.f[0] == "و" and self._has_complement(k):
                    return t.start
                if prev.word and prev.f in lex.NARRATOR_LINKS and (cue or self._is_cue_form(k)):
                    return prev.start
            k += 1
        return end

    def _lead_words(self, s: int, e: int) -> list[str]:
        return [t.f for t in reference_toks(self.text[s:e]) if t.word][:2]


def reference_quotes(text: str, sentences: list[tuple[int, int]], mentions: list[Span]) -> list[Span]:
    """``find_quotes`` with the reference finder (default options)."""
    if not text.strip():
        return []
    original = fast.tokenize
    fast.tokenize = reference_tokenize  # the finder's __init__ tokenizes through the module name
    try:
        return ReferenceFinder(text, list(sentences), list(mentions), fast.QuoteOptions()).run()
    finally:
        fast.tokenize = original


def _fields(q: Span) -> tuple[Any, ...]:
    return q.start, q.end, q.label, q.data


def compare(articles: Iterable[tuple[str, list[tuple[int, int]], list[Span]]]) -> tuple[int, int, list[int]]:
    """(articles, quotes, indices of the articles whose quotes differ) over (text, sentences, mentions) triples."""
    n = n_quotes = 0
    differ = []
    for i, (text, sentences, mentions) in enumerate(articles):
        new = fast.find_quotes(text, sentences=sentences or None, mentions=mentions)
        old = reference_quotes(text, sentences or fast.split_sentences_fallback(text), mentions)
        n, n_quotes = n + 1, n_quotes + len(new)
        if list(map(_fields, new)) != list(map(_fields, old)):
            differ.append(i)
    return n, n_quotes, differ
