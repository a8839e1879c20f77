"""A convention named by its reach and a title ("الاتفاقية العربية لـ...") is one record whichever states its reports
name; a royal decree in a report whose dateline is a line of its own is the dateline kingdom's; the state an agreement
"binds" its subject to («التي تربطها بـ...») is one of its sides (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# Two reports on one Arab convention, each naming a different pair of the states that ratified it.
FISHING = [
    ("p1", "2026-04-09", "وكالة أ",
     "الجزائر - وكالة أ: صادق البرلمان الجزائري أمس الأربعاء على الاتفاقية العربية لتبادل بيانات الصيد في البحر "
     "المتوسط، بعد أن صادقت عليها تونس في مارس الماضي."),
    ("p2", "2026-06-18", "صحيفة ب",
     "عمّان - صحيفة ب: صادق مجلس النواب الأردني أمس الأربعاء على الاتفاقية العربية لتبادل بيانات الصيد في البحر "
     "المتوسط، لتنضم الأردن إلى ليبيا التي صادقت عليها الشهر الماضي."),
]

# A decree of a kingdom, told under a dateline line with no dash.
DECREE = [
    ("d1", "2026-05-11", "وكالة ج",
     "الرياض 23 ذو القعدة 1447هـ الموافق 10 مايو 2026م وكالة ج\n\n"
     "صدر مرسوم ملكي أمس الأحد بالموافقة على الاتفاقية الإسلامية لتبادل الخبرات في مجال الأوقاف، الموقعة في "
     "القاهرة."),
]


def test_one_convention_titled_by_its_reach_is_one_record_whichever_pair_a_report_names(tmp_path):
    found = [t for t in processed_treaties(tmp_path, FISHING) if "العربية" in t.name or any(
        "العربية" in a for a in t.aliases)]
    assert len(found) == 1, [(t.name, [p.get("name_en") for p in t.parties]) for t in found]
    assert {("ratified", "Algeria"), ("ratified", "Jordan")} <= done_steps(found[0])


def test_a_royal_decree_under_a_dateline_line_is_the_kingdoms(tmp_path):
    found = [t for t in processed_treaties(tmp_path, DECREE) if any(s.kind == "ratified" for s in t.steps)]
    assert found and ("ratified", "Saudi Arabia") in done_steps(found[0])


# A suspension told as the agreement "that binds" the state to another, then a withdrawal naming the other side.
BASES = [
    ("b1", "2026-02-03", "وكالة د",
     "قررت الحكومة التشادية أمس الاثنين تعليق العمل باتفاقية التعاون الدفاعي التي تربطها بإيطاليا، إلى حين "
     "مراجعة بنودها."),
    ("b2", "2026-05-12", "وكالة هـ",
     "أبلغت الخارجية التشادية إيطاليا أمس الاثنين انسحابها من اتفاقية التعاون الدفاعي بين البلدين."),
]


def test_the_state_an_agreement_binds_its_subject_to_is_a_side(tmp_path):
    found = [t for t in processed_treaties(tmp_path, BASES) if "الدفاعي" in t.name]
    assert len(found) == 1, [(t.name, [p.get("name_en") for p in t.parties]) for t in found]
    assert {p.get("name_en") for p in found[0].parties} >= {"Chad", "Italy"}
