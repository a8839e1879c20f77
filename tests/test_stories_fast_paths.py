"""Story clustering's shortcuts give what the plain computation gives (issue 14: all of SaudiNewsNet faster, the same
partition).  Our own short articles; ``benchmarks/story_partition.py`` checks the whole corpus."""

from __future__ import annotations

import math
import random
from collections import defaultdict

import numpy as np
from datasketch import MinHash

from conftest import calling_functions
from marsad.models import Article, Provenance
from marsad.stories import grouping as G
from marsad.stories import syndication as S
from marsad.stories.cluster import ClusterOptions, Clusterer, cluster
from marsad.stories.features import article_features
from marsad.stories.pairs import pair_features, shipped_model

TOWNS = ["إربد", "الزرقاء", "العقبة", "مادبا", "جرش"]
EVENTS = [
    ("حريق في مستودع للأخشاب", "شب حريق في مستودع للأخشاب وهرعت فرق الإطفاء إلى المكان وأخمدته بعد ساعات"),
    ("افتتاح مدرسة جديدة", "افتتح وزير التربية مدرسة جديدة تتسع لألف طالب وقال إنها جزء من خطة لتخفيف الاكتظاظ"),
    ("انقطاع المياه عن أحياء", "انقطعت المياه عن عدة أحياء بسبب عطل في خط رئيسي وقالت سلطة المياه إن الصيانة جارية"),
    ("مهرجان للزيتون", "انطلق مهرجان الزيتون بمشاركة مئات المزارعين الذين عرضوا زيتهم وصابونهم البلدي للزوار"),
]


