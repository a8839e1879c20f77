"""Issue 15 (events40, second round): a crowd massing in support or in joy is a rally, not a protest.

"تظاهر الآلاف تأييدا لقرار ..." and "خرجوا للتعبير عن فرحهم" tell people massing for something, against nobody;
the PLOVER annotators did not read them as PROTEST.  A word against anyone in the sentence ("احتجاجا على",
"ضد") keeps the protest.  All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.analysis import _tokens
from marsad.nlp.events.checks import other_sense_types
from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)


def _norms(text: str) -> list[str]:
    return [t.norm for t in _tokens(text) if not t.punct]


def test_a_rally_in_support_is_no_protest() -> None:
    for text in ("وتظاهر مئات الطلاب أمام مبنى الوزارة تأييداً لقرار الحكومة الجديد.",
                 "وخرج آلاف السكان إلى ساحات المدينة للتعبير عن فرحهم بعودة المنتخب.",
                 "واحتشد آلاف المؤيدين في الساحة الكبرى ابتهاجا بفوز مرشحهم."):
        assert "PROTEST" in other_sense_types(_norms(text)), text
        assert coded(make_doc(text, []), "PROTEST", _ALL) == [], text


def test_a_word_against_anyone_keeps_the_protest() -> None:
    for text in ("وتظاهر مئات الطلاب أمام مبنى الوزارة تأييدا للمعلمين واحتجاجا على قرار خفض الرواتب.",
                 "وتظاهر آلاف العمال ضد قانون العمل الجديد أمام البرلمان."):
        assert "PROTEST" not in other_sense_types(_norms(text)), text
    assert coded(make_doc("وتظاهر آلاف العمال ضد قانون العمل الجديد أمام البرلمان.", []), "PROTEST", _ALL)


def test_support_words_veto_no_assault() -> None:
    assert "ASSAULT" not in other_sense_types(_norms("وقصفت الطائرات مواقع المسلحين تأييدا للقوات البرية."))
