"""fixes48: stumbles left by usability48 (a journalist's evening on SaudiNewsNet 2015-07-25), each held on a real
`marsad serve` (own Arabic throughout: a fire in a vegetable market of an invented city)."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pytest

from conftest import processed_reports, running_server

_OPEN = "اندلع حريق ضخم فجر أمس في سوق الخضار المركزي بمدينة الوادي، وهرعت فرق الدفاع المدني إلى الموقع."
_SHOPS_A = ("وقال شهود إن النيران التهمت 40 محلا تجاريا في الجناح الشرقي من سوق الخضار قبل أن تتمكن الفرق "
            "من محاصرتها بعد ثلاث ساعات.")
_SHOPS_B = ("والتهمت النيران 40 محلا تجاريا في الجناح الشرقي من سوق الخضار، وتمكنت الفرق من محاصرتها بعد ثلاث "
            "ساعات بحسب شهود.")
_LOSS_A = ("وطالبت غرفة التجارة بتعويض أصحاب 40 محلا قدرت خسائرهم بأكثر من مليوني ريال، ودعت البلدية إلى "
           "إعادة بناء الأكشاك.")
_LOSS_B = ("ودعت غرفة التجارة البلدية إلى تعويض أصحاب 40 محلا تزيد خسائرهم على مليوني ريال وإعادة بناء "
           "الأكشاك المحترقة.")
_CARS = "واحترقت كذلك 12 سيارة كانت متوقفة قرب البوابة الشمالية للسوق بحسب الدفاع المدني."
REPORTS = [
    ("m1", "2026-06-04", "صحيفة الساحل", " ".join([_OPEN, "ولم تسجل إصابات بشرية.", _SHOPS_A, _CARS, _LOSS_A])),
    ("m2", "2026-06-04", "صحيفة الوادي", " ".join([_OPEN, "وأكد الدفاع المدني أن أحدا لم يصب.", _SHOPS_B,
                                                   _CARS.replace("واحترقت كذلك", "كما احترقت"), _LOSS_B])),
    ("r1", "2026-07-14", "صحيفة الساحل", "افتتح وزير النقل عبد الرحمن السالم في 13 تموز/يوليو الطريق الدائري "
     "الجديد حول مدينة الوادي. وقال عبد الرحمن السالم إن الطريق يخفف الزحام عن وسط المدينة. وكانت أعمال الطريق قد "
     "بدأت في تموز/يوليو قبل عامين، وأعلن عبد الرحمن السالم أن جسر الطريق الشمالي يفتح في آب/أغسطس. وأشار عبد "
     "الرحمن السالم إلى أن المرحلة الثانية تبدأ في تموز/يوليو المقبل، وتشمل تقاطعات الطريق مع الشوارع الرئيسية. "
     "وتفقد عبد الرحمن السالم بعد الافتتاح مركز المراقبة المروري، واستمع إلى شرح عن كاميرات الطريق ولوحاته "
     "الإلكترونية. ويعد الطريق أكبر مشروع للنقل في المحافظة منذ تموز/يوليو 2019، وقد شارك في تنفيذه أكثر من ألف "
     "عامل ومهندس. وختم عبد الرحمن السالم جولته بزيارة ورشة الصيانة."),
    ("r3", "2026-07-14", "وكالة النخيل", "افتتح وزير النقل الطريق الدائري الجديد حول مدينة الوادي، في مشروع "
     "يربط الأحياء الشمالية بالمنطقة الصناعية ويخفف الزحام عن وسط المدينة. وتفقد الوزير مركز المراقبة المروري "
     "وورشة الصيانة، وقال إن جسر الطريق الشمالي يفتح الشهر المقبل بعد اكتمال أعمال الإنارة والتشجير."),
    ("r2", "2026-07-14", "صحيفة الوادي", "افتتح وزير النقل السالم الطريق الدائري الجديد حول مدينة الوادي أمس، "
     "ويمتد الطريق الدائري ثلاثين كيلومترا حول الأحياء الشمالية. وقال الوزير إن الطريق الدائري يخفف الزحام عن "
     "وسط المدينة، وإن جسر الطريق الشمالي يفتح بعد شهر."),
    ("t1", "2026-06-09", "وكالة النخيل", "وقال رئيس الوزراء التركي أحمد داود أوغلو في مؤتمر صحفي أمس إن بلاده "
     "ستواصل ملاحقة شبكات التهريب على حدودها الجنوبية حتى تغلق آخر ممر. واعتقلت الشرطة التركية أمس 15 مهربا قرب "
     "الحدود مع سوريا، وصادرت شاحنتين محملتين بالوقود. وكانت الشرطة التركية أعلنت، تزامنا مع المداهمات، أنها "
     "ستفتش كل الشحنات العابرة للحدود."),
]

TITLES = {"m1": "حريق يلتهم سوق الخضار في الوادي", "r1": "افتتاح الطريق الدائري في الوادي",
          "t1": "داود أوغلو: سنغلق ممرات التهريب"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return processed_reports(tmp_path_factory.mktemp("market"), REPORTS, TITLES)


@pytest.fixture(scope="module")
def server(store):
    with running_server(store) as base:
        yield base


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read().decode("utf-8")


def _story_page(server: str) -> str:
    items = json.loads(_get(server + "/api/stories"))["items"]
    sid = next(s["id"] for s in items if "حريق" in s["title"])  # the story of the two reports of the fire
    return _get(server + f"/story/{urllib.parse.quote(sid)}?lang=ar")


def _agreements(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", p).strip()
            for p in re.findall(r'<div class="claim agree"><p class="about"[^>]*>(.*?)</p>', html, re.S)]


def test_a_counted_figure_is_labelled_in_good_arabic(server):
    """«40 محلا» and «12 سيارة» agreed by two outlets read «عدد المحلات — 40», «عدد السيارات — 12»: the counted
    noun's definite plural, not the accusative singular the number left in one sentence («عدد محلا»)."""
    about = _agreements(_story_page(server))
    assert any(a.startswith("عدد المحلات — 40") for a in about), about
    assert any(a.startswith("عدد السيارات — 12") for a in about), about
    assert not any(re.match(r"عدد (محلا|سيارة)", a) for a in about), about


