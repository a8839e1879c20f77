"""fixes45: a story's summary sentence cites the articles that say much the same thing — and tell it the same way:
a report of a signing to come («من المقرر أن يوقع», «سيوقع») is no source of the signing done («وقّع»), nor the
other way round; reports that tell it alike still cite each other.  Sentences written for these tests."""

from __future__ import annotations

from marsad.stories.compare import align, story_sentences
from marsad.stories.digest import extractive_summary
from marsad.stories.features import stem_counts, tfidf
from test_stories_timeline import _doc

_DONE = "وقع وزيرا الري في البلدين صباح اليوم في العاصمة اتفاقية لتقاسم مياه النهر الشمالي مدتها عشر سنوات."
_DONE_TOO = "ووقّع وزيرا الري في البلدين اليوم في العاصمة اتفاقية تقاسم مياه النهر الشمالي لعشر سنوات."
_TO_COME = "ومن المقرر أن يوقع وزيرا الري في البلدين صباح اليوم في العاصمة اتفاقية لتقاسم مياه النهر الشمالي مدتها " \
           "عشر سنوات."


def _summary(texts: list[str]) -> list[dict]:
    docs = [_doc(f"w{k}", t, "2026-05-04T0%d:00:00" % (k + 1), []) for k, t in enumerate(texts)]
    sents = story_sentences(docs)
    centroid = tfidf(stem_counts(" ".join(d.article.text for d in docs)))
    return extractive_summary(sents, align(sents, 0.2), centroid)


def test_a_signing_done_does_not_cite_the_report_of_a_signing_to_come() -> None:
    summary = _summary([_DONE, _TO_COME, _DONE_TOO])
    done = [item for item in summary if item["article_id"] in ("w0", "w2")]
    assert done and all("w1" not in item["cites"] for item in done)
    assert any("w0" in item["cites"] and "w2" in item["cites"] for item in done)  # told alike: cited together
    to_come = [item for item in summary if item["article_id"] == "w1"]
    assert all(item["cites"] == ["w1"] for item in to_come)


def test_a_signing_to_come_and_done_are_told_otherwise_a_will_and_a_schedule_alike() -> None:
    from marsad.stories.digest import told_otherwise

    assert told_otherwise(_DONE, _TO_COME) and told_otherwise("وسيوقع الطرفان الاتفاقية غدا.", _DONE_TOO)
    assert not told_otherwise(_TO_COME, "وسيوقع وزيرا الري اتفاقية تقاسم المياه.")
    assert not told_otherwise(_DONE, _DONE_TOO)
    assert not told_otherwise("لم يوقع الوزيران الاتفاقية بعد.", "ومن المقرر أن يوقع الوزيران الاتفاقية.")


def test_a_signing_told_by_its_verbal_noun_is_the_signing_its_verb_tells() -> None:
    # (lastread43) «سيتم توقيع» and «وقّع» tell one act, the one to come and the other done: the lexicon's key of the
    # verbal noun, not the noun as written, is compared with the verb's
    from marsad.stories.digest import told_otherwise

    assert told_otherwise("وسيتم توقيع اتفاقية تقاسم المياه غدا.", _DONE_TOO)
    assert told_otherwise("تم توقيع اتفاقية تقاسم المياه أمس.", "وسيوقع الطرفان الاتفاقية غدا.")
    assert not told_otherwise("تم توقيع اتفاقية تقاسم المياه أمس.", _DONE_TOO)
    assert told_otherwise("سيتم البدء في تنفيذ المشروع.", "تم البدء في تنفيذ المشروع.")  # (a noun the lexicon lacks)


def test_and_then_done_is_done_and_and_not_is_not() -> None:
    # (lastread43) «وتم توقيع» tells the signing done as «تم توقيع» does, a three-letter word behind و; «وما وقع» none
    from marsad.stories.digest import told_acts, told_otherwise

    assert told_otherwise("وتم توقيع اتفاقية تقاسم المياه أمس.", "وسيوقع الطرفان الاتفاقية غدا.")
    assert "sign" not in told_acts("وما وقع الطرفان الاتفاقية حتى الآن.")[1]


def test_a_preposition_after_tamma_is_no_act() -> None:
    # «تم خلال …» and «سيتم خلال …» tell two acts, neither of them «خلال»: no clash between them
    from marsad.stories.digest import told_otherwise

    assert not told_otherwise("وتم خلال اللقاء بحث التعاون في مجال المياه.", "وسيتم خلال الزيارة افتتاح السد الجديد.")
