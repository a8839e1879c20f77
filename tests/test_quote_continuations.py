"""Who goes on speaking: subject-less cues (وأضاف، وأوضحت، وأضافوا، مشيرا) and titles with no name.

A continuation agrees with its speaker in gender and number, goes on with a party that a later sentence brings in
as its subject (across paragraph breaks), not with one a sentence only mentions, and a bare title takes the person
the article names with it.  Sentences and names are our own.
"""

from __future__ import annotations

from marsad.models import Span
from marsad.nlp.quote_coref import speaker_agreement, verb_agreement
from marsad.nlp.quotes import find_quotes


def mention(text: str, surface: str, label: str = "PER", nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span("mention", start, start + len(surface), label,
                {"entity_id": f"new:{surface}", "name": surface, "name_en": None, "source": "ner"})


def speaker_of(text: str, snippet: str, mentions: list[Span]) -> dict:
    quotes = find_quotes(text, mentions=mentions)
    found = [q for q in quotes if snippet in q.data["content_text"]]
    assert found, [q.data["content_text"] for q in quotes]
    return found[0].data["speaker"]


def test_the_verb_form_tells_gender_and_number():
    assert verb_agreement("وأضاف", "أضاف", "say") == "m"
    assert verb_agreement("وأوضحت", "أوضح", "say") == "f"
    assert verb_agreement("وأضافوا", "أضاف", "say") == "p"
    assert verb_agreement("مشيرة", "أشار", "participle") == "f"
    assert verb_agreement("مضيفين", "أضاف", "participle") == "p"
    assert verb_agreement("تضيف", "أضاف", "say") == "f"


def test_what_a_speaker_agrees_with():
    assert speaker_agreement({"text": "الوزير", "label": None}) == {"m"}
    assert speaker_agreement({"text": "الوزارة", "label": "ORG"}) == {"f"}
    assert speaker_agreement({"text": "الأطباء", "label": None}) == {"p"}
    assert speaker_agreement({"text": "المصادر", "label": None}) == {"f", "p"}
    assert "f" in speaker_agreement({"text": "ريم الخالد", "label": "PER"})  # a bare name: either


def test_a_singular_continuation_skips_a_plural_last_speaker():
    text = ("وقال المهندس سالم الحربي إن المشروع سيكتمل في الربيع.\n"
            "وقال عمال في الموقع إن أجورهم تأخرت شهرين.\n"
            "وأضاف أن الشركة ستسلم المفاتيح قبل نهاية العام.\n"
            "وأضافوا أن الإدارة وعدتهم بحل قريب.")
    ms = [mention(text, "سالم الحربي")]
    assert speaker_of(text, "ستسلم المفاتيح", ms)["name_ar"] == "سالم الحربي"
    assert speaker_of(text, "وعدتهم بحل", ms)["text"] == "عمال في الموقع"


def test_a_feminine_continuation_goes_back_to_the_woman_who_spoke():
    text = ("وقالت الطبيبة هند السالم إن العيادة تستقبل المرضى كل يوم.\n"
            "وقال المدير فهد العلي إن المبنى الجديد جاهز.\n"
            "وأوضحت أن المواعيد تحجز عبر الهاتف.")
    ms = [mention(text, "هند السالم"), mention(text, "فهد العلي")]
    assert speaker_of(text, "المواعيد تحجز", ms)["name_ar"] == "هند السالم"


def test_a_person_brought_in_as_a_subject_takes_over_across_paragraphs():
    text = ("وقال الوزير سالم الحربي إن الميناء سيفتح الشهر المقبل.\n\n"
            "من جهته، أعرب رئيس الغرفة التجارية ماجد القحطاني عن ارتياحه للقرار.\n\n"
            "وأضاف أن التجار ينتظرون الافتتاح منذ سنوات.")
    ms = [mention(text, "سالم الحربي"), mention(text, "ماجد القحطاني")]
    assert speaker_of(text, "التجار ينتظرون", ms)["name_ar"] == "ماجد القحطاني"


def test_a_person_only_mentioned_in_between_does_not_take_over():
    text = ("وقال الوزير سالم الحربي إن الميناء سيفتح الشهر المقبل.\n\n"
            "وشهدت المدينة زيارة للأمير فيصل بن خالد الأسبوع الماضي.\n\n"
            "وأضاف أن الرسوم لن ترتفع.")
    ms = [mention(text, "سالم الحربي"), mention(text, "فيصل بن خالد")]
    assert speaker_of(text, "الرسوم لن ترتفع", ms)["name_ar"] == "سالم الحربي"


def test_a_reporters_byline_is_not_a_party():
    text = ("نادر الشمري - الدمام: طالبت البلدية السكان بترشيد المياه.\n"
            "وأضافت أن الطلب ارتفع في الصيف.")
    quotes = find_quotes(text, mentions=[mention(text, "نادر الشمري")])
    assert all(q.data["speaker"].get("name_ar") != "نادر الشمري" for q in quotes)


def test_a_bare_title_takes_the_person_named_before_it():
    text = ("وأكد العقيد سعد الغامدي، المتحدث باسم الدفاع المدني، أن الحريق أخمد بالكامل.\n\n"
            "وقال المتحدث باسم الدفاع المدني إن التحقيق في أسبابه بدأ.")
    ms = [mention(text, "سعد الغامدي")]
    sp = speaker_of(text, "التحقيق في أسبابه", ms)
    assert sp["name_ar"] == "سعد الغامدي"
    assert sp["text"] == "المتحدث باسم الدفاع المدني"


def test_a_bare_title_takes_the_person_named_after_it():
    text = ("وقال رئيس اللجنة الأهلية في الحي، الشيخ ناصر العمري، إن الأهالي تبرعوا للمسجد.\n\n"
            "وأكد رئيس اللجنة الأهلية أن الترميم يبدأ الأسبوع المقبل.")
    ms = [mention(text, "ناصر العمري")]
    assert speaker_of(text, "الترميم يبدأ", ms)["name_ar"] == "ناصر العمري"


def test_someone_close_to_a_person_stays_unnamed():
    text = ("وأكد مستشار مقرب من الوزير خالد السبيعي أن الاجتماع أرجئ.\n\n"
            "وقال مستشار مقرب إن الاجتماع سيعقد لاحقا.")
    sp = speaker_of(text, "سيعقد لاحقا", [mention(text, "خالد السبيعي")])
    assert sp["name_ar"] != "خالد السبيعي"


def test_a_relative_described_by_kinship_is_not_the_person_named():
    text = ("وقال شقيق الضحية مازن العلي إن العائلة تنتظر نتائج التحقيق.\n"
            "وأضاف أن الشرطة وعدتهم بالرد خلال أيام.")
    ms = [mention(text, "مازن العلي")]
    for snippet in ("العائلة تنتظر", "وعدتهم بالرد"):
        sp = speaker_of(text, snippet, ms)
        assert sp["text"] == "شقيق الضحية مازن العلي"
        assert sp.get("entity_id") is None and sp["name_ar"] != "مازن العلي"


def test_a_relative_as_subject_of_a_non_speech_verb_goes_on_speaking():
    text = ("فيما استقبل والد الفقيد وفدا من الأمير سعود بن فهد، وأوضح أن الزيارة خففت عن الأسرة.")
    sp = speaker_of(text, "خففت عن الأسرة", [mention(text, "سعود بن فهد")])
    assert sp["text"] == "والد الفقيد"


def test_the_namesake_of_a_centre_does_not_open_the_sentence():
    text = ("وقال الوزير سالم الحربي إن الميناء سيفتح.\n\n"
            "وزار الأمين العام لمركز الملك فهد الثقافي ياسر المالكي المعرض.\n\n"
            "وأضاف أن الزوار تجاوزوا عشرة آلاف.")
    ms = [mention(text, "سالم الحربي"), mention(text, "الملك فهد"), mention(text, "ياسر المالكي")]
    assert speaker_of(text, "الزوار تجاوزوا", ms)["name_ar"] != "الملك فهد"


def test_the_sources_are_the_ones_brought_in_last_quoted_or_not():
    text = ("وقالت مصادر محلية في المدينة إن السوق أغلق.\n\n"
            "وكانت مصادر أمنية رسمية، أعلنت أمس وصول تعزيزات إلى المنطقة.\n\n"
            "ونقلت الوكالة الرسمية عن المصادر قولها إن التعزيزات انتشرت حول المطار.")
    sp = speaker_of(text, "التعزيزات انتشرت", [])
    assert sp["name_ar"] == "مصادر أمنية رسمية"


def test_the_sources_quoted_last_go_on_when_none_came_in_since():
    text = ("وقالت مصادر محلية في المدينة إن السوق أغلق.\n\n"
            "وأكدت المصادر أن الحركة عادت مساء.")
    assert speaker_of(text, "الحركة عادت", [])["name_ar"].startswith("مصادر محلية")


def test_a_named_object_after_the_speakers_name_is_not_part_of_it():
    text = "ووصف كارلسون الأكراد بأنهم شركاء لا يمكن تجاهلهم."
    sp = speaker_of(text, "شركاء", [mention(text, "كارلسون"), mention(text, "الأكراد", "MISC")])
    assert sp["text"] == "كارلسون"


def test_a_statement_speaks_for_whoever_issued_it():
    text = ("أعلنت وزارة الصحة في بيان عن افتتاح مستشفى جديد في الشمال.\n\n"
            "وأوضح البيان أن المستشفى يضم مئتي سرير.")
    sp = speaker_of(text, "مئتي سرير", [mention(text, "وزارة الصحة", "ORG")])
    assert sp["text"] == "البيان"
    assert sp["name_ar"] == "وزارة الصحة"


def test_a_study_speaks_for_the_firm_that_made_it():
    text = ("وبحسب الدراسة التي أعدتها شركة الرواد للأبحاث، فإن الطلب على المساكن ارتفع.\n\n"
            "وأكدت الدراسة أن الأسعار ستنخفض العام المقبل.")
    sp = speaker_of(text, "الأسعار ستنخفض", [mention(text, "شركة الرواد للأبحاث", "ORG")])
    assert sp["name_ar"] == "شركة الرواد للأبحاث"


def test_a_study_someone_only_spoke_about_stays_a_study():
    text = ("وأوضح الباحث سامي النجار أنه في دراسة أخرى ظهرت نتائج مختلفة.\n\n"
            "وبينت الدراسة أن النتائج تحتاج إلى مراجعة.")
    sp = speaker_of(text, "تحتاج إلى مراجعة", [mention(text, "سامي النجار")])
    assert sp["name_ar"] != "سامي النجار"


def test_a_long_title_led_by_an_assistant_or_deputy_runs_on_to_the_name():
    text = ("وأوضح مساعد المدير العام للعلاقات العامة في الهيئة عادل بن سعد الماجد أن الخدمة تعمل.\n"
            "وأكد أن التطبيق سيتاح قريبا.")
    ms = [mention(text, "عادل بن سعد الماجد")]
    for snippet in ("الخدمة تعمل", "التطبيق سيتاح"):
        assert speaker_of(text, snippet, ms)["name_ar"] == "عادل بن سعد الماجد"


def test_an_opening_adjunct_does_not_hide_the_new_subject():
    text = ("وقال رئيس البلدية فهد العنزي إن الطرق ستصان.\n\n"
            "من جانبه كشف مدير المعرض التجاري نايف الراشد خطة الموسم الجديد.\n\n"
            "مشيرا إلى أن المعرض يفتح أبوابه في الخريف.")
    ms = [mention(text, "فهد العنزي"), mention(text, "نايف الراشد")]
    assert speaker_of(text, "يفتح أبوابه", ms)["name_ar"] == "نايف الراشد"


def test_a_person_right_after_a_comma_opens_the_clause():
    text = ("وفي ختام الجولة، سالم الحربي يفتتح المعرض.\n"
            "وأضاف أن الزوار سيدخلون مجانا.")
    assert speaker_of(text, "الزوار سيدخلون", [mention(text, "سالم الحربي")])["name_ar"] == "سالم الحربي"


def test_a_verb_with_a_colon_is_not_a_headline_speaker():
    text = ("وقال المدرب هاني القرشي: \"الفريق جاهز للموسم الجديد\".\n"
            "وزاد: \"نثق في لاعبينا الشباب ونعدهم بموسم مختلف تماما\".")
    quotes = find_quotes(text, mentions=[mention(text, "هاني القرشي")])
    assert all(q.data["speaker"]["text"] != "وزاد" for q in quotes)
    assert any(q.data["speaker"].get("name_ar") == "هاني القرشي" and "لاعبينا" in q.data["content_text"]
               for q in quotes)


def test_an_organisation_after_a_title_is_not_the_persons_name():
    text = "وأعرب الأمين العام لمجلس التنسيق خلال اللقاء عن أمله في نجاح الهدنة، مؤكدا أن الحوار هو الحل."
    sp = speaker_of(text, "الحوار هو الحل", [])
    assert sp["name_ar"] != "لمجلس التنسيق"


def test_a_statement_speaks_for_whoever_spoke_in_it():
    text = ("وقالت السفارة في بيان أمس: إن المواطن غادر المستشفى.\n\n"
            "وأضاف البيان أن السفارة تتابع حالته.")
    assert speaker_of(text, "تتابع حالته", [])["name_ar"] == "السفارة"


def test_a_surname_with_or_without_the_article_is_the_person_named():
    text = ("وأوضح التاجر سامي فارسي أن الأسعار مستقرة.\n\n"
            "ويؤكد الفارسي أن الطلب يرتفع في الأعياد.")
    i = text.index("سامي فارسي")
    ms = [Span("mention", i, i + len("سامي فارسي"), "PER", {"entity_id": "q:42", "name": "سامي فارسي"})]
    sp = speaker_of(text, "الطلب يرتفع", ms)
    assert sp["entity_id"] == "q:42" and sp["name_ar"] == "سامي فارسي"


def test_a_description_with_no_name_is_the_person_it_describes():
    text = ("حذر نائب رئيس لجنة النقل البري لشؤون الموانئ سامي العتيبي من تأخر الشحنات.\n\n"
            "وقال العتيبي إن السفن تنتظر أياما قبل التفريغ.\n\n"
            "وقال مسؤول الموانئ إن الأرصفة الجديدة ستفتح قريبا، مشيرا إلى أن العمل يجري ليلا.")
    ms = [mention(text, "سامي العتيبي")]
    for snippet in ("الأرصفة الجديدة", "العمل يجري ليلا"):
        sp = speaker_of(text, snippet, ms)
        assert sp["entity_id"] == "new:سامي العتيبي" and sp["name_ar"] == "سامي العتيبي"


def test_a_description_the_article_never_gave_the_person_stays_unnamed():
    text = ("حذر نائب رئيس لجنة النقل البري لشؤون الموانئ سامي العتيبي من تأخر الشحنات.\n\n"
            "وقال العتيبي إن السفن تنتظر أياما قبل التفريغ.\n\n"
            "وقال مسؤول الجمارك إن الفحص يستغرق ساعتين.")
    sp = speaker_of(text, "الفحص يستغرق", [mention(text, "سامي العتيبي")])
    assert not sp.get("entity_id") and sp["name_ar"] == "مسؤول الجمارك"


def linked(text: str, surface: str, entity_id: str, last: bool = False) -> Span:
    start = text.rindex(surface) if last else text.index(surface)
    return Span("mention", start, start + len(surface), "PER",
                {"entity_id": entity_id, "name": surface, "name_en": None, "source": "ner"})


def test_a_surname_the_linker_made_up_an_entity_for_is_the_person_named_in_full():
    text = ("أعلن وزير الخارجية كمال أوزتورك أن الاجتماع سيعقد الأسبوع المقبل.\n\n"
            "وقال أوزتورك إن الطرفين اتفقا على جدول الأعمال.")
    ms = [linked(text, "كمال أوزتورك", "q:77"), linked(text, "أوزتورك", "new:أوزتورك", last=True)]
    sp = speaker_of(text, "جدول الأعمال", ms)
    assert sp["entity_id"] == "q:77" and sp["name_ar"] == "كمال أوزتورك"


def test_a_preposition_the_tagger_took_into_a_name_does_not_make_another_person():
    text = ("وقال العميد ناصر إبراهيم إن الحدود آمنة.\n\n"
            "وشدد إبراهيم على \"ضرورة تعزيز الدوريات في المناطق الجبلية قبل الشتاء\".")
    ms = [linked(text, "ناصر إبراهيم", "new:ناصر إبراهيم"), linked(text, "إبراهيم على", "new:إبراهيم على")]
    sp = speaker_of(text, "تعزيز الدوريات", ms)
    assert sp["entity_id"] == "new:ناصر إبراهيم" and sp["name_ar"] == "ناصر إبراهيم"


def test_a_short_name_shared_by_two_people_is_the_one_named_last():
    text = ("وقال المهندس خالد الشمري إن الجسر يكتمل في الصيف.\n\n"
            "وقال الطبيب سعد الشمري إن المستشفى يستقبل الحالات.\n\n"
            "وأكد الشمري أن الأسرة الجديدة وصلت.")
    ms = [linked(text, "خالد الشمري", "q:1"), linked(text, "سعد الشمري", "q:2")]
    assert speaker_of(text, "الأسرة الجديدة", ms)["entity_id"] == "q:2"


def test_a_singular_continuation_does_not_go_on_with_two_people():
    assert speaker_agreement({"text": "أستاذان للقانون", "label": None}) == {"p", "d"}  # two: a dual verb fits too
    text = ("أوضح القاضي سالم العنزي أن الدعوى قبلت؛ بينما رأى أستاذان للقانون أن الحكم قابل للطعن. "
            "وقال في رده على سؤال إن الجلسة المقبلة بعد شهر.")
    sp = speaker_of(text, "الجلسة المقبلة", [mention(text, "سالم العنزي")])
    assert sp["name_ar"] == "سالم العنزي"


def test_a_participle_after_an_opening_adjunct_goes_with_the_main_verbs_subject():
    text = ("وقال المدرب سامي الحربي إن الفريق جاهز للموسم.\n\n"
            "في غضون ذلك، أعلن الاتحاد الرياضي عبر موقعه الرسمي تأجيل البطولة، قائلا إن الملاعب تحتاج إلى صيانة.")
    ms = [mention(text, "سامي الحربي"), mention(text, "الاتحاد الرياضي", "ORG")]
    assert speaker_of(text, "الملاعب تحتاج", ms)["text"] == "الاتحاد الرياضي"


def test_his_highness_is_the_prince_who_spoke_not_a_speaker_named_sumuwwuh():
    text = ("وأكد الأمير فيصل بن خالد أن المشروع يخدم أهالي المنطقة.\n\n"
            "وقال سموه إن العمل سيبدأ بعد العيد.")
    sp = speaker_of(text, "سيبدأ بعد العيد", [mention(text, "فيصل بن خالد")])
    assert sp["name_ar"] == "فيصل بن خالد"


def test_a_subjectless_cue_goes_with_the_person_who_opens_its_sentence():
    text = ("وقال الوزير سالم الحربي إن الميزانية أقرت.\n\n"
            "تحدث الكاتب نواف الشهري عن هذه المسألة في مقالاته، إذ أشار إلى أن المقاطعة لم تعد مجدية.\n\n"
            "الروائية منى العلي، تميل قراءاتها إلى التاريخ، فتقول: الرواية التاريخية تعلمنا الصبر.")
    ms = [mention(text, "سالم الحربي"), mention(text, "نواف الشهري"), mention(text, "منى العلي")]
    assert speaker_of(text, "المقاطعة لم تعد", ms)["name_ar"] == "نواف الشهري"
    assert speaker_of(text, "الرواية التاريخية", ms)["name_ar"] == "منى العلي"


def test_a_person_named_right_before_alladhi_is_the_speaker():
    text = ("تعاقد النادي مع المدافع سامي الفهد بحضور المشرف على الفريق خالد النمر الذي أكد أن اللاعب "
            "سيشارك في المعسكر.\n\n"
            "وتذكرت قول الأديب \"جبران خليل\" الذي قال \"إن الحياة بلا حب شجرة بلا ثمر\".")
    ms = [mention(text, "سامي الفهد"), mention(text, "خالد النمر"), mention(text, "جبران خليل")]
    assert speaker_of(text, "سيشارك في المعسكر", ms)["name_ar"] == "خالد النمر"
    assert speaker_of(text, "الحياة بلا حب", ms)["name_ar"] == "جبران خليل"


def test_his_mother_is_a_party_not_a_fragment():
    text = ("ولد الطفل سامر علي وهو يعاني من ضعف في السمع.\n\n"
            "وتقول والدته: «نبحث عن علاج لطفلي منذ سنوات»، مشيرة إلى أن الأطباء نصحوها بالسفر.")
    sp = speaker_of(text, "الأطباء نصحوها", [mention(text, "سامر علي")])
    assert sp["text"] == "والدته"


def test_after_min_nahiyatihi_the_title_and_name_open_the_sentence():
    text = ("وقال النائب فارس الجبوري إن اللجنة ستجتمع الأحد.\n\n"
            "من ناحيته دعا النائب عمار الدليمي إلى تشكيل لجنة مستقلة لمكافحة الفساد.\n\n"
            "وقال إن الأموال صرفت على عقود وهمية.")
    ms = [mention(text, "فارس الجبوري"), mention(text, "عمار الدليمي")]
    assert speaker_of(text, "عقود وهمية", ms)["name_ar"] == "عمار الدليمي"


def test_a_participle_goes_with_a_subject_titled_by_an_office():
    text = ("وقال الشاعر سعد الماجد إن القصيدة كتبت في ليلة.\n\n"
            "وأوصى مفتي المنطقة في خطبته بالحرص على صلة الرحم، موضحا أن الصدقة تطفئ غضب الرب.")
    sp = speaker_of(text, "الصدقة تطفئ", [mention(text, "سعد الماجد")])
    assert sp["text"].startswith("مفتي المنطقة")


def test_scripture_cited_by_a_preacher_does_not_take_his_next_words():
    text = ("وقال الشيخ ناصر العمر في خطبته إن الصدق نجاة، قال تعالى: «يا أيها الذين آمنوا اتقوا الله وكونوا "
            "مع الصادقين».\n\n"
            "وأكد أن الكذب يهدي إلى الفجور.")
    sp = speaker_of(text, "الكذب يهدي", [mention(text, "ناصر العمر")])
    assert sp["name_ar"] == "ناصر العمر"


def test_an_undefined_description_is_someone_new_not_the_last_speaker():
    text = ("وقال الرئيس المصري سامي فهمي إن الانتخابات ستجرى في موعدها.\n\n"
            "من جانبه، قال مسؤول مصري إن اللجنة ستعلن الجداول قريبا.")
    # the tagger may take the title for a name: "الرئيس المصري" as a person
    sp = speaker_of(text, "الجداول قريبا", [mention(text, "الرئيس المصري"), mention(text, "سامي فهمي")])
    assert not sp.get("entity_id") and sp["name_ar"] == "مسؤول مصري"


def test_a_participle_after_a_cited_verse_goes_on_with_the_preacher():
    text = ("وقال الشيخ ناصر العمر: \"إن الظلم ظلمات\"، حيث يقول الله تعالى: \"ولا تحسبن الله غافلا عما يعمل "
            "الظالمون\"، مضيفا: \"اللهم احفظ بلادنا من كل سوء ومكروه\".")
    sp = speaker_of(text, "احفظ بلادنا", [mention(text, "ناصر العمر")])
    assert sp["name_ar"] == "ناصر العمر"
