"""A name that only says what kind of agreement it is ("اتفاقية التجارة الحرة": every free-trade agreement is one)
joins no other report by the name alone: the record of one pair's free-trade agreement does not take a report of
another pair's, nor a report whose step names no party (issue 15; round 31's blind A/B reading on SaudiNewsNet
found a Tunisia–EU record taking other free-trade news)."""

from __future__ import annotations

from conftest import processed_treaties


def _record_of(found, country: str):
    return [t for t in found if any(p.get("name_en") == country for p in t.parties)]


def test_free_trade_names_a_kind_of_agreement_not_one(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-03-02", "وكالة", "عمان - وقع الأردن وكندا اليوم الاثنين اتفاقية التجارة الحرة بين البلدين في "
                                      "حفل أقيم بمقر وزارة الصناعة."),
        ("k2", "2026-03-09", "صحيفة", "كتب المحلل أن المفاوضين أمضوا سنوات قبل أن يصلوا إلى اتفاقية التجارية الحرة، "
                                      "وفعلا لم تمض أشهر إلا والاتفاقية موقعة بين البلدين."),
        ("k3", "2026-04-15", "وكالة", "سيول - وقعت كوريا الجنوبية وتشيلي اليوم اتفاقية التجارة الحرة المعدلة."),
    ])
    jordan = _record_of(found, "Jordan")
    assert len(jordan) == 1, [t.name for t in found]
    sources = {s.article_id for st in jordan[0].steps for s in st.sources}
    assert len(sources) == 1  # only its own report: not the columnist's nor the Korea–Chile signing
    assert not any(p.get("name_en") in ("South Korea", "Chile") for p in jordan[0].parties)
