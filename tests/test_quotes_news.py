"""The shapes of reported speech that real news gets wrong, on short articles we wrote: continuation chains,
speakerless reports, documents as speakers, colons at a line end, spans that stop where the quotation stops,
and speakers that are names, never particles or fragments.  Names and sentences are our own."""

from __future__ import annotations

import pytest

from marsad.models import Span
from marsad.nlp.quotes import find_quotes


def person(text: str, surface: str, entity_id: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span("mention", start, start + len(surface), "PER",
                {"entity_id": entity_id, "name": surface, "name_en": None, "source": "ner"})


def said(text: str, mentions: list[Span] | None = None) -> list[tuple[str, str]]:
    """(speaker text, content) of every quote found."""
    return [(q.data["speaker"].get("text"), q.data["content_text"]) for q in find_quotes(text, mentions=mentions)]


# -- continuation chains ------------------------------------------------------------------------------

def test_a_chain_of_continuation_cues_keeps_the_first_speaker():
    text = ("قال رئيس البلدية سامر العلي إن الحديقة ستفتح غدا. وأضاف أن العمل استغرق عاما كاملا. "
            "وتابع: \"سنزرع ألف شجرة قبل الشتاء\". وأردف أن السكان شاركوا في التصميم، مشيرا إلى أن الكلفة انخفضت.")
    found = find_quotes(text, mentions=[person(text, "سامر العلي", "new:samer")])
    assert [q.data["content_text"] for q in found] == [
        "الحديقة ستفتح غدا", "العمل استغرق عاما كاملا", "سنزرع ألف شجرة قبل الشتاء",
        "السكان شاركوا في التصميم", "الكلفة انخفضت"]
    assert {q.data["speaker"]["entity_id"] for q in found} == {"new:samer"}


def test_a_pronoun_before_the_cue_is_the_previous_speaker_not_a_name():
    text = "وقال المحامي فهد الراشد إن القضية معقدة. لكنه تساءل: من يعوض المتضررين؟"
    found = find_quotes(text, mentions=[person(text, "فهد الراشد", "new:fahd")])
    assert [q.data["speaker"]["entity_id"] for q in found] == ["new:fahd", "new:fahd"]
    assert all(q.data["speaker"]["text"] != "لكنه" for q in found)


def test_a_participle_right_after_a_noun_is_an_adjective_not_a_new_cue():
    text = "وقال التقرير إن الدول فرضت عقوبات مشددة على التجار، لذا ارتفعت الأسعار في الأسواق."
    assert said(text) == [("التقرير", "الدول فرضت عقوبات مشددة على التجار، لذا ارتفعت الأسعار في الأسواق")]


def test_a_verb_that_also_means_continue_is_not_a_cue_without_a_complement():
    text = "وقال التقرير إن الشركة تجاهلت القرار وتابعت نشاطها في السوق المحلية."
    assert said(text) == [("التقرير", "الشركة تجاهلت القرار وتابعت نشاطها في السوق المحلية")]


# -- reports without a speaker --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ارتفعت أسعار الحديد كثيرا هذا الشهر، مما يشير إلى أن موسم البناء بدأ مبكرا.",
    "وأفادت أنباء بأن الطريق الساحلي أغلق بسبب الأمطار.",
    "ويذكر أن المهرجان يقام كل عامين في المدينة القديمة.",
])
def test_reports_without_a_speaker_quote_nobody(text):
    assert said(text) == []


# -- documents as speakers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("وينص مشروع القانون على أن تدفع الشركات غرامة عن كل يوم تأخير.", "مشروع القانون",
     "تدفع الشركات غرامة عن كل يوم تأخير"),
    ("وأظهرت نتائج الفحوص أن مياه الآبار صالحة للشرب.", "نتائج الفحوص", "مياه الآبار صالحة للشرب"),
])
def test_documents_speak_as_documents_not_people(text, speaker, content):
    found = find_quotes(text)
    assert [(q.data["speaker"]["text"], q.data["content_text"]) for q in found] == [(speaker, content)]
    assert found[0].data["speaker"]["kind"] == "document"


def test_speaker_kinds_of_an_outlet_and_a_government():
    kinds = [q.data["speaker"]["kind"] for q in find_quotes(
        "وقالت صحيفة الفجر إن الانتخابات ستؤجل. وقالت الحكومة الأردنية إن الموعد لم يتغير.")]
    assert kinds == ["media", "government"]


