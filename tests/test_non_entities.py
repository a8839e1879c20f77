"""What the news index does not show as an entity: religious formulas, currencies, units, function words.

The unit tests use our own sentences; the last test runs NER + linking over three
SaudiNewsNet days (read from ../shared) and checks their 50 most mentioned entities.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter

import pytest

from conftest import shared_path
from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc, Span
from marsad.nlp.linking import link_doc
from marsad.nlp.ner.non_entities import is_non_entity, non_entity_class
from marsad.nlp.ner.tagger import NER
from marsad.nlp.translit import norm
from marsad.pipeline.stage import Resources


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("الله", "formula"),
        ("والله", "formula"),
        ("سبحانه وتعالى", "formula"),
        ("صلى الله عليه وسلم", "formula"),
        ("دولار", "measure"),
        ("بالدولار", "measure"),
        ("ريال سعودي", "measure"),
        ("اليورو", "measure"),
        ("كيلومتر", "measure"),
        ("برميل", "measure"),
        ("إسترليني", "measure"),
        ("متر مكعب", "measure"),
        ("لي", "function"),
        ("الذي", "function"),
    ],
)
def test_non_entity_classes(words, kind):
    assert non_entity_class(words.split()) == kind


@pytest.mark.parametrize(
    "words",
    ["حزب الله", "عبد الله", "ريال مدريد", "مصر", "ليون", "جزر كايمان", "علي", "أمين", "ماكرون", "بنك الرياض",
     "أمريكي", "بالاو"],
)
def test_names_stay_entities(words):
    assert not is_non_entity(words.split())


def _doc_with_ner(text: str, spans: list[tuple[str, str]]) -> Doc:
    doc = Doc(Article(id="t", raw_id="t", text=text, published_at="2015-07-25"))
    for surface, label in spans:
        start = text.index(surface)
        doc.layer("mention").append(Span("mention", start, start + len(surface), label, {"source": "ner"}))
    return doc


def test_linking_drops_formulas_and_currencies_but_keeps_names():
    text = "قال المدير خالد الزهراني الحمد لله إن سعر البرميل بلغ ستين دولارا وإن الله يوفق حزب الله في مفاوضاته ."
    doc = _doc_with_ner(text, [("خالد الزهراني", "PER"), ("الله", "MISC"), ("دولارا", "MISC"), ("حزب الله", "ORG")])
    got = {(text[s.start : s.end], s.label) for s in link_doc(doc)}
    surfaces = {s for s, _ in got}
    assert "خالد الزهراني" in surfaces and "حزب الله" in surfaces
    assert "دولارا" not in surfaces
    assert not any(s == "الله" for s in surfaces)


# Independent of the filter's own lists: what a reader would call "not an actor".
FORBIDDEN = {norm(w) for w in """الله لله تعالى سبحانه وجل ريال الريال دولار الدولار يورو اليورو جنيه درهم دينار
    إسترليني كيلومتر متر طن برميل لي في من على الى عن مع هو هي""".split()}


ARTICLES_PER_DAY = 400  # the first 400 articles of a day (about 300,000 tokens): a day's top entities show already


def _day_entities(path, res) -> Counter:
    counts: Counter = Counter()
    names: dict[str, str] = {}
    with zipfile.ZipFile(path) as zf:
        records = [r for m in sorted(zf.namelist()) for r in json.loads(zf.read(m))][:ARTICLES_PER_DAY]
    for i, rec in enumerate(records):
        text = rec.get("content") or ""
        if not text.strip():
            continue
        doc = Doc(Article(id=f"{path.stem}-{i}", raw_id=str(i), text=text, published_at=path.stem))
        SENTENCES.func(doc, res)
        NER.func(doc, res)
        for m in link_doc(doc, res.get("kb", lambda: __import__("marsad.nlp.kb", fromlist=["x"]).load_kb())):
            counts[m.data["entity_id"]] += 1
            names.setdefault(m.data["entity_id"], m.data.get("name") or text[m.start : m.end])
    return Counter({names[k]: v for k, v in counts.items()})


@pytest.mark.slow
@pytest.mark.parametrize("day", ["2015-07-21", "2015-07-31", "2015-08-10"])
def test_top_entities_of_a_day_are_actors(day):
    path = shared_path("data", "saudinewsnet", f"{day}.zip")
    top = _day_entities(path, Resources()).most_common(50)
    assert len(top) == 50
    bad = [(name, n) for name, n in top if set(norm(name).split()) <= FORBIDDEN or non_entity_class(name.split())]
    assert not bad, f"non-entities among the top 50 of {day}: {bad}"
