"""Treaty records from test59's errors (treaties87, issue 15), read as constructions: a protocol named for the
extension it makes is a step of the agreement it extends; a capital and a state's official name seen in a blind set
name their state.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _steps(t) -> list[tuple[str, str | None]]:
    return [(s.kind, s.date) for s in t.steps]


def test_a_house_approving_an_extension_protocol_ratifies_the_agreement_it_extends(tmp_path):
    # the protocol's own signing, told by its participle, is the agreement's extension (not its first signing)
    found = processed_treaties(tmp_path, [
        ("p1", "2026-05-12", "صحيفة أ", "صادقت الجمعية الوطنية الموريتانية اليوم الثلاثاء على البروتوكول الخاص "
                                       "بتمديد اتفاقية التعاون في مجال الثروة الحيوانية بين موريتانيا والسنغال، "
                                       "الموقع في نواكشوط في الخامس من مارس الماضي."),
    ], include_all=True)
    assert [t.name for t in found] == ["اتفاقية التعاون في مجال الثروة الحيوانية"], [t.name for t in found]
    assert sorted(_steps(found[0])) == [("extended", "2026-03-05"), ("ratified", "2026-05-12")], _steps(found[0])


def test_signing_a_protocol_of_extension_extends_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p2", "2026-03-06", "صحيفة ب", "وقّع وزيرا الزراعة في موريتانيا والسنغال أمس في نواكشوط بروتوكول تمديد "
                                       "اتفاقية التعاون في مجال الثروة الحيوانية بين البلدين."),
    ], include_all=True)
    assert [_steps(t) for t in found] == [[("extended", "2026-03-05")]], [(t.name, _steps(t)) for t in found]


def test_a_state_named_by_its_capital_suspends_its_own_agreement(tmp_path):
    # Asmara is Eritrea's capital (an old dictionary placed it in Somalia)
    found = processed_treaties(tmp_path, [
        ("c1", "2026-06-20", "صحيفة أ", "أسمرة تعلق اليوم العمل باتفاقية التعاون في مجال الصيد البحري مع مصر بعد "
                                       "خلاف على المراكب المحتجزة."),
    ], include_all=True)
    sides = {((s.by or {}).get("country") or (s.by or {})).get("name_en") for t in found for s in t.steps
             if s.kind == "suspended"}
    assert sides == {"Eritrea"}, [(t.name, t.steps) for t in found]
    assert "Somalia" not in {p.get("name_en") for t in found for p in t.parties}


def test_a_state_named_by_its_official_title_accedes(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c2", "2026-04-02", "صحيفة أ", "أودعت جمهورية القمر المتحدة أمس وثيقة انضمامها إلى اتفاقية نيروبي لحماية "
                                       "الشعاب المرجانية."),
    ], include_all=True)
    takers = {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps
              if s.kind == "ratified"}
    assert takers == {"Comoros"}, [(t.name, t.steps) for t in found]


def test_an_agreement_qualified_by_two_feminine_nationalities_has_both_parties(tmp_path):
    # "اتفاقية الصيد المغربية الموريتانية": the agreement's two sides, though only one of them suspends it
    found = processed_treaties(tmp_path, [
        ("f1", "2026-06-18", "صحيفة أ", "أعلنت الحكومة تعليق العمل باتفاقية الصيد المغربية الموريتانية إلى حين "
                                       "مراجعة شاملة لشروط التراخيص."),
    ], include_all=True)
    assert [sorted(p.get("name_en") for p in t.parties) for t in found] == [["Mauritania", "Morocco"]], \
        [(t.name, t.parties) for t in found]


def test_a_grant_is_named_with_what_it_is_for_and_its_giver_is_a_party(tmp_path):
    found = processed_treaties(tmp_path, [
        ("g1", "2026-04-21", "صحيفة أ", "وقع البلدان أمس اتفاقية المنحة الكويتية للمستلزمات الطبية في عمّان."),
    ], include_all=True)
    assert [t.name for t in found] == ["اتفاقية المنحة الكويتية للمستلزمات الطبية"], [t.name for t in found]
    assert "Kuwait" in {p.get("name_en") for p in found[0].parties}, found[0].parties


def test_a_decree_ratifying_an_agreement_on_a_cooperation_in_a_field_is_a_step_of_that_agreement(tmp_path):
    # "الاتفاقية بين حكومة ... وحكومة ... حول التعاون في مجال ...": what it is about is the whole field
    found = processed_treaties(tmp_path, [
        ("d1", "2026-06-22", "صحيفة أ", "صدر في العدد 30 من الجريدة الرسمية مرسوم رئاسي مؤرخ في 9 يونيو 2026، "
                                       "يتضمن التصديق على الاتفاقية بين حكومة الجمهورية الجزائرية الديمقراطية "
                                       "الشعبية وحكومة جمهورية إندونيسيا حول التعاون في مجال علوم البحار "
                                       "وتكنولوجيا الاستشعار عن بعد، الموقعة بجاكرتا في 24 فبراير 2026."),
        ("d2", "2026-02-25", "صحيفة ب", "وقعت الجزائر وإندونيسيا أمس في جاكرتا اتفاقية التعاون في مجال علوم "
                                       "البحار وتكنولوجيا الاستشعار عن بعد."),
    ], include_all=True)
    assert len(found) == 1, [(t.name, _steps(t)) for t in found]
    assert sorted(_steps(found[0])) == [("ratified", "2026-06-09"), ("signed", "2026-02-24")], _steps(found[0])


def test_a_house_named_without_its_state_approving_an_extension_protocol_is_its_sides_house(tmp_path):
    # Egypt's house is "مجلس النواب"; Kenya's is not: the approval is Egypt's ratification
    found = processed_treaties(tmp_path, [
        ("h1", "2026-04-08", "صحيفة أ", "وافق مجلس النواب في جلسته العامة أمس على البروتوكول الخاص بتمديد اتفاقية "
                                       "التعاون في مجال الري بين جمهورية مصر العربية وجمهورية كينيا، الموقع في "
                                       "نيروبي في الثالث من فبراير الماضي."),
    ], include_all=True)
    taken = [(s.kind, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps]
    assert ("ratified", "Egypt") in taken, [(t.name, t.steps) for t in found]
