"""What a reader of Marsad's output tripped over (usability41), on Arabic written for these tests."""

from __future__ import annotations


def test_story_agreements_in_the_cli_are_worded_in_arabic(capsys):
    from marsad.cli.stories import print_story

    fact = {"kind": "fact", "about": "number of قرارات", "about_ar": "عدد قرارات", "value": "~7",
            "value_ar": "نحو 7", "values": ["~7"], "values_ar": ["نحو 7"], "outlets": ["a", "b"], "sentences": []}
    clash = {"kind": "number", "about": "duration (years)", "about_ar": "المدة (بالسنوات)", "outlets": ["a", "b"],
             "values": [{"value": "5 years", "value_ar": "5 سنة", "outlets": ["a"], "sentences": []},
                        {"value": "6 years", "value_ar": "6 سنة", "outlets": ["b"], "sentences": []}]}
    view = {"title": "مجلس يصدر قرارات", "id": "s-1", "size": 2, "first_seen": None, "last_seen": None,
            "key_entities": [], "outlets": [], "articles": [], "summary": [], "timeline": [], "quotes": [],
            "comparison": {"agreements": [fact], "disagreements": [clash], "single_outlet_claims": [],
                           "distinctive_wording": {}}}
    print_story(view)
    out = capsys.readouterr().out
    assert "عدد قرارات: نحو 7" in out and "المدة (بالسنوات)" in out and "5 سنة" in out
    assert "number of" not in out and "years" not in out and "~7" not in out


def _store(tmp_path, days: list[str | None]) -> str:
    """A store of one short notice a day, ingested in the order given (None: a notice with no date)."""
    import json

    from marsad.cli.main import main

    body = ("افتتحت البلدية صباح أمس حديقة جديدة في الحي الشمالي تضم ممرات للمشي وملعبا صغيرا للأطفال، "
            "وقال مدير الحدائق إن العمل في حديقتين أخريين سينتهي قبل نهاية العام.")
    export = tmp_path / "notices.jsonl"
    export.write_text("".join(json.dumps({"title": f"حديقة الحي رقم {i}", "source": "sabq",
                                          "content": f"{body} وهذا الإعلان رقم {i}.", **({"date": d} if d else {})},
                                         ensure_ascii=False) + "\n" for i, d in enumerate(days)), encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(export)]) == 0
    return db


def test_articles_list_the_latest_news_first_and_page_in_that_order(tmp_path, capsys):
    """`marsad articles` listed in stored order: a day ingested after a later one came first. Now the latest news
    comes first, the undated last, and `--after` (the API's `after`/`next`) pages in that order."""
    import json

    import marsad
    from marsad.cli.main import main
    from marsad.web.data import list_articles

    db = _store(tmp_path, ["2015-07-20", "2015-07-22", None, "2015-07-21", "2015-07-22"])
    titles = lambda rows: [int(r["title"].split()[-1]) for r in rows]  # noqa: E731
    with marsad.open(db) as m:
        order = titles(m.articles(limit=10))
        assert order == [4, 1, 3, 0, 2]
        page, seen = list_articles(m.store, limit=2), []
        while True:
            seen += titles(page["items"])
            if page["next"] is None:
                break
            page = list_articles(m.store, limit=2, after=page["next"])
        assert seen == order
        assert m.store.article_count(after_seq=m.articles(limit=2)[-1]["seq"], newest_first=True) == 3
    assert main(["--db", db, "articles", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.index("حديقة الحي رقم 4") < out.index("حديقة الحي رقم 1") and "… 3 more" in out
    assert main(["--db", db, "articles", "--json", "--limit", "0"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert titles(rows) == order
    assert main(["--db", db, "articles", "--after", rows[1]["id"], "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.index("رقم 3") < out.index("رقم 0") and "رقم 2" not in out.split("…")[0]


def _speakers(text: str, places: list[str]) -> list[str]:
    from marsad.models import Span
    from marsad.nlp.quotes import find_quotes

    mentions = [Span("mention", text.index(p), text.index(p) + len(p), "LOC",
                     {"entity_id": f"loc:{i}", "name": p, "name_en": None, "source": "ner"})
                for i, p in enumerate(places)]
    return [q.data["speaker"].get("text") for q in find_quotes(text, mentions=mentions)]


def test_a_place_inside_the_subject_before_the_verb_is_not_who_spoke():
    """«وزارة المالية في أثينا قالت …» gave the quote to Athens: the place after «في» belongs to the subject."""
    text = "وقال مراقبون إن الأسواق هادئة. لكن المديرية العامة في دمشق قالت إن المدارس ستفتح الأسبوع المقبل."
    assert _speakers(text, ["دمشق"])[-1] == "المديرية العامة في دمشق"
    # a capital standing for its government, as the text says it, still speaks
    assert _speakers("أعلنت دمشق أمس أنها ستفتح المعابر أمام الشاحنات.", ["دمشق"]) == ["دمشق"]


def test_a_quoted_name_that_opens_a_report_does_not_make_it_direct():
    """«X» بدأ …: a name or term in quotation marks opening the reported clause made it a direct quote, shown as
    the speaker's own words; the rest is the reporter's."""
    from marsad.nlp.quotes import find_quotes

    text = ("ويرى مراقبون أن «الجمعية الخيرية» نجحت في توزيع ألف سلة غذائية على الأسر في الأحياء الشرقية "
            "خلال الشهر الماضي. وقال المتحدث: «سنوزع ألفي سلة أخرى قبل نهاية العام».")
    kinds = [(q.label, q.data["content_text"][:10]) for q in find_quotes(text)]
    assert kinds[0][0] == "indirect" and kinds[-1] == ("direct", "سنوزع ألفي")


def test_a_learned_office_is_shown_as_the_text_wrote_it():
    """`marsad roles` showed «وزير الداخليه», «امير»: the folded key of the post, not its title as written."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_roles import changes_of

    text = "وفي الأسبوع الماضي صدر مرسوم بتعيين الدكتور نادر الفلاحي وزيراً للداخلية في الحكومة الأردنية."
    (row,) = [c.data for c in changes_of(text, "2031-05-02") if c.data["person_name"] == "نادر الفلاحي"]
    assert row["title"] == "وزير الداخلية" and row["office"] == "وزير الداخليه"


def test_a_hijri_year_written_with_its_gregorian_one_dates_by_the_gregorian():
    """`marsad roles` dated a change «1382»: «عام 1382-1962» is one year in two calendars, 1962."""
    from datetime import date

    from marsad.nlp.timex import find_time_expressions

    found = find_time_expressions("وتولى الإدارة في عام 1390-1970 ثم تقاعد.", date(2015, 7, 21))
    assert [x.data.get("value") for x in found] == ["1970"]
