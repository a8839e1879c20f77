"""Treaty records on real news, third pass (treaties83, issue 15): what the lead found in `marsad treaties` on three
days of Saudi news, read as constructions.  One cabinet named with and without its country is one body; the cabinet
a national paper names with no country is its own state's, which is then a party; a decision cited before the
council that decides dates nothing; a topic of help is named with what the help is for; a signing of another thing
is no step of the agreement named after it; the P5+1 as papers spell it, and an agreement named for a city by the
same two sides, join the deal they name.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _steps(t) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.date, s.modality) for s in t.steps]


def test_one_cabinet_named_with_and_without_its_country_is_one_step(tmp_path):
    # the same session told by two papers of no known country: "مجلس الوزراء القطري" and "مجلس الوزراء"
    found = processed_treaties(tmp_path, [
        ("b1", "2026-02-03", "صحيفة أ", "قرر مجلس الوزراء القطري أمس الموافقة على اتفاقية النقل البحري بين قطر "
                                       "وسلطنة عمان."),
        ("b2", "2026-02-02", "صحيفة ب", "وافق مجلس الوزراء في جلسته اليوم على اتفاقية النقل البحري بين قطر "
                                       "وسلطنة عمان."),
    ], include_all=True)
    [deal] = [t for t in found if "البحري" in (t.name or "")]
    ratified = [s for s in deal.steps if s.kind == "ratified"]
    assert len(ratified) == 1 and len(ratified[0].sources) == 2, _steps(deal)


def test_the_cabinet_a_national_agency_names_is_its_own_states_and_a_party(tmp_path):
    # the Saudi agency's account of a session: the convention's party is the kingdom, though no sentence names it
    text = ("عقد مجلس الوزراء جلسته الأسبوعية أمس برئاسة خادم الحرمين الشريفين. وقرر مجلس الوزراء الموافقة على "
            "اتفاقية بشأن حماية الطيور المهاجرة في الممرات الجوية التي اعتمدها مؤتمر الأطراف في دورته العاشرة.")
    found = processed_treaties(tmp_path, [("n1", "2026-03-10", "واس", text)], include_all=True)
    [deal] = [t for t in found if "الطيور" in (t.name or "")]
    assert [p.get("name_en") for p in deal.parties] == ["Saudi Arabia"], deal.parties
    # ... not a session the report places in another state's capital
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", [("n2", "2026-03-10", "واس", "بيروت: " + text.split(". ")[1])],
                               include_all=True)
    [deal] = [t for t in found if "الطيور" in (t.name or "")]
    assert "Saudi Arabia" not in [p.get("name_en") for p in deal.parties], deal.parties


def test_a_decision_cited_before_the_council_that_decides_dates_nothing(tmp_path):
    # the consultative council's decision of a Hijri day months before; the cabinet approved it at its session
    found = processed_treaties(tmp_path, [
        ("d1", "2026-05-12", "صحيفة أ", "وبعد النظر في قرار مجلس الشورى رقم (31/12) وتاريخ 2/10/1447هـ، قرر مجلس "
                                       "الوزراء السعودي الموافقة على اتفاقية تجنب الازدواج الضريبي بين السعودية "
                                       "وكينيا."),
    ], include_all=True)
    [deal] = [t for t in found if "الازدواج" in (t.name or "")]
    by = {((s.by or {}).get("name") or "")[:12]: s.date for s in deal.steps if s.kind == "ratified"}
    assert by.get("مجلس الوزراء") == "2026-05-12", _steps(deal)  # the cabinet's session, not the cited decision's day
    assert by.get("مجلس الشورى") not in (None, "2026-05-12"), _steps(deal)  # the council's own step, its own day


def test_an_agreement_on_help_is_named_with_what_the_help_is_for(tmp_path):
    # "بشأن تقديم المساعدة لتأهيل ...": not "اتفاقية المساعدة", which names every aid agreement
    found = processed_treaties(tmp_path, [
        ("h1", "2026-06-02", "صحيفة أ", "وافق مجلس الوزراء الأردني أمس على اتفاقية بين الأردن ومصر بشأن تقديم "
                                       "المساعدة لتأهيل وتدريب الكوادر التمريضية في المستشفيات."),
        ("h2", "2026-06-02", "صحيفة ب", "صادقت الحكومة الأردنية على اتفاقية بين الأردن ومصر في شأن تقديم المساعدة "
                                       "لتأهيل وتدريب الكوادر التمريضية."),
    ], include_all=True)
    names = [t.name for t in found if any(p.get("name_en") == "Egypt" for p in t.parties)]
    assert names == ["اتفاقية تقديم المساعدة لتأهيل وتدريب الكوادر التمريضية"], names


def test_a_signing_of_another_thing_is_no_step_of_the_agreement_named_after_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("o1", "2026-07-05", "صحيفة أ", "وقال النائب إن توقيع الرئيس على قانون الضرائب خطأ، واليوم يرفض اتفاق "
                                       "الحدود البحرية مع قبرص."),
    ], include_all=True)
    assert not [(t.name, _steps(t)) for t in found if any(s.kind == "signed" for s in t.steps)]
    # (a signing "على هامش" a meeting, or of the agreement's text, is one of the agreement)
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", [
        ("o2", "2026-07-05", "صحيفة أ", "ووقع الوزيران على هامش الاجتماع، اتفاقية التعاون الجمركي بين البلدين."),
    ], include_all=True)
    assert any(s.kind == "signed" for t in found for s in t.steps), [(t.name, _steps(t)) for t in found]


def test_the_p5_plus_1_as_papers_spell_it_and_a_city_name_of_the_same_sides_join_the_deal(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v1", "2026-08-01", "صحيفة أ", "توصلت إيران ومجموعة 5+1 في 14 يوليو إلى الاتفاق النووي بعد مفاوضات طويلة."),
        ("v2", "2026-08-02", "صحيفة ب", "وانتقد نواب الاتفاق النووي الذي أبرمته إيران مع مجموعة الخمسة زائد واحد."),
        ("v3", "2026-08-03", "صحيفة ج", "وارتفعت صادرات النفط الإيراني بعد إبرام اتفاقية فيينا بين إيران ومجموعة "
                                       "دول الست في يوليو الماضي."),
    ], include_all=True)
    deals = [t for t in found if {"Iran"} <= {p.get("name_en") for p in t.parties}]
    assert len(deals) == 1, [(t.name, t.parties) for t in deals]
    assert {p.get("name_en") for p in deals[0].parties} == {"Iran", "P5+1"}, deals[0].parties
    assert "اتفاقية فيينا" in deals[0].aliases, deals[0].aliases


def test_a_report_naming_one_side_joins_the_deal_its_name_tells_once_that_side_is_known(tmp_path):
    # the first report names the group alone; one naming Iran alone is read next, before the reports naming both
    found = processed_treaties(tmp_path, [
        ("l1", "2026-08-01", "صحيفة أ", "ونفى الوزير اتهامات أطلقها معارضو الاتفاق النووي التاريخي الذي توصلت إليه "
                                       "مجموعة 5+1 الشهر الماضي."),
        ("l2", "2026-08-02", "صحيفة ب", "ومنذ إنجاز الاتفاق النووي الإيراني تتوالى التصريحات عن تحسين العلاقات."),
        ("l3", "2026-08-03", "صحيفة ج", "وأبدى الوزير قلق بلاده من الاتفاق النووي الذي أبرمته إيران مع دول 5+1 الشهر "
                                       "الماضي."),
        ("l4", "2026-08-04", "صحيفة د", "وانتقد نواب الاتفاق النووي الذي أبرمته إيران مع مجموعة 5+1 في يوليو."),
    ], include_all=True)
    deals = [t for t in found if "النووي" in (t.name or "")]
    assert len(deals) == 1, [(t.name, t.parties, t.first_reported) for t in deals]


def test_a_writers_argument_that_the_agreement_holds_is_no_entry_into_force(tmp_path):
    aside = "ومهما قالت الأحزاب عن اتفاق الشراكة بين تونس والاتحاد الأوروبي، فإن الاتفاق دخل حيز التطبيق"
    found = processed_treaties(tmp_path, [
        ("w1", "2026-09-02", "صحيفة أ", "انتهت المفاوضات بتوقيع الاتفاق في مارس. " + aside + " بصيغته التي وقعت."),
    ], include_all=True)
    done = [(t.name, s.date) for t in found for s in t.steps if s.kind == "in_force" and s.modality == "done"]
    assert not done, done
    # (a day told after it is news: "فإن الاتفاق دخل حيز التطبيق اليوم")
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", [("w2", "2026-09-02", "صحيفة أ", aside + " اليوم.")], include_all=True)
    assert any(s.kind == "in_force" and s.modality == "done" for t in found for s in t.steps), \
        [(t.name, [(s.kind, s.date, s.modality) for s in t.steps]) for t in found]


def test_a_step_to_come_on_a_weekday_named_alone_is_on_the_coming_one(tmp_path):
    # a Monday's report: the house may ratify on Friday, four days on, not the Friday before
    found = processed_treaties(tmp_path, [
        ("f1", "2026-09-07", "صحيفة أ", "وقعت اليونان وقبرص أمس اتفاقية الربط الكهربائي، وقال الوزير إن البرلمان "
                                       "اليوناني قد يصادق على الاتفاقية الجمعة."),
    ], include_all=True)
    [deal] = [t for t in found if "الربط" in (t.name or "")]
    assert [(s.date, s.modality) for s in deal.steps if s.kind == "ratified"] == [("2026-09-11", "expected")], \
        _steps(deal)
