"""Story timelines: developments dated by their own time expressions, never by an anchor that is not there."""

from __future__ import annotations

from marsad.models import Article, Doc, Span
from marsad.stories.digest import TIMELINE_CHARS, timeline


def _doc(aid: str, text: str, published: str | None, timexes: list[tuple[str, str, bool]]) -> Doc:
    sents, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (2 if start + len(part) < len(text) else 0)
        sents.append(Span("sentence", start, min(end, len(text))))
        start = end
    spans = [Span("timex", text.index(expr), text.index(expr) + len(expr), "day",
                  {"value": value, "text": expr, "relative": relative}) for expr, value, relative in timexes]
    return Doc(Article(id=aid, raw_id="r" + aid, text=text, title="", outlet="صحيفة " + aid, published_at=published),
               {"sentence": sents, "timex": spans})


def test_items_are_dated_developments_and_relative_dates_need_an_anchor():
    dated = _doc("a1", "أعلنت الشركة أمس الاثنين خسارة فصلية كبيرة بلغت نحو مليار ريال. وقال رئيسها إن الخطة مستمرة.",
                 "2026-05-05T10:00:00", [("أمس الاثنين", "2026-05-04", True)])
    undated = _doc("b1", "وقالت مصادر مطلعة إن مجلس الإدارة اجتمع يوم الأحد لمناقشة الخسارة الفصلية الكبيرة للشركة.",
                   None, [("يوم الأحد", "2026-05-03", True)])
    items = timeline([dated, undated])
    assert [(x["date"], x["sources"][0]["article_id"]) for x in items] == [("2026-05-04", "a1")]
    assert "خسارة فصلية" in items[0]["text"]


def test_an_article_without_a_date_in_its_lead_reports_on_its_own_day_and_long_text_is_collapsed():
    long_lead = "افتتح وزير النقل الطريق الساحلي الجديد الذي يربط الميناء بالمنطقة الصناعية " + "وسط حضور واسع " * 30
    doc = _doc("c1", long_lead + ". وتبلغ كلفة المشروع ثلاثمئة مليون دينار.", "2026-06-01T08:00:00", [])
    items = timeline([doc])
    assert len(items) == 1 and items[0]["date"] == "2026-06-01" and items[0]["kind"] == "reported"
    assert len(items[0]["text"]) <= TIMELINE_CHARS and items[0]["text"].endswith("…")
    src = items[0]["sources"][0]
    assert doc.text[src["start"]:src["end"]].startswith("افتتح وزير النقل")  # the full sentence is one click away


def test_one_development_told_by_two_outlets_is_one_item():
    a = _doc("d1", "وصل رئيس الوزراء إلى العاصمة الأردنية عمان أمس في زيارة رسمية تستمر يومين.", "2026-07-02T09:00:00",
             [("أمس", "2026-07-01", True)])
    b = _doc("d2", "وصل رئيس الوزراء أمس إلى عمان العاصمة الأردنية في زيارة رسمية لمدة يومين.", "2026-07-02T11:00:00",
             [("أمس", "2026-07-01", True)])
    items = timeline([a, b])
    assert len(items) == 1 and sorted(s["article_id"] for s in items[0]["sources"]) == ["d1", "d2"]


def test_an_undated_article_never_sums_up_a_story():
    """On unseen news an undated article gave a story its title; it must not give its summary either."""
    from marsad.stories.compare import align, story_sentences
    from marsad.stories.digest import extractive_summary
    from marsad.stories.features import tfidf, stem_counts

    a = _doc("e1", "افتتح وزير النقل الجسر المعلق الجديد فوق النهر في المدينة الشمالية صباح اليوم بحضور المحافظ. "
                   "ويبلغ طول الجسر ألفا ومئتي متر.", "2026-08-03T09:00:00", [])
    b = _doc("e2", "شهدت المدينة الشمالية صباح اليوم افتتاح الجسر المعلق الجديد فوق النهر على يد وزير النقل. "
                   "وقال المحافظ إن الجسر يختصر الطريق إلى الميناء.", "2026-08-03T12:00:00", [])
    undated = _doc("e3", "افتتح وزير النقل الجسر المعلق الجديد فوق النهر في المدينة الشمالية بحضور المحافظ وسكان "
                         "المدينة الشمالية.", None, [])
    docs = [a, b, undated]
    sents = story_sentences(docs)
    centroid = tfidf(stem_counts(" ".join(d.article.text for d in docs)))
    summary = extractive_summary(sents, align(sents, 0.2), centroid)
    assert summary
    assert all(item["article_id"] != "e3" and "e3" not in item["cites"] for item in summary)


