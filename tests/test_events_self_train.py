"""Self-training of the detector on SaudiNewsNet sentences (off by default; gsr6, issue 15)."""

from __future__ import annotations

from marsad.nlp.events import train_detector as T
from marsad.nlp.events.detect import TypeModel
from marsad.nlp.events.train_detector import TrainOptions, norms_of, self_training_set

# own sentences: three with a protest word (scored high, middling, low), one with none
STRONG = "تظاهر آلاف العمال أمام مقر الحكومة مطالبين برفع الأجور."
MIDDLE = "وتحدث الوزير عن مظاهرة قديمة في كتاب صدر حديثا عن المدينة."
WEAK = "وصف الناقد الفيلم بأنه احتجاج صامت على رتابة الحياة اليومية."
NONE = "افتتح المحافظ معرضا للرسم بقاعة الفنون صباح أمس."


def _model() -> TypeModel:
    weights = {"w:" + norms_of(STRONG)[0]: 3.0, "w:" + norms_of(WEAK)[4]: -3.0}  # "تظاهر" for, "احتجاج" (film) against
    for w in norms_of(NONE):  # the sentence without a protest word would score highest of all
        weights["w:" + w] = 9.0
    return TypeModel("PROTEST", 0.0, weights, 0.9)


def test_self_training_takes_confident_positives_and_negatives_among_sentences_the_detector_is_asked_about(
        monkeypatch):
    opt = TrainOptions(self_train=1, write=False, self_train_days=("test",))
    monkeypatch.setitem(T._POOL, ("test",), [NONE, WEAK, MIDDLE, STRONG])
    got = self_training_set(_model(), opt)
    assert got == [(STRONG, 1.0), (WEAK, 0.0)]  # the sentence with no protest word is never taken

    opt.self_train = 5  # more asked for than there are: positives only at or above the threshold
    got = dict(self_training_set(_model(), opt))
    assert got[STRONG] == 1.0 and got[MIDDLE] == 0.0 and got[WEAK] == 0.0 and NONE not in got


def test_self_training_is_off_unless_asked(monkeypatch):
    monkeypatch.delenv("MARSAD_DETECTOR_SELF_TRAIN", raising=False)
    assert TrainOptions().self_train == 0
    monkeypatch.setenv("MARSAD_DETECTOR_SELF_TRAIN", "40")
    assert TrainOptions().self_train == 40
