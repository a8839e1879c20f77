"""fixes45: an actor's articles per day (the entity page's «articles over time») count a page and its syndicated
copies once — one report — as the page lists them once; a report of its own the same day still counts."""

from __future__ import annotations

from marsad.models import Span
from test_store_contract import add, article


def test_a_page_and_its_copies_count_once_a_day(any_store) -> None:
    page, copy, other_copy, own = add(any_store, *(article(n, published_at="2026-02-10", language="ar")
                                                   for n in (11, 12, 13, 14)))
    for a in (page, copy, other_copy, own):
        any_store.replace_spans(a.id, "link", "1", [Span("mention", 0, 2, "PER", {"entity_id": "per:a"})])
    with any_store.transaction():
        for a in (page, copy, other_copy):
            any_store.set_syndication_group(a.id, "syn-1", 0.9)
    assert any_store.articles_per_day("per:a") == [{"day": "2026-02-10", "articles": 2}]
    assert any_store.mention_totals("per:a")["articles"] == 4  # (the mentions are all still there)
