"""Issue 15, events27: the parties of the forms that tell shots fired, an abduction or a suicide bomber going off.

events25's forms (:mod:`marsad.nlp.events.forms`) code an ASSAULT on the form's verb whatever the detector scores,
but the event went out with empty parties although the sentence names them: whom the shots were fired at (after
على), the named force or group that fired or abducted (after the verb or before it), and the named force a suicide
bomber blew himself up among (بين/وسط).  And shooting oneself or killing oneself is no assault: nobody else is
attacked, so neither the form nor another word of the sentence codes one.

Reading rule (eval/judgements/README.md, "Events read by hand"): generic attackers ("مسلحون", "مجهولون",
"انتحاري") may stay empty; a named force or its members must not be left out.  All sentences are written for these
tests."""

from __future__ import annotations

import pytest

from marsad.nlp.events.coder import CoderOptions
from marsad.nlp.events.detect import Detector, TypeModel
from marsad.nlp.events.forms import armed_attack, self_killing
from marsad.nlp.events.train_detector import norms_of
from test_events_coder import coded, make_doc, party_name

# a detector that never finds an assault on its own: what is coded comes from the forms alone
_NEVER = CoderOptions(detector=Detector({"ASSAULT": TypeModel("ASSAULT", -9.0, {}, 0.99)}), shown_filter=False)
# a detector that finds an assault in any sentence with a word of the type: the coder must still code none where
# the only one shot or killed is the shooter himself
_ALWAYS = CoderOptions(detector=Detector({"ASSAULT": TypeModel("ASSAULT", 9.0, {}, 0.01)}), shown_filter=False)


def _assaults(text: str, mentions: list[tuple], options: CoderOptions = _NEVER) -> list[tuple[str, str, str]]:
    return [(d["trigger_text"], party_name(d["actor"]), party_name(d["recipient"]))
            for d in coded(make_doc(text, mentions), "ASSAULT", options)]


# -- whom the shots were fired at ---------------------------------------------------------------------------------------

def test_the_force_fired_at_after_ala_is_the_recipient() -> None:
    found = _assaults("وأطلق مسلحون مجهولون النار على الشرطة العراقية عند حاجز شرق الموصل.",
                      [("الشرطة العراقية", "ORG", "Iraqi Police"), ("الموصل", "LOC", "Mosul")])
    assert found == [("وأطلق", "", "Iraqi Police")]


def test_the_force_of_the_officer_fired_at_is_the_recipient() -> None:
    found = _assaults("أطلق قناص النار على ضابط في الجيش العراقي قرب مدخل الرمادي.",
                      [("الجيش العراقي", "ORG", "Iraqi Army"), ("الرمادي", "LOC", "Ramadi")])
    assert found == [("أطلق", "", "Iraqi Army")]


def test_the_force_whose_headquarters_were_fired_at_is_the_recipient() -> None:
    found = _assaults("وفتح مسلحون النار على مقر قيادة الجيش الليبي في بنغازي فجر اليوم.",
                      [("الجيش الليبي", "ORG", "Libyan Army"), ("بنغازي", "LOC", "Benghazi")])
    assert found == [("وفتح", "", "Libyan Army")]


def test_a_town_the_shots_were_fired_in_is_not_the_recipient() -> None:
    found = _assaults("وفتح مسلحون النار على حافلة صغيرة في بنغازي.", [("بنغازي", "LOC", "Benghazi")])
    assert [(t, a) for t, a, r in found if r == "Benghazi"] == []


# -- the named force that fires or abducts ------------------------------------------------------------------------------

def test_the_named_force_after_the_firing_verb_is_the_actor() -> None:
    found = _assaults("وفتحت قوات الاحتلال النار على مجموعة من الشبان قرب بلدة بيت أمر.",
                      [("قوات الاحتلال", "ORG", "Israeli forces"), ("بيت أمر", "LOC", "Beit Ummar")])
    assert [(t, a) for t, a, _r in found] == [("وفتحت", "Israeli forces")]


def test_the_named_group_after_the_abduction_verb_is_the_actor() -> None:
    found = _assaults("واختطفت جماعة أنصار الدين ثلاثة مهندسين أجانب في الصحراء الشهر الماضي.",
                      [("أنصار الدين", "ORG", "Ansar Dine")])
    assert [(t, a) for t, a, _r in found] == [("واختطفت", "Ansar Dine")]


def test_the_members_of_a_named_group_before_the_abduction_verb_are_the_actor() -> None:
    found = _assaults("وذكر مصدر أمني أن عناصر من حركة الشباب خطفوا خمسة صيادين قرب الساحل.",
                      [("حركة الشباب", "ORG", "Al-Shabaab")])
    assert [(t, a) for t, a, _r in found] == [("خطفوا", "Al-Shabaab")]


