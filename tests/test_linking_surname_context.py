"""A bare surname the article never writes in full goes to the KB person its context agrees with (actors46).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Article, Doc, Span
from marsad.nlp.kb import load_kb
from marsad.nlp.given_names import is_article_entity
from marsad.nlp.linking import link_doc

SALEH = "per:ali-abdullah-saleh"


def _link(text: str, ner: list[str], date: str = "2015-08-04") -> dict[str, set[str]]:
    doc = Doc(Article(id="t", raw_id="t", text=text, published_at=date))
    at = 0
    for surface in ner:  # (in the order written: each after the one before)
        i = text.index(surface, at)
        at = i + len(surface)
        doc.layer("mention").append(Span("mention", i, i + len(surface), "PER", {}))
    out: dict[str, set[str]] = {}
    for s in link_doc(doc, load_kb()):
        out.setdefault(text[s.start:s.end], set()).add(s.data["entity_id"])
    return out


def test_the_deposed_president_by_his_surname_in_a_yemeni_article() -> None:
    text = ("تقدمت المقاومة الشعبية نحو أطراف عدن أمس، وانسحب مسلحو الحوثيين وقوات المخلوع صالح من مواقعهم "
            "شمال المدينة، فيما قالت الحكومة اليمنية إن الطريق إلى لحج بات آمنا.")
    assert _link(text, ["صالح"])["صالح"] == {SALEH}


def test_the_same_word_in_a_football_article_stays_a_discovered_name() -> None:
    text = ("قال مدرب الفريق إن القرار الجديد يصب في صالح الأندية الصغيرة، وإن الاتحاد السعودي لكرة القدم "
            "سيعلن التفاصيل بعد اجتماع الرياض.")
    # (actors47: «في صالح», in favour of, is no person at all now; it was a discovered one)
    assert SALEH not in _link(text, ["صالح"]).get("صالح", set())


def test_a_silent_context_leaves_the_word_alone() -> None:
    text = "وصل صالح إلى المكتب مبكرا وبدأ يومه بقراءة الرسائل."
    (got,) = _link(text, ["صالح"])["صالح"]
    assert is_article_entity(got)  # a person of this article alone (actors49), no KB person


def test_a_role_not_yet_begun_at_the_article_date_does_not_count() -> None:
    # Barham Salih became Iraq's president in 2018: in 2015 an Iraqi article's bare «صالح» is not him
    text = ("قال صالح في بغداد إن الحكومة العراقية ستدعم النازحين من الرمادي، وإن نينوى تحتاج إلى مساعدات "
            "عاجلة من العراق كله.")
    (got,) = _link(text, ["صالح"], date="2015-08-04")["صالح"]
    assert is_article_entity(got)  # a person of this article alone (actors49), no KB person
    assert _link(text, ["صالح"], date="2019-03-01")["صالح"] == {"per:barham-salih"}


def test_another_full_name_with_the_word_keeps_it_unlinked() -> None:
    text = ("قال محمد صالح الأحمدي في عدن إن قوات الحوثيين انسحبت من لحج، وأضاف صالح أن اليمن "
            "يحتاج إلى إعادة الإعمار.")
    out = _link(text, ["محمد صالح الأحمدي", "صالح"])
    assert SALEH not in out.get("صالح", set())


BUSH = "per:george-w-bush"


def test_a_given_name_the_tagger_left_out_is_another_person() -> None:
    # «جيب بوش» is not George W. Bush, though the article is all about the United States
    text = ("يخوض جيب بوش سباق الترشح في الولايات المتحدة، وقال مستشاروه في واشنطن إن حملته ستزور نيويورك "
            "الأسبوع المقبل قبل المناظرة الأولى في الولايات المتحدة.")
    assert BUSH not in _link(text, ["بوش"])["بوش"]


def test_the_same_surname_alone_in_an_american_context() -> None:
    text = ("قال الكاتب إن قرار غزو العراق اتخذه بوش وحده، وإن واشنطن لم تستمع إلى حلفائها، وإن الولايات "
            "المتحدة دفعت الثمن بعد ذلك في نيويورك وغيرها.")
    assert _link(text, ["بوش"])["بوش"] == {BUSH}


def test_one_person_twice_in_the_kb_is_read_as_the_curated_entry() -> None:
    # «نوري المالكي» is in the KB from the curated facts and twice from the PETRARCH dictionary, all Iraqi
    text = ("انتقد نواب في بغداد سياسة المالكي خلال ولايته، وقالوا إن الحكومة العراقية الحالية ورثت أزمة "
            "الموصل من تلك المرحلة، وإن العراق يدفع الثمن.")
    assert _link(text, ["المالكي"])["المالكي"] == {"per:nouri-al-maliki"}


def test_a_definite_surname_after_a_definite_noun_is_an_adjective() -> None:
    # «المذهب المالكي» is the Maliki school of law, not Nouri al-Maliki, whatever the article's country
    text = ("درس الطلاب في بغداد أصول المذهب المالكي، وقال أساتذة من العراق إن الحكومة العراقية تدعم "
            "المدارس الدينية في الموصل.")
    assert "per:nouri-al-maliki" not in _link(text, ["المالكي"])["المالكي"]


def test_a_definite_surname_after_a_title_is_the_person() -> None:
    text = ("ألقت مروحيات النظام براميل متفجرة على ريف دمشق، وقال معارضون في سوريا إن الرئيس الأسد يراهن على "
            "الحسم العسكري في حلب.")
    assert _link(text, ["الأسد"])["الأسد"] == {"per:bashar-al-assad"}
