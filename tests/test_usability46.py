"""A media-monitoring team's first hour on PostgreSQL, the API and the web UI, round 46: each stumble held to its fix
(own Arabic throughout)."""

from __future__ import annotations


def test_a_wire_credit_names_the_city_it_was_filed_from_not_a_writer():
    """SaudiNewsNet 2015-08-02: «بوسطن - واس:» made «بوسطن» the article's writer (the article page read «الكاتب:
    بوسطن»), as «أ ف ب - ميامي» made «ميامي» one: a wire's credit names no reporter, and a city no list of places
    knows stayed a person. Over all of SaudiNewsNet, 556 distinct author fields lost such a «writer»."""
    from test_outlets import _authored

    assert _authored("بوسطن - واس:", "aljazirah") == ([], "was")
    assert _authored("أ ف ب - ريو دي جانيرو", "alyaum") == ([], "afp")
    assert _authored("شتوتجارت - د ب أ", "alriyadh") == ([], "dpa")
    assert _authored("وكالات - ميلووكي", "almadina") == ([], None)
    assert _authored("يوليو - رويترز:", "aljazirah") == ([], "reuters")  # a month where the city goes
    assert _authored("عمان: الوطن، واس", "alwatan") == ([], "was")  # its own outlet beside the wire
    # a reporter the wire credits, and the reporter of the paper beside it, stay
    assert _authored("الجزيرة - واس - سلافة القرشي:", "aljazirah") == (["سلافة القرشي"], "was")
    assert _authored("مازن العبيدي، أ ف ب - تونس", "almadina") == (["مازن العبيدي"], "afp")
    assert _authored("أبها: ريان الشهري، الوطن", "alwatan") == (["ريان الشهري"], None)


def test_a_desk_or_the_word_that_opens_a_credit_is_no_writer():
    """«الجزيرة - المحليات:» (the local desk; 65 author fields of SaudiNewsNet) gave the writer «المحليات»,
    «إعداد - فلان» and «قراءة: فلان» gave «إعداد» and «قراءة» beside the name, and Arriyadiyah's «بقلم: فلان | Mon,
    2015-08-10 22:22» gave «Mon», «2015», «08» … as writers."""
    from test_outlets import _authored

    assert _authored("الجزيرة - المحليات:", "aljazirah") == ([], None)
    assert _authored("إعداد - نوال الحربي", "alriyadh") == (["نوال الحربي"], None)
    assert _authored("قراءة: هشام الدوسري", "okaz") == (["هشام الدوسري"], None)
    assert _authored("بقلم: عادل القرني | Mon, 2015-08-10 22:22", "arriyadiyah") == (["عادل القرني"], None)
    assert _authored("جدة – سامر اليامي | Tuesday, 11 August 2015 - 14:22 pm", "arriyadiyah")[0] == ["سامر اليامي"]


def _condolence_story(tmp_path):
    """Three reports of one visit: a paper's page, its reprint under another headline, and another paper's."""
    from conftest import processed_reports

    said = ("وقال محافظ الساحل سالم الحارثي إن الدولة حريصة كل الحرص على رعاية أسر الشهداء والوقوف معهم، "
            "وأضاف أن أبناء الشهيد سيلتحقون بالبرنامج التعليمي في العام المقبل.")
    visit = ("نقل محافظ الساحل سالم الحارثي تعازي القيادة إلى أسرة الشهيد ماجد العتيبي في قرية الوادي أمس، "
             "وزار منزل الأسرة برفقة عدد من المسؤولين.")
    return processed_reports(tmp_path, [
        ("r1", "2026-05-03", "صحيفة الساحل", f"{visit} {said}"),
        ("r2", "2026-05-04", "صحيفة الساحل", f"{visit} {said} وقدم الحاضرون العزاء لوالد الشهيد."),
        ("r3", "2026-05-04", "صحيفة الوادي", f"{visit} {said}"),
    ])


