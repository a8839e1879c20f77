"""A journalist's evening with the web UI, round 48: each stumble held to its fix on `marsad serve` in headless Chromium
(own Arabic throughout: a flood in an invented province, and its governor's visit to a school a week later)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from browser_support import SHOTS, launch, require_chromium
from conftest import processed_reports, running_server

pytestmark = pytest.mark.browser
require_chromium()

_SPOKEN = [
    "وقال مدير الدفاع المدني العقيد فهد القحطاني إن فرق الإنقاذ عملت طوال الليل لإخلاء القرى القريبة من مجرى الوادي.",
    "وقال وزير الزراعة خالد المطيري إن الأضرار التي لحقت بالمزارع كبيرة وتحتاج إلى حصر دقيق قبل صرف التعويضات.",
    "وأكد رئيس البلدية ماجد العنزي أن الطرق الرئيسية ستفتح أمام السيارات خلال يومين بعد إزالة الطمي والحجارة.",
    "وقالت مديرة المستشفى العام نورة الشهري إن المستشفى استقبل 14 مصابا حالتهم مستقرة وغادر أغلبهم.",
    "وأوضح المتحدث باسم الهلال الأحمر عادل الزهراني أن المتطوعين وزعوا ثلاثة آلاف وجبة على الأسر في مراكز الإيواء.",
    "وقال الخبير في الأرصاد الجوية يوسف البلوي إن الأمطار ستتراجع ابتداء من يوم الأحد مع ارتفاع درجات الحرارة.",
]
_BACKGROUND = [
    "وكانت المحافظة قد شهدت سيولا مماثلة قبل عشر سنوات، غمرت فيها المياه السوق القديم وجرفت عددا من الجسور الصغيرة.",
    "ويعتمد سكان القرى المنخفضة على الزراعة وتربية المواشي، وتقع أغلب مزارعهم على ضفتي الوادي الطويل.",
    "وطالب عدد من السكان بإنشاء سدود صغيرة على روافد الوادي لحماية القرى من السيول في المواسم المقبلة.",
    "وتواصل فرق البلدية تنظيف الشوارع من الطمي، فيما فتحت المدارس أبوابها لإيواء الأسر التي غادرت منازلها.",
    "ونقلت الجهات المختصة المواشي إلى حظائر مؤقتة على المرتفعات، وتعمل فرق الكهرباء على إعادة التيار إلى الأحياء.",
]
ARREST = "واعتقلت السلطات الأردنية أمس ثلاثة رجال بتهمة تهريب المواشي عبر الحدود إلى المحافظة."
# a figure two outlets agree on, the second far into a long sentence
HOMES = "وبلغ عدد المنازل المتضررة 86 منزلا بحسب غرفة العمليات في المحافظة."
HOMES_LATE = ("وفي حصيلة أولية نشرتها غرفة العمليات مساء أمس بعد اجتماع طويل ضم ممثلين عن الدفاع المدني والبلدية "
              "والصحة والهلال الأحمر والزراعة والكهرباء والمياه والتعليم، وبعد جولات ميدانية على القرى المنخفضة "
              "والمرتفعة وعلى المزارع القريبة من مجرى الوادي، بلغ عدد المنازل المتضررة 86 منزلا.")
# the sentence the story cites from the long report: far down a phone's screen
LATE = "وأعلن محافظ وادي الريم سالم الحارثي أمس الجمعة إجلاء 320 أسرة من منازلها في القرى المنخفضة بسبب السيول."
REPORTS = [
    ("f1", "2026-05-02", "صحيفة الساحل", "\n\n".join(
        ["اجتاحت السيول محافظة وادي الريم بعد أمطار غزيرة استمرت ساعات، وغمرت المياه عشرات المزارع والطرق."]
        + _BACKGROUND + _SPOKEN + [HOMES, LATE])),
    ("f2", "2026-05-02", "صحيفة الوادي", "أعلن محافظ وادي الريم سالم الحارثي أمس الجمعة إجلاء 320 أسرة من منازلها "
     "في القرى المنخفضة بعد أن اجتاحت السيول المحافظة. " + _SPOKEN[0] + " " + HOMES_LATE),
    ("f3", "2026-05-03", "وكالة النخيل", "أجلت السلطات في محافظة وادي الريم 320 أسرة من منازلها في القرى المنخفضة "
     "بعد أن اجتاحت السيول المحافظة يوم الجمعة، بحسب المحافظ سالم الحارثي. " + _SPOKEN[1]),
    ("s1", "2026-05-10", "صحيفة الساحل", "افتتح محافظ وادي الريم سالم الحارثي أمس مدرسة جديدة للبنات في قرية "
     "العين تتسع لستمئة طالبة، وتجول في فصولها ومختبراتها برفقة مدير التعليم."),
    ("s2", "2026-05-10", "صحيفة الوادي", "افتتح محافظ وادي الريم سالم الحارثي مدرسة جديدة للبنات في قرية العين "
     "تتسع لستمئة طالبة، بحضور مدير التعليم وعدد من أولياء الأمور."),
    ("t1", "2026-05-12", "وكالة النخيل", "وقال رئيس الوزراء التركي الأسبق أحمد داود أوغلو في محاضرة ألقاها أمس "
     "بجامعة الريم إن التعاون بين الجامعات في المنطقة يحتاج إلى برامج مشتركة للبحث العلمي."),
    ("e1", "2026-05-13", "صحيفة الوادي", "شهدت محافظة الريم أسبوعا هادئا بعد انحسار السيول. " + ARREST
     + " وعادت الأسواق إلى العمل كالمعتاد."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return processed_reports(tmp_path_factory.mktemp("evening"), REPORTS)


@pytest.fixture(scope="module")
def server(store):
    with running_server(store) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def _get(url: str):
    import urllib.request

    with urllib.request.urlopen(url) as r:
        return json.load(r)


def _flood_and_school(server: str) -> tuple[dict, dict]:
    """The flood's story (three reports) and the school's (two)."""
    stories = _get(server + "/api/stories?limit=10")["items"]
    return stories[0], stories[1]


def test_a_citation_opens_the_report_on_the_sentence_it_cites(server, browser):
    """SaudiNewsNet 2015-07-25, Turkey's strikes: every «[الرياض]» after a timeline line, a summary sentence or a
    quote opened the top of a report (up to 18 paragraphs, 3,287 characters), and the sentence had to be hunted for
    (on a phone, screens below); the sentences compared side by side under «نقاط الاتفاق» named their outlet with no
    link at all. A citation now opens its report on the sentence, marked."""
    flood, _ = _flood_and_school(server)
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page.goto(f"{server}/story/{flood['id']}")
    item = page.locator("ol.timeline li", has_text="بسبب السيول")
    item.locator("a.cite", has_text="الساحل").click()
    page.wait_for_load_state()
    marked = " ".join(page.locator("mark.cited").all_inner_texts())
    assert " ".join(marked.split()) == LATE, marked
    box = page.locator("#cited").bounding_box()
    assert box and 0 <= box["y"] < 844, f"the cited sentence is off the screen: {box}"
    assert box["y"] + page.evaluate("window.scrollY") > 844, "the sentence was on the first screen: nothing tested"
    page.screenshot(path=str(SHOTS / "usability48-cited-phone.png"))

    page.goto(f"{server}/story/{flood['id']}")
    compared = page.locator(".claim blockquote cite")
    assert compared.count() > 0
    assert compared.count() == page.locator(".claim blockquote cite a[href*='at=']").count(), \
        "a sentence compared across outlets names its outlet without a link to it"
    for link in (page.locator("ol.summary a.cite").first, page.locator("ul.quotes a.cite").first):
        assert "#cited" in (link.get_attribute("href") or "")
    page.close()


def test_an_actor_s_page_leads_to_each_story_it_is_in(server, browser, store):
    """Following Davutoglu or Obama from story to story: the actor's page listed articles one by one (the first 50)
    and `marsad stories` took no actor, as `marsad articles --entity` does. The page lists its stories now, and
    `marsad stories --entity` and /api/stories?entity= filter by it."""
    flood, school = _flood_and_school(server)
    governor = _get(server + "/api/entities/" + "%D8%B3%D8%A7%D9%84%D9%85%20%D8%A7%D9%84%D8%AD%D8%A7%D8%B1%D8%AB%D9%8A")
    eid = governor["entity"]["id"]
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/entity/{eid}")
    links = page.locator("section", has=page.locator("h2", has_text="القصص")).locator("a")
    assert sorted(links.evaluate_all("els => els.map(e => e.getAttribute('href'))")) == sorted(
        [f"/story/{flood['id']}", f"/story/{school['id']}"])
    page.screenshot(path=str(SHOTS / "usability48-actor-stories-phone.png"), full_page=True)
    page.locator(f"a[href='/story/{school['id']}']").click()
    page.wait_for_load_state()
    assert "مدرسة" in page.locator("h1").inner_text()
    page.close()

    listed = subprocess.run([sys.executable, "-m", "marsad", "--db", str(store), "stories", "--entity", "سالم الحارثي",
                             "--json"], capture_output=True, text=True, check=True).stdout
    assert {json.loads(line)["id"] for line in listed.splitlines()} == {flood["id"], school["id"]}
    other = _get(server + "/api/entities/" + "%D9%86%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D8%B4%D9%87%D8%B1%D9%8A")
    assert [s["id"] for s in _get(f"{server}/api/stories?entity={other['entity']['id']}")["items"]] == [flood["id"]]
    unknown = subprocess.run([sys.executable, "-m", "marsad", "--db", str(store), "stories", "--entity", "زيد المجهول"],
                             capture_output=True, text=True)
    assert unknown.returncode == 2 and "no entity" in unknown.stderr


def test_search_results_past_the_first_page_are_a_click_away(server, browser):
    """«داعش» matched 101 reports of the day; the search page showed 29 and said nothing of the rest, with no way to
    them. A page that stops short of the matches ends with a link that shows the next ones too."""
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/search?q=%D8%A7%D9%84%D8%AD%D8%A7%D8%B1%D8%AB%D9%8A&limit=2")  # الحارثي: in all five reports
    assert page.locator("li.result").count() == 2
    more = page.locator("a.more-results")
    assert more.inner_text() == "نتائج أخرى"
    more.click()
    page.wait_for_load_state()
    assert page.locator("li.result").count() == 5
    assert page.locator("a.more-results").count() == 0, "a link to more results when there are none"
    page.close()


def test_more_speakers_are_not_read_as_more_words_of_the_last_one(server, browser):
    """A story's quotes show six speakers and fold the others: «المزيد (57)» stood right under the sixth speaker's
    own «المزيد (3)», and read as more of that speaker's words."""
    flood, _ = _flood_and_school(server)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/story/{flood['id']}")
    section = page.locator("section", has=page.locator("h2", has_text="التصريحات"))
    folded = section.locator(":scope > details > summary")
    assert folded.count() == 1 and folded.inner_text().startswith("متحدثون آخرون"), folded.all_inner_texts()
    page.close()


