"""What a new user trips on (round 40): ingest's date bounds, the home page, outlets, roles' countries."""

from __future__ import annotations

import pytest

from conftest import PARK_ARTICLE as ARTICLE
from marsad.cli.main import main
from marsad.ingest.warc import WarcFilter


def test_an_archive_bound_of_a_month_takes_all_its_days():
    """`--until 2015-07` kept no record of July (a day compared with a month as text: "2015-07-21" > "2015-07")."""
    july = WarcFilter(until="2015-07")
    assert july.date_ok("2015-07-21T08:00:00Z") and july.date_ok("2015-07-31T23:59:59Z")
    assert not july.date_ok("2015-08-01T00:00:00Z")
    assert WarcFilter(since="2015-07").date_ok("2015-07-01T00:00:00Z")
    assert not WarcFilter(since="2015-08").date_ok("2015-07-31T23:00:00Z")
    assert WarcFilter(since="2015", until="2015").date_ok("2015-12-31T10:00:00Z")


def test_an_archive_bound_that_is_no_date_is_refused():
    """WarcFilter(since="yesterday") kept nothing at all (every capture date sorts before "y")."""
    with pytest.raises(ValueError, match="since expects a date as YYYY-MM-DD"):
        WarcFilter(since="yesterday")
    with pytest.raises(ValueError, match="later than"):
        WarcFilter(since="2015-08", until="2015-07-20")


@pytest.mark.parametrize("flags, said", [
    (["--since", "yesterday"], "--since expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got 'yesterday'"),
    (["--until", "2015-13"], "--until expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got '2015-13'"),
    (["--since", "2015-08-02", "--until", "2015-08-01"], "--since 2015-08-02 is later than --until 2015-08-01"),
])
def test_ingest_refuses_a_bad_date_bound(tmp_path, capsys, flags, said):
    """`ingest --since yesterday` ran, read every record of an archive and kept none: exit 0, nothing stored."""
    page = tmp_path / "park.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    assert main(["--db", str(tmp_path / "m.db"), "ingest", str(page), *flags]) == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / "m.db").exists()


def test_ingest_says_the_archive_filters_do_not_apply_to_files(tmp_path, capsys):
    """`ingest day.zip --since 2015-07-22` stored every article of every day, the bound unread: a flag that did
    nothing, silently. It is refused, naming the command that lists a period."""
    page = tmp_path / "park.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(tmp_path), "--since", "2015-07-22", "--host", "sabq.org"]) == 2
    err = capsys.readouterr().err
    assert "--since, --host filter the records of web archives (WARC/WET) only" in err
    assert "marsad articles --since" in err
    (tmp_path / "crawl.warc.gz").write_bytes(b"\x1f\x8b")  # a folder with an archive: the bounds are for it
    assert main(["--db", db, "ingest", str(tmp_path), "--since", "2015-07-22"]) == 0


def _reports(tmp_path, days: list[str]) -> str:
    """A store of one short report a day, in the order given, ingested from JSON Lines (not processed)."""
    import json

    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps({"title": f"مكتبة الحي {i}", "date": day, "source": "sabq",
                                          "content": f"{ARTICLE} وهذا خبرها رقم {i}."}, ensure_ascii=False) + "\n"
                              for i, day in enumerate(days)), encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(export)]) == 0
    return db


def test_the_home_page_lists_the_latest_news_not_the_last_stored(tmp_path, capsys):
    """A day ingested after a later one filled the home page's latest articles with the older day's news: the
    last 15 stored were shown, sorted among themselves."""
    import marsad
    from marsad.web.data import home_data

    db = _reports(tmp_path, ["2015-07-22", *["2015-07-21"] * 16])
    with marsad.open(db) as m:
        recent = home_data(m.store)["recent"]
    assert [a["published_at"][:10] for a in recent[:2]] == ["2015-07-22", "2015-07-21"]
    assert len(recent) == 15


