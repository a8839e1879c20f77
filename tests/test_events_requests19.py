"""Who was asked and what was refused (issue 15, events19): the addressee of a call is the object before what is
asked, never a party inside it (a destination, a beneficiary, the object of the act asked for); the outlet someone
spoke to is no party; declining to comment or to confirm is no rejection.  All on sentences written for these
tests."""

from __future__ import annotations

from test_events_coder import coded, make_doc, party_name


def _parties(doc, typ: str = "REQUEST") -> list[tuple[str, str]]:
    return [(party_name(d["actor"]), party_name(d["recipient"])) for d in coded(doc, typ)]


# -- the addressee stands before the content ---------------------------------------------------------------------

def test_the_object_before_the_content_is_the_addressee() -> None:
    doc = make_doc("وطالب الرئيس أوباما الكونغرس بالموافقة على الاتفاق مع إيران.",
                   [("أوباما", "PER", "Barack Obama"), ("الكونغرس", "ORG", "Congress"), ("إيران", "LOC", "Iran")])
    assert _parties(doc) == [("Barack Obama", "Congress")]


def test_asked_from_a_party_with_min_is_the_addressee() -> None:
    doc = make_doc("وطلب الوزير كمال الكمالي من الأردن إرسال خبراء إلى البصرة لتدريب الشرطة.",
                   [("كمال الكمالي", "PER", "Kamal"), ("الأردن", "LOC", "Jordan"), ("البصرة", "LOC", "Basra")])
    assert _parties(doc) == [("Kamal", "Jordan")]


def test_the_beneficiary_of_a_demand_is_not_asked() -> None:
    doc = make_doc("وطالب الوزير مراد المرادي بتقديم مساعدات عاجلة للشعب الليبي.", [("مراد المرادي", "PER", "Murad")])
    assert all(r != "Libya" for _a, r in _parties(doc))


def test_a_destination_of_what_is_sent_is_not_asked() -> None:
    doc = make_doc("وطالب الوزير مراد المرادي خلال الاجتماع بإرسال فرق طبية إلى ليبيا.",
                   [("مراد المرادي", "PER", "Murad"), ("ليبيا", "LOC", "Libya")])
    assert all(r != "Libya" for _a, r in _parties(doc))


def test_the_object_of_the_act_asked_for_is_not_asked() -> None:
    doc = make_doc("وطالب الوزير مراد المرادي برفع العقوبات عن فنزويلا في أقرب وقت.",
                   [("مراد المرادي", "PER", "Murad"), ("فنزويلا", "LOC", "Venezuela")])
    assert all(r != "Venezuela" for _a, r in _parties(doc))


def test_the_envoy_after_his_post_is_still_the_addressee() -> None:
    doc = make_doc("ودعا الرئيس فلان الفلاني المبعوث الأممي إلى اليمن سعيد السعيدي إلى زيارة عدن قريبا.",
                   [("فلان الفلاني", "PER", "Fulan"), ("اليمن", "LOC", "Yemen"), ("سعيد السعيدي", "PER", "Said"),
                    ("عدن", "LOC", "Aden")])
    assert _parties(doc) == [("Fulan", "Said")]


# -- the outlet spoken to -------------------------------------------------------------------------------------------

def test_the_paper_spoken_to_is_no_party() -> None:
    doc = make_doc("وطالبت النائبة سعاد السعدي في تصريح لعكاظ أمس بمحاسبة المقصرين في الوزارة.",
                   [("سعاد السعدي", "PER", "Suad"), ("عكاظ", "ORG", "Okaz")])
    assert all(r != "Okaz" for _a, r in _parties(doc))


def test_the_paper_after_an_outlet_word_is_no_party() -> None:
    doc = make_doc("وطالب الشيخ سالم السالمي في حديث لصحيفة الحياة بتشديد العقوبات على المهربين.",
                   [("سالم السالمي", "PER", "Salem"), ("الحياة", "ORG", "Al-Hayat")])
    assert all(r != "Al-Hayat" for _a, r in _parties(doc))


# -- declining to speak ---------------------------------------------------------------------------------------------

def test_declining_to_comment_is_no_rejection() -> None:
    doc = make_doc("ورفضت وزارة الخارجية الألمانية التعليق على التقرير الذي نشرته مجلة أسبوعية.",
                   [("وزارة الخارجية الألمانية", "ORG", "German Foreign Ministry")])
    assert _parties(doc, "REJECT") == []


def test_refusing_to_confirm_or_deny_is_no_rejection() -> None:
    doc = make_doc("ورفض مسؤول في السفارة الكندية تأكيد أو نفي الأنباء عن صفقة الأسلحة.", [])
    assert _parties(doc, "REJECT") == []


def test_a_rejection_of_a_plan_is_still_coded() -> None:
    doc = make_doc("ورفضت الحكومة العراقية الخطة التركية لإقامة منطقة عازلة في الشمال.", [])
    assert _parties(doc, "REJECT")


