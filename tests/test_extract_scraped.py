"""Scraped plain text and JSON records: our own Arabic pages laid out the way scrapers save news sites."""

from __future__ import annotations

import pytest

from marsad.errors import ExtractionError, InputError
from marsad.extract import ExtractContext, ExtractOptions, extract
from marsad.extract.lines import classify, split_lines
from marsad.models import RawDocument

P1 = ("أعلنت وزارة الصحة اليوم الأحد إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف أكثر من مليوني طفل في جميع "
      "المحافظات، بعد تسجيل ارتفاع في عدد الإصابات خلال الأشهر الثلاثة الماضية.")
P2 = ("وقال المتحدث باسم الوزارة إن الفرق الطبية ستزور المدارس ورياض الأطفال، وإن التطعيم مجاني ولا يحتاج "
      "إلى موعد مسبق.")
P3 = ("وأضاف أن الوزارة خصصت مراكز متنقلة للقرى البعيدة، داعيا الأهالي إلى التأكد من سجلات التطعيم "
      "الخاصة بأطفالهم.")
P4 = ("وأشار تقرير للمنظمة الدولية إلى أن معدلات التغطية تراجعت في السنوات الأخيرة بسبب انقطاع الخدمات "
      "الصحية في بعض المناطق.")
P5 = "وتستمر الحملة أسبوعين، على أن تتبعها جولة ثانية في الربيع المقبل لمن فاتهم التطعيم."
Q1 = ("افتتحت البلدية صباح السبت حديقة عامة جديدة على ضفة النهر بمساحة عشرين ألف متر مربع، تضم ممرات "
      "للمشي وملاعب للأطفال ومساحات خضراء واسعة.")
Q2 = ("وقال رئيس البلدية إن المشروع استغرق عامين، وإن الحديقة ستفتح أبوابها مجانا للزوار من السادسة صباحا "
      "حتى منتصف الليل.")
Q3 = ("وتخطط البلدية لزراعة ألف شجرة إضافية في الأحياء المجاورة قبل نهاية العام، ضمن برنامج لزيادة "
      "المساحات الخضراء في المدينة.")


def raw_text(text: str, origin: str = "scraped/page.txt", **kw) -> RawDocument:
    return RawDocument.from_bytes(text.encode("utf-8"), origin=origin, media_type="text/plain", encoding="utf-8", **kw)


def labels(text: str) -> dict[str, str]:
    return {ln.text: ln.label for ln in classify(split_lines(text))}


BBC_LIKE = "\n\n".join([
    "حملة وطنية لتطعيم مليوني طفل ضد الحصبة",
    "صدر الصورة، Getty Images",
    P1,
    P2,
    "  • الحصبة تعود إلى الواجهة بعد سنوات من التراجع\n  • ما الذي يجب أن يعرفه الأهل عن اللقاحات؟",
    "تخطى قصص مقترحة وواصل القراءة\nقصص مقترحة\n  • خمسة أسئلة عن الحملة\n  • أطباء يحذرون من الشائعات\nقصص مقترحة نهاية",
    P3,
    "مراكز متنقلة للقرى",
    "صدر الصورة، AFP via Getty Images",
    "التعليق على الصورة،",
    "ممرضة تجهز جرعات اللقاح في مركز صحي متنقل",
    P4,
    P5,
])


def test_bbc_like_page_lines_are_labelled():
    got = labels(BBC_LIKE)
    assert got["حملة وطنية لتطعيم مليوني طفل ضد الحصبة"] == "title"
    assert all(got[p] == "body" for p in (P1, P2, P3, P4, P5))
    assert got["مراكز متنقلة للقرى"] == "heading"
    assert got["ممرضة تجهز جرعات اللقاح في مركز صحي متنقل"] == "caption"
    for junk in ("صدر الصورة، Getty Images", "الحصبة تعود إلى الواجهة بعد سنوات من التراجع", "خمسة أسئلة عن الحملة",
                 "قصص مقترحة", "التعليق على الصورة،", "ما الذي يجب أن يعرفه الأهل عن اللقاحات؟"):
        assert got[junk] == "boilerplate", junk


