"""The outlet registry: one outlet whatever the source calls it, shown by the name readers know."""

from __future__ import annotations

import json

from marsad import outlets
from marsad.extract import extract
from marsad.models import RawDocument


def test_slug_name_and_address_are_one_outlet():
    assert outlets.canonical("aawsat") == "aawsat"
    assert outlets.canonical("صحيفة الشرق الأوسط") == "aawsat"
    assert outlets.canonical(None, "https://aawsat.com/home/article/1") == "aawsat"
    assert outlets.canonical(None, "https://www.okaz.com.sa/news/local/2") == "okaz"


def test_a_section_of_a_site_can_be_its_own_outlet():
    assert outlets.canonical(None, "https://www.bbc.com/arabic/articles/c1") == "bbcarabic"
    assert outlets.canonical(None, "https://www.bbc.com/news/world-1") == "bbc"
    assert outlets.canonical(None, "https://www.bbc.com/arabicnews") == "bbc"  # a prefix is a whole path segment


def test_subdomains_belong_to_their_site():
    assert outlets.canonical(None, "https://news.aljazeera.net/x") == "aljazeera"


def test_display_names_in_both_languages():
    assert outlets.display_name("okaz") == "عكاظ"
    assert outlets.display_name("okaz", "en") == "Okaz"
    assert outlets.display_name("was") == "واس"


def test_unknown_outlets_pass_through():
    assert outlets.canonical("نشرة الحي") == "نشرة الحي"
    assert outlets.display_name("نشرة الحي") == "نشرة الحي"
    assert outlets.canonical(None, "https://example.org/a") is None
    assert outlets.display_name(None) == ""


def _record(**fields) -> RawDocument:
    data = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    return RawDocument.from_bytes(data, origin="export.jsonl#1", media_type="application/json", encoding="utf-8")


def test_records_store_the_registry_key_and_unescaped_title():
    raw = _record(title="افتتاح &#8220;مكتبة الحي&#8221; بعد &quot;الترميم&quot;",
                  content="افتتحت البلدية مكتبة الحي بعد ترميمها.\nوحضر الافتتاح عدد من السكان &amp; الزوار، وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم من الصباح حتى المساء.",
                  source="صحيفة عكاظ", url="https://www.okaz.com.sa/news/1")
    [article] = extract(raw)
    assert article.title == 'افتتاح “مكتبة الحي” بعد "الترميم"'
    assert article.outlet == "okaz"
    assert "السكان & الزوار" in article.text


def _authored(author: str, outlet: str) -> tuple[list[str], str | None]:
    text = ("افتتحت البلدية مكتبة الحي بعد ترميمها، وحضر الافتتاح عدد من السكان والزوار، وقال رئيس البلدية إن "
            "المكتبة ستفتح أبوابها كل يوم من الصباح حتى المساء.")
    [article] = extract(_record(title="مكتبة", content=text, source=outlet, author=author))
    return article.authors, article.provenance.original_outlet


def test_an_author_field_that_names_an_outlet_or_a_desk_is_not_a_person():
    assert _authored("لندن: «الشرق الأوسط أونلاين»", "aawsat") == ([], None)  # its own outlet
    assert _authored("الرياض-الوئام", "alweeam") == ([], None)
    assert _authored("متابعات", "alweeam") == ([], None)
    assert _authored("جدة - واس", "okaz") == ([], "was")  # a wire credit: the original outlet
    assert _authored("لندن ـ رويترز", "aleqtisadiya") == ([], "reuters")
    assert _authored("مكتب الجزيرة", "aljazirah") == ([], None)  # al-Jazirah's bureau, not Al Jazeera


def test_an_author_field_keeps_the_person_without_the_city():
    assert _authored("بالي (إندونيسيا): سلمى الراشد", "aawsat")[0] == ["سلمى الراشد"]
    assert _authored("سامي العتيبي من الرياض", "aleqtisadiya")[0] == ["سامي العتيبي"]
    assert _authored("تبوك", "almadina")[0] == []
    # a run of tatweels stands for a dash as well: the reporter, the wire that credits him, his city
    assert _authored("وليد الزامل ــ واس ــ الرياض", "okaz") == (["وليد الزامل"], "was")
