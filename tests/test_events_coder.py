"""The event coder on Arabic sentences written for these tests, with the mention spans an NER would give."""

from __future__ import annotations

import pytest

from marsad.arabic import split_sentences
from marsad.errors import InputError
from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import EVENTS, CoderOptions, code_events


def make_doc(text: str, mentions: list[tuple], *, published_at: str | None = "2024-06-20",
             timex: list[tuple[str, str]] = (), article_id: str = "a1") -> Doc:
    """A Doc with sentence spans, and mention spans found from (surface, label, name_en[, occurrence])."""
    doc = Doc(Article(id=article_id, raw_id="r-" + article_id, text=text, published_at=published_at, outlet="test"))
    for s, e in split_sentences(text):
        doc.layer("sentence").append(Span("sentence", s, e))
    for m in mentions:
        surface, label, name_en = m[:3]
        occ = m[3] if len(m) > 3 else 0
        pos = -1
        for _ in range(occ + 1):
            pos = text.index(surface, pos + 1)
        doc.layer("mention").append(Span("mention", pos, pos + len(surface), label, {
            "entity_id": "id:" + name_en, "name": surface, "name_en": name_en, "source": "test"}))
    for surface, value in timex:
        pos = text.index(surface)
        doc.layer("timex").append(Span("timex", pos, pos + len(surface), "day", {"value": value, "text": surface}))
    return doc


def events(doc: Doc) -> list[tuple]:
    return [(e.label, (e.data["actor"] or {}).get("name_en"), (e.data["recipient"] or {}).get("name_en"))
            for e in code_events(doc)]


def coded(doc: Doc, typ: str, options: CoderOptions | None = None) -> list[dict]:
    """The data of the events of type ``typ`` coded in ``doc``."""
    return [e.data for e in code_events(doc, options) if e.label == typ]


def party_name(party: dict | None) -> str:
    """A party's English name, else its Arabic one ("" for none)."""
    return str((party or {}).get("name_en") or (party or {}).get("name") or "")


def test_signing_has_actor_recipient_mode_place_date_and_agreement_name() -> None:
    doc = make_doc("وقّع رئيس وزراء اليونان كيرياكوس ميتسوتاكيس ونظيره القبرصي اتفاقية دفاع مشترك في نيقوسيا يوم الخميس.",
                   [("كيرياكوس ميتسوتاكيس", "PER", "Kyriakos Mitsotakis"), ("اليونان", "LOC", "Greece"),
                    ("نيقوسيا", "LOC", "Nicosia")],
                   timex=[("يوم الخميس", "2024-06-13")])
    [ev] = code_events(doc)
    d = ev.data
    assert ev.label == "AGREE" and d["mode"] == "sign"
    assert d["actor"]["name_en"] == "Kyriakos Mitsotakis"
    assert d["actor"]["country"]["name_en"] == "Greece"  # "رئيس وزراء اليونان ..."
    assert d["recipient"]["name_en"] == "Cyprus"  # "ونظيره القبرصي" — but only if the nisba is known
    assert d["place"]["name_en"] == "Nicosia"
    assert d["date"] == "2024-06-13" and d["date_source"] == "timex"
    assert d["agreement"].startswith("اتفاقية دفاع مشترك")
    assert (d["modality"], d["negated"]) == ("asserted", False)
    assert doc.text[d["trigger"][0]:d["trigger"][1]] == "وقّع"
    assert d["sentence"] == [0, len(doc.text)]


def test_accusation_reports_the_alleged_supply_and_the_denial_denies_it() -> None:
    text = "تتهم فرنسا الجزائر بتزويد مالي بطائرات مسيرة، وتنفي الجزائر أي صفقات أسلحة مع باماكو."
    doc = make_doc(text, [("فرنسا", "LOC", "France"), ("الجزائر", "LOC", "Algeria"), ("مالي", "LOC", "Mali"),
                          ("الجزائر", "LOC", "Algeria", 1), ("باماكو", "LOC", "Bamako")])
    by_type = {e.label: e.data for e in code_events(doc)}
    assert by_type["ACCUSE"]["actor"]["name_en"] == "France" and by_type["ACCUSE"]["recipient"]["name_en"] == "Algeria"
    aid = by_type["AID"]
    assert (aid["actor"]["name_en"], aid["recipient"]["name_en"], aid["mode"]) == ("Algeria", "Mali", "military")
    assert aid["modality"] == "reported" and aid["reported_by"]["name_en"] == "France"
    assert by_type["REJECT"]["actor"]["name_en"] == "Algeria" and by_type["REJECT"]["mode"] == "deny"
    deal = by_type["COOPERATE"]
    assert deal["modality"] == "denied" and deal["negated"] is True
    assert deal["recipient"]["name_en"] == "Bamako"


@pytest.mark.parametrize("text, modality, negated", [
    ("لم تفرض اليابان عقوبات على روسيا.", "asserted", True),
    ("قد تفرض اليابان عقوبات على روسيا.", "hypothetical", False),
    ("ستفرض اليابان عقوبات على روسيا.", "future", False),
    ("إذا فرضت اليابان عقوبات على روسيا فسترد موسكو.", "hypothetical", False),
    ("قال مسؤول إن اليابان فرضت عقوبات على روسيا.", "reported", False),
])
def test_negation_and_modality(text: str, modality: str, negated: bool) -> None:
    doc = make_doc(text, [("اليابان", "LOC", "Japan"), ("روسيا", "LOC", "Russia")])
    sanctions = [e for e in code_events(doc) if e.label == "SANCTION"]
    assert len(sanctions) == 1
    d = sanctions[0].data
    assert (d["actor"]["name_en"], d["recipient"]["name_en"]) == ("Japan", "Russia")
    assert (d["modality"], d["negated"]) == (modality, negated)


