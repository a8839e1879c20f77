"""Treaty steps missed across the blind sets of rounds 30-37 (issue 15, treaties78).  Sentences written for these
tests (own Arabic; facts only from no report)."""

from __future__ import annotations

from conftest import processed_treaties


def _takers(found, kind: str = "ratified") -> list:
    return [(t.name, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps
            if s.kind == kind and s.modality == "done"]


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.by) for s in t.steps])
            for t in found]


# A house whose name one state alone gives it, in a report with no dateline, on an agreement named by its other
# side alone: the vote is that state's, and that state is a party.
ONE_STATE_HOUSES = [
    ("h1", "2026-05-07", "صحيفة الهضاب",
     "صادق نواب المجلس الشعبي الوطني أمس في جلسة علنية على مشروع القانون المتضمن الموافقة على اتفاقية التعاون "
     "في مجال الصيد البحري مع جمهورية موريتانيا."),
    ("h2", "2026-05-21", "صحيفة قرطاج",
     "صادق المجلس الوطني للجهات والأقاليم في جلسته العامة أمس الأربعاء على مشروع القانون المتعلق بالموافقة على "
     "اتفاقية النقل الدولي للبضائع مع جمهورية مالطا."),
    ("h3", "2026-05-21", "صحيفة البتراء",
     "وافق مجلس الأعيان في جلسته أمس على مشروع قانون تصديق اتفاقية التعاون السياحي مع جمهورية قبرص."),
]


def test_a_house_one_state_alone_names_so_ratifies_for_that_state(tmp_path):
    found = processed_treaties(tmp_path, ONE_STATE_HOUSES)
    takers = dict(_takers(found))
    assert sorted(takers.values()) == ["Algeria", "Jordan", "Tunisia"], takers
    fish = next(t for t in found if "الصيد البحري" in t.name)
    assert {p.get("name_en") for p in fish.parties} == {"Algeria", "Mauritania"}


def test_a_house_many_states_name_so_is_not_guessed(tmp_path):
    # near miss: "مجلس النواب" is the house of many states; with no dateline and one side named, no state is told
    found = processed_treaties(tmp_path, [
        ("n1", "2026-05-07", "صحيفة", "صادق مجلس النواب أمس على مشروع قانون تصديق اتفاقية التعاون السياحي مع "
                                      "جمهورية قبرص."),
    ])
    assert [c for _n, c in _takers(found)] == [None], _show(found)


# "الدوري" after a meeting or a briefing is "regular", not the football league: the cabinet's weekly session approves
# the agreement, a spokesman's weekly briefing tells it in force.
def test_a_regular_meeting_is_no_league(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r1", "2026-09-10", "صحيفة عدن", "عدن – أقر مجلس الوزراء في اجتماعه الدوري اليوم الخميس اتفاقية التعاون "
                                          "الصحي اليمنية الكينية الموقعة في عدن الشهر الماضي."),
        ("r2", "2026-09-10", "صحيفة", "وقال المتحدث باسم الخارجية في المؤتمر الصحفي الدوري إن الاتفاقية التجارية "
                                      "مع الصين دخلت حيز التنفيذ أمس."),
    ])
    assert ("اتفاقية التعاون الصحي", "Yemen") in _takers(found), _show(found)
    assert any(s.kind == "in_force" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_a_clubs_transfer_in_the_league_is_still_no_treaty(tmp_path):
    # near miss: "الدوري" as the league, after a club
    found = processed_treaties(tmp_path, [
        ("s1", "2026-09-10", "صحيفة", "وقع نادي الرجاء أمس اتفاقية انتقال اللاعب إلى أحد أندية الدوري التركي "
                                      "الممتاز."),
    ])
    assert not [s for t in found for s in t.steps], _show(found)


# A cabinet that holds its meeting and decides to approve a draft decree-law approving an agreement: the gold sets of
# several writers count it the state's ratification (by the cabinet); a draft agreement is not one.
CABINET_DRAFT_ACT = [
    ("c1", "2026-03-17", "صحيفة الجون",
     "الكويت - «الجون»: عقد مجلس الوزراء اجتماعه الأسبوعي أمس الاثنين، وقرر الموافقة على مشروع مرسوم بقانون "
     "بالموافقة على اتفاقية النقل الجوي بين دولة الكويت وجمهورية كينيا، ورفعه إلى سمو أمير البلاد."),
]


def test_a_cabinet_deciding_to_approve_a_draft_decree_of_approval_ratifies(tmp_path):
    found = processed_treaties(tmp_path, CABINET_DRAFT_ACT)
    assert ("اتفاقية النقل الجوي", "Kuwait") in _takers(found), _show(found)
    day = next(s.date for t in found for s in t.steps if s.kind == "ratified")
    assert str(day) == "2026-03-16"


def test_a_cabinet_approving_a_draft_agreement_ratifies_nothing(tmp_path):
    # near miss: the draft of the agreement itself, before any signing
    found = processed_treaties(tmp_path, [
        ("c2", "2026-03-17", "صحيفة الجون",
         "الكويت - «الجون»: عقد مجلس الوزراء اجتماعه الأسبوعي أمس الاثنين، وقرر الموافقة على مشروع اتفاقية النقل "
         "الجوي بين دولة الكويت وجمهورية كينيا."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "ratified" and s.modality == "done"], _show(found)


def test_a_cabinet_deciding_to_approve_a_bill_for_the_house_ratifies_nothing(tmp_path):
    # near miss: a draft law goes on to the house, which ratifies (or not) later
    found = processed_treaties(tmp_path, [
        ("c3", "2026-03-25", "صحيفة الرافدين",
         "بغداد - «الرافدين»: عقد مجلس الوزراء جلسته الاعتيادية أمس الثلاثاء، وقرر الموافقة على مشروع قانون تصديق "
         "اتفاقية النقل النهري بين جمهورية العراق والجمهورية الإسلامية الإيرانية وإحالته إلى مجلس النواب."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "ratified" and s.modality == "done"], _show(found)


# The country's ruler by title ("ملك البلاد", "أمير البلاد") in a report with no dateline: of the agreement's two
# sides, the one whose state has such a ruler.
def test_the_king_of_the_country_ratifies_for_the_kingdom_among_the_parties(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-04-30", "صحيفة",
         "صدّق حضرة صاحب الجلالة ملك البلاد المعظم وأصدر القانون رقم (21) لسنة 2026 بالتصديق على اتفاقية النقل "
         "البحري بين مملكة البحرين وجمهورية قبرص، ونُشر القانون في الجريدة الرسمية."),
    ])
    assert ("اتفاقية النقل البحري", "Bahrain") in _takers(found), _show(found)


def test_the_ruler_of_the_country_is_no_party_of_another_kind(tmp_path):
    # near miss: an amir, and neither side an amirate: no state guessed
    found = processed_treaties(tmp_path, [
        ("m2", "2026-04-30", "صحيفة",
         "أصدر سمو أمير البلاد القانون رقم 22 لسنة 2026 بالموافقة على اتفاقية النقل البحري بين جمهورية مصر العربية "
         "وجمهورية قبرص."),
    ])
    assert all(c is None for _n, c in _takers(found)), _show(found)