def _corpus(n: int, seed: int = 5) -> list[Article]:
    """``n`` short dated articles of a few events in a few towns over four days (seqs repeat: ties by id)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title, body = rng.choice(EVENTS)
        town = rng.choice(TOWNS)
        day = 1 + i * 4 // n
        count = rng.choice(["ثلاثة", "خمسة", "عشرين", "مئة"])
        out.append(Article(id=f"fp{i:04d}", raw_id=f"rfp{i:04d}", title=f"{title} في {town}",
                           text=f"{body} في مدينة {town}، وحضر {count} من الأهالي. {body}.",
                           outlet=rng.choice(["وكالة الجنوب", "صحيفة الضفة", "موقع المدى"]),
                           published_at=f"2026-05-0{day}T{8 + i % 10:02d}:00:00", origin=f"fp-{i}.txt"))
    return out


def _plain_compared(g: G.Grouper, f) -> list[str]:
    """The candidates as ranked before: a dict of counts and a sort by (-hits, -seq, id)."""
    hits: dict[str, int] = defaultdict(int)
    for k in G.keys_of(f, g.opts.key_terms):
        posting = g.index.get(k)
        if not posting or len(posting) > g.opts.max_posting:
            continue
        for aid in posting:
            hits[aid] += 1
    out = []
    for aid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], -g.features[kv[0]].seq, kv[0])):
        m = g.features[aid]
        if f.published and not m.published:
            continue
        if not G._within(f.date, m.date, g.window):
            continue
        out.append(m.article_id)
        if len(out) >= g.opts.max_compared:
            break
    return out


def _plain_scores(g: G.Grouper, f):
    """``Grouper.scores`` with each pass computing its candidates and pair probabilities afresh."""
    contact = f.contact if g.opts.contact_slots else None
    out, turned, vouched = g._scores(f, contact)
    if not turned or not out:
        return out
    base = g._scores(f, None, reported=False)[0]
    if base and base[0][0] >= g.join and base[0][1] is not out[0][1]:
        out = [(s, st) for s, st in out if st.id in vouched or st is base[0][1]]
    return out


def test_candidates_scores_and_partition_match_the_plain_computation():
    articles = _corpus(120)
    g = G.Grouper(options=G.GroupOptions(max_compared=6, max_posting=40))
    ranked = 0
    for i, a in enumerate(articles):
        f = article_features(a, [], seq=i // 3)  # three articles a seq: the id breaks the ties
        got = [m.article_id for m in g.compared(f)]
        assert got == _plain_compared(g, f)
        ranked += len(got) > 1
        scores = g.scores(f)
        assert [(s, st.id) for s, st in scores] == [(s, st.id) for s, st in _plain_scores(g, f)]
        g.add(f)
    assert ranked > 60  # most articles had several candidates to rank
    stories = set(g.partition().values())
    assert 4 <= len(stories) < 100  # the events were grouped, not all apart nor all in one


def test_pair_probability_sum_is_the_list_sum():
    model = shipped_model()
    arts = _corpus(30, seed=9)
    fs = [article_features(a, [], seq=i) for i, a in enumerate(arts)]
    for a in fs:
        for b in fs:
            x = pair_features(a, b)
            z = sum([w * v for w, v in zip(model.weights, x)])
            assert model.prob_of(x) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_split_eigenvectors_are_the_same_on_one_blas_thread():
    rng = np.random.default_rng(4)
    for t in range(200):
        n = int(rng.integers(8, 65))
        p = rng.random((n, n))
        p = (p + p.T) / 2
        if t % 2:
            p[: n // 3, n // 3:] *= 0.05
            p[n // 3:, : n // 3] *= 0.05
        w = p ** 6
        np.fill_diagonal(w, 0)
        root = np.sqrt(w.sum(axis=1))
        lap = np.eye(n) - w / np.outer(root, root)
        vals, vecs = np.linalg.eigh(lap)
        with G._one_blas_thread():
            one_vals, one_vecs = np.linalg.eigh(lap)
        assert np.array_equal(vals, one_vals) and np.array_equal(vecs, one_vecs)


def test_shingles_and_signatures_as_before():
    for a in _corpus(20, seed=2):
        text = a.text + " " + a.title
        words = S.WORD_RE.findall(S.fold_for_search(text))
        assert S.shingles(text, 3) == {" ".join(words[i:i + 3]).encode("utf-8") for i in range(len(words) - 2)}
        assert S.shingles(text, 3, 12) == {" ".join(words[:12][i:i + 3]).encode("utf-8") for i in range(10)}
        opts = S.SyndicationOptions(min_shingles=5)
        tpl = S._template(opts.num_perm)
        m = MinHash(num_perm=opts.num_perm, seed=1, hashfunc=S._crc32, permutations=tpl.permutations, scheme=tpl.scheme)
        m.update_batch({" ".join(words[i:i + 3]).encode("utf-8") for i in range(len(words) - 2)})
        sig = S.signature(text, opts)
        assert sig is not None and np.array_equal(sig, np.asarray(m.hashvalues))
    assert S.shingles("كلمتان فقط", 3) == {"كلمتان فقط".encode("utf-8")} and S.shingles("", 3) == set()


WIRE = ("أعلنت بلدية مادبا اليوم إغلاق الطريق الرئيسي المؤدي إلى وسط المدينة أسبوعين لإعادة تأهيله، وقال رئيس "
        "البلدية إن الأعمال تشمل توسعة الأرصفة وتركيب إنارة جديدة وتصريف مياه الأمطار، وإن السير سيحول إلى "
        "طريقين فرعيين طوال مدة الأعمال، داعيا السائقين إلى التقيد بإرشادات رجال السير والتحلي بالصبر.")


def test_copies_follow_their_original_when_groups_are_looked_up_per_batch(store):
    from marsad.models import RawDocument

    arts = [Article(id="cp01", raw_id="rcp01", text=WIRE, title="إغلاق طريق في مادبا", outlet="وكالة الجنوب",
                    published_at="2026-05-02T09:00:00", origin="cp-1.txt", provenance=Provenance()),
            Article(id="cp02", raw_id="rcp02", text=WIRE + " المصدر: وكالة الجنوب", title="مادبا: الطريق الرئيسي يغلق",
                    outlet="موقع المدى", published_at="2026-05-02T11:00:00", origin="cp-2.txt",
                    provenance=Provenance(source_credit="وكالة الجنوب"))] + _corpus(12, seed=3)
    for a in arts:
        store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
    store.add_articles(arts)
    S.syndicate(store)
    assert store.get_article("cp02").provenance.syndicated_from == "cp01"
    cluster(store, ClusterOptions(rebuild=True, batch_size=5))
    batched = store.story_partition()
    assert batched["cp01"] == batched["cp02"]
    # the same placement asking the store for every article's copy
    store.reset_stories()
    c = Clusterer(store, ClusterOptions())
    from marsad.stories.cluster import LAYERS
    from marsad.stories.grouping import placement_key

    todo = sorted(store.articles_to_place(), key=lambda t: placement_key(t[1], t[2]))
    for seq, aid, _ in todo:
        a = store.brief_articles([aid])[aid]
        c.add(article_features(a, store.spans_of([aid], LAYERS).get(aid, []), seq))
    assert c.grouped is None and store.story_partition() == batched


def test_story_title_is_the_most_central_headline_as_before():
    from marsad.stories.cluster import StoryState
    from marsad.stories.features import cosine

    fs = [article_features(a, [], seq=i) for i, a in enumerate(_corpus(40, seed=11))]
    for size in (1, 2, 5, 12, 40):
        st = StoryState("s-x", 1)
        for f in fs[:size]:
            st.add(f, 120)
        st.heads.append(list(st.heads[0]))  # an equal head later on: the earlier one wins the tie
        plain = max(st.heads, key=lambda h: (round(cosine(h[2], st.terms), 6), -st.heads.index(h)))[1]
        assert st.title() == plain and plain
    assert StoryState("s-y", 2).title() == ""


def test_pair_probabilities_are_computed_only_for_stories_the_article_may_join_and_scores_do_not_change(monkeypatch):
    # the towns' events, and reports that share only common words (no name, no number, nothing rare): a story of
    # the latter is never joined through them, and its members' probabilities are never asked for
    titles = ["ارتفاع الأسعار في الأسواق", "الأسعار ترتفع في الأسواق مجددا", "ارتفاع جديد للأسعار في الأسواق",
              "الأسواق تشهد ارتفاع الأسعار"]
    generic = [Article(id=f"gen{i:03d}", raw_id=f"rgen{i:03d}", title=titles[i % 4],
                       text=f"{titles[i % 4]}. {titles[i % 4]} خلال الأسبوع.", outlet="صحيفة الضفة",
                       published_at=f"2026-05-0{1 + i * 4 // 60}T10:00:00", origin=f"gen-{i}.txt") for i in range(60)]
    articles = [a for pair in zip(_corpus(60, seed=11), generic) for a in pair]
    # (anchor off: to turn an old story away, the anchor asks the probabilities of its first members, which
    # a story it turns away then never uses)
    g = G.Grouper(options=G.GroupOptions(max_compared=8, max_posting=40, anchor_days=0))
    model = g.model
    asked: list[str] = []  # the members whose pair features the placement computes (its probability's cost)
    monkeypatch.setattr(G, "pair_features", lambda a, b: (asked.append(b.article_id), pair_features(a, b))[1])
    skipped = 0
    for i, a in enumerate(articles):
        f = article_features(a, [], seq=i)
        compared = g.compared(f)
        contact = f.contact if g.opts.contact_slots else None
        eager = {m.article_id: model.prob_of(pair_features(f, m)) for m in compared}
        want = g._scores(f, contact, compared=compared, known=dict(eager))[0]
        asked.clear()
        got = g._scores(f, contact, compared=compared)[0]
        assert [(s, st.id) for s, st in got] == [(s, st.id) for s, st in want]
        joinable = {st.id for _, st in got}
        # every probability computed belongs to a story that is scored; the others' members were never asked
        assert all(g.story_of[aid] in joinable for aid in asked)
        skipped += len(compared) - len(asked)
        g.add(f)
    assert skipped > 0  # some candidates' stories were gated out before their probabilities were computed


def test_no_collection_runs_while_a_batch_is_placed_only_a_freeze_after_it(store, monkeypatch):
    # A batch's features are all alive while it is placed: an automatic collection then scans them for nothing.
    # After each batch what is left is frozen, not scanned first (placing makes no cycles to collect).
    import gc

    from marsad.models import RawDocument

    arts = _corpus(6, seed=4)
    for a in arts:
        store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
    store.add_articles(arts)
    kept: list = []
    add = Clusterer.add

    def add_keeping_many(self, f):
        kept.append([[] for _ in range(30_000)])  # more than a young generation's threshold, alive
        return add(self, f)

    monkeypatch.setattr(Clusterer, "add", add_keeping_many)
    during: list[int] = []
    after: list[int] = []
    collect = gc.collect
    asked = [False]

    def collect_asked(*args):
        asked[0] = True
        try:
            return collect(*args)
        finally:
            asked[0] = False

    def seen(phase: str, info: dict) -> None:
        if phase != "start":
            return
        names = calling_functions(1)
        if "cluster" in names:
            (after if asked[0] else during).append(info["generation"])

    freeze, frozen = gc.freeze, []

    def freeze_counted():
        frozen.append(1)
        freeze()

    monkeypatch.setattr(gc, "collect", collect_asked)
    monkeypatch.setattr(gc, "freeze", freeze_counted)
    gc.callbacks.append(seen)
    try:
        cluster(store, ClusterOptions(rebuild=True, batch_size=3))
    finally:
        gc.callbacks.remove(seen)
    assert len(kept) == 6 and len(store.story_partition()) == 6  # every article placed
    assert during == []
    assert after == []  # no collection asked for either
    assert len(frozen) == 2  # a freeze after each batch
    assert gc.isenabled()


def test_a_caller_whose_collector_is_off_finds_it_off_after_clustering(store):
    # A program using Marsad as a library may run with its collector off: clustering gives it back as it was.
    import gc

    from marsad.models import RawDocument

    arts = _corpus(4, seed=5)
    for a in arts:
        store.add_raw(RawDocument(id=a.raw_id, origin=a.origin, media_type="text/plain", data=a.text.encode()))
    store.add_articles(arts)
    gc.disable()
    try:
        cluster(store, ClusterOptions(rebuild=True, batch_size=2))
        off_after = not gc.isenabled()
    finally:
        gc.enable()
    assert off_after and len(store.story_partition()) == 4
