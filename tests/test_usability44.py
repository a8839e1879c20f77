"""A new analyst's first hour, round 44: what they stumbled on, each held to the fix (own Arabic throughout)."""

from __future__ import annotations

import pytest

from conftest import cli, processed_reports

# One statement of an Omani minister reported by two outlets, after a report of a third outlet stored first.
REPORTS = [
    ("r1", "2026-03-13", "صحيفة الساحل",
     "افتتح محافظ المدينة معرضا للكتاب يوم الجمعة. وقال المحافظ إن المعرض يضم مئتي دار نشر من عشر دول عربية."),
    ("r2", "2026-03-14", "جريدة المرفأ",
     "وصل وزير الخارجية العماني بدر البوسعيدي إلى بغداد قادما من مسقط يوم السبت. وقال البوسعيدي في مؤتمر صحفي: "
     "\"نريد أن تكون الحدود جسرا للتجارة لا ممرا للتهريب\"."),
    ("r3", "2026-03-14", "وكالة الرمال",
     "بدأ وزير الخارجية العماني بدر البوسعيدي زيارة إلى بغداد. وقال البوسعيدي للصحفيين: \"نريد أن تكون الحدود "
     "جسرا للتجارة لا ممرا للتهريب\"."),
]


@pytest.fixture(scope="module")
def reports_db(tmp_path_factory):
    return processed_reports(tmp_path_factory.mktemp("u44"), REPORTS)


def test_api_quotes_limit_counts_statements_as_the_cli_does(reports_db):
    """/api/quotes?limit=1 took the store's first quote and grouped it alone (one outlet, another id), while
    `marsad quotes --limit 1` shows the statement two outlets reported; now both answer that statement."""
    from fastapi.testclient import TestClient

    import marsad
    from marsad.nlp.quote_records import QuoteQuery
    from marsad.web.app import WebSettings, create_app

    with marsad.open(str(reports_db)) as m:
        widest = m.quotes()[0]
        assert [g.id for g in m.quotes(QuoteQuery(limit=1))] == [widest.id]  # the library's limit counts groups too
    assert len(widest.outlets) == 2  # the statement of both outlets leads the listing
    with TestClient(create_app(WebSettings(db=str(reports_db)))) as c:
        first = c.get("/api/quotes", params={"limit": 1}).json()["items"]
        both = c.get("/api/quotes", params={"speaker": "البوسعيدي", "limit": 1}).json()["items"]
    assert [g["id"] for g in first] == [widest.id]
    assert sorted(q["outlet"] for q in first[0]["quotes"]) == ["جريدة المرفأ", "وكالة الرمال"]
    assert [g["id"] for g in both] == [widest.id]


def test_grouping_quotes_finds_the_same_groups_as_every_pair():
    """The grouping looks only at the rarer words of each wording: the groups are those of every pair compared."""
    from itertools import combinations

    from marsad.nlp.quote_records import GroupOptions, QuoteRecord, _content_words, _same_speaker, group_quotes

    said = ["الحدود جسر للتجارة لا ممر للتهريب", "نريد أن تكون الحدود جسرا للتجارة", "الحدود جسر للتجارة",
            "سنفتح خطا ملاحيا بين البصرة وصحار في يونيو", "الخط الملاحي بين البصرة وصحار يبدأ في يونيو",
            "الأزمة ستنتهي خلال أسبوعين", "الأزمة ستنتهي خلال أسبوعين بعد تشغيل المحطة الجديدة",
            "المحطة الجديدة تعمل بعد أسبوعين", "لا صحة لهذه الأنباء", "الحدود", "للتجارة للتهريب جسر"]
    quotes = [QuoteRecord(article_id=f"a{i}", origin="", outlet=f"o{i % 3}", kind="direct",
                          speaker={"name_ar": "بدر البوسعيدي"}, speaker_name="بدر البوسعيدي", cue="قال",
                          content=text, via=None, start=i, end=i + 1, sentence=[], cue_span=[])
                for i, text in enumerate(said * 2)]
    opts = GroupOptions()
    parent = list(range(len(quotes)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(quotes)), 2):  # what the grouping means, pair by pair
        wi, wj = _content_words(quotes[i].content), _content_words(quotes[j].content)
        inter, small = len(wi & wj), min(len(wi), len(wj))
        if not inter or (small < opts.min_words and wi != wj):
            continue
        if inter / small >= opts.containment and inter / len(wi | wj) >= opts.jaccard and \
                _same_speaker(quotes[i], quotes[j]):
            parent[find(i)] = find(j)
    expected = {frozenset(i for i in range(len(quotes)) if find(i) == r) for r in set(map(find, range(len(quotes))))}
    got = {frozenset(int(q.article_id[1:]) for q in g.quotes) for g in group_quotes(quotes)}
    assert got == expected
    assert any(len(g) > 2 for g in got)  # (some wordings do group)


