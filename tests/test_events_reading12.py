"""Who is held responsible, and places that name a document (issue 15, events20), on sentences written for
these tests.

* "حمّل X المسؤولية" (X is held responsible): the party right before المسؤولية / مسؤولية is the one blamed,
  the recipient; the subject of حمّل, before the verb or dropped, is the one who blames.  So is the party after
  "المسؤولية لـ" / "مسؤولية ... لـ", and the genitive of the noun "تحميل".
* A city right after the name of a document or a meeting ("إعلان القاهرة", "اتفاق الرياض", "مؤتمر جنيف")
  names it: it is no party of the event.
"""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(doc, typ: str) -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, typ)]


# -- held responsible ------------------------------------------------------------------------------------------------

def test_a_dropped_subject_holds_the_party_after_the_verb_responsible() -> None:
    doc = make_doc("ندد البرلمان العراقي بالتفجير الذي ضرب السوق، وحمّل تنظيم داعش المسؤولية عنه.",
                   [("البرلمان العراقي", "ORG", "Iraqi parliament"), ("تنظيم داعش", "ORG", "ISIS")])
    assert ("Iraqi parliament", "ISIS") in _parties(doc, "ACCUSE")
    assert ("ISIS", "Iraqi parliament") not in _parties(doc, "ACCUSE")


def test_a_subject_before_the_verb_holds_the_party_after_it_responsible() -> None:
    doc = make_doc("لكن وزير الخارجية الأردني ناصر جودة حمّل الحكومة السورية المسؤولية الكاملة عن مقتل المدنيين.",
                   [("ناصر جودة", "PER", "Nasser Judeh"), ("الحكومة السورية", "ORG", "Syrian government")])
    assert _parties(doc, "ACCUSE") == [("Nasser Judeh", "Syrian government")]


def test_the_subject_after_the_verb_blames_the_party_after_it() -> None:
    doc = make_doc("وحمّلت الخارجية الروسية واشنطن مسؤولية تدهور الأوضاع في المنطقة.",
                   [("الخارجية الروسية", "ORG", "Russian MFA"), ("واشنطن", "LOC", "Washington")])
    assert _parties(doc, "ACCUSE") == [("Russian MFA", "Washington")]


def test_we_hold_a_party_responsible_in_a_quote() -> None:
    doc = make_doc("وقال الرئيس اللبناني ميشال عون: «نحمّل إسرائيل مسؤولية هذا العدوان».",
                   [("ميشال عون", "PER", "Michel Aoun"), ("إسرائيل", "LOC", "Israel")])
    parties = _parties(doc, "ACCUSE")
    assert parties and all(r == "Israel" for _, r in parties)
    assert all(a != "Israel" for a, _ in parties)


def test_responsibility_given_to_a_party_with_lam() -> None:
    doc = make_doc("وحمّل المجلس العسكري المسؤولية عن أعمال العنف لجماعة الإخوان المسلمين.",
                   [("المجلس العسكري", "ORG", "Military council"), ("جماعة الإخوان المسلمين", "ORG", "Brotherhood")])
    assert _parties(doc, "ACCUSE") == [("Military council", "Brotherhood")]


def test_the_noun_of_holding_responsible_has_the_blamed_as_its_genitive() -> None:
    doc = make_doc("وواصلت الحكومة اليمنية تحميل الحوثيين المسؤولية عن قصف الأحياء السكنية في تعز.",
                   [("الحكومة اليمنية", "ORG", "Yemeni government"), ("الحوثيين", "ORG", "Houthis"),
                    ("تعز", "LOC", "Taiz")])
    parties = _parties(doc, "ACCUSE")
    assert parties and parties[0][1] == "Houthis"
    assert all(a != "Houthis" for a, _ in parties)


# -- a place naming a document or a meeting ---------------------------------------------------------------------------

def test_a_city_naming_a_declaration_is_no_recipient() -> None:
    doc = make_doc("ورحب الاتحاد الأوروبي بإعلان الدوحة الذي وقعته الأطراف السودانية أمس.",
                   [("الاتحاد الأوروبي", "ORG", "EU"), ("الدوحة", "LOC", "Doha")])
    assert all(r != "Doha" for _, r in _parties(doc, "SUPPORT"))


def test_a_city_naming_an_agreement_is_no_party() -> None:
    doc = make_doc("وأكد الرئيس اليمني دعمه الكامل لاتفاق الرياض بين الحكومة والمجلس الانتقالي.",
                   [("الرياض", "LOC", "Riyadh")])
    for typ in ("SUPPORT", "AGREE"):
        assert all("Riyadh" not in p for p in _parties(doc, typ))


def test_a_dropped_subject_goes_on_from_the_clause_opening_the_sentence() -> None:
    doc = make_doc("استنكرت الحكومة التونسية في بيان صدر مساء الأحد الهجوم على الفندق الذي نفذه مسلحون مجهولون، "
                   "وحمّلت الجماعات المتطرفة المسؤولية عنه.",
                   [("الحكومة التونسية", "ORG", "Tunisian government"), ("الجماعات المتطرفة", "ORG", "Extremists")])
    parties = _parties(doc, "ACCUSE")
    assert ("Tunisian government", "Extremists") in parties
    assert all(a != "Extremists" for a, _ in parties)


def test_responsibility_in_quote_marks_still_follows_the_blamed() -> None:
    doc = make_doc("وحمّلت موسكو كييف «المسؤولية الكاملة» عن إسقاط الطائرة.",
                   [("موسكو", "LOC", "Moscow"), ("كييف", "LOC", "Kyiv")])
    assert _parties(doc, "ACCUSE") == [("Moscow", "Kyiv")]


def test_a_blamed_party_with_a_quoted_responsibility_and_no_blamer_is_not_the_accuser() -> None:
    doc = make_doc("أما المعارضة، فقد حمّلت الرئيس «المسؤولية الكاملة» عن الأزمة.",
                   [("الرئيس", "PER", "President")])
    assert all(a != "President" for a, _ in _parties(doc, "ACCUSE"))


def test_a_city_naming_a_conference_is_no_actor_or_recipient() -> None:
    doc = make_doc("وشارك وزير الخارجية الإيراني في مؤتمر جنيف حول سوريا أمس.",
                   [("جنيف", "LOC", "Geneva"), ("سوريا", "LOC", "Syria")])
    for typ in ("CONSULT", "SUPPORT", "AGREE", "COOPERATE"):
        assert all("Geneva" not in p for p in _parties(doc, typ))


def test_a_city_after_a_verb_is_still_a_party() -> None:
    # no document head before the city: the place visited stays the recipient
    doc = make_doc("وزار وزير الخارجية الإيراني جنيف أمس.", [("جنيف", "LOC", "Geneva")])
    assert any(r == "Geneva" for _, r in _parties(doc, "CONSULT"))
