"""speed49 (issue 18): an article folded in place by the event coder is not folded again by the treaty clauses.

``events.lexicon.fold_in_place`` keeps the last long text it folded; the event coder's tokens and the clause finder
both fold the whole article, one stage after the other (texts written for these tests).
"""

from __future__ import annotations

import sys

from marsad.models import Article, Doc, Span
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import _tokenize
from marsad.nlp.events.treaties import find_clauses

ARTICLE = ("وَقَّعَ البلدانِ صباحَ أمس اتّفاقيةً للتعاونِ في مجالِ الطاقةِ، وتنصُّ على تبادلِ الخبراتِ وتدريبِ "
           "المهندسين. وقال الوزير إنّ المشروع الأوّل يبدأ في الخريف المقبل، "
           "وإنّ الطرفين سيجتمعان مرّة كلّ عام لمراجعةِ ما أُنجز من بنودِ الاتّفاق.")
SHORT = "زار الوزير المدينة أمس."

LX = sys.modules["marsad.nlp.events.lexicon"]


def _plain(text: str) -> str:
    return L.translate(text, L._mark_table())


def _doc(text: str) -> Doc:
    cut = text.index(".") + 1
    return Doc(Article(id="s49", raw_id="s49", text=text, title=""),
               {"sentence": [Span("sentence", 0, cut), Span("sentence", cut + 1, len(text))]})


def test_the_event_tokens_and_the_clauses_fold_an_article_once(monkeypatch):
    calls: list[str] = []
    real = LX.translate

    def counted(text, table):
        calls.append(text)
        return real(text, table)

    monkeypatch.setattr(LX, "translate", counted)
    monkeypatch.setattr(LX, "_in_place_last", [("", "")], raising=False)
    assert len(ARTICLE) >= getattr(LX, "_IN_PLACE_MIN", 200)
    tokens = _tokenize(ARTICLE)  # (the coder's tokens, not the remembered ones: they fold the text)
    clauses = find_clauses(_doc(ARTICLE))
    assert calls.count(ARTICLE) == 1
    assert clauses  # (the energy clause: the article was read, not skipped)
    monkeypatch.setattr(LX, "translate", real)
    monkeypatch.setattr(LX, "_in_place_last", [("", "")], raising=False)
    assert [(t.start, t.end, t.norm) for t in _tokenize(ARTICLE)] == [(t.start, t.end, t.norm) for t in tokens]
    assert [(s.start, s.end, s.label, s.data) for s in find_clauses(_doc(ARTICLE))] == \
        [(s.start, s.end, s.label, s.data) for s in clauses]


def test_a_text_folded_in_place_again_is_the_same_string():
    for text in (ARTICLE, SHORT, ARTICLE + "ـــ", str(ARTICLE), SHORT * 12, ARTICLE):
        got = L.fold_in_place(text)
        assert got == _plain(text) and len(got) == len(text)
    other = ARTICLE.replace("الطاقةِ", "المياهِ")
    assert L.fold_in_place(other) == _plain(other) != L.fold_in_place(ARTICLE)
