"""Findings of the review of treaties50 (issue 15), each with reports or sentences written for these tests: different
agreements of one pair of countries stay apart, planned or refused steps are not steps taken, a vote that rejects an
agreement does not ratify it, a denial silences only the step it denies."""

from __future__ import annotations

import marsad
import pytest
from conftest import processed_reports

from marsad.nlp.events.treaty_life import name_words


def _records(tmp_path, reports):
    db = processed_reports(tmp_path, reports)
    with marsad.open(str(db)) as m:
        return m.treaties(include_all=True)


def _signed_days(records, words):
    """The days each record whose name holds ``words`` was signed, one set per record."""
    return [{s.date for s in t.steps if s.kind == "signed" and s.modality == "done"}
            for t in records if name_words(words) <= name_words(t.name)]


def test_sea_and_air_transport_agreements_of_one_pair_are_two_records(tmp_path) -> None:
    records = _records(tmp_path, [
        ("n1", "2026-01-20", "وكالة أ", "وقع وزيرا النقل في مصر والأردن أمس اتفاقية التعاون في مجال الشحن البحري."),
        ("n2", "2026-07-08", "صحيفة ب", "ووقعت مصر والأردن أمس في عمان اتفاقية التعاون في مجال الشحن الجوي."),
    ])
    assert _signed_days(records, "الشحن البحري") == [{"2026-01-19"}]
    assert _signed_days(records, "الشحن الجوي") == [{"2026-07-07"}]


def test_three_agreements_named_by_words_of_their_own_stay_apart(tmp_path) -> None:
    records = _records(tmp_path, [
        ("k1", "2026-03-02", "وكالة أ", "وقعت كينيا وتنزانيا أمس معاهدة الممر النهري المشترك."),
        ("k2", "2026-04-22", "صحيفة ب", "وصادق البرلمان الكيني أمس على اتفاقية حماية الحياة البرية مع تنزانيا."),
        ("k3", "2026-05-27", "صحيفة ج", "وصادق البرلمان التنزاني أمس على معاهدة الربط الكهربائي مع كينيا."),
    ])
    names = [name_words(t.name) for t in records]
    for words in ("الممر النهري", "الحياة البرية", "الربط الكهربائي"):
        assert sum(name_words(words) <= n for n in names) == 1
    for t in records:  # no record gathers the names or the steps of another
        assert all(a.startswith(t.name + " مع ") for a in t.aliases)  # (only its own title with its parties)
        assert len([s for s in t.steps if s.modality == "done"]) == 1


def test_a_cultural_agreement_signed_on_the_day_of_a_trade_deal_is_its_own_record(tmp_path) -> None:
    records = _records(tmp_path, [
        ("v1", "2026-09-14", "وكالة أ",
         "القاهرة - وقعت مصر والأردن اليوم الاثنين اتفاقية التجارة الحرة في ختام محادثات الرئيسين."),
        ("v2", "2026-09-14", "صحيفة ب", "ووقع البلدان كذلك اليوم الاثنين اتفاقية تعاون ثقافي بين مصر والأردن."),
        ("v3", "2026-09-15", "صحيفة ج", "وكانت مصر والأردن قد وقعتا أمس الاثنين اتفاقية التجارة الحرة."),
    ])
    trade = [t for t in records if name_words("التجارة الحرة") <= name_words(t.name)]
    assert len(trade) == 1
    assert not any(name_words("تعاون ثقافي") <= name_words(a) for a in trade[0].aliases)
    assert all(x.outlet != "صحيفة ب" for s in trade[0].steps for x in s.sources)
    # the cultural agreement's signing is told by a record of its own
    assert any(x.outlet == "صحيفة ب" for t in records if t is not trade[0] for s in t.steps for x in s.sources)


def _recipe(target: str) -> list[str]:
    """The command lines of a Makefile target, read from the file."""
    from pathlib import Path

    lines = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(target + ":"))
    out = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        out.append(line.strip())
    return out


def test_make_eval_treaties_runs_the_treaty_scorer_only_and_eval_roles_keeps_every_round() -> None:
    treaties = [c for c in _recipe("eval-treaties") if "eval/" in c]
    assert treaties and all(c.startswith("$(PY) eval/eval_treaties.py --part ") for c in treaties)
    roles = _recipe("eval-roles")
    assert len(roles) == 6 and all("eval_roles_snn.py" in c for c in roles)
    assert any(c.endswith("roles_snn.tsv") for c in roles)


# -- single sentences ----------------------------------------------------------------------------------------------


def _steps(text: str):
    from test_treaty_recall import KB, _doc

    from marsad.nlp.events.treaty_steps import find_steps

    places = {"كينيا": "Kenya", "تنزانيا": "Tanzania", "مصر": "Egypt", "الأردن": "Jordan", "اليابان": "Japan",
              "السودان": "Sudan"}
    return find_steps(_doc(text, [(k, "LOC", v) for k, v in places.items() if k in text]), KB)