def test_a_speaker_s_same_words_in_a_page_and_its_reprint_are_one_quote(tmp_path):
    """SaudiNewsNet 2015-08-02's story of two soldiers' funerals listed the border guard chief's words twice, each
    «[الرياض]» (Al-Riyadh printed its report twice, under two headlines), and so on for three speakers: the same
    words are one quote citing every outlet that reported them, on the story page as on the speaker's page."""
    from fastapi.testclient import TestClient

    import marsad
    from marsad.web.app import WebSettings, create_app

    db = _condolence_story(tmp_path)
    with marsad.open(str(db)) as m:
        [story] = [s for s in m.stories(limit=10) if s["size"] == 3]
        view = m.story(story["id"])
    [group] = [g for g in view["quotes"] if "الحارثي" in (g["speaker"] or "")]
    texts = [q["text"] for q in group["quotes"]]
    assert len(texts) == len(set(texts)) == 2, texts
    first = group["quotes"][0]
    assert len({first["article_id"], *(a["article_id"] for a in first["also"])}) == 3
    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        page = c.get(f"/story/{story['id']}").text
        assert group["entity_id"]
        actor = c.get(f"/entity/{group['entity_id']}").text
    item = next(li for li in page.split("<li") if "حريصة كل الحرص" in li)
    assert item.count('class="cite"') == 2, item  # one per outlet: الساحل and الوادي
    assert actor.count("حريصة كل الحرص") == 1


def test_an_unknown_address_is_shown_the_right_way_round_with_the_page_meant(tmp_path):
    """A newcomer typed /stories/s-786d0977dad9 (the API's plural): the Arabic «غير موجود» page showed the address
    mirrored, «stories/s-786d0977dad9/», and nothing to do next. In the real headless Chromium the address reads
    left to right, and the page links the one meant, /story/… (an address of no page links the home page)."""
    from browser_support import launch, require_chromium
    from conftest import PARK_ARTICLE, processed_reports, running_server

    require_chromium()
    db = processed_reports(tmp_path, [("p1", "2026-06-01", "صحيفة الساحل", PARK_ARTICLE)])
    with running_server(db) as base, launch() as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 700})
        for lang in ("ar", "en"):
            page.goto(f"{base}/stories/s-786d0977dad9?lang={lang}")
            order = page.evaluate("""() => {
                const p = [...document.querySelectorAll('main p, p')].find(e => e.textContent.includes('s-786d'));
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                let t = walker.nextNode(); while (t && !t.textContent.includes('/stories')) t = walker.nextNode();
                const i = t.textContent.indexOf('/stories'), j = t.textContent.indexOf('9', i + 20);
                const r = document.createRange();
                r.setStart(t, i); r.setEnd(t, i + 1); const slash = r.getBoundingClientRect().left;
                r.setStart(t, j); r.setEnd(t, j + 1); const last = r.getBoundingClientRect().left;
                return slash < last;
            }""")
            assert order is True, lang
            assert page.get_attribute("a.suggest", "href") == "/story/s-786d0977dad9", lang
        page.goto(f"{base}/nowhere?lang=ar")
        assert page.locator("main a[href='/'], p a[href='/']").count() >= 1


def test_a_statement_is_headed_by_its_speaker_s_name_without_tatweel():
    """/api/quotes on SaudiNewsNet 2015-08-02 headed its first statement (six outlets) «سـالم سعـيد كبيش»: the
    longest spelling, made longest by one page's tatweels. The group takes the fullest name written plainest."""
    from marsad.nlp.quote_records import QuoteRecord, group_quotes

    said = "الخطة الجديدة للنقل العام ستخفض زحام الطرق في العاصمة خلال عامين"
    records = [QuoteRecord(f"a{i}", f"r#{i}", outlet, "indirect", {"text": name, "name_ar": name}, name, "وقال",
                           said, None, 0, len(said), [0, len(said)], [0, 4])
               for i, (outlet, name) in enumerate([("sahil", "مـنصور عـادل الراشد"), ("wadi", "منصور عادل الراشد"),
                                                   ("nakhla", "مـنصور عادل الراشد")])]
    [group] = group_quotes(records)
    assert group.speaker_name == "منصور عادل الراشد"


