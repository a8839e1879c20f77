"""A given name is run on over the family name written after it only when the news writes the two as a full name;
the preposition «على» (folded like «علي») and «أمام» (before, folded like the name «إمام») taught no such names
(lastread46b).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Article, Doc, Span
from marsad.nlp.kb.kb import load_kb
from marsad.nlp.linking import link_doc


def _surfaces(text: str, ner: list[str]) -> list[str]:
    doc = Doc(Article(id="lr46b", raw_id="lr46b", text=text, published_at="2015-07-27"))
    at = 0
    for surface in ner:
        i = text.index(surface, at)
        at = i + len(surface)
        doc.layer("mention").append(Span("mention", i, i + len(surface), "PER", {}))
    link_doc(doc, load_kb())
    return [doc.text[s.start:s.end] for s in doc.layer("mention")]


def test_a_word_after_the_preposition_written_like_ali_is_no_family_name() -> None:
    text = "وقال إن الحرب الطويلة أثرت علي الناس، وإن المسؤولية تقع علي الحكومة وحدها."
    got = _surfaces(text, ["علي", "علي"])
    assert "علي الناس" not in got and "علي الحكومة" not in got  # the people, the government: no one's family name


def test_a_common_noun_after_a_given_name_that_is_a_word_too_is_not_joined() -> None:
    got = _surfaces("وأكد المدير أن حسن التخطيط هو سر النجاح في الموسم.", ["حسن"])
    assert "حسن التخطيط" not in got  # good planning


def test_a_family_name_the_news_writes_after_ali_is_still_joined() -> None:
    got = _surfaces("وقع الحادث مساء أمس وأصيب علي الزهراني بجروح طفيفة.", ["علي"])
    assert got == ["علي الزهراني"]


def test_a_speech_verb_then_the_common_word_then_that_is_a_speaker() -> None:
    got = _surfaces("وقال سعيد إن الفريق جاهز للمباراة، وأضاف أن الجماهير ستحضر بكثافة.", ["سعيد"])
    assert got == ["سعيد"]  # Said said that…: «إن» and «أن» are two letters


def test_a_name_with_his_fathers_name_cut_from_the_family_name_is_the_same_man_later() -> None:
    text = ("وأوضح المهندس عبدالله بن محمد الغامدي أن المشروع اكتمل، وأضاف عبدالله الغامدي أن التشغيل يبدأ الشهر "
            "المقبل.")
    doc = Doc(Article(id="lr46b2", raw_id="lr46b2", text=text, published_at="2015-07-27"))
    for surface, at in (("عبدالله بن محمد", 0), ("عبدالله", text.index("وأضاف"))):
        i = text.index(surface, at)
        doc.layer("mention").append(Span("mention", i, i + len(surface), "PER", {}))
    link_doc(doc, load_kb())
    ids = {s.data["entity_id"] for s in doc.layer("mention") if s.label == "PER"}
    assert len(ids) == 1  # one engineer, not two


def test_a_given_name_is_not_run_on_over_god_in_a_formula() -> None:
    got = _surfaces("أحمد الله على سلامتك يا أخي، فقد كان الطريق طويلا.", ["أحمد"])
    assert "أحمد الله" not in got  # I praise God