def test_a_short_verbal_noun_after_lam_opens_the_content() -> None:
    doc = make_doc("وأنهى الوزير جولته في الميناء ودعا لمضاعفة الصادرات الإيطالية خلال العام المقبل.",
                   [])
    assert all(r != "Italy" for _a, r in _parties(doc))


def test_a_destination_further_in_the_request_is_not_asked() -> None:
    doc = make_doc("وأفاد البيان بأن فلان طلب من الضيوف في ختام المؤتمر السفر برفقة الوفد إلى العقبة غدا.",
                   [("فلان", "PER", "Fulan"), ("العقبة", "LOC", "Aqaba")])
    assert all(r != "Aqaba" for _a, r in _parties(doc))


def test_the_paper_on_the_telephone_is_no_party() -> None:
    doc = make_doc("ودعا الشيخ ناصر الناصري في اتصال هاتفي مع «الوطن» إلى تطبيق العقوبات بسرعة.",
                   [("ناصر الناصري", "PER", "Nasser"), ("الوطن", "ORG", "Al-Watan")])
    assert all(r != "Al-Watan" for _a, r in _parties(doc))


def test_a_telephone_call_between_leaders_keeps_its_partner() -> None:
    doc = make_doc("وبحث الرئيس فلان الفلاني في اتصال هاتفي مع الملك عبدالله الثاني تطورات المنطقة.",
                   [("عبدالله الثاني", "PER", "Abdullah II"), ("فلان الفلاني", "PER", "Fulan")])
    assert any(r == "Abdullah II" for _a, r in _parties(doc, "CONSULT"))


def test_declining_to_comment_past_a_title_and_a_place() -> None:
    doc = make_doc("ورفض ناطق باسم البحرية البريطانية من مكتبه في لندن التعليق على ما جرى.",
                   [("لندن", "LOC", "London")])
    assert _parties(doc, "REJECT") == []


def test_the_paper_in_quotes_after_lam_is_no_party() -> None:
    doc = make_doc("وطالب النائب حامد الحامدي في تصريح لـ«الرأي» الحكومة بمحاسبة المسؤولين عن الفساد.",
                   [("حامد الحامدي", "PER", "Hamed"), ("الرأي", "ORG", "Al-Rai")])
    assert all(r != "Al-Rai" for _a, r in _parties(doc))


# -- a supposed refusal -------------------------------------------------------------------------------------------

def test_a_refusal_told_by_what_it_would_bring_is_supposed() -> None:
    doc = make_doc("ويرى المحللون أن رفض البرلمان الألماني خطة الإنقاذ لليونان ستدفع برلين إلى عزلة أوروبية.",
                   [("برلين", "LOC", "Berlin")])
    assert [d["modality"] for d in coded(doc, "REJECT")] == ["hypothetical"]


def test_the_answer_of_a_condition_holds_no_party_of_the_refusal() -> None:
    doc = make_doc("وإذا رفض مجلس الشيوخ المعاهدة فإن فرنسا ستواجه عزلة في أوروبا.",
                   [("مجلس الشيوخ", "ORG", "Senate"), ("فرنسا", "LOC", "France")])
    assert _parties(doc, "REJECT") == [("Senate", "")]


# -- who is asked to stop, who is asked firmly ------------------------------------------------------------------------

def test_asking_to_stop_an_act_asks_its_doer() -> None:
    doc = make_doc("وطالب فلان الفلاني بوقف غارات المقاتلات الإيرانية التي تضرب الجبال منذ أيام.",
                   [("فلان الفلاني", "PER", "Fulan")])
    assert _parties(doc) == [("Fulan", "Iran")]


def test_an_adverb_with_ba_opens_no_content() -> None:
    doc = make_doc("وقال المتحدث فلان الفلاني: طلبنا بحزم من وزير الدفاع البريطاني توضيح هذه المعلومات.",
                   [("فلان الفلاني", "PER", "Fulan")])
    assert all(r == "United Kingdom" for _a, r in _parties(doc))


def test_a_relative_clause_after_the_caller_is_not_the_content() -> None:
    doc = make_doc("ودعت المفوضية الأوروبية، التي تمول منذ سنوات برامج للتعليم بالمغرب، الرباط إلى "
                   "تسريع الإصلاحات القضائية.",
                   [("المفوضية الأوروبية", "ORG", "European Commission"), ("المغرب", "LOC", "Morocco"),
                    ("الرباط", "LOC", "Rabat")])
    assert ("European Commission", "Rabat") in _parties(doc)


def test_an_invitation_to_a_party_s_leadership_is_to_the_party() -> None:
    doc = make_doc("وأكد المصدر أن فلان الفلاني وجه دعوة لقيادة «الجبهة الشعبية» لحضور مؤتمر القاهرة.",
                   [("فلان الفلاني", "PER", "Fulan"), ("الجبهة الشعبية", "ORG", "Popular Front"),
                    ("القاهرة", "LOC", "Cairo")])
    assert [r for _a, r in _parties(doc)] == ["Popular Front"]
