"""Story views are stored after clustering, served from the store, and recomputed when the story changes."""

from __future__ import annotations

import json

from marsad.demo.run import run_demo
from marsad.models import to_dict
from marsad.store import open_store
from marsad.stories.view import compute_story_view, list_stories, materialize_step, story_view


def test_stored_views_match_and_follow_changes(tmp_path):
    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    stories = list_stories(store, min_size=2)
    assert store.query("SELECT count(*) AS n FROM story_views")[0]["n"] == len(stories) == 3
    floods = next(s for s in stories if "نابل" in s["title"])
    fresh = json.loads(json.dumps(to_dict(compute_story_view(store, floods["id"])), ensure_ascii=False))
    assert story_view(store, floods["id"]) == fresh

    # The story changes (as clustering does when an article joins): the stored view no longer counts...
    store.execute("UPDATE stories SET title = 'عنوان جديد', updated_at = '2099-01-01T00:00:00' WHERE id = ?",
                  (floods["id"],))
    assert story_view(store, floods["id"])["title"] == "عنوان جديد"
    # ...until the next `process` stores it again.
    assert materialize_step(store) == "story views: 1 stored"
    row = store.query("SELECT updated_at, view FROM story_views WHERE story_id = ?", (floods["id"],))[0]
    assert row["updated_at"] == "2099-01-01T00:00:00" and json.loads(row["view"])["title"] == "عنوان جديد"


def test_feature_workers_cluster_exactly_like_one_process(tmp_path):
    from marsad.stories.cluster import ClusterOptions, cluster

    db = str(tmp_path / "demo.db")
    run_demo(db)
    store = open_store(db)
    groupings = []
    for workers in (1, 2):
        cluster(store, ClusterOptions(rebuild=True, batch_size=3, workers=workers))
        groupings.append(store.query("SELECT story_id, article_id FROM story_articles ORDER BY article_id"))
    assert groupings[0] == groupings[1] and len(groupings[0]) == 12