def test_stories_entities_and_statements_are_paged_as_articles_are(demo_db):
    """/api/stories took no ``after``: asked for the page after a story (as the CLI's --after pages), it answered
    the first page again, and SaudiNewsNet 2015-08-02's 4,437 actors past /api/entities' largest limit (1,000)
    could not be reached. Each listing answers ``next``, the ``after`` of the page that follows; paged through,
    every row comes once; an ``after`` that names no row is a 404 saying so."""
    from conftest import get_json, running_server

    with running_server(demo_db) as base:
        for path, size in (("/api/stories", 1), ("/api/entities", 25), ("/api/quotes", 10)):
            status, whole = get_json(f"{base}{path}?limit=1000")
            assert status == 200 and whole["next"] is None
            seen, after = [], None
            while True:
                status, page = get_json(f"{base}{path}?limit={size}" + (f"&after={after}" if after else ""))
                assert status == 200 and len(page["items"]) <= size
                seen += [row["id"] for row in page["items"]]
                after = page["next"]
                if after is None:
                    break
                assert after == page["items"][-1]["id"]
            assert seen == [row["id"] for row in whole["items"]] and len(seen) > size, path
            status, error = get_json(f"{base}{path}?after=nobody-at-all")
            assert status == 404 and "nobody-at-all" in error["detail"], path


def test_the_home_page_s_more_outlets_is_a_chip_naming_them(tmp_path):
    """The home page's story of ten outlets read «… الوطن السعودية 4+ 1 أغسطس 2015»: a bare «+4», turned around by
    the Arabic line, ran into the story's first day. In the real headless Chromium it reads «+4», in a chip of its
    own apart from the date, and its title names the outlets it stands for."""
    from browser_support import launch, require_chromium
    from conftest import processed_reports, running_server

    require_chromium()
    said = ("افتتحت وزارة النقل جسرا معلقا جديدا فوق الخليج يربط الجزيرة بالساحل بطول ثلاثة كيلومترات. "
            "وقال وزير النقل إن الجسر سيختصر الرحلة بين الضفتين إلى عشر دقائق.")
    outlets = ["صحيفة الساحل", "جريدة المرفأ", "وكالة الرمال", "موقع الواحة", "صحيفة النخلة", "إذاعة الشاطئ",
               "صحيفة الجبل", "موقع السهل"]
    db = processed_reports(tmp_path, [(f"r{i}", "2026-06-01", o, said) for i, o in enumerate(outlets)])
    with running_server(db) as base, launch() as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        for lang in ("ar", "en"):
            page.goto(f"{base}/?lang={lang}")
            got = page.evaluate("""() => {
                const span = [...document.querySelectorAll('.story-card .meta span')]
                    .find(s => /^\\+\\d+$/.test(s.textContent.trim()));
                if (!span) return null;
                const t = span.firstChild, r = document.createRange();
                r.setStart(t, 0); r.setEnd(t, 1); const plus = r.getBoundingClientRect().left;
                r.setStart(t, 1); r.setEnd(t, 2); const digit = r.getBoundingClientRect().left;
                return {order: plus < digit, border: parseFloat(getComputedStyle(span).borderTopWidth),
                        title: span.title, text: span.textContent.trim()};
            }""")
            assert got is not None and got["order"] and got["border"] > 0, (lang, got)
            assert got["text"] == "+2" and got["title"].count("،" if lang == "ar" else ",") == 1, (lang, got)


