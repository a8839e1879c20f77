"""Opinion and analysis pieces are not reports (our own Arabic texts, addresses and names): a column on an event is
read as a column, from the outlet's opinion section when its address says it, else from its voice (first person,
questions, weighing, no attributions); the grouper places it on its own, so it neither joins the event's reports nor
draws a story of its own around them."""

from __future__ import annotations

from marsad.models import Article
from marsad.stories.opinion import is_opinion, section_says, text_score

REPORT_1 = ("وقعت حكومتا مصر والسودان أمس الأحد في الخرطوم اتفاقية تشغيل سد الوادي الأخضر على النيل الأزرق، "
            "وقال وزير الري المصري إن الاتفاقية تنظم تصريف المياه في مواسم الفيضان وتضع جدولا لتقاسم الكهرباء. "
            "وأكد نظيره السوداني أن لجنة فنية مشتركة ستتابع التنفيذ، وأوضح أن الاتفاقية تدخل حيز التنفيذ مطلع العام "
            "المقبل. وأشار البيان المشترك إلى أن التوقيع جرى بحضور ممثلين عن البنك الأفريقي للتنمية.")
REPORT_2 = ("أعلنت الخرطوم أمس توقيع اتفاقية تشغيل سد الوادي الأخضر مع القاهرة، وذكرت وكالة الأنباء السودانية أن "
            "الاتفاقية تنظم تصريف المياه في مواسم الفيضان وتقاسم الكهرباء بين البلدين. وقال وزير الري السوداني إن "
            "لجنة فنية مشتركة ستتابع التنفيذ، وأضاف أن البنك الأفريقي للتنمية سيمول محطة التوليد الثانية.")
REPORT_3 = ("رحبت جامعة الدول العربية اليوم الاثنين باتفاقية تشغيل سد الوادي الأخضر التي وقعتها مصر والسودان في "
            "الخرطوم، وقال الأمين العام في بيان إن الاتفاقية تنظم تصريف المياه وتقاسم الكهرباء، وأكد أن الجامعة "
            "تدعم اللجنة الفنية المشتركة.")
COLUMN = ("هل كنا نحتاج إلى كل هذه السنوات حتى نصل إلى اتفاقية سد الوادي الأخضر؟ أعتقد أن الجواب لا، لكن السياسة "
          "في منطقتنا لا تعرف الطرق القصيرة! نحن أمام اتفاقية تقاسم الكهرباء وتصريف المياه بين مصر والسودان، "
          "وربما كان علينا أن نسأل: لماذا تأخرت؟ ولماذا لا نرى مثلها في بلادنا؟ أرى أن المياه ينبغي أن تكون جسرا "
          "لا جدارا، ولعلنا نتعلم من الخرطوم أن الحوار أجدى من التهديد. إننا نكتب هذا ونحن نعرف أن الطريق طويل، "
          "بل إن الامتحان الحقيقي يبدأ الآن، فكيف ستعمل اللجنة الفنية؟ وهل يكفي التوقيع؟")


def test_the_outlets_opinion_section_decides_for_the_outlets_that_have_one():
    assert section_says("https://aawsat.com/home/article/123456/سعاد-الكاتبة/عن-السد-والماء") is True
    assert section_says("https://aawsat.com/home/article/123457/توقيع-اتفاقية-السد-في-الخرطوم") is False
    assert section_says("http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=1234") is True
    assert section_says("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=5678") is False
    assert section_says("http://www.al-jazirah.com/2026/20260503/ar4.htm") is True
    assert section_says("http://www.al-jazirah.com/2026/20260503/ln12.htm") is False
    assert section_says("https://example-news.net/2026/05/03/dam") is None  # a site whose sections are not known
    assert section_says(None) is None
    # the section wins over the text: a report filed in the opinion section, a column filed as news
    assert is_opinion(REPORT_1, "توقيع اتفاقية السد", "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=9")
    assert not is_opinion(COLUMN, "عن السد", "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=9")


def test_a_columnists_voice_is_told_from_a_report():
    assert text_score(COLUMN, "السد.. جسر لا جدار!", ["سعاد الكاتبة"]) > 3
    assert is_opinion(COLUMN, "السد.. جسر لا جدار!", "https://example-news.net/opinion-free/77", ["سعاد الكاتبة"])
    for text in (REPORT_1, REPORT_2, REPORT_3):
        assert text_score(text, "توقيع اتفاقية سد الوادي الأخضر", ["مراسل الخرطوم"]) < 0
        assert not is_opinion(text, "توقيع اتفاقية سد الوادي الأخضر", "https://example-news.net/news/1")


def _place(rows, **options) -> list[str]:
    """The story of each (published, outlet, url, authors, headline, text) row, placed in publication order."""
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    arts = [Article(id=f"o{i:04d}", raw_id=f"ro{i:04d}", text=text, title=title, outlet=outlet, url=url,
                    authors=list(authors), published_at=when, origin=f"opinion-{i}.txt")
            for i, (when, outlet, url, authors, title, text) in enumerate(rows)]
    for a in sorted(arts, key=lambda a: a.published_at):
        g.add(article_features(a, []))
    part = g.partition()
    return [part[a.id] for a in arts]


def _rows(column_first: bool = False):
    column = ("2026-05-03T07:00:00" if column_first else "2026-05-03T12:00:00", "صحيفة النهار",
              "https://alnahar-example.net/77", ["سعاد الكاتبة"], "اتفاقية سد الوادي الأخضر.. هل يكفي التوقيع؟",
              COLUMN)
    return [
        ("2026-05-03T08:00:00", "وكالة الخير", "https://alkhair-example.net/1", [],
         "مصر والسودان توقعان اتفاقية تشغيل سد الوادي الأخضر", REPORT_1),
        ("2026-05-03T10:00:00", "موقع الرصد", "https://alrasd-example.net/2", [],
         "توقيع اتفاقية تشغيل سد الوادي الأخضر بين الخرطوم والقاهرة", REPORT_2),
        column,
        ("2026-05-04T09:00:00", "صحيفة الأفق", "https://alofoq-example.net/3", [],
         "الجامعة العربية ترحب باتفاقية سد الوادي الأخضر", REPORT_3),
    ]