def test_the_home_page_counts_the_actors_of_the_news(tmp_path, capsys):
    """The home page said «الفاعلون: 9,600» over one article: the whole knowledge base, not who the news names."""
    import marsad
    from marsad.web.data import home_data

    db = str(tmp_path / "m.db")
    story = tmp_path / "visit.txt"
    story.write_text("زيارة رسمية\n\nاستقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأردني أيمن الصفدي، "
                     "وبحث الجانبان العلاقات بين مصر والأردن وسبل تعزيز التعاون في مجالات التجارة والنقل "
                     "والطاقة.", encoding="utf-8")
    assert main(["--db", db, "ingest", str(story), "--process"]) == 0
    with marsad.open(db) as m:
        named = {e["entity_id"] for e in m.store.mention_counts(limit=None)}
        assert 2 <= home_data(m.store)["stats"]["entities"] == len(named) < m.store.entity_count()


def test_the_international_outlets_arabic_news_cites_are_known():
    """«بلومبيرغ», «وول ستريت جورنال», «صحيفة الغارديان» were unknown: shown as written in the English pages, a wire
    byline («يو بي اي», «الفرنسية») kept as its author's name."""
    from test_outlets import _authored

    from marsad import outlets

    assert outlets.canonical("بلومبيرغ") == outlets.canonical("وكالة بلومبرغ") == "bloomberg"
    assert outlets.display_name("وول ستريت جورنال", "en") == "The Wall Street Journal"
    assert outlets.canonical("صحيفة الغارديان") == outlets.canonical("الجارديان") == "guardian"
    assert outlets.canonical("مجلة نيوزويك") == "newsweek"
    assert outlets.canonical(None, "https://www.nytimes.com/2015/07/21/world/x.html") == "nytimes"
    assert outlets.canonical("وكالة الأنباء") == "وكالة الأنباء"  # a kind of outlet alone names none
    assert _authored("يو بي اي", "aleqtisadiya") == ([], "upi")
    assert _authored("الرياض - الفرنسية", "aleqtisadiya") == ([], "afp")


def test_an_actors_roles_read_in_arabic_in_the_cli_and_in_words_on_the_english_page(tmp_path, capsys):
    """`marsad entity` gave «رئيس الولايات المتحدة (United States)», and a role of the PETRARCH dictionary as its
    code: «gov (Morocco)»; the English page showed "gov", "ptyleg"."""
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    db = str(tmp_path / "m.db")
    story = tmp_path / "visit.txt"
    story.write_text("لقاء في الرباط\n\nالتقى الرئيس الأمريكي باراك أوباما في واشنطن رئيس الحكومة المغربية السابق "
                     "عبد الإله ابن كيران، وبحث الجانبان العلاقات بين البلدين وسبل تعزيز التعاون في مجالات التجارة "
                     "والتعليم والطاقة.", encoding="utf-8")
    assert main(["--db", db, "ingest", str(story), "--process"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "entity", "per:barack-obama"]) == 0
    assert "(الولايات المتحدة) 2009-01-20" in capsys.readouterr().out
    assert main(["--db", db, "entity", "per:abd-ilah-ibn-kieran"]) == 0
    out = capsys.readouterr().out
    assert "role: الحكومة (المغرب) 2011-11-29" in out and "role: حزب سياسي، السلطة التشريعية (المغرب)" in out
    with TestClient(create_app(WebSettings(db=db))) as c:
        en = c.get("/entity/per:abd-ilah-ibn-kieran", params={"lang": "en"}).text
    assert "<li>government — Morocco" in en and "political party, legislature — Morocco" in en


def test_a_sites_closing_link_line_is_not_article_text():
    """Every Al-Weeam article of SaudiNewsNet ended «رابط الخبر بصحيفة الوئام: TITLE»: the outlet was the sixth most
    mentioned actor of a day (570 mentions in 569 articles), and the line a step of story timelines."""
    from test_outlets import _record

    from marsad.extract import extract

    body = "أعلنت أمانة المنطقة عن افتتاح ثلاث حدائق جديدة في الأحياء الشمالية خلال أيام العيد، وقالت إنها مجهزة."
    [article] = extract(_record(title="حدائق جديدة", source="alweeam",
                                content=f"{body}\nوتضم الحدائق ملاعب للأطفال. رابط الخبر بصحيفة الوئام: حدائق جديدة"))
    assert article.text.endswith("وتضم الحدائق ملاعب للأطفال.") and "الوئام" not in article.text
    [article] = extract(_record(title="حدائق", source="alweeam", content=f"{body}\nرابط الخبر بصحيفة الوئام: حدائق"))
    assert article.text == body
    [gallery] = extract(_record(title="بالصور .. حدائق العيد", source="alweeam",
                                content="رابط الخبر بصحيفة الوئام: بالصور .. حدائق العيد"))
    assert gallery.text == "بالصور .. حدائق العيد"
    [other] = extract(_record(title="حدائق", source="sabq", content=f"{body} وأكد أن رابط الخبر بين الحيين طريق."))
    assert other.text.endswith("رابط الخبر بين الحيين طريق.")


