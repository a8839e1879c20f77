"""The event lexicon: PLOVER types, CAMEO→PLOVER mapping, trigger patterns and their weights.

Two sources feed the coder:

* hand-written patterns (:data:`PATTERNS`) for the verbs and nouns Arabic news
  uses for political events — وقع اتفاقا، زار، التقى، تعهد بـ، اتهم، نفى، فرض
  عقوبات، هدد، ندد، دعا، زود بالأسلحة، أجرى مناورات، قصف ... — each with its
  PLOVER type, mode, and how its participants are found;
* the UniversalPETRARCH Arabic verb dictionary (MIT, Open Event Data
  Alliance), reduced by :func:`marsad.nlp.events.petrarch.build_petrarch_lexicon` to verb forms with a
  CAMEO code mapped to PLOVER via the 2021 CAMEO→PLOVER table and shipped as
  ``data/petrarch_verbs.json``.  It is a low-confidence fallback: the hand
  patterns win wherever both match.

All surface forms are in the matching form of :func:`fold` (the same folding as
:func:`marsad.arabic.normalize`, applied to one token).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import filterfalse
from operator import itemgetter
from typing import Callable, Iterable

from marsad.arabic.normalize import DELETED_CHARS, normalize, translate

# -- PLOVER ------------------------------------------------------------------

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
    "COERCE", "ASSAULT",
)

# Goldstein-like weight of each PLOVER type on a -10 (conflict) .. +10 (cooperation)
# scale.  The values follow the mean Goldstein (1992) score of the CAMEO roots each
# PLOVER type aggregates (e.g. CAMEO 04 consult ≈ +1..+4 → CONSULT +4; 18-20 assault
# ≈ -9..-10 → ASSAULT -10), rounded; INVESTIGATE/CRIME sit near neutral.
GOLDSTEIN: dict[str, float] = {
    "AGREE": 5.0,       # express intent to cooperate, pledges, signed agreements
    "CONSULT": 4.0,     # visits, meetings, talks, phone calls
    "SUPPORT": 3.5,     # praise, endorsement, recognition
    "CONCEDE": 4.5,     # verbal yielding
    "COOPERATE": 6.0,   # material cooperation (arms deals, joint programmes)
    "AID": 7.0,         # economic, military, humanitarian aid
    "RETREAT": 5.0,     # release, withdraw, ceasefire, ease sanctions
    "INVESTIGATE": -2.0,
    "REQUEST": -1.0,    # demands and calls (mildly adversarial)
    "ACCUSE": -2.0,     # criticise, denounce, accuse
    "REJECT": -4.0,     # reject, deny, veto
    "THREATEN": -6.0,   # threats and warnings
    "SANCTION": -5.0,   # sanctions, expulsions, cut relations
    "PROTEST": -6.5,    # demonstrations, strikes
    "CRIME": -5.0,
    "MOBILIZE": -7.0,   # exercises, deployments, missile tests
    "COERCE": -7.0,     # arrests, blockades, occupation
    "ASSAULT": -10.0,   # attacks, shelling, air strikes, invasion
}

# How much an event counts in the balance by modality: a denial or a negated
# event did not happen; a hypothetical one (a mutual-defence promise "if attacked")
# counts half.
MODALITY_WEIGHT: dict[str, float] = {
    "asserted": 1.0, "reported": 1.0, "future": 1.0, "hypothetical": 0.5, "denied": 0.0,
}

QUAD: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}

# CAMEO 2-digit roots → PLOVER type, for codes missing from the detailed table.
# 01 (public statement) is dropped by PLOVER; 02 (appeal) is folded into REQUEST
# (PLOVER's REQUEST covers appeals and demands alike).
CAMEO_ROOTS: dict[str, str | None] = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

# -- folding -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int | None]:
    # Derived from marsad.arabic.normalize letter by letter, so a folded token is
    # exactly normalize(token); str.translate keeps it a single C call per token.
    table: dict[int, int | None] = {ord(c): None for c in DELETED_CHARS}
    for code in list(range(0x0600, 0x0700)) + list(range(0x06F0, 0x06FA)):
        ch = chr(code)
        if ord(ch) in table:
            continue
        out = normalize(ch)
        if out != ch and len(out) == 1:
            table[code] = ord(out)
    return table


_DELETED_MARK = "\x01"


@lru_cache(maxsize=1)
def _mark_table() -> dict[int, int | None]:
    # Like the fold table, but deleted characters become a marker, so the text keeps its length.
    return {k: (v if v is not None else ord(_DELETED_MARK)) for k, v in _fold_table().items()}


def fold_in_place(text: str) -> str:
    """``text`` folded character for character: same length, deleted marks left as ``\x01``.

    The event coder's tokens and the treaty clauses both fold the whole article in place, one stage after the
    other: the last text of at least ``_IN_PLACE_MIN`` characters is kept with its folded form, and asked again it
    is answered from there (the same string) instead of folded anew."""
    if len(text) < _IN_PLACE_MIN or text.__class__ is not str:
        return translate(text, _mark_table())
    last_text, last = _in_place_last[0]
    if text is last_text or text == last_text:
        return last
    folded = translate(text, _mark_table())
    _in_place_last[0] = (text, folded)  # (one tuple replaced whole: a reader on another thread sees a pair)
    return folded


_IN_PLACE_MIN = 200
_in_place_last: list[tuple[str, str]] = [("", "")]


def fold(word: str) -> str:
    """Matching form of one token (no diacritics/tatweel; أإآ→ا, ى→ي, ة→ه, digits→ASCII)."""
    return translate(word, _fold_table())


# -- trigger patterns -------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Trigger:
    """One lexical entry: a trigger word (verb or noun) and how to code what it says.

    Attributes:
        key: pattern id (``"sign"``, ``"visit"``, ...), shown in event data.
        plover: PLOVER type; ``""`` for frames that only govern other events
            (بدأ في، حاول).
        mode: PLOVER mode (``"sign"``, ``"visit"``, ``"military"``...); ``mode_by``
            refines it from companion words.
        pos: ``"verb"`` or ``"noun"`` (a verbal noun: زيارة، اتهام، تزويد).
        needs: companion words that must occur near the trigger (any one of them);
            ``needs_window`` tokens after it, or up to 3 tokens before it.
        preps: prepositions that introduce the recipient (folded: ``"مع"``,
            ``"علي"``, ``"ضد"``, ``"الي"``, ``"ل"``, ``"ب"``...).
        direct: the recipient may be a bare direct object (اتهم روسيا، زار بكين).
        genitive: for nouns, who the mention right after the noun is — ``"actor"``
            (زيارة بوتين) or ``"recipient"`` (تزويد روسيا).
        symmetric: both parties act (التقى، اتفق، وقع): with a coordinated subject
            "X و Y" the second conjunct becomes the recipient.
        frame: the trigger governs a complement holding other events:
            ``"pledge"`` (their modality becomes future), ``"request"``/``"threaten"``
            (hypothetical), ``"accuse"`` (reported by the accuser), ``"deny"``
            (denied), ``"aspect"`` (no change: بدأ في).
        controller: who performs the events of the complement — the frame's
            ``"subject"`` or its ``"object"`` (اتهم روسيا بقصف: روسيا قصفت).
        passive: the trigger is a passive participle (متهم بـ): the mention before
            it is the recipient, the actor is unknown.
        confidence: base confidence of an event coded from this entry.
        cameo: CAMEO code when the entry comes from PETRARCH or maps cleanly.
        source: ``"lexicon"`` (hand-written) or ``"petrarch"``.
    """

    key: str
    plover: str
    mode: str = ""
    pos: str = "verb"
    needs: frozenset[str] = frozenset()
    needs_window: int = 10
    preps: tuple[str, ...] = ()
    direct: bool = True
    genitive: str = "actor"
    symmetric: bool = False
    frame: str = ""
    controller: str = "subject"
    passive: bool = False
    confidence: float = 0.8
    cameo: str = ""
    source: str = "lexicon"
    mode_by: tuple[tuple[frozenset[str], str], ...] = ()
    needs_before: bool = True


def verb_forms(past: str, present: str = "", *extra: str) -> list[str]:
    """Third-person (and 1st plural) past and present forms of a regular Arabic verb, folded."""
    forms = {past + s for s in ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")}
    if present:
        for p in ("ي", "ت", "ن", "ا"):
            forms |= {p + present + s for s in ("", "ان", "ون", "ا", "وا", "ين", "ن")}
    forms |= set(extra)
    return sorted({fold(f) for f in forms})


def _w(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


# Companion word sets (folded; clitics are stripped before lookup, so no ال/ب forms needed
# unless the definite form differs).
WEEKDAYS = _w("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
AGREEMENT_NOUNS = _w("اتفاق اتفاقا اتفاقية اتفاقيات اتفاقات معاهدة معاهدات مذكرة مذكرات وثيقة وثائق "
                     "بروتوكول ميثاق صفقة إعلان اتفاقيتين معاهدتين")
WEAPONS = _w("أسلحة سلاح ذخائر ذخيرة صواريخ صاروخ قذائف مدفعية دبابات طائرات مسيرات مسيرة "
             "عتاد معدات عسكرية عسكري عسكريا عسكرية")
HUMANITARIAN = _w("إنسانية إنسانيا غذاء غذائية أغذية أدوية طبية إغاثة إغاثية")
ECONOMIC = _w("مالية مالي اقتصادية اقتصادي قرض قرضا قروض منحة منح أموال نقود وقود")
TROOPS = _w("قوات جنود قوة جنودا قطع وحدات")
AID_GOODS = WEAPONS | HUMANITARIAN | ECONOMIC | TROOPS | _w("مساعدة مساعدات مساعدتها دعما دعم معونة معونات "
                                                   "تكنولوجيا التكنولوجيا تقنيات إمدادات")
SANCTIONS = _w("عقوبات عقوبة العقوبات حظرا حظر")
EXERCISES = _w("مناورات مناورة تدريبات تمارين")
ATTACK_NOUNS = _w("هجوما هجوم هجمات غارة غارات ضربة ضربات حربا حرب عملية عدوانا قصفا")
RELATIONS = _w("علاقات العلاقات علاقاتها علاقاته التعاون تعاون التعاون شراكة الشراكة تحالف التحالف "
               "تحالفهما علاقتهما الروابط روابط")
TALKS = _w("محادثات مباحثات مفاوضات مشاورات لقاء اجتماع قمة")
MISSILE = _w("صاروخا صاروخ صواريخ صاروخين قمرا")

MIL_MODE = ((WEAPONS | TROOPS, "military"), (HUMANITARIAN, "humanitarian"), (ECONOMIC, "economic"))


_NOUN = "\x00"  # marks verbal-noun forms inside a pattern's form list


def _n(*forms: str) -> list[str]:
    """Verbal-noun forms (the masdar and its plural/accusative variants), marked as nouns."""
    return sorted({_NOUN + fold(f) for f in forms})


def _hand_patterns() -> list[tuple[list[str], Trigger]]:
    """The hand-written lexicon: (surface forms, entry)."""
    T = Trigger
    pats: list[tuple[list[str], Trigger]] = [
        # AGREE ---------------------------------------------------------------
        (verb_forms("وقع", "وقع", "وقعه", "وقعاه", "وقعتاه", "وقعها", "وقعوه"),
         T("sign", "AGREE", "sign", needs=AGREEMENT_NOUNS, needs_window=16, preps=("مع",), symmetric=True,
           confidence=0.9)),
        (_n("توقيع", "التوقيع"), T("sign", "AGREE", "sign", pos="noun", needs=AGREEMENT_NOUNS, needs_window=5,
                                   preps=("مع",), symmetric=True, confidence=0.8)),
        (verb_forms("أبرم", "برم") + _n("إبرام"), T("sign", "AGREE", "sign", needs=AGREEMENT_NOUNS,
                                                     preps=("مع",), symmetric=True, confidence=0.85)),
        # وعد only in the past: its present (تعد، يعد) is far more often "is considered"
        (verb_forms("تعهد", "تعهد") + verb_forms("وعد") + verb_forms("التزم", "لتزم"),
         T("pledge", "AGREE", "pledge", preps=("ل", "الي"), direct=False, frame="pledge", confidence=0.8)),
        (verb_forms("اتفق", "تفق", "اتفقتا", "يتفقان", "تتفقان"),
         T("agree", "AGREE", "agree", preps=("مع",), direct=False, symmetric=True, frame="pledge", confidence=0.8)),
        (verb_forms("توصل", "توصل"), T("agree", "AGREE", "agree", needs=AGREEMENT_NOUNS, preps=("مع",),
                                       symmetric=True, confidence=0.8)),
        (sorted(set(verb_forms("وافق", "وافق")) - {"توافق"}), T("accept", "AGREE", "accept", preps=("ل",), direct=False, frame="pledge",
                                       confidence=0.65)),
        # CONSULT --------------------------------------------------------------
        (verb_forms("زار", "زور", "زارها", "يزورها"), T("visit", "CONSULT", "visit", preps=("ل", "الي"), cameo="042")),
        (_n("زيارة", "زيارته", "زيارتها", "زيارتهما", "الزيارة"),
         T("visit", "CONSULT", "visit", pos="noun", preps=("ل", "الي"), direct=False, confidence=0.7, cameo="042")),
        (verb_forms("استقبل", "ستقبل", "استقبله", "استقبلها"), T("host", "CONSULT", "host", cameo="043")),
        (verb_forms("التقى", "لتقي", "التقي", "التقت", "التقيا", "التقوا", "التقتا", "يلتقيان", "يلتق", "تلتق"),
         T("meet", "CONSULT", "meet", preps=("ب", "مع"), symmetric=True, cameo="040")),
        (verb_forms("اجتمع", "جتمع"), T("meet", "CONSULT", "meet", preps=("ب", "مع"), direct=False, symmetric=True, cameo="040")),
        (_n("لقاء", "اجتماع", "قمة", "محادثات", "مباحثات", "مفاوضات", "مشاورات", "محادثاته", "مباحثاته"),
         T("talks", "CONSULT", "meet", pos="noun", preps=("مع", "ب"), direct=False, symmetric=True,
           confidence=0.65, cameo="040")),
        (verb_forms("بحث", "بحث") + verb_forms("ناقش", "ناقش") + verb_forms("تباحث", "تباحث"),
         T("discuss", "CONSULT", "meet", preps=("مع",), direct=False, symmetric=True, confidence=0.7,
           mode_by=((_w("هاتفيا هاتفية هاتفي"), "phone"),))),
        (verb_forms("استضاف", "ستضيف", "استضافت"), T("host", "CONSULT", "host", confidence=0.7, cameo="043")),
        (verb_forms("هاتف", "هاتف") + _n("اتصالا", "مكالمة", "اتصال"),
         T("phone", "CONSULT", "phone", needs=_w("هاتفيا هاتفية هاتفي"), needs_window=3,
           preps=("مع", "ب"), confidence=0.75, cameo="041")),
        # SUPPORT ---------------------------------------------------------------
        (verb_forms("أشاد", "شيد") + _n("إشادة"), T("praise", "SUPPORT", "praise", preps=("ب",), direct=False, cameo="051")),
        (verb_forms("رحب", "رحب") + _n("ترحيب"), T("welcome", "SUPPORT", "praise", preps=("ب",), direct=False, cameo="051")),
        (verb_forms("أيد", "ؤيد") + _n("تأييد", "تأييده", "تأييدها"), T("endorse", "SUPPORT", "endorse", preps=("ل",), cameo="051")),
        (verb_forms("هنأ", "هنئ") + _n("تهنئة"), T("congratulate", "SUPPORT", "praise", preps=("ب",), confidence=0.7)),
        (verb_forms("اعترف", "عترف"), T("recognize", "SUPPORT", "recognize", preps=("ب",), direct=False, confidence=0.7, cameo="054")),
        (_n("دعمه", "دعمها", "تضامنه", "تضامنها", "دعمهم", "تضامنهم", "الدعم", "التضامن"),
         T("solidarity", "SUPPORT", "endorse", pos="noun", needs=_w("أعرب أعربت أعلن أعلنت أكد أكدت جدد جددت عن"),
           needs_window=0, preps=("ل", "مع"), direct=False, confidence=0.7, cameo="052")),
        # COOPERATE -----------------------------------------------------------------
        (verb_forms("تعاون", "تعاون"), T("cooperate", "COOPERATE", "", preps=("مع",), direct=False, symmetric=True, confidence=0.7)),
        (verb_forms("عزز", "عزز") + verb_forms("عمق", "عمق") + verb_forms("وسع", "وسع"),
         T("strengthen", "COOPERATE", "", needs=RELATIONS, needs_window=3, preps=("مع",), symmetric=True,
           confidence=0.6, mode_by=((WEAPONS | _w("الدفاع الدفاعية الدفاعي الأمني الأمنية"), "military"),))),
        (_n("تعزيز", "تعميق", "توسيع"),
         T("strengthen", "COOPERATE", "", pos="noun", needs=RELATIONS, needs_window=3, preps=("مع",), direct=False,
           symmetric=True, confidence=0.55, mode_by=((WEAPONS | _w("الدفاع الدفاعية الدفاعي الأمني"), "military"),))),
        (_n("صفقة", "صفقات", "الصفقة", "الصفقات"), T("arms_deal", "COOPERATE", "military", pos="noun",
                                                   needs=_w("أسلحة الأسلحة سلاح"), needs_window=2, preps=("مع",),
                                                   direct=False, symmetric=True, confidence=0.65, cameo="062")),
        # AID -----------------------------------------------------------------------
        (verb_forms("زود", "زود", "زودت", "زودها", "زوده") + verb_forms("أمد", "مد") + verb_forms("أمد", "مد"),
         T("supply", "AID", "", preps=("ل",), mode_by=MIL_MODE, confidence=0.85, cameo="070")),
        (_n("تزويد", "إمداد", "إمدادات", "إمدادها"),
         T("supply", "AID", "", pos="noun", genitive="recipient", preps=("ل", "الي"), direct=False,
           mode_by=MIL_MODE, confidence=0.75, cameo="070")),
        (verb_forms("أرسل", "رسل") + _n("إرسال") + verb_forms("سلم", "سلم") + _n("تسليم") + verb_forms("قدم", "قدم")
         + _n("تقديم") + _n("نقل") + verb_forms("نقل", "نقل") + verb_forms("باع", "بيع") + _n("بيع"),
         T("provide", "AID", "", needs=AID_GOODS, needs_window=4, preps=("ل", "الي"), direct=False,
           mode_by=MIL_MODE, confidence=0.8, cameo="070")),
        (verb_forms("منح", "منح"), T("grant", "AID", "", needs=AID_GOODS, needs_window=5, preps=("ل",),
                                     mode_by=MIL_MODE, confidence=0.8, cameo="070")),
        (verb_forms("ساعد", "ساعد"), T("help", "AID", "", preps=("في",), confidence=0.65, mode_by=MIL_MODE, cameo="070")),
        (_n("الدفاع", "دفاع"), T("defend", "AID", "military", pos="noun", needs=_w("عن"), needs_window=1,
                                 preps=("عن",), direct=False, confidence=0.6, cameo="074")),
        # REQUEST -------------------------------------------------------------------
        (verb_forms("دعا", "دعو", "دعت", "دعوا", "دعتا", "يدعوان") + _n("دعوة"),
         T("call", "REQUEST", "", preps=("الي",), frame="request", controller="object", confidence=0.7, cameo="020")),
        (verb_forms("طالب", "طالب") + _n("مطالبة"),
         T("demand", "REQUEST", "", preps=(), frame="request", controller="object", confidence=0.75, cameo="100")),
        (verb_forms("حث", "حث") + verb_forms("ناشد", "ناشد"),
         T("urge", "REQUEST", "", frame="request", controller="object", confidence=0.75, cameo="020")),
        (verb_forms("طلب", "طلب"), T("ask", "REQUEST", "", preps=("من",), direct=False, frame="request",
                                     confidence=0.6, cameo="020")),
        # ACCUSE --------------------------------------------------------------------
        (verb_forms("اتهم", "تهم", "اتهمها", "اتهمه", "اتهمتها", "اتهمته") + _n("اتهام", "اتهامات"),
         T("accuse", "ACCUSE", "allege", preps=("الي", "ل"), frame="accuse", controller="object", confidence=0.85,
           cameo="112")),
        (_n("متهم", "متهمة", "متهمون", "متهمان", "متهمين"),
         T("accused", "ACCUSE", "allege", pos="noun", frame="accuse", passive=True, confidence=0.7, cameo="112")),
        (verb_forms("انتقد", "نتقد", "انتقدها", "انتقده") + _n("انتقاد", "انتقادات"),
         T("criticize", "ACCUSE", "disapprove", preps=("ل", "علي"), cameo="111")),
        (_n("قلق", "قلقه", "قلقها", "قلقهم", "قلقهما", "استياء", "استياءه", "استياءها"),
         T("concern", "ACCUSE", "disapprove", pos="noun", needs=_w("أعرب أعربت أبدى أبدت عن"), needs_window=0,
           preps=("ازاء", "من", "بشان", "بين", "حيال", "تجاه"), direct=False, confidence=0.6, cameo="111")),
        (verb_forms("ندد", "ندد") + _n("تنديد") + verb_forms("أدان", "دين", "أدانت", "أدانوا") + _n("إدانة")
         + verb_forms("استنكر", "ستنكر") + _n("استنكار") + verb_forms("شجب", "شجب"),
         T("condemn", "ACCUSE", "disapprove", preps=("ب",), cameo="111")),
        (verb_forms("حمل", "حمل"), T("blame", "ACCUSE", "allege", needs=_w("مسؤولية المسؤولية"), needs_window=4,
                                     needs_before=False,
                                     confidence=0.75, cameo="112")),
        (_n("تحميل"), T("blame", "ACCUSE", "allege", pos="noun", genitive="recipient", needs=_w("مسؤولية المسؤولية"),
                        needs_window=4, needs_before=False, confidence=0.7, cameo="112")),  # "تحميل X المسؤولية": X blamed
        (_n("تحقيقا", "تحقيق"), T("investigate", "ACCUSE", "investigate", pos="noun", needs=_w("فتح فتحت أجرى أجرت بدأ بدأت"),
                                  needs_window=0, preps=("في", "مع"), direct=False, confidence=0.6, cameo="090")),
        # REJECT -------------------------------------------------------------------
        (verb_forms("رفض", "رفض") + verb_forms("اعترض", "عترض") + verb_forms("عارض", "عارض"),
         T("reject", "REJECT", "", preps=("علي",), frame="reject", cameo="120")),
        (verb_forms("نفى", "نفي", "نفت", "نفيا", "نفوا", "نفتا", "ينفيان", "تنفيان") + _n("نفي")
         + verb_forms("أنكر", "نكر") + verb_forms("كذب", "كذب") + verb_forms("دحض", "دحض"),
         T("deny", "REJECT", "deny", frame="deny", confidence=0.75)),
        # THREATEN ---------------------------------------------------------------------
        (verb_forms("هدد", "هدد", "هددها", "هدده") + _n("تهديد", "تهديدات") + verb_forms("توعد", "توعد"),
         T("threaten", "THREATEN", "", preps=("ضد", "علي"), frame="threaten", confidence=0.8, cameo="130")),
        (verb_forms("حذر", "حذر", "حذرها", "حذره") + _n("تحذير", "تحذيرات"),
         T("warn", "THREATEN", "warn", frame="threaten", controller="object", genitive="recipient", confidence=0.6,
           cameo="130")),
        # PROTEST --------------------------------------------------------------------
        (verb_forms("تظاهر", "تظاهر") + _n("مظاهرة", "مظاهرات", "احتجاجات", "تظاهرات", "مسيرات")
         + verb_forms("احتج", "حتج"),
         T("demonstrate", "PROTEST", "demo", preps=("ضد", "علي", "امام"), direct=False, confidence=0.7, cameo="141")),
        (_n("إضراب", "إضرابا"), T("strike", "PROTEST", "strike", pos="noun", preps=("ضد",), direct=False,
                                  confidence=0.6, cameo="143")),
        # SANCTION (فرض عقوبات: CAMEO 163, which the 2021 table files under COERCE; coded
        # SANCTION here as PLOVER's manual and the issue define sanctions) -----------------
        (verb_forms("فرض", "فرض") + _n("فرض"), T("sanction", "SANCTION", "sanction", needs=SANCTIONS, needs_window=8,
                                                preps=("علي",), direct=False, confidence=0.85, cameo="163")),
        (verb_forms("قطع", "قطع"), T("cut_relations", "SANCTION", "withdraw", needs=_w("علاقات العلاقات علاقاتها"),
                                     needs_window=3, preps=("مع",), direct=False, confidence=0.85, cameo="161")),
        (verb_forms("طرد", "طرد") + verb_forms("استدعى", "ستدعي", "استدعت"),
         T("expel", "SANCTION", "expel", needs=_w("سفير السفير دبلوماسيين دبلوماسيا سفيرها سفيره القائم"),
           needs_window=4, confidence=0.8, cameo="166")),
        (verb_forms("علق", "علق") + _n("تعليق"), T("suspend", "SANCTION", "discontinue",
                                                 needs=_w("مساعدات المساعدات مفاوضات المفاوضات عضوية التعاون"),
                                                 needs_window=6, preps=("مع", "ل"), direct=False, confidence=0.7, cameo="160")),
        # MOBILIZE ---------------------------------------------------------------------
        (verb_forms("أجرى", "جري", "أجرت", "أجروا") + verb_forms("نفذ", "نفذ"),
         T("exercise", "MOBILIZE", "troops", needs=EXERCISES, needs_window=6, preps=("قرب", "حول", "ضد", "مع"),
           direct=False, confidence=0.8, cameo="152")),
        (verb_forms("حشد", "حشد") + verb_forms("نشر", "نشر") + _n("نشر"),
         T("deploy", "MOBILIZE", "troops", needs=TROOPS | MISSILE | WEAPONS, needs_window=6, preps=("في", "قرب", "مع", "علي"),
           direct=False, confidence=0.7, cameo="154")),
        (verb_forms("أطلق", "طلق", "أطلقت") + _n("إطلاق"),
         T("missile_test", "MOBILIZE", "weapons-test", needs=MISSILE, needs_window=3, direct=False,
           confidence=0.7, cameo="150")),
        # COERCE ----------------------------------------------------------------------
        (verb_forms("اعتقل", "عتقل") + _n("اعتقال") + verb_forms("احتجز", "حتجز") + _n("احتجاز"),
         T("arrest", "COERCE", "arrest", confidence=0.75, cameo="173")),
        (verb_forms("حاصر", "حاصر") + _n("حصار"), T("blockade", "COERCE", "restrict", preps=("علي",), confidence=0.7, cameo="191")),
        (verb_forms("احتل", "حتل") + _n("احتلال"), T("occupy", "COERCE", "seize", confidence=0.75, cameo="192")),
        # ASSAULT ----------------------------------------------------------------------
        (verb_forms("هاجم", "هاجم", "هاجمت", "هاجمها"), T("attack", "ASSAULT", "", preps=("علي",), cameo="190")),
        (_n("هجوم", "هجوما", "هجمات", "الهجوم", "هجومه", "هجومها"),
         T("attack", "ASSAULT", "", pos="noun", preps=("علي", "ضد"), direct=False, confidence=0.6, cameo="190")),
        (verb_forms("قصف", "قصف") + _n("قصف", "غارة", "غارات", "ضربات"),
         T("shell", "ASSAULT", "heavy-weapons", preps=("علي", "ل"), confidence=0.75, cameo="195")),
        (_n("استهداف"), T("target", "ASSAULT", "", pos="noun", genitive="recipient", confidence=0.6, cameo="190")),
        (verb_forms("استهدف", "ستهدف", "استهدفت", "استهدفوا", "استهدفه", "استهدفها", "استهدفتها"),
         T("target", "ASSAULT", "", preps=("في",), confidence=0.7, cameo="190")),
        (verb_forms("شن", "شن", "شنت", "شنوا"), T("launch_attack", "ASSAULT", "", needs=ATTACK_NOUNS, needs_window=4,
                                                   preps=("علي", "ضد"), direct=False, confidence=0.85, cameo="190")),
        (verb_forms("غزا", "غزو", "غزت") + _n("غزو", "الغزو") + verb_forms("اجتاح", "جتاح") + _n("اجتياح"),
         T("invade", "ASSAULT", "military", genitive="recipient", preps=("ل",), confidence=0.75, cameo="192")),
        (verb_forms("اغتال", "غتال") + _n("اغتيال"), T("assassinate", "ASSAULT", "assassinate", genitive="recipient",
                                                      confidence=0.8, cameo="186")),
        # RETREAT -----------------------------------------------------------------------
        (verb_forms("أفرج", "فرج") + _n("الإفراج"), T("release", "RETREAT", "release", preps=("عن",), direct=False,
                                                      confidence=0.75, cameo="0841")),
        (verb_forms("انسحب", "نسحب") + _n("انسحاب"), T("withdraw", "RETREAT", "withdraw", preps=("من",), direct=False,
                                                       confidence=0.7, cameo="0872")),
        (verb_forms("رفع", "رفع") + _n("رفع"), T("ease_sanctions", "RETREAT", "ease", needs=SANCTIONS, needs_window=5,
                                                preps=("عن", "علي"), direct=False, confidence=0.7, cameo="085")),
        (verb_forms("سحب", "سحب") + _n("سحب"), T("withdraw", "RETREAT", "withdraw", needs=TROOPS, needs_window=2,
                                                preps=("من",), direct=False, confidence=0.75, cameo="0872")),
        # Governing frames that are not events themselves ------------------------------------
        # "سيواصل حظر إمداد إيران بالصواريخ", "منع وصول المساعدات": what is banned does not happen
        (_n("حظر", "منع") + verb_forms("منع", "منع") + verb_forms("حظر", "حظر"),
         T("ban", "", "", frame="reject", confidence=0.0)),
        # "تمكنت القوات من قتل ...": who managed the act did it (events43)
        (verb_forms("بدأ", "بدأ") + verb_forms("واصل", "واصل") + verb_forms("استمر", "ستمر")
         + verb_forms("تمكن", "تمكن"),
         T("begin", "", "", frame="aspect", confidence=0.0)),
        (verb_forms("حاول", "حاول") + verb_forms("سعى", "سعي", "سعت", "سعوا") + verb_forms("اعتزم", "عتزم")
         + verb_forms("نوى", "نوي") + verb_forms("يدرس", "درس")
         + _n("عزم", "عزمه", "عزمها", "عزمهم", "نية", "نيته", "نيتها", "اعتزام", "اعتزامه", "اعتزامها"),
         T("intend", "", "", frame="intend", confidence=0.0)),
    ]
    return pats


# -- the compiled lexicon -----------------------------------------------------------------


STEM = itemgetter(1)  # a clitic reading's stem


# Folded verb forms that are, far more often, other words: هنا (here) is not هنأ (congratulated);
# the coder takes them as verbs only when the surface shows the hamza.
HOMOGRAPHS = frozenset({"هنا", "عد", "قبل", "بعد", "علم"})


@dataclass(slots=True)
class Lexicon:
    """Folded surface form → entries; hand-written entries first."""

    entries: dict[str, list[Trigger]] = field(default_factory=dict)
    _readings: dict[str, tuple] = field(default_factory=dict)
    _triggers: set[str] = field(default_factory=set)  # the words of ``_readings`` that have a reading
    # for ``detect.article_cue_types``: the words whose detected types were asked (bounded), and those that carry one
    _cues_seen: set[str] = field(default_factory=set)
    _cue_types: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, forms: Iterable[str], entry: Trigger) -> None:
        nouns = [f[1:] for f in forms if f.startswith(_NOUN)]
        verbs = [f for f in forms if not f.startswith(_NOUN)]
        if nouns and entry.pos == "verb":
            self.add(nouns, replace(entry, pos="noun"))
        elif nouns:
            verbs = verbs + nouns
        if entry.pos == "noun":  # accusative -ا: "اتفاقا", "حصارا", "هجوما"
            verbs = verbs + [f + "ا" for f in verbs if f[-1:] not in ("ا", "ه", "ي", "ت")]
        for f in verbs:
            bucket = self.entries.setdefault(f, [])
            if entry.source == "petrarch" and any(e.source == "lexicon" for e in bucket):
                continue  # a hand pattern already covers this form
            bucket.append(entry)

    def get(self, form: str) -> list[Trigger]:
        return self.entries.get(form, [])

    def readings(self, norm: str, stems: "Callable[[str], tuple]") -> tuple:
        """(prefix, stem, suffix, entry) for every clitic reading of a token that is a trigger (cached)."""
        found = self._readings.get(norm)
        if found is None:
            readings = stems(norm)
            # (most words: no reading's stem is an entry, said in C before any reading is looked at in turn)
            found = () if self.entries.keys().isdisjoint(map(STEM, readings)) else \
                tuple((p, st, suf, e) for p, st, suf in readings for e in self.entries.get(st, ()))
            if len(self._readings) < 500_000:
                if found:  # (before the reading is cached: a word another thread finds cached is in the set)
                    self._triggers.add(norm)
                self._readings[norm] = found
        return found

    def trigger_words(self, words: set[str], stems: "Callable[[str], tuple]") -> set[str]:
        """The words of a set that have a trigger reading (``readings`` not empty): those met before found by one
        set intersection in C, the others worked out (and cached) by ``readings``."""
        # (the words not cached yet are taken first and the set read after: a word another thread caches meanwhile
        # is in one or the other; ``readings`` adds a trigger to the set before it caches it)
        unknown = list(filterfalse(self._readings.__contains__, words))
        worked_out = {norm for norm in unknown if self.readings(norm, stems)}
        return (words & self._triggers) | worked_out


@lru_cache(maxsize=2)
def load_lexicon(with_petrarch: bool = True) -> Lexicon:
    """The compiled event lexicon (cached; read-only)."""
    lex = Lexicon()
    for forms, entry in _hand_patterns():
        lex.add(forms, entry)
    if with_petrarch:
        from marsad.nlp.events.petrarch import petrarch_patterns

        for forms, entry in petrarch_patterns():
            lex.add(forms, entry)
    return lex


# -- closed-class words used by the coder ----------------------------------------------------

# Nationality adjectives → (Arabic country name, English name).  Two-word keys
# (الكوري الشمالي) are looked up before one-word keys.
_NISBA_RAW: dict[str, tuple[str, str]] = {
    "روسي": ("روسيا", "Russia"), "أمريكي": ("الولايات المتحدة", "United States"),
    "أميركي": ("الولايات المتحدة", "United States"), "كوري شمالي": ("كوريا الشمالية", "North Korea"),
    "كوري جنوبي": ("كوريا الجنوبية", "South Korea"), "صيني": ("الصين", "China"), "ياباني": ("اليابان", "Japan"),
    "أوكراني": ("أوكرانيا", "Ukraine"), "إيراني": ("إيران", "Iran"), "بريطاني": ("المملكة المتحدة", "United Kingdom"),
    "فرنسي": ("فرنسا", "France"), "ألماني": ("ألمانيا", "Germany"), "تركي": ("تركيا", "Turkey"),
    "مصري": ("مصر", "Egypt"), "سعودي": ("السعودية", "Saudi Arabia"), "إسرائيلي": ("إسرائيل", "Israel"),
    "فلسطيني": ("فلسطين", "Palestine"), "سوري": ("سوريا", "Syria"), "عراقي": ("العراق", "Iraq"),
    "لبناني": ("لبنان", "Lebanon"), "أردني": ("الأردن", "Jordan"), "قطري": ("قطر", "Qatar"),
    "إماراتي": ("الإمارات", "United Arab Emirates"), "كويتي": ("الكويت", "Kuwait"), "يمني": ("اليمن", "Yemen"),
    "سوداني": ("السودان", "Sudan"), "ليبي": ("ليبيا", "Libya"), "تونسي": ("تونس", "Tunisia"),
    "جزائري": ("الجزائر", "Algeria"), "مغربي": ("المغرب", "Morocco"), "هندي": ("الهند", "India"),
    "باكستاني": ("باكستان", "Pakistan"), "أفغاني": ("أفغانستان", "Afghanistan"), "فيتنامي": ("فيتنام", "Vietnam"),
    "كندي": ("كندا", "Canada"), "إيطالي": ("إيطاليا", "Italy"), "إسباني": ("إسبانيا", "Spain"),
    "عماني": ("عمان", "Oman"), "قبرصي": ("قبرص", "Cyprus"), "يوناني": ("اليونان", "Greece"),
    "كوبي": ("كوبا", "Cuba"), "فنزويلي": ("فنزويلا", "Venezuela"), "مكسيكي": ("المكسيك", "Mexico"),
    "برازيلي": ("البرازيل", "Brazil"), "أرجنتيني": ("الأرجنتين", "Argentina"), "أسترالي": ("أستراليا", "Australia"),
    "بولندي": ("بولندا", "Poland"), "سويدي": ("السويد", "Sweden"), "نرويجي": ("النرويج", "Norway"),
    "هولندي": ("هولندا", "Netherlands"), "بلجيكي": ("بلجيكا", "Belgium"), "إثيوبي": ("إثيوبيا", "Ethiopia"),
    "صومالي": ("الصومال", "Somalia"), "موريتاني": ("موريتانيا", "Mauritania"), "نيجيري": ("نيجيريا", "Nigeria"),
    "إندونيسي": ("إندونيسيا", "Indonesia"), "ماليزي": ("ماليزيا", "Malaysia"), "أذربيجاني": ("أذربيجان", "Azerbaijan"),
    "أرميني": ("أرمينيا", "Armenia"), "جورجي": ("جورجيا", "Georgia"), "كازاخي": ("كازاخستان", "Kazakhstan"), "بحريني": ("البحرين", "Bahrain"), "بيلاروسي": ("بيلاروس", "Belarus"),
}


def _nisba_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for adj, country in _NISBA_RAW.items():
        words = adj.split()
        for fem in (False, True):
            forms = [w + ("ه" if fem else "") for w in words]
            for art in ("", "ال"):
                table[fold(" ".join(art + f for f in forms))] = country
    return table


NISBA: dict[str, tuple[str, str]] = _nisba_table()
_COUNTRY_FORMS = {fold(c[0]) for c in _NISBA_RAW.values()} | {fold(c[0]).removeprefix("ال") for c in _NISBA_RAW.values()}
NISBA.update({k + "ا": v for k, v in list(NISBA.items())
              if " " not in k and not k.endswith("ه") and k + "ا" not in _COUNTRY_FORMS and not k.startswith("ال")})

PREPOSITIONS = _w("في من إلى الى على عن مع ضد بين لدى نحو أمام حول تجاه عبر خلال بشأن إزاء قرب حيال")
COMPLEMENTIZERS = _w("إن أن إنه أنه إنها أنها بأن بأنه بأنها لأن إنهم أنهم إنهما أنهما")
RELATIVES = _w("الذي التي الذين اللذان اللتان اللذين اللتين")
NEGATIONS = _w("لم لن لا ما ليس ليست غير عدم دون بدون لما")
FUTURE_CUES = _w("سوف المقرر المزمع يعتزم تعتزم سيتم المتوقع المنتظر توقع يتوقع تتوقع ويتوقع وتوقع متوقع")
HYPOTHETICAL_CUES = _w("إذا لو ربما يمكن يمكنها يمكنه يمكنهما الممكن المرجح المحتمل احتمال إمكانية قد")
CONDITIONALS = _w("إذا لو حال حالة")
LIGHT_VERBS = _w("أجرى أجرت يجري تجري أجريا عقد عقدت يعقد تعقد عقدا قام قامت يقوم تقوم أعرب أعربت يعرب "
                 "أبدى أبدت وجه وجهت بدأ بدأت فرض فرضت يفرض تفرض شن شنت يشن تشن "
                 "باشر باشرت يباشر تباشر واصل واصلت يواصل")  # "باشر المتمردون شن هجمات"
RECIPROCALS = _w("بعضهما بعضها بعضهم الآخر الأخرى للآخر")
SPEECH_CUES = _w("قال قالت يقول تقول قالوا قالا أضاف أضافت أوضح أوضحت أكد أكدت يؤكد تؤكد أعلن أعلنت "
                 "ذكر ذكرت أفاد أفادت صرح صرحت اعتبر اعتبرت رأى رأت أشار أشارت وصف وصفت نقل نقلت "
                 "قائلا مضيفا مؤكدا معتبرا")
SOURCE_CUES = _w("بحسب حسب وفقا وفق نقلا")  # the source follows: "بحسب X", "وفقا لـ X"
PARTICIPLE_CUES = _w("قائلا مضيفا مؤكدا معتبرا")
# Negative evaluation in what an actor says about another: turns a statement into criticism.
NEG_EVAL = _w("يأس قلق قلقون قلقة مخاوف استبدادية الاستبدادية استبدادي انتهاك انتهاكا خطير خطيرة "
              "عدواني عدوانية سيئ سيء مزعزع زعزعة ابتزاز مقبول استفزاز استفزازي متهور تهديدا "
              "يهدد تهدد مدمر كارثي غادر")
NEG_EVAL = NEG_EVAL | {w + "ا" for w in NEG_EVAL if w[-1:] not in ("ا", "ه")}  # accusative: خطيرا، ابتزازا
# Words that continue an agreement's name after its head noun: "اتفاقية شراكة استراتيجية شاملة".
AGREEMENT_NAME_WORDS = _w("شراكة الشراكة استراتيجية الاستراتيجية شاملة الشاملة دفاع الدفاع دفاعي الدفاعي "
                          "دفاعية الدفاعية مشترك المشترك المشتركة مشتركة تعاون التعاون سلام السلام صداقة الصداقة "
                          "تجارة التجارة التجارية تجارية حرة الحرة أمنية الأمنية الأمني تحالف التحالف عسكري "
                          "العسكري عسكرية العسكرية نووي النووي ثنائي الثنائي ثنائية الثنائية متبادل المتبادل "
                          "المساعدة مساعدة الاستراتيجي استراتيجي الجديد الجديدة جديد جديدة للشراكة للتعاون")
COND_NEXT = _w("وقوع العدوان عدوان تعرض تعرضت الحرب حرب هجوم الهجوم اعتداء نشوب اندلاع تعرضها")
COUNTERPART = _w("نظيره نظيرته نظيريه نظرائه نظيرها")
TITLES = _w("الرئيس رئيس رئيسة المستشارة مستشارة وزير وزيرة الوزير الخارجية الدفاع الداخلية المالية الوزراء الزعيم زعيم الملك ملك "
            "العاهل الأمير أمير الشيخ المستشار مستشار الأمين أمين العام عام المتحدث متحدث باسم السفير سفير قائد "
            "القائد نائب مبعوث المبعوث المندوب مندوب ولي العهد السلطان المرشد الأعلى الجنرال اللواء العقيد رئيسا "
            "وزيرا زعيما الزعيمان الرئيسان القيادي الناطق الأمن القومي البرلمان مجلس السيد السيدة الحكومة حكومة "
            "السلطات سلطات القوات قوات الجيش جيش البحرية الطائرات الشرطة الخارجيه وزارة وزارة الرئاسة "
            "حركة جماعة حزب منظمة هيئة لجنة جمعية زعيمة رئيسي مدير المدير نظيره نظيرته خارجية دفاع وزراء داخلية وزيرا وزيري "
            "الرسمي الرسمية الإعلامي")
# Adverbs that may sit between a verb and its subject: "استقبله خلالها الملك ...", "وقال بدوره الوزير ...".
SUBJECT_ADVERBS = _w("خلالها خلاله خلالهما خلالهم بدوره بدورها بدورهم أمس أيضا كذلك بعدها بعده حينها")
# كان and its forms before a subject mark the subject-first order: "وكان الملك ... قد استقبل".
KANA = _w("كان كانت وكان وكانت فكان فكانت")
# Natural hazards: "السيول التي اجتاحت الولاية", "ضرب زلزال المنطقة" are not political events.
NATURAL_HAZARDS = _w("سيول السيول سيل السيل فيضان فيضانات الفيضانات الفيضان أمطار الأمطار مطر الزلزال زلزال "
                     "زلازل الزلازل هزة الهزة عاصفة العاصفة عواصف العواصف إعصار الإعصار أعاصير حريق الحريق "
                     "حرائق الحرائق ثلوج الثلوج الجفاف جفاف انهيارات الانهيارات بركان البركان "
                     "رياح الرياح تسونامي الجراد جراد")
NEXT_TIME = _w("المقبل المقبلة القادم القادمة غدا")
PARTY_WORDS = _w("البلدين البلدان الجانبين الجانبان الطرفين الطرفان الزعيمين الزعيمان الدولتين الدولتان")
# Tokens that read as a verb plus an object pronoun but are nouns: وزارته (his ministry), not و+زارت+ه.
NOMINAL_FORMS = frozenset({"وزارته", "وزارتها", "وزارتهم", "وزارتي", "وزارتنا", "وزارتك"}) | _w(
    "سنوي سنويه سنوية وسنوي")  # "في تقرير سنوي" (annual), not س + نوى

# Contexts where violence words are not political violence: accidents, sport.  A sentence holding
# one of these codes no ASSAULT or PROTEST (with the natural hazards above).
ACCIDENTS = _w("المروري مروري مرورية المرورية تصادم اصطدام غرق الغرق دهس دهسا صعق تسمم "
               "انهيار حريق")
# An accident told by its own nouns ("إثر حادث وقع على طريق", "في حادثين منفصلين", "اصطدمت حافلة بسور",
# "صدمت شاحنة حشدا"): with none of ATTACK_CUES in the sentence, its dead and wounded are no attack's victims.
# On 2015-07-31 and 2015-08-09, read by independent readers, seven road crashes were coded as ASSAULT.
ACCIDENT_NOUNS = _w("اصطدم اصطدمت اصطدامه اصطدامها اصطدامهما صدم صدمت صدمته صدمتها انقلبت")
# Deaths and wounds by mishap, not by anyone's hand (issue 15, events29; development days 2015-07-22, 07-31 and
# 08-10: two men suffocated in a well, a youth hurt by an electric shock, deaths in a heat wave were coded as
# ASSAULT): with none of ATTACK_CUES in the sentence they are no attack.  Suffocation alone, not beside an attack's
# words: tear gas fired at a crowd also suffocates ("حالات اختناق جراء إطلاق قنابل الغاز").
MISHAP_WORDS = _w("اختناق الاختناق اختناقا صعقة الصعقة صعقه")
# two-word mishaps: a word and one of the words that may follow it ("صدمة كهربائية", "ضربة شمس", "أشعة الشمس",
# "الحرارة المرتفعة", "ارتفاع درجات الحرارة", "موجة الحر", "إجهاد حراري")
MISHAP_PAIRS: dict[str, frozenset[str]] = {fold(k): v for k, v in {
    "صدمة": _w("كهربائية كهربائيه الكهرباء"), "صعقة": _w("كهربائية كهربائيه"),
    "ماس": _w("كهربائي"), "التيار": _w("الكهربائي"),
    "ضربة": _w("شمس الشمس"), "ضربات": _w("شمس الشمس"), "أشعة": _w("الشمس"),
    "الحرارة": _w("المرتفعة الشديدة"), "درجات": _w("الحرارة"), "موجة": _w("الحر حر الحرارة حارة"),
    "إجهاد": _w("حراري الحراري"),
}.items()}
# "حادث" alone is any incident: "الحادثة أسفرت عن مقتل عشرة مدنيين" told a killing by troops (an unseen day,
# 2015-07-23).  It tells an accident only beside a vehicle or a road.
INCIDENT_NOUNS = _w("حادث حادثة حادثين حادثتين حادثان حوادث حادثا")
VEHICLES = _w("سيارة سيارته سيارتها سيارات مركبة مركبات شاحنة شاحنات حافلة حافلات قطار طائرة دراجة باص "
              "طريق الطريق طرق سير المرور مرور")
# What makes an incident an attack: "حوادث أمنية متفرقة في بغداد" (security incidents).
SECURITY_QUALIFIERS = _w("أمنية أمني أمنيه")
# Words that tell an attack, not an accident: a sentence with "حادث" and one of these ("حادث إطلاق النار",
# "الحادث الإرهابي", "أقدم على قتل") keeps its ASSAULT.
ATTACK_CUES = _w("إرهابي إرهابية إرهاب إرهابيون إرهابيين هجوم هجمات هجوما اعتداء اعتداءات انفجار انفجر انفجرت "
                 "قنبلة قنابل متفجرات متفجرة عبوات تفجير تفجيرات "
                 "مفخخة مفخخ ناسفة عبوة انتحاري انتحارية إطلاق رصاص رصاصة مسلح مسلحون مسلحين مسلحة طعن طعنات "
                 "قصف غارة غارات اشتباك اشتباكات اغتيال استهدف استهداف خطف اختطاف قذيفة قذائف صاروخ صواريخ "
                 "قتل قتله قتلها قتلهم قتلت قتلوا يقتل جريمة الجريمة جرائم نحر ذبح عنف مقذوف مقذوفات هاون")
# A sentence about a court's sentence carried out (qisas, execution of a ruling) or a crowd crush tells
# no attack: the gold PLOVER sentences with these words are all "no" for ASSAULT, and on SaudiNewsNet
# the Interior Ministry's execution statements were coded as killings.
NOT_ATTACKS = _w("قصاص قصاصا القصاص تعزيرا تدافع التدافع تدافعا")
SPORT = _w("مباراة المباراة مباريات المباريات الدوري المنتخب منتخب لاعب اللاعب لاعبي اللاعبين لاعبين "
           "نادي النادي الأندية أندية بطولة البطولة الكأس الملعب ملعب المدرب مدرب "
           "الشوط شوط ركلة التأهل الموسم الرياضي الرياضية رياضي رياضية "
           "الأولمبية الأولمبي أولمبية الأولمبياد أولمبياد")  # "انسحبت برلين من سباق استضافة الأولمبياد"
# Words after a trigger that make it a figure of speech: "احتلت المركز الأول" (ranked first),
# "هجوما لاذعا" (a verbal attack).
METAPHOR_NEXT: dict[str, frozenset[str]] = {
    "occupy": _w("المركز مركز المرتبة مرتبة الصدارة صدارة المقدمة مكانة مكانه المراكز مراكز المراتب مراتب حيزا"),
    # (and an attack on policies or statements: "هاجم الوزير السياسات الإيرانية" — words, not blows)
    "attack": _w("لاذع لاذعا لاذعة إعلامي إعلامية إعلاميا كلامي كلامية شرس شرسا حاد حادا عنيف "
                 "سياسات السياسات سياسة السياسة تصريحات التصريحات"),
    "launch_attack": _w("لاذع لاذعا لاذعة إعلامي إعلامية إعلاميا كلامي كلامية"),
    # "عمل يستهدف وحدة بلادنا", "تستهدف أمن المنطقة": an abstract target, not an attack
    "target": _w("وحدة أمن استقرار مصالح سيادة النيل الإساءة تقويض زعزعة تشويه تحقيق الوصول خفض زيادة رفع"),
}
# "تعرض X لهجوم": X underwent the attack — the subject of تعرض is the target, not the attacker.
UNDERGO = _w("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضا تعرضها تعرضه لتعرض")
# Who did it, after a passive construction: "على يد", "من قبل", "من جانب".
AGENT_MARKS = _w("يد أيدي قبل جانب")
# Verbs an NER span sometimes swallows at its end ("جمال مظلوم يرى"): never part of a name.
CLAUSE_VERBS = _w("يرى ترى يرون يعتبر تعتبر يقول تقول يؤكد تؤكد يضيف تضيف يشير تشير يوضح توضح قال قالت "
                  "أكد أكدت أضاف أضافت أشار أشارت أوضح أوضحت اعتبر اعتبرت رأى رأت يعتقد تعتقد")
# Sentences about the arts and entertainment: their "رفض", "اتفق", "أشاد" are not political events.
ARTS = _w("مسرحية المسرحية مسرحيات الفنان الفنانة فنان فنانة الفنانين فنانين أغنية الأغنية أغان ألبوم الألبوم فيلم "
          "الفيلم أفلام مسلسل المسلسل الممثل الممثلة ممثل ممثلة المطرب مطرب المطربة الغنائي الغنائية الموسيقى "
          "الموسيقية الموسيقي رواية الرواية الروائي الأزياء الشعر الشاعر قصيدة")
# Before a definite verbal noun, a head noun makes it a genitive ("جيش الاحتلال", "قرار الانسحاب"),
# not an event; these words introduce an event noun instead ("جراء القصف", "بعد الزيارة").
EVENT_NOUN_OPENERS = _w("بعد قبل منذ عقب اثر إثر جراء نتيجة بسبب خلال اثناء أثناء قبيل بعيد إبان طوال وسط رغم "
                        "عن تم يتم جرى يجري تجري جرت")
# Verbs whose subject carried out an attack named near them: "هجمات نفذتها جماعة X", "تبنته حركة X".
AGENT_VERBS = _w("نفذ نفذت نفذه نفذها نفذتها نفذته نفذوا شن شنت شنه شنها شنتها شنته شنوا شنو تبنى تبنت تبناه تبنته "
                 "تبنتها تبناها ارتكب ارتكبت ارتكبه ارتكبها ارتكبتها أطلقته أطلقتها أطلقه أطلقها أطلقوها مصدره "
                 "مصدرها تنفيذ قتله قتلها قتلهم قتلتهم قتلته استهدفته استهدفتها استهدفه استهدفها استهدفتهم "
                 "زرعها زرعتها زرعه زرعته زرعوها زرعوه فجرها فجرتها فجره فجرته")  # "عبوة زرعها مسلحو حركة الشباب"
# Head nouns of armed actors named by a common noun phrase: "شنت قوات التحالف", "قصفت ميليشيات الحوثي".
ARMED_HEADS = _w("قوات القوات طيران الطيران طائرات الطائرات ميليشيا ميليشيات مليشيا مليشيات الميليشيات المليشيات "
                 "مسلحو مسلحون مسلحين المسلحون المسلحين عناصر مقاتلو مقاتلي مقاتلون المقاتلون جيش الجيش "
                 "الشرطة شرطة المقاومة فصائل الفصائل تنظيم جماعة حركة متمردون المتمردون المتمردين متمردين "
                 "متمردو مدفعية المدفعية بوارج البوارج التحالف تحالف مروحيات مروحية المروحيات مروحيتين مقاتلات المقاتلات "
                 "طائرة طائرتين")
# Words that can carry an event the sentence detector finds (its trigger), beside the trigger lexicon:
# the forms news Arabic reports violence and protest with.  A detected sentence without any of them
# ("عدد الزوار", "الطلاب") codes no event.
DETECTOR_CUES: dict[str, frozenset[str]] = {
    "ASSAULT": _w("قتل مقتل قتلى قتلوا قتيل قتيلا قتلا مصرع مصرعهم مصرعه لقي اغتيل اغتيال انفجار انفجرت انفجر "
                  "انفجارات تفجير تفجيرات فجر فجرت فجروا مفخخة مفخخ مفخختين ناسفة ناسفه عبوة عبوات انتحاري "
                  "انتحارية انتحاريين انتحاريون قذيفة قذائف صاروخ صواريخ هاون رصاص أعيرة إطلاق النار اعتداء "
                  "اعتداءات هجوم هجمات هاجم هاجموا غارة غارات ضربة ضربات قصف قصفت اشتباك اشتباكات مواجهات "
                  "جرح جرحى جريح أصيب أصيبوا إصابة مجزرة مذبحة خطف اختطف اختطاف استهدف استهداف عملية"),
    "PROTEST": _w("تظاهر تظاهرة تظاهرات مظاهرة مظاهرات متظاهر متظاهرون متظاهرين المتظاهرون احتجاج احتجاجات "
                  "احتجاجا احتج احتجوا محتجون محتجين اعتصم اعتصام اعتصموا معتصمون احتشد احتشدوا احتشاد "
                  "مسيرة مسيرات تجمع تجمعوا هتف هتفوا هتافات رشق رشقوا إضراب إضرابا أضرب انتفاضة شغب"),
}
