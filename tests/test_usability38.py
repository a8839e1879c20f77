"""What a new user trips on in the first hour (round 38): the CLI and the API over the demo corpus and own files.

The API through `marsad serve` on a real port (``running_server``), the CLI through ``main`` on real SQLite files.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from conftest import PARK_ARTICLE, cli, get_json, running_server
from marsad.cli.main import main

# A feed as a newsroom saves it: the items link to the articles, which lie elsewhere (our own words).
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>صحيفة التجربة</title><link>https://tajriba.example/</link>
<item><title>افتتاح مكتبة عامة جديدة في مدينة الزرقاء</title><link>https://tajriba.example/a/1</link>
<description>افتتح محافظ الزرقاء صباح اليوم مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب، وقال المحافظ إن المكتبة
ستفتح أبوابها للطلاب مجانا طوال أيام الأسبوع بتمويل من البلدية وبدعم من متبرعين من أبناء المدينة.</description>
</item></channel></rss>
"""

# An appointment told without a date: one office change learned, shown by `marsad roles`.
APPOINTMENT = ("تعيين وزير جديد للصحة في الأردن\n\nعمّان - أصدر العاهل الأردني الملك عبد الله الثاني اليوم الأحد إرادة "
               "ملكية بتعيين الدكتور سليم الحوراني وزيرا للصحة في الأردن خلفا للوزير السابق فراس الهواري الذي قدم "
               "استقالته الأسبوع الماضي. وقال بيان للديوان الملكي إن الوزير الجديد سيؤدي اليمين الدستورية أمام الملك "
               "يوم الاثنين المقبل، على أن يباشر مهامه فورا في الوزارة.\n")

QUOTED_ARTICLE = "105e89b14faa386e"  # the demo's Nabeul drainage piece: an official's words, told twice
NABEUL_STORY = "s-bb33aa146e7c"


@pytest.fixture(scope="module")
def api(demo_db):
    with running_server(demo_db) as base:
        yield base


def test_a_saved_feed_file_is_refused_with_how_to_read_it_not_stored_as_an_article(tmp_path, capsys):
    """`marsad ingest feed.xml` stored the XML as one plain-text article titled «<rss version="2.0"><channel>…»."""
    db, feed = str(tmp_path / "news.db"), tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    rc, out, err = cli(capsys, "--db", db, "ingest", str(feed))
    assert rc == 1 and "nothing stored" in err  # as every ingest that stored nothing
    assert "an RSS/Atom feed or a sitemap saved as a file" in err and "give its URL" in err
    assert cli(capsys, "--db", db, "articles", "--json")[1] == ""
    assert "RSS/Atom feed" in cli(capsys, "--db", db, "rejections")[1]


def test_quotes_of_an_article_or_a_story_take_an_id_prefix_as_show_and_story_do(demo_db, capsys):
    """`quotes --article 105e` said "nothing to list" (`show 105e` shows it), `--story s-bb33` "no story"."""
    whole = cli(capsys, "--db", demo_db, "quotes", "--article", QUOTED_ARTICLE, "--json")[1]
    assert whole and cli(capsys, "--db", demo_db, "quotes", "--article", QUOTED_ARTICLE[:4], "--json")[1] == whole
    story = cli(capsys, "--db", demo_db, "quotes", "--story", NABEUL_STORY, "--json")[1]
    assert story and cli(capsys, "--db", demo_db, "quotes", "--story", NABEUL_STORY[:6], "--json")[1] == story


def test_quotes_of_an_unknown_article_are_an_error_not_nothing_to_list(demo_db, capsys):
    """An article id typed wrong listed "nothing to list" with exit 0, as if the article quoted nobody."""
    rc, out, err = cli(capsys, "--db", demo_db, "quotes", "--article", "zzzz")
    assert (rc, out) == (2, "")
    assert err.strip() == cli(capsys, "--db", demo_db, "show", "zzzz")[2].strip()
    assert "no article 'zzzz': give its id, or the first 4 or more characters" in err


def test_an_empty_search_is_an_error_as_the_api_refuses_it(demo_db, capsys):
    """`marsad search ""` printed "no match" and exit 0; /api/search?q= answers 422."""
    for query in ("", "   "):
        rc, out, err = cli(capsys, "--db", demo_db, "search", query)
        assert (rc, out) == (2, "") and "search needs words to look for" in err