def test_bbc_like_page_article():
    (art,) = extract(raw_text(BBC_LIKE))
    assert art.title == "حملة وطنية لتطعيم مليوني طفل ضد الحصبة"
    assert [art.text[p.start:p.end] for p in art.paragraphs] == [P1, P2, P3, "مراكز متنقلة للقرى", P4, P5]
    assert [p.kind for p in art.paragraphs].count("heading") == 1
    assert art.captions == ["ممرضة تجهز جرعات اللقاح في مركز صحي متنقل"]
    assert "Getty" not in art.text and "قصص مقترحة" not in art.text


GLUED = "\n\n".join([
    "تابع آخر الأخبار عبر تطبيقنا",
    P1, P2, P3,
    "المصدر: وكالة الأنباء الوطنية",
    "كلمات دلالية: الصحة، الحصبة، اللقاحات",
    "اقرأ أيضا:",
    "حديقة جديدة على ضفة النهر تفتح أبوابها للزوار",
    Q1, Q2 + " إعلان", Q3, Q2,
    "  • عنوان خبر آخر من الموقع\n  • وعنوان ثالث لا علاقة له",
    "شارك هذا المقال",
])


def test_glued_page_becomes_two_articles():
    first, second = extract(raw_text(GLUED))
    assert (first.index, second.index) == (0, 1)
    assert first.id != second.id
    assert P1 in first.text and P3 in first.text
    assert Q1 not in first.text and "حديقة" not in first.text
    assert second.title == "حديقة جديدة على ضفة النهر تفتح أبوابها للزوار"
    # The stray ad label is cut and the repeated paragraph kept once.
    assert [second.text[p.start:p.end] for p in second.paragraphs] == [Q1, Q2, Q3]
    assert first.provenance.source_credit == "وكالة الأنباء الوطنية"
    assert first.provenance.tags == ["الصحة", "الحصبة", "اللقاحات"]
    assert second.provenance.source_credit is None
    assert "تطبيقنا" not in first.text and "شارك" not in second.text


def test_glued_page_can_drop_the_appended_article():
    arts = extract(raw_text(GLUED), ExtractOptions(keep_appended=False))
    assert len(arts) == 1 and Q1 not in arts[0].text


def test_read_also_inside_an_article_is_a_link_not_a_second_article():
    text = "\n\n".join([P1, P2, "اقرأ أيضا:", "الحصبة تعود إلى الواجهة بعد سنوات", P3, P4, P5])
    (art,) = extract(raw_text(text))
    assert all(p in art.text for p in (P1, P2, P3, P4, P5))
    assert "الحصبة تعود" not in art.text and "اقرأ" not in art.text


def test_byline_with_outlet_translation_note_and_tail():
    text = "\n".join([
        "أخبار محلية",
        "حملة وطنية لتطعيم الأطفال ضد الحصبة",
        "بواسطة نادية فهمي, بي بي سي نيوز",
        P1, P2, P3,
        "ملاحظة: سامر خليل، باحث في السياسات الصحية",
        "نهاية الرسالة/",
        "© قامت شبكة الرصد الإخبارية بترجمة هذا التقرير من مصدر وكالة الأنباء الصحية",
        "  • تابعونا على الشبكات الاجتماعية للوصول إلى أحدث الأخبار .",
        "  • الأخبار باللغة العربية :",
        "زر الذهاب إلى الأعلى",
    ])
    (art,) = extract(raw_text(text))
    assert art.title == "حملة وطنية لتطعيم الأطفال ضد الحصبة"
    assert art.authors == ["نادية فهمي", "سامر خليل"]
    assert art.provenance.original_outlet == "بي بي سي نيوز"
    assert art.provenance.translator == "شبكة الرصد الإخبارية"
    assert art.provenance.translated_from == "وكالة الأنباء الصحية"
    assert art.text == "\n\n".join([P1, P2, P3])


def test_syndication_service_credit_names_the_original_outlet():
    (art,) = extract(raw_text("\n".join([P1, P2, "خدمة «نيويورك تايمز»"])))
    assert art.provenance.original_outlet == "نيويورك تايمز"
    assert "خدمة" not in art.text


