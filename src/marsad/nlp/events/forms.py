"""Sentence forms that report a protest or an assault whatever the sentence detector scores (issue 15, events25).

The detector (:mod:`marsad.nlp.events.detect`) learns each word on its own from the gold sentences: some thirty
protests and a hundred assaults.  Two ways the news tells an act are too rare there, word by word, for it to
learn, yet plain to read:

* a crowd massing — a finite verb of gathering with its crowd as subject right after it ("تظاهر الآلاف", "وتجمع
  آلاف المتظاهرين", "احتشد مئات المحتجين", "خرجوا متظاهرين"; a verb of crowding only beside a word of protest:
  crowds also gather for fireworks), or protests breaking out ("اندلعت مظاهرات في
  نواكشوط", "تجددت المظاهرات"): a PROTEST (:func:`crowd_massing`);
* shots fired at someone ("فتح مسلحون النار على الحافلة") or a suicide bomber blowing himself up ("فجر انتحاري
  نفسه"): an ASSAULT (:func:`armed_attack`);
* an abduction — a finite active verb of kidnapping with whom it took or who took right after it ("اختطف مسلحون 15
  شخصا", "خطفوا أربعة مهندسين"), or hostages held ("احتجزوا أربعة من الشرطة رهائن"): an ASSAULT (:func:`abduction`).

Shots fired at oneself ("أطلق النار على نفسه") are no armed attack; a sentence telling someone killing himself
("انتحر", "قتل نفسه"; not a suicide bomber) codes no ASSAULT from any word unless a form tells one
(:func:`self_killing`, events27).  The coder gives the form's verb its parties as a verb (:func:`form_kind`): the
subject fires or takes, whom the shots were fired at (على), whom a bomber went off among (بين/وسط) or who was taken
is hit.

Neither is read after a negation, a future or a condition, in a relative clause ("الذي اختطفتهم الحركة": the
hostages are being told about, not taken), nor from a noun of the act ("تجمع المتظاهرين", "عمليات خطف السفن").
On the development part of the gold sentences (in-sample: the forms were written while reading it) the massing
form matches 15 protests and 6 sentences the annotators did not accept as one (5 of them accepted by one annotator
of three); the abduction and armed-attack forms 13 assaults and 3 sentences the annotators split on (2 of 4).
"""

from __future__ import annotations

from typing import Sequence

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.detect import is_count

_PROTESTING_VERBS = L._w("تظاهر تظاهروا تظاهرت يتظاهر يتظاهرون تتظاهر اعتصم اعتصموا اعتصمت يعتصم يعتصمون تعتصم")
# verbs of gathering that tell a protest only beside a word of protest: crowds also gather for fireworks or prayers
# ("احتشد آلاف المواطنين لمشاهدة الألعاب النارية")
_CROWDING_VERBS = L._w("تجمع تجمعوا تجمعت يتجمع يتجمعون احتشد احتشدوا احتشدت يحتشد يحتشدون خرج خرجوا خرجت")
_GATHERING_VERBS = _PROTESTING_VERBS | _CROWDING_VERBS
# beginnings of the words of protest, after their clitics: protesters, protest, condemning, demands, chants, banners
_PROTEST_STEMS = tuple(L._w("متظاهر محتج معتصم احتجاج تنديد منددين مطالب يطالب هتاف هتف يهتف شعار لافت رافعين مرددين"))
_CLITICS = tuple(L._w("وال بال فال لل ال و ف ب ل"))
_CROWD_WORDS = L._w("متظاهر متظاهرون متظاهرين المتظاهرون محتجون محتجين المحتجون معتصمون معتصمين المعتصمون "
                    "آلاف الآلاف ألوف مئات المئات عشرات العشرات حشود الحشود جموع ألف مئة مائة مليون مليوني")
# a count of things gathers no crowd: "تجمعت مئات السيارات والشاحنات عند المعبر"
_THINGS = L._w("سيارات السيارات شاحنات الشاحنات حافلات الحافلات آليات الآليات مركبات المركبات سفن السفن طائرات "
               "الطائرات أطنان الأطنان")
