"""Key actors of a story (issue 14): what a reader sees on a story's page and card names people, places and
organisations the story is about, not the outlets that reported it, the bylines, or a name spelt with a
conjunction glued to it."""

from __future__ import annotations

import re
from collections import Counter

from marsad.models import Article, Doc, Span
from marsad.stories.features import entity_vector
from marsad.stories.view import key_actors

# (own Arabic: a made-up story of a bridge opened in a made-up town, told by four articles)
TEXTS = [
    ("افتتح الوزير سالم القحطاني جسر وادي الريان في مدينة الخرج أمس، بحضور المحافظ، "
     "وهيثم الملحاني قال إن الجسر يخدم آلاف السكان. وذكرت وكالة رويترز أن الكلفة بلغت مئة مليون.", ["نورة الشمري"]),
    ("قال سالم القحطاني إن جسر وادي الريان في الخرج سيخفف الزحام، وأكد هيثم الملحاني ذلك، وفق رويترز.",
     ["نورة الشمري"]),
    ("شهدت الخرج افتتاح جسر وادي الريان على يد سالم القحطاني، ونقلت رويترز عن مهندس أن العمل استمر "
     "عامين، كما كتبت نورة الشمري.",
     []),
    ("الخرج تحتفل بجسر وادي الريان الجديد، وسالم القحطاني يعد بمشاريع أخرى، وشكره هيثم الملحاني، "
     "وحضرت نورة الشمري الحفل "
     "وكذلك سعد الدوسري.", []),
]
NAMES = {"سالم القحطاني": "PER", "هيثم الملحاني": "PER", "وهيثم الملحاني": "PER", "الخرج": "LOC",
         "رويترز": "ORG", "نورة الشمري": "PER", "سعد الدوسري": "PER", "وادي الريان": "LOC"}


def _docs() -> list[Doc]:
    docs = []
    for i, (text, authors) in enumerate(TEXTS):
        spans = []
        for name, label in NAMES.items():
            for m in re.finditer(r"(?<!\S)" + name + r"(?=[\s،.])", text):
                spans.append(Span("mention", m.start(), m.end(), label, {"name": name}))
        art = Article(id=f"a{i}", raw_id=f"r{i}", text=text, title="", authors=authors)
        docs.append(Doc(art, {"mention": spans}))
    return docs


def _shown() -> list[str]:
    docs = _docs()
    total: Counter[str] = Counter()
    names: dict[str, str] = {}
    for d in docs:
        vec, n = entity_vector(d.layers["mention"], d.article.text)
        total.update(vec)
        names.update(n)
    return [names[k] for k, _ in key_actors(dict(total), names, docs)]


def test_key_actors_are_who_the_story_is_about():
    shown = _shown()
    assert "سالم القحطاني" in shown and "الخرج" in shown and "هيثم الملحاني" in shown


def test_the_agency_that_reported_it_is_no_key_actor():
    assert "رويترز" not in _shown()


def test_the_byline_is_no_key_actor():
    # (the author of two articles, named by two others too: only the byline tells)
    assert "نورة الشمري" not in _shown()


def test_a_name_with_a_conjunction_glued_on_is_not_shown_beside_the_name():
    assert "وهيثم الملحاني" not in _shown()


def test_a_name_only_one_of_four_articles_gives_is_still_shown():
    # (the one article that names him may be the only one to say who was arrested, quoted or killed)
    assert "سعد الدوسري" in _shown()


def test_the_city_a_report_was_filed_from_is_no_key_actor():
    # (four reports filed from Buraidah about a fire in a made-up village: Buraidah is named only in their datelines)
    texts = ["بريدة - سبق: اندلع حريق في قرية السديرة ليلة أمس، وتدخل الدفاع المدني.",
             "بريدة - سبق: أخمدت فرق الإطفاء حريق قرية السديرة دون إصابات.",
             "بريدة - سبق: قال سكان قرية السديرة إن الحريق بدأ في مخزن قديم.",
             "بريدة - سبق: عادت الحياة إلى طبيعتها في قرية السديرة بعد الحريق."]
    docs, total, names = [], Counter(), {}
    for i, text in enumerate(texts):
        spans = [Span("mention", m.start(), m.end(), "LOC", {"name": m.group(0)})
                 for m in re.finditer("بريدة|السديرة", text)]
        docs.append(Doc(Article(id=f"b{i}", raw_id=f"q{i}", text=text), {"mention": spans}))
        vec, n = entity_vector(spans, text)
        total.update(vec)
        names.update(n)
    shown = [names[k] for k, _ in key_actors(dict(total), names, docs)]
    assert shown == ["السديرة"]


def test_a_conjunction_and_a_noun_cut_off_a_list_is_no_key_actor():
    # (the tagger took «والمحيط الهادئ» of a list for a name; its folded form opens with «وال»)
    texts = ["زار الوفد جزر الملديف والمحيط الهادئ ضمن جولة بحرية طويلة." for _ in range(2)]
    docs, total, names = [], Counter(), {}
    for i, text in enumerate(texts):
        spans = [Span("mention", m.start(), m.end(), "LOC", {"name": m.group(0)})
                 for m in re.finditer("جزر الملديف|والمحيط الهادئ", text)]
        docs.append(Doc(Article(id=f"c{i}", raw_id=f"p{i}", text=text), {"mention": spans}))
        vec, n = entity_vector(spans, text)
        total.update(vec)
        names.update(n)
    assert [names[k] for k, _ in key_actors(dict(total), names, docs)] == ["جزر الملديف"]


def _story(texts: list[tuple[str, str, list[str]]], names: dict[str, str]) -> list[str]:
    """The key actors shown for articles given as (outlet, text, authors), tagging each of ``names`` (name → key)."""
    docs, total, shown_names = [], Counter(), {}
    for i, (outlet, text, authors) in enumerate(texts):
        spans = [Span("mention", m.start(), m.end(), key.rsplit(":", 1)[-1], {"name": name, "entity_id": key})
                 for name, key in names.items() for m in re.finditer(name, text)]
        docs.append(Doc(Article(id=f"d{i}", raw_id=f"o{i}", text=text, outlet=outlet, authors=authors),
                        {"mention": spans}))
        vec, n = entity_vector(spans, text)
        total.update(vec)
        shown_names.update(n)
    return [shown_names[k] for k, _ in key_actors(dict(total), shown_names, docs)]


def test_a_newspaper_naming_itself_is_no_key_actor_even_when_its_name_is_a_place():
    # (Asharq Al-Awsat's «الشرق الأوسط» is the paper; the linker took it for the region)
    texts = [("aawsat", f"قال الخبير ماهر السديس لـ«الشرق الأوسط» إن سوق العقار في دبي نشط ({i}).", [])
             for i in range(4)]
    shown = _story(texts, {"الشرق الأوسط": "loc:middle-east", "ماهر السديس": "new:abc123:PER",
                           "دبي": "loc:dubai"})
    assert "الشرق الأوسط" not in shown and "ماهر السديس" in shown


def test_the_city_an_export_gives_as_author_stays_a_key_actor():
    # (an export put the dateline's city in the authors field: the city is where the story happens)
    texts = [("okaz", f"سيطرت القوات على قاعدة في مديرية تبن بمحافظة لحج بعد معارك ({i}).", ["لحج"])
             for i in range(4)]
    shown = _story(texts, {"لحج": "new:def456:LOC", "تبن": "new:fed654:LOC"})
    assert "لحج" in shown