def test_an_actor_s_chart_says_its_days_and_counts(tmp_path):
    """Kerry's page on SaudiNewsNet 2015-08-02 drew «articles over time» as one green bar with no day and no number
    (both only in a tooltip), and the tooltip's 19 stood beside the page's «22 مقالا» unexplained. In the real headless
    Chromium the chart says its days, its busiest day with its count and unit, and that copies count once."""
    from browser_support import launch, require_chromium
    from conftest import processed_reports, running_server

    require_chromium()
    text = "افتتحت أمانة منطقة الرياض حديقة عامة جديدة في حي الياسمين بمساحة عشرين ألف متر مربع ({})."
    db = processed_reports(tmp_path, [("d1", "2026-06-01", "صحيفة الساحل", text.format("أ")),
                                      ("d2", "2026-06-02", "صحيفة الساحل", text.format("ب") + " وتضم ملاعب."),
                                      ("d3", "2026-06-02", "جريدة المرفأ", "زار وفد من الرياض معرض الكتاب في "
                                       "المدينة أمس واطلع على أجنحة دور النشر المشاركة فيه.")])
    with running_server(db) as base, launch() as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.goto(f"{base}/entity/loc:riyadh?lang=ar")
        caption = page.locator("section:has(svg.chart) p").inner_text()
        assert "1 – 2 يونيو 2026" in caption and "تقرير" in caption, caption  # (one month said once: usability48)
        page.goto(f"{base}/entity/loc:riyadh?lang=en")
        caption = page.locator("section:has(svg.chart) p").inner_text()
        assert "busiest: 2 Jun 2026, 2 reports" in caption and "،" not in caption, caption


def test_an_english_day_in_an_arabic_line_reads_left_to_right(demo_db):
    """The English story page of SaudiNewsNet 2015-08-02's Kerry story dated its Arabic timeline lines «Jul 2015 30»,
    «Aug 2015 2» (the day's number put after the year by the line's direction) and a range «26 Jul 2015 – 20 Jul
    2015» (the range now reads from its first day too). In the real headless Chromium an English day reads «30 Jul
    2015» in an Arabic line; the Arabic page keeps its own order."""
    from browser_support import launch, require_chromium
    from conftest import running_server

    import marsad

    require_chromium()
    with marsad.open(demo_db) as m:
        ids = [s["id"] for s in m.stories(min_size=2, limit=5)]
    wrong = """() => [...document.querySelectorAll('[dir=rtl] time.day')].map(tm => {
        const t = tm.firstChild, s = t.textContent, r = document.createRange();
        const d = s.search(/\\d/), y = s.search(/\\d{4}/);
        if (d === y) return null;  // a month and year only
        r.setStart(t, d); r.setEnd(t, d + 1); const day = r.getBoundingClientRect().left;
        r.setStart(t, y); r.setEnd(t, y + 1); const year = r.getBoundingClientRect().left;
        return (document.documentElement.lang === 'en') === (day < year) ? null : s;
    })"""
    with running_server(demo_db) as base, launch() as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        for lang in ("en", "ar"):
            checked = []
            for sid in ids:
                page.goto(f"{base}/story/{sid}?lang={lang}")
                checked += page.evaluate(wrong)
            assert [s for s in checked if s is not None] == [] and len(checked) >= 3, (lang, checked)


def test_a_town_no_list_knows_beside_a_reporter_s_full_name_is_no_writer():
    """Al-Jazirah's «القريات - فلان الفلاني:», «النماص - …» and Al-Yaum's «فلان الفلاني - سيهات» gave two writers, the
    town no list of places knows and the reporter; «متابعة - الرياض الإلكتروني» gave «متابعة» and the paper's own web
    edition. A byline gives a reporter's full name: a single word beside a name of two or more words is where it was
    filed from (or a credit's word), and an outlet's web edition is the outlet."""
    from test_outlets import _authored

    assert _authored("القريات - فيصل الشمري:", "aljazirah") == (["فيصل الشمري"], None)
    assert _authored("زياد المالكي - سيهات", "alyaum") == (["زياد المالكي"], None)
    assert _authored("تحليل - رنا العتيبي:", "aljazirah") == (["رنا العتيبي"], None)
    assert _authored("متابعة - الرياض الإلكتروني", "alriyadh") == ([], None)
    # two reporters, or a reporter and a two-word town, stay as they were
    assert _authored("القاهرة: هدى سالم، مازن فهد", "alwatan")[0] == ["هدى سالم", "مازن فهد"]
    assert _authored("سامي الحربي", "alyaum") == (["سامي الحربي"], None)