_OUTBREAK_VERBS = L._w("اندلعت تجددت انطلقت خرجت عمت انفجرت تواصلت استمرت")
_PROTEST_NOUNS = L._w("مظاهرات المظاهرات تظاهرات التظاهرات احتجاجات الاحتجاجات مسيرات المسيرات")
# words that may stand between a verb and its subject or object: "تظاهر أمس مئات", "تظاهر حوالي خمسة آلاف"
_GAP = L._w("أمس امس اليوم مساء صباح ليلا نحو حوالي قرابة زهاء أكثر اكثر من عدة")
_AGAINST = L.fold("ضد")
_PAST_QAD = L._w("قد وقد")  # "وقد تظاهر الآلاف": قد before a past verb asserts it

_ABDUCTION_VERBS = L._w("خطف خطفوا خطفت اختطف اختطفوا اختطفت يخطف يخطفون يختطف يختطفون")
_HOLDING_VERBS = L._w("احتجز احتجزوا احتجزت يحتجز يحتجزون")
_HOSTAGES = L._w("رهائن رهينة رهينتين")
# who takes or is taken right after the verb: a count, armed men, people named by a plain noun
_ABDUCTION_PARTIES = L._w("مسلحون مسلحين مسلحان مجهولون مجهولين قراصنة خاطفون عشرات العشرات مئات المئات "
                          "شخصا مواطنا مواطنين جنديا جنود جنديين صحفيا صحافيا موظفا عمالا مهندسين")
_ABDUCTORS = L._w("مسلحون مسلحين مسلحان مجهولون مجهولين قراصنة خاطفون")
# attackers named by no name (the abductors, singular gunmen, masked men, a suicide bomber): a named party after
# them is whom they hit ("اختطف مسلحون مجهولون فلانا"; the coder's form parties)
GENERIC_ATTACKERS = _ABDUCTORS | L._w("مسلح مجهول ملثمون ملثمين ملثم انتحاري انتحارية")
_BARE_OR_NOUN = L._w("خطف")
_FIRING_VERBS = L._w("فتح فتحوا فتحت أطلق أطلقوا أطلقت يطلق يطلقون")
_FIRE = L._w("النار النيران نيرانها نيرانهم نيرانه الرصاص أعيرة عيارات أسلحتهم أسلحتها الرشاشة")
_NOT_AT_ANYONE = L._w("ابتهاجا احتفالا تحذيرية التحذيرية الهواء")  # "أطلقوا النار ابتهاجا", warning shots
_ON = L.fold("على")  # (its pronoun forms too: "عليهم", "عليها")
_DETONATING_VERBS = L._w("فجر فجرت فجروا يفجر")
_ONESELF = L._w("نفسه نفسها أنفسهم أنفسهما")


# killing oneself: "انتحر", "قتل نفسه", "أطلق النار على نفسه" (not the bomber: "انتحاري", "انتحارية")
_SUICIDE_VERBS = L._w("انتحر انتحرت انتحروا ينتحر تنتحر انتحار الانتحار")
_KILLING_VERBS = L._w("قتل قتلت قتلوا يقتل تقتل")

# The verbs each form looks for, joined once here (not for every word of every sentence).
_MASSING_VERBS = _GATHERING_VERBS | _OUTBREAK_VERBS
_TAKING_VERBS = _ABDUCTION_VERBS | _HOLDING_VERBS
_ATTACKING_VERBS = _FIRING_VERBS | _DETONATING_VERBS
_FORM_VERBS = _FIRING_VERBS | _DETONATING_VERBS | _ABDUCTION_VERBS


def _written(words: frozenset[str]) -> frozenset[str]:
    """Every token ``_read_in`` reads as one of ``words``: a sentence holding none of them has no such word, which
    one C-level ``isdisjoint`` tells before any word is read one by one."""
    return words | {c + w for w in words for c in ("و", "ف") if len(w) >= 3}


_MASSING_WRITTEN = _written(_MASSING_VERBS)
_TAKING_WRITTEN = _written(_TAKING_VERBS)
_ATTACKING_WRITTEN = _written(_ATTACKING_VERBS)
_SELF_KILLING_WRITTEN = _written(_SUICIDE_VERBS | _KILLING_VERBS | _FIRING_VERBS)


def _read_in(norm: str, words: frozenset[str]) -> str | None:
    """The word of ``words`` that ``norm`` is, with or without a conjunction before it ("وتجمع" → "تجمع"; "فتحت"
    is "فتحت" itself, not ف + "تحت"), or None."""
    if norm in words:
        return norm
    if norm[:1] in ("و", "ف") and len(norm) > 3 and norm[1:] in words:
        return norm[1:]
    return None