def test_a_story_id_is_never_cut_in_a_listing(capsys):
    """`marsad stories` showed a story split off another, s-ede2fe0176be-1, as «s-ede2fe0176b…»: pasted into
    `marsad story`, that is the start of two stories. The id column widens to the longest id shown."""
    from marsad.cli.core import table

    table([{"id": "s-ede2fe0176be", "title": "أرباح الشركة"}, {"id": "s-ede2fe0176be-1", "title": "أرباح أخرى"}],
          [("id", "id", 14), ("title", "title", 0)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split()[0] == "s-ede2fe0176be-1"
    assert lines[1].index("أرباح") == lines[2].index("أرباح")  # still aligned


def test_a_folder_s_files_of_other_kinds_are_named(tmp_path, capsys):
    """A folder holding a feed saved as .xml and a page saved as .php: both were passed over without a word."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.html").write_text(
        "<html lang='ar'><head><meta charset='utf-8'><title>افتتاح معرض الكتاب</title></head><body><h1>افتتاح معرض "
        "الكتاب</h1><p>" + "افتتح محافظ المدينة معرضا للكتاب يوم الجمعة بمشاركة مئتي دار نشر من عشر دول عربية. " * 3
        + "</p></body></html>", encoding="utf-8")
    (folder / "settings.xml").write_text("<?xml version='1.0'?><settings><theme>dark</theme></settings>",
                                         encoding="utf-8")
    (folder / "page.php").write_text("<html></html>", encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(tmp_path / "t.db"), "ingest", str(folder))
    assert rc == 0
    assert "1 article added" in err
    assert "left out 2 files of the folder" in err and "1 .xml" in err and "1 .php" in err


def test_a_feed_saved_in_a_folder_is_read_as_a_feed_not_left_out(tmp_path, capsys):
    """A folder's .xml was passed over whole, also a feed that carries its articles' text (read when named alone)."""
    from test_ingest_saved_feed import RSS

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    (folder / "teasers.rss").write_text("<?xml version='1.0'?><rss><channel><title>موجز</title><item><title>خبر"
                                        "</title><link>https://x.example/1</link></item></channel></rss>",
                                        encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(tmp_path / "t.db"), "ingest", str(folder))
    assert rc == 0 and "1 article added" in err and "left out" not in err
    assert "teasers.rss" in err and "lists articles that lie elsewhere" in err  # refused, saying why


def test_a_part_of_a_name_only_one_actor_has_asks_for_no_other(reports_db, capsys):
    """`marsad entity البوسعيدي` said «taken as …; give an id for another» when no other actor has the name."""
    rc, out, err = cli(capsys, "--db", str(reports_db), "entity", "البوسعيدي")
    assert rc == 0 and "taken as" in err
    assert "another" not in err


def test_counts_of_one_are_singular(reports_db, capsys):
    """`marsad entity` printed «1 articles» beside an actor seen in one article."""
    rc, out, _ = cli(capsys, "--db", str(reports_db), "entity", "مسقط")
    assert rc == 0
    assert "1 mention in 1 article\n" in out
    rc, out, _ = cli(capsys, "--db", str(reports_db), "entity", "البوسعيدي")
    assert "   1 article   " in out and "1 articles" not in out


def test_a_function_word_behind_a_conjunction_is_no_counted_noun():
    """«عملية واحدة وسوف تستمر» gave a story the agreed figure «عدد وسوف: 1»."""
    from marsad.stories.facts import quantities

    assert quantities("وقال إن هذه ليست عملية واحدة وسوف تستمر الضربات حتى زوال الخطر") == []
    assert [(q.value, q.noun) for q in quantities("وحضر اللقاء 25 ولي أمر من طلاب المدرسة")] == [(25.0, "ولي")]


COPIES = [
    ("c1", "2026-03-20", "صحيفة الساحل",
     "قصفت المقاتلات سبعة أهداف للمتمردين في الجبال ليل الجمعة، وقالت وزارة الدفاع إن العملية مستمرة حتى زوال "
     "الخطر عن القرى الحدودية. وأعلنت الشرطة توقيف 120 شخصا للاشتباه في صلتهم بالجماعة المسلحة."),
    ("c2", "2026-03-20", "صحيفة الساحل",
     "قصفت المقاتلات سبعة أهداف للمتمردين في الجبال ليل الجمعة، وقالت وزارة الدفاع إن العملية مستمرة حتى زوال "
     "الخطر عن القرى الحدودية. وأعلنت الشرطة توقيف 120 شخصا للاشتباه في صلتهم بالجماعة المسلحة."),
    ("c3", "2026-03-20", "وكالة الرمال",
     "أعلنت وزارة الدفاع أن مقاتلاتها قصفت ليل الجمعة سبعة أهداف للمتمردين في المنطقة الجبلية قرب الحدود، وأن "
     "الشرطة أوقفت 120 شخصا يشتبه في صلتهم بالجماعة المسلحة، مؤكدة أن العملية مستمرة."),
]


def test_a_sentence_an_outlet_wrote_twice_is_shown_once(tmp_path):
    """A page stored twice (its copy under another address) showed each agreed figure twice in its outlet's words."""
    import marsad

    db = processed_reports(tmp_path, COPIES)
    with marsad.open(str(db)) as m:
        story = max(m.stories(), key=lambda s: s["size"])
        assert story["size"] == 3
        agreements = m.story(story["id"])["comparison"]["agreements"]
    facts = [a for a in agreements if a["kind"] == "fact"]
    assert facts
    for a in facts:
        said = [(s["outlet"], s["text"]) for s in a["sentences"]]
        assert len(said) == len(set(said)), said
        assert sorted(a["outlets"]) == ["صحيفة الساحل", "وكالة الرمال"]


def test_an_actor_s_articles_over_time_count_them_all(tmp_path, monkeypatch):
    """The entity page's «articles over time» counted the 50 articles it lists: an actor of 79 articles in one day
    read «2015-07-26: 50»."""
    import marsad
    import marsad.nlp.entity_queries as queries
    from marsad.web.data import entity_page

    reports = [(f"m{i}", "2026-03-14" if i < 4 else "2026-03-15", "صحيفة الساحل",
                f"استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط الوفد رقم {i} من رجال الأعمال العراقيين.")
               for i in range(7)]
    db = processed_reports(tmp_path, reports)
    detail = queries.entity_detail
    monkeypatch.setattr(queries, "entity_detail", lambda store, key, limit=3: detail(store, key, limit=limit))
    with marsad.open(str(db)) as m:  # a page that lists 3 of the actor's 7 articles
        view = entity_page(m.store, m.entity("البوسعيدي")["entity"]["id"])
    assert view["article_count"] == 7 and len(view["articles"]) == 3
    assert view["over_time"] == [{"date": "2026-03-14", "articles": 4}, {"date": "2026-03-15", "articles": 3}]


def test_the_story_page_cites_every_outlet_a_summary_sentence_has(tmp_path):
    """`marsad story` cites a summary sentence to each outlet that reports it («[الرمال, الساحل]»); the story page
    cited one, so a reader saw one outlet's claim where two agreed. An article without an outlet is named on the page
    by its address's host, as in the page's citations, not «مصدر غير معروف»."""
    import re

    from fastapi.testclient import TestClient

    import marsad
    from marsad.web.app import WebSettings, create_app

    db = processed_reports(tmp_path, COPIES[1:] + [("c4", "2026-03-20", "", COPIES[2][3].replace("مؤكدة", "وأكدت"))])
    with marsad.open(str(db)) as m:
        story = max(m.stories(), key=lambda s: s["size"])
        view = m.story(story["id"])
    two = next(s for s in view["summary"] if len(s["outlets"]) >= 2)
    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        page = c.get(f"/story/{story['id']}").text
    summary = re.search(r'<ol class="summary".*?</ol>', page, re.S).group(0)
    item = next(li for li in re.findall(r"<li>.*?</li>", summary, re.S) if two["text"][:40] in li)
    for outlet in two["outlets"]:
        assert f"[{outlet}]" in item
    outlets = re.search(r"<h2>وسائل الإعلام</h2>.*?</section>", page, re.S).group(0)
    assert "example.org" in outlets and "مصدر غير معروف" not in outlets


def test_a_footer_s_next_page_command_can_be_pasted_into_a_shell(tmp_path, capsys):
    """`marsad rejections` ended «--after /…/2015-07-26.zip!2015-07-26.json#287»: pasted into bash, «!2015» is a
    history expansion («event not found»). The key is quoted for the shell, as the footer's filters are."""
    import json
    import shlex
    import zipfile

    export = tmp_path / "day.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr("day.json", json.dumps([{"title": f"خبر {i}", "content": " "} for i in range(3)]
                                          + [{"title": "خبر", "content": REPORTS[0][3]}], ensure_ascii=False))
    db = str(tmp_path / "t.db")
    assert cli(capsys, "--db", db, "ingest", str(export))[0] == 0
    rc, out, _ = cli(capsys, "--db", db, "rejections", "--limit", "1")
    footer = out.strip().splitlines()[-1]
    command = shlex.split(footer.split("more: ", 1)[1].split("   (")[0])
    key = command[command.index("--after") + 1]
    assert "!" in key and f"'{key}'" in footer  # single quotes: no history expansion, no comment at #
    rc, out, _ = cli(capsys, *command[1:])
    assert rc == 0 and key not in out and "#1" in out