# -- colons, marks and where a span ends ----------------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("وقال وزير النقل سالم الحربي:\nإن القطار الجديد سيربط المدينتين خلال عامين.",
     "القطار الجديد سيربط المدينتين خلال عامين"),
    ("وقال وزير النقل سالم الحربي:\nسنفتتح المحطة الأولى في الربيع المقبل.", "سنفتتح المحطة الأولى في الربيع المقبل"),
    ("وقال وزير النقل سالم الحربي:\n\"سنفتتح المحطة الأولى في الربيع\".", "سنفتتح المحطة الأولى في الربيع"),
])
def test_what_follows_a_colon_at_the_end_of_a_line_is_what_was_said(text, content):
    assert said(text) == [("وزير النقل سالم الحربي", content)]


def test_speech_after_a_colon_without_marks_is_indirect():
    q = find_quotes("وقال مدير المستشفى: قريبا سنفتح قسما جديدا للأطفال.")[0]
    assert q.label == "indirect"


def test_a_fully_quoted_complement_ends_at_its_closing_mark():
    text = "وقال المتحدث باسم الحزب نادر سليم إن الحوار توقف، مؤكدا أنه «لن نقبل بأي تمديد» وكان الحزب رفض العرض سابقا."
    assert [c for _, c in said(text)] == ["الحوار توقف", "لن نقبل بأي تمديد"]


def test_a_clause_coordinated_after_a_quoted_fragment_stays_in_the_span():
    text = "وقال المتحدث باسم الحزب نادر سليم إن \"الاتفاق انتهى\" وإن الحزب سيعود إلى المعارضة."
    assert [c for _, c in said(text)] == ["\"الاتفاق انتهى\" وإن الحزب سيعود إلى المعارضة"]


def test_a_clause_ends_where_a_new_speaker_begins_without_a_full_stop():
    text = "وقال الوزير خالد المنصور إنه لا اتفاق على التمديد وأوضح النائب سعد الخطيب أن الجلسة ستعقد غدا."
    assert said(text) == [("الوزير خالد المنصور", "لا اتفاق على التمديد"),
                          ("النائب سعد الخطيب", "الجلسة ستعقد غدا")]


def test_a_clause_ends_before_the_narrators_framing():
    text = "وأكد أحد أقارب الشيخ أنه ما زال حيا بعدما ذكرت وسائل إعلام محلية نبأ وفاته."
    assert [c for _, c in said(text)] == ["ما زال حيا"]


def test_chants_listed_after_one_cue_are_separate_quotes():
    text = 'وهتف المحتجون: "ارحلوا"، "لا للفساد"، "الشعب يريد الماء".'
    assert said(text) == [("المحتجون", "ارحلوا"), ("المحتجون", "لا للفساد"), ("المحتجون", "الشعب يريد الماء")]


def test_chants_across_a_full_stop_and_an_also_share_the_cue():
    text = 'وهتف المحتجون وهم يرفعون الأعلام "ارحلوا جميعا عن هذه الأرض". و"لا للفساد"، وكذلك "الشعب يريد الماء"، ورفعوا لافتات.'
    assert said(text) == [("المحتجون", "ارحلوا جميعا عن هذه الأرض"), ("المحتجون", "لا للفساد"),
                          ("المحتجون", "الشعب يريد الماء")]


def test_a_relative_clause_is_not_part_of_the_speakers_name():
    assert said("وقال المتظاهرون الذين تجمعوا في الساحة إن الحكومة فشلت.") == [("المتظاهرون", "الحكومة فشلت")]


def test_an_attribution_inside_a_quote_is_a_nested_quote():
    found = find_quotes("وأوضح مدير الجمعية سليم حداد أنه وفقا لتقرير الأمم المتحدة، فإن آلاف الأطفال يعانون من سوء التغذية.")
    inner = [q for q in found if q.data["cue_text"] == "وفقا"]
    assert [q.data["content_text"] for q in inner] == ["آلاف الأطفال يعانون من سوء التغذية"]
    assert inner[0].data["speaker"]["text"] == "تقرير الأمم المتحدة"
    assert inner[0].data["via"]["text"] == "مدير الجمعية سليم حداد"


def test_the_writers_reason_after_a_stance_is_not_a_quote():
    assert said("واعتبر مواطنون قرار البلدية بالإيجابي، خصوصا أن السوق مزدحم.") == []


def test_whom_a_speaker_appeals_to_is_not_the_speaker():
    text = "أكد المحامي فهد الراشد صعوبة القضايا، وناشد مجالس الإدارات بأن يقفوا مع المساهمين، وقال إن التعويض حق."
    found = find_quotes(text, mentions=[person(text, "فهد الراشد", "new:fahd")])
    assert [(q.data["speaker"]["entity_id"], q.data["content_text"]) for q in found] == [
        ("new:fahd", "يقفوا مع المساهمين"), ("new:fahd", "التعويض حق")]


