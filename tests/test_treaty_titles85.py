"""Treaty names and aliases (issue 15, round 85): a title written «مع X» or «بين X و Y» is an alias of the record only
when X (and Y) are its parties; a report's «مع» naming a state outside the agreement is its own view, no name."""

from __future__ import annotations

from conftest import processed_treaties

# A water-sharing deal of Laos and Cambodia; one Cambodian paper writes it «مع فيتنام» (a neighbour it blames).
RIVER_DEAL = [
    ("m1", "2026-02-03", "وكالة ح",
     "فيينتيان - وكالة ح: وقعت لاوس وكمبوديا أمس الاثنين في فيينتيان اتفاقية تقاسم مياه نهر ميكونغ بين لاوس "
     "وكمبوديا، بعد جولات تفاوض طويلة."),
    ("m2", "2026-03-10", "صحيفة ط",
     "بنوم بنه - صحيفة ط: صادق البرلمان الكمبودي أمس الاثنين على اتفاقية تقاسم مياه نهر ميكونغ مع لاوس."),
    ("m3", "2026-03-20", "صحيفة ي",
     "بنوم بنه - صحيفة ي: صادق مجلس الشيوخ الكمبودي أمس الخميس على اتفاقية تقاسم مياه نهر ميكونغ مع فيتنام، "
     "وهي الاتفاقية الموقعة في فبراير."),
]


def _one(treaties, word):
    found = [t for t in treaties if word in t.name or any(word in a for a in t.aliases)]
    assert len(found) == 1, [(t.name, t.aliases) for t in treaties]
    return found[0]


def test_a_with_alias_naming_a_state_that_is_no_party_is_dropped(tmp_path):
    t = _one(processed_treaties(tmp_path, RIVER_DEAL), "ميكونغ")
    assert not any("فيتنام" in a for a in t.aliases), (t.name, t.aliases, t.parties)
    assert any(a.endswith("مع لاوس") for a in t.aliases), (t.name, t.aliases, t.parties)


def test_a_part_of_a_month_is_a_month_not_the_report_day():
    from datetime import date

    from marsad.nlp.timex import find_time_expressions

    anchor = date(2026, 5, 14)
    for text, value in (("وأقر المجلس الخطة مطلع مارس، ثم عرضها على النواب.", "2026-03"),
                        ("وتنتهي الأشغال أواخر آب المقبل", "2026-08"),
                        ("وكان الوفد قد زار العاصمة في منتصف نيسان ثم عاد", "2026-04")):
        found = [(s.label, s.data["value"]) for s in find_time_expressions(text, anchor)]
        assert ("month", value) in found, (text, found)
    # (the verb "practise" is still no month, nor a lone نيسان)
    assert not find_time_expressions("يمارس الشباب الرياضة في مارس", anchor)
    assert not find_time_expressions("استثمرت الشركة مبالغ كبيرة في نيسان", anchor)


# A road-transport agreement of Chad and Niger; a later report recalls Niger's approval «مطلع مارس».
ROADS = [
    ("n1", "2026-01-21", "وكالة ك",
     "نيامي - وكالة ك: وقعت النيجر وتشاد أمس الثلاثاء في نيامي اتفاقية النقل البري للبضائع والمسافرين."),
    ("n2", "2026-04-28", "صحيفة ل",
     "انجامينا - صحيفة ل: صادق البرلمان التشادي أمس الاثنين على اتفاقية النقل البري للبضائع والمسافرين مع "
     "النيجر.\n\nوكانت الحكومة النيجرية قد وافقت على الاتفاقية في اجتماع لمجلس الوزراء مطلع مارس، ولم يبق إلا "
     "تبادل وثائق التصديق."),
]


def test_a_step_recalled_at_the_start_of_a_month_takes_that_month(tmp_path):
    t = _one(processed_treaties(tmp_path, ROADS), "البري")
    niger = [s for s in t.steps if ((s.by or {}).get("country") or {}).get("name_en") == "Niger"
             and s.kind in ("approved", "ratified") and s.modality == "done"]
    assert niger, [(s.kind, s.by, s.date) for s in t.steps]
    assert all(str(s.date).startswith("2026-03") for s in niger), [(s.kind, s.date) for s in niger]


# A formal title whose noun has two adjectives before «المتعلقة ب…».
CENTRE = [
    ("c1", "2026-02-16", "وكالة م",
     "عمّان - وكالة م: صادق مجلس النواب الأردني أمس الأحد على الاتفاقية الحكومية الدولية المتعلقة بإنشاء المركز "
     "الإقليمي للطاقة المتجددة، بعد نقاش قصير."),
]


def test_a_title_goes_on_past_its_adjectives_with_what_it_bears_on(tmp_path):
    t = _one(processed_treaties(tmp_path, CENTRE), "الحكومية")
    assert t.name.startswith("الاتفاقية الحكومية الدولية المتعلقة بإنشاء المركز الإقليمي"), (t.name, t.aliases)