def _cli(store, *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "marsad", "--db", str(store), *args], capture_output=True, text=True,
                          check=True).stdout


def test_marsad_story_cites_the_report_not_only_its_outlet(server, store):
    """`marsad story` ended each summary sentence, timeline line, quote and compared sentence with outlets alone,
    «[الرياض]», of a story with seven reports of Al-Riyadh: which one to quote, and to `marsad show`, was anyone's
    guess. Each outlet now comes with the start of its report's id."""
    flood, _ = _flood_and_school(server)
    out = _cli(store, "story", flood["id"])
    line = next(ln for ln in out.splitlines() if "بسبب السيول" in ln)
    long_report = next(a["id"] for a in flood["articles"] if LATE in _cli(store, "show", a["id"]))
    assert f"صحيفة الساحل {long_report[:8]}" in line, line  # ... which `marsad show` takes
    quoted = next(ln for ln in out.splitlines() if "فرق الإنقاذ" in ln)
    assert re.search(r"صحيفة الساحل [0-9a-f]{8}, صحيفة الوادي [0-9a-f]{8}", quoted), quoted


def test_marsad_quotes_names_the_speaker_in_arabic(store):
    """`marsad quotes` headed a known actor's statements with the English name alone, «Ahmet Davutoğlu», for a
    journalist reading Arabic papers in Arabic; the Arabic name leads now, the English one after it."""
    out = _cli(store, "quotes")
    head = next(ln for ln in out.splitlines() if "Davuto" in ln)
    assert "أحمد داود أوغلو / Ahmet Davutoğlu" in head, head