def test_a_map_entry_without_its_key_is_a_usage_error(tmp_path, capsys):
    """`--map text` (no =KEY) exited 1, the code of a run that failed, not 2, the code of a command typed wrong."""
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"body": "نص"}, ensure_ascii=False) + "\n", encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(tmp_path / "n.db"), "ingest", str(export), "--map", "text")
    assert rc == 2 and "bad --map entry 'text': expected FIELD=KEY" in err
    rc, _, err = cli(capsys, "--db", str(tmp_path / "n.db"), "ingest", str(export), "--map", "txt=body")
    assert rc == 2 and "bad --map field 'txt'" in err


def test_relations_with_a_mode_none_of_the_events_has_names_the_modes_they_have(demo_db, capsys):
    """`relations مصر --mode xyz` printed "Sudan: 0 events, balance +0.0" (exit 0), as if Egypt had done nothing."""
    rc, out, err = cli(capsys, "--db", demo_db, "relations", "مصر", "--mode", "xyz")
    assert (rc, out) == (2, "")
    assert err.strip() == "marsad: error: --mode 'xyz': no event of مصر has this mode; the modes of its events: sign"
    rc, out, _ = cli(capsys, "--db", demo_db, "relations", "مصر", "--mode", "sign")
    assert rc == 0 and out.startswith("السودان: 4 events")  # named in Arabic (usability48)


def test_roles_has_a_header_saying_what_each_column_is(tmp_path, capsys):
    """`marsad roles` printed «881cccabbfdb  learned   0.60  ?  appointed: …» with no header, unlike every listing."""
    db, text = str(tmp_path / "roles.db"), tmp_path / "appointment.txt"
    text.write_text(APPOINTMENT, encoding="utf-8")
    assert main(["--db", db, "ingest", str(text)]) == 0 and main(["--db", db, "process"]) == 0
    capsys.readouterr()
    rc, out, _ = cli(capsys, "--db", db, "roles")
    lines = out.splitlines()
    assert rc == 0 and lines[0].split()[:4] == ["id", "status", "conf", "date"]
    assert "appointed: سليم الحوراني" in lines[1]
    assert json.loads(cli(capsys, "--db", db, "roles", "--json")[1].splitlines()[0])["change"] == "appointed"


def test_a_bad_date_or_language_is_a_422_in_the_words_of_the_cli(api, demo_db, capsys):
    """The API answered «String should match pattern '^[0-9]{4}(-(0[1-9]|1[0-2])…'» where the CLI says what a date
    looks like."""
    cli_err = cli(capsys, "--db", demo_db, "articles", "--since", "2026-13-01")[2]
    status, body = get_json(f"{api}/api/articles?since=2026-13-01")
    assert status == 422 and body["detail"][0]["loc"] == ["query", "since"]
    assert body["detail"][0]["msg"] == "since expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got '2026-13-01'"
    assert cli_err.strip() == "marsad: error: --" + body["detail"][0]["msg"]
    status, body = get_json(f"{api}/api/stories?since=yesterday")
    assert status == 422 and body["detail"][0]["msg"].startswith("since expects a date as YYYY-MM-DD")
    cli_err = cli(capsys, "--db", demo_db, "articles", "--language", "arabic")[2]
    status, body = get_json(f"{api}/api/articles?language=arabic")
    assert status == 422 and cli_err.strip() == "marsad: error: --" + body["detail"][0]["msg"]
    status, body = get_json(f"{api}/api/articles?limit=abc")  # other 422s keep their own words
    assert status == 422 and body["detail"][0]["loc"] == ["query", "limit"]


def test_the_api_takes_quotes_of_an_article_or_story_as_the_cli_does(api, demo_db, capsys):
    """/api/quotes?article=zz answered 200 with no quotes; a prefix of the id found none either."""
    status, body = get_json(f"{api}/api/quotes?article=zzzz")
    cli_err = cli(capsys, "--db", demo_db, "quotes", "--article", "zzzz")[2]
    assert status == 404 and cli_err.strip() == "marsad: error: " + body["detail"]
    status, whole = get_json(f"{api}/api/quotes?article={QUOTED_ARTICLE}")
    assert status == 200 and whole["items"]
    assert get_json(f"{api}/api/quotes?article={QUOTED_ARTICLE[:4]}") == (200, whole)
    status, story = get_json(f"{api}/api/quotes?story={NABEUL_STORY[:6]}")
    assert status == 200 and story == get_json(f"{api}/api/quotes?story={NABEUL_STORY}")[1] and story["items"]


