"""The NER document pass asks whether a name is a currency or a unit once per name (issue 18, speed45).

Every entity of every document is asked (``document._measure``), and the same names recur across a day's
articles: the non-entity class of a name's words is kept per name (``non_entities._class_of``), and whether the
word before it is a number (for the accusative «مئة ريالا») per word.  The answers must be those of the rule
worked out afresh.
"""

from __future__ import annotations

import numpy as np

from marsad.nlp.ner import document
from marsad.nlp.ner.document import consistent_paths
from marsad.nlp.ner.non_entities import _NUMBER_WORDS, _class_of
from marsad.nlp.ner.perceptron import TAGS, transition_mask, viterbi_many
from marsad.nlp.timex_lexicon import NUMBER_WORDS
from marsad.nlp.translit import norm

TRANS = transition_mask(TAGS)


def _rule(words: list[str], before: str) -> bool:
    """The measure rule of the document pass, worked out with nothing kept."""
    fresh = _class_of.__wrapped__  # the class of a name's words, not the answer kept for it
    plain = fresh(tuple(words))
    bare = fresh(tuple(w.removesuffix("اً").removesuffix("ا") for w in words))
    number = any(c.isdigit() for c in before) or norm(before) in NUMBER_WORDS or norm(before) in _NUMBER_WORDS
    return plain == "measure" or number and bare == "measure"


def test_a_currency_in_the_accusative_after_a_number_is_a_measure_only_after_one():
    assert document._measure(["ريالا"], "ألف") is True
    assert document._measure(["ريالا"], "سعيد") is False
    assert document._measure(["يوانا"], "") is False  # alone: a given name
    assert document._measure(["يوانا"], "50") is True
    assert document._measure(["دولار"], "") is True
    assert document._measure(["سعيد", "ناصر"], "3") is False


def test_kept_answers_are_those_of_the_rule_worked_out_afresh():
    cases = [(["ريالا"], "ألف"), (["ريالا"], "سعيد"), (["يوانا"], "ستين"), (["يوانا"], "قال"),
             (["دولار"], ""), (["دولارا"], "مئة"), (["سعيد", "ناصر"], "3"), (["مليون", "دولار"], "")]
    for _ in range(2):  # the second time from what was kept
        for words, before in cases:
            assert document._measure(words, before) is _rule(words, before), (words, before)


def test_a_name_repeated_in_a_document_is_judged_once():
    _class_of.cache_clear()
    sents, ems = [], []
    for k in range(6):  # one person named in six sentences, sure each time
        toks = f"وقال سعيد ناصر في الجلسة {k}".split()
        em = np.full((len(toks), len(TAGS)), -5.0)
        em[:, 0] = 3.0
        em[1, 0] = em[2, 0] = -5.0
        em[1, TAGS.index("B-PERS")] = 8.0
        em[2, TAGS.index("I-PERS")] = 8.0
        sents.append(toks)
        ems.append(em)
    paths = viterbi_many(ems, TRANS)
    out = consistent_paths([list(range(len(sents)))], sents, ems, TRANS, paths, TAGS)
    assert all(TAGS[p[1]] == "B-PERS" and TAGS[p[2]] == "I-PERS" for p in out)
    info = _class_of.cache_info()
    assert info.misses == 1 and info.hits == 5
