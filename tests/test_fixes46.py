"""fixes46: left items of the last rounds — a page of quotes read as asked, `relations --limit`, an office title
looked up as its holder, a father's name no merge target, perfect verbs in ت/ن in summaries, a fetch date said so.

The Arabic here is our own."""

from __future__ import annotations

from conftest import add_quoted_reports

from marsad.models import Article, Doc, RawDocument
from marsad.nlp.quotes import QUOTES

# -- 1. a page of quotes reads the quotes of that page -----------------------------------------------------------

REPORTS = [
    ("جريدة الواحة", "وقال محافظ البنك المركزي سامي العتيبي إن نسبة التضخم ستنخفض إلى اثنين في المئة قبل نهاية العام.\n"
                     "وأضاف أن القروض الصغيرة تزداد."),
    ("موقع السهل", "أكد محافظ البنك المركزي سامي العتيبي أن نسبة التضخم ستنخفض إلى اثنين في المئة بنهاية العام."),
    ("إذاعة الساحل", "وقال محافظ البنك المركزي سامي العتيبي إن نسبة التضخم ستنخفض قبل نهاية العام إلى اثنين في المئة."),
    ("جريدة الواحة", "وقالت جمعية المزارعين إن أسعار الأسمدة ارتفعت ثلاث مرات منذ الربيع."),
    ("موقع السهل", "وقال رئيس نادي الفرسان خالد الموصلي إن الفريق سيلعب المباراة المقبلة بلا جمهور."),
]


def _store_with_quotes(store, reports=REPORTS) -> list[str]:
    return add_quoted_reports(store, reports, "/reports")


def _shape(groups) -> list[tuple]:
    return [(g.id, g.speaker_name, g.kind, g.outlets, [(q.article_id, q.start, q.group, q.outlets) for q in g.quotes])
            for g in groups]


def test_a_page_of_quotes_reads_only_the_quotes_of_its_statements(any_store):
    """`GET /api/quotes?limit=20` grouped every quote of the store on each request (seconds a day of news): after
    `process`, a page reads its own statements' quotes, and lists what grouping every quote lists."""
    from marsad.nlp.quote_records import QuoteQuery, group_quotes, list_quotes, quotes_listing
    from marsad.pipeline.registry import corpus_steps

    _store_with_quotes(any_store)
    whole = group_quotes(list_quotes(any_store))
    assert len(whole) == 4 and len(whole[0].outlets) == 3  # the governor's words, in three outlets
    step = next(s for s in corpus_steps() if s.__name__ == "quote_groups_step")
    assert step(any_store)
    read: list[int] = []
    spans = any_store.quote_spans

    def counting(**kw):
        rows = spans(**kw)
        read.append(len(rows))
        return rows

    any_store.quote_spans = counting
    try:
        first = quotes_listing(any_store, QuoteQuery(limit=1))
        assert _shape(first) == _shape(whole[:1]) and sum(read) == 3  # the three reports of one statement
        read.clear()
        assert _shape(quotes_listing(any_store, QuoteQuery())) == _shape(whole)
        assert _shape(quotes_listing(any_store, QuoteQuery(limit=2))) == _shape(whole[:2])
    finally:
        del any_store.quote_spans


def test_stored_quote_groups_give_way_when_a_quote_is_written_again(any_store):
    """A quote written again after the step (an article analysed again, a merge) is listed as grouping every quote
    lists, not from the groups stored before it, until the step runs again."""
    from marsad.nlp.quote_records import QuoteQuery, group_quotes, list_quotes, quote_groups_step, quotes_listing

    ids = _store_with_quotes(any_store)
    quote_groups_step(any_store)
    assert not quote_groups_step(any_store)  # nothing changed: nothing to do
    any_store.replace_spans(ids[0], QUOTES.name, QUOTES.version, [])  # its quote gone
    expected = _shape(group_quotes(list_quotes(any_store)))
    assert len(expected[0][4]) == 2
    assert _shape(quotes_listing(any_store, QuoteQuery())) == expected
    assert quote_groups_step(any_store)
    assert _shape(quotes_listing(any_store, QuoteQuery())) == expected


# -- 2. `marsad relations --limit` --------------------------------------------------------------------------------