def _done(text: str) -> set[str]:
    return {s.label for s in _steps(text) if s.data.get("modality") == "done"}


@pytest.mark.parametrize("text", [
    # a verb that decides, begins or holds something else than the step: put off, procedures, a session to discuss
    "وقرر البرلمان التنزاني أمس إرجاء التصديق على اتفاقية الحياة البرية مع كينيا إلى الدورة المقبلة.",
    "وبدأ البرلمان الكيني أمس إجراءات التصديق على معاهدة الربط الكهربائي مع تنزانيا.",
    "وعقد البرلمان التنزاني أمس جلسة لمناقشة التصديق على اتفاقية الحياة البرية.",
    "وعقدت الحكومة أمس اجتماعا لبحث الانسحاب من اتفاقية الحياة البرية مع كينيا.",
    "وأعلنت الحكومة الكينية أمس دراسة الانسحاب من معاهدة الربط الكهربائي.",
    "وقررت الحكومة التنزانية أمس تشكيل لجنة لدراسة تعليق العمل بمعاهدة الربط الكهربائي.",
    # announced: a refusal, a difficulty, a wish
    "وأعلنت الحكومة الكينية أمس رفض البرلمان الكيني التصديق على معاهدة الربط الكهربائي مع تنزانيا.",
    "وأعلن وزير الخارجية الأردني أمس صعوبة التوصل إلى اتفاق مع مصر.",
    "وأعلن الوزير أمس استحالة التوصل إلى اتفاق بين مصر والأردن قبل نهاية العام.",
    "وأعلنت كينيا أمس رغبتها الانسحاب من معاهدة الربط الكهربائي مع تنزانيا.",
    # a suspension decided to start next month has not started
    "وقررت الحكومة التنزانية أمس تعليق العمل بمعاهدة الربط الكهربائي مع كينيا اعتبارا من مطلع الشهر المقبل.",
    # «عقد» as a noun ("contract") holds nothing
    "ودعا النائب إلى فسخ عقد الشركة والتوصل إلى اتفاق جديد مع الأردن.",
])
def test_a_step_put_off_planned_refused_or_found_hard_is_not_taken(text) -> None:
    assert _done(text) == set()


@pytest.mark.parametrize("text, kind", [
    ("وأعلنت الحكومة الكينية أمس تعليق العمل بمعاهدة الربط الكهربائي مع تنزانيا.", "suspended"),
    ("وأعلن الطرفان أمس اختتام المفاوضات والتوصل إلى اتفاق بين مصر والأردن.", "concluded"),
    ("وقرر البرلمان الكيني أمس التصديق على معاهدة الربط الكهربائي مع تنزانيا.", "ratified"),
])
def test_a_step_the_verb_announces_or_decides_is_taken(text, kind) -> None:
    assert kind in _done(text)


@pytest.mark.parametrize("text", [
    # a vote whose outcome is a rejection, a vote against, a draft sent to a committee, a company's board
    "وصوت البرلمان الكيني أمس على معاهدة الربط الكهربائي مع تنزانيا ورفضها بأغلبية واسعة.",
    "وصوت مجلس النواب الياباني أمس على اتفاقية التجارة الحرة مع مصر وأسقطها.",
    "وصوت البرلمان الكيني أمس ضد قانون التصديق على معاهدة الربط الكهربائي مع تنزانيا.",
    "ووافق البرلمان الكيني أمس على مشروع معاهدة الربط الكهربائي مع تنزانيا وأحاله إلى لجنة الشؤون الخارجية.",
    "ووافق مجلس إدارة الشركة أمس على اتفاقية الشراكة مع شركة يابانية.",
])
def test_a_vote_that_rejects_or_a_board_that_approves_ratifies_nothing(text) -> None:
    assert "ratified" not in _done(text)


@pytest.mark.parametrize("text", [
    "ووافق البرلمان الكيني أمس على معاهدة الربط الكهربائي مع تنزانيا.",
    "وصوت البرلمان التنزاني أمس لصالح اتفاقية الحياة البرية مع كينيا.",
    "وصوت البرلمان الكيني أمس على قانون التصديق على معاهدة الربط الكهربائي مع تنزانيا.",
])
def test_a_parliament_approving_or_voting_for_an_agreement_ratifies_it(text) -> None:
    assert "ratified" in _done(text)


@pytest.mark.parametrize("text", [
    # a denial in a clause of its own before the signing
    "وبعد أن نفت الحكومة الكينية الشائعات عن توتر مع تنزانيا، وقعت كينيا وتنزانيا أمس معاهدة الربط الكهربائي.",
    # a statement that denies other reports and tells the signing
    "وقالت الخارجية في بيان نفت فيه أنباء عن قطيعة بين البلدين إن كينيا وتنزانيا وقعتا أمس معاهدة الربط الكهربائي.",
    # rumours as a topic; «كذب» as "belied"
    "وعلى هامش مؤتمر عن مكافحة الشائعات وقعت كينيا وتنزانيا أمس معاهدة الربط الكهربائي.",
    "وكذب الواقع تكهنات المراقبين إذ وقعت كينيا وتنزانيا أمس معاهدة الربط الكهربائي.",
])
def test_a_signing_beside_a_denial_of_something_else_stays(text) -> None:
    assert "signed" in _done(text)


