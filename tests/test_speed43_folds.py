"""speed43 (issue 18): a text folded a moment ago is not folded again, and its folded form is the same.

The story readers of one article fold its headline and lead again and again; ``fold_for_search`` keeps the last
texts it folded (texts written for these tests).
"""

from __future__ import annotations

import sys

import pytest

from marsad.arabic.normalize import fold_for_search
from marsad.errors import InputError

NZ = sys.modules["marsad.arabic.normalize"]

TEXTS = [
    "",
    "أعلنت الهيئة إطلاق مبادرة جديدة لدعم المزارعين",
    "وقّعت الشركتان اتفاقيةً بقيمة ٣٫٥ مليار ريال",
    "Marsad NEWS 2015: COVID ÉTÉ",
    "عـــاجل: إلى المؤتمر\u200f في 12/7",
    "ى ة أ إ آ",
    "لقاء " * 80,  # longer than the short-text path (256 characters)
]


def _plain(text: str) -> str:
    return NZ.translate(text, NZ._SEARCH_TABLE)


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_folded_again_gives_the_same_form(text):
    first = fold_for_search(text)
    assert first == _plain(text)
    assert fold_for_search(text) == first
    assert fold_for_search(str(text)) == first


def test_a_headline_read_by_many_readers_is_folded_once(monkeypatch):
    calls = []
    real = NZ.translate

    def counted(text, table):
        calls.append(text)
        return real(text, table)

    monkeypatch.setattr(NZ, "translate", counted)
    title = "وزير الطاقة يفتتح محطة تحلية في الساحل الشمالي"
    lead = "افتتح وزير الطاقة صباح أمس محطة لتحلية المياه بطاقة إنتاجية كبيرة"
    got = [fold_for_search(t) for t in (title, lead, title, lead, title + " " + lead, title)]
    assert calls.count(title) == 1 and calls.count(lead) == 1
    assert got == [_plain(t) for t in (title, lead, title, lead, title + " " + lead, title)]


def test_a_full_store_of_folds_is_emptied_and_the_folds_stay_right(monkeypatch):
    monkeypatch.setattr(NZ, "_FOLDED_MAX", 4)
    texts = [f"النص رقم {i} عن المؤتمر" for i in range(11)]
    for t in texts * 2:
        assert fold_for_search(t) == _plain(t)
    assert len(NZ._FOLDED) <= 4


def test_a_long_text_is_folded_but_not_kept():
    long_text = "أ" * (NZ._FOLDED_CHARS + 1)
    assert fold_for_search(long_text) == "ا" * (NZ._FOLDED_CHARS + 1)
    assert long_text not in NZ._FOLDED


def test_a_str_subclass_and_wrong_types():
    class Marked(str):
        pass

    t = Marked("إعلان")
    assert fold_for_search(t) == "اعلان"
    assert t not in NZ._FOLDED or NZ._FOLDED[t].__class__ is str
    with pytest.raises(InputError):
        fold_for_search(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        fold_for_search(["a"])  # type: ignore[arg-type]


@pytest.mark.parametrize("a, b", [
    ("عَاجِلٌ: الـــوزير يصل", "وصل الوزير\u200f إلى جدة"),
    ("BREAKING News ٣٫٥", "ﺑﻴﺎن رسمي 𝐀 آخر"),
    ("أ" * 300, "ى" * 10),
    ("", ""),
])
def test_a_headline_and_lead_folded_apart_are_folded_together(a, b):
    # folding is letter by letter: two texts folded apart and joined are the two folded together
    assert fold_for_search(a) + " " + fold_for_search(b) == _plain(a + " " + b)


def test_the_contact_and_object_readers_fold_no_joined_text(monkeypatch):
    from marsad.stories.contacts import headline_contact
    from marsad.stories.objects import object_slot

    title = "أمير المنطقة يفتتح معرض الكتاب في المدينة ويلتقي وزير الثقافة"
    lead = "افتتح أمير المنطقة مساء أمس معرض الكتاب بحضور وزير الثقافة وعدد من المسؤولين"
    want = (headline_contact(title, lead), object_slot(title, lead))
    assert want[1][0] and want[0].named  # an exhibition opened; the words of headline and lead named
    calls = []
    real = NZ.translate

    def counted(text, table):
        calls.append(text)
        return real(text, table)

    monkeypatch.setattr(NZ, "translate", counted)
    getattr(NZ, "_FOLDED", {}).clear()
    got = (headline_contact(title, lead), object_slot(title, lead))
    assert got == want
    assert not [t for t in calls if title in t and lead in t]