def test_an_unknown_article_or_story_id_is_a_404_in_the_words_of_the_cli(api, demo_db, capsys):
    """/api/articles/zz answered «no article 'zz'», with none of the CLI's hint of what an id looks like."""
    for path, argv in (("articles", ["show", "zzzz"]), ("stories", ["story", "zzzz"])):
        status, body = get_json(f"{api}/api/{path}/zzzz")
        cli_err = cli(capsys, "--db", demo_db, *argv)[2]
        assert status == 404 and cli_err.strip() == "marsad: error: " + body["detail"]
        assert "the first 4 or more characters of one id" in body["detail"]


def test_a_short_news_item_is_refused_as_too_short_not_as_boilerplate(tmp_path, capsys):
    """A two-line item was refused as «only menus, links, captions or other boilerplate found (52 characters of body
    text …)»: prose was found, it was short; the message says so and how a short item is kept."""
    db, item = str(tmp_path / "n.db"), tmp_path / "brief.txt"
    item.write_text("أمطار في إربد\n\nهطلت أمطار غزيرة على مدينة إربد صباح اليوم وأغلقت بعض الطرق.\n", encoding="utf-8")
    rc, _, err = cli(capsys, "--db", db, "ingest", str(item))
    assert rc == 1 and "boilerplate" not in err
    assert "too short for an article: 60 characters of body text, at least 120 needed" in err
    assert "a short item is kept as it is when it comes as a JSON record's text" in err
    export = tmp_path / "brief.jsonl"  # what the message advises: the same item, kept
    export.write_text(json.dumps({"title": "أمطار في إربد", "text": "هطلت أمطار غزيرة على مدينة إربد صباح اليوم وأغلقت "
                                  "بعض الطرق."}, ensure_ascii=False) + "\n", encoding="utf-8")
    rc, _, err = cli(capsys, "--db", db, "ingest", str(export))
    assert rc == 0 and "1 article added" in err


def test_watch_of_a_feed_list_not_there_is_exit_2_as_ingest_of_a_file_not_there(tmp_path, capsys):
    """`marsad watch feeds.txt` of a missing list exited 1 («No such file or directory»); `ingest` of one exits 2."""
    db = str(tmp_path / "w.db")
    rc, _, err = cli(capsys, "--db", db, "watch", str(tmp_path / "feeds.txt"))
    assert rc == 2 and err.strip() == f"marsad: error: cannot read feed list {tmp_path / 'feeds.txt'}: no such file"
    rc, _, err = cli(capsys, "--db", db, "watch", str(tmp_path))
    assert rc == 2 and "a folder: give a file of feed URLs, one a line" in err


def test_a_page_address_typed_wrong_is_the_sites_not_found_page(api):
    """/stories (the API's plural) answered a browser {"detail":"Not Found"} as JSON; the API keeps its JSON."""
    for path in ("/stories", "/entities/x"):
        try:
            urllib.request.urlopen(api + path, timeout=30)
        except urllib.error.HTTPError as exc:
            page = exc.read().decode("utf-8")
            assert exc.code == 404 and exc.headers.get_content_type() == "text/html"
            assert 'dir="rtl"' in page and "غير موجود" in page and path in page
        else:
            raise AssertionError(f"{path} answered 200")
    assert get_json(f"{api}/api/nothing") == (404, {"detail": "Not Found"})


def test_the_api_takes_a_type_in_any_case_as_the_cli_does(api, demo_db, capsys):
    """`marsad events --type agree` lists the AGREE events; /api/events?type=agree answered 422, entities too."""
    status, lower = get_json(f"{api}/api/events?type=agree")
    assert status == 200 and lower["items"] and lower == get_json(f"{api}/api/events?type=AGREE")[1]
    listed = [json.loads(line) for line in cli(capsys, "--db", demo_db, "events", "--type", "agree", "--json")[1]
              .splitlines()]
    assert [e["type"] for e in listed] == [e["type"] for e in lower["items"]] == ["AGREE"] * len(listed)
    status, people = get_json(f"{api}/api/entities?type=per")
    assert status == 200 and people == get_json(f"{api}/api/entities?type=PER")[1] and people["items"]
    assert get_json(f"{api}/api/entities?type=people")[0] == 422


