"""Issue 15, events44: acts the text tells as planned, expected, possible, wished, required, conditional or foiled
are not coded as done.

* the words before أن that open an act not told as done are learned from raw text
  (``eval/modality_governors.py``: أنْ takes a verb in the imperfect, أنّ a noun) — "يريد الرئيس أن يزور",
  "لم يستبعد الوزير أن يبحث", "من المنتظر أن يلتقي"; an event noun right after one ("إمكانية انسحاب") too;
  a word that tells what was managed or what came before ("استطاعت أن", "قبل أن") is no such governor;
* a cue keeps its meaning with و/ف: "وسوف ننشر", "وقد يزور", "فإذا هددت";
* an act held by a plan or a proposal ("خطة تتضمن انسحاب", "خطط لإرسال"), foiled ("أفشلت ... هجوما") or called
  possible by its own phrase ("هجمات محتملة") was not done — a plain act stays asserted.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from marsad.nlp.events.modality import irrealis_governors
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)


def _modalities(text: str, mentions: list[tuple], typ: str) -> list[str]:
    return [e["modality"] for e in coded(make_doc(text, mentions), typ, _ALL)]


def test_the_learned_governors_hold_wish_need_and_expectation_not_what_was_managed() -> None:
    g = irrealis_governors()
    assert g["يريد"] == "hypothetical" and g["يجب"] == "hypothetical" and g["المتوقع"] == "future"
    assert "استطاعت" not in g and "قبل" not in g


_TWO = [("كمال الدين", "PER", "Kamal Eddin"), ("سامي فؤاد", "PER", "Sami Fouad")]


def test_a_meeting_that_must_take_place_is_hypothetical() -> None:
    assert _modalities("ومن الضروري أن يلتقي كمال الدين نظيره سامي فؤاد.", _TWO, "CONSULT") == ["hypothetical"]


def test_a_meeting_awaited_is_future() -> None:
    assert _modalities("ومن المنتظر أن يلتقي كمال الدين نظيره سامي فؤاد.", _TWO, "CONSULT") == ["future"]


def test_a_meeting_told_in_the_imperfect_with_no_cue_stays_asserted() -> None:
    assert _modalities("ويلتقي كمال الدين نظيره سامي فؤاد في القاهرة.", _TWO, "CONSULT") == ["asserted"]


def test_talks_a_diplomat_did_not_rule_out_are_hypothetical() -> None:
    found = _modalities("ولم يستبعد الدبلوماسي أن يبحث الرئيس كمال الدين مع نظيره سامي فؤاد ملف الحدود.",
                        [("كمال الدين", "PER", "Kamal Eddin"), ("سامي فؤاد", "PER", "Sami Fouad")], "CONSULT")
    assert found == ["hypothetical"]


def test_a_visit_after_a_fact_clause_stays_asserted() -> None:
    found = _modalities("وأكد المتحدث أن الرئيس كمال الدين زار القاهرة أمس.",
                        [("كمال الدين", "PER", "Kamal Eddin"), ("القاهرة", "LOC", "Cairo")], "CONSULT")
    assert found and "hypothetical" not in found and "future" not in found


def test_deployment_after_wa_sawfa_is_future() -> None:
    found = _modalities("وقال الوزير: وسوف ننشر القوات في المنطقة الحدودية.",
                        [], "MOBILIZE")
    assert found in ([], ["future"])  # (coded or not, never as done)


def test_a_meeting_after_wa_qad_in_the_imperfect_is_hypothetical() -> None:
    assert _modalities("وقد يلتقي كمال الدين نظيره سامي فؤاد.", _TWO, "CONSULT") == ["hypothetical"]


def test_a_threat_after_fa_idha_is_hypothetical() -> None:
    found = _modalities("فإذا هددت إيران مصالح الولايات المتحدة فسيكون الرد قاسيا.",
                        [("إيران", "LOC", "Iran"), ("الولايات المتحدة", "LOC", "United States")], "THREATEN")
    assert found == ["hypothetical"]


def test_a_withdrawal_held_by_a_plan_is_hypothetical() -> None:
    found = _modalities("وأعلن المبعوث خطة تتضمن انسحاب الحوثيين من المدن.", [("الحوثيين", "ORG", "Houthis")], "RETREAT")
    assert found == ["hypothetical"]


def test_troops_no_plan_sends_are_not_sent() -> None:
    found = _modalities("ولا توجد خطط لإرسال الولايات المتحدة قوات إلى الرمادي.",
                        [("الولايات المتحدة", "LOC", "United States"), ("الرمادي", "LOC", "Ramadi")], "AID")
    assert found == ["hypothetical"]


_ISIS = [("داعش", "ORG", "ISIS"), ("الرمادي", "LOC", "Ramadi")]


def test_a_foiled_attack_is_not_coded_as_done() -> None:
    found = _modalities("وأفشلت طائرات التحالف هجوما كان تنظيم داعش يحضر له لاقتحام مدينة الرمادي.", _ISIS, "ASSAULT")
    assert "asserted" not in found and "reported" not in found


def test_a_repelled_attack_was_made() -> None:
    assert _modalities("وصد الجيش هجوما لتنظيم داعش على مدينة الرمادي.", _ISIS, "ASSAULT") == ["asserted"]


def test_possible_attacks_are_not_coded_as_done() -> None:
    found = _modalities("وحذر الجيش من هجمات محتملة لتنظيم داعش على مدينة الرمادي.", _ISIS, "ASSAULT")
    assert "asserted" not in found and "reported" not in found


def test_an_attack_told_plainly_stays_asserted() -> None:
    assert _modalities("وشن تنظيم داعش هجوما على مدينة الرمادي أمس.", _ISIS, "ASSAULT") == ["asserted"]


def test_sanctions_whose_importance_is_stressed_are_not_imposed() -> None:
    # "أهمية" is a learned governor; the light verb's noun فرض stands between it and the act
    found = _modalities("وأكدت مصر أهمية فرض عقوبات على قطر.",
                        [("مصر", "LOC", "Egypt"), ("قطر", "LOC", "Qatar")], "SANCTION")
    assert found == ["hypothetical"]


def test_sanctions_imposed_stay_asserted() -> None:
    found = _modalities("وفرضت واشنطن عقوبات على روسيا.",
                        [("واشنطن", "LOC", "Washington"), ("روسيا", "LOC", "Russia")], "SANCTION")
    assert found == ["asserted"]


_RQ = [("روسيا", "LOC", "Russia"), ("قطر", "LOC", "Qatar")]


def test_a_pledge_made_in_the_perfect_of_a_verb_in_ta_is_asserted() -> None:
    # "تعهدت" is a perfect (its ي-form "يعهدت" is no form of the pledge): a time to come later in the sentence is the
    # aid's, not the pledge's
    text = "وقد تعهدت روسيا بتقديم المساعدات إلى قطر خلال الأسبوع المقبل."
    assert _modalities(text, _RQ, "AGREE") == ["asserted"]
    assert _modalities(text, _RQ, "AID") == ["future"]


def test_a_visit_in_the_imperfect_of_ta_after_qad_is_hypothetical_and_in_the_perfect_asserted() -> None:
    assert _modalities("وقد تزور روسيا قطر.", _RQ, "CONSULT") == ["hypothetical"]
    assert _modalities("وقد زارت روسيا قطر.", _RQ, "CONSULT") == ["asserted"]
    assert _modalities("وتزور روسيا قطر الأسبوع المقبل.", _RQ, "CONSULT") == ["future"]


def test_idhan_with_its_tanween_is_so_not_if() -> None:
    wr = [("واشنطن", "LOC", "Washington"), ("روسيا", "LOC", "Russia")]
    assert _modalities("إذاً فرضت واشنطن عقوبات على روسيا.", wr, "SANCTION") == ["asserted"]
    assert _modalities("إذا فرضت واشنطن عقوبات على روسيا فسترد موسكو.", wr, "SANCTION") == ["hypothetical"]