def test_reported_event_keeps_the_speaker_from_the_quote_layer() -> None:
    text = "وأضاف الوزير أن كوبا أرسلت أطباء ومساعدات طبية إلى فنزويلا."
    doc = make_doc(text, [("كوبا", "LOC", "Cuba"), ("فنزويلا", "LOC", "Venezuela")])
    start = text.index("كوبا")
    doc.layer("quote").append(Span("quote", start, len(text) - 1, "indirect", {
        "speaker": {"text": "الوزير", "entity_id": "per:minister", "name_ar": "الوزير", "name_en": "The minister"},
        "content": [start, len(text) - 1]}))
    [ev] = code_events(doc)
    assert ev.label == "AID" and ev.data["mode"] == "humanitarian"
    assert ev.data["modality"] == "reported"
    assert ev.data["reported_by"]["entity_id"] == "per:minister"


def test_pledge_to_defend_if_attacked_is_a_pledge_plus_hypothetical_aid() -> None:
    doc = make_doc("وتعهد الرئيس الروسي بالدفاع عن بيلاروس في حالة تعرضها لعدوان خارجي.",
                   [("بيلاروس", "LOC", "Belarus")])
    got = {e.label: e.data for e in code_events(doc)}
    assert got["AGREE"]["mode"] == "pledge" and got["AGREE"]["actor"]["name_en"] == "Russia"
    assert got["AGREE"]["recipient"]["name_en"] == "Belarus"
    assert got["AID"]["modality"] == "hypothetical" and got["AID"]["recipient"]["name_en"] == "Belarus"


def test_criticism_in_a_statement_is_coded_against_its_target() -> None:
    doc = make_doc("وقال وزير الخارجية الكندي ميلاني جولي إن الصين تمارس ابتزازا اقتصاديا خطيرا.",
                   [("ميلاني جولي", "PER", "Melanie Joly"), ("الصين", "LOC", "China")])
    [ev] = code_events(doc)
    assert ev.data["shown"] is False  # kept for `--all`, not shown by default: most such judgements are stances
    assert ev.label == "ACCUSE" and ev.data["mode"] == "criticize"
    assert (ev.data["actor"]["name_en"], ev.data["recipient"]["name_en"]) == ("Melanie Joly", "China")
    assert ev.data["actor"]["country"]["name_en"] == "Canada"


@pytest.mark.parametrize("text, mentions", [
    ("وقع انفجار في مصنع للكيماويات شمال الصين.", [("الصين", "LOC", "China")]),
    ("فاز المنتخب المغربي على البرتغال في ربع النهائي.", [("البرتغال", "LOC", "Portugal")]),
    ("يزور آلاف السياح مدينة البتراء كل شهر.", [("البتراء", "LOC", "Petra")]),
])
def test_sentences_without_political_events_give_none(text: str, mentions: list[tuple]) -> None:
    assert code_events(make_doc(text, mentions)) == []


def test_dropped_subject_takes_the_previous_actor_with_lower_confidence() -> None:
    doc = make_doc("زار رئيس الوزراء الهندي ناريندرا مودي موسكو. والتقى بالرئيس فلاديمير بوتين.",
                   [("ناريندرا مودي", "PER", "Narendra Modi"), ("موسكو", "LOC", "Moscow"),
                    ("فلاديمير بوتين", "PER", "Vladimir Putin")])
    meet = [e for e in code_events(doc) if e.data["pattern"] == "meet"]
    assert len(meet) == 1
    assert (meet[0].data["actor"]["name_en"], meet[0].data["recipient"]["name_en"]) == ("Narendra Modi", "Vladimir Putin")
    assert meet[0].data["actor_from"] == "discourse" and meet[0].data["confidence"] < 0.8


def test_no_date_when_the_sentence_tells_no_time() -> None:
    """The report's day is when an act was told, not when it happened (a morning paper's "yesterday" is in
    another sentence): an event dates itself only by its own sentence's time expression."""
    doc = make_doc("أدانت السعودية الهجوم على ناقلة النفط. وكان الهجوم قد وقع أمس.",
                   [("السعودية", "LOC", "Saudi Arabia")], published_at="2023-11-02T10:00:00")
    [ev] = [e for e in code_events(doc) if e.label == "ACCUSE"]
    assert (ev.data["date"], ev.data["date_source"]) == (None, None)
    dated = make_doc("أدانت السعودية أمس الهجوم على ناقلة النفط.", [("السعودية", "LOC", "Saudi Arabia")],
                     published_at="2023-11-02T10:00:00", timex=[("أمس", "2023-11-01")])
    [ev] = [e for e in code_events(dated) if e.label == "ACCUSE"]
    assert (ev.data["date"], ev.data["date_source"]) == ("2023-11-01", "timex")


def test_stage_contract_and_options() -> None:
    assert (EVENTS.name, EVENTS.requires, EVENTS.assigns) == ("events", ("sentence", "timex", "mention", "quote"), ("event",))
    doc = make_doc("هاجم مسلحون قافلة في شمال مالي.", [("مالي", "LOC", "Mali")])
    assert code_events(doc, CoderOptions(min_confidence=0.99)) == []


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="Doc"):
        code_events("وقعت مصر اتفاقية")  # type: ignore[arg-type]
    doc = make_doc("وقعت مصر اتفاقية.", [("مصر", "LOC", "Egypt")])
    doc.layer("mention").append(Span("mention", 5, 500, "LOC", {}))
    with pytest.raises(InputError, match="outside the text"):
        code_events(doc)