def test_a_compared_figure_is_marked_and_never_folded_away(server, browser):
    """The story of Turkey's strikes agreed on «عدد بجروح — 2» beside Al-Madina's sentence of 497 characters cut at
    200: its «اثنين بجروح» was in the folded part, and the reader saw a sentence without the figure it was shown
    for. The figure is marked, and a fold comes after it."""
    flood, _ = _flood_and_school(server)
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/story/{flood['id']}")
    claim = page.locator(".claim.agree", has_text="86")
    late = claim.locator("blockquote", has_text="صحيفة الوادي").locator("mark")
    assert late.count() == 1 and late.inner_text() == "86 منزلا" and late.is_visible()
    page.close()


def test_a_named_day_in_a_report_dated_by_its_fetch_is_no_bound(tmp_path):
    """SaudiNewsNet's pages are dated by their fetch, so a day their text counts from it («الاثنين») is told «≤»;
    but «≤ 2015-06-07» stood before «الانتخابات التشريعية التي جرت في السابع من حزيران/يونيو», and «≤ 2015-06»
    before «في يونيو»: a day or a month the text names is not counted from the fetch (its year alone is)."""
    import marsad

    body = ("أعلنت هيئة الانتخابات في محافظة الريم النتائج النهائية للانتخابات البلدية التي جرت في السابع من "
            "آذار/مارس، وفاز فيها المرشح سامي العتيبي بمقعد الدائرة الأولى بفارق كبير عن منافسيه. "
            "وكانت الهيئة قد أغلقت باب الطعون الاثنين بعد أن نظرت في اثنتي عشرة شكوى من المرشحين والناخبين.")
    records = [{"source": outlet, "url": f"http://{outlet}.example/news/{n}", "title": "نتائج الانتخابات البلدية",
                "date_extracted": "2026-03-14 09:30:00", "author": "", "content": body}
               for n, outlet in ((17, "sahil"), (18, "wadi"))]
    records[1]["content"] = body.replace("بفارق كبير عن منافسيه", "بعد فرز الأصوات في كل المراكز")
    path = tmp_path / "export.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with marsad.open(str(tmp_path / "t.db")) as m:
        m.ingest([str(path)])
        m.process()
        [story] = m.stories(min_size=2)
        timeline = {item["date"]: item for item in m.story(story["id"])["timeline"]}
    assert "2026-03-07" in timeline and not timeline["2026-03-07"].get("date_bound"), timeline
    assert timeline["2026-03-09"]["date_bound"] == "on_or_before"  # «الاثنين», counted from the fetch: a bound