def _counterpart(i: int) -> dict:
    return {"counterpart": {"name": f"بلد رقم {i}", "name_en": f"Country {i}", "entity_id": f"loc:country-{i}"},
            "events": [{"type": "CONSULT", "mode": None, "direction": "by", "date": "2026-02-0%d" % (i + 1),
                        "modality": "asserted", "outlet": "جريدة الواحة", "article_id": f"a{i}",
                        "sentence": f"زار الوزير البلد رقم {i}."}] * (5 - i), "balance": 1.0, "agreements": []}


def test_relations_lists_a_page_with_a_footer_that_keeps_the_limit(tmp_path, capsys, monkeypatch):
    """`marsad relations` printed every counterpart, with no --limit (every other listing has one): now a page,
    and a footer whose command shows the next page of the size asked; --after takes the last counterpart shown."""
    from conftest import cli

    import marsad.library
    from marsad.store import open_store

    db = str(tmp_path / "r.db")
    open_store(db).close()
    monkeypatch.setattr(marsad.library.Marsad, "relations", lambda self, actor, opts=None: [
        _counterpart(i) for i in range(4)])
    code, out, _err = cli(capsys, "--db", db, "relations", "loc:saudi-arabia", "--limit", "2")
    assert code == 0 and "بلد رقم 0: 5 events" in out and "بلد رقم 1: 4 events" in out and "بلد رقم 2" not in out
    assert "… 2 more: " in out and "relations loc:saudi-arabia --limit 2 --after loc:country-1" in out
    code, out, _err = cli(capsys, "--db", db, "relations", "loc:saudi-arabia", "--limit", "2", "--after",
                          "loc:country-1")
    assert code == 0 and "بلد رقم 2: 3 events" in out and "بلد رقم 3: 2 events" in out and "بلد رقم 1:" not in out
    code, out, _err = cli(capsys, "--db", db, "relations", "loc:saudi-arabia", "--json", "--limit", "3")
    assert code == 0 and len(out.splitlines()) == 3


# -- 5. a perfect in ت or ن is an act done -------------------------------------------------------------------------

def test_a_perfect_beginning_with_ta_or_nun_is_told_as_done() -> None:
    """«ناقش», «ندد», «تعاونت» are perfects (a root in ن, the 6th form): they were read as imperfects, neither
    done nor to come, so a summary sentence «ناقش المجلس ...» was cited by «من المقرر أن يناقش المجلس ...»."""
    from marsad.stories.digest import told_acts, told_otherwise

    done = "ناقش المجلس البلدي أمس خطة تصريف مياه الأمطار في الأحياء الشرقية."
    to_come = "ومن المقرر أن يناقش المجلس البلدي خطة تصريف مياه الأمطار في الأحياء الشرقية."
    assert told_acts(done) == (frozenset(), frozenset({"discuss"}))
    assert told_otherwise(done, to_come)
    assert "condemn" in told_acts("ندد رئيس الاتحاد بالاعتداء على الحكم بعد المباراة.")[1]
    assert "cooperate" in told_acts("تعاونت البلدية مع الدفاع المدني في إخلاء السكان.")[1]
    # an imperfect in ت or ن stays one: «تناقش» beside «يناقش», «سوف تناقش» to come
    assert told_acts("سوف تناقش اللجنة الخطة في جلستها.") == (frozenset({"discuss"}), frozenset())
    assert told_acts("تناقش اللجنة الخطة كل أسبوع.") == (frozenset(), frozenset())


# -- 3. an office's title looked up as its holder on the data's day ---------------------------------------------------

def _dated_store(path: str, day: str) -> None:
    from marsad.store import open_store

    store = open_store(path)
    text = "افتتح أمير المنطقة مركزا جديدا للتدريب المهني يستقبل خمسمئة متدرب."
    raw = RawDocument.from_bytes(f"{day} {text}".encode(), f"/days/{day}.txt", "text/plain", encoding="utf-8")
    store.add_raw(raw)
    store.add_articles([Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, outlet="جريدة الواحة",
                                origin=raw.origin, published_at=day)])
    store.close()


