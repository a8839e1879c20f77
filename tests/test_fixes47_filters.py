"""Entities, stories and treaties take since/until/outlet as articles, quotes and events do, in the library, the CLI
and /api (fixes47). Reports written for these tests."""

from __future__ import annotations

import json

import pytest

import marsad
from conftest import cli, processed_reports

REPORTS = [
    ("w1", "2026-05-03", "الوادي", "وقعت سلطنة عمان وإيران في مسقط اتفاقية للتعاون في مجال الملاحة البحرية، وقال "
     "الوزير يوسف بن علوي إن الاتفاقية تخدم البلدين."),
    ("w2", "2026-05-03", "الوادي", "وصل الرئيس التونسي الباجي قائد السبسي إلى الجزائر في زيارة رسمية تستمر يومين."),
    ("w3", "2026-05-05", "النهار", "افتتح رئيس الوزراء الأردني عبد الله النسور معرضا للكتاب في عمان بمشاركة مئات "
     "الناشرين العرب."),
]


@pytest.fixture(scope="module")
def two_days(tmp_path_factory):
    return processed_reports(tmp_path_factory.mktemp("filters47"), REPORTS)


def _names(rows):
    return {r["name_ar"] for r in rows}


def test_entities_stories_and_treaties_take_a_day_and_an_outlet_in_python(two_days) -> None:
    with marsad.open(str(two_days)) as m:
        everyone = _names(m.entities("PER", None))
        late = _names(m.entities("PER", None, since="2026-05-05"))
        early = _names(m.entities("PER", None, until="2026-05-04", outlet="الوادي"))
        assert late and early and late | early <= everyone and not late & early
        assert any("النسور" in n for n in late) and not any("النسور" in n for n in early)
        stories = m.stories()
        assert 0 < len(m.stories(outlet="النهار")) < len(stories)
        assert len(m.stories(until="2026-05-04")) < len(stories)
        assert m.treaties(include_all=True, since="2026-05-03", until="2026-05-03")
        assert m.treaties(include_all=True, outlet="النهار") == []
        with pytest.raises(ValueError):
            m.entities(since="2026-05-06", until="2026-05-01")
        with pytest.raises(marsad.errors.NotFoundError):
            m.stories(outlet="صحيفة لا وجود لها")


def test_the_cli_and_the_api_take_the_same_filters(two_days, capsys) -> None:
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    rc, out, _ = cli(capsys, "--db", str(two_days), "entities", "--type", "PER", "--since", "2026-05-05", "--json")
    assert rc == 0 and any("النسور" in json.loads(line)["name_ar"] for line in out.splitlines())
    assert all(json.loads(line)["mentions"] >= 1 for line in out.splitlines())
    rc, out, _ = cli(capsys, "--db", str(two_days), "stories", "--outlet", "النهار", "--json")
    assert rc == 0 and len(out.splitlines()) == 1
    rc, _, err = cli(capsys, "--db", str(two_days), "treaties", "--since", "2026-05-05", "--until", "2026-05-03")
    assert rc == 2 and "later than" in err
    with TestClient(create_app(WebSettings(db=str(two_days)))) as c:
        rows = c.get("/api/entities", params={"type": "PER", "outlet": "الوادي", "until": "2026-05-03"}).json()
        assert rows["items"] and not any("النسور" in r["name_ar"] for r in rows["items"])
        assert len(c.get("/api/stories", params={"since": "2026-05-05"}).json()["items"]) == 1
        assert c.get("/api/treaties", params={"outlet": "النهار", "all": "true"}).json()["items"] == []
        assert c.get("/api/stories", params={"outlet": "لا أحد"}).status_code == 404
        assert c.get("/api/entities", params={"since": "2026-05-05", "until": "2026-05-03"}).status_code == 422
