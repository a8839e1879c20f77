"""speed45: the corpus step grouping quotes across outlets groups again only what changed (the quotes of the
articles written since, with the groups they touch), and stores the same groups, in the same listing order, as
grouping every quote.

The Arabic here is our own."""

from __future__ import annotations

from conftest import add_quoted_reports

from marsad.nlp.quotes import QUOTES

DAY1 = [
    ("صحيفة النخيل", "وقال وزير الصحة فهد الراشد إن المستشفى الجديد في تبوك سيفتح أبوابه للمرضى مطلع الشهر المقبل."),
    ("موقع الرمال", "وقال رئيس اتحاد الكرة ماجد الحربي إن المنتخب سيخوض مباراتين وديتين قبل البطولة القارية."),
]
DAY2 = [
    ("قناة الشروق", "وأكد وزير الصحة فهد الراشد أن المستشفى الجديد في تبوك سيفتح أبوابه للمرضى مطلع الشهر المقبل."),
    ("صحيفة النخيل", "وقالت هيئة الأرصاد إن درجات الحرارة سترتفع في المنطقة الشرقية خلال الأيام المقبلة."),
]
DAY3 = [
    ("إذاعة الوادي", "وقال رئيس اتحاد الكرة ماجد الحربي إن المنتخب سيخوض مباراتين وديتين قبل انطلاق البطولة القارية."),
    ("قناة الشروق", "وقال مدير الجامعة سلمان العمري إن التسجيل للفصل الصيفي يبدأ يوم الأحد المقبل عبر الموقع."),
]


def _whole(store):
    """What grouping every stored quote stores: the listing (group keys in order) and each quote's member row."""
    from marsad.nlp.quote_records import _listing_key, _regroup

    keys, members = _regroup(store.quote_spans())
    return sorted(keys, key=_listing_key), sorted(members)


def _stored(store):
    return store.quote_group_keys(), sorted(m[:3] for m in store.quote_group_members())


def test_quotes_fed_day_by_day_are_grouped_as_a_whole_rebuild_groups_them(any_store, monkeypatch):
    """Each day the step read and grouped every quote of the store again (4 s a day of news, growing with the
    store): now it reads the new articles' quotes and those of the statements they join or that lost a report, and
    stores the groups and listing a whole rebuild stores, day after day (new reports joining a statement, one gone)."""
    from marsad.nlp import quote_records
    from marsad.nlp.quote_records import QuoteQuery, quote_groups_step, quotes_listing

    read: list[int] = []
    spans = any_store.quote_spans

    def counting(**kw):
        out = spans(**kw)
        read.append(len(out))
        return out

    day1 = add_quoted_reports(any_store, DAY1, "/d1")
    assert quote_groups_step(any_store) == "quotes: 2 quotes in 2 statements"
    assert _stored(any_store) == _whole(any_store)

    add_quoted_reports(any_store, DAY2, "/d2")
    any_store.quote_spans = counting
    try:
        assert quote_groups_step(any_store) == "quotes: 4 quotes in 3 statements"
    finally:
        del any_store.quote_spans
    # the two new quotes and the minister's first report (the statement one joins): not the football one
    assert sum(read) == 3
    assert _stored(any_store) == _whole(any_store)
    assert [len(g.quotes) for g in quotes_listing(any_store, QuoteQuery())] == [2, 1, 1]

    add_quoted_reports(any_store, DAY3, "/d3")
    any_store.replace_spans(day1[0], QUOTES.name, QUOTES.version, [])  # the minister's first report gone
    read.clear()
    any_store.quote_spans = counting
    try:
        assert quote_groups_step(any_store) == "quotes: 5 quotes in 4 statements"
    finally:
        del any_store.quote_spans
    assert sum(read) == 4  # the three changed articles' quotes (two), the two statements touched (one kept each)
    incremental = _stored(any_store)
    assert incremental == _whole(any_store)
    listing = [(g.id, g.outlets, len(g.quotes)) for g in quotes_listing(any_store, QuoteQuery())]
    assert listing[0][1:] == (["إذاعة الوادي", "موقع الرمال"], 2)

    # and what a rebuild from scratch (another grouping version) stores is the same, row for row
    monkeypatch.setattr(quote_records, "GROUPS_VERSION", "rebuilt")
    assert quote_groups_step(any_store) == "quotes: 5 quotes in 4 statements"
    assert _stored(any_store) == incremental
    assert [(g.id, g.outlets, len(g.quotes)) for g in quotes_listing(any_store, QuoteQuery())] == listing