def test_a_story_s_days_take_one_line_on_a_phone(server, browser):
    """Every story card of the home page said «24 يوليو 2015 – 25 يوليو 2015», and on a phone the range took a line
    of its own after the outlets and broke in two: one month and year are said once, «24 – 25 يوليو 2015»."""
    from marsad.web.format import day_range

    assert re.sub(r"<[^>]+>", "", str(day_range("2015-07-24", "2015-07-25"))) == "24 – 25 يوليو 2015"
    assert re.sub(r"<[^>]+>", "", str(day_range("2015-06-30", "2015-07-02"))) == "30 يونيو – 2 يوليو 2015"
    assert re.sub(r"<[^>]+>", "", str(day_range("2014-12-30", "2015-01-02"))) == "30 ديسمبر 2014 – 2 يناير 2015"
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(server + "/")
    card = page.locator("li.story-card", has=page.locator(".range")).first
    assert card.locator(".range").inner_text() == "2 – 3 مايو 2026"
    tops = card.locator(".range").evaluate("el => [...el.getClientRects()].map(r => r.top)")
    assert max(tops) - min(tops) < 8, f"the range is broken over lines: {tops}"
    page.close()


def test_an_article_s_event_shows_the_sentence_it_is_read_in(server, browser, store):
    """An article page listed its events as a verb alone, «هجوم تركيا ← داعش قصفت», «اتهام تركيا ← — واتهمت»: a
    fact without the sentence it came from (the actor's page shows it). Each event now shows its sentence, which
    opens the report on it."""
    import marsad

    with marsad.open(str(store), readonly=True) as m:
        [report] = [a for a in m.articles(limit=0) if ARREST in (m.store.get_article(a["id"]).text or "")]
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/article/{report['id']}")
    events = page.locator("section", has=page.locator("h2", has_text="الأحداث"))
    sentence = events.locator("blockquote a")
    assert sentence.count() == 1 and sentence.inner_text() == ARREST
    sentence.click()
    page.wait_for_load_state()
    assert " ".join(page.locator("mark.cited").all_inner_texts()).split() == ARREST.split()
    page.close()


def test_marsad_events_names_the_parties_in_arabic(store):
    """`marsad events` read «Barack Obama → اوهورو كينياتا», «الطائرات التركية → Kurdistan Workers' Party»: English
    names beside the Arabic of the reports. A party is named in Arabic, as the news and the web pages name it."""
    line = next(ln for ln in _cli(store, "events", "--all").splitlines() if "COERCE" in ln)
    assert "الأردن →" in line and "Jordan" not in line, line
