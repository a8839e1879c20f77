"""Sentence splitting of Arabic news text, and the sentences pipeline stage."""

from __future__ import annotations

import pytest

from marsad.arabic import split_sentences
from marsad.arabic.stages import SENTENCES
from marsad.errors import InputError
from marsad.models import Article, Doc
from marsad.pipeline.stage import Resources


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_period_splits():
    assert _sents("وصل الوفد إلى العاصمة. بدأت المحادثات مساء.") == [
        "وصل الوفد إلى العاصمة.",
        "بدأت المحادثات مساء.",
    ]


def test_arabic_question_mark_and_exclamation():
    assert _sents("هل انتهت الأزمة؟ لم تنته بعد! الجميع ينتظر") == [
        "هل انتهت الأزمة؟",
        "لم تنته بعد!",
        "الجميع ينتظر",
    ]


def test_arabic_semicolon_splits_but_comma_does_not():
    assert _sents("أعلن الوزير الخطة، وشرح بنودها؛ ثم غادر القاعة") == [
        "أعلن الوزير الخطة، وشرح بنودها؛",
        "ثم غادر القاعة",
    ]


def test_newline_is_a_boundary():
    assert _sents("عنوان الخبر بلا نقطة\nنص الخبر هنا.\n\nفقرة ثانية") == [
        "عنوان الخبر بلا نقطة",
        "نص الخبر هنا.",
        "فقرة ثانية",
    ]


def test_numbers_with_dots_do_not_split():
    assert _sents("ارتفع المؤشر 3.5 نقطة في عام 2024.5 تقريبا. ثم استقر") == [
        "ارتفع المؤشر 3.5 نقطة في عام 2024.5 تقريبا.",
        "ثم استقر",
    ]


def test_latin_abbreviations_do_not_split():
    text = "قال مسؤول في U.S. Army إن Dr. Smith وصل. وانتهى اللقاء"
    assert _sents(text) == ["قال مسؤول في U.S. Army إن Dr. Smith وصل.", "وانتهى اللقاء"]


def test_arabic_single_letter_abbreviations_do_not_split():
    text = "ألقى د. سامي كلمته، انظر ص. 12 من التقرير. وحضر أ.د. منير الجلسة"
    assert _sents(text) == [
        "ألقى د. سامي كلمته، انظر ص. 12 من التقرير.",
        "وحضر أ.د. منير الجلسة",
    ]


def test_latin_initials_spelt_in_arabic_do_not_split():
    text = "أعلنت شركة إل. جي الكورية منتجا جديدا. وقال جورج دبليو. بوش إنه سعيد"
    assert _sents(text) == [
        "أعلنت شركة إل. جي الكورية منتجا جديدا.",
        "وقال جورج دبليو. بوش إنه سعيد",
    ]


def test_era_mark_after_a_year_ends_the_sentence():
    text = "صدر القرار عام 1445 هـ. ثم عُدّل في 2024م. وبقي ساريا"
    assert _sents(text) == ["صدر القرار عام 1445 هـ.", "ثم عُدّل في 2024م.", "وبقي ساريا"]


def test_domains_do_not_split():
    assert _sents("نشر موقع example.com الخبر. ثم حذفه") == ["نشر موقع example.com الخبر.", "ثم حذفه"]


def test_closing_quote_stays_with_its_sentence():
    assert _sents('قال: "انتهى الأمر." ثم غادر') == ['قال: "انتهى الأمر."', "ثم غادر"]
    assert _sents("قالت: «لن نتراجع.» وصفق الحضور") == ["قالت: «لن نتراجع.»", "وصفق الحضور"]
    assert _sents("وأضاف (وهذا مهم!) أن الموعد ثابت") == ["وأضاف (وهذا مهم!) أن الموعد ثابت"]


def test_no_split_inside_an_open_quotation():
    text = "وقال الوزير: «لقد وصلنا. وسنبقى هنا» ثم غادر. وبعدها بدأ الاجتماع"
    assert _sents(text) == [
        "وقال الوزير: «لقد وصلنا. وسنبقى هنا» ثم غادر.",
        "وبعدها بدأ الاجتماع",
    ]


def test_unclosed_quotation_does_not_swallow_the_paragraph():
    text = "قال: «لقد وصلنا. وسنبقى هنا. ولن نغادر"
    assert len(split_sentences(text)) == 3


def test_spans_are_trimmed_and_ordered():
    text = "   أولا.   ثانيا؟  \n  ثالثا  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["أولا.", "ثانيا؟", "ثالثا"]
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_repeated_end_marks_count_once_and_dot_runs_are_pauses():
    assert _sents("حقا؟! لا أصدق... لكنه حدث") == ["حقا؟!", "لا أصدق... لكنه حدث"]
    assert _sents("بالصور.. افتتاح المعرض الدولي للكتاب. وحضر الوزير") == [
        "بالصور.. افتتاح المعرض الدولي للكتاب.",
        "وحضر الوزير",
    ]


def test_list_numbers_are_not_sentences():
    text = "أفضل التطبيقات: 1. تطبيق للخرائط. 2. تطبيق للترجمة."
    assert _sents(text) == ["أفضل التطبيقات: 1. تطبيق للخرائط.", "2. تطبيق للترجمة."]


def test_empty_and_bad_input():
    assert split_sentences("") == []
    assert split_sentences("  \n ") == []
    with pytest.raises(InputError):
        split_sentences(42)  # type: ignore[arg-type]


def test_sentences_stage_fills_the_layer():
    text = "بدأت القمة اليوم. واتفق الطرفان على بيان مشترك؟\nانتهى"
    doc = Doc(article=Article(id="a1", raw_id="r1", text=text))
    SENTENCES.func(doc, Resources())
    spans = doc.layer("sentence")
    assert [text[s.start : s.end] for s in spans] == [
        "بدأت القمة اليوم.",
        "واتفق الطرفان على بيان مشترك؟",
        "انتهى",
    ]
    assert all(s.kind == "sentence" for s in spans)
    assert SENTENCES.assigns == ("sentence",) and SENTENCES.name == "sentences"


def test_question_mark_inside_a_url_does_not_split():
    text = "المصدر https://example.org/a?b=1 نشر الخبر؟ نعم"
    assert _sents(text) == ["المصدر https://example.org/a?b=1 نشر الخبر؟", "نعم"]


def test_missing_space_after_the_end_mark_still_splits():
    assert _sents("انتهى الاجتماع.وبدأ المؤتمر الصحفي؟نعم") == [
        "انتهى الاجتماع.", "وبدأ المؤتمر الصحفي؟", "نعم",
    ]
