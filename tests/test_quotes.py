"""Quotes and reported speech on sentences we wrote: styles, cues, speakers, via, mentions, grouping."""

from __future__ import annotations

import pytest

from marsad.errors import InputError
from marsad.models import Article, Doc, Span
from marsad.nlp.quote_marks import pair_quotes
from marsad.nlp.quote_records import QuoteRecord, group_quotes, records_from_doc
from marsad.nlp.quotes import QUOTES, QuoteOptions, find_quotes
from marsad.pipeline.stage import Resources


# Stances with a noun phrase ("دعا إلى الحوار") are quotes only on request; the speaker tests below use them.
NOMINAL = QuoteOptions(nominal_complements=True)


def quotes(text: str, mentions: list[Span] | None = None, options: QuoteOptions | None = None) -> list[Span]:
    return find_quotes(text, mentions=mentions, options=options)


def one(text: str, mentions: list[Span] | None = None, options: QuoteOptions | None = None) -> Span:
    found = quotes(text, mentions, options)
    assert len(found) == 1, [q.data["content_text"] for q in found]
    return found[0]


def mention(text: str, surface: str, label: str, entity_id: str, name: str, name_en: str) -> Span:
    start = text.index(surface)
    return Span("mention", start, start + len(surface), label,
                {"entity_id": entity_id, "name": name, "name_en": name_en, "source": "gazetteer"})


# -- quotation marks ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ('قال: «نحن هنا» ثم غادر', "نحن هنا"),
    ("قال: “نحن هنا” ثم غادر", "نحن هنا"),
    ('قال: "نحن هنا" ثم غادر', "نحن هنا"),
    ("قال: ”نحن هنا” ثم غادر", "نحن هنا"),  # the closing mark used on both sides
    ("قال: „نحن هنا“ ثم غادر", "نحن هنا"),
    ("قال: ‘نحن هنا’ ثم غادر", "نحن هنا"),
])
def test_every_quotation_style_pairs(text, inner):
    pairs = pair_quotes(text)
    assert [text[a + 1:b] for a, b in pairs] == [inner]


def test_stray_mark_does_not_swallow_the_paragraph():
    text = "وقالت شبكة “النهار الأميركية إن الاجتماع انتهى. وأضافت: «لم يتفق الطرفان»."
    assert [text[a + 1:b] for a, b in pair_quotes(text)] == ["لم يتفق الطرفان"]


def test_apostrophe_in_a_latin_name_is_not_a_quote():
    assert pair_quotes("كتب O’Brien أن الخطة فشلت") == []


# -- direct and indirect speech --------------------------------------------------------------------

def test_direct_quote_after_colon_with_named_speaker():
    q = one("وقال وزير الزراعة سعيد الكامل: «سنوزع البذور على المزارعين قبل موسم المطر».")
    assert q.label == "direct"
    assert q.data["content_text"] == "سنوزع البذور على المزارعين قبل موسم المطر"
    assert q.data["speaker"]["name_ar"] == "سعيد الكامل"
    assert q.data["cue_text"] == "وقال"


def test_indirect_speech_content_is_the_reported_clause():
    q = one("وأكدت رئيسة البلدية ليلى حمدان أن أعمال الصيانة ستنتهي خلال أسبوعين.")
    assert q.label == "indirect"
    assert q.data["content_text"] == "أعمال الصيانة ستنتهي خلال أسبوعين"
    assert "ليلى حمدان" in q.data["speaker"]["name_ar"]


def test_quote_over_several_sentences_is_one_quote():
    q = one('وقال المدرب: "كانت مباراة صعبة. لعبنا بعشرة لاعبين. ومع ذلك لم نستسلم".')
    assert q.data["content_text"] == "كانت مباراة صعبة. لعبنا بعشرة لاعبين. ومع ذلك لم نستسلم"


def test_quote_embedded_in_reported_speech_stays_indirect_and_keeps_fragment():
    text = 'وقال المتحدث باسم الشركة إن الأسعار "في ارتفاع مستمر" بسبب كلفة الشحن البحري.'
    q = one(text)
    assert q.label == "indirect"
    assert q.data["content_text"] == 'الأسعار "في ارتفاع مستمر" بسبب كلفة الشحن البحري'
    assert [text[a:b] for a, b in q.data["quoted"]] == ["في ارتفاع مستمر"]


def test_clause_made_of_the_speakers_own_words_is_direct():
    q = one('ووصف الوزير الاتفاق بأنه "إنجاز تاريخي لكل الأطراف".')
    assert q.label == "direct"


def test_continuation_without_subject_takes_previous_speaker():
    text = ("قالت المديرة العامة للمستشفى، سناء فريد، إن الأقسام عادت للعمل.\n"
            "وأضافت: «استقبلنا أكثر من مئتي مريض اليوم».")
    first, second = quotes(text)
    assert second.data["speaker"]["name_ar"] == "سناء فريد"
    assert second.data["speaker"]["resolved"] == "previous"
    assert second.label == "direct"