def test_articles_take_an_entity_filter_as_the_api_does(api, demo_db, capsys):
    """/api/articles?entity= lists the articles that mention an actor; `marsad articles --entity` was refused as an
    unrecognized argument."""
    api_ids = [a["id"] for a in get_json(f"{api}/api/articles?entity=per:ayman-safadi")[1]["items"]]
    rc, out, err = cli(capsys, "--db", demo_db, "articles", "--entity", "الصفدي", "--json")
    assert rc == 0 and [json.loads(line)["id"] for line in out.splitlines()] == api_ids and len(api_ids) == 4
    assert "--entity الصفدي: taken as per:ayman-safadi" in err
    assert "text" in json.loads(out.splitlines()[0])  # whole articles, as `articles --json` prints them
    rc, out, _ = cli(capsys, "--db", demo_db, "articles", "--entity", "per:ayman-safadi", "--limit", "3")
    assert out.splitlines()[-1].startswith("… 1 more: marsad --db")
    assert "--entity per:ayman-safadi --limit 3 --after" in out
    rc, out, err = cli(capsys, "--db", demo_db, "articles", "--entity", "xyzzy")
    assert (rc, out) == (2, "") and "no entity 'xyzzy'" in err


def test_a_listing_footer_counts_every_row_that_follows(demo_db, capsys):
    """`marsad entities --limit 5` said "… 40 more" of 46 entities: the row after the page was read and dropped."""
    every = len(cli(capsys, "--db", demo_db, "entities", "--json")[1].splitlines())
    out = cli(capsys, "--db", demo_db, "entities", "--limit", "5")[1]
    assert out.splitlines()[-1].startswith(f"… {every - 5} more: ")
    events = len(cli(capsys, "--db", demo_db, "events", "--json")[1].splitlines())
    out = cli(capsys, "--db", demo_db, "events", "--limit", "2")[1]
    assert out.splitlines()[-1].startswith(f"… {events - 2} more: ")


def test_an_office_is_shown_by_its_title_not_its_key(api, demo_db, capsys):
    """`marsad entity الصفدي` printed «role: foreign_minister (Jordan)», the Arabic page «foreign_minister» too, where
    Putin's roles read «رئيس روسيا»."""
    out = cli(capsys, "--db", demo_db, "entity", "per:ayman-safadi")[1]
    assert "  role: وزير الخارجية (الأردن) 2017-01-15" in out and "foreign_minister" not in out  # (was «(Jordan)»)
    with urllib.request.urlopen(f"{api}/entity/per:ayman-safadi", timeout=30) as r:
        page = r.read().decode("utf-8")
    assert "<li>وزير الخارجية — " in page and "foreign_minister" not in page
    with urllib.request.urlopen(f"{api}/entity/per:ayman-safadi?lang=en", timeout=30) as r:
        assert "<li>foreign minister — " in r.read().decode("utf-8")
    role = get_json(f"{api}/api/entities/per:ayman-safadi")[1]["entity"]["roles"][0]
    assert role["title"] == "foreign_minister"  # the data keep the key: only what a reader reads changed


def test_workers_below_one_is_a_usage_error(demo_db, capsys):
    """`process --workers 0` (or -1) ran as if 1 had been given, with exit 0."""
    for n in ("0", "-1", "two"):
        with pytest.raises(SystemExit) as stop:
            main(["--db", demo_db, "process", "--workers", n])
        assert stop.value.code == 2
        assert "argument --workers: expects a number of processes (1 to 64; each holds the models in memory), got" \
            in capsys.readouterr().err


def test_a_body_with_nothing_to_ingest_is_said_without_pydantics_label(tmp_path, capsys):
    """POST /api/ingest {} answered «Value error, nothing to ingest: …»: the message, without the validator's label."""
    db, story = str(tmp_path / "in.db"), tmp_path / "park.txt"
    story.write_text(PARK_ARTICLE, encoding="utf-8")
    assert main(["--db", db, "ingest", str(story)]) == 0
    capsys.readouterr()
    with running_server(db, "--ingest-token", "SECRET") as base:
        ask = urllib.request.Request(f"{base}/api/ingest", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer SECRET"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(ask, timeout=30)
    assert refused.value.code == 422
    problem = json.load(refused.value)["detail"][0]
    assert problem["msg"].startswith("nothing to ingest: the body has no `documents`")
