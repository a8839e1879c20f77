"""speed24 (issue 18): mentions found by bisection give what the scans they replace gave.

* linking: the KB candidates a NER span overlaps (``_OverlapIndex``) — the same candidates in the same order as
  ``[g for g in accepted if g.start < end and start < g.end]``, whether the list is in order of start or has
  candidates appended after its sorted part;
* events: a sentence's mentions (``Sentence.ments``) — the same as scanning all the article's mentions.
"""

from __future__ import annotations

import random

from marsad.models import Article, Doc, Span
from marsad.nlp.events.analysis import Analysis, Sentence
from marsad.nlp.events.coder import CoderOptions
from marsad.nlp.linking import _Cand, _OverlapIndex


def _scan(cands: list[_Cand], start: int, end: int) -> list[_Cand]:
    return [g for g in cands if g.start < end and start < g.end]


def _random_cands(rng: random.Random, n: int, tail: int) -> list[_Cand]:
    spans = []
    for _ in range(n):
        s = rng.randrange(0, 300)
        spans.append((s, s + rng.randrange(1, 25)))
    out = [_Cand(s, e, "PER", None, "gaz") for s, e in sorted(spans, key=lambda se: (se[0], -se[1]))]
    for _ in range(tail):  # appended as _merge_ner appends a looked-up NER span: anywhere in the text
        s = rng.randrange(0, 300)
        out.append(_Cand(s, s + rng.randrange(1, 25), "LOC", "x", "ner"))
    return out


def test_overlap_index_is_the_scan():
    rng = random.Random(24)
    for trial in range(400):
        cands = _random_cands(rng, rng.randrange(0, 40), rng.randrange(0, 4) if trial % 2 else 0)
        index = _OverlapIndex(cands)
        for _ in range(30):
            s = rng.randrange(0, 320)
            e = s + rng.randrange(0, 30)
            got = index.overlapping(s, e)
            want = _scan(cands, s, e)
            assert [id(g) for g in got] == [id(g) for g in want], (trial, s, e)


def test_overlap_index_touching_spans():
    # spans that only touch do not overlap; nested and equal spans do
    cands = [_Cand(0, 5, "PER", None, "gaz"), _Cand(5, 9, "PER", None, "gaz"), _Cand(5, 7, "PER", None, "gaz"),
             _Cand(20, 30, "ORG", None, "gaz")]
    index = _OverlapIndex(cands)
    assert index.overlapping(5, 9) == cands[1:3]
    assert index.overlapping(9, 20) == []
    assert index.overlapping(4, 6) == cands[:3]
    assert index.overlapping(0, 100) == cands
    assert _OverlapIndex([]).overlapping(0, 10) == []


def _doc() -> Doc:
    # (own sentences) two sentences, each naming people and places; one name runs across the sentence's end
    text = ("استقبل الوزير خالد سعيد في مدينة جدة الوفد القادم من الرباط. "
            "وبحث الجانبان مع سالم ناصر وعلي حمد في الرياض سبل التعاون بين البلدين.")
    doc = Doc(Article(id="s24", raw_id="r-s24", text=text, published_at="2024-03-02", outlet="test"))
    cut = text.index(".") + 1
    doc.layer("sentence").extend([Span("sentence", 0, cut), Span("sentence", cut + 1, len(text))])
    for surface, label in (("خالد سعيد", "PER"), ("جدة", "LOC"), ("الرباط", "LOC"), ("سالم ناصر", "PER"),
                           ("علي حمد", "PER"), ("الرياض", "LOC")):
        at = text.index(surface)
        doc.layer("mention").append(Span("mention", at, at + len(surface), label,
                                         {"entity_id": "id:" + surface, "name": surface, "source": "test"}))
    return doc


def test_sentence_mentions_by_bisection_are_the_scan():
    a = Analysis(_doc(), CoderOptions())
    assert a.ment_firsts == sorted(a.ment_firsts) and len(a.ments) == 6
    n = len(a.toks)
    for lo in range(n + 1):
        for hi in range(lo, n + 1):
            want = [m for m in a.ments if lo <= m.first and m.last < hi]
            assert Sentence(a, lo, hi, Span("sentence", 0, 0)).ments == want
    # mentions out of order (never made by ``_mentions``): the scan is used
    a.ments = list(reversed(a.ments))
    a.ment_firsts = None
    assert [m.first for m in Sentence(a, 0, n, Span("sentence", 0, 0)).ments] == sorted(
        (m.first for m in a.ments), reverse=True)


def test_short_form_owners_kept_until_a_full_name_is_added():
    from marsad.nlp.coref import NameIndex

    def fresh(index: NameIndex, words: list[str]):
        index._owners.clear()
        return index.owner_of_words(words)

    index = NameIndex()
    index.add_full("p1", ["سالم", "ناصر", "الحربي"], 0)
    asks = [["ناصر", "الحربي"], ["سالم", "الحربي"], ["الحربي"], ["خالد"]]
    for words in asks:
        assert index.owner_of_words(words) == fresh(index, words)
    index.add_full("p2", ["خالد", "سعيد", "الحربي"], 40)
    index.add_full("p2", ["خالد", "سعيد", "الحربي"], 90)  # counted twice: the best owner of "الحربي" may change
    for words in asks:
        index.owner_of_words(words)  # cached, then asked again after the counts changed
        index.seen("p1")
        assert index.owner_of_words(words) == fresh(index, words)
    assert index.owner_of_words(["خالد", "الحربي"]) == "p2"


def test_tokenizer_patterns_split_as_the_alternations_did():
    """The gazetteer's and the event coder's word patterns, written as runs of letters between runs of marks,
    split every text as the one-alternation-a-character patterns did (own text: diacritics, tatweel, joiners,
    deleted marks at the start, inside and at the end of words, digits, underscores, Latin)."""
    import re

    from marsad.arabic.tokenize import splitter
    from marsad.nlp import gazetteer
    from marsad.nlp.events import analysis
    from marsad.nlp.events import lexicon as L

    old_gaz = splitter(re.compile(r"[^\W_](?:[^\W_]|[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d])*"))
    old_ev = splitter(re.compile(r"(?:[^\W\d_]|\x01)+|\d+(?:[./:\-]\d+)*|[^\w\s\x01]"))
    texts = [
        "قَالَ الوزيــر إنّ المُحادثات في جدة_2024 ستستأنف يوم 3/4 عند السّاعة 10:30، ومعه Jean-Yves.",
        "\u064bأول \u0640\u0640مد كلمة\u064e\u064e و\u200cكتب ١٢٫٥ %ـ _x ــ\u200d ؟!",
        "\x01\x01بدأ\x01 ال\x01مؤتمر \x01 12\x01 a\x01b \x01_ _\x01 \x01\x01",
        "",
    ]
    for text in texts + [L.fold_in_place(t) for t in texts]:
        assert gazetteer._TOKEN_SPLIT_RE.split(text) == old_gaz.split(text)
        assert analysis._FOLDED_SPLIT_RE.split(text) == old_ev.split(text)
