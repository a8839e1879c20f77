"""A given name that is a common word too is still a person where the context names one (actors50b).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Doc
from marsad.nlp.given_names import is_article_entity

from conftest import entity_ids, link_tagged_persons


def _link(text: str, ner: list[str]) -> Doc:
    return link_tagged_persons(text, ner, "t50b", "2015-08-03")


def _ids(doc: Doc, surface: str) -> list[str]:
    return entity_ids(doc, surface)


def test_a_foreign_given_name_the_tagger_cut_makes_the_common_word_a_person_at_every_bare_use() -> None:
    text = ("أفرجت محكمة في لاهور عن المزارع شهزاد حسين بعد سجنه ظلماً، وأمضى حسين ستة أعوام في زنزانته. "
            "ورأى محاميه أن الحكم السابق كان غير عادل.")
    doc = _link(text, ["حسين", "حسين", "عادل"])
    ids = _ids(doc, "حسين")
    assert len(ids) == 2 and ids[0] == ids[1] and is_article_entity(ids[0])  # one man of the article, twice
    assert _ids(doc, "عادل") == []  # a just ruling: still no one


def test_a_family_name_the_tagger_cut_after_the_common_word_keeps_the_person() -> None:
    doc = _link("نشرت الصحيفة مقالاً كتبه مبارك الزعيبري عن تاريخ الغوص، وعنوانه فارس الأحلام.",
                ["مبارك", "فارس"])
    assert len(_ids(doc, "مبارك")) == 1  # the writer
    assert _ids(doc, "فارس") == []  # the knight of dreams is no one


def test_a_word_that_introduces_a_name_keeps_the_person() -> None:
    doc = _link("رزق الزوجان بطفل أطلقا عليه اسم “سامي” تيمناً بجده، وقالا إنهما سعيدان.", ["سامي"])
    assert len(_ids(doc, "سامي")) == 1


def test_a_speech_verb_then_a_colon_is_a_speaker_but_an_owner_of_something_is_no_one() -> None:
    doc = _link("وقال رامي: إن عدد السياح زاد هذا العام. ويقول مالك مقهى قريب إن الزبائن كثروا.",
                ["رامي", "مالك"])
    assert len(_ids(doc, "رامي")) == 1
    assert _ids(doc, "مالك") == []


def test_the_kb_person_written_as_the_same_word_elsewhere_in_the_article_is_that_person() -> None:
    text = ("زار الرئيس المصري عبد الفتاح السيسي القاهرة الجديدة، واستقبله رئيس الوزراء المصري إبراهيم محلب. "
            "وانتقد الكاتب تجربة السادات ومبارك في مصر، ثم كتب أن على مبارك أن يرحل.")
    doc = _link(text, ["السادات", "مبارك", "مبارك"])
    assert _ids(doc, "مبارك") == ["per:hosni-mubarak", "per:hosni-mubarak"]  # the one of «ومبارك», the bare one
