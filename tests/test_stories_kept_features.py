"""Placed articles' clustering features kept in the store: the next run reads its window back instead of computing
them again, and places a new article as it would have with features computed again (issues 18 and 14)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from marsad.models import Article, RawDocument, Span
from marsad.stories.cluster import ClusterOptions, cluster
from marsad.stories.contacts import Contact
from marsad.stories.features import ArticleFeatures, article_features, decode, encode, features_version
from marsad.stories.grouping import GroupOptions
from marsad.stories.slots import Slots

# (own wording: a new bridge opened in a northern town, and a football friendly)
BRIDGE = ("افتتح وزير النقل صباح الاثنين جسرا جديدا فوق الوادي في بلدة الشمال بطول ستمئة متر، وقال في كلمة "
          "أمام الأهالي إن الجسر يختصر الطريق إلى المدينة نصف ساعة، وإن كلفته بلغت ثلاثين مليون دينار. وأضاف أن "
          "الوزارة ستفتح طريقين آخرين قبل نهاية العام، وأن العمل في الجسر استمر سنتين رغم الأمطار.")
MATCH = ("تعادل فريق النسور مع فريق الصقور بهدف لكل منهما في مباراة ودية أقيمت مساء الأحد على الملعب البلدي، "
         "وسجل قائد النسور هدف فريقه في الشوط الأول قبل أن يعادل الصقور بركلة جزاء في الدقائق الأخيرة، وقال "
         "المدرب إن اللقاء كان فرصة لتجربة لاعبين شبان قبل بداية الموسم.")


def _add(store, i: int, text: str, *, date: str, title: str, outlet: str) -> Article:
    raw = RawDocument.from_bytes(f"{title} {i}".encode(), f"kept-{i}.txt", "text/plain")
    a = Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, title=title, outlet=outlet,
                published_at=date, origin=raw.origin)
    with store.transaction():
        store.add_raw(raw)
        store.add_articles([a])
    return a


def _rich() -> ArticleFeatures:
    """Features with a value of every kind a field may hold (slots and a contact included)."""
    return ArticleFeatures(
        article_id="a1", seq=7, outlet="صحيفة الوادي", title="جسر جديد", date="2026-03-02",
        terms={"جسر": 0.6, "وادي": 0.1 + 0.2}, lead={"جسر": 1.0}, entities={"loc:x": 1.0},
        entity_names={"loc:x": "الوادي"},
        event_dates=["03-02"], published=True, title_vec={"جسر": 1.0}, numbers=frozenset({"600"}),
        rarity={"loc:x": 7.25}, events=frozenset({"open"}), vocab=frozenset({"جسر", "وادي"}), title_stems=("جسر",),
        title_rare=(("جسر", 5.5),), title_names=frozenset(), actors=frozenset({"loc:x"}), marks=frozenset({"600"}),
        lead_places=(("loc:x", frozenset({"وادي"})),), head_places=frozenset({"loc:x"}), head_vocab=frozenset({"جسر"}),
        slots=Slots(opponents=frozenset({"نسور", "صقور"}), kinds=frozenset({"match"})), ordinal=3,
        contact=Contact(kind="call", counterparts=frozenset({"w:ملك"}), reacts=True),
        periods=(frozenset({"q2"}), frozenset()), toll=4, opinion=False,
        where=(frozenset({"loc:x"}), frozenset(), frozenset({"loc:y"}), True))


def test_features_round_trip_through_the_store(any_store):
    f = _rich()
    back = decode(encode(f))
    assert back == f
    for name in (x.name for x in fields(ArticleFeatures)):  # each value of its own type, not just equal
        assert type(getattr(back, name)) is type(getattr(f, name)), name
    plain = ArticleFeatures("a2", 8, None, "", None, {})
    v = features_version()
    any_store.save_story_features([("a1", v, encode(f)), ("a2", v, encode(plain))])
    kept = any_store.story_features_of(["a1", "a2", "a3"], v)
    assert sorted(kept) == ["a1", "a2"] and decode(kept["a1"]) == f and decode(kept["a2"]) == plain
    assert any_store.story_features_of(["a1"], "another version") == {}
    any_store.save_story_features([("a1", "another version", encode(plain))])  # kept again: replaced
    assert any_store.story_features_of(["a1"], v) == {}
    assert decode(any_store.story_features_of(["a1"], "another version")["a1"]) == plain
    assert any_store.story_features_size()[0] == 2
    assert any_store.forget_story_features(["a2", "a3"]) == 1
    assert any_store.story_features_of(["a2"], v) == {}


def test_kept_features_go_when_the_analysis_or_the_date_is_written_again(any_store):
    a = _add(any_store, 1, BRIDGE, date="2026-03-02", title="افتتاح جسر الوادي", outlet="أ")
    b = _add(any_store, 2, MATCH, date="2026-03-02", title="تعادل النسور والصقور", outlet="ب")
    v = features_version()

    def keep() -> None:
        any_store.save_story_features([(x.id, v, encode(_rich())) for x in (a, b)])

    keep()
    any_store.replace_spans(a.id, "ner", "1", [Span("mention", 0, 4, "PER", {"entity_id": "per:x"})])
    assert sorted(any_store.story_features_of([a.id, b.id], v)) == [b.id]
    keep()
    assert any_store.move_mentions("per:x", "per:y") == [a.id]  # an entity merge relinks the article
    assert sorted(any_store.story_features_of([a.id, b.id], v)) == [b.id]
    keep()
    any_store.redate_articles([(b.id, "2026-03-03", "day")])
    assert sorted(any_store.story_features_of([a.id, b.id], v)) == [a.id]
    keep()  # and those of articles the window has left go
    assert any_store.forget_story_features_before("2026-03-03") == 1
    assert sorted(any_store.story_features_of([a.id, b.id], v)) == [b.id]


def _day_by_day(store, monkeypatch, *, forget: bool = False, version: str | None = None) -> list[str]:
    """Day 1, then day 2 into the same store; the articles whose features were computed on day 2."""
    import marsad.stories.cluster as cl

    opts = ClusterOptions(group=GroupOptions(window_days=3))
    _add(store, 1, BRIDGE, date="2026-03-01", title="افتتاح جسر جديد في بلدة الشمال", outlet="أ")
    _add(store, 2, MATCH, date="2026-03-01", title="النسور والصقور يتعادلان وديا", outlet="ب")
    assert cluster(store, opts).articles == 2
    if forget:
        store.forget_story_features(list(store.story_partition()))
    if version is not None:
        monkeypatch.setattr(cl, "features_version", lambda: version)
    computed: list[str] = []
    real = cl.article_features
    monkeypatch.setattr(cl, "article_features", lambda a, *args, **kw: computed.append(a.id) or real(a, *args, **kw))
    same = BRIDGE.replace("وقال في كلمة", "وأوضح في كلمة")
    _add(store, 3, same, date="2026-03-02", title="جسر بلدة الشمال يختصر الطريق إلى المدينة", outlet="ج")
    assert cluster(store, opts).articles == 1
    return computed


def test_a_resumed_clusterer_places_a_new_article_as_one_that_computed_again_would(tmp_path, monkeypatch):
    from marsad.store import open_store

    kept, again = open_store(str(tmp_path / "kept.db")), open_store(str(tmp_path / "again.db"))
    try:
        computed = _day_by_day(kept, monkeypatch)
        monkeypatch.undo()
        assert len(computed) == 1  # only the new article: the window's features were read back
        assert sorted(_day_by_day(again, monkeypatch, forget=True)) == sorted(kept.story_partition())
        assert kept.story_placements() == again.story_placements()  # the same stories, with the same scores
        assert kept.live_stories() == again.live_stories()
        part = kept.story_partition()
        assert len(set(part.values())) == 2
        # and what was kept is what computing again gives
        ids = sorted(part)
        seqs = {r["article_id"]: r["seq"] for r in kept.placed_since("2026-01-01")}
        arts, spans = kept.brief_articles(ids), kept.spans_of(ids, ("mention", "timex", "event"))
        stored = kept.story_features_of(ids, features_version())
        assert sorted(stored) == ids
        for aid in ids:
            assert decode(stored[aid]) == article_features(arts[aid], spans.get(aid, []), seqs[aid])
    finally:
        kept.close()
        again.close()


def test_features_of_another_version_are_computed_again_and_kept(store, monkeypatch):
    computed = _day_by_day(store, monkeypatch, version="a later version")
    assert len(computed) == 3  # the two of the window computed again, and the new one
    assert sorted(store.story_features_of(list(store.story_partition()), "a later version")) == sorted(computed)


@pytest.mark.parametrize("value", [{1: 0.5}, [("not", "kept")]])
def test_a_value_the_encoding_does_not_know_is_refused(value):
    f = ArticleFeatures("a3", 1, None, "", None, {})
    f.slots = value
    with pytest.raises(TypeError):
        encode(f)


def test_only_the_window_is_kept(store):
    opts = ClusterOptions(group=GroupOptions(window_days=3))
    old = _add(store, 1, BRIDGE, date="2026-03-01", title="افتتاح جسر جديد في بلدة الشمال", outlet="أ")
    cluster(store, opts)
    assert sorted(store.story_features_of([old.id], features_version())) == [old.id]
    new = _add(store, 2, MATCH, date="2026-03-20", title="النسور والصقور يتعادلان وديا", outlet="ب")
    undated = _add(store, 3, MATCH.replace("الأحد", "السبت"), date=None, title="النسور والصقور مرة أخرى", outlet="ج")
    cluster(store, opts)  # three weeks later: no later run compares with the first article, nor with an undated one
    assert sorted(store.story_features_of([old.id, new.id, undated.id], features_version())) == [new.id]


def test_kept_features_that_cannot_be_read_are_computed_again(store, monkeypatch):
    """Bytes that are no compressed JSON (a damaged row) are computed again, as the other unreadable ones: zlib's
    own error is no ValueError, and it stopped the run."""
    real = store.story_features_of
    monkeypatch.setattr(store, "story_features_of", lambda ids, v: {a: b"not zlib" for a in real(ids, v)})
    computed = _day_by_day(store, monkeypatch)
    assert len(computed) == 3  # the two of the window computed again, and the new one


def test_the_version_reads_the_same_modules_from_import_lines_as_from_parsed_trees():
    # features_version reads only each module's import lines (not its whole tree): the same files
    # (and so the same version) as parsing every module, for the package as it is
    from marsad.stories.features import _feature_modules

    lines, trees = _feature_modules(), _feature_modules(parse=True)
    assert {p for p in lines.values() if p} == {p for p in trees.values() if p}
    assert len([p for p in lines.values() if p]) > 50


def test_import_lines_are_the_import_statements_of_a_module():
    import ast

    from marsad.stories.features import _import_lines, _import_statements

    source = '''"""A module.

import the numbers from the store (prose, no statement)
"""
import os, sys  # two
from . import a
from ..b import (c,
                 d as e)  # a comment
from marsad.x import \\
    y


def f():
    if True:
        from marsad.z import w
    try:
        import marsad.q as q
    except ImportError:
        pass
    return "from marsad.not_this import it"
'''

    def names(statements):
        return sorted(ast.dump(s) for s in statements)

    assert names(_import_lines(source)) == names(_import_statements(ast.parse(source)))
    assert len(names(_import_lines(source))) == 6
    # a ")" in a comment among parenthesised names: the module is parsed whole rather than an import missed
    odd = "from marsad.a import (b,  # see f(x)\n                       c)\nimport marsad.d\n"
    assert names(_import_lines(odd)) == names(_import_statements(ast.parse(odd)))
    assert len(names(_import_lines(odd))) == 2
