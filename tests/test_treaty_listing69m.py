"""Two agreements told at once («اتفاقيتا X وY», «الاتفاقيتين»), an old agreement whose work stops when a new one
takes effect, and a host country that is not a side (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words


def _named(found, name: str):
    return [t for t in found if name_words(name) <= name_words(t.name)]


# Tunisia and Senegal sign two agreements in Dakar, each parliament approves both, both take effect together; the
# new air transport agreement ends their 1979 air services one.
PAIR = [
    ("d1", "2026-03-03", "وكالة أ",
     "وقع وزيرا النقل في تونس والسنغال أمس الاثنين في داكار اتفاقية النقل الجوي واتفاقية التعاون الجمركي بين "
     "البلدين."),
    ("d2", "2026-05-20", "صحيفة ب",
     "أقر مجلس نواب الشعب التونسي أمس مشروعي قانون تصديق اتفاقيتي النقل الجوي والتعاون الجمركي مع السنغال."),
    ("d3", "2026-07-02", "وكالة ج",
     "دخلت اتفاقيتا النقل الجوي والتعاون الجمركي بين تونس والسنغال حيز التنفيذ أمس الأربعاء الأول من تموز 2026، "
     "بعد أن صادقت الجمعية الوطنية السنغالية على الاتفاقيتين في حزيران. وبدخول اتفاقية النقل الجوي حيز التنفيذ، "
     "يتوقف العمل باتفاقية الخدمات الجوية الموقعة بين البلدين عام 1979."),
]


def test_two_agreements_listed_together_each_take_the_step(tmp_path):
    found = processed_treaties(tmp_path, PAIR, include_all=False)
    for name in ("اتفاقية النقل الجوي", "اتفاقية التعاون الجمركي"):
        [t] = [t for t in _named(found, name) if "1979" not in t.name] or [None]
        assert t is not None, (name, [(x.name, x.steps) for x in found])
        in_force = [s for s in t.steps if s.kind == "in_force" and s.modality == "done"]
        assert [s.date for s in in_force] == ["2026-07-01"], (name, t.steps)
        # each parliament's approval, told of both at once, is a step of each
        assert {("ratified", "Tunisia"), ("ratified", "Senegal")} <= done_steps(t), (name, t.steps)


def test_an_old_agreement_whose_work_stops_when_the_new_one_takes_effect_is_replaced(tmp_path):
    found = processed_treaties(tmp_path, PAIR, include_all=False)
    old = [t for t in found if "1979" in t.name]
    assert len(old) == 1, [(t.name, t.steps) for t in found]
    replaced = [s for s in old[0].steps if s.kind == "replaced" and s.modality == "done"]
    assert [s.date for s in replaced] == ["2026-07-01"], old[0].steps  # the day the new one took effect
    assert name_words("اتفاقية النقل الجوي") <= name_words(replaced[0].agreement["name"]), replaced[0].agreement
    assert {p.get("name_en") for p in old[0].parties} == {"Tunisia", "Senegal"}, old[0].parties


def test_an_old_agreement_of_the_same_name_told_by_its_year_is_replaced(tmp_path):
    found = processed_treaties(tmp_path, [
        ("y1", "2026-02-11", "وكالة", "وقع الأردن والعراق أمس الثلاثاء في عمان اتفاقية النقل البري والعبور."),
        ("y2", "2026-09-02", "صحيفة", "دخلت اتفاقية النقل البري والعبور بين الأردن والعراق حيز التنفيذ أمس الثلاثاء "
                                      "الأول من أيلول 2026. وبدخول اتفاقية النقل البري حيز التنفيذ يتوقف العمل "
                                      "باتفاقية النقل البري الموقعة بين البلدين عام 1984."),
    ], include_all=False)
    new = [t for t in found if "1984" not in t.name and _named([t], "اتفاقية النقل البري والعبور")]
    old = [t for t in found if "1984" in t.name]
    assert len(new) == 1 and len(old) == 1, [(t.name, t.steps) for t in found]
    assert not any((s.date or "").startswith("1984") for s in new[0].steps), new[0].steps
    assert [(s.modality, s.date) for s in old[0].steps if s.kind == "replaced"] == [("done", "2026-09-01")]


def test_a_pair_signing_in_a_third_countrys_capital_does_not_make_the_host_a_side(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h1", "2026-04-08", "وكالة", "وقع رئيسا الأرجنتين وتشيلي، أمس الثلاثاء، في العاصمة البرازيلية برازيليا، "
                                      "على معاهدة التعاون النهري بين البلدين، على هامش قمة إقليمية."),
        ("h2", "2026-06-09", "صحيفة", "صادق مجلس الشيوخ الأرجنتيني أمس على معاهدة التعاون النهري مع تشيلي."),
    ], include_all=False)
    [t] = _named(found, "معاهدة التعاون النهري")
    assert {p.get("name_en") for p in t.parties} == {"Argentina", "Chile"}, t.parties


def test_a_leader_who_attends_a_signing_of_three_states_is_not_a_side(tmp_path):
    found = processed_treaties(tmp_path, [
        ("w1", "2026-03-04", "وكالة", "وقعت مصر والسودان وإثيوبيا أمس في الخرطوم بحضور الرئيس الكيني اتفاقية إدارة "
                                      "مياه النيل الأزرق."),
        ("w2", "2026-05-04", "صحيفة", "صادق البرلمان السوداني أمس على اتفاقية إدارة مياه النيل الأزرق مع مصر "
                                      "وإثيوبيا."),
        ("w3", "2026-06-04", "صحيفة", "صادق البرلمان المصري أمس على اتفاقية إدارة مياه النيل الأزرق مع السودان "
                                      "وإثيوبيا."),
    ], include_all=False)
    assert len(found) == 1, [(t.name, t.parties) for t in found]
    assert {p.get("name_en") for p in found[0].parties} == {"Egypt", "Sudan", "Ethiopia"}, found[0].parties
