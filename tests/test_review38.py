"""review38: a second look at round 38's merged changes (usability38, usability39), over the demo corpus.

The CLI through ``main`` on a real SQLite file; the API through `marsad serve` on a real port.
"""

from __future__ import annotations

import json

import pytest

from conftest import cli, get_json, running_server
from marsad.cli.main import main


def _events(capsys, db: str, *argv: str) -> list[dict]:
    rc = main(["--db", db, "events", "--json", *argv])
    out = capsys.readouterr().out
    assert rc == 0
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def api(demo_db):
    with running_server(demo_db) as base:
        yield base


def test_events_until_a_month_take_its_days_as_articles_do(demo_db, api, capsys):
    """`events --since 2026-11-17 --until 2026-11` said «nothing to list»: the month's own days were later than
    «2026-11» as text. `articles --until 2026-11` takes the whole month, and --since inside it is "in order"."""
    whole_month = _events(capsys, demo_db, "--since", "2026-11-17", "--until", "2026-11-30")
    assert whole_month and {e["date"][:7] for e in whole_month if e.get("date")} == {"2026-11"}
    assert _events(capsys, demo_db, "--since", "2026-11-17", "--until", "2026-11") == whole_month
    assert _events(capsys, demo_db, "--until", "2026") == _events(capsys, demo_db, "--until", "2026-12-31")
    # a day is still a day: the events after it are left out
    assert _events(capsys, demo_db, "--since", "2026-11-17", "--until", "2026-11-17") != whole_month
    status, month = get_json(f"{api}/api/events?since=2026-11-17&until=2026-11")
    assert month["items"] and status == 200
    assert month["items"] == get_json(f"{api}/api/events?since=2026-11-17&until=2026-11-30")[1]["items"]


def test_a_search_of_spaces_is_refused_by_the_api_as_by_the_cli(api, demo_db, capsys):
    """`marsad search "   "` exits 2 («search needs words to look for»), said to be as the API refuses it; the API
    answered /api/search?q=%20%20%20 200 with no results, as if nothing matched."""
    rc, out, err = cli(capsys, "--db", demo_db, "search", "   ")
    assert (rc, out) == (2, "") and "search needs words to look for" in err
    for q in ("%20%20%20", ""):
        status, body = get_json(f"{api}/api/search?q={q}")
        assert status == 422 and body["detail"][0]["loc"] == ["query", "q"], body
        assert body["detail"][0]["msg"].startswith("q expects words to look for"), body
    status, body = get_json(f"{api}/api/search?q=%D9%85%D8%B5%D8%B1")  # «مصر»: still searched
    assert status == 200 and body["items"]
