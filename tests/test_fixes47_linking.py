"""A place's name after a water body's head is the sea's (fixes47). Sentences written for these tests."""

from __future__ import annotations

from test_linking_entities import link


def test_the_sea_of_oman_and_the_gulf_of_aden_are_no_city_nor_country() -> None:
    text = "أبحرت الفرقاطة من ميناء صلالة عبر بحر عمان، ثم رافقت ناقلتين في خليج عدن قبل أن تعبر مضيق هرمز."
    out = dict(link(text, [("عمان", "LOC"), ("عدن", "LOC"), ("هرمز", "LOC")], date="2015-08-09"))
    assert {"بحر عمان", "خليج عدن", "مضيق هرمز"} <= set(out)
    assert not {"loc:amman", "loc:oman", "loc:aden"} & set(out.values())
    assert len(set(out.values())) == len(out)  # three water bodies, not one


def test_a_known_sea_after_the_head_and_a_city_in_the_heat_stay_themselves() -> None:
    text = "ارتفعت الأمواج في بحر الخليج العربي، وقال سائق إنه لا يطيق العمل بحر الرياض، ثم زار عمان والرياض."
    out = link(text, [("الخليج العربي", "LOC"), ("الرياض", "LOC")], date="2015-08-09")
    ids = [e for _, e in out]
    assert "loc:gulf" in ids and ids.count("loc:riyadh") == 2