def test_bare_quote_paragraph_after_a_named_speaker():
    text = ("وقال رئيس النادي، كريم داود، إن الفريق سيتعاقد مع مدرب جديد.\n"
            "«نريد مدربا يعرف الدوري المحلي جيدا ويثق باللاعبين الشباب».")
    assert [q.data["speaker"]["name_ar"] for q in quotes(text)] == ["كريم داود", "كريم داود"]


def test_subject_before_present_tense_cue():
    q = one("النقابة تقول إن الأجور لم تتغير منذ خمس سنوات.")
    assert q.data["speaker"]["text"] == "النقابة"
    assert q.data["content_text"] == "الأجور لم تتغير منذ خمس سنوات"


def test_feminine_and_plural_cues():
    assert one("وقالت الوزارة إن المدارس ستفتح غدا.").data["speaker"]["text"] == "الوزارة"
    assert quotes("وقالوا إنهم سيعودون غدا.") == []  # nobody to attribute it to


def test_participle_cue_continues_the_sentence_speaker():
    text = "وأعلن المتحدث باسم الدفاع المدني أن الحريق أخمد، مضيفا أن فرق الإنقاذ ما زالت في الموقع."
    first, second = quotes(text)
    assert first.data["content_text"] == "الحريق أخمد"
    assert second.data["content_text"] == "فرق الإنقاذ ما زالت في الموقع"
    assert second.data["speaker"]["text"] == first.data["speaker"]["text"]


def test_title_and_name_in_apposition():
    q = one("قال المتحدث باسم الوزارة، سامي خليل، يوم الاثنين، إن الرحلات ستستأنف.")
    assert q.data["speaker"]["name_ar"] == "سامي خليل"
    assert q.data["speaker"]["title"] == "المتحدث باسم الوزارة"


def test_prepositional_cues_with_a_clause_are_quotes():
    q = one("وحذرت هيئة الأرصاد من أن العواصف الرملية ستغلق الطرق الصحراوية.")
    assert q.data["content_text"] == "العواصف الرملية ستغلق الطرق الصحراوية"
    assert q.data["speaker"]["text"] == "هيئة الأرصاد"


@pytest.mark.parametrize("text", [
    "ودعا الاتحاد العام للعمال إلى إضراب شامل يوم الخميس.",
    "وحذرت هيئة الأرصاد من عواصف رملية على الطرق الصحراوية.",
    "ونفى المتحدث باسم البلدية صحة الأنباء عن إغلاق السوق.",
    "وطالب النائب سمير حداد بتعديل قانون الإيجارات، واصفا القانون الحالي بالظالم.",
])
def test_a_noun_phrase_after_a_cue_is_a_stance_not_a_quote(text):
    assert quotes(text) == []


def test_nominal_complements_on_request():
    opts = QuoteOptions(nominal_complements=True)
    found = find_quotes("ودعا الاتحاد العام للعمال إلى إضراب شامل يوم الخميس.", options=opts)
    assert [q.data["content_text"] for q in found] == ["إضراب شامل يوم الخميس"]
    found = find_quotes("وحذرت هيئة الأرصاد من عواصف رملية على الطرق الصحراوية.", options=opts)
    assert found[0].data["content_text"].startswith("عواصف رملية")


# -- via and sources ---------------------------------------------------------------------------------

def test_relayed_speech_names_speaker_and_channel():
    q = one("ونقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله: «الحدود آمنة تماما».")
    assert q.data["speaker"]["text"] == "وزير الداخلية"
    assert q.data["via"]["text"] == "وكالة الأنباء الرسمية"
    assert q.label == "direct"


def test_channel_in_statements_to_a_newspaper():
    q = one("وقال الخبير المالي عادل منصور في تصريحات لصحيفة الأفق إن البورصة ستتعافى.")
    assert "صحيفة الأفق" in q.data["via"]["text"]
    assert q.data["speaker"]["name_ar"] == "عادل منصور"


@pytest.mark.parametrize("text, speaker, content", [
    ("وبحسب وزارة التخطيط، فإن عدد السكان تجاوز عشرة ملايين.", "وزارة التخطيط", "عدد السكان تجاوز عشرة ملايين"),
    ("ارتفعت الصادرات بنسبة عشرة في المئة، وفقا لبيانات البنك المركزي.", "بيانات البنك المركزي",
     "ارتفعت الصادرات بنسبة عشرة في المئة"),
    ("ونقلا عن مصادر أمنية، فإن المشتبه بهم فروا إلى الجبال.", "مصادر أمنية", "المشتبه بهم فروا إلى الجبال"),
])
def test_source_attributions(text, speaker, content):
    q = one(text)
    assert q.data["speaker"]["text"] == speaker
    assert q.data["content_text"] == content


