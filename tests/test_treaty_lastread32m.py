"""A step dated by the session the report's lead sentence dates ("session": a day inferred, not read) is marked so on
the treaty page, in both languages, as ``marsad treaties`` marks it "(session day)".  A report written for this test."""

from __future__ import annotations

import json

from conftest import processed_reports, run_cli

REPORTS = [
    ("s1", "2026-05-14", "صحيفة", "عقد مجلس النواب الأردني، أمس الأربعاء 13 أيار 2026، جلسة عامة خصصها لمشاريع "
                                  "القوانين. وصادق النواب بالأغلبية على اتفاقية الربط الكهربائي بين الأردن والعراق."),
]


def test_the_treaty_page_marks_a_step_dated_by_its_session_like_the_cli(tmp_path) -> None:
    db = processed_reports(tmp_path, REPORTS)
    assert "2026-05-13 (session day)" in run_cli("treaties", "--all", db=db).stdout.decode()
    rows = [json.loads(line) for line in run_cli("treaties", "--all", "--json", db=db).stdout.decode().splitlines()]
    tid = next(r["id"] for r in rows if any(s["date_source"] == "session" for s in r["steps"]))

    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        en, ar = c.get(f"/treaty/{tid}?lang=en"), c.get(f"/treaty/{tid}?lang=ar")
    assert en.status_code == 200 and ar.status_code == 200
    assert "(the day of the session)" in en.text and "(date of the report)" not in en.text
    assert "(يوم الجلسة)" in ar.text and "(تاريخ الخبر)" not in ar.text


def test_a_party_with_no_entity_id_is_the_same_party_as_with_one_when_records_are_linked() -> None:
    """The keys that tell whether an old and a new agreement share a party (a replacement, a successor) are those
    that merge a record's parties: a country named by its adjective, with no entity id, is the country."""
    from marsad.nlp.events.treaty_life import _party_keys

    named = [{"name": "مصر", "name_en": "Egypt", "entity_id": "loc:egypt"}]
    by_adjective = [{"name": "المصري", "name_en": "Egypt", "entity_id": None}]
    assert _party_keys(named) & _party_keys(by_adjective)
    assert not _party_keys(named) & _party_keys([{"name": "السودان", "name_en": "Sudan", "entity_id": "loc:sudan"}])