# -- speakers are names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ووافقت الأطراف على التمديد، وفيما أكد أن القرار نهائي.",
    "وقال مجيباً: \"لا أعرف شيئا عن الموضوع\".",
])
def test_particles_and_adverbs_are_never_speakers(text):
    assert all(sp not in ("وفيما", "مجيباً") for sp, _ in said(text))


def test_a_place_after_the_head_is_not_the_speaker():
    text = "وقال المتظاهرون في ساحة الشهداء ببيروت إن الحكومة يجب أن تستقيل."
    ms = [Span("mention", text.index("بيروت"), text.index("بيروت") + 5, "LOC",
               {"entity_id": "loc:beirut", "name": "بيروت", "name_en": "Beirut", "source": "gazetteer"})]
    q = find_quotes(text, mentions=ms)[0]
    assert q.data["speaker"]["text"].startswith("المتظاهرون")
    assert q.data["speaker"]["entity_id"] is None


def test_the_issuer_of_a_statement_is_its_speaker():
    text = "أصدر النادي الأهلي أمس بيانا أكد فيه أن المدرب باق في منصبه."
    assert said(text) == [("النادي الأهلي", "المدرب باق في منصبه")]


def test_a_definite_description_refers_back_to_the_person_introduced_with_it():
    text = ("طالب الكاتب الاقتصادي منير الساعدي بتسريع القرار. "
            "وقال الكاتب الاقتصادي: \"الأسعار لن تنخفض قبل عامين\".")
    found = find_quotes(text, mentions=[person(text, "منير الساعدي", "new:munir")])
    assert [q.data["speaker"]["entity_id"] for q in found] == ["new:munir"]


def test_a_speaker_named_by_surname_takes_the_entity_of_the_full_name():
    text = "التقى الوزير عادل الفارس بالمزارعين أمس. وقال الفارس إن الدعم سيصل قبل الحصاد."
    found = find_quotes(text, mentions=[person(text, "عادل الفارس", "new:adel")])
    assert [q.data["speaker"]["entity_id"] for q in found] == ["new:adel"]
    assert found[0].data["speaker"]["name_ar"] == "عادل الفارس"


def test_an_anonymous_description_takes_the_name_given_later():
    text = "كشف عضو في مجلس النقابة عن أن الإضراب سيبدأ الأحد. وقال عضو في مجلس النقابة، سمير الجابري، إن المفاوضات فشلت."
    assert [q.data["speaker"]["name_ar"] for q in find_quotes(text)] == ["سمير الجابري", "سمير الجابري"]


def test_a_plural_participle_goes_with_the_plural_subject_not_the_last_speaker():
    text = "وقال المدير سالم الحربي إن السوق منظم. واعتبر مواطنون قرار البلدية بالإيجابي، مضيفين أن الأسعار ستنخفض."
    assert said(text)[-1] == ("مواطنون", "الأسعار ستنخفض")


def test_a_dateline_is_not_the_subject_of_the_first_sentence():
    text = ("سامي الحسن- الصباح- الرياض: طالب الكاتب الاقتصادي منير الساعدي بسرعة إقرار النظام، "
            "لافتا إلى أن القرار سيخفض الأسعار.")
    found = find_quotes(text, mentions=[person(text, "منير الساعدي", "new:munir"), person(text, "سامي الحسن", "new:sami")])
    assert [(q.data["speaker"]["entity_id"], q.data["content_text"]) for q in found] == [
        ("new:munir", "القرار سيخفض الأسعار")]


def test_a_decimal_point_is_not_a_full_stop():
    text = "وقالت هيئة الكهرباء في تقريرها إن 61.9 % من الفواتير لا تزيد على مئة ريال."
    assert said(text) == [("هيئة الكهرباء", "61.9 % من الفواتير لا تزيد على مئة ريال")]


def test_a_link_footer_is_not_a_headline_quote():
    text = "وقال المدير إن المهرجان نجح.\nرابط الخبر بصحيفة المساء: «المدينة تطلق غدا أكبر مهرجان للتمور في المنطقة»"
    assert [c for _, c in said(text)] == ["المهرجان نجح"]


def test_a_participle_without_a_close_complement_borrows_no_later_clause():
    text = ("وقال المحلل سامي العبد إن السهم يتجه نحو الارتفاع، متوقعا إذا حافظ على هذا المستوى سوف نرى انتهاء "
            "موجة الهبوط، ويجب أن يعي المتداول أن ما حدث غير طبيعي.")
    assert [c for _, c in said(text)] == ["السهم يتجه نحو الارتفاع"]