def test_generic_reference_resolves_to_the_body_named_before():
    text = "وذكرت وكالة الأنباء الوطنية أن الوفد وصل. وقالت الوكالة إن المحادثات تبدأ غدا."
    second = quotes(text)[1]
    assert second.data["speaker"]["text"] == "الوكالة"
    assert second.data["speaker"]["name_ar"] == "وكالة الأنباء الوطنية"


# -- no speech ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "افتتحت البلدية حديقة عامة جديدة على ضفاف النهر بمساحة خمسة هكتارات.",
    "ولم يوضح الوزير موعد الانتخابات المقبلة.",
    "ويعد القصر، في رأي المؤرخين، من أقدم مباني المدينة.",
    'وعرضت فرقة "نجوم الشرق" أغاني تراثية في الساحة الكبرى.',
    "وسجل الإعلان عن الجائزة إقبالا كبيرا من الكتاب الشباب.",
])
def test_no_quote_where_nobody_speaks(text):
    assert quotes(text) == []


# -- mentions from NER + linking ---------------------------------------------------------------------

def test_speaker_from_mention_carries_entity_and_names():
    text = "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة."
    m = mention(text, "أنتوني بلينكن", "PER", "per:antony-blinken", "أنتوني بلينكن", "Antony Blinken")
    q = one(text, [m])
    sp = q.data["speaker"]
    assert (sp["entity_id"], sp["name_en"], sp["text"]) == ("per:antony-blinken", "Antony Blinken", "أنتوني بلينكن")
    assert q.data["entity_id"] == "per:antony-blinken"


def test_title_linked_to_a_person_is_the_speaker():
    text = "وقال الرئيس الروسي إن بلاده لن تتراجع."
    m = mention(text, "الرئيس الروسي", "PER", "per:vladimir-putin", "فلاديمير بوتين", "Vladimir Putin")
    assert one(text, [m]).data["speaker"]["name_en"] == "Vladimir Putin"


def test_person_preferred_over_organisation_in_the_speaker_phrase():
    text = "قال أمين عام الناتو، ينس ستولتنبرغ، إن الحلف موحد."
    ms = [mention(text, "الناتو", "ORG", "org:nato", "الناتو", "NATO"),
          mention(text, "ينس ستولتنبرغ", "PER", "per:jens-stoltenberg", "ينس ستولتنبرغ", "Jens Stoltenberg")]
    assert one(text, ms).data["speaker"]["entity_id"] == "per:jens-stoltenberg"


def test_country_inside_a_role_phrase_is_not_the_speaker():
    text = "ونقلت وسائل إعلام رسمية روسية عن الوزير قوله إن الاتفاق جاهز."
    m = mention(text, "روسية", "LOC", "loc:russia", "روسيا", "Russia")
    q = one(text, [m])
    assert q.data["via"]["text"] == "وسائل إعلام رسمية روسية"
    assert q.data["speaker"]["text"] == "الوزير"


def test_verb_then_name_then_object_split_by_mention():
    text = 'ووصف بوتين المعاهدة بأنها "وثيقة مهمة".'
    m = mention(text, "بوتين", "PER", "per:vladimir-putin", "فلاديمير بوتين", "Vladimir Putin")
    assert one(text, [m]).data["speaker"]["name_en"] == "Vladimir Putin"
    assert one(text).data["speaker"]["text"] == "بوتين"  # surface fallback stops at the object too


# -- stage and records -------------------------------------------------------------------------------

def _doc(text: str, aid: str = "a1", outlet: str = "صحيفة أ") -> Doc:
    return Doc(Article(id=aid, raw_id="r" + aid, text=text, outlet=outlet, origin=f"/tmp/{aid}.txt"))


def test_stage_fills_quote_layer_with_the_layer_convention():
    doc = _doc("وقال الوزير إن الميزانية أقرت.")
    doc.layer("sentence").append(Span("sentence", 0, len(doc.text)))
    QUOTES.func(doc, Resources())
    (q,) = doc.layer("quote")
    assert set(q.data) >= {"speaker", "cue", "cue_text", "content", "content_text", "via", "sentence"}
    s, e = q.data["content"]
    assert doc.text[s:e] == q.data["content_text"] == "الميزانية أقرت"
    assert QUOTES.requires == ("sentence", "mention") and QUOTES.assigns == ("quote",)


def test_bad_input_is_a_clear_error():
    with pytest.raises(InputError):
        find_quotes(None)  # type: ignore[arg-type]


def _records(text: str, aid: str, outlet: str) -> list[QuoteRecord]:
    doc = _doc(text, aid, outlet)
    QUOTES.func(doc, Resources())
    return records_from_doc(doc)


