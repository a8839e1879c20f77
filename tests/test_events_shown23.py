"""Issue 15, events23: what the shown filter reads beside the parties' grammar — the word right before a party (a
place after في or a compass word, a positions noun), modality cues before the trigger ("إذا", "يجب", "سوف"), a
question, the trigger's form and its word without clitics — and that the shipped model uses them the way the
readings taught it (a place after a compass word is less often the party). All on sentences written for these tests."""

from __future__ import annotations

from test_events_shown import _data_at

from marsad.nlp.events.shown import event_features, load_shown_filter


def _feats(text: str, trigger: str, actor: str | None, recipient: str | None, typ: str = "ASSAULT") -> list[str]:
    data = _data_at(text, trigger, actor, recipient)
    data["trigger_text"] = trigger
    return event_features(typ, data, text)


def test_a_place_after_a_compass_word_is_read_as_where_not_whom() -> None:
    where = _feats("قصفت طائرات التحالف مواقع المتمردين في شمال البلاد.", "قصفت", "طائرات التحالف", "البلاد")
    whom = _feats("قصفت طائرات التحالف مواقع المتمردين قرب الحدود.", "قصفت", "طائرات التحالف", "المتمردين")
    assert "recipient_prev=dir" in where and "recipient_prev=pos" in whom
    assert "actor_prev=other" in where  # the verb stands before the actor


def test_a_preposition_glued_to_the_party_is_read() -> None:
    feats = _feats("اقتحمت الشرطة لمسجد البلدة أمس.", "اقتحمت", "الشرطة", "لمسجد البلدة")
    assert "recipient_clitic" in feats and "actor_clitic" not in feats


def test_modality_cues_before_the_trigger_and_a_question_are_read() -> None:
    cond = _feats("وقال الوزير إنه إذا هاجمت الجماعة المدينة فسيرد الجيش.", "هاجمت", "الجماعة", "المدينة")
    owed = _feats("وقال الوزير إنه يجب أن يزور الوفد العاصمة.", "يزور", "الوفد", "العاصمة", "CONSULT")
    asked = _feats("هل هاجمت الجماعة المدينة؟", "هاجمت", "الجماعة", "المدينة")
    plain = _feats("هاجمت الجماعة المدينة أمس.", "هاجمت", "الجماعة", "المدينة")
    assert "cue_cond" in cond and "cue_oblig" in owed and "cue_question" in asked
    assert not {"cue_cond", "cue_oblig", "cue_future", "cue_question"} & set(plain)


def test_the_trigger_word_is_read_without_its_clitics() -> None:
    assert "trig=غارات" in _feats("ونفذت الطائرات الغارات على القرية.", "الغارات", "الطائرات", "القرية")
    assert "trig=قتل" in _feats("وقتل المسلحون حارسا في القرية.", "وقتل", "المسلحون", "حارسا")
    assert "trig_form=def" in _feats("ونفذت الطائرات الغارات على القرية.", "الغارات", "الطائرات", "القرية")
    assert "trig_form=impf" in _feats("يزور الوزير العاصمة غدا.", "يزور", "الوزير", "العاصمة", "CONSULT")


def test_the_shipped_filter_ranks_a_compass_place_below_a_positions_target() -> None:
    model = load_shown_filter()
    assert model is not None and model.weights.get("recipient_prev=dir", 0) < model.weights.get("recipient_prev=pos", 0)
    where = _data_at("قصفت طائرات التحالف مواقع المتمردين في شمال البلاد.", "قصفت", "طائرات التحالف", "البلاد")
    whom = _data_at("قصفت طائرات التحالف مواقع المتمردين في شمال البلاد.", "قصفت", "طائرات التحالف", "المتمردين")
    text = "قصفت طائرات التحالف مواقع المتمردين في شمال البلاد."
    assert model.score("ASSAULT", where, text) < model.score("ASSAULT", whom, text)