def test_the_members_of_a_named_group_after_the_firing_verb_are_the_actor() -> None:
    found = _assaults("وأطلق عناصر من حزب الله النار على دورية لقوات اليونيفيل جنوب النهر.",
                      [("حزب الله", "ORG", "Hezbollah"), ("اليونيفيل", "ORG", "UNIFIL")])
    assert found == [("وأطلق", "Hezbollah", "UNIFIL")]


def test_generic_gunmen_stay_out_and_the_abducted_named_man_is_no_actor() -> None:
    found = _assaults("واختطف مسلحون مجهولون رجل الأعمال كريم العمري من سيارته.",
                      [("كريم العمري", "PER", "Karim Omari")])
    assert found == [("واختطف", "", "Karim Omari")]


# -- whom a suicide bomber went off among -------------------------------------------------------------------------------

@pytest.mark.parametrize("prep", ["بين", "وسط"])
def test_the_named_force_a_bomber_went_off_among_is_the_recipient(prep: str) -> None:
    found = _assaults(f"وفجر انتحاري نفسه {prep} عناصر قوات الطوارئ في معسكر تدريبهم.",
                      [("قوات الطوارئ", "ORG", "Emergency Forces")])
    assert found == [("وفجر", "", "Emergency Forces")]


# -- shooting or killing oneself -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأطلق حارس السجن النار على نفسه داخل غرفته بعد خلاف مع زملائه.",
    "وذكرت الشرطة أن رجلا أطلق النار على نفسه فقتل في الحال.",
])
def test_shots_at_oneself_are_no_armed_attack_form(text: str) -> None:
    assert armed_attack(norms_of(text)) is None


@pytest.mark.parametrize("text", [
    "وأطلق حارس السجن النار على نفسه داخل غرفته بعد خلاف مع زملائه.",
    "وذكرت الشرطة أن رجلا أطلق النار على نفسه فقتل في الحال.",
    "وانتحر جندي بإطلاق النار من سلاحه داخل الثكنة.",
    "وقتل فتى نفسه بقنبلة يدوية عثر عليها قرب منزله.",
])
def test_killing_oneself_is_coded_as_no_assault_even_when_the_detector_says_so(text: str) -> None:
    assert _assaults(text, [], _NEVER) == []
    assert _assaults(text, [], _ALWAYS) == []


def test_a_gunman_who_fired_at_others_then_at_himself_still_attacked_them() -> None:
    found = _assaults("وفتح مسلح النار على عناصر الشرطة المحلية في السوق ثم أطلق النار على نفسه.",
                      [("الشرطة المحلية", "ORG", "Local Police")])
    assert found and found[0][2] == "Local Police"


# -- forces named by a phrase the mention layer leaves out (the coder's force readers) ----------------------------------

def test_a_force_phrase_before_the_firing_verb_is_the_actor_coded_as_its_country() -> None:
    found = _assaults("وذكرت مصادر حدودية أن قوات الأمن الهندية فتحت النار على قرية نائية ليلا.", [])
    assert [(t, a) for t, a, _r in found] == [("فتحت", "India")]


def test_the_police_fired_at_are_the_recipient_without_a_mention() -> None:
    found = _assaults("وأطلق ملثمون النار على عناصر الشرطة أمام مبنى المحكمة.", [])
    assert [(t, r) for t, _a, r in found] == [("وأطلق", "الشرطة")]


def test_the_cadets_a_bomber_went_off_among_belong_to_the_force_hit() -> None:
    found = _assaults("وفجر انتحاري نفسه في وسط مجموعة من طلاب أكاديمية الشرطة عند البوابة.", [])
    assert [(t, r) for t, _a, r in found] == [("وفجر", "الشرطة")]


def test_the_group_gunmen_belong_to_is_the_abductor() -> None:
    found = _assaults("واختطف مسلحون تابعون لجماعة أبو سياف أربعة سياح في الجزيرة.",
                      [("جماعة أبو سياف", "ORG", "Abu Sayyaf")])
    assert [(t, a) for t, a, _r in found] == [("واختطف", "Abu Sayyaf")]


def test_the_town_past_a_vehicle_fired_at_is_not_the_recipient() -> None:
    found = _assaults("وفتح مسلحون من حزب العمال النار على مركبة عسكرية في بلدة جزرة مساء السبت.",
                      [("حزب العمال", "ORG", "PKK"), ("جزرة", "LOC", "Cizre")])
    assert found == [("وفتح", "PKK", "")]


def test_a_gunman_who_killed_a_counted_others_then_himself_still_attacked_them() -> None:
    # the suicide at the end does not undo the killings before it (no form tells this attack: the lexicon does)
    text = "وقتل المسلح خمسة أشخاص داخل المقهى ثم انتحر قبل وصول الشرطة."
    assert not self_killing(norms_of(text))
    assert _assaults(text, [], _ALWAYS)
