"""The words of office changes (issue 19): the change words and the kind of change each names, and the title,
stop and frame words between which ``office_people`` reads the person and ``office_posts`` the office."""

from __future__ import annotations

from functools import lru_cache

from marsad.nlp.gazetteer import Tok, readings
from marsad.nlp.translit import norm

__all__ = ["ACC_TITLES", "ACTING", "CHANGES", "FRAME_WORDS", "IN", "ORDERS", "POST_NOUNS", "PRESIDENCY", "START",
           "STOP", "TITLE_HEADS", "TRIGGERS", "WHO", "WIN", "trigger", "variants"]

# Change words (normalised, clitics stripped by ``readings``) → the kind of change.  Nouns govern the person
# that follows ("تعيين فلان"); the "+ه" forms point back to a subject named earlier ("تعيينه").
_WORDS = {
    "elected": "انتخب انتخاب انتخابه انتخابها ينتخب انتخبت",
    "sworn_in": "تنصيب تنصيبه نصب",
    "appointed": "عين تعيين تعيينه تعيينها عينت",
    "named": "سمي تسميه تسميته كلف تكليف تكليفه",
    "resigned": "استقال استقاله استقالته استقالتها يستقيل استقالت",
    "dismissed": "اقال اقاله اقالته اعفي اعفاء اعفائه اعفاؤه عزل",
    "died": "توفي وفاه",
    "succeeded": "يخلف",
}
TRIGGERS = {norm(w): kind for kind, words in _WORDS.items() for w in words.split()}
IN = frozenset(norm(w) for w in "في لدى".split())
WIN = frozenset(norm(w) for w in "فاز فوز يفوز".split())
_OATH = frozenset(norm(w) for w in "اليمين يمين".split())
_OATH_VERBS = frozenset(norm(w) for w in "ادى يؤدي اداء تادية ادت تؤدي".split())
ACTING = frozenset(norm(w) for w in "بالوكالة بالانابة بالإنابة مؤقتا مؤقتاً".split())
START = frozenset({"elected", "sworn_in", "appointed", "named", "acting", "succeeded"})
CHANGES = ("elected", "sworn_in", "appointed", "named", "acting", "resigned", "dismissed", "died", "succeeded")
# Accusative titles that name the post someone is made ("عُيّن وزيراً للصحة") → their nominative.
ACC_TITLES = {norm(k): v for k, v in {
    "رئيسا": "رئيس", "رئيساً": "رئيس", "وزيرا": "وزير", "وزيراً": "وزير",
    "محافظا": "محافظ", "محافظاً": "محافظ", "سفيرا": "سفير", "سفيراً": "سفير", "اميرا": "أمير", "أميراً": "أمير",
    "نائبا": "نائب", "نائباً": "نائب", "امينا": "أمين", "أميناً": "أمين", "مديرا": "مدير", "مديراً": "مدير",
    "قائدا": "قائد", "قائداً": "قائد", "مستشارا": "مستشار", "مستشاراً": "مستشار", "ملكا": "ملك",
    "ملكاً": "ملك", "وليا": "ولي", "ولياً": "ولي", "مفتيا": "مفتي", "مفتياً": "مفتي", "قاضيا": "قاضي",
    "مشرفا": "مشرف", "مشرفاً": "مشرف", "مدربا": "مدرب", "مدرباً": "مدرب", "عميدا": "عميد", "عميداً": "عميد",
    "ممثلا": "ممثل", "ممثلاً": "ممثل", "مبعوثا": "مبعوث", "مبعوثاً": "مبعوث", "متحدثا": "متحدث",
    "متحدثاً": "متحدث", "ناطقا": "ناطق", "ناطقاً": "ناطق",
}.items()}
# Words that head a title ("منصب مدير التحرير"): after "منصب" another word is not the post's name.
TITLE_HEADS = frozenset(norm(w) for w in """رئيس وزير محافظ سفير امير أمير نائب امين أمين مدير قائد مستشار ملك ولي
    مفتي قاضي مشرف مدرب عميد وكيل مساعد عضو رئيسه رئيسة مديره مديرة امينه أمينة متحدث ناطق""".split())
# The nouns of a post: "منصب رئيس الوزراء", "لرئاسة الجمهورية", "رئاسة بلدية صفاقس".
POST_NOUNS = frozenset(norm(w) for w in "منصب منصبه منصبها".split())
PRESIDENCY = frozenset(norm(w) for w in "رئاسة رئاسه".split())
STOP = frozenset(norm(w) for w in """في من على عن الى إلى بعد قبل خلفا خلفاً الذي التي حيث كما وذلك بينما أن ان
    إن منذ حتى لمدة خلال اثر إثر عقب بدلا بدلاً أول اول""".split())
# Words that stand between a change word and the name it governs without being part of the name: honorifics
# without the article, and days ("تعيين د. فلان", "انتخب أمس فلان").
FRAME_WORDS = frozenset(norm(w) for w in """د دكتور فضيله فضيلة معالي سمو سماحه سماحة صاحب سعاده سعادة دوله دولة
    امس أمس اليوم مؤخرا مؤخراً رسميا رسمياً مجددا مجدداً مساء صباح ليل""".split())
WHO = frozenset(norm(w) for w in "الذي التي والذي والتي".split())  # a relative clause about the person
ORDERS = frozenset(norm(w) for w in "امر أمر أمرا أمراً الامر الأمر اوامر أوامر الاوامر الأوامر مرسوم مرسوما "
                   "مرسوماً المرسوم مراسيم".split())


def variants(tok: Tok) -> list[str]:
    """The readings of a token with its clitics taken off ("وبتعيين" → "تعيين", …)."""
    return [v for v, _k, _a in readings(tok.norm)]


@lru_cache(maxsize=200_000)
def _may_trigger(norm: str) -> bool:
    """Whether a reading of the token is a change word, a win or an oath (``trigger`` asks of every token
    of an article, and most are none of these: one cached look-up answers)."""
    return any(v in WIN or v in _OATH or v in TRIGGERS for v, _k, _a in readings(norm))


def trigger(toks: list[Tok], k: int) -> str | None:
    """The kind of change token ``k`` names ("elected", "resigned", …), or None."""
    if not _may_trigger(toks[k].norm):
        return None
    if any(v in WIN for v in variants(toks[k])):
        # "فاز برئاسة": only with the post won (a match, a prize or an election against someone is no office)
        nxt = variants(toks[k + 1]) if k + 1 < len(toks) else []
        return "elected" if any(v in PRESIDENCY or v in POST_NOUNS for v in nxt) else None
    for v in variants(toks[k]):
        if v in _OATH and k > 0 and any(w in _OATH_VERBS for w in variants(toks[k - 1])):
            return "sworn_in"
        kind = TRIGGERS.get(v)
        if kind:
            return kind
    return None
