"""Story views are stored after clustering, served from the store, and recomputed when the story changes."""

from __future__ import annotations

import json

from marsad.demo.run import run_demo
from marsad.models import to_dict
from marsad.pipeline.runner import ProcessOptions, process
from marsad.store import open_store
from marsad.stories.view import compute_story_view, fingerprint, list_stories, materialize_step, story_view


def test_stored_views_match_and_follow_changes(tmp_path):
    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    stories = list_stories(store, min_size=2)
    assert len(stories) == 3 and store.stale_story_views(fingerprint()) == []
    assert all(store.stored_story_view(s["id"], fingerprint()) for s in stories)
    floods = next(s for s in stories if "نابل" in s["title"])
    fresh = json.loads(json.dumps(to_dict(compute_story_view(store, floods["id"])), ensure_ascii=False))
    assert story_view(store, floods["id"]) == fresh

    # The story changes (as clustering does when an article joins): the stored view no longer counts...
    row = store.get_story(floods["id"])
    store.save_story(row["id"], seq=row["seq"], title="عنوان جديد", size=row["size"], first_seen=row["first_seen"],
                     last_seen=row["last_seen"], centroid=row["centroid"], updated_at="2099-01-01T00:00:00")
    assert store.stored_story_view(floods["id"], fingerprint()) is None
    assert story_view(store, floods["id"])["title"] == "عنوان جديد"
    # ...until the next `process` stores it again.
    assert materialize_step(store) == "story views: 1 stored"
    assert store.stored_story_view(floods["id"], fingerprint())["title"] == "عنوان جديد"


def test_a_story_page_follows_its_articles_analysed_again(tmp_path):
    """An article already in a story is analysed again (relinked after a merge of people or an office change, in
    the same run or a later one): its story's page is computed again, not served from the old analysis, though the
    story itself (its members, its title) did not change."""
    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    floods = next(s for s in list_stories(store, min_size=2) if "نابل" in s["title"])
    other = next(s for s in list_stories(store, min_size=2) if s["id"] != floods["id"])
    for s in (floods, other):  # pages as an older analysis left them
        store.save_story_view(s["id"], store.get_story(s["id"])["updated_at"], fingerprint(), {"title": "قديم"})
    member = store.story_article_ids(floods["id"])[0]
    store.forget_stage_runs([member], ["quotes"])

    report = process(store, ProcessOptions())
    assert report.articles == 1
    fresh = json.loads(json.dumps(to_dict(compute_story_view(store, floods["id"])), ensure_ascii=False))
    assert store.stored_story_view(floods["id"], fingerprint()) == fresh
    assert store.stored_story_view(other["id"], fingerprint()) == {"title": "قديم"}  # its articles were not touched


def test_feature_workers_cluster_exactly_like_one_process(tmp_path):
    from marsad.stories.cluster import ClusterOptions, cluster

    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    groupings = []
    for workers in (1, 2):
        cluster(store, ClusterOptions(rebuild=True, batch_size=3, workers=workers))
        groupings.append(sorted(store.story_partition().items()))
    assert groupings[0] == groupings[1] and len(groupings[0]) == 12


def test_views_computed_on_workers_are_the_views_one_process_stores(tmp_path, monkeypatch):
    from marsad.executor import ExecutorOptions, make_executor
    from marsad.stories import view

    monkeypatch.setattr(view, "_VIEWS_PER_TASK", 1)  # the demo has three stories: one task each
    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    ids = [s["id"] for s in list_stories(store, min_size=2)]
    stored = {}
    for workers in (1, 2):
        for sid in ids:  # every view stale again
            row = store.get_story(sid)
            store.save_story(row["id"], seq=row["seq"], title=row["title"], size=row["size"],
                             first_seen=row["first_seen"], last_seen=row["last_seen"], centroid=row["centroid"],
                             updated_at=f"2099-01-0{workers}T00:00:00")
        executor = make_executor(ExecutorOptions(workers=workers))
        try:
            assert materialize_step(store, executor=executor) == "story views: 3 stored"
        finally:
            executor.close()
        stored[workers] = {sid: store.stored_story_view(sid, fingerprint()) for sid in ids}
    assert all(stored[2].values()) and stored[1] == stored[2]


def _stories_rows(store) -> dict[str, list[tuple]]:
    """Every row of the story tables (a merged story's centroid included), but the clock's columns."""
    rows = store.table_rows(frozenset({"updated_at", "created_at", "placed_at"}))
    return {name: rows[name] for name in ("stories", "story_articles", "story_postings", "story_state")}