def test_same_statement_from_several_outlets_is_one_group():
    a = _records("وقال وزير النقل إن القطار السريع سيبدأ العمل في شهر مارس المقبل.", "a1", "صحيفة أ")
    b = _records("وأكد وزير النقل أن القطار السريع سيبدأ العمل مطلع مارس المقبل.", "a2", "موقع ب")
    c = _records("وقال وزير النقل إن أسعار التذاكر ستبقى كما هي.", "a3", "قناة ج")
    d = _records("وقالت نقابة السائقين إن القطار السريع سيبدأ العمل في شهر مارس المقبل.", "a4", "موقع ب")
    groups = group_quotes(a + b + c + d)
    top = groups[0]
    assert {q.article_id for q in top.quotes} == {"a1", "a2"}
    assert top.outlets == ["صحيفة أ", "موقع ب"]
    assert a[0].group == b[0].group != c[0].group
    assert d[0].group != a[0].group  # same words, another speaker
    assert a[0].outlets == ["صحيفة أ", "موقع ب"]


# -- regressions found on a real news stream ---------------------------------------------------------

def test_the_name_ali_is_not_the_preposition():
    q = one("وقال مشرف القسم عبدالله علي مستور إن البرامج بدأت.")
    assert q.data["speaker"]["name_ar"] == "عبدالله علي مستور"


def test_quoted_names_between_cue_and_colon_are_not_the_quote():
    q = one('وأضاف "المسعد" لـ "الأفق": "لم نسجل أي حالة هذا الموسم".')
    assert q.data["content_text"] == "لم نسجل أي حالة هذا الموسم"
    assert q.data["speaker"]["text"] == "المسعد"
    assert q.data["via"]["text"] == "الأفق"


def test_kana_before_a_subject_is_not_part_of_it():
    q = one("وكان القادة الأوروبيون تعهدوا بإيجاد حلول دائمة للأزمة.", options=NOMINAL)
    assert q.data["speaker"]["text"] == "القادة الأوروبيون"


def test_addressee_is_not_the_speaker():
    q = one("وقال رودريجيز للصحفيين إن المفاوضات مستمرة.")
    assert q.data["speaker"]["text"] == "رودريجيز"


def test_object_noun_after_cue_is_not_a_speaker():
    text = "وقال الوزير نبيل سعد إن الخطة جاهزة. وأكد أهمية \"التعاون الكامل بين جميع الوزارات\"."
    assert [q.data["speaker"]["name_ar"] for q in quotes(text)] == ["نبيل سعد", "نبيل سعد"]


def test_headline_quote_with_colon():
    q = one('رئيس الوزراء: "لن نرفع أسعار الوقود هذا العام"')
    assert (q.label, q.data["speaker"]["text"]) == ("direct", "رئيس الوزراء")


def test_object_cue_takes_its_object_as_content():
    q = one("واتهمت النقابة الإدارة بتأخير صرف الرواتب.", options=NOMINAL)
    assert q.data["speaker"]["text"] == "النقابة"
    assert q.data["content_text"] == "الإدارة بتأخير صرف الرواتب"


def test_relative_clause_cue_takes_the_antecedent_as_speaker():
    q = one("وأثار القرار غضب عمّان، التي حذرت الحكومة من تجاوز الخطوط الحمراء.", options=NOMINAL)
    assert q.data["speaker"]["text"] == "عمّان"


def test_coordinated_subject_of_an_object_cue():
    text = "ونفت القاهرة والرياض أي خلاف بينهما."
    ms = [mention(text, "القاهرة", "LOC", "loc:cairo", "القاهرة", "Cairo"),
          mention(text, "والرياض", "LOC", "loc:riyadh", "الرياض", "Riyadh")]
    q = one(text, ms, NOMINAL)
    assert q.data["content_text"] == "أي خلاف بينهما"
    assert q.data["speaker"]["name_en"] == "Cairo"


@pytest.mark.parametrize("text", [
    "ولفت نظري أن القاعة كانت ممتلئة.",  # caught my eye
    "ونقل المصاب إلى المستشفى في سيارة إسعاف.",  # transported
    "سواء كنت تعتقد أن الخطة ستنجح أم لا، فالأمر صعب.",  # generic "you"
])
def test_speech_verbs_used_for_something_else(text):
    assert quotes(text) == []


def test_subject_before_past_verb_inside_a_reported_clause():
    found = quotes("وذكرت الصحيفة أن أجهزة الأمن حذرت الحكومة من هجمات محتملة.", options=NOMINAL)
    assert [q.data["speaker"]["text"] for q in found] == ["الصحيفة", "أجهزة الأمن"]


def test_adjunct_before_a_present_tense_cue_is_not_the_speaker():
    q = one("ومن جهة أخرى يقول رئيس الجمعية إن التبرعات تضاعفت.")
    assert q.data["speaker"]["text"] == "رئيس الجمعية"