def test_one_agreed_figure_is_listed_once(server):
    """Both outlets give 40 shops twice (what burnt, whom to compensate): the page lists «عدد المحلات — 40» once,
    with all four sentences, not twice."""
    html = _story_page(server)
    about = _agreements(html)
    forty = [a for a in about if "— 40" in a]
    assert len(forty) == 1, about


def _csv(server: str, path: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(_get(server + path).lstrip("\ufeff"))))


def test_a_quotes_export_cites_the_report_and_names_the_speaker_in_arabic(server):
    """A journalist citing a statement from the quotes CSV needs the report's address and headline, and the speaker
    as an Arabic page names him beside the English name."""
    rows = [r for r in _csv(server, "/api/quotes?format=csv") if "التهريب" in r["content"]]
    assert rows, "the statement on smuggling is exported"
    row = rows[0]
    assert row["url"] == "https://example.org/t1"
    assert row["title"] == "داود أوغلو: سنغلق ممرات التهريب"
    assert "أوغلو" in row["speaker_name_ar"] and row["speaker_name"] != row["speaker_name_ar"]


def test_an_events_export_cites_the_report(server):
    """Each event row of the CSV carries its report's address, not just the article id and the file it came in."""
    rows = _csv(server, "/api/events?format=csv&all=true")
    assert rows
    for r in rows:
        assert r["url"].startswith("https://example.org/")
    assert any(r["url"] == "https://example.org/t1" for r in rows)


def test_an_outlets_wording_is_words_not_fragments_of_names_or_dates(server):
    """«مفردات كل وسيلة»: an outlet that spaces «عبد الرحمن» and datelines «تموز/يوليو» is not shown to favour
    «الرحمن» or «تموز»; the name is counted whole, and month names are its calendar, not its wording."""
    items = json.loads(_get(server + "/api/stories"))["items"]
    sid = next(s["id"] for s in items if "الدائري" in s["title"])
    view = json.loads(_get(server + f"/api/stories/{urllib.parse.quote(sid)}"))
    words = {o: [r["word"] for r in rows] for o, rows in view["comparison"]["distinctive_wording"].items()}
    shown = [w for rows in words.values() for w in rows]
    assert shown, words
    for fragment in ("الرحمن", "تموز", "يوليو", "عبد"):
        assert fragment not in shown, words