def test_map_takes_date_for_the_publication_date(tmp_path, capsys):
    """`--map date=when` was refused («bad --map field 'date': one of text, title, url, outlet, published_at, …»):
    `date` is the name a user, and many exports, reach for. It maps the publication date."""
    import json

    export = tmp_path / "x.jsonl"
    export.write_text(json.dumps({"body": REPORTS[0][3], "when": "2026-03-13", "paper": "صحيفة الساحل"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    rc, _, err = cli(capsys, "--db", db, "ingest", str(export), "--map", "date=when,source=paper")
    assert rc == 0, err
    rc, out, _ = cli(capsys, "--db", db, "articles", "--json")
    row = json.loads(out.splitlines()[0])
    assert row["published_at"] == "2026-03-13" and row["outlet"] == "صحيفة الساحل"


def test_a_search_without_words_says_what_it_expects(reports_db):
    """/api/search with no q answered pydantic's «Field required»; the CLI's words say what q takes."""
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    with TestClient(create_app(WebSettings(db=str(reports_db)))) as c:
        r = c.get("/api/search")
    assert r.status_code == 422
    assert r.json()["detail"][0]["msg"] == "q expects words to look for, e.g. بيونج يانج, and none was given"


def test_a_quote_an_outlet_printed_twice_is_one_line(tmp_path, capsys):
    """`marsad quotes` listed a page and its copy (one outlet, one wording) as two lines of a statement «reported by
    2 outlets»; one line now names both articles."""
    db = processed_reports(tmp_path, COPIES)
    rc, out, _ = cli(capsys, "--db", str(db), "quotes")
    assert rc == 0
    lines = [line for line in out.splitlines() if line.startswith("  صحيفة الساحل [") and "العملية مستمرة" in line]
    assert len(lines) == 1 and "(also " in lines[0], out


def test_a_run_with_nothing_to_do_says_no_office_change_is_new(tmp_path, capsys):
    """`marsad process` with nothing to do repeated «13 office changes, 5 learned», read as work done again."""
    report = ("2026-03-10", "صحيفة الساحل", "عين مجلس الوزراء أمس سالم بن راشد الكندي رئيسا لهيئة الموانئ خلفا "
              "لعلي بن سعيد المعمري الذي أحيل إلى التقاعد، وقال الكندي إن أولويته تطوير ميناء صحار.")
    db = processed_reports(tmp_path, [("o1", *report)])
    rc, _, err = cli(capsys, "--db", str(db), "process")
    assert rc == 0
    assert "office changes: " in err and ", 0 new" in err