def _of_protest(norms: Sequence[str]) -> bool:
    """Whether a word of the sentence speaks of protest ("المتظاهرين", "احتجاجا", "مطالبين", "هتافات", "ضد")."""
    for n in norms:
        if n == _AGAINST:
            return True
        for c in ("", *_CLITICS):
            if n.startswith(c) and n[len(c):].startswith(_PROTEST_STEMS):
                return True
    return False


def _not_told_as_done(norms: Sequence[str], k: int) -> bool:
    """Whether the two words before ``k`` negate it, put it off, suppose it or open a relative clause."""
    return any(b in L.NEGATIONS or b in L.RELATIVES or b in L.FUTURE_CUES or b in L.CONDITIONALS
               or (b in L.HYPOTHETICAL_CUES and b not in _PAST_QAD) for b in norms[max(0, k - 2):k])


def _after_gap(norms: Sequence[str], k: int) -> int:
    """The first word after ``k`` past a time or an "about" (up to three of them)."""
    j = k + 1
    while j < len(norms) and j <= k + 3 and norms[j] in _GAP:
        j += 1
    return j


def crowd_massing(norms: Sequence[str]) -> int | None:
    """The word telling a crowd massing in the sentence (see the module docstring), or None.

    Protesters in the oblique case right after the verb ("فرقت الشرطة تجمع المتظاهرين") make it a noun of
    gathering before its genitive, or protesters as an object: no massing.

    Args:
        norms: the sentence's folded words, punctuation removed.
    """
    if _MASSING_WRITTEN.isdisjoint(norms):
        return None
    for k, n in enumerate(norms):
        w = _read_in(n, _MASSING_VERBS)
        if w is None or _not_told_as_done(norms, k):
            continue
        if w in _GATHERING_VERBS:
            j = _after_gap(norms, k)
            if j < len(norms) and not (norms[j].startswith("ال") and norms[j].endswith("ين")) \
                    and (norms[j] in _CROWD_WORDS or is_count(norms[j])) \
                    and not (j + 1 < len(norms) and norms[j + 1] in _THINGS) \
                    and (w in _PROTESTING_VERBS or _of_protest(norms)):
                return k
        if w in _OUTBREAK_VERBS and any(_read_in(x, _PROTEST_NOUNS) for x in norms[k + 1:k + 5]):
            return k
    return None


def _past_named(norms: Sequence[str], named: frozenset[int], k: int) -> int:
    """The first word after the verb at ``k`` past a named party right after it (and one head noun before the name,
    or its members: "اختطفت جماعة أنصار الدين ثلاثة مهندسين" → "ثلاثة", "أطلق عناصر من حزب X النار" → "النار");
    ``k + 1`` when no name follows the verb."""
    j = k + 1
    if j not in named and j + 1 in named:
        j += 1
    elif j not in named and j + 2 in named and j + 1 < len(norms) and norms[j + 1] == "من":
        j += 2
    if j not in named:
        return k + 1
    while j in named:
        j += 1
    return j


def abduction(norms: Sequence[str], named: frozenset[int] = frozenset()) -> int | None:
    """The word telling an abduction in the sentence (see the module docstring), or None.

    A verb of kidnapping counts with a count, armed men or a plain noun of people right after it ("اختطف
    مسلحون 15 شخصا", "خطفوا أربعة مهندسين", "وخطفت الحركة عشرات العاملين"); one of holding only with hostages
    a few words on ("احتجزوا أربعة من شرطة المدينة رهائن": holding alone is also an arrest).

    A named group right after the verb is read past: who it took comes after it ("واختطفت جماعة أنصار الدين
    ثلاثة مهندسين").

    Args:
        norms: the sentence's folded words, punctuation removed.
        named: the indexes (in ``norms``) of the words inside a named party (the mention layer).
    """
    if _TAKING_WRITTEN.isdisjoint(norms):
        return None
    for k, n in enumerate(norms):
        w = _read_in(n, _TAKING_VERBS)
        if w is None or _not_told_as_done(norms, k):
            continue
        if w in _HOLDING_VERBS:
            if any(x in _HOSTAGES for x in norms[k + 1:k + 7]):
                return k
            continue
        j = _past_named(norms, named, k)
        after = norms[j:j + 2] if j > k + 1 else norms[k + 1:k + 3]
        if w == n and w in _BARE_OR_NOUN:
            # "خطف" is the verb and its noun alike: "منذ خطف اثنين من مواطنيها", "يجب خطف جنود" are nouns; only
            # armed men right after it make it the verb ("خطف مسلحون ثلاثة")
            if any(x in _ABDUCTORS for x in after):
                return k
            continue
        if any(is_count(x) or x in _ABDUCTION_PARTIES for x in after):
            return k
    return None


