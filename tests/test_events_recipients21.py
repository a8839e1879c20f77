"""Recipients that are no party of the act (issue 15, events21): the office a person holds, told right after the name
with no comma ("فلان رئيس إقليم X", "فلان نائب الرئيس اليمني"), describes the actor — neither the place nor the
nationality in it is whom he calls on or meets — unless whom he acts for is known and the office is another country's
(then it is the object: the one congratulated); a group after "على رأس" is the one somebody heads, not what an attack
was aimed at; a place after "وذلك بعد ..." tells when, not what was struck; "موقعا من مواقع X" are X's positions;
the person a relative clause of killing is about ("فلان، الذي قتل في غارة") was struck, not the country around him.
All on sentences written for these tests."""

from __future__ import annotations

from test_events_coder import events, make_doc


def _recipients(doc, typ: str) -> list:
    return [r for t, _a, r in events(doc) if t == typ]


# -- the office told right after a person's name --------------------------------------------------------------------

def test_the_region_in_the_callers_own_office_is_not_whom_he_calls_on() -> None:
    doc = make_doc("طالب فلان الفلاني رئيس إقليم كردستان الحكومة المركزية بصرف الرواتب فورا.",
                   [("فلان الفلاني", "PER", "F"), ("كردستان", "LOC", "Kurdistan")])
    assert "Kurdistan" not in _recipients(doc, "REQUEST")


def test_the_nationality_in_the_hosts_own_office_is_not_the_party_met() -> None:
    doc = make_doc("التقى سالم العمري نائب الرئيس اليمني رئيس مجلس الوزراء، أمس، وزير الدولة الإماراتي للشؤون الخارجية.",
                   [("سالم العمري", "PER", "S")])
    assert "Yemen" not in _recipients(doc, "CONSULT")


def test_the_nationality_of_a_ministers_office_is_not_the_addressee_of_his_call() -> None:
    doc = make_doc("دعا فلان الفلاني وزير الأوقاف الفلسطيني علماء الأمة إلى التحرك.", [("فلان الفلاني", "PER", "F")])
    assert "Palestine" not in _recipients(doc, "REQUEST")


def test_the_party_after_the_office_is_still_the_addressee() -> None:
    doc = make_doc("ودعا فلان الفلاني رئيس حكومة إقليم كردستان تركيا إلى وقف القصف.",
                   [("فلان الفلاني", "PER", "F"), ("كردستان", "LOC", "Kurdistan"), ("تركيا", "LOC", "Turkey")])
    assert _recipients(doc, "REQUEST") == ["Turkey"]


def test_another_countrys_office_after_a_known_person_is_the_one_congratulated() -> None:
    doc = make_doc("هنأ العاهل السعودي الملك سلمان رئيس جمهورية الإكوادور بمناسبة ذكرى يوم الاستقلال.",
                   [("الملك سلمان", "PER", "Salman"), ("الإكوادور", "LOC", "Ecuador")])
    assert _recipients(doc, "SUPPORT") == ["Ecuador"]


def test_an_office_followed_by_its_holders_name_is_the_party_received() -> None:
    doc = make_doc("استقبل الملك سلمان رئيس وزراء باكستان نواز شريف في جدة.",
                   [("الملك سلمان", "PER", "Salman"), ("باكستان", "LOC", "Pakistan"), ("نواز شريف", "PER", "Sharif"),
                    ("جدة", "LOC", "Jeddah")])
    assert _recipients(doc, "CONSULT") and _recipients(doc, "CONSULT")[0] in ("Pakistan", "Sharif")


# -- attacks ----------------------------------------------------------------------------------------------------------

def test_the_group_someone_was_put_at_the_head_of_is_not_the_target() -> None:
    doc = make_doc("قتل 40 شخصا وجرح العشرات منذ مساء الأحد في كابول في سلسلة من الهجمات هي الأولى في العاصمة منذ "
                   "تعيين فلان الفلاني على رأس حركة طالبان.",
                   [("كابول", "LOC", "Kabul"), ("فلان الفلاني", "PER", "F"), ("حركة طالبان", "ORG", "Taliban")])
    assert "Taliban" not in _recipients(doc, "ASSAULT")


def test_a_place_after_an_aside_on_when_is_not_what_was_struck() -> None:
    doc = make_doc("وقصفت طائرات حربية تركية أهدافا للمسلحين في شمال سوريا وذلك بعد ثلاثة أيام على تفجير سوروتش.",
                   [("سوريا", "LOC", "Syria"), ("سوروتش", "LOC", "Suruc")])
    assert "Suruc" not in _recipients(doc, "ASSAULT")


def test_some_of_a_groups_positions_are_the_groups() -> None:
    doc = make_doc("وقصفت الطائرات التركية نحو مئة موقع من مواقع «العمال الكردستاني» في شمال العراق.",
                   [("العمال الكردستاني", "ORG", "PKK"), ("العراق", "LOC", "Iraq")])
    assert _recipients(doc, "ASSAULT") == ["PKK"]