def test_a_column_stays_out_of_the_reports_story():
    first, second, column, welcome = _place(_rows())
    assert first == second == welcome
    assert column not in (first, second, welcome)
    # without the option the column joins the reports (what the home pages showed)
    off = _place(_rows(), opinion_apart=False)
    assert off[2] == off[0]


def test_a_column_published_first_seeds_no_story():
    first, second, column, welcome = _place(_rows(column_first=True))
    assert first == second == welcome
    assert column not in (first, second, welcome)
    # without the option the reports join the story the column started (it is named after the column)
    off = _place(_rows(column_first=True), opinion_apart=False)
    assert off[0] == off[1] == off[2] == off[3] == "s-o0002"


def test_a_resumed_run_keeps_the_column_apart_as_a_rebuild_does(store):
    from marsad.models import RawDocument
    from marsad.stories.cluster import ClusterOptions, cluster

    rows = _rows()
    arts = [Article(id=f"c{i:04d}", raw_id=f"rc{i:04d}", text=text, title=title, outlet=outlet, url=url,
                    authors=list(authors), published_at=when, origin=f"opinion-store-{i}.txt")
            for i, (when, outlet, url, authors, title, text) in enumerate(rows)]

    def add(batch):
        for a in batch:
            store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
        store.add_articles(batch)

    add(arts[:3])  # two reports and the column
    cluster(store, ClusterOptions())
    add(arts[3:])  # the next day's report, placed by a resumed run
    cluster(store, ClusterOptions())
    part = store.story_partition()
    assert part["c0000"] == part["c0001"] == part["c0003"]
    assert part["c0002"] != part["c0000"]
    cluster(store, ClusterOptions(rebuild=True))
    assert store.story_partition() == part


def test_a_short_text_is_not_read_for_a_voice():
    # one "لكن" and a city ending in "-نا" in a twenty-word brief are rates no column needs
    brief = "وصل وزير الخارجية إلى فيينا مساء اليوم في زيارة رسمية تستمر يومين، لكن برنامج اللقاءات لم يعلن بعد."
    assert not is_opinion(brief, "وزير الخارجية في فيينا")
    assert not is_opinion(REPORT_1, "", "http://[::1")  # an address that cannot be read is no section


def test_the_pipeline_reads_the_address_when_it_clusters(tmp_path):
    """`marsad process` places a column filed in an opinion section on its own, though its words are a report's."""
    import json

    import marsad

    path = tmp_path / "pages.jsonl"
    pages = [("https://aawsat.com/home/article/1001/توقيع-اتفاقية-سد-الوادي-الأخضر", REPORT_1),
             ("https://aawsat.com/home/article/1002/الخرطوم-تعلن-الاتفاقية", REPORT_2),
             ("https://aawsat.com/home/article/1003/سعاد-الكاتبة/اتفاقية-سد-الوادي-الأخضر", REPORT_1 + " " + REPORT_2)]
    with open(path, "w", encoding="utf-8") as fh:
        for url, text in pages:
            fh.write(json.dumps({"url": url, "title": "اتفاقية تشغيل سد الوادي الأخضر", "outlet": "aawsat",
                                 "date": "2026-05-03", "content": text}, ensure_ascii=False) + "\n")
    with marsad.open(str(tmp_path / "t.db")) as m:
        m.ingest([str(path)])
        m.process()
    from marsad.store import open_store

    store = open_store(str(tmp_path / "t.db"), readonly=True)
    try:
        ids = {a.url: a.id for a in store.iter_articles()}
        part = store.story_partition()
    finally:
        store.close()
    reports = {part[ids[pages[0][0]]], part[ids[pages[1][0]]]}
    assert len(reports) == 1  # the two reports are one story
    assert part[ids[pages[2][0]]] not in reports  # the column is not in it


def test_a_column_placed_on_its_own_is_its_storys_member():
    """The story a column is placed in holds it, with its day (as a story a rebuild or a page reads)."""
    from marsad.stories.features import article_features
    from marsad.stories.grouping import Grouper

    g = Grouper()
    when, outlet, url, authors, title, text = _rows()[2]
    f = article_features(Article(id="o0009", raw_id="ro0009", text=text, title=title, outlet=outlet, url=url,
                                 authors=list(authors), published_at=when, origin="opinion-9.txt"), [])
    assert f.opinion
    st = g.stories[g.add(f)]
    assert st.members == ["o0009"] and st.size == 1
    assert st.first_seen == st.last_seen == "2026-05-03"
    # restored from the store (a resumed run), it is counted the same way
    g2 = Grouper()
    g2.restore(f, st.id, st.seq)
    assert g2.stories[st.id].members == ["o0009"] and g2.stories[st.id].last_seen == "2026-05-03"


def test_ain_alyoums_opinion_section_tells_its_columns():
    # Ain Alyoum files its columns under /opinion/ and its reports under /news/: the address decides
    assert section_says("http://www.3alyoum.com/opinion/articles/a/سعاد-الكاتبة-عن-السد/") is True
    assert section_says("http://www.3alyoum.com/news/articles/a/توقيع-اتفاقية-السد/") is False
    assert is_opinion(REPORT_1, "سعاد الكاتبة: السد", "http://www.3alyoum.com/opinion/articles/a/سعاد-عن-السد/")
