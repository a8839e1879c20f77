"""The review of treaties64 (rev-treaties64): a recalled step dated by another event of its sentence, a step to come
told as background, a signing a visit witnessed read as the means of its aim, an offset counted for the wrong step,
a past Hijri month, a same-day ceremony in the pluperfect, a subject title cut short.  Sentences written for these
tests."""

from __future__ import annotations

from conftest import processed_treaties


def _steps(found, kind: str) -> list:
    return [s for t in found for s in t.steps if s.kind == kind]


def _show(found) -> list:
    return [(t.name, [(s.kind, s.modality, s.date, s.date_source, len(s.sources)) for s in t.steps]) for t in found]


def _one(text: str, tmp_path, day: str = "2026-09-14") -> list:
    return processed_treaties(tmp_path, [("r1", day, "صحيفة", text)])


# -- 1. a recalled step takes only a date of its own clause ---------------------------------------------------------

def test_a_recalled_signing_does_not_take_the_day_a_relative_clause_gives_to_a_debate(tmp_path):
    found = _one("ويذكر أن الأردن والعراق وقعا اتفاقية لمد أنبوب النفط، وهي الاتفاقية التي ناقشها مجلس النواب "
                 "العراقي في 8 فبراير الماضي.", tmp_path)
    signed = _steps(found, "signed")
    # (told before the report, on no day the sentence gives: the report's day, marked "before")
    assert signed and all((s.date, s.date_source) == ("2026-09-14", "before") for s in signed), _show(found)


def test_a_recalled_signing_does_not_take_the_month_of_what_followed_it(tmp_path):
    found = _one("وكانت الحكومتان قد أبرمتا معاهدة للنقل النهري، ثم أنشأتا هيئة مشتركة بدأت عملها في مارس الماضي.",
                 tmp_path)
    steps = [s for t in found for s in t.steps if s.modality == "done"]
    assert steps and all((s.date, s.date_source) == ("2026-09-14", "before") for s in steps), _show(found)


def test_a_recalled_signing_does_not_take_its_ratification_month(tmp_path):
    found = _one("يشار إلى أن تونس والجزائر وقعتا اتفاقية للربط الكهربائي، وأن مجلس النواب التونسي صادق عليها في "
                 "مايو الماضي.", tmp_path)
    signed, ratified = _steps(found, "signed"), _steps(found, "ratified")
    assert signed and all((s.date, s.date_source) == ("2026-09-14", "before") for s in signed), _show(found)
    assert ratified and all(s.date == "2026-05" for s in ratified), _show(found)