def armed_attack(norms: Sequence[str], named: frozenset[int] = frozenset()) -> int | None:
    """The word telling shots fired at someone or a suicide bomber going off, or None.

    Opening fire with its target after "على" a few words on ("فتح مسلحون النار على الحافلة", "أطلقت الدبابات
    نيرانها على الحي"; not shots "في الهواء", in celebration or in warning: nobody is fired at); blowing oneself
    up ("فجر انتحاري نفسه قرب الحاجز", "فجرت انتحارية نفسها", "فجر ثلاثة انتحاريين أنفسهم").

    A named party right after the verb is read past ("أطلق عناصر من حزب X النار على ...").

    Args:
        norms: the sentence's folded words, punctuation removed.
        named: the indexes (in ``norms``) of the words inside a named party (the mention layer).
    """
    if _ATTACKING_WRITTEN.isdisjoint(norms):
        return None
    for k, n in enumerate(norms):
        w = _read_in(n, _ATTACKING_VERBS)
        if w is None or _not_told_as_done(norms, k):
            continue
        past = _past_named(norms, named, k) - 1
        if w in _FIRING_VERBS and any(x in _FIRE for x in norms[k + 1:past + 4]) \
                and _fired_at_someone(norms, k, past) and not any(x in _NOT_AT_ANYONE for x in norms[k + 1:k + 7]):
            return k
        if w in _DETONATING_VERBS and any(x in _ONESELF for x in norms[k + 1:k + 5]):
            return k
    return None


def _fired_at_someone(norms: Sequence[str], k: int, past: int) -> bool:
    """Whether "على" (or its pronoun form) follows the firing verb at ``k`` (its named subject ending at ``past``)
    a few words on, and not at oneself ("أطلق النار على نفسه": nobody else is fired at)."""
    for j in range(k + 2, min(len(norms), past + 7)):
        x = norms[j]
        if x == _ON or x.startswith(_ON) and len(x) > len(_ON) + 1:
            return not (x == _ON and j + 1 < len(norms) and norms[j + 1] in _ONESELF)
    return False


def form_kind(norms: Sequence[str], k: int) -> str:
    """How the form's verb at ``k`` (found by :func:`armed_attack` or :func:`abduction`) tells the act: "fire"
    (its target after على), "detonate" (among whom after بين/وسط), "abduct" (whom it took as its object) or "" (a
    verb of gathering or holding)."""
    w = _read_in(norms[k], _FORM_VERBS)
    if w in _FIRING_VERBS:
        return "fire"
    if w in _DETONATING_VERBS:
        return "detonate"
    if w in _ABDUCTION_VERBS:
        return "abduct"
    return ""


def self_killing(norms: Sequence[str]) -> bool:
    """Whether the sentence tells someone killing or shooting himself ("انتحر جندي", "قتل فتى نفسه بقنبلة",
    "أطلق النار على نفسه"; not a suicide bomber, "انتحاري") and no killing of a counted others: no one else is
    attacked by it ("قتل المسلح خمسة أشخاص ثم انتحر" is an attack all the same).

    Args:
        norms: the sentence's folded words, punctuation removed.
    """
    if _SELF_KILLING_WRITTEN.isdisjoint(norms):
        return False
    himself = others = False
    for k, n in enumerate(norms):
        if _read_in(n, _SUICIDE_VERBS) is not None:
            himself = True
        elif _read_in(n, _KILLING_VERBS) is not None:
            if any(x in _ONESELF for x in norms[k + 1:k + 3]):
                himself = True
            elif any(is_count(x) for x in norms[k + 1:k + 5]):
                others = True
        elif _read_in(n, _FIRING_VERBS) is not None and any(x in _FIRE for x in norms[k + 1:k + 4]) \
                and any(a == _ON and b in _ONESELF for a, b in zip(norms[k + 2:k + 7], norms[k + 3:k + 8])):
            himself = True
    return himself and not others


__all__ = ["GENERIC_ATTACKERS", "abduction", "armed_attack", "crowd_massing", "form_kind", "self_killing"]