def test_cited_outlets_are_read_from_the_prose():
    text = "\n".join([
        P1,
        "وقال مسؤول إن الحملة ستبدأ الأسبوع المقبل، بحسب ما ذكرت صحيفة \"المساء\" المحلية.",
        "ونقلت وكالة الأنباء الرسمية عن الوزير قوله إن اللقاحات متوفرة.",
        "وقالت شبكة “الشرق الجديد الأميركية، في تقرير لها، إن الإقبال كبير.",
        "وتعمل الوزارة على إنشاء شبكة بديلة من المراكز الصحية.",
    ])
    (art,) = extract(raw_text(text))
    assert art.provenance.cited_outlets == ["المساء", "وكالة الأنباء الرسمية", "الشرق الجديد"]


def test_captions_after_photo_credits_leave_the_text():
    text = "\n\n".join([
        "زيارة رسمية",
        P1,
        "وكالة الأنباء / Getty Images في هذه الصورة يظهر الوزير خلال جولته في أحد المراكز الصحية.",
        "وزار الوزير ثلاثة مراكز في يوم واحد",
        P2, P3,
    ])
    (art,) = extract(raw_text(text))
    assert art.captions == [
        "وكالة الأنباء / Getty Images في هذه الصورة يظهر الوزير خلال جولته في أحد المراكز الصحية.",
        "وزار الوزير ثلاثة مراكز في يوم واحد",
    ]
    assert art.text == "\n\n".join([P1, P2, P3])


def test_words_that_open_bylines_do_not_make_prose_a_byline():
    text = "\n".join(["كتب: سامي نور", P1, "كتب ممنوعة في معرض الكتاب", P2, "by the numbers", P3])
    got = labels(text)
    assert got["كتب: سامي نور"] == "meta"
    assert got["كتب ممنوعة في معرض الكتاب"] == "heading"  # "books", below the first paragraph
    (art,) = extract(raw_text(text))
    assert art.authors == ["سامي نور"]


def test_unknown_html_engine_is_refused():
    with pytest.raises(InputError, match="html_engine"):
        extract(raw_text(P1), ExtractOptions(html_engine="magic"))


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    import textwrap

    wrapped = "\n".join(line for p in (P1, P2, P3, P4) for line in textwrap.wrap(p, 45))
    assert len(wrapped.split("\n")) >= 12
    (art,) = extract(raw_text(wrapped))
    assert [art.text[p.start:p.end] for p in art.paragraphs] == [P1, P2, P3, P4]


def test_english_widget_on_an_arabic_page_is_boilerplate():
    got = labels("\n".join(["Theme license is not validated, go to the options page.", P1, "Get News Fast", P2]))
    assert got["Theme license is not validated, go to the options page."] == "boilerplate"
    assert got["Get News Fast"] == "boilerplate" and got[P1] == "body"


def test_lines_repeated_across_a_site_become_boilerplate():
    context = ExtractContext(min_docs=3)
    footer = "تصفح أرشيف الموقع"  # short and unlike any stock phrase: only repetition gives it away
    arts = []
    for i, body in enumerate((P1, P2, P3)):
        text = "\n".join([body, footer, P4, P5])
        arts.append(extract(raw_text(text, origin=f"https://site.example/news/{i}"), None, context)[0])
    assert footer in arts[0].text  # seen once: no evidence yet
    assert footer not in arts[2].text  # third page of the same site: furniture
    other = extract(raw_text("\n".join([P1, footer, P4]), origin="https://other.example/a"), None, context)[0]
    assert footer in other.text  # another site's counts are its own


def test_primed_context_knows_the_furniture_before_the_first_page():
    footer = "تصفح أرشيف الموقع"
    pages = [(f"id{i}", "site.example", "\n".join([body, footer, P4])) for i, body in enumerate((P1, P2, P3))]
    context = ExtractContext(min_docs=3)
    context.prime(pages)
    (first,) = extract(raw_text("\n".join([P1, footer, P4]), origin="https://site.example/news/0"), None, context)
    assert footer not in first.text and P4 in first.text


