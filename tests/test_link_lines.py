"""A "link to the story" line an outlet appends to an article ("رابط الخبر بصحيفة X: <headline>"): its label names
the outlet's page, not anything the article is about (issue 11: the entity list of an unseen day showed الخبر, "the
news" in that label, as the city of Khobar in 119 such lines).  The headline after the label is tagged as any
sentence: the events and quotes told there keep their parties.  Our own text."""

from __future__ import annotations

from marsad.arabic.sentences import link_label_end
from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.nlp.ner.tagger import NER
from marsad.pipeline.stage import Resources

BODY = "استقبل أمير منطقة الرياض في مكتبه أمس وفدا من رجال الأعمال الألمان وبحث معهم فرص الاستثمار في المنطقة."
LABEL = "رابط الخبر بصحيفة الوئام:"
HEADLINE = "وزير الخارجية المصري يزور عمان لبحث الأزمة في سوريا"


def _mentions(text: str) -> list[tuple[int, str]]:
    doc = Doc(Article(id="l1", raw_id="rl1", outlet="alweeam", title="", text=text))
    res = Resources()
    SENTENCES.func(doc, res)
    NER.func(doc, res)
    return [(s.start, text[s.start:s.end]) for s in doc.layer("mention")]


def test_the_label_of_a_link_line_is_no_name_and_its_headline_is_tagged():
    text = BODY + "\n\n" + LABEL + " " + HEADLINE
    at = text.index(LABEL)
    found = _mentions(text)
    assert not [m for m in found if at <= m[0] < at + len(LABEL)]  # neither الخبر nor the outlet's page
    assert any("سوريا" in m for _, m in found if _ > at)  # the headline's names stay
    # the same label glued to the start of an article's own line: the Khobar of a real report is still a place
    assert any("الخبر" in m for _, m in _mentions("اندلع حريق في مستودع بمحافظة الخبر فجر اليوم."))


def test_what_a_link_line_is():
    line = LABEL + " " + HEADLINE
    assert line[link_label_end(line):].strip() == HEADLINE
    assert link_label_end("  الرابط: http://example.com/a") == len("  الرابط:")
    assert link_label_end("رابطة العالم الإسلامي: نرفض الاعتداء على المصلين") == 0  # an organisation speaking
    assert link_label_end("رابط قوي يجمع البلدين منذ عقود ولا خلاف بينهما") == 0  # no colon: prose
