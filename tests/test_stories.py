"""Stories: syndication, incremental clustering, the story view and cross-source comparison.

Fixtures are our own Arabic sentences (facts only), plus the bundled demo corpus and,
when ../shared is there, the seed pages.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli, shared_path
from marsad.models import Article, Provenance
from marsad.stories.cluster import ClusterOptions, cluster
from marsad.stories.grouping import GroupOptions
from marsad.stories.facts import date_facts, quantities
from marsad.stories.syndication import signature, similarity, syndicate

WIRE = (
    "أعلنت وزارة الصحة في الأردن اليوم الأحد عن افتتاح مستشفى جديد في مدينة إربد بسعة ثلاثمئة سرير، "
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم سكان محافظات الشمال ويضم أقساما للطوارئ والجراحة "
    "والأطفال، وإن تكلفة المشروع بلغت أربعين مليون دينار مولتها منحة خليجية. وأضاف أن المستشفى سيبدأ "
    "باستقبال المرضى مطلع الشهر المقبل بعد استكمال تجهيز غرف العمليات وتعيين الكوادر الطبية اللازمة، "
    "مشيرا إلى أن الوزارة تعمل على تخفيف الضغط عن مستشفيات العاصمة عمان."
)
OTHER = (
    "فاز المنتخب المغربي لكرة القدم على نظيره الغاني بهدفين مقابل هدف في المباراة الودية التي أقيمت "
    "مساء السبت على ملعب مدينة طنجة، وسجل المهاجم هدف الفوز في الدقائق الأخيرة بعد تمريرة من الجناح "
    "الأيسر، وقال المدرب إن المباراة كانت فرصة لتجربة لاعبين جدد قبل التصفيات القارية المقبلة، وأشاد "
    "بأداء خط الدفاع الذي صمد أمام هجمات الفريق الضيف طوال الشوط الثاني من اللقاء."
)


def _article(i: int, text: str, *, outlet: str, date: str, title: str = "", prov: Provenance | None = None) -> Article:
    return Article(id=f"art{i:04d}", raw_id=f"raw{i:04d}", text=text, title=title, outlet=outlet, published_at=date,
                   origin=f"fixture-{i}.txt", provenance=prov or Provenance())


def _add_raw(store, articles):
    from marsad.models import RawDocument

    for a in articles:
        store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
    store.add_articles(articles)


def test_syndicated_copy_is_linked_to_the_credited_original(store):
    copy_text = WIRE.replace("اليوم الأحد", "الأحد") + " المصدر: وكالة الشمال للأنباء"
    arts = [
        _article(1, copy_text, outlet="موقع الميدان", date="2026-03-02", prov=Provenance(source_credit="وكالة الشمال للأنباء")),
        _article(2, WIRE, outlet="وكالة الشمال للأنباء", date="2026-03-02"),
        _article(3, OTHER, outlet="صحيفة الملعب", date="2026-03-02"),
    ]
    _add_raw(store, arts)
    report = syndicate(store)
    assert report.linked == 1
    copy, original, other = (store.get_article(a.id) for a in arts)
    assert copy.provenance.syndication_group == original.provenance.syndication_group is not None
    # the copy arrived first, but it credits the agency: the agency's article is the source
    assert copy.provenance.syndicated_from == original.id
    assert original.provenance.syndicated_from is None
    assert other.provenance.syndication_group is None


def test_minhash_tells_copies_from_unrelated_text():
    a, b, c = signature(WIRE), signature(WIRE.replace("إربد", "الزرقاء")), signature(OTHER)
    assert similarity(a, b) > 0.7
    assert similarity(a, c) < 0.2
    assert signature("نص قصير جدا") is None  # too short to fingerprint


def test_syndication_is_incremental(store):
    _add_raw(store, [_article(1, WIRE, outlet="أ", date="2026-03-02")])
    syndicate(store)
    _add_raw(store, [_article(2, WIRE + " انتهى.", outlet="ب", date="2026-03-03")])
    report = syndicate(store)
    assert report.articles == 1  # only the new article was fingerprinted
    assert store.get_article("art0002").provenance.syndicated_from == "art0001"


def test_clustering_groups_same_event_and_respects_time_window(store):
    same = WIRE.replace("وقال الوزير", "وأوضح وزير الصحة").replace("أربعين مليون", "نحو أربعين مليون")
    arts = [
        _article(1, WIRE, outlet="أ", date="2026-03-01", title="افتتاح مستشفى جديد في إربد"),
        _article(2, OTHER, outlet="ب", date="2026-03-01", title="المغرب يفوز على غانا وديا"),
        _article(3, same, outlet="ج", date="2026-03-02", title="مستشفى إربد الجديد يستقبل المرضى الشهر المقبل"),
        _article(4, WIRE, outlet="د", date="2026-06-20", title="افتتاح مستشفى جديد في إربد"),
    ]
    _add_raw(store, arts)
    report = cluster(store, ClusterOptions(group=GroupOptions(window_days=3)))
    story = store.story_partition()
    assert story["art0001"] == story["art0003"]
    assert story["art0002"] != story["art0001"]
    assert story["art0004"] != story["art0001"]  # three months later: outside the window
    assert report.articles == 4
    before = dict(story)
    cluster(store, ClusterOptions(rebuild=True, group=GroupOptions(window_days=3)))  # same input, same order → same stories
    again = store.story_partition()
    assert again == before


def test_a_run_with_nothing_new_reads_nothing_back_and_a_later_article_still_joins(store, monkeypatch):
    import marsad.stories.cluster as cl

    _add_raw(store, [_article(1, WIRE, outlet="أ", date="2026-03-01", title="افتتاح مستشفى جديد في إربد"),
                     _article(2, OTHER, outlet="ب", date="2026-03-01", title="المغرب يفوز على غانا وديا")])
    opts = ClusterOptions(group=GroupOptions(window_days=3))
    assert cluster(store, opts).articles == 2
    computed = []
    real = cl.article_features
    monkeypatch.setattr(cl, "article_features", lambda a, *args, **kw: computed.append(a.id) or real(a, *args, **kw))
    again = cluster(store, opts)  # `marsad process` runs the corpus steps again when nothing is pending
    assert (again.articles, again.new_stories, computed) == (0, 0, [])
    same = WIRE.replace("وقال الوزير", "وأوضح وزير الصحة")
    _add_raw(store, [_article(3, same, outlet="ج", date="2026-03-02", title="مستشفى إربد الجديد يستقبل المرضى")])
    assert cluster(store, opts).joined == 1  # the window is read back when there is something to place
    story = store.story_partition()
    assert story["art0003"] == story["art0001"] != story["art0002"]
    assert computed == ["art0003"]  # (the window's features were kept when they were placed, not computed again)


def test_quantity_facts_read_numbers_words_and_frames():
    facts = {(q.frame, q.label()) for q in quantities("لقي 12 شخصا حتفهم وأصيب نحو 40 آخرين")}
    assert facts == {("dead", "12"), ("injured", "~40")}
    assert [(q.frame, q.label()) for q in quantities("وقعا ثماني مذكرات تفاهم")] == [("count:مذكر", "8")]
    assert [(q.frame, q.label()) for q in quantities("الاتفاقية تسري لمدة 10 سنوات")] == [("duration", "10 years")]
    first = [q.frame for s in ("الزيارة الأولى منذ 24 عاما", "للمرة الأولى منذ عام 2000", "الأولى منذ نحو ربع قرن")
             for q in quantities(s)]
    assert first == ["first_since"] * 3
    d = date_facts("التقى الرئيسان في سبتمبر/أيلول الماضي في موسكو")
    assert [(x.event, x.month, x.relative) for x in d] == [("meeting", 9, -1)]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from marsad.demo.run import corpus_path
    from marsad.ingest.run import IngestOptions, ingest
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.store import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(str(path))
    ingest(store, [str(corpus_path())], IngestOptions())
    process(store, ProcessOptions(show_progress=False))
    yield store
    store.close()


def _key(article: dict) -> str:
    origin = article["origin"] or ""
    name = origin.replace("\\", "/").split("/")[-1]
    return name.split("#")[0] if not name.startswith("extra.jsonl") else name


def test_demo_planted_stories_and_disagreements(demo_db):
    from marsad.demo.run import corpus_path
    from marsad.stories.view import list_stories, story_view

    expected = json.loads((corpus_path().parent / "expected.json").read_text(encoding="utf-8"))
    stories = list_stories(demo_db)
    assert len(stories) == 3
    want = {}
    for key, a in expected["articles"].items():
        want[a["file"] if a["record"] is None else f"extra.jsonl#{a['record']}"] = a["story"]
    for s in stories:
        labels = set()
        for a in s["articles"]:
            name = _key(a)
            label = next((v for k, v in want.items() if name == k or (k.startswith("extra.jsonl") and name.startswith("extra.jsonl")
                                                                    and a["url"] and expected["articles"][k]["url"] == a["url"])), None)
            labels.add(label)
        assert len(labels) == 1 and None not in labels, s["title"]
        assert s["size"] == 4
        assert {"id", "outlet", "title", "published_at", "origin"} <= set(s["articles"][0])
    # The planted disagreements: duration 15 vs 10 years, 6 vs 8 memoranda, 12 vs 15 dead.
    found = set()
    for s in stories:
        view = story_view(demo_db, s["id"])
        for d in view["comparison"]["disagreements"]:
            values = {v["value"] for v in d["values"]}
            found.add((d["frame"] if "frame" in d else d["kind"], frozenset(values)))
        assert view["summary"] and all(x["cites"] for x in view["summary"])
        assert view["title"]
    assert ("duration", frozenset({"15 years", "10 years"})) in found
    assert ("count:مذكر", frozenset({"6", "8"})) in found
    assert ("dead", frozenset({"12", "15"})) in found


def test_story_view_lists_sources_for_every_item(demo_db):
    from marsad.stories.view import list_stories, story_view

    sid = list_stories(demo_db)[0]["id"]
    view = story_view(demo_db, sid[:8])  # a unique prefix is enough
    assert view["id"] == sid
    comp = view["comparison"]
    for item in comp["agreements"] + comp["single_outlet_claims"]:
        assert item["sentences"] and item["outlets"]
        for s in item["sentences"]:
            assert s["article_id"] in {a["id"] for a in view["articles"]}
    for d in comp["disagreements"]:
        assert len(d["values"]) >= 2 and all(v["outlets"] for v in d["values"])
    assert story_view(demo_db, "s-nonexistent") is None


def test_demo_section_names_top_stories(demo_db):
    from marsad.stories.summary import demo_section

    text = demo_section(demo_db)
    assert "stories" in text.lower()
    assert text.count("\n") > 5


def test_cli_stories_and_story(tmp_path):
    from marsad.demo.run import corpus_path

    db = tmp_path / "cli.db"
    run_cli("ingest", str(corpus_path()), "--process", db=db)
    lines = run_cli("stories", "--json", db=db).stdout.decode().splitlines()
    stories = [json.loads(line) for line in lines]
    assert len(stories) == 3
    one = json.loads(run_cli("story", stories[0]["id"], "--json", db=db).stdout.decode())
    assert one["id"] == stories[0]["id"] and one["comparison"]["disagreements"]
    run_cli("cluster", "--rebuild", db=db)
    again = [json.loads(x) for x in run_cli("stories", "--json", db=db).stdout.decode().splitlines()]
    assert sorted(s["id"] for s in again) == sorted(s["id"] for s in stories)
    bad = run_cli("story", "nope", db=db, check=False)
    assert bad.returncode == 2 and b"no story" in bad.stderr


SEEDS_UNDATED = ("known gap (issue 14): the seed pages carry no publication date, and the pair model trained on dated "
                 "news cannot tell the Aug 2023 page (001) from the June 2024 ones by content alone")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    seeds = shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run_cli("ingest", str(seeds), "--process", db=db)
    return db


@pytest.mark.xfail(strict=True, reason=SEEDS_UNDATED)
def test_seeds_grouping(seeds_db, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "stories.jsonl"
    out.write_bytes(run_cli("stories", "--json", db=seeds_db).stdout)
    score = subprocess.run([sys.executable, str(shared_path("tools", "score_stories_seeds.py")), str(out)],
                           capture_output=True, text=True)
    assert score.returncode == 0, score.stdout


def test_seeds_comparison(seeds_db):
    """The June 2024 pages compared as one story (whatever clustering made of them)."""
    from marsad.store import open_store
    from marsad.stories.compare import compare
    from marsad.stories.view import story_docs

    store = open_store(str(seeds_db))
    main = [a for a in store.iter_articles() if any(f"{d}_" in (a.origin or "") for d in ("002", "003", "004"))
            or ("000_" in (a.origin or "") and not a.title)]
    docs = story_docs(store, [a.id for a in main])
    comp = compare(docs)
    first = [a for a in comp["agreements"] if a.get("frame") == "first_since"]
    assert first and len(first[0]["articles"]) == 4  # "the first visit in 24 years", four ways
    for ref in first[0]["sentences"]:  # shown in the outlet's own words, at their place in the text
        doc = next(d for d in docs if d.article.id == ref["article_id"])
        text = doc.article.title if ref["headline"] else doc.text
        assert text[ref["figure_start"] - ref["start"] if ref["headline"] else ref["figure_start"]:][:len(ref["figure"])] \
            == ref["figure"]
    # gold: 002 places the September Far East meeting in 2019, 004 says "last September"
    origin = {a.id: a.origin for a in main}
    dates = [d for d in comp["disagreements"] if d["kind"] == "date"]
    assert any(any("002_" in origin[s["article_id"]] for v in d["values"] for s in v["sentences"]) for d in dates)


def test_distinctive_wording_finds_an_outlets_own_words():
    from marsad.models import Doc
    from marsad.stories.compare import CompareOptions, distinctive_wording

    shared = "وافق البرلمان على قانون الموازنة العامة بعد نقاش طويل في الجلسة المسائية. " * 20
    a = Article(id="a1", raw_id="r1", outlet="صحيفة أ", text=shared + "ووصف النواب القانون بأنه مجحف. " * 5)
    b = Article(id="b1", raw_id="r2", outlet="صحيفة ب", text=shared + "ورحب الوزير بإقرار القانون في جلسة هادئة. " * 5)
    words = distinctive_wording([Doc(a), Doc(b)], CompareOptions())
    assert "مجحف" in [w["word"] for w in words["صحيفة أ"]]
    assert all(w["word"] != "مجحف" for w in words.get("صحيفة ب", []))


def test_stories_since_must_be_a_date(store):
    from marsad.errors import InputError
    from marsad.stories.view import list_stories

    with pytest.raises(InputError):
        list_stories(store, since="last week")
    assert list_stories(store, since="2026-01-01") == []


def test_figures_are_facts_in_the_outlets_own_words():
    """What the comparison may call a figure: never a function word, a score, a clock time or rhetoric."""
    said = "ارتفع المؤشر بنسبةٍ 5% وتراجعت أسهم ثلاثٍ وعشرين شركةً"
    got = [(q.frame, q.label(), q.surface) for q in quantities(said)]
    assert ("percent", "5%", "5%") in got
    for q in quantities(said):
        assert said[q.start:q.end] == q.surface  # original spelling and diacritics, not the matching form
    assert quantities("وقال إن 3 الذي وصلوا أمس") == []  # "number of الذي"
    assert quantities("تحالف يمتد لمدة قرن من الزمن") == []  # rhetoric
    assert quantities("وعقد الطرفان اجتماعا مطولا") == []  # عقد is "held", not a decade
    assert quantities("فاز الفريق 4-1 على ضيفه") == []  # a score
    assert quantities("بحلول الساعة 0213 بتوقيت غرينتش") == []  # a time of day
    toll = [(q.frame, q.label()) for q in quantities("قتل 12 شخصا بينهم خمسة جنود")]
    assert ("dead", "12") in toll and ("dead", "5") not in toll  # a part of a toll is not the toll
    assert [q.label() for q in quantities("تداول 108،078،671 سهما")] == ["108078671"]


def test_two_market_reports_do_not_disagree_on_their_figures():
    """Two days' market reports share every word but the figures: not one fact told two ways."""
    from marsad.models import Doc
    from marsad.stories.compare import compare

    one = Article(id="m1", raw_id="rm1", outlet="صحيفة أ", published_at="2026-02-01",
                  text="أغلق مؤشر السوق المالية مرتفعا بعد تداولات بلغت قيمتها 4.2 مليار ريال، وارتفعت أسهم 90 شركة.")
    two = Article(id="m2", raw_id="rm2", outlet="صحيفة ب", published_at="2026-02-03",
                  text="أغلق مؤشر السوق المالية منخفضا بعد تداولات بلغت قيمتها 3.1 مليار ريال، وارتفعت أسهم 35 شركة.")
    comp = compare([Doc(one), Doc(two)])
    assert [d for d in comp["disagreements"] if d["kind"] == "number"] == []


def test_currencies_and_ubiquitous_words_are_not_key_actors():
    """A 27-article economy pool once listed ريال, دولار and المملكة as its key actors."""
    from marsad.stories.view import is_key_actor

    assert not any(is_key_actor(n) for n in ("ريال", "الدولار", "المملكة"))
    assert all(is_key_actor(n) for n in ("موبايلي", "محمد بن سلمان", "أشتون كارتر"))
