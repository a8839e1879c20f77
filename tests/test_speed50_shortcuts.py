"""speed50's shortcuts in linking (issue 18) give what the plain reading gives (sentences written for these tests).

- ``title_names.title_before``: the title before a name is read from the name back, not from the article's whole
  beginning copied and split for each name (a name late in a long article cost as much as the article).
- ``non_entities.may_hold_idiom``: an article holding no idiom's words is told so by a few set tests, and
  ``idiom_spans`` (which reads every token) runs only where it says one may be there.
"""

from __future__ import annotations

import pytest

from marsad.nlp.gazetteer import tokenize
from marsad.nlp.ner.non_entities import idiom_spans, may_hold_idiom
from marsad.nlp.title_names import norm, title_before

PREFIX = "استقبل "


@pytest.mark.parametrize("before, title", [
    ("استقبل الأمير ", "الامير"),
    ("وقال العاهل ", "العاهل"),
    ("وأكد الملك\n", "الملك"),
    ("برقية للأمير ", "الامير"),
    ("وهنأ والملك ", "الملك"),
    ("كما أشاد الأمير «", "الامير"),
    ("وصرح الشيخ (", "الشيخ"),
    ("قال الأمير ((( ", None),  # more than three marks between: no title
    ("زار الرئيس ", None),
    ("", None),
    ("   ", None),
])
def test_title_before_reads_the_word_before_the_name(before, title):
    text = before + "سلطان بن سلمان"
    got = title_before(text, len(before))
    assert got == (norm(title) if title else None)


class _Reads(str):
    """A text that records how many characters each slice of it read."""

    longest = 0

    def __getitem__(self, key):
        out = str.__getitem__(self, key)
        _Reads.longest = max(_Reads.longest, len(out))
        return out


def test_title_before_a_late_name_reads_only_around_it():
    # a long article: its title word and name 60,000 characters in
    filler = "وتابع المجلس مناقشة البنود المدرجة على جدول الأعمال. " * 1100
    text = _Reads(filler + "وأكد الملك سلمان أن")
    start = len(filler) + len("وأكد الملك ")
    _Reads.longest = 0
    assert title_before(text, start) == norm("الملك")
    assert _Reads.longest < 100  # not the 60,000 characters before it


TEXTS = [
    "نال الفريق حصة الأسد من الجوائز في ختام البطولة",
    "وصلت أولى طلائع ضيوف الرحمن إلى المدينة المنورة",
    "عيدكم مبارك وكل عام وأنتم بخير",
    "وتبادل المواطنون التهاني بعيد سعيد في الساحات",
    "ذهبت بحصة الأسد من العقود شركة واحدة",
    "التقى الرئيس بشار الأسد وفدا برلمانيا",
    "قال مبارك إن الحكومة ستعلن قرارها غدا",
    "يحل شهر رمضان هذا العام في الصيف",
    "وفي يوم الجمعة أقيمت الصلاة في المسجد",
    "أمطار غزيرة على المرتفعات الغربية اليوم",
]


@pytest.mark.parametrize("text", TEXTS)
def test_may_hold_idiom_is_never_false_where_an_idiom_is_found(text):
    toks = tokenize(text)
    found = idiom_spans([(t.norm, t.start, t.end) for t in toks])
    if not may_hold_idiom({t.norm for t in toks}):
        assert found == []


def test_may_hold_idiom_tells_texts_apart():
    said = [may_hold_idiom({t.norm for t in tokenize(t)}) for t in TEXTS]
    assert said == [True, True, True, True, True, False, False, False, False, False]