def test_a_byline_with_escaped_characters_or_the_reporters_city_keeps_the_reporter():
    """Okaz's bylines («&nbsp;NAME (CITY)») gave no author at all, or «&nbsp» as one; Sabq's «NAME &ndash; سبق:»
    gave «NAME &ndash» and «سبق&ndash» (SaudiNewsNet: 67 of 3,830 records with an author field kept an «&»)."""
    from test_outlets import _authored

    assert _authored("&nbsp;سامي الحربي (جدة)", "okaz") == (["سامي الحربي"], None)
    assert _authored("&nbsp;نادر العتيبي (تبوك) فهد السالم (جدة)", "okaz") == (["نادر العتيبي", "فهد السالم"], None)
    assert _authored("&nbsp;واس (الرياض)", "okaz") == ([], "was")
    assert _authored("&nbsp;عكاظ (جدة)", "okaz") == ([], None)
    assert _authored("خالد سالم &ndash; سبق &ndash; جدة:", "sabq") == (["خالد سالم"], None)
    assert _authored("بالي (إندونيسيا): سلمى الراشد", "aawsat") == (["سلمى الراشد"], None)  # a dateline, as before


def test_treaties_is_a_listing_as_the_others(tmp_path, capsys):
    """`marsad treaties --limit 5` was refused («unrecognized arguments»): it printed every agreement of the store,
    with no page, footer or --after, where every other listing takes them."""
    import json

    export = tmp_path / "export.jsonl"
    texts = [("اتفاقية للنقل البحري", "وقعت سلطنة عمان وجمهورية كينيا أمس الثلاثاء في مسقط اتفاقية النقل البحري بين "
              "البلدين، وقال وزير النقل العماني إن الاتفاقية تفتح خطا ملاحيا مباشرا بين ميناءين."),
             ("اتفاقية للتعاون الزراعي", "وقعت المملكة الأردنية الهاشمية وجمهورية تونس أمس في عمان اتفاقية للتعاون "
              "الزراعي بين البلدين، تتبادلان بموجبها البذور والخبرات في مكافحة التصحر.")]
    export.write_text("".join(json.dumps({"title": t, "content": c, "date": "2015-07-21", "source": "sabq"},
                                         ensure_ascii=False) + "\n" for t, c in texts), encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(export), "--process"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "treaties", "--json"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert len(ids) == 2
    assert main(["--db", db, "treaties", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n[") + out.startswith("[") == 1 and f"treaties --limit 1 --after {ids[0]}" in out
    assert main(["--db", db, "treaties", "--after", ids[0], "--json"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ids[1:]


def test_the_arabic_article_page_names_its_events_in_arabic(tmp_path, capsys):
    """The article page's events read «AGREE», «SANCTION» on the Arabic page (the entity page gave «اتفاق»)."""
    from fastapi.testclient import TestClient

    from marsad.views import article_view
    from marsad.web.app import WebSettings, create_app
    from marsad.web.format import EVENT_TYPES_AR

    db = str(tmp_path / "m.db")
    story = tmp_path / "clash.txt"
    story.write_text("اشتباكات في الحدود\n\nقصفت القوات الحكومية أمس مواقع للمتمردين في شمال البلاد، واعتقلت الشرطة "
                     "عشرين شخصا في العاصمة بعد احتجاجات واسعة على ارتفاع الأسعار، بحسب ما أعلنت وزارة الداخلية.",
                     encoding="utf-8")
    assert main(["--db", db, "ingest", str(story), "--process"]) == 0
    import marsad

    with marsad.open(db) as m:
        [aid] = [a.id for a in m.store.iter_articles()]
        types = {ev["label"] for ev in article_view(m.store, aid)["annotations"]["event"]}
    assert types
    with TestClient(create_app(WebSettings(db=db))) as c:
        ar = c.get(f"/article/{aid}").text
        en = c.get(f"/article/{aid}", params={"lang": "en"}).text
    for code in types:
        assert f'<span class="badge" title="{code}">{EVENT_TYPES_AR[code]}</span>' in ar
        assert f">{code}</span>" in en


def test_a_newspapers_name_in_quotation_marks_is_not_a_quotation():
    """«نيويورك تايمز» was the first of Obama's quotes in a story: 'في مقابلة مع صحيفة «…»، نوه أوباما إلى …'."""
    from marsad.nlp.quotes import find_quotes

    text = ("وفي حديث سابق مع صحيفة «الغد»، نوه الوزير إلى أهمية المشروع للمدينة. "
            "«سنفتتح المكتبة قبل نهاية العام»، قال الوزير أمس.")
    assert [q.data["content_text"] for q in find_quotes(text)] == ["سنفتتح المكتبة قبل نهاية العام"]


def test_a_week_in_a_timeline_reads_as_its_days():
    """«الأسبوع الماضي» dated a timeline line «2015-W29» in `marsad story`, and no date at all on the story page,
    between lines dated by day."""
    from marsad.nlp.timex import readable_day
    from marsad.web.format import day

    assert readable_day("2015-W29") == "2015-07-13…19" and readable_day("2015-W27") == "2015-06-29…07-05"
    assert readable_day("2015-07-20") == "2015-07-20" and readable_day("2015-W60") == "2015-W60"
    page = str(day("2015-W29"))
    assert '<time datetime="2015-07-13">13</time>' in page  # (one month said once: usability48)
    assert '<time class="day" datetime="2015-07-19">19 يوليو 2015</time>' in page
    assert ">29 Jun<" in str(day("2015-W27", "en")) and ">5 Jul 2015<" in str(day("2015-W27", "en"))


def test_the_web_ui_lists_the_agreements(tmp_path, capsys):
    """/treaties was a 404: an agreement's page was reached only from an actor's or a story's page, and no page
    said which agreements the news follows (the API had /api/treaties)."""
    from fastapi.testclient import TestClient

    import marsad
    from marsad.web.app import WebSettings, create_app

    db = str(tmp_path / "new.db")
    marsad.open(db).close()
    with TestClient(create_app(WebSettings(db=db))) as c:
        assert "لا اتفاقات بعد في الأخبار المحفوظة" in c.get("/treaties").text
        assert '<a href="/treaties">الاتفاقات</a>' in c.get("/").text
    story = tmp_path / "deal.txt"
    story.write_text("اتفاقية للنقل البحري\n\nوقعت سلطنة عمان وجمهورية كينيا أمس الثلاثاء في مسقط اتفاقية النقل البحري "
                     "بين البلدين، وقال وزير النقل العماني إن الاتفاقية تفتح خطا ملاحيا مباشرا بين ميناءين.",
                     encoding="utf-8")
    assert main(["--db", db, "ingest", str(story), "--process"]) == 0
    with TestClient(create_app(WebSettings(db=db))) as c:
        [tid] = [t["id"] for t in c.get("/api/treaties").json()["items"]]
        page = c.get("/treaties", params={"lang": "en"})
        assert page.status_code == 200 and f'<a href="/treaty/{tid}"' in page.text and "Oman" in page.text
        assert c.get("/treaties", params={"format": "json"}).json() == c.get("/api/treaties").json()


def test_ingest_names_a_reason_shared_by_many_rejections_once(tmp_path, capsys):
    """A SaudiNewsNet day printed ten alike lines «rejected …#685: record's text field is blank …», then «… see
    `marsad rejections` for all 84»: the reason once, with how many it refused."""
    import json

    export = tmp_path / "export.jsonl"
    rows = [{"title": f"خبر {i}", "content": "   " if i % 2 else "", "source": "sabq"} for i in range(12)]
    rows.append({"title": "مكتبة", "content": ARTICLE, "source": "sabq"})
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["--db", str(tmp_path / "m.db"), "ingest", str(export)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("1 article added; 12 rejected")
    assert err[1] == (f"  rejected 12 documents, the first {export}#0: record's text field 'content' is blank "
                      "(whitespace only): nothing to store")  # empty or spaces: one reason (they were told apart)
    assert err[2:] == ["  (`marsad rejections` lists each)"]


def test_a_newspapers_name_in_quotation_marks_is_the_newspaper(tmp_path, capsys):
    """«الشرق الأوسط» in 'قال لـ«الشرق الأوسط»' was linked to the region: the Middle East was the 9th most mentioned
    actor of a SaudiNewsNet day, 280 of its 478 mentions Asharq Al-Awsat's name quoted in its own articles."""
    import marsad

    db = str(tmp_path / "m.db")
    story = tmp_path / "talk.txt"
    story.write_text("حديث عن المنطقة\n\nوقال مسؤول في الحكومة لـ«الشرق الأوسط» إن الأوضاع في الشرق الأوسط تتطلب حلا "
                     "سياسيا، فيما نشرت «الرياض» أمس تقريرا عن حركة المرور في الرياض خلال أيام العيد.",
                     encoding="utf-8")
    assert main(["--db", db, "ingest", str(story), "--process"]) == 0
    with marsad.open(db) as m:
        [aid] = [a.id for a in m.store.iter_articles()]
        text = m.store.get_article(aid).text
        linked = {(text[s.start:s.end], text[s.start - 1]): s.data["entity_id"]
                  for s in m.store.spans(aid, ["mention"])}
    assert linked[("الشرق الأوسط", "«")] == "org:asharq-al-awsat" and linked[("الرياض", "«")] == "org:al-riyadh"
    assert linked[("الشرق الأوسط", " ")] == "loc:middle-east" and linked[("الرياض", " ")] == "loc:riyadh"


def test_a_storys_key_actors_are_named_in_english_on_the_english_page(tmp_path, capsys):
    """The English story page listed its key actors in Arabic («إيران», «باراك أوباما»): the story view carries
    only the Arabic name."""
    import json

    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    export = tmp_path / "export.jsonl"
    text = ("التقى الرئيس الأمريكي باراك أوباما في واشنطن أمس وزير الخارجية الأردني، وبحث الجانبان الأوضاع في سوريا "
            "والعراق وسبل دعم اللاجئين في الأردن، وقال البيت الأبيض إن اللقاء تناول التعاون الاقتصادي.")
    export.write_text("".join(json.dumps({"title": "أوباما يلتقي وزير الخارجية الأردني", "content": text + f" ({o})",
                                          "date": "2015-07-21", "source": o}, ensure_ascii=False) + "\n"
                              for o in ("sabq", "okaz")), encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(export), "--process"]) == 0
    with TestClient(create_app(WebSettings(db=db))) as c:
        sid = c.get("/api/stories").json()["items"][0]["id"]
        en, ar = (c.get(f"/story/{sid}", params={"lang": lang}).text for lang in ("en", "ar"))
    assert 'href="/entity/per:barack-obama">Barack Obama<' in en
    assert 'href="/entity/per:barack-obama">باراك أوباما<' in ar


def test_the_stories_footer_repeats_only_the_filters_given(tmp_path, capsys):
    """`marsad stories` ended «… more: marsad stories --min-size 1 --after …», a filter nobody gave (the default)."""
    import json

    export = tmp_path / "export.jsonl"
    texts = [ARTICLE, "أعلنت شركة الطيران الوطنية عن تسيير رحلات جديدة إلى ثلاث مدن أوروبية بدءا من الشهر المقبل، "
             "وقال مديرها التنفيذي إن الطلب على السفر ارتفع كثيرا هذا الصيف.",
             "فاز المنتخب الوطني لكرة السلة على ضيفه في المباراة الودية التي أقيمت مساء أمس في الصالة المغطاة، "
             "وقال المدرب إن اللاعبين قدموا أداء جيدا استعدادا للبطولة القارية."]
    export.write_text("".join(json.dumps({"title": t[:20], "content": t, "date": "2015-07-21", "source": "sabq"},
                                         ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(export), "--process"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "stories", "--limit", "1"]) == 0
    footer = capsys.readouterr().out.splitlines()[-1]
    assert "stories --limit 1 --after s-" in footer and "--min-size" not in footer
    assert main(["--db", db, "stories", "--limit", "1", "--min-size", "1", "--since", "2015"]) == 0
    assert "stories --since 2015 --limit 1 --after s-" in capsys.readouterr().out
