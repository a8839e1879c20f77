"""Every agreement record has an id of its own: the id a listing shows opens that record (``marsad treaties``, the
API's ``/treaties/{id}``, the web page), also when several records share a generic name and the same parties."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import processed_reports

import marsad
from marsad.nlp.events.treaty_life import treaty_view

# Our own words: different cooperation agreements of different institutions of one country, each named only
# «اتفاقية تعاون», on two days; and one agreement with a name of its own.
REPORTS = [
    ("i1", "2025-03-02", "صحيفة أ", "وقعت جامعة تبوك أمس اتفاقية تعاون مع وزارة الصحة السعودية لتدريب طلاب الطب."),
    ("i2", "2025-03-02", "صحيفة ب", "وقعت غرفة الطائف التجارية اتفاقية تعاون مع جمعية الحرفيين في المملكة."),
    ("i3", "2025-03-03", "صحيفة ج", "وقعت بلدية الخبر اتفاقية تعاون مع شركة سعودية لصيانة الحدائق العامة."),
    ("i4", "2025-03-03", "صحيفة أ", "وقع البلدان اتفاقية النقل البحري بين مصر والأردن في العقبة يوم الاثنين."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return processed_reports(tmp_path_factory.mktemp("treaty_ids"), REPORTS)


def test_no_two_records_share_an_id_and_each_id_opens_its_own_record(db) -> None:
    with marsad.open(str(db)) as m:
        everything = m.treaties(include_all=True)
        listed = m.treaties()
        store = m.store
        assert len(everything) >= 3
        ids = [t.id for t in everything]
        assert len(set(ids)) == len(ids), ids
        for t in everything:
            view = treaty_view(store, t.id)
            assert view is not None and view["treaty"]["sources"][0]["article_id"] in {
                s.article_id for s in t.sources}
            assert {s["article_id"] for s in view["treaty"]["sources"]} == {s.article_id for s in t.sources}
    # the listing shows the same id as the full list for the same record
    by_id = {t.id: t for t in everything}
    for t in listed:
        assert {s.article_id for s in by_id[t.id].sources} == {s.article_id for s in t.sources}


def test_an_id_does_not_change_when_other_records_come_and_go(db, tmp_path) -> None:
    with marsad.open(str(db)) as m:
        named = next(t for t in m.treaties(include_all=True) if "النقل" in (t.name or ""))
    alone = processed_reports(tmp_path, REPORTS[3:])
    with marsad.open(str(alone)) as m:
        again = next(t for t in m.treaties(include_all=True) if "النقل" in (t.name or ""))
    assert again.id == named.id
