"""Issue 15, events32: parties of shown attacks left out or taken from another clause on the development days.

* a strike verb going on with no subject of its own continues whoever launched the strikes before it ("شنت مقاتلات
  التحالف غارات على ...، وقصفت أهدافا أخرى"; "كما استهدفت الغارات الجوية مواقع ...");
* a person named "among" the counted victims of an abduction or a killing was hit ("بينهم وزير ... فلان");
* a party named by its people's adjective ("مواقع للحزب الكردي") is not the group named in the clause before; it is
  the earlier group whose name carries the adjective;
* the party between a verb of firing and النار fired ("إذا أطلقت كوريا الشمالية النار");
* the strikes told again at the start of the next sentence ("واستهدفت الغارات الجوية ...") are the same raiders';
* the word for a kind of state that the tagger took apart from the state's name ("مملكة البحرين") is no party;
* a man killing his son or shooting his wife is a crime in a family, no political attack.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _assaults(text: str, mentions: list[tuple]) -> list[dict]:
    return coded(make_doc(text, mentions), "ASSAULT", _ALL)


def _by_trigger(found: list[dict], word: str) -> dict:
    [e] = [e for e in found if e["trigger_text"] == word]
    return e


# --- a strike verb going on --------------------------------------------------------------------------------------
# (the sentence detector is left out here: below its threshold only fully coded attacks go out, and these tests are
# about whom the coder names, not whether the sentence reports an attack)
_NODETECT = CoderOptions(shown_filter=False, detect=False)


def _strikes(text: str, mentions: list[tuple]) -> list[dict]:
    return coded(make_doc(text, mentions), "ASSAULT", _NODETECT)


_RAIDS = [("الحوثيين", "ORG", "Houthis"), ("المطمة", "LOC", "Matamma"), ("الحزم", "LOC", "Hazm")]


def test_a_joined_shelling_verb_with_an_object_continues_the_raiders() -> None:
    found = _strikes("وشن طيران التحالف العربي أمس ست غارات على تجمع لمسلحي جماعة الحوثيين في مديرية المطمة، وقصف "
                     "أهدافا أخرى في مدينة الحزم.", _RAIDS)
    assert party_name(_by_trigger(found, "وقصف")["actor"]) == "طيران التحالف العربي"


def test_strikes_told_again_after_the_verb_are_the_same_raiders() -> None:
    found = _assaults("وشنت مقاتلات التحالف العربي أمس سلسلة غارات على مواقع جماعة الحوثيين في صعدة، كما استهدفت الغارات "
                      "الجوية مواقع جماعة الحوثيين في محافظة أبين.",
                      [("الحوثيين", "ORG", "Houthis"), ("صعدة", "LOC", "Saada"), ("أبين", "LOC", "Abyan"),
                       ("الحوثيين", "ORG", "Houthis", 1)])
    assert "التحالف" in party_name(_by_trigger(found, "استهدفت")["actor"])


def test_a_joined_verb_with_an_unnamed_subject_of_its_own_is_not_the_raiders() -> None:
    found = _strikes("وشن طيران التحالف العربي أمس ست غارات على تجمع لمسلحي جماعة الحوثيين في مديرية المطمة، وقصف "
                     "مسلحون مجهولون سوقا شعبية في مدينة الحزم.", _RAIDS)
    assert "التحالف" not in party_name(_by_trigger(found, "وقصف")["actor"])


def test_a_joined_verb_with_a_named_subject_keeps_it() -> None:
    found = _strikes("وشن طيران التحالف العربي أمس ست غارات على تجمع لمسلحي جماعة الحوثيين في مديرية المطمة، وقصف "
                     "الحوثيون أحياء سكنية في مدينة الحزم.", _RAIDS + [("الحوثيون", "ORG", "Houthis")])
    assert party_name(_by_trigger(found, "وقصف")["actor"]) == "Houthis"


def test_strikes_told_again_opening_the_next_sentence_are_the_same_raiders() -> None:
    found = _strikes("قتل وأصيب عدد من عناصر تنظيم داعش في غارات لطيران التحالف الدولي ضد التنظيم في محافظة كركوك. "
                     "واستهدفت الغارات الجوية عددا من المقرات التابعة لداعش في قضاء الحويجة.",
                     [("داعش", "ORG", "Islamic State"), ("كركوك", "LOC", "Kirkuk"), ("لداعش", "ORG", "Islamic State"),
                      ("الحويجة", "LOC", "Hawija")])
    e = _by_trigger(found, "واستهدفت")
    assert party_name(e["actor"]) == "طيران التحالف الدولي" and party_name(e["recipient"]) == "Islamic State"


def test_strikes_told_after_a_place_opening_the_next_sentence_are_left_alone() -> None:
    found = _strikes("قتل وأصيب عدد من عناصر تنظيم داعش في غارات لطيران التحالف الدولي ضد التنظيم في محافظة كركوك. "
                     "وفي الموصل، استهدفت الغارات مواقع تابعة لداعش.",
                     [("داعش", "ORG", "Islamic State"), ("كركوك", "LOC", "Kirkuk"), ("الموصل", "LOC", "Mosul"),
                      ("لداعش", "ORG", "Islamic State")])
    assert party_name(_by_trigger(found, "استهدفت")["actor"]) == ""


# --- a person named among the counted victims ---------------------------------------------------------------------

def test_a_minister_named_among_the_abducted_was_hit() -> None:
    [e] = _assaults("وكان المسلحون الحوثيون قد اختطفوا الأحد تسعة من قيادات الحزب بينهم وزير الزراعة السابق سالم "
                    "العمري وثلاث ناشطات.",
                    [("الحوثيون", "ORG", "Houthis"), ("سالم العمري", "PER", "Salem al-Omari")])
    assert party_name(e["recipient"]) == "Salem al-Omari"


def test_a_commander_named_among_the_kidnapped_was_hit() -> None:
    [e] = _assaults("وخطفت جبهة النصرة سبعة عناصر من «اللواء الخامس»، بينهم قائد اللواء العقيد ماهر الصالح مساء الخميس.",
                    [("جبهة النصرة", "ORG", "Nusra Front"), ("ماهر الصالح", "PER", "Maher al-Saleh")])
    assert party_name(e["actor"]) == "Nusra Front"
    assert party_name(e["recipient"]) == "Maher al-Saleh"


def test_a_spokesman_after_the_count_is_not_among_the_victims() -> None:
    found = _assaults("وأصيب 14 شخصا بينهم أطفال في انفجار سيارة، بحسب ما قال المتحدث باسم الشرطة خالد الحربي.",
                      [("خالد الحربي", "PER", "Khaled al-Harbi")])
    assert all(party_name(e["recipient"]) != "Khaled al-Harbi" for e in found)


# --- a party named by its people's adjective ----------------------------------------------------------------------

_KURDS = ("وصعدت أنقرة حملتها على حزب العمال الكردستاني هذا الشهر. وقصفت طائرات تركية ليلة الجمعة ثلاثة مواقع "
          "لتنظيم داعش في سوريا، وفي الليلة التالية شنت طائرات تركية غارات على عشرين موقعا للحزب الكردي في جبال "
          "قنديل.")
_KURDS_MENTIONS = [("أنقرة", "LOC", "Ankara"), ("حزب العمال الكردستاني", "ORG", "PKK"), ("داعش", "ORG", "Islamic State"),
                   ("سوريا", "LOC", "Syria"), ("قنديل", "LOC", "Qandil")]


def test_the_kurdish_party_s_positions_are_not_the_group_struck_the_night_before() -> None:
    found = _assaults(_KURDS, _KURDS_MENTIONS)
    assert party_name(_by_trigger(found, "شنت")["recipient"]) == "PKK"
    assert party_name(_by_trigger(found, "وقصفت")["recipient"]) == "Islamic State"


def test_the_group_told_again_with_a_plain_adjective_is_not_cut_off() -> None:
    found = _assaults("وقال الجيش إن مسلحي تنظيم داعش انسحبوا من البلدة، ثم قصفت المدفعية مواقع للتنظيم الإرهابي "
                      "قرب الرمادي.",
                      [("داعش", "ORG", "Islamic State"), ("الرمادي", "LOC", "Ramadi")])
    assert party_name(_by_trigger(found, "قصفت")["recipient"]) in ("Islamic State", "التنظيم الإرهابي")


def test_a_people_s_party_never_named_before_is_not_the_group_struck_before() -> None:
    found = _assaults("وقصفت طائرات تركية ليلة الجمعة ثلاثة مواقع لتنظيم داعش في سوريا، وفي الليلة التالية شنت طائرات "
                      "تركية غارات على عشرين موقعا للحزب الكردي في جبال قنديل.",
                      [("داعش", "ORG", "Islamic State"), ("سوريا", "LOC", "Syria"), ("قنديل", "LOC", "Qandil")])
    assert party_name(_by_trigger(found, "شنت")["recipient"]) != "Islamic State"


# --- the party that opens fire ------------------------------------------------------------------------------------

def test_the_country_between_a_firing_verb_and_fire_fired() -> None:
    [e] = _assaults("وقال الجيش الكوري الجنوبي إنه سيرد فورا إذا أطلقت كوريا الشمالية النار على مكبرات الصوت المنصوبة "
                    "على الحدود.", [("كوريا الشمالية", "LOC", "North Korea")])
    assert e["trigger_text"] == "النار" and party_name(e["actor"]) == "North Korea"
    assert e["modality"] == "hypothetical"


def test_a_city_before_fire_is_where_not_who() -> None:
    found = _assaults("وأطلق مسلحون مجهولون في كركوك النار على دورية للشرطة فجر اليوم.", [("كركوك", "LOC", "Kirkuk")])
    assert all(party_name(e["actor"]) != "Kirkuk" for e in found)


# --- the kind of state before its name ----------------------------------------------------------------------------

def test_the_kingdom_before_its_name_is_not_another_party() -> None:
    [e] = coded(make_doc("أدانت مملكة البحرين بشدة التصريحات العدائية الصادرة عن مسؤولين إيرانيين.",
                         [("مملكة", "LOC", "Mamlaka"), ("البحرين", "LOC", "Bahrain")]), "ACCUSE", _ALL)
    assert party_name(e["actor"]) == "Bahrain" and party_name(e["recipient"]) != "Bahrain"


def test_the_sultanate_in_a_list_is_not_a_party_of_its_own() -> None:
    found = coded(make_doc("وتطالب فيتنام والفلبين وسلطنة بروناي بالسيادة على جزر في البحر.",
                           [("فيتنام", "LOC", "Vietnam"), ("والفلبين", "LOC", "Philippines"),
                            ("وسلطنة", "LOC", "Saltana"), ("بروناي", "LOC", "Brunei")]), "REQUEST", _ALL)
    assert all("Saltana" not in (party_name(e["actor"]), party_name(e["recipient"])) for e in found)


# --- a crime in a family ------------------------------------------------------------------------------------------

def test_a_father_killing_his_son_and_shooting_his_wife_is_no_attack() -> None:
    assert _assaults("أقدم مواطن يعاني من اضطرابات نفسية في قرية جنوب المملكة على قتل ابنه البالغ من العمر تسع سنوات "
                     "وأطلق النار على زوجته، ما أدى إلى إصابتها.", []) == []


def test_a_man_shooting_his_brother_is_no_attack() -> None:
    assert _assaults("ألقت الشرطة القبض على مواطن أطلق النار على شقيقه أمس في أحد أحياء الطائف وأصابه بجروح.",
                     [("الطائف", "LOC", "Taif")]) == []


def test_gunmen_killing_someone_s_brother_with_a_bomb_stay_an_attack() -> None:
    assert _assaults("أقدم مسلحون على قتل شقيقه بعد تفجير عبوة ناسفة قرب منزله في الموصل.", [("الموصل", "LOC", "Mosul")])


def test_a_child_burnt_by_settlers_with_his_parents_hurt_stays_an_attack() -> None:
    assert _assaults("قتل الطفل حرقا وأصيب والداه وشقيقه بجروح خطيرة عندما أحرق مستوطنون متطرفون منزلهم في قرية دوما.",
                     [("دوما", "LOC", "Duma")])