def test_publication_date_from_a_dateline():
    text = "\n".join(["حملة وطنية لتطعيم الأطفال", "نشر في 12 مارس 2024", P1, P2])
    (art,) = extract(raw_text(text))
    assert (art.published_at, art.date_precision) == ("2024-03-12", "day")
    assert "نشر في" not in art.text


def test_menu_line_and_date_stamp_around_the_title():
    text = "\n".join(["سياسة اقتصاد رياضة ثقافة منوعات فيديو", "حملة وطنية لتطعيم الأطفال ضد الحصبة",
                   "الأحد 9 يونيو 2024", P1, P2, "وقع آخر تفش كبير للمرض في 3 مارس 2019."])
    (art,) = extract(raw_text(text))
    assert art.title == "حملة وطنية لتطعيم الأطفال ضد الحصبة"
    assert art.published_at == "2024-06-09"
    assert art.text.startswith(P1) and art.text.endswith("في 3 مارس 2019.")  # a dated sentence stays prose


def test_empty_and_boilerplate_only_text_is_rejected():
    with pytest.raises(ExtractionError, match="no text"):
        extract(raw_text("\n \n\t\n"))
    with pytest.raises(ExtractionError, match="boilerplate"):
        extract(raw_text("الرئيسية\nشارك هذا المقال\nاترك تعليقاً\nزر الذهاب إلى الأعلى"))


def record(**hints) -> RawDocument:
    return RawDocument.from_bytes(repr(hints).encode(), origin="export.jsonl#3", media_type="application/json",
                                  encoding="utf-8", hints=hints)


def test_json_record_is_built_from_hints():
    raw = record(text=f"  {P1}\n\n\n\n {P2}\n{P2}\n", title="حملة تطعيم", url="https://x.example/a",
                 outlet="صحيفة المثال", published_at="2015-07-21 02:51:32", authors=["الرياض: منى سعيد"])
    (art,) = extract(raw)
    assert [art.text[p.start:p.end] for p in art.paragraphs] == [P1, P2]
    assert (art.title, art.url, art.outlet, art.origin) == ("حملة تطعيم", "https://x.example/a", "صحيفة المثال",
                                                              "export.jsonl#3")
    assert art.authors == ["منى سعيد"]
    assert (art.published_at, art.date_precision) == ("2015-07-21T02:51:32", "datetime")
    assert art.language == "ar"


def test_json_record_with_html_text_is_cleaned():
    (art,) = extract(record(text=f"<p>{P1}</p><p>{P2}<br></p>", title="حملة تطعيم"))
    assert [art.text[p.start:p.end] for p in art.paragraphs] == [P1, P2]


def test_json_record_fields_are_read_when_hints_are_missing():
    import json

    data = json.dumps({"headline": "حملة تطعيم", "content": P1, "author": "كتب: منى سعيد", "date": "2015-07-21"},
                      ensure_ascii=False).encode("utf-8")
    raw = RawDocument.from_bytes(data, origin="dump.json", media_type="application/json", encoding="utf-8")
    (art,) = extract(raw)
    assert (art.title, art.text, art.authors, art.published_at) == ("حملة تطعيم", P1, ["منى سعيد"], "2015-07-21")


def test_json_record_without_text_is_rejected():
    with pytest.raises(ExtractionError, match="no text"):
        extract(record(title="عنوان فقط"))


def test_article_ids_are_stable_and_follow_the_contract():
    raw = raw_text(GLUED)
    a1, b1 = extract(raw)
    a2, b2 = extract(raw)
    assert (a1.id, b1.id) == (a2.id, b2.id)
    assert a1.id == a1.make_id(raw.id, 0) and b1.id == b1.make_id(raw.id, 1)
    assert a1.raw_id == raw.id and a1.origin == "scraped/page.txt"


