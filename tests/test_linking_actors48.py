"""What an index lists as actors: a king's name inside a project's, an exhibition's or a medal's name, and names
inside fixed expressions (actors48).

Sentences written for these tests.
"""

from __future__ import annotations

from test_linking_surname_context import _link

ABDULAZIZ = "per:abdulaziz-bin-abdulrahman"
SALMAN = "per:salman-bin-abdulaziz"


def _ids(out: dict[str, set[str]]) -> set[str]:
    return {i for ids in out.values() for i in ids}


def test_a_kings_name_inside_a_project_a_medal_or_an_exhibition_is_the_thing_named() -> None:
    text = ("أعلنت الهيئة أن مشروع الملك عبدالعزيز للنقل العام يقترب من نهايته، ومنحت الدولة قلادة الملك "
            "عبدالعزيز لضيفها، وزار الوفد معرض الملك عبدالعزيز للكتاب.")
    out = _link(text, ["عبدالعزيز", "عبدالعزيز", "الملك عبدالعزيز"])
    assert ABDULAZIZ not in _ids(out)
    assert {"مشروع الملك عبدالعزيز للنقل", "قلادة الملك عبدالعزيز"} <= set(out)


def test_a_kings_name_after_two_coordinated_heads_is_the_grant() -> None:
    text = "تسلم الطلاب المتفوقون جائزة ومنحة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في حفل بالرياض."
    out = _link(text, ["خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"])
    assert SALMAN not in _ids(out)


def test_the_lions_share_is_no_president() -> None:
    text = ("نال الفريق حصة الأسد من جوائز الموسم، بينما قال الرئيس السوري بشار الأسد إن الحرب طويلة، "
            "واستأثرت الشركات الكبرى بنصيب الأسد من العقود.")
    out = _link(text, ["الأسد", "بشار الأسد", "الأسد"])
    assert "الأسد" not in out  # neither the lion's share nor a coreferent of the president
    assert "بشار الأسد" in out


def test_pilgrims_and_a_holiday_greeting_are_no_actors() -> None:
    text = "جندت الوزارة آلاف الموظفين لخدمة ضيوف الرحمن، ورفعت البلدية لافتات كتب عليها عيدكم مبارك في الشوارع."
    out = _link(text, ["ضيوف الرحمن", "مبارك"])
    assert not out.keys() & {"ضيوف الرحمن", "مبارك"}


def test_the_president_mubarak_is_still_a_person() -> None:
    text = "تنحى الرئيس المصري حسني مبارك عن الحكم، وقال مبارك في كلمته إنه لن يغادر البلاد."
    out = _link(text, ["حسني مبارك", "مبارك"])
    assert "مبارك" in out


def test_a_town_beside_an_outlet_or_opening_with_a_word_of_places_is_no_writer() -> None:
    """SaudiNewsNet bylines «TOWN - OUTLET» («الرس - الجزيرة», «زيوريخ - الوئام») and «TOWN - REPORTER» with a
    two-word town («وادي الدواسر - فلان») made the town the article's writer: over all author fields but those of
    2015-08-08, 115 distinct fields lose such a writer."""
    from test_outlets import _authored

    assert _authored("البدائع - الجزيرة:", "aljazirah")[0] == []
    assert _authored("جنيف -الوئام:", "alweeam")[0] == []
    assert _authored("سبق- الخرج:", "sabq")[0] == []
    assert _authored("وادي فاطمة - سعد الحربي", "aljazirah")[0] == ["سعد الحربي"]
    assert _authored("رأس الخيمة – خالد العلي", "alyaum")[0] == ["خالد العلي"]
    # two reporters, and a reporter with the paper's name, stay
    assert _authored("سعد الحربي - خالد العلي", "aljazirah")[0] == ["سعد الحربي", "خالد العلي"]
    assert _authored("بدر الشمري - سبق", "sabq")[0] == ["بدر الشمري"]


def test_a_name_that_runs_past_a_greeting_is_a_person_and_a_project_without_a_title_is_the_persons() -> None:
    text = "قدمت الفرقة عرضا من إخراج عيد سعيد الرفاعي، ثم تحدث الوزير عن مشروع نتنياهو للاستيطان."
    out = _link(text, ["عيد سعيد الرفاعي", "نتنياهو"])
    assert "عيد سعيد الرفاعي" in out
    assert "مشروع نتنياهو للاستيطان" not in out and "نتنياهو" in out


def test_a_kings_name_the_tagger_reads_as_a_place_inside_a_hospitals_name_is_the_hospital() -> None:
    # the tagger takes «فهد» in «مستشفى الملك فهد» for a place of its own: an index listed a place «فهد»
    from marsad.models import Article, Doc, Span
    from marsad.nlp.kb import load_kb
    from marsad.nlp.linking import link_doc

    text = "نقل المصابون إلى مستشفى الملك فهد في المدينة، وهبطت طائرة الإخلاء في مطار دبي قبل ذلك."
    doc = Doc(Article(id="t", raw_id="t", text=text, published_at="2015-08-04"))
    for word in ("فهد", "دبي"):
        i = text.index(word)
        doc.layer("mention").append(Span("mention", i, i + len(word), "LOC", {}))
    out = {text[s.start:s.end]: s.data["entity_id"] for s in link_doc(doc, load_kb())}
    assert "فهد" not in out and "مستشفى الملك فهد" in out
    assert out["دبي"] == "loc:dubai"


def test_a_list_of_towns_or_a_photo_credit_in_a_byline_is_no_writer() -> None:
    """«أبها، جدة: فلان، فلان» (the towns a report was filed from) gave «أبها، جدة» as a writer, «إعداد وتصوير - فلان»
    gave «وتصوير»."""
    from test_outlets import _authored

    assert _authored("تبوك، حائل: سعد الحربي، خالد العلي", "alwatan")[0] == ["سعد الحربي", "خالد العلي"]
    assert _authored("بريدة، عنيزة - الوطن", "alwatan")[0] == []
    assert _authored("إعداد وتصوير - سعد الحربي", "alriyadh")[0] == ["سعد الحربي"]
