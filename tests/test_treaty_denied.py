"""A step denied, called a rumour or said not to have happened is no step of an agreement (issue 15: the demo listed
a signing a spokesman denied as a signed agreement).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_events_coder import make_doc

from marsad.nlp.events.treaty_steps import find_steps
from marsad.nlp.linking import load_kb

KB = load_kb(None)
KENYA, ETHIOPIA, SUDAN, CHAD = (("كينيا", "LOC", "Kenya"), ("إثيوبيا", "LOC", "Ethiopia"), ("السودان", "LOC", "Sudan"),
                                ("تشاد", "LOC", "Chad"))


def _doc(text: str, mentions: list[tuple]):
    doc = make_doc(text, mentions)
    for m in doc.layers.get("mention", []):
        m.data["entity_id"] = "loc:" + m.data["name_en"].lower().replace(" ", "-")
    return doc


def _kinds(text: str, mentions: list[tuple]) -> list[str]:
    return [s.label for s in find_steps(_doc(text, [m for m in mentions if m[0] in text]), KB)]


@pytest.mark.parametrize("text", [
    # a denial of what sites or papers said
    "نفى الناطق باسم الحكومة الكينية عبد الله موسى ما نشرته صحف محلية عن توقيع اتفاق للطاقة مع إثيوبيا.",
    "ونفت وزارة الخارجية في بيان أمس توقيع معاهدة دفاعية مع إثيوبيا.",
    # ... of a step told in a clause of its own
    "ونفت الحكومة الكينية أن تكون قد انسحبت من اتفاقية المياه مع إثيوبيا.",
    # reports called rumours
    "وتحدثت شائعات على مواقع التواصل عن توقيع كينيا وإثيوبيا اتفاقا سريا للحدود.",
    "ووصف مسؤول كيني الأنباء عن توقيع اتفاق أمني مع إثيوبيا بأنها عارية عن الصحة.",
    # no agreement was signed
    "وانتهت الزيارة ولم يتم حتى الآن توقيع اتفاق التجارة بين كينيا وإثيوبيا.",
])
def test_a_denied_or_rumoured_step_is_no_step(text) -> None:
    assert _kinds(text, [KENYA, ETHIOPIA]) == []


@pytest.mark.parametrize("text, kind", [
    # a denial that is itself negated confirms
    ("ولم ينف المسؤول السوداني توقيع اتفاق للنقل مع تشاد أمس.", "signed"),
    # a statement after the denial stands
    ("ونفى الوزير السوداني وجود خلافات مع تشاد، مؤكدا أن البلدين وقعا أمس اتفاقا للنقل.", "signed"),
    # a denial of something else about an agreement signed before leaves the signing
    ("ونفت تشاد اتهامات بخرق الاتفاق الذي وقعته مع السودان العام الماضي.", "signed"),
    # reports, not called untrue, tell a step
    ("وذكرت تقارير أن السودان وتشاد وقعا أمس اتفاقا للنقل البري.", "signed"),
])
def test_a_step_confirmed_or_told_beside_a_denial_stays(text, kind) -> None:
    assert kind in _kinds(text, [SUDAN, CHAD])


def test_the_demo_lists_no_denied_signing(tmp_path) -> None:
    """The demo's spokesman denies that a deposit agreement was signed: no agreement of Jordan and Saudi Arabia."""
    import marsad
    from marsad.demo.run import run_demo

    db = tmp_path / "demo.db"
    run_demo(str(db))
    with marsad.open(str(db)) as m:
        found = m.treaties(include_all=True)
    pairs = [{p.get("name_en") for p in t.parties} for t in found]
    assert {"Jordan", "Saudi Arabia"} not in pairs
