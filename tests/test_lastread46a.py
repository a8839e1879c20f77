"""lastread46a: mends from the last read of round 46's first merges (texts written for these tests)."""

from __future__ import annotations

import pytest

from conftest import processed_reports

REPORTS = [
    ("h1", "2026-03-04", "صحيفة الشرق", "افتتح وزير الصحة فراس الهواري أمس مستشفى جديدا في مدينة الزرقاء يضم "
     "300 سرير، وقال إن المستشفى سيخدم سكان المحافظة."),
    ("h2", "2026-03-04", "وكالة الغد", "افتتح وزير الصحة فراس الهواري مستشفى الزرقاء الجديد الذي يضم 250 سريرا، "
     "وقال إن المستشفى سيخدم سكان المحافظة."),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    db = processed_reports(tmp_path_factory.mktemp("lastread46a"), REPORTS)
    with TestClient(create_app(WebSettings(db=str(db))), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("limit", ["²", "٣", "1e3", "-5", "99999999999999999999"])
def test_a_search_page_s_odd_limit_in_the_address_shows_results_not_an_error(client, limit):
    """`?limit=` (the "more results" link's) was read with str.isdigit, which takes «²»: int() then failed and the
    page was a 500; an odd limit is the first page, an Arabic-Indic one its number."""
    r = client.get("/search", params={"q": "مستشفى", "limit": limit})
    assert r.status_code == 200, (limit, r.status_code)
    assert "الزرقاء" in r.text


def test_a_state_that_signed_with_the_other_is_not_given_a_later_signing_of_its_own(tmp_path):
    """treaties98 gave a state that signs alone on a later day a signing step of its own; a later report telling
    again that one of the two states that signed together signed (its day misread) made a second signing of a
    bilateral agreement, by that state alone.  A state already among the first signers signs no second time."""
    from conftest import processed_treaties, treaties_shown

    found = processed_treaties(tmp_path, [
        ("t1", "2026-04-10", "صحيفة الخرطوم", "وقعت مصر والسودان أمس الخميس في القاهرة على اتفاقية الربط "
         "الكهربائي بين البلدين، بحضور وزيري الكهرباء."),
        ("t3", "2026-05-02", "صحيفة الأهرام", "وقعت مصر أمس على اتفاقية الربط الكهربائي مع السودان، وقال وزير "
         "الكهرباء إن المشروع سيكتمل خلال عامين."),
    ])
    grid = [t for t in found if "الربط الكهربائي" in t.name]
    signed = [(s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in grid for s in t.steps
              if s.kind == "signed" and s.modality == "done"]
    assert len(signed) == 1 and signed[0][1] is None, treaties_shown(found)


def test_the_state_another_signed_with_is_not_given_a_later_signing_of_its_own(tmp_path):
    """«وقعت مصر مع السودان»: Sudan signed that day too, with Egypt (the verb's one subject is Egypt)."""
    from conftest import processed_treaties, treaties_shown

    found = processed_treaties(tmp_path, [
        ("t1", "2026-04-10", "صحيفة الخرطوم", "وقعت مصر مع السودان أمس الخميس في القاهرة على اتفاقية الربط "
         "الكهربائي بين البلدين، بحضور وزيري الكهرباء."),
        ("t3", "2026-05-02", "صحيفة الأهرام", "وقع السودان أمس على اتفاقية الربط الكهربائي مع مصر، وقال وزير "
         "الكهرباء إن المشروع سيكتمل خلال عامين."),
    ])
    grid = [t for t in found if "الربط الكهربائي" in t.name]
    signed = [(s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in grid for s in t.steps
              if s.kind == "signed" and s.modality == "done"]
    assert len(signed) == 1 and signed[0][1] is None, treaties_shown(found)
