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