def test_a_recalled_signing_keeps_the_month_of_its_own_clause(tmp_path):
    # near miss: the month is told in the signing's own clause, with an aside after it
    found = _one("يشار إلى أن تونس والجزائر وقعتا اتفاقية للربط الكهربائي في مايو الماضي، وذلك خلال اجتماع "
                 "اللجنة المشتركة في العاصمة الجزائرية.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.date == "2026-05" and s.date_source == "timex" for s in signed), _show(found)


# -- 2. a step to come is no background ------------------------------------------------------------------------------

def test_a_planned_signing_reported_in_a_pluperfect_saying_is_not_marked_before(tmp_path):
    found = _one("وكان رئيس الوزراء قد صرح، في لقاء مع الصحفيين في عمان، بأن البلدين سيوقعان اتفاقية للتعاون "
                 "الزراعي.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.modality == "expected" and s.date_source != "before" for s in signed), _show(found)


def test_a_planned_signing_after_a_recall_opening_is_not_marked_before(tmp_path):
    found = _one("يشار إلى أن الحكومتين ستوقعان اتفاقية للربط الكهربائي خلال القمة المقبلة.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.modality == "expected" and s.date_source != "before" for s in signed), _show(found)


# -- 3. a signing a visit witnessed is no means of the visit's aim ---------------------------------------------------

def test_a_signing_the_visit_witnessed_after_its_aim_is_kept(tmp_path):
    found = _one("وتسعى زيارة الوفد الياباني إلى توسيع الشراكة التجارية وقد شهدت أمس توقيع اتفاقية للتعاون الصناعي "
                 "بين البلدين.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.modality == "done" and s.date == "2026-09-13" for s in signed), _show(found)


def test_a_signing_held_after_an_aim_with_a_joined_verb_is_kept(tmp_path):
    found = _one("وتهدف جولة الوزير إلى فتح أسواق جديدة للصادرات الوطنية وشهدت توقيع اتفاقية للتعاون الجمركي.",
                 tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.modality == "done" for s in signed), _show(found)


# -- 4. an offset counts to the other step ---------------------------------------------------------------------------

def test_an_offset_after_a_dated_signing_dates_the_step_that_follows_it(tmp_path):
    found = _one("ووقعت الدولتان المعاهدة في 4 يونيو، وبعد خمسة أيام من توقيعها دخلت حيز النفاذ.", tmp_path)
    signed, in_force = _steps(found, "signed"), _steps(found, "in_force")
    assert signed and all(s.date == "2026-06-04" for s in signed), _show(found)
    assert in_force and all(s.date == "2026-06-09" for s in in_force), _show(found)


def test_an_offset_of_a_month_dates_the_signing_by_its_month(tmp_path):
    found = _one("ودخلت المعاهدة حيز التنفيذ في 15 أغسطس، بعد شهرين من توقيعها في جنيف.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.date == "2026-06" for s in signed), _show(found)


# -- 5. a past Hijri month alone dates a recalled step ---------------------------------------------------------------

def test_a_recalled_signing_in_a_past_hijri_month_takes_the_gregorian_month_of_its_middle(tmp_path):
    # the 15th of Rajab 1447 is 2026-01-04 (tabular calendar); the report is of 2026-09-14
    found = _one("وكانت سلطنة عمان والبحرين قد أبرمتا اتفاقية لحماية البيئة البحرية في شهر رجب المنصرم.", tmp_path)
    steps = [s for t in found for s in t.steps if s.modality == "done"]
    assert steps and all(s.date == "2026-01" and s.date_source == "timex" for s in steps), _show(found)


def test_a_hijri_month_still_to_come_this_year_counts_back_a_year(tmp_path):
    # the report falls in 1448, whose Dhu al-Hijjah is still to come: the one of 1447 (middle 2026-06-01)
    found = _one("ويذكر أن الجانبين وقعا مذكرة تفاهم واتفاقية للنقل الجوي في ذي الحجة الماضي.", tmp_path)
    signed = _steps(found, "signed")
    assert signed and all(s.date == "2026-06" for s in signed), _show(found)


# -- 10. the pluperfect of style for the report's own ceremony -------------------------------------------------------

_CEREMONY = "جدة - وقع وزير الخارجية ونظيره الإسباني اليوم في جدة اتفاقية للتعاون السياحي بين المملكة وإسبانيا. "


def test_a_second_signing_of_the_same_ceremony_told_in_the_pluperfect_keeps_its_day(tmp_path):
    found = _one(_CEREMONY + "وكان الوزيران قد وقعا كذلك اتفاقية النقل الجوي بين البلدين.", tmp_path)
    air = [s for t in found if "الجوي" in t.name for s in t.steps if s.kind == "signed"]
    assert air and all(s.date == "2026-09-14" and s.date_source != "before" for s in air), _show(found)


def test_a_pluperfect_signing_of_other_parties_is_still_before(tmp_path):
    # near miss: the report's ceremony is Saudi-Spanish; the pluperfect tells Spain's signing with Morocco
    found = _one(_CEREMONY + "وكانت إسبانيا والمغرب قد وقعتا اتفاقية النقل الجوي بين البلدين.", tmp_path)
    air = [s for t in found if "الجوي" in t.name for s in t.steps if s.kind == "signed"]
    assert air and all(s.date_source == "before" for s in air), _show(found)


# -- 8. a subject title keeps the complement of its last adjective ---------------------------------------------------

def test_a_subject_title_keeps_the_complement_of_its_last_adjective(tmp_path):
    # (the UNESCO convention's title is a fact; the sentence around it is ours)
    found = _one("وبعد نقاش قصير، أقر مجلس الشورى العماني أمس اتفاقية بشأن حماية التراث الثقافي المغمور بالمياه.",
                 tmp_path)
    assert "اتفاقية بشأن حماية التراث الثقافي المغمور بالمياه" in {t.name for t in found}, _show(found)


def test_shares_parties_tells_whether_a_step_names_a_party_of_the_named_agreement():
    from marsad.nlp.events.treaty_steps import _shares_parties

    jordan, egypt, iraq = ({"name": n, "name_en": e} for n, e in (("الأردن", "Jordan"), ("مصر", "Egypt"),
                                                                  ("العراق", "Iraq")))
    raw = [{"data": {"said": "اتفاقية النقل البري", "generic": False, "parties": [jordan, egypt]}}]
    assert _shares_parties(raw, "اتفاقية النقل البري", {"parties": [egypt, iraq]})
    assert not _shares_parties(raw, "اتفاقية النقل البري", {"parties": [iraq]})
    assert not _shares_parties(raw, "اتفاقية أخرى", {"parties": [egypt]})


# -- 7. the label of a day two reports give is the same in every run ------------------------------------------------

def test_a_day_read_by_one_report_and_inferred_by_another_is_labelled_the_same_in_every_run():
    import os
    import subprocess
    import sys

    code = ("from marsad.nlp.events.treaty_life import _pick_date; print(_pick_date([{'data': {'date': '2026-05-12', "
            "'date_source': s}} for s in ('session', 'timex')]))")
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout.strip())
    assert seen == {"('2026-05-12', 'timex')"}, seen
