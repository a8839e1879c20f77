"""A "link to the story" line an outlet appends to an article holds another article's headline: none of its
names is tagged as this article's (issue 11: the entity list of a day showed الخبر, "the news" in that line,
as the city of Khobar in 133 articles).  Our own text."""

from __future__ import annotations

from marsad.arabic.sentences import is_link_line
from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.nlp.ner.tagger import NER
from marsad.pipeline.stage import Resources

BODY = "استقبل أمير منطقة الرياض في مكتبه أمس وفدا من رجال الأعمال الألمان وبحث معهم فرص الاستثمار في المنطقة."
LINK = "رابط الخبر بصحيفة الوئام: وزير الخارجية المصري يزور عمان لبحث الأزمة في سوريا"


def _mentions(text: str) -> list[str]:
    doc = Doc(Article(id="l1", raw_id="rl1", outlet="alweeam", title="", text=text))
    res = Resources()
    SENTENCES.func(doc, res)
    NER.func(doc, res)
    return [text[s.start:s.end] for s in doc.layer("mention")]


def test_names_in_a_link_line_are_not_the_articles():
    alone = _mentions(BODY)
    assert any("الرياض" in m for m in alone)
    with_link = _mentions(BODY + "\n\n" + LINK)
    assert with_link == alone
    # the same headline as a sentence of the article's own is tagged
    assert any("سوريا" in m or "عمان" in m for m in _mentions(LINK.split(": ", 1)[1]))


def test_what_a_link_line_is():
    assert is_link_line(LINK)
    assert is_link_line("  الرابط: http://example.com/a")
    assert not is_link_line("رابطة العالم الإسلامي: نرفض الاعتداء على المصلين")  # an organisation speaking
    assert not is_link_line("رابط قوي يجمع البلدين منذ عقود ولا خلاف بينهما")  # no colon: prose