def test_english_scraped_page_uses_english_stock_phrases():
    text = "\n".join([
        "Home", "World", "Markets drift as traders await central bank decision", "By Jane Porter, Reuters",
        "June 12, 2024",
        "Stocks moved in a narrow range on Wednesday as investors waited for the central bank to announce its "
        "decision on interest rates later in the day.",
        "Analysts expect policymakers to keep rates unchanged, although some economists argue that cooling "
        "inflation leaves room for a cut before the end of the year.",
        "Read more:", "Oil prices slip on demand worries",
        "The dollar was little changed against a basket of currencies, while gold edged higher for a second "
        "straight session.",
        "Advertisement", "Share this article", "Related", "Comments", "Leave a comment",
    ])
    (art,) = extract(raw_text(text))
    assert art.title == "Markets drift as traders await central bank decision"
    assert (art.authors, art.provenance.original_outlet) == (["Jane Porter"], "Reuters")
    assert (art.published_at, art.language) == ("2024-06-12", "en")
    assert len(art.paragraphs) == 3 and art.text.endswith("second straight session.")
    assert "Oil prices" not in art.text and "Advertisement" not in art.text


# A news site's page as scrapers save it: masthead, menu, headline, byline, date stamp, then the story.
MENU = ["الرئيسية", "محليات", "اقتصاد", "رياضة"]
HEADLINE = "وزارة الصحة تطلق حملة وطنية لتطعيم مليوني طفل ضد الحصبة"


def site_page(masthead: str, byline: str, headline: str = HEADLINE, first: str = P1) -> str:
    return "\n".join([masthead, *MENU, "", headline, "", byline, "الاثنين 16 نوفمبر 2026 - 09:30", "", first, P2, P3])


def test_masthead_naming_an_outlet_is_the_outlet_not_the_title():
    (art,) = extract(raw_text(site_page("جريدة الساحل اليومية", "كتب: مروان الحلبي")))
    assert art.outlet == "جريدة الساحل اليومية"
    assert art.title == HEADLINE
    assert art.authors == ["مروان الحلبي"]
    assert art.published_at.startswith("2026-11-16")
    assert "جريدة الساحل" not in art.text


def test_outlet_from_the_source_beats_the_masthead():
    raw = raw_text(site_page("جريدة الساحل اليومية", "كتب: مروان الحلبي"), hints={"outlet": "الساحل"})
    assert extract(raw)[0].outlet == "الساحل"


@pytest.mark.parametrize("byline", ["بيروت - نادين الخوري", "نادين الخوري - بيروت", "بقلم نادين الخوري",
                                    "بواسطة نادين الخوري"])
def test_city_dash_author_bylines_give_the_author_not_the_title(byline):
    (art,) = extract(raw_text(site_page("جريدة الساحل اليومية", byline)))
    assert art.title == HEADLINE
    assert art.authors == ["نادين الخوري"]
    assert byline not in art.text


def test_city_of_the_dateline_counts_as_a_place_in_the_byline():
    # The town is in no list; the first paragraph's dateline says it is where the story was filed.
    first = "بلدة الوادي الأخضر - 16 نوفمبر 2026 - " + P1
    (art,) = extract(raw_text(site_page("جريدة الساحل اليومية", "بلدة الوادي الأخضر - نادين الخوري", first=first)))
    assert art.authors == ["نادين الخوري"]


def test_a_headline_shaped_like_city_dash_words_stays_the_title():
    headline = "بيروت - احتفالات رأس السنة"
    (art,) = extract(raw_text("\n".join([headline, P1, P2])))
    assert art.title == headline and art.authors == []


def test_dateline_credit_names_the_outlet_when_the_page_does_not():
    first = "الرباط - 16 نوفمبر 2026 (وكالة المغرب الكبير) - " + P1
    (art,) = extract(raw_text("\n".join([HEADLINE, first, P2])))
    assert art.outlet == "وكالة المغرب الكبير"
    assert art.title == HEADLINE


def test_masthead_without_outlet_words_is_known_by_the_dateline_credit():
    first = "الرباط (الساحل نت) - " + P1
    (art,) = extract(raw_text(site_page("الساحل نت", "كتب: مروان الحلبي", first=first)))
    assert art.outlet == "الساحل نت" and art.title == HEADLINE