def test_an_office_title_finds_its_holder_on_the_day_of_the_news(tmp_path, capsys):
    """`marsad entity "ولي ولي العهد"` found nothing (a title, no name): it is whoever held the office on the
    latest day of the stored news, and stderr says whom it took and for which day."""
    from conftest import cli

    summer, spring = str(tmp_path / "summer.db"), str(tmp_path / "spring.db")
    _dated_store(summer, "2015-07-24")
    _dated_store(spring, "2015-03-01")
    code, out, err = cli(capsys, "--db", summer, "entity", "ولي ولي العهد")
    assert code == 0 and out.startswith("per:mohammed-bin-salman ")
    assert "ولي ولي العهد" in err and "2015-07-24" in err and "per:mohammed-bin-salman" in err
    code, out, err = cli(capsys, "--db", spring, "entity", "ولي ولي العهد")
    assert code == 0 and out.startswith("per:muhammad-bin-nayef ") and "2015-03-01" in err
    code, out, err = cli(capsys, "--db", summer, "entity", "وزير خارجية مصر")
    assert code == 0 and out.startswith("per:sameh-shoukry ") and "2015-07-24" in err


# -- 6. an article dated by its fetch alone claims no day from its "today" ------------------------------------------

def test_a_statement_of_today_in_an_article_dated_by_its_fetch_claims_no_day() -> None:
    """«أصدرت الوزارة اليوم بيانا» in an export whose only date is when its page was fetched: the story's timeline
    dated the statement on the fetch day, as if the text said so; its "today" is that day or one before, told as
    such ("on or before").  A lead that names no day stands on the timeline said to be of the fetch day."""
    from marsad.models import Span
    from marsad.stories.digest import timeline

    text = ("أصدرت وزارة الزراعة اليوم بيانا حذرت فيه من بيع الأسماك النافقة في أسواق المدينة الساحلية. "
            "وقالت إن فرق الرقابة ستجول على الأسواق.")
    expr = "اليوم"

    def doc(precision, timex=True):
        a = Article(id="f" + precision, raw_id="r" + precision, text=text, title="", outlet="جريدة الواحة",
                    published_at="2015-07-24T03:10:00", date_precision=precision)
        start = text.index(expr)
        return Doc(a, {"sentence": [Span("sentence", 0, text.index(". ") + 1),
                                    Span("sentence", text.index(". ") + 2, len(text))],
                       "timex": [Span("timex", start, start + len(expr), "day",
                                      {"value": "2015-07-24", "text": expr, "relative": True})] if timex else []})

    (own,) = timeline([doc("datetime")])  # a page dated by its outlet: its "today" is that day
    assert own["date"] == "2015-07-24" and own["kind"] == "day" and "date_bound" not in own
    (fetched,) = timeline([doc("fetched")])
    assert fetched["date"] == "2015-07-24" and fetched.get("date_bound") == "on_or_before"
    (lead,) = timeline([doc("fetched", timex=False)])
    assert lead["date"] == "2015-07-24" and lead["kind"] == "fetched"


def test_a_terminal_page_of_quotes_reads_its_statements_only(tmp_path, capsys, monkeypatch):
    """`marsad quotes` on a terminal (a page of 50, or --limit) grouped every quote first, as the API did: after
    `process` it reads the page's statements, with the same footer and --after paging."""
    from conftest import cli

    from marsad.nlp.quote_records import quote_groups_step
    from marsad.store import open_store
    from marsad.store.sqlite import SQLiteStore

    db = str(tmp_path / "q.db")
    store = open_store(db)
    _store_with_quotes(store)
    quote_groups_step(store)
    store.close()
    read: list[int] = []
    spans = SQLiteStore.quote_spans
    monkeypatch.setattr(SQLiteStore, "quote_spans", lambda self, **kw: read.append(len(r := spans(self, **kw))) or r)
    code, out, _err = cli(capsys, "--db", db, "quotes", "--limit", "1")
    assert code == 0 and "reported by 3 outlets" in out and sum(read) == 3
    first = out.split("]")[0].lstrip("[")
    assert f"… 3 more: marsad --db {db} quotes --limit 1 --after {first}" in out
    code, out, _err = cli(capsys, "--db", db, "quotes", "--limit", "1", "--after", first)
    assert code == 0 and "reported by" not in out and "… 2 more" in out