def test_feature_parts_on_workers_are_placed_in_the_batches_one_process_places(tmp_path, monkeypatch):
    """On a pool, each batch's features are computed in parts of ``POOL_BATCH`` articles (the last batch's
    articles were placed here alone, the workers waiting), but placed and written in the same batches as in one
    process: one transaction and one flush per batch (a merged story keeps the centroid its last flush wrote, so
    flushing per part stored other centroids)."""
    from marsad.executor import ProcessExecutor
    from marsad.stories import cluster as clustering
    from marsad.stories.cluster import ClusterOptions, Clusterer, cluster

    monkeypatch.setattr(clustering, "POOL_BATCH", 2, raising=False)  # (absent before the parts)
    tasks: list[int] = []
    real_map = ProcessExecutor.map

    def counted_map(self, func, items, recipe):
        items = list(items)
        tasks.extend(len(i) for i in items)
        return real_map(self, func, items, recipe)

    monkeypatch.setattr(ProcessExecutor, "map", counted_map)
    flushes: list[int] = []
    real_flush = Clusterer.flush
    monkeypatch.setattr(Clusterer, "flush", lambda self: (flushes.append(1), real_flush(self))[1])
    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    got = {}
    for workers in (1, 2):
        flushes.clear()
        report = cluster(store, ClusterOptions(rebuild=True, batch_size=5, workers=workers))
        got[workers] = (_stories_rows(store), len(flushes), report.articles)
    n = got[1][2]
    assert n > 10 and got[1] == got[2]
    assert got[1][1] == -(-n // 5)  # one flush per batch of 5, with workers too
    assert tasks and max(tasks) == 2 and sum(tasks) == n  # the features in parts of 2 on the pool


def test_a_few_stale_views_are_computed_on_the_pool(tmp_path):
    """Fewer stale stories than a task holds (the second round of a run: a few articles linked again) are
    shared among the workers, not computed here while they wait; the same views."""
    from marsad.stories import view

    class Spy:
        """A pool of two workers that runs its tasks here and notes their sizes."""

        workers, distributed = 2, False

        def __init__(self):
            self.tasks = []

        def map(self, func, items, recipe):
            store = recipe.build()
            try:
                for item in items:
                    self.tasks.append(len(item))
                    yield func(store, item)
            finally:
                store.close()

    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    ids = [s["id"] for s in list_stories(store, min_size=2)]
    assert len(ids) == 3 < view._VIEWS_PER_TASK
    stored = {}
    for name, executor in (("here", None), ("pool", Spy())):
        for sid in ids:  # every view stale again
            row = store.get_story(sid)
            store.save_story(row["id"], seq=row["seq"], title=row["title"], size=row["size"],
                             first_seen=row["first_seen"], last_seen=row["last_seen"], centroid=row["centroid"],
                             updated_at=f"2099-01-01T00:00:0{len(stored)}")
        assert materialize_step(store, executor=executor) == "story views: 3 stored"
        stored[name] = {sid: store.stored_story_view(sid, fingerprint()) for sid in ids}
    assert executor.tasks == [2, 1]
    assert all(stored["pool"].values()) and stored["here"] == stored["pool"]


def test_key_entities_are_the_twelve_heaviest_key_actors_as_when_every_entity_was_asked(tmp_path):
    """A story page asks is_key_actor of its entities heaviest first and stops at twelve: the same twelve, in the
    same order (ties kept in the centroid's order), as asking every entity and sorting what passed."""
    from marsad.stories.view import is_key_actor

    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    sid = list_stories(store, min_size=2)[0]["id"]
    row = store.get_story(sid)
    people = ["سالم الحربي", "نورة القحطاني", "فهد العتيبي", "ليلى الشمري", "خالد الدوسري", "منى الزهراني",
              "ماجد المطيري", "هند السبيعي", "عمر البقمي", "سارة الغامدي", "يوسف العنزي", "ريم الشهري",
              "بدر الرشيدي", "عبير الحارثي"]
    entities, names = {}, {}
    for i, name in enumerate(people):  # weights in pairs: ties between two names, in the centroid's order
        entities[f"name:{name}"] = round(1.0 - (i // 2) * 0.05, 3)
        names[f"name:{name}"] = name
    for k, w in (("name:ريال", 2.0), ("fact:dead=12", 1.9), ("name:دولار", 0.97), ("name:المملكة", 0.96)):
        entities[k] = w  # a currency, a shared fact and a common word: heavy, but no key actor
    centroid = dict(row["centroid"] or {}, entities=entities, names=names)
    store.save_story(sid, seq=row["seq"], title=row["title"], size=row["size"], first_seen=row["first_seen"],
                     last_seen=row["last_seen"], centroid=centroid, updated_at="2099-01-01T00:00:00")
    want = sorted(((k, v) for k, v in entities.items() if not k.startswith("fact:")
                   and is_key_actor(names.get(k, k.removeprefix("name:")))), key=lambda kv: -kv[1])[:12]
    got = compute_story_view(store, sid)["key_entities"]
    assert [(e["id"], e["weight"]) for e in got] == [(k, round(v, 3)) for k, v in want]
    assert len(got) == 12 and "name:ريال" not in {e["id"] for e in got}
    assert [e["name"] for e in got[:2]] == ["سالم الحربي", "نورة القحطاني"]