def _two_reports(store):
    """A report naming the UN once in a long text, and one with «المتحدة» and «الأمم» often but never together."""
    from marsad.models import Article, Paragraph, RawDocument

    apart = ("وصل وفد المملكة المتحدة إلى المدينة أمس، وقال رئيس وفد المملكة المتحدة إن بلاده تدعم تعاون الأمم "
             "في المنطقة. وأضاف أن المملكة المتحدة ترى أن الأمم التي عانت من الجفاف تحتاج إلى عون، وأن وفد المملكة "
             "المتحدة سيزور السدود.")
    together = ("افتتحت في المدينة أمس ورشة عن إدارة المياه في المناطق الجافة، شارك فيها مهندسون من ثماني دول "
                "وخبراء من الجامعات. وعرض المشاركون تجارب في حصاد مياه الأمطار وإعادة تدوير المياه في الزراعة، "
                "ودعوا إلى تمويل السدود الصغيرة. وتشرف على الورشة وكالة تابعة للأمم المتحدة للتنمية.")
    out = []
    with store.transaction():
        for n, (title, text) in enumerate([("وفد المملكة المتحدة في المدينة", apart),
                                           ("ورشة عن المياه في المناطق الجافة", together)], start=1):
            raw = RawDocument.from_bytes(f"تقرير {n}".encode(), f"r{n}.txt", "text/plain")
            store.add_raw(raw)
            out.append(Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, title=title,
                               origin=raw.origin, paragraphs=[Paragraph(0, len(text))], outlet="صحيفة الأفق",
                               language="ar", published_at="2026-03-0%d" % n))
        store.add_articles(out)
    return out


def test_a_two_word_search_ranks_the_words_together_first(any_store):
    """«الأمم المتحدة» finds first the report that names the UN (once, «للأمم المتحدة»), then the one that has
    «المملكة المتحدة» and «الأمم» again and again but never side by side — in SQLite and PostgreSQL alike."""
    apart, together = _two_reports(any_store)
    assert [h["id"] for h in any_store.search("الأمم المتحدة")] == [together.id, apart.id]
    assert [h["id"] for h in any_store.search("المتحدة")][0] == apart.id  # one word: ranked as before


def test_a_transliterated_name_is_found_with_a_long_vowel_more_or_less(any_store):
    """Outlets spell a foreign air base «بلاتيرسك» and «بلاترسك»: a search for either finds the reports of both
    (the other spelling is said in ``also_searched``), and a common word is not widened («الحكومية»)."""
    from marsad.models import Article, Paragraph, RawDocument
    from marsad.views import search_view

    texts = ["هبطت طائرات النقل في قاعدة بلاتيرسك الجوية مساء أمس بعد رحلة طويلة.",
             "وقال قائد قاعدة بلاترسك إن المدرج الجديد يستقبل الطائرات الكبيرة.",
             "وأعلنت الحكومية المحلية أن قاعدة بلاترسك ستفتح للزوار في الربيع."]
    arts = []
    with any_store.transaction():
        for n, text in enumerate(texts, start=1):
            raw = RawDocument.from_bytes(f"قاعدة {n}".encode(), f"b{n}.txt", "text/plain")
            any_store.add_raw(raw)
            arts.append(Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, title="", origin=raw.origin,
                                paragraphs=[Paragraph(0, len(text))], outlet="صحيفة الأفق", language="ar"))
        any_store.add_articles(arts)
    every = {a.id for a in arts}
    for q in ("بلاتيرسك", "بلاترسك"):
        found = search_view(any_store, q)
        assert {r["id"] for r in found["results"]} == every, q
    assert search_view(any_store, "بلاتيرسك")["also_searched"] == ["بلاترسك"]
    assert "الحكوميه" not in search_view(any_store, "الحكومة")["also_searched"]


def test_the_subject_between_kana_and_the_verb_is_the_speaker(server):
    """«وكانت الشرطة التركية أعلنت، تزامنا مع المداهمات، أن ...»: the police spoke; the adverbial set off by commas
    after the verb («تزامنا مع المداهمات») is no speaker in the quotes listing."""
    rows = [r for r in _csv(server, "/api/quotes?format=csv") if "الشحنات" in r["content"]]
    assert rows, "the police statement is listed"
    assert rows[0]["speaker_name_ar"] == "الشرطة التركية", rows[0]["speaker_name_ar"]
