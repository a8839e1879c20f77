"""Who spoke, in the harder sentence shapes: addressees, long titled subjects, أما ... فـ, back references,
subject-less cues after a person's action, sources a paper "learnt" from.  Sentences and names are our own."""

from __future__ import annotations

import pytest

from marsad.models import Span
from marsad.nlp.quotes import QuoteOptions, find_quotes

# Denials with a noun phrase ("نفى صحة الأنباء") are quotes only on request; their subjects are tested with it.
NOMINAL = QuoteOptions(nominal_complements=True)


def mention(text: str, surface: str, label: str = "PER", entity_id: str | None = None, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span("mention", start, start + len(surface), label,
                {"entity_id": entity_id or f"new:{surface}", "name": surface, "name_en": None, "source": "ner"})


def by_content(text: str, snippet: str, mentions: list[Span] | None = None, options: QuoteOptions | None = None) -> Span:
    found = [q for q in find_quotes(text, mentions=mentions, options=options) if snippet in q.data["content_text"]]
    assert found, [q.data["content_text"] for q in find_quotes(text, mentions=mentions, options=options)]
    return found[0]


def test_addressee_after_the_name_is_not_part_of_the_speaker():
    q = by_content("وقال الحمداني للصحفيين إن الطريق سيفتح غدا.", "الطريق سيفتح")
    assert q.data["speaker"]["text"] == "الحمداني"


def test_agency_addressed_is_the_channel_not_the_speaker():
    text = "وقال الوزير لوكالة الأنباء الوطنية إن المعبر سيفتح غدا."
    q = by_content(text, "المعبر سيفتح", [mention(text, "وكالة الأنباء الوطنية", "ORG")])
    assert q.data["speaker"]["text"] == "الوزير"
    assert "وكالة الأنباء الوطنية" in q.data["via"]["text"]


def test_denial_by_a_long_titled_subject_names_the_person():
    text = "ونفى المتحدث الرسمي باسم وزارة النقل خالد الرفاعي ما تناقلته صفحات التواصل عن رفع أسعار التذاكر."
    q = by_content(text, "تناقلته", [mention(text, "خالد الرفاعي"), mention(text, "وزارة النقل", "ORG")], NOMINAL)
    assert q.data["speaker"]["name_ar"] == "خالد الرفاعي"
    assert "باسم وزارة النقل" in q.data["speaker"]["title"]
    assert q.data["content_text"].startswith("ما تناقلته")


def test_denial_by_a_titled_subject_without_a_name_ends_at_the_object():
    q = by_content("ونفت المتحدثة باسم البلدية صحة الأنباء عن إغلاق السوق.", "الأنباء", options=NOMINAL)
    assert q.data["speaker"]["text"] == "المتحدثة باسم البلدية"
    assert q.data["content_text"] == "صحة الأنباء عن إغلاق السوق"


def test_amma_fa_puts_the_subject_before_the_verb():
    q = by_content("أما رئيسة البلدية فأكدت أن أعمال الصيانة ستنتهي قبل الشتاء.", "أعمال الصيانة")
    assert q.data["speaker"]["text"] == "رئيسة البلدية"


def test_the_source_refers_back_to_the_source_introduced_before():
    text = ("قال مصدر أمني في مدينة الزرقاء إن الدوريات زادت ليلا. "
            "وقال المصدر، الذي طلب عدم ذكر اسمه، إن الوضع هادئ الآن.")
    q = by_content(text, "الوضع هادئ")
    assert q.data["speaker"]["name_ar"].startswith("مصدر أمني في مدينة الزرقاء")


def test_the_minister_with_a_nationality_refers_back_to_the_named_minister():
    text = ("وصل وزير الصحة الكويتي فهد العتيبي إلى المدينة صباح الأحد.\n"
            "وقال الوزير الكويتي إن المستشفى الجديد سيفتح قبل الصيف.")
    q = by_content(text, "المستشفى الجديد", [mention(text, "فهد العتيبي", entity_id="per:fahd")])
    assert q.data["speaker"]["entity_id"] == "per:fahd"
    assert q.data["speaker"]["text"] == "الوزير الكويتي"


def test_subjectless_cue_after_a_persons_action_is_that_person():
    text = ("قال المدرب سمير: «اللاعبون جاهزون للمباراة».\n"
            "وفي أول تعليق رسمي، رحب رئيس الاتحاد الرياضي نبيل حداد بالقرار. "
            "وقال في بيان إن القرار ينصف الأندية الصغيرة.")
    ms = [mention(text, "سمير"), mention(text, "نبيل حداد")]
    assert by_content(text, "ينصف الأندية", ms).data["speaker"]["name_ar"] == "نبيل حداد"


def test_subjectless_cue_after_a_quote_keeps_the_speaker():
    text = "وقال نبيل حداد إن الموسم سينطلق في موعده. وأضاف أن الملاعب جاهزة."
    q = by_content(text, "الملاعب جاهزة", [mention(text, "نبيل حداد")])
    assert q.data["speaker"]["name_ar"] == "نبيل حداد"


def test_a_paper_learnt_it_from_a_source():
    text = "وعلمت صحيفة الأفق من مسؤول في وزارة المالية أن الموازنة ستتأخر شهرا."
    q = by_content(text, "الموازنة ستتأخر", [mention(text, "صحيفة الأفق", "ORG")])
    assert q.data["speaker"]["text"] == "مسؤول في وزارة المالية"
    assert q.data["via"]["text"] == "صحيفة الأفق"


def test_a_name_split_in_two_mentions_is_one_speaker():
    text = "وقال محمود علي يوسف إن المفاوضات ستستأنف الشهر المقبل."
    ms = [mention(text, "محمود علي"), mention(text, "يوسف", nth=0)]
    q = by_content(text, "المفاوضات", ms)
    assert q.data["speaker"]["name_ar"] == "محمود علي يوسف"


def test_a_source_close_to_a_person_is_not_that_person():
    text = "وقال مصدر مقرب من الوزير رامي خليل إن الاستقالة غير واردة."
    q = by_content(text, "الاستقالة", [mention(text, "رامي خليل")])
    assert q.data["speaker"]["name_ar"] != "رامي خليل"
    assert q.data["speaker"]["text"].startswith("مصدر مقرب")


def test_outlet_quoting_sources_relays_what_the_sources_said():
    text = "ارتفع عدد المصابين إلى 12 شخصا، بحسب ما ذكرت وكالة الأخبار نقلا عن مصادر في الإسعاف."
    q = by_content(text, "عدد المصابين")
    assert q.data["speaker"]["text"] == "مصادر في الإسعاف"
    assert q.data["via"]["text"] == "وكالة الأخبار"


def test_warning_content_starts_after_min_an():
    q = by_content("وقال الخبير إن الموسم جاف، محذرا من أن الآبار قد تنضب.", "الآبار")
    assert q.data["content_text"] == "الآبار قد تنضب"


@pytest.mark.parametrize("text, second_cue", [
    # a preposition phrase after a subject-less cue is how he spoke, not who
    ("قال سامي ناصر إن الحزب ماض في خطته. وقال بالحدة نفسها إن الحزب لن يتراجع.", "بالحدة نفسها"),
    # ل + a channel is whom he spoke to
    ("قال وزير الخارجية جون سميث إن المحادثات مثمرة. وأضاف لتلفزيون محلي إن الاتفاق قريب.", "لتلفزيون محلي"),
    ("قال وزير الخارجية جون سميث إن المحادثات مثمرة. وأكد لوسائل الإعلام أن الاتفاق قريب.", "لوسائل الإعلام"),
])
def test_a_phrase_after_a_continuation_is_not_its_speaker(text, second_cue):
    quotes = find_quotes(text)
    assert len(quotes) == 2
    first, second = (q.data["speaker"] for q in quotes)
    assert second["name_ar"] == first["name_ar"]  # the person who spoke before goes on
    assert second_cue not in second["text"]


def test_a_name_opening_like_a_preposition_still_speaks():
    (q,) = find_quotes("وقال بالمر إن الفريق جاهز للمباراة.")
    assert q.data["speaker"]["text"] == "بالمر"


def _per(text: str, name: str, eid: str | None = None) -> Span:
    start = text.index(name)
    return Span("mention", start, start + len(name), "PER", {"entity_id": eid, "name": name})


def test_the_person_a_place_is_named_after_is_not_its_speaker():
    text = "قال مدير مطار الأمير سالم بن فهد الدولي خالد العمري إن الرحلات تعود غدا."
    (q,) = find_quotes(text, mentions=[_per(text, "سالم بن فهد", "Q1"), _per(text, "خالد العمري")])
    assert q.data["speaker"]["name_ar"] == "خالد العمري"
    unnamed = "قال مدير مطار الأمير سالم بن فهد الدولي إن الرحلات تعود غدا."
    (q,) = find_quotes(unnamed, mentions=[_per(unnamed, "سالم بن فهد", "Q1")])
    assert q.data["speaker"]["entity_id"] is None and "سالم" not in q.data["speaker"]["name_ar"].split()[:1]
    assert q.data["speaker"]["name_ar"].startswith("مدير")  # the director, by his title
    # the prince speaking for himself is still the speaker
    own = "قال الأمير سالم بن فهد إن الرحلات تعود غدا."
    (q,) = find_quotes(own, mentions=[_per(own, "سالم بن فهد", "Q1")])
    assert q.data["speaker"]["entity_id"] == "Q1"


def test_a_clause_after_a_comma_is_not_a_name_in_apposition():
    text = "وبينت الدراسة حجم استهلاك المياه في الاستخراج، وبالتالي فإن الإنتاج في المناطق الجافة غير مناسب."
    sp = by_content(text, "المناطق الجافة").data["speaker"]
    assert "وبالتالي" not in (sp.get("text") or "") + (sp.get("name_ar") or "")
    assert sp["text"].startswith("الدراسة")


def test_a_lone_undefined_word_before_a_cue_is_not_its_subject():
    text = ("وقال المدير سالم الخالدي إن الجمعية إذ تعبر عن قلقها دون أن تتوقف تؤكد أنها تحتاج إلى دعم عاجل.")
    quotes = find_quotes(text, mentions=[mention(text, "سالم الخالدي")])
    assert quotes and all(q.data["speaker"]["text"] != "تتوقف" for q in quotes)


def test_a_title_then_a_second_title_ending_in_the_name_is_that_person():
    text = "أعلن رئيس الجمعية الخيرية، المشرف على برنامج الإفطار سعد المالكي عن أن التسجيل يبدأ غدا."
    sp = by_content(text, "التسجيل يبدأ", [mention(text, "سعد المالكي")]).data["speaker"]
    assert sp["name_ar"] == "سعد المالكي" and sp["title"] == "رئيس الجمعية الخيرية"


def test_a_subject_after_fihi_is_the_speaker_not_the_main_verbs():
    text = ("تداول عدد من المغردين صورة قديمة للحادث، في الوقت الذي أكدت فيه الشرطة أن الصورة تعود إلى عام مضى.")
    sp = by_content(text, "الصورة تعود").data["speaker"]
    assert sp["text"] == "الشرطة"


def test_adjectives_after_an_undefined_title_are_not_a_name():
    sp = by_content("وقال مسؤول أوروبي رفيع إن المحادثات ستستأنف الشهر المقبل.", "المحادثات ستستأنف").data["speaker"]
    assert sp["name_ar"] == "مسؤول أوروبي رفيع" and not sp.get("title")


def test_kana_ends_a_source_named_by_an_attribution():
    q = by_content("وبحسب وكالة الأنباء المحلية كان المصنع قد أغلق أبوابه قبل عامين بسبب الخسائر.", "أغلق أبوابه")
    assert q.data["speaker"]["text"] == "وكالة الأنباء المحلية"


def test_a_bare_body_head_is_the_body_named_in_full_before():
    text = ("وقال المركز الإعلامي للمقاومة إن القوات تقدمت شمالا.\n\n"
            "وفي مدينة أخرى، قال المركز إن الطريق أعيد فتحه.")
    sp = by_content(text, "الطريق أعيد").data["speaker"]
    assert sp["name_ar"] == "المركز الإعلامي للمقاومة"


def test_fa_inna_with_a_pronoun_ends_the_source_of_an_attribution():
    q = by_content("ووفقا لشبكة الأخبار الرياضية فإنه تم الاتفاق بين الناديين على الصفقة.", "الاتفاق بين")
    assert q.data["speaker"]["text"] == "شبكة الأخبار الرياضية"


@pytest.mark.parametrize("text", [
    "من جانبه قال لـ\"الوطن\" ماجد العتيبي المحلل المالي إن الأسعار ستتراجع قريبا.",
    "ويقول لـ\"الوطن\"، ماجد العتيبي المحلل المالي، إن الأسعار ستتراجع قريبا.",
])
def test_a_channel_named_before_the_speaker_is_not_where_the_subject_ends(text):
    q = by_content(text, "الأسعار ستتراجع", [mention(text, "ماجد العتيبي")])
    assert q.data["speaker"]["name_ar"] == "ماجد العتيبي"
    assert "الوطن" in (q.data["via"] or {}).get("text", "")


def test_a_phrase_after_the_channel_that_names_no_party_is_not_the_speaker():
    text = ("وقال رئيس النادي سالم الفهد إن الموسم كان ناجحا.\n\n"
            "وقال لوكالة الأنباء بمناسبة الحفل، بإتمام المرحلة الأولى في جامعة الملك سعود إن العمل مستمر.")
    ms = [mention(text, "سالم الفهد"), mention(text, "جامعة الملك سعود", "ORG")]
    assert by_content(text, "العمل مستمر", ms).data["speaker"]["name_ar"] == "سالم الفهد"


def test_a_person_governed_by_li_is_not_the_sources_name():
    text = "وأكدت مصادر عسكرية موالية لسالم الحربي أن القوات دخلت المعسكر."
    i = text.index("سالم الحربي")
    ms = [Span("mention", i, i + len("سالم الحربي"), "PER", {"entity_id": "q:9", "name": "سالم الحربي"})]
    sp = by_content(text, "القوات دخلت", ms).data["speaker"]
    assert sp.get("entity_id") != "q:9" and sp["text"].startswith("مصادر عسكرية")


def test_a_channel_named_before_a_titled_source_is_not_where_the_subject_ends():
    q = by_content("وقال لـ\"الوطن\" مصدر أمني في المدينة إن الطريق أغلق مؤقتا.", "الطريق أغلق")
    assert q.data["speaker"]["text"].startswith("مصدر أمني")


def test_a_name_ending_in_ha_is_not_a_pronoun_fragment():
    q = by_content("ورد رئيس المجلس، نبيه سالم، على الانتقادات قائلا إن المجلس مستقل في قراراته.", "مستقل في")
    assert q.data["speaker"]["name_ar"] == "نبيه سالم"
