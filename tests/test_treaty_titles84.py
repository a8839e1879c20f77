"""A treaty record is named as its reports name it (issue 15): the title is not cut before the names of the places it
bears on, nor before what «و» joins to its field; the record takes the fullest title its reports give; the title
written with its parties clause ("... بين سلطنة عمان وجمهورية كينيا") is one of its aliases."""

from __future__ import annotations

from conftest import processed_treaties

# Two reports on one water agreement named after two rivers.
RIVERS = [
    ("r1", "2026-03-02", "وكالة أ",
     "تبليسي - وكالة أ: وقّع وزيرا البيئة في أذربيجان وجورجيا أمس الأحد في تبليسي اتفاقية حماية مياه نهري كورا "
     "وأراس بين جمهورية أذربيجان وجورجيا، بعد مفاوضات دامت عامين."),
    ("r2", "2026-05-20", "صحيفة ب",
     "باكو - صحيفة ب: صادق البرلمان الأذربيجاني أمس الثلاثاء على اتفاقية حماية مياه نهري كورا وأراس الموقعة "
     "مع جورجيا في مارس الماضي."),
]

# A cabinet's approval and a council's vote on an agreement whose field is two things joined by «و».
PORTS = [
    ("p1", "2026-02-10", "وكالة ج",
     "مسقط - وكالة ج: وقعت سلطنة عمان وكينيا أمس الاثنين في مسقط اتفاقية التعاون في مجال النقل البحري وإدارة "
     "الموانئ بين سلطنة عمان وجمهورية كينيا."),
    ("p2", "2026-04-15", "صحيفة د",
     "مسقط - صحيفة د: وافق مجلس الشورى العماني أمس الثلاثاء على اتفاقية التعاون في مجال النقل البحري وإدارة "
     "الموانئ مع جمهورية كينيا، وأحالها إلى مجلس الدولة."),
]

# Two reports cut the title, a third gives it whole.
TRADE = [
    ("f1", "2026-01-12", "وكالة هـ",
     "نواكشوط - وكالة هـ: وقعت موريتانيا والسنغال أمس الأحد في نواكشوط اتفاقية التعاون الاقتصادي والتجاري، في "
     "ختام اجتماع اللجنة المشتركة."),
    ("f2", "2026-03-03", "صحيفة و",
     "داكار - صحيفة و: صادقت الجمعية الوطنية السنغالية أمس الاثنين على اتفاقية التعاون الاقتصادي مع موريتانيا."),
    ("f3", "2026-03-25", "صحيفة ز",
     "نواكشوط - صحيفة ز: صادق البرلمان الموريتاني أمس الثلاثاء على اتفاقية التعاون الاقتصادي مع السنغال."),
]


def _one(treaties, word):
    found = [t for t in treaties if word in t.name or any(word in a for a in t.aliases)]
    assert len(found) == 1, [(t.name, t.aliases) for t in treaties]
    return found[0]


def test_the_rivers_a_title_names_stay_in_the_record_name(tmp_path):
    t = _one(processed_treaties(tmp_path, RIVERS), "مياه")
    assert "كورا" in t.name and "أراس" in t.name, (t.name, t.aliases)


def test_what_and_joins_to_the_field_stays_in_the_name_and_the_title_with_its_parties_is_an_alias(tmp_path):
    t = _one(processed_treaties(tmp_path, PORTS), "البحري")
    assert t.name == "اتفاقية التعاون في مجال النقل البحري وإدارة الموانئ", (t.name, t.aliases)
    assert "اتفاقية التعاون في مجال النقل البحري وإدارة الموانئ بين سلطنة عمان وجمهورية كينيا" in t.aliases, \
        t.aliases


def test_the_record_takes_the_fullest_title_its_reports_give(tmp_path):
    t = _one(processed_treaties(tmp_path, TRADE), "الاقتصادي")
    assert t.name == "اتفاقية التعاون الاقتصادي والتجاري", (t.name, t.aliases)
    assert "اتفاقية التعاون الاقتصادي" in t.aliases


def test_the_scorer_prints_beside_the_strict_name_figure_one_that_sets_a_parties_clause_aside():
    import importlib.util
    import sys
    from pathlib import Path

    from marsad.nlp.events.treaties import Treaty

    path = Path(__file__).resolve().parents[1] / "eval" / "eval_treaties.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("eval_treaties_84", path)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)  # type: ignore[union-attr]
    gold = ev.GoldTreaty({"key": "T1", "name": "اتفاقية حماية مياه نهري كورا وأراس بين جمهورية أذربيجان وجورجيا",
                          "aliases": ["اتفاقية المياه مع جورجيا"], "parties": [], "parties_en": [], "steps": []})
    listed = Treaty(id="t", name="اتفاقية حماية مياه نهري كورا وأراس", parties=[], date_signed=None, aliases=[],
                    steps=[], sources=[])
    assert not ev._name_found(gold, listed) and ev._name_found_loose(gold, listed)
    # (a title whose words go on past its parties, "... بين البلدين للتعاون في ...", keeps them)
    assert ev._without_sides("الاتفاقية الحكومية بين الأردن وسوريا للتعاون في الطاقة") == \
        "الاتفاقية الحكومية بين الأردن وسوريا للتعاون في الطاقة"
    other = Treaty(id="u", name="اتفاقية النقل البري", parties=[], date_signed=None, aliases=[], steps=[], sources=[])
    assert not ev._name_found_loose(gold, other)