def test_a_sentence_is_one_item_dated_by_its_own_day_not_the_dateline():
    # the dateline's day is when it was reported; the sentence tells what happened the night before
    text = "الرباط - 9 مارس 2026 (وكالة) - غمرت المياه عشرات المنازل في الحي القديم ليلة الأحد بعد أمطار غزيرة."
    doc = _doc("f1", text, "2026-03-09T08:00:00", [("9 مارس 2026", "2026-03-09", False), ("ليلة الأحد", "2026-03-08", True)])
    assert [(x["date"], x["sources"][0]["expression"]) for x in timeline([doc])] == [("2026-03-08", "ليلة الأحد")]


def test_a_sentence_with_two_days_is_told_once_at_the_first_and_a_week_sorts_at_its_monday():
    two = _doc("g1", "قررت البلدية إغلاق السوق المركزي يوم الخميس، بينما تبدأ أعمال الصيانة صباح السبت.",
               "2026-04-14T07:00:00", [("يوم الخميس", "2026-04-16", True), ("صباح السبت", "2026-04-18", True)])
    week = _doc("g2", "وكانت لجنة السلامة قد فحصت مباني السوق المركزي الأسبوع الماضي وأوصت بإغلاقه.",
                "2026-04-14T09:00:00", [])
    week.layers["timex"] = [Span("timex", week.text.index("الأسبوع الماضي"), week.text.index("الأسبوع الماضي") + 14,
                                 "week", {"value": "2026-W15", "text": "الأسبوع الماضي", "relative": True})]
    items = timeline([two, week])
    assert [x["date"] for x in items] == ["2026-W15", "2026-04-16"]  # week 15 of 2026 begins on 6 April
    assert [s["article_id"] for x in items for s in x["sources"]].count("g1") == 1


def test_a_day_told_outweighs_a_month_the_sentence_looks_ahead_to():
    # announced today, to open in December: the development is today's announcement, not a future month
    doc = _doc("h1", "أعلنت الوزارة اليوم أن المستشفى الجديد في المدينة سيفتتح في ديسمبر المقبل بطاقة مئتي سرير.",
               "2026-05-10T09:00:00", [("اليوم", "2026-05-10", True)])
    doc.layers["timex"].append(Span("timex", doc.text.index("ديسمبر"), doc.text.index("ديسمبر") + 6, "month",
                                    {"value": "2026-12", "text": "ديسمبر المقبل", "relative": True}))
    assert [x["date"] for x in timeline([doc])] == ["2026-05-10"]


def test_this_week_dates_nothing_and_an_old_week_is_background():
    this_week = _doc("k1", "وتواصل الفرق هذا الأسبوع أعمال الصيانة في شبكة المياه بالأحياء الشرقية للمدينة.",
                     "2026-11-22T09:00:00", [])  # a Sunday: ISO week 47 holds it
    this_week.layers["timex"] = [Span("timex", this_week.text.index("هذا الأسبوع"), this_week.text.index("هذا الأسبوع") + 11,
                                      "week", {"value": "2026-W47", "text": "هذا الأسبوع", "relative": True})]
    assert [x["date"] for x in timeline([this_week])] == ["2026-11-22"]  # the report's day, not the week
    old = _doc("k2", "وكانت الشركة قد أعلنت في ذلك الأسبوع خطة أولى لصيانة شبكة المياه في الأحياء الشرقية.",
               "2026-11-22T09:00:00", [("أعلنت", "2026-11-22", False)])
    old.layers["timex"].append(Span("timex", old.text.index("ذلك الأسبوع"), old.text.index("ذلك الأسبوع") + 11, "week",
                                    {"value": "2026-W10", "text": "ذلك الأسبوع", "relative": False}))
    assert all(x["date"] != "2026-W10" for x in timeline([old], since="2026-09-22"))  # before the story: background
