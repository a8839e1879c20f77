"""An agreement extended, renewed or replaced, and how long it holds (issue 15): the steps read in one sentence, and
one agreement followed over three reports (signed; extended a year later; replaced by a new one), as ``marsad
treaties``, the API and the treaty page show it.  Reports written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import processed_reports, run_cli

import marsad
from marsad.nlp.events.treaty_life import name_words

_MENTIONS = [("مصر", "LOC", "Egypt"), ("السودان", "LOC", "Sudan")]


def _steps(text: str, timex: list[tuple[str, str]] = ()) -> list:
    from test_events_coder import make_doc

    from marsad.nlp.events.treaty_steps import find_steps

    mentions = [m for m in _MENTIONS if m[0] in text]
    return find_steps(make_doc(text, mentions, timex=timex))


@pytest.mark.parametrize("text, expected", [
    # extended or renewed: by a verb, a decision, an announcement, an annex signed
    ("مددت مصر والسودان اتفاقية التعاون الزراعي لمدة عامين.", [("extended", "done")]),
    ("قررت الحكومتان تجديد العمل باتفاقية النقل البحري.", [("extended", "done")]),
    ("تم تمديد اتفاقية الصيد البحري عاما إضافيا.", [("extended", "done")]),
    ("وقع الوزيران ملحق تمديد اتفاقية الصيد البحري.", [("extended", "done")]),  # the annex, not the agreement, signed
    ("يجدد البلدان اتفاقية الشراكة الاقتصادية الشهر المقبل.", [("extended", "expected")]),
    # replaced: the old agreement's step, of the day of the new one's; done when the new one takes effect (or "حلت"),
    # to come when it is only signed
    ("وقع البلدان اتفاقية النقل البري الجديدة التي تحل محل اتفاقية 1990.",
     [("signed", "done"), ("replaced", "expected")]),
    ("دخلت اتفاقية النقل البري الجديدة حيز التنفيذ أمس لتحل محل اتفاقية 1990.",
     [("in_force", "done"), ("replaced", "done")]),
    ("حلت اتفاقية الطاقة الموحدة محل اتفاقية 1985.", [("replaced", "done")]),
    ("من المقرر أن يوقع البلدان الشهر المقبل اتفاقية جديدة للنقل تحل محل اتفاقية 1990.",
     [("signed", "expected"), ("replaced", "expected")]),
])
def test_which_sentences_extend_renew_or_replace_an_agreement(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.label, s.data["modality"]) for s in _steps(text)] == expected


@pytest.mark.parametrize("taken, not_taken", [
    # negated, refused, hoped, called for, conditional, denied, the aim of talks: no step
    ("تم تمديد اتفاقية التعاون الزراعي.", "لم يتم تمديد اتفاقية التعاون الزراعي."),
    ("قرر البرلمان تجديد اتفاقية الصيد البحري.", "رفض البرلمان تجديد اتفاقية الصيد البحري."),
    ("قرر الطرفان تمديد اتفاقية الصيد البحري.", "يأمل الطرفان تمديد اتفاقية الصيد البحري."),
    ("أعلنت الوزارة تمديد اتفاقية الصيد البحري.", "دعت الوزارة إلى تمديد اتفاقية الصيد البحري."),
    ("مددت الحكومتان اتفاقية الصيد البحري.", "إذا مددت الحكومتان اتفاقية الصيد البحري فإن الصيادين سيستفيدون."),
    ("أعلنت الوزارة تمديد اتفاقية الصيد البحري.", "نفت الوزارة تمديد اتفاقية الصيد البحري."),
    ("جدد الوفدان معاهدة تقاسم مياه النهر.", "بدأ الوفدان جولة من المحادثات حول تجديد معاهدة تقاسم مياه النهر."),
    # something else extended or renewed: a deadline, a visa, a call, a player's or companies' contract
    ("مددت الحكومتان اتفاقية الصيد البحري.", "مددت الحكومتان المهلة المحددة في اتفاقية الصيد البحري."),
    ("جددت الوزارة الاتفاقية الثنائية.", "جددت الوزارة تأشيرات العمال بموجب الاتفاقية الثنائية."),
    ("جدد الوزير الاتفاق النووي.", "جدد الوزير رفضه للاتفاق النووي."),
    ("جددت الحكومتان اتفاقية التعاون.", "جددت الشركتان عقد التوريد الموقع بموجب اتفاقية التعاون."),
    # replaced: not when negated
    ("حلت الاتفاقية الجديدة محل اتفاقية 1990.", "لن تحل الاتفاقية الجديدة محل اتفاقية 1990."),
])
def test_what_extends_or_replaces_nothing(taken: str, not_taken: str) -> None:
    kinds = {"extended", "replaced"}
    assert [s.data["modality"] for s in _steps(taken) if s.label in kinds] == ["done"]
    assert not [s for s in _steps(not_taken) if s.label in kinds]


def test_an_extension_keeps_its_period_or_new_end_and_is_dated_the_day_decided() -> None:
    [two] = _steps("مددت مصر والسودان اتفاقية التعاون الزراعي لمدة عامين.")
    assert two.data["period"] == "P2Y" and "until" not in two.data
    [five] = _steps("أعلنت الحكومة تجديد اتفاقية الصيد البحري لخمس سنوات أخرى.")
    assert five.data["period"] == "P5Y"
    # the new end is no date of the step: the decision was told on the report's day
    [end] = _steps("مددت الحكومتان اتفاقية التعاون الزراعي حتى 31 ديسمبر 2030.", [("31 ديسمبر 2030", "2030-12-31")])
    assert end.data["until"] == "2030-12-31" and end.data["date"] == "2024-06-20"


def test_a_replacement_names_both_agreements_and_the_new_one_says_what_it_replaces() -> None:
    steps = {s.label: s for s in _steps("وقع البلدان اتفاقية النقل البري الجديدة التي تحل محل اتفاقية 1990.")}
    assert steps["replaced"].data["name"] == "اتفاقية 1990"
    assert name_words(steps["replaced"].data["replacing"]["name"]) == name_words("اتفاقية النقل البري")
    assert steps["signed"].data["name"] != "اتفاقية 1990" and steps["signed"].data["replaces"] == "اتفاقية 1990"
    # the old agreement's year is no date of the signing
    assert steps["signed"].data["date"] != "1990" and steps["replaced"].data["date"] != "1990"


def test_the_duration_an_article_gives_is_kept_on_its_steps() -> None:
    [signed] = _steps("وقعت مصر والسودان اتفاقية الشراكة الاقتصادية ومدتها خمس سنوات قابلة للتجديد.")
    assert signed.data["duration"] == {"period": "P5Y", "said": "خمس سنوات", "renewable": True}
    # talks that lasted two years give no agreement its term
    steps = _steps("وقعت مصر والسودان اتفاقية الشراكة الاقتصادية بعد مفاوضات استمرت لمدة عامين.")
    assert "signed" in {s.label for s in steps} and not any("duration" in s.data for s in steps)


# One agreement over three reports: signed with its term; extended a year later; replaced by a new one.  A fourth
# report extends a deadline and tells of an extension that did not happen.
REPORTS = [
    ("k1", "2024-03-10", "وكالة أ",
     "وقّع وزيرا النقل في المغرب وموريتانيا يوم الأحد في نواكشوط اتفاقية النقل البري الدولي بين البلدين، "
     "ومدتها ثلاث سنوات قابلة للتجديد."),
    ("k2", "2025-03-12", "صحيفة ب",
     "مدد المغرب وموريتانيا يوم الثلاثاء العمل باتفاقية النقل البري الدولي لمدة عامين، بحسب بيان مشترك."),
    ("k3", "2026-09-20", "وكالة أ",
     "وقع المغرب وموريتانيا أمس في الرباط اتفاقية النقل واللوجستيك الجديدة التي تحل محل اتفاقية النقل البري الدولي."),
    ("k4", "2025-06-01", "صحيفة ج",
     "لم يتم تمديد اتفاقية الصيد البحري بين المغرب وموريتانيا. ومدد البلدان المهلة المحددة في اتفاقية الصيد البحري "
     "شهرين."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return processed_reports(tmp_path_factory.mktemp("kinds15"), REPORTS)


def _by_name(found, words: str):
    return next(t for t in found if name_words(words) == name_words(t.name))


def test_an_agreement_followed_from_signing_through_extension_to_its_replacement(db) -> None:
    with marsad.open(str(db)) as m:
        found = m.treaties(include_all=True)
    old, new = _by_name(found, "اتفاقية النقل البري الدولي"), _by_name(found, "اتفاقية النقل واللوجستيك")
    steps = {s.kind: s for s in old.steps}
    assert steps["signed"].date == "2024-03-10"
    assert steps["extended"].date == "2025-03-11" and steps["extended"].period == "P2Y"  # the Tuesday before
    # the new one signed "أمس" replaces the old one when it takes effect: a replacement to come
    assert steps["replaced"].modality == "expected"
    assert steps["replaced"].agreement == {"name": new.name, "id": new.id}
    assert [s.kind for s in old.steps] == ["signed", "extended", "replaced"]  # its life, oldest first
    assert old.duration == {"period": "P3Y", "said": "ثلاث سنوات", "renewable": True}
    assert new.replaces == [{"name": old.name, "id": old.id}] and not old.replaces
    assert {s.kind for s in new.steps} == {"signed"}
    # a deadline extended, an extension that did not happen: no step of any agreement
    assert not any(s.kind == "extended" for t in found if t is not old for s in t.steps)


def test_cli_api_and_page_show_the_extension_and_the_replacement(db) -> None:
    out = run_cli("treaties", "--all", db=db).stdout.decode()
    # the period as the report says it, the ISO value beside it; the new agreement apart from who acted
    assert "extended for عامين (P2Y)" in out and "duration: ثلاث سنوات (P3Y, renewable)" in out
    assert "replaced; replaced by اتفاقية النقل واللوجستيك" in out and "replaces: اتفاقية النقل البري الدولي" in out
    rows = [json.loads(line) for line in run_cli("treaties", "--all", "--json", db=db).stdout.decode().splitlines()]
    old = next(r for r in rows if name_words(r["name"]) == name_words("اتفاقية النقل البري الدولي"))
    new = next(r for r in rows if name_words(r["name"]) == name_words("اتفاقية النقل واللوجستيك"))
    assert [s["kind"] for s in old["steps"]] == ["signed", "extended", "replaced"]
    assert old["steps"][2]["agreement"]["id"] == new["id"] and new["replaces"][0]["id"] == old["id"]

    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        one = c.get(f"/api/treaties/{old['id']}").json()["treaty"]
        en, ar = c.get(f"/treaty/{old['id']}?lang=en"), c.get(f"/treaty/{old['id']}?lang=ar")
        page_new = c.get(f"/treaty/{new['id']}?lang=en")
    assert one["duration"]["period"] == "P3Y" and one["steps"][1]["period"] == "P2Y"
    assert en.status_code == 200 and "Extended" in en.text and "Replaced" in en.text and "Duration" in en.text
    assert f'href="/treaty/{new["id"]}"' in en.text  # the replaced step links the new agreement's page
    # the label of the duration line itself (the quoted source says "قابلة للتجديد" too); the period in words, not ISO
    assert "تمديد" in ar.text and '<span class="renewable">قابلة للتجديد</span>' in ar.text
    assert 'title="P2Y">عامين</span>' in ar.text and "P2Y</" not in ar.text and "for P2Y" not in en.text
    assert "Replaces" in page_new.text and f'href="/treaty/{old["id"]}"' in page_new.text