@pytest.mark.parametrize("text", [
    "ونفى المتحدث باسم الحكومة الكينية أن يكون البلدان قد وقعا معاهدة الربط الكهربائي مع تنزانيا.",
    "وتداولت مواقع التواصل شائعات عن توقيع كينيا وتنزانيا معاهدة سرية.",
    # a spokesman named at length before «أن»
    "ونفى المتحدث باسم وزارة الخارجية الكينية جوزيف موانغي اليوم الأربعاء أن يكون البلدان قد توصلا إلى اتفاق مع "
    "تنزانيا.",
])
def test_a_signing_denied_or_rumoured_is_still_no_step(text) -> None:
    assert _done(text) == set()


def _parties(text: str) -> set[str]:
    return {p["name_en"] for s in _steps(text) for p in s.data.get("parties") or ()}


@pytest.mark.parametrize("text, parties", [
    # a watercourse and Roman law are no Hungary and no Romania
    ("ووقعت مصر والسودان أمس اتفاقية المجرى الملاحي المشترك.", {"Egypt", "Sudan"}),
    ("ووقعت مصر والأردن أمس اتفاقية التعاون في مجال القانون الروماني.", {"Egypt", "Jordan"}),
    # ... but a parliament so named is that country's
    ("وصادق البرلمان المجري أمس على اتفاقية التجارة الحرة مع مصر.", {"Egypt", "Hungary"}),
    ("وصادق البرلمان الروماني أمس على اتفاقية التجارة الحرة مع الأردن.", {"Jordan", "Romania"}),
])
def test_a_nationality_that_is_also_an_ordinary_word_names_a_country_only_after_a_body(text, parties) -> None:
    assert _parties(text) == parties


@pytest.mark.parametrize("text, parties", [
    # a bilateral council named "مجلس التعاون ..." with its own adjectives is not the Gulf Cooperation Council
    ("ووقع مجلس التعاون التنسيقي الأردني المصري أمس اتفاقية للتعاون في مجال الطاقة.", {"Egypt", "Jordan"}),
    ("ووقع مجلس التعاون المشترك بين مصر والأردن أمس اتفاقية لتنمية التجارة.", {"Egypt", "Jordan"}),
    # the bare council beside another party is
    ("ووقعت اليابان ومجلس التعاون أمس اتفاقية للتجارة الحرة.", {"Japan", "Gulf Cooperation Council"}),
])
def test_only_the_gulf_council_is_the_gulf_council(text, parties) -> None:
    assert _parties(text) == parties


@pytest.mark.parametrize("text, name", [
    # an adjective and a time after the noun are no part of its name
    ("ووقعت مصر والأردن اتفاقية تاريخية الأسبوع الماضي.", "اتفاقية"),
    ("ووقعت مصر والأردن اتفاقية تكميلية الشهر الماضي.", "اتفاقية"),
    # a verbal noun and what it governs are
    ("ووقعت مصر والأردن أمس اتفاقية تنظيم الملاحة النهرية.", "اتفاقية تنظيم الملاحة النهرية"),
])
def test_a_name_holds_no_adjective_nor_time_words(text, name) -> None:
    assert [s.data["name"] for s in _steps(text)] == [name]


def test_a_national_security_council_is_not_the_united_nations_security_council() -> None:
    kinds = _done("وصادق مجلس الأمن القومي الياباني أمس على اتفاقية التجارة الحرة مع مصر.")
    assert "endorsed" not in kinds and "ratified" in kinds
    assert "endorsed" in _done("وصادق مجلس الأمن الدولي أمس على اتفاق السلام بين مصر والأردن.")


@pytest.mark.parametrize("text", [
    # the verbal noun's own words: put off, a date set, a readiness; a time to come
    "وأعلنت الحكومة الكينية أمس تأجيل توقيع معاهدة الربط الكهربائي مع تنزانيا.",
    "وأعلن الوزير أمس موعد توقيع معاهدة الربط الكهربائي بين كينيا وتنزانيا.",
    "وأعلنت كينيا أمس استعدادها التوقيع على معاهدة الربط الكهربائي مع تنزانيا.",
    "وأعلنت كينيا أمس انسحابها من معاهدة الربط الكهربائي مع تنزانيا الشهر المقبل.",
])
def test_a_signing_put_off_or_a_withdrawal_set_for_next_month_is_not_taken(text) -> None:
    assert _done(text) == set()


def test_a_signing_ceremony_held_is_a_signing() -> None:
    assert "signed" in _done("وجرت أمس مراسم توقيع معاهدة الربط الكهربائي بين كينيا وتنزانيا.")
