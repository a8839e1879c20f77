"""Issue 15, events36: the recipient is the act's target, not a party that only stands near it.

* the audience an act is said before ("أمام لجنة ... بالبرلمان") and the partner of a press conference ("في مؤتمر
  صحفي مع نظيره ...") are not whom a condemnation or a praise is about;
* a person whose name a place or an institution bears ("رئيس مؤسسة الملك فلان") and a city in the caller's own run
  of titles ("... حاكم الدوحة المواطنين") are no party;
* a party joined to the actor by "ودول" before the object is a second actor ("طالبت اليابان ودول الاتحاد الأوروبي
  روسيا بـ"): the object follows both;
* the agency a reporting clause after an attack speaks to ("وفق ما قال مسؤول لوكالة رويترز") is not struck.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _coded(text: str, mentions: list[tuple], typ: str) -> list[tuple[str, str, str]]:
    return [(e["trigger_text"], party_name(e["actor"]), party_name(e["recipient"]))
            for e in coded(make_doc(text, mentions), typ, _ALL)]


# --- the audience and the partner ------------------------------------------------------------------------------

def test_the_committee_a_minister_condemns_before_is_not_condemned() -> None:
    found = _coded("ندد وزير الخارجية الألماني هايكو ماس اليوم أمام لجنة الشؤون الخارجية بالبرلمان الألماني "
                   "بالتهديدات الروسية لأوكرانيا.",
                   [("هايكو ماس", "PER", "Heiko Maas"), ("البرلمان الألماني", "ORG", "Bundestag"),
                    ("أوكرانيا", "LOC", "Ukraine"), ("الألماني", "LOC", "Germany")], "ACCUSE")
    assert [a for _t, a, _r in found] == ["Heiko Maas"]  # the condemnation is still coded
    assert not any(r == "Bundestag" for _t, _a, r in found)


def test_the_press_conference_partner_is_not_praised() -> None:
    found = _coded("وأشاد وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحفي مع نظيره التونسي، عثمان الجرندي، "
                   "بالانتخابات التي جرت في ليبيا.",
                   [("أيمن الصفدي", "PER", "Ayman Safadi"), ("عثمان الجرندي", "PER", "Othman Jerandi"),
                    ("الأردني", "LOC", "Jordan"), ("التونسي", "LOC", "Tunisia"), ("ليبيا", "LOC", "Libya")], "SUPPORT")
    assert not any(r in ("Tunisia", "Othman Jerandi") for _t, _a, r in found)


# --- a name inside another name or inside the actor's titles ---------------------------------------------------

def test_the_king_an_institution_is_named_after_is_not_called_on() -> None:
    for mention in ("الملك فهد", "فهد"):  # (the tagger may leave the title out of the name)
        found = _coded("ودعا الأمير خالد الفيصل رئيس مؤسسة الملك فهد الخيرية إلى دعم الأسر المحتاجة.",
                       [("خالد الفيصل", "PER", "Khalid al-Faisal"), (mention, "PER", "King Fahd")], "REQUEST")
        assert not any(r == "King Fahd" for _t, _a, r in found)


def test_the_city_in_the_callers_own_titles_is_not_called_on() -> None:
    found = _coded("دعا أمير قطر رئيس المجلس الأعلى حاكم الدوحة المواطنين لزيارة المعرض.",
                   [("قطر", "LOC", "Qatar"), ("الدوحة", "LOC", "Doha")], "REQUEST")
    assert not any(r == "Doha" for _t, _a, r in found)


def test_a_king_received_by_name_is_still_the_guest() -> None:
    found = _coded("استقبل الرئيس عبد الفتاح السيسي الملك عبد الله الثاني في القاهرة.",
                   [("عبد الفتاح السيسي", "PER", "Sisi"), ("عبد الله الثاني", "PER", "Abdullah II"),
                    ("القاهرة", "LOC", "Cairo")], "CONSULT")
    assert ("استقبل", "Sisi", "Abdullah II") in found


# --- a co-actor joined by "ودول" --------------------------------------------------------------------------------

def test_states_joined_to_the_actor_act_with_it() -> None:
    found = _coded("وطالبت اليابان ودول الاتحاد الأوروبي روسيا بسحب قواتها.",
                   [("اليابان", "LOC", "Japan"), ("الاتحاد الأوروبي", "ORG", "EU"), ("روسيا", "LOC", "Russia")],
                   "REQUEST")
    assert ("وطالبت", "Japan", "Russia") in found
    assert not any(r == "EU" for _t, _a, r in found)


def test_two_countries_urging_a_third_unchanged() -> None:
    found = _coded("وطالبت فرنسا وألمانيا إيران بوقف تخصيب اليورانيوم.",
                   [("فرنسا", "LOC", "France"), ("ألمانيا", "LOC", "Germany"), ("إيران", "LOC", "Iran")], "REQUEST")
    assert ("وطالبت", "France", "Iran") in found


# --- the agency told of an attack ------------------------------------------------------------------------------

def test_the_agency_an_official_spoke_to_is_not_struck() -> None:
    found = _coded("وقصفت طائرات روسية مواقع للمعارضة في إدلب، وفق ما قال مسؤول سوري لوكالة رويترز.",
                   [("روسية", "LOC", "Russia"), ("إدلب", "LOC", "Idlib"), ("رويترز", "ORG", "Reuters"),
                    ("سوري", "LOC", "Syria")], "ASSAULT")
    assert found and not any(r == "Reuters" for _t, _a, r in found)
