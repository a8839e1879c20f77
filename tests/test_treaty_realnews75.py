"""Round 37's real-news causes (issue 15; SaudiNewsNet 2015-07-25..27, read by treatyread37): a second agreement
of an article pooled into a record by its name, an old agreement recalled and dated by the report, a step's own
date not taken, a city of signing taken as a party, a utility's purchase contract listed as an agreement.
Sentences written for these tests; near misses keep what they had."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], t.aliases,
             [(s.kind, s.modality, s.date, s.date_source) for s in t.steps]) for t in found]


def _parties(t) -> set:
    return {p.get("name_en") for p in t.parties}


_DEAL = [
    ("d1", "2026-07-18", "صحيفة", "وتوصلت إيران ومجموعة 5+1 إلى الاتفاق النووي في فيينا يوم الثلاثاء 14 يوليو بعد "
                                  "مفاوضات طويلة."),
    ("d2", "2026-07-19", "صحيفة", "وقال الوزير إن الاتفاق النووي بين إيران ومجموعة 5+1 يفتح صفحة جديدة في المنطقة."),
]


# -- 1. a cooperation agreement in a field is not the field's agreement other reports name ------------------------

def test_a_cooperation_agreement_in_a_field_is_not_pooled_into_the_fields_deal(tmp_path):
    found = processed_treaties(tmp_path, [*_DEAL, (
        "c1", "2026-07-20", "صحيفة",
        "وأبرز ما تحقق في الزيارة اتفاقية التعاون في مجال الطاقة النووية للأغراض السلمية، التي وقعها المدير العام "
        "لمؤسسة الطاقة الذرية الروسية ورئيس الهيئة الأردنية للطاقة الذرية. ولأول مرة يتم توقيع مثل هذه الاتفاقية "
        "التي تضع أساسا قانونيا للتعاون بين البلدين.")])
    deal = [t for t in found if _parties(t) >= {"Iran", "P5+1"}]
    assert len(deal) == 1 and deal[0].name == "الاتفاق النووي", _show(found)
    assert not any("التعاون" in s.text for st in deal[0].steps for s in st.sources), _show(found)
    assert all("التعاون" not in a for a in deal[0].aliases), _show(found)
    assert any(t.name.startswith("اتفاقية التعاون في مجال الطاقة النووية") for t in found), _show(found)


def test_a_short_name_still_joins_the_cooperation_agreement_it_shortens(tmp_path):
    # near miss: "الاتفاقية الصحية" (no party named) is "اتفاقية التعاون في مجال الصحة" of the other reports
    found = processed_treaties(tmp_path, [
        ("h1", "2026-03-02", "صحيفة", "ووقعت مصر والسودان أمس اتفاقية التعاون في مجال الصحة في القاهرة."),
        ("h2", "2026-03-04", "صحيفة", "وقال مسؤول إن الاتفاقية الصحية الموقعة هذا الأسبوع تدخل حيز التنفيذ قريبا "
                                      "وقد وقعت الاتفاقية الصحية في القاهرة."),
    ])
    health = [t for t in found if "صح" in t.name]
    assert len(health) == 1, _show(found)


# -- 2. an old agreement recalled: its own year, far in the sentence, dates it (and it is background) -------------

_OLD = ("وفي عام 2009 أوقفت روسيا العمل بالمنشأة العسكرية الكبيرة في شمال البلاد بصورة كاملة تنفيذا لمعاهدة خفض "
        "الصواريخ المتوسطة المدى التي وقعها الرئيسان الروسي والأمريكي في العاصمة موسكو في عام {}")


def test_an_old_treaty_recalled_takes_its_own_year_and_is_not_listed(tmp_path):
    # the period of a right-to-left line copied before the digits: «في عام .1991»
    reports = [("o1", "2026-07-20", "صحيفة", _OLD.format(".1991"))]
    found = processed_treaties(tmp_path, reports)
    signed = [s for t in found for s in t.steps if s.kind == "signed"]
    assert [(s.date, s.date_source) for s in signed] == [("1991", "timex")], _show(found)
    (tmp_path / "listed").mkdir()
    assert processed_treaties(tmp_path / "listed", reports, include_all=False) == []


def test_a_recalled_signing_with_no_year_of_its_own_stays_by_the_report(tmp_path):
    # near miss: no year after the signing: by the report's day, not the year of another clause (2009)
    found = processed_treaties(tmp_path, [("o2", "2026-07-20", "صحيفة", _OLD.replace(" في عام {}", "."))])
    signed = [s for t in found for s in t.steps if s.kind == "signed"]
    assert [(s.date, s.date_source) for s in signed] == [("2026-07-20", "before")], _show(found)


# -- 3. a step's own date in a sentence that tells a part played in it ---------------------------------------------

def test_a_part_played_in_reaching_a_deal_dates_its_conclusion(tmp_path):
    found = processed_treaties(tmp_path, [(
        "g1", "2026-07-25", "صحيفة",
        "يفرض الاتفاق الجديد الذي توصلت إليه أوروبا لإنقاذ البرتغال من أزمتها قيودا صارمة على الميزانية.\n"
        "وفي إشارة إلى رئيس الوزراء الإسباني الذي لعب دورا كبيرا في التوصل للاتفاق البرتغالي في 12 يوليو بعد "
        "محادثات طويلة في بروكسل قال أحد قادة المعارضة إن الحكومة تنصح الآخرين فقط.")])
    concluded = [s for t in found for s in t.steps if s.kind == "concluded"]
    assert [(s.date, s.date_source) for s in concluded] == [("2026-07-12", "timex")], _show(found)


def test_an_aim_to_reach_a_deal_is_no_conclusion(tmp_path):
    # near miss: efforts to reach it are an aim, whatever their verb
    found = processed_treaties(tmp_path, [(
        "g2", "2026-07-25", "صحيفة",
        "وساهمت فرنسا في الجهود الرامية إلى التوصل لاتفاق بين البرتغال والاتحاد الأوروبي.")])
    assert not [s for t in found for s in t.steps if s.kind == "concluded" and s.modality == "done"], _show(found)


# -- 4. the cities an agreement was signed in are no parties -------------------------------------------------------

def test_cities_listed_after_fi_kull_min_are_places_not_parties(tmp_path):
    found = processed_treaties(tmp_path, [*_DEAL, (
        "v1", "2026-07-20", "صحيفة",
        "وقال المحلل إن الاتفاق النووي الأخير الموقع في كل من لوزان، وجنيف، والذي صادق عليه مجلس الأمن الدولي يوم "
        "الاثنين الماضي، لم يغير شيئا.")])
    assert not any("Switzerland" in _parties(t) for t in found), _show(found)
    deal = [t for t in found if t.name == "الاتفاق النووي"]
    assert len(deal) == 1 and any("لوزان" in s.text for st in deal[0].steps for s in st.sources), _show(found)


def test_states_listed_after_kull_min_still_sign(tmp_path):
    # near miss: «وقعتها كل من مصر والأردن»: the states that signed, not places
    found = processed_treaties(tmp_path, [(
        "v2", "2026-07-20", "صحيفة", "ووقعت كل من مصر والأردن أمس اتفاقية النقل البري في عمان.")])
    assert any(_parties(t) >= {"Egypt", "Jordan"} for t in found), _show(found)


# -- 5. a utility's purchase contract is not listed as an agreement between states -------------------------------

def test_a_purchase_agreement_with_no_states_is_not_listed(tmp_path):
    reports = [("p1", "2026-07-20", "صحيفة",
                "وكانت هيئة الكهرباء والمياه في الشارقة قد أكملت تمويل المحطة الجديدة بعد قيام الهيئة بتوقيع اتفاقية "
                "شراء الطاقة مع المطور في أبريل الماضي.")]
    assert processed_treaties(tmp_path, reports, include_all=False) == []
    (tmp_path / "all").mkdir()
    assert processed_treaties(tmp_path / "all", reports), "kept under --all"


def test_a_purchase_agreement_between_two_states_is_listed(tmp_path):
    # near miss: two states named: an agreement between them
    found = processed_treaties(tmp_path, [
        ("p2", "2026-07-20", "صحيفة", "ووقعت مصر والسودان أمس اتفاقية شراء الطاقة الكهربائية في الخرطوم.")],
        include_all=False)
    assert any(_parties(t) >= {"Egypt", "Sudan"} for t in found), _show(found)


# -- 6. a signing told as what a deed was for («لتوقيع») is no signing held ---------------------------------------

def test_a_signing_a_contact_was_for_is_no_signing(tmp_path):
    found = processed_treaties(tmp_path, [(
        "s1", "2026-07-20", "صحيفة",
        "وقد قامت المنظمة الأوروبية بالتواصل مع هيئة الجودة الهندية لتوقيع اتفاقية تعاون لمكافحة الأدوية "
        "المغشوشة.")])
    assert not [s for t in found for s in t.steps if s.kind == "signed" and s.modality == "done"], _show(found)


def test_the_hours_of_a_signing_and_its_ceremony_still_tell_it(tmp_path):
    # near miss: «الساعات الأخيرة لتوقيع», «حفل لتوقيع»: the signing held
    found = processed_treaties(tmp_path, [
        ("s2", "2026-07-20", "صحيفة", "وجاء ذلك في الساعات الأخيرة لتوقيع اتفاقية التجارة الحرة بين الهند وسريلانكا."),
        ("s3", "2026-07-20", "صحيفة", "وأقيم أمس في نيودلهي حفل لتوقيع اتفاقية النقل البحري بين الهند وبنغلاديش."),
    ])
    signed = {t.name for t in found for s in t.steps if s.kind == "signed" and s.modality == "done"}
    assert len(signed) == 2, _show(found)


# -- 7. a deal one report tells with one party joins the pair's deal its reports date to the same day --------------

_PAIR = ("e1", "2026-07-25", "صحيفة", "وتوصلت البرتغال والاتحاد الأوروبي في 12 يوليو إلى اتفاق جديد لإنقاذ "
                                      "اقتصادها بعد محادثات طويلة في بروكسل.")


def _lone(day: str) -> tuple:
    return ("e2", "2026-07-26", "صحيفة", f"وكان القادة الأوروبيون قد توصلوا في {day} يوليو الحالي إلى اتفاق يتعلق "
                                         "بحزمة إنقاذ ثالثة للبرتغال بعد مفاوضات استمرت الليل كله.")


def test_a_lone_partys_deal_of_the_same_day_joins_the_pairs(tmp_path):
    found = processed_treaties(tmp_path, [_PAIR, _lone("12")])
    pair = [t for t in found if _parties(t) >= {"Portugal", "European Union"}]
    assert len(pair) == 1 and not [t for t in found if t is not pair[0] and "Portugal" in _parties(t)], _show(found)
    assert any("ثالثة" in s.text for st in pair[0].steps for s in st.sources), _show(found)


def test_a_lone_partys_deal_of_another_day_stays_apart(tmp_path):
    # near miss: another day, another deal
    found = processed_treaties(tmp_path, [_PAIR, _lone("3")])
    pair = [t for t in found if _parties(t) >= {"Portugal", "European Union"}]
    assert len(pair) == 1 and not any("ثالثة" in s.text for st in pair[0].steps for s in st.sources), _show(found)