def test_masthead_repeated_across_a_site_names_the_outlet():
    context = ExtractContext()
    headlines = [HEADLINE, "افتتاح حديقة عامة جديدة على ضفة النهر", "البلدية تزرع ألف شجرة في الأحياء"]
    arts = []
    for i, (headline, first) in enumerate(zip(headlines, (P1, Q1, Q3))):
        raw = raw_text(site_page("الساحل اليوم", "كتب: مروان الحلبي", headline, first), origin=f"site/{i}.txt")
        arts.append(extract(raw, None, context)[0])
    assert arts[0].outlet is None  # one page alone: a bare name could be anything
    assert [a.outlet for a in arts[1:]] == ["الساحل اليوم", "الساحل اليوم"]
    assert [a.title for a in arts] == headlines


def test_headline_listed_under_read_also_on_sibling_pages_stays_the_title():
    context = ExtractContext(min_docs=3)
    headlines = [HEADLINE, "افتتاح حديقة عامة جديدة على ضفة النهر", "البلدية تزرع ألف شجرة في الأحياء"]
    arts = []
    for i, (headline, first) in enumerate(zip(headlines, (P1, Q1, Q3))):
        others = [h for h in headlines if h != headline]
        text = site_page("جريدة الساحل اليومية", "كتب: مروان الحلبي", headline, first) + "\n\nاقرأ أيضا\n" + \
            "\n".join(others)
        arts.append(extract(raw_text(text, origin=f"site/{i}.txt"), None, context)[0])
    assert [a.title for a in arts] == headlines  # the third page's headline was seen on the two others


def test_long_headline_above_a_byline_is_the_title():
    headline = "مصادر: الحكومة تدرس خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف في المناطق الجنوبية"
    (art,) = extract(raw_text(site_page("موقع الساحل الإخباري", "بواسطة مروان الحلبي", headline)))
    assert art.title == headline and art.outlet == "موقع الساحل الإخباري"
    assert headline not in art.text


def test_levantine_month_names_in_the_date_stamp():
    text = site_page("جريدة الساحل اليومية", "كتب: مروان الحلبي").replace(
        "الاثنين 16 نوفمبر 2026 - 09:30", "الاثنين ١٦ تشرين الثاني/نوفمبر ٢٠٢٦")
    assert extract(raw_text(text))[0].published_at.startswith("2026-11-16")


def test_a_parenthesis_opening_prose_is_not_a_dateline_credit():
    first = "وقال الوزير (في بيان مكتوب) - " + P1
    (art,) = extract(raw_text("\n".join([HEADLINE, first, P2])))
    assert art.outlet is None


# A page as scraped with its header: the site's "today" date above the menu, the article's own date glued to its
# section label, a photo caption with no credit between the headline and the lead, a media player's counters
# between paragraphs, and a promo line.
HEADER_PAGE = "\n".join([
    "الأفق نيوز", "الرئيسية", "سياسة", "اقتصاد", "الأحد 17 سبتمبر 2023",
    "البلدية تفتتح حديقة عامة جديدة على ضفة النهر",
    "عرب وعالم14-9-2023 | 03:15",
    "أطفال يلعبون بين الممرات الخضراء خلال يوم الافتتاح",
    Q1, "00:00 / 3 / 0", Q2, Q3,
])


def test_a_photo_caption_above_the_lead_is_not_the_title():
    [article] = extract(raw_text(HEADER_PAGE))
    assert article.title == "البلدية تفتتح حديقة عامة جديدة على ضفة النهر"


def test_the_articles_own_date_beats_the_page_headers_date():
    [article] = extract(raw_text(HEADER_PAGE))
    assert article.published_at.startswith("2023-09-14")


def test_counters_and_glued_datelines_stay_out_of_the_body():
    [article] = extract(raw_text(HEADER_PAGE))
    assert "00:00" not in article.text and "عرب وعالم" not in article.text
    assert article.text.split("\n\n") == [Q1, Q2, Q3]


def test_the_nearest_headline_stays_the_title_when_it_retells_the_lead():
    # Two headline-like lines and no caption: the one right above the lead is kept.
    page = "\n".join(["ملف الحدائق العامة في المدن الكبرى", "البلدية تفتتح حديقة عامة جديدة على ضفة النهر", Q1, Q2])
    [article] = extract(raw_text(page))
    assert article.title == "البلدية تفتتح حديقة عامة جديدة على ضفة النهر"