def test_the_man_a_relative_clause_of_killing_is_about_was_struck() -> None:
    doc = make_doc("وقتلت الطائرات المسيرة العشرات منهم، وكان على رأسهم قائد التنظيم في اليمن سالم الفلاني، الذي قتل في "
                   "غارة استهدفته مع اثنين من مرافقيه بمنطقة الكورنيش في المدينة.",
                   [("اليمن", "LOC", "Yemen"), ("سالم الفلاني", "PER", "Salem")])
    recipients = _recipients(doc, "ASSAULT")
    assert recipients and all(r == "Salem" for r in recipients)


def test_a_relative_clause_where_the_man_struck_is_no_victim() -> None:
    # "الذي نفذ غارة": the antecedent carried the strike out; he is not its target
    doc = make_doc("وقال سالم الفلاني، الذي نفذ غارة على مواقع في اليمن أمس، إن العملية نجحت.",
                   [("سالم الفلاني", "PER", "Salem"), ("اليمن", "LOC", "Yemen")])
    assert "Salem" not in _recipients(doc, "ASSAULT")


# -- more words for what an attack hits when it hits a side ----------------------------------------------------------

def test_a_groups_pockets_are_the_group_not_the_district() -> None:
    doc = make_doc("وشنت القوات الحكومية هجمات خلال الليل على جيوب لجماعة الحوثيين في دار سعد بشمال عدن.",
                   [("جماعة الحوثيين", "ORG", "Houthis"), ("دار سعد", "LOC", "Dar Saad"), ("عدن", "LOC", "Aden")])
    assert _recipients(doc, "ASSAULT") == ["Houthis"]


def test_a_convoy_belonging_to_a_group_is_the_groups() -> None:
    doc = make_doc("وشنت مقاتلات التحالف غارات جوية استهدفت رتلا عسكريا تابعا لجماعة الحوثيين في منطقة كرش.",
                   [("جماعة الحوثيين", "ORG", "Houthis"), ("كرش", "LOC", "Karsh")])
    assert set(_recipients(doc, "ASSAULT")) == {"Houthis"}


def test_a_checkpoint_of_a_group_is_the_groups() -> None:
    doc = make_doc("وشنت المقاومة هجوما بأسلحة رشاشة على نقطة تفتيش تابعة لجماعة الحوثيين بشارع الخمسين في الحديدة.",
                   [("جماعة الحوثيين", "ORG", "Houthis"), ("الحديدة", "LOC", "Hodeidah")])
    assert _recipients(doc, "ASSAULT") == ["Houthis"]


def test_headquarters_kept_for_a_group_are_the_groups() -> None:
    doc = make_doc("وقصفت طائرات التحالف المقار العسكرية الخاصة بجماعة الحوثيين في مأرب.",
                   [("جماعة الحوثيين", "ORG", "Houthis"), ("مأرب", "LOC", "Marib")])
    assert _recipients(doc, "ASSAULT") == ["Houthis"]


def test_vehicles_of_no_named_side_leave_the_place_as_the_target() -> None:
    doc = make_doc("وقصفت الطائرات آليات الجيش في مدينة تعز.", [("تعز", "LOC", "Taiz")])
    assert _recipients(doc, "ASSAULT") == ["Taiz"]


# -- the attacker named in the clause of when --------------------------------------------------------------------------

def test_whoever_opened_fire_in_the_clause_of_when_killed_the_soldiers() -> None:
    doc = make_doc("أعلن الجيش التركي مقتل جنديين أمس حين فتح عناصر من حزب العمال الكردستاني النار على دورية في محافظة "
                   "هكاري.", [("الجيش التركي", "ORG", "Turkish army"), ("حزب العمال الكردستاني", "ORG", "PKK"),
                             ("هكاري", "LOC", "Hakkari")])
    assert [a for t, a, _r in events(doc) if t == "ASSAULT"] == ["PKK"]


def test_unnamed_gunmen_in_the_clause_of_when_name_no_attacker() -> None:
    doc = make_doc("قتل شرطي حين فتح مسلحون النار على سيارته.", [])
    assert [a for t, a, _r in events(doc) if t == "ASSAULT"] == [None]


# -- who speaks first after لكن, and a verb that carries its own plural subject ----------------------------------------

def test_the_party_after_lakin_is_the_subject_and_the_next_one_the_object() -> None:
    doc = make_doc("لكن موسكو انتقدت الولايات المتحدة لعدم تنسيقها مع دمشق.",
                   [("موسكو", "LOC", "Moscow"), ("الولايات المتحدة", "LOC", "United States"), ("دمشق", "LOC", "Damascus")])
    assert [(a, r) for t, a, r in events(doc) if t == "ACCUSE"] == [("Moscow", "United States")]


def test_a_verb_in_the_plural_takes_the_party_after_it_as_its_object() -> None:
    doc = make_doc("وقال مصدر إن العائلة وقادة في الحركة يعارضون فلان الفلاني بشدة.", [("فلان الفلاني", "PER", "F")])
    assert ("REJECT", "F", None) not in events(doc)


def test_a_verb_in_the_singular_before_its_subject_keeps_it_as_the_actor() -> None:
    doc = make_doc("انتقدت روسيا الولايات المتحدة.", [("روسيا", "LOC", "Russia"), ("الولايات المتحدة", "LOC", "United States")])
    assert events(doc) == [("ACCUSE", "Russia", "United States")]
