"""Why an office change read from a sentence should not be learned (issue 19).

The ``offices`` stage finds a change word, a person and an office; that pattern is also what a sentence about an
old appointment, a wish, a threat or a candidacy looks like, and the person it finds may be a fragment of a longer
name.  Read by hand on SaudiNewsNet, half of what was learned that way was wrong, and no confidence threshold
separated the right from the wrong.  So a change is learned only when nothing in its sentence says otherwise:
``doubts`` gives the reasons against it, and a change with any reason gets confidence 0 and keeps its reasons
(``marsad roles --status below`` shows them).  Learning fewer changes that are right is the aim: a wrong learned
role re-links every later mention of the office to the wrong person.

Each reason is a short code:

* ``historical`` — the change is dated more than a year before the article (a biography, an anniversary), or the
  sentence marks it as past ("منذ تعيينه", "في ذلك الوقت", "آنذاك", "كان قد");
* ``future`` — dated after the article (a planned change is no change yet);
* ``not-done`` — the change is named by its noun ("تعيين", "استقالة") with nothing that says it happened (a
  decree, "تم", "صدر", "أعلن", after "بعد"/"إثر"), or by a present-tense verb, or after a word of wish, threat,
  expectation or candidacy;
* ``former-office`` — the title is followed by "السابق"/"الأسبق"/"سابقاً": the person's old post, not a new one;
* ``person-fragment`` — the name is one word and no known person, begins with a conjunction glued to it
  ("وإسلام"), begins or ends with a name particle ("بن …", "… فان"), or holds a title or an accusative word;
* ``person-apart`` — the name after the change word is not its object (across a comma, or after the noun
  with its article: "أمر الإعفاء، وجّه فلان");
* ``person-far`` — "تعيينه"/"استقالته" more than four words after the name it points back to;
* ``background`` — the change is told, with no date of its own, in a relative clause about the person
  ("فلان، الذي صدر الأمر الملكي بتعيينه وزيراً", "فلان، الذي عُيّن مؤخراً رئيساً …") or as what came before
  other news ("بعد استقالة فلان من منصبه"): the sentence's news is something else (an oath, a farewell, a race to
  succeed him, a columnist's view), and the change came before it, on a day the article does not give ("الذي
  عُيّن للتو" in a column says as little of the day as "مؤخراً");
* ``date-unsure`` — dated by a weekday said alone while the article was speaking of a time weeks before (see
  ``office_dates.date_of``);
* ``renewal`` — a re-election, an extension or a second term ("أعيد انتخابه", "تمديد تكليفه", "لولاية ثانية",
  "مجدداً"): the holder keeps the post, so nothing changes hands;
* ``announced`` — a departure announced, handed in or put off, not yet taken effect: a resignation submitted
  ("قدّم استقالته") with nothing in the sentence that says it was accepted or that he left ("قبول استقالته",
  "غادر منصبه"), an intention ("أعلن عزمه الاستقالة"), the holder staying on ("على أن يبقى في منصبه حتى
  فبراير", "سيتنحى") or a resignation in force from a later day ("اعتباراً من الشهر المقبل");
* ``end-unstated`` — a resignation, dismissal or death whose office is not said with the name ("استقال وزير
  الدفاع فلان", "فلان … من منصب …") nor right after the change word ("استقالته من منصبه كمدير فني …"): the
  office found further away is usually someone else's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from marsad.nlp.gazetteer import Tok, readings
from marsad.nlp.translit import norm

__all__ = ["doubts"]

# Words before a change noun that say the change happened: a decree or decision, "تم", "صدر", "أعلن", "بعد".
_DONE = frozenset(norm(w) for w in """تم يتم جرى صدر صدور صدرت اصدر أصدر اصدرت أصدرت قرار قرارا قراراً القرار
    امر أمر امرا أمراً الامر الأمر اوامر أوامر مرسوم مرسوما مرسوماً المرسوم اعلن أعلن اعلنت أعلنت اعلان إعلان
    بعد عقب اثر إثر قدم قدمت تقدم تقدمت رسميا رسمياً يقضي تقضي يتضمن تضمن شملت شمل اقر أقر اقرت أقرت
    قرر قررت وافق وافقت الموافقه موافقه نبا نبأ خبر اكد أكد اكدت أكدت بمناسبه بمناسبة تهنئه تهنئة تناقلت
    تناقل تضمنت المتضمن قرارات القرارات تمديد""".split())
# Words that make a change wished for, threatened, expected or only a candidacy (within a few tokens before).
_NOT_DONE = frozenset(norm(w) for w in """فكره فكرة بفكره بفكرة تهديد التهديد هدد يهدد هددت تعهد يتعهد تعهده
    نيه نية نيته نيتها يرتقب ترتقب يرتقب مرتقب يتوقع تتوقع متوقع المتوقع توقع توقعات امل أمل يامل يأمل تامل
    تأمل يتمنى تمنى اتمنى أتمنى يخشى تخشى خشيه خشية يجب ينبغي التوصيه التوصية توصيه توصية اقتراح مقترح يقترح
    اقترح طلب يطلب مطالبه مطالبة المطالبه المطالبة مطالبات ضروره ضرورة موقفه يحسم حسم تسعى يسعى سعي امكان
    الضغط ضغوط تلوح يلوح التلويح التلميح رغبه رغبة يريد تريد""".split())
_GLUED_ARTICLE = ("بال", "لل", "وال", "فال", "كال")  # a particle glued to the article begins no name's word
_TIED = frozenset(norm(w) for w in "عن على".split())  # "أعلن … عن تعيين", "وافق … على تعيين"
_TIED_REACH = 12  # tokens of the subject (titles and name) between such a verb and its preposition
_RELATIVE = frozenset(norm(w) for w in "الذي التي والذي والتي".split())
_PAST = frozenset(norm(w) for w in "منذ انذاك آنذاك حينها وقتها يومها حينذاك".split())
_FORMER = frozenset(norm(w) for w in "السابق السابقه السابقة الاسبق الأسبق سابقا سابقاً".split())
_PARTICLES = frozenset(norm(w) for w in "بن ابن بنت آل ال أبو ابو أبي ابي عبد فان فون دي دو دا لا ال".split())
_NAME_LINKS = frozenset(norm(w) for w in "بن ابن بنت آل".split())  # a name goes on past them
_TITLE_WORDS = frozenset(norm(w) for w in """رئيس وزير مدير محافظ سفير امير أمير نائب مبعوث المبعوث امين أمين قائد
    مستشار الرئيس الوزير المدير المحافظ السفير""".split())
# The imperfect of the change verbs: "يستقيل", "ينتخب", "يخلف" say what will or may happen.
_PRESENT = frozenset(norm(w) for w in "ينتخب تنتخب يستقيل تستقيل يخلف تخلف يعين تعين يقيل تقيل".split())
_AFTER = frozenset(norm(w) for w in "بعد عقب اثر إثر".split())  # "بعد استقالة فلان": the cause of other news
# A departure not yet taken effect: handed in, intended, with the holder staying on or in force from a later day.
_DEPARTURES = frozenset({"resigned", "dismissed"})
_SUBMIT = frozenset(norm(w) for w in "قدم قدمت تقدم تقدمت يقدم تقديم رفع رفعت".split())  # "قدّم استقالته"
_INTENT = frozenset(norm(w) for w in "عزم عزمه عزمها اعتزام اعتزامه اعتزامها نيته نيتها".split())
# After the change word: the holder stays on ("على أن يبقى في منصبه حتى فبراير") or leaves later ("سيتنحى").
_STAYS = frozenset(norm(w) for w in """يبقى يبقي يظل يستمر يواصل سيبقى سيبقي سيظل سيستمر سيواصل سيتنحى سيتنحي
    ستتنحى ستتنحي سيغادر ستغادر سيترك ستترك سيتخلى سيتخلي""".split())
_IN_FORCE = frozenset(norm(w) for w in "اعتبارا اعتباراً ابتداء ابتداءً تسري يسري ستسري سيسري سريان نافذه نافذة "
                      "حيز".split())  # "اعتباراً من", "تسري"
_SUBJECT_REACH = 6  # tokens of titles between such a verb and the name of its subject
# Tokens after the change (its word, person and office) within which "يبقى", "سيتنحى", "اعتباراً من" speak of it.
_STAY_REACH = 10
_LATER = frozenset(norm(w) for w in "المقبل المقبله المقبلة القادم القادمه القادمة".split())
# Words that say a departure took effect: accepted, or the holder left.
_ACCEPTED = frozenset(norm(w) for w in """قبول قبلت قبلتها قبلته قبلها قبله وافق وافقت الموافقه الموافقة
    موافقه موافقة غادر غادرت ترك تركت""".split())
# A renewal keeps the holder: "أعيد انتخابه", "تمديد تكليفه", "جدد الثقة", "لولاية ثانية", "مجدداً".
_RENEW = frozenset(norm(w) for w in """اعاده إعادة اعيد أعيد اعيدت أعيدت يعاد تعاد تجديد جدد جددت يجدد تمديد مدد
    مددت يمدد التمديد التجديد""".split())
_TERM = frozenset(norm(w) for w in "ولايه ولاية فتره فترة دوره دورة".split())
_AGAIN = frozenset(norm(w) for w in """ثانيه ثانية ثالثه ثالثة رابعه رابعة خامسه خامسة سادسه سادسة جديده جديدة
    اخرى أخرى""".split())
_ANEW = frozenset(norm(w) for w in "مجددا مجدداً مجددًا".split())
_FROM = frozenset(norm(w) for w in "من عن".split())
_POST_NOUNS = frozenset(norm(w) for w in "منصب منصبه منصبها".split())
_HISTORY_DAYS = 366
_FUTURE_DAYS = 31


def _renewal(toks: list[Tok], k: int, hi: int, office_j: int) -> bool:
    """Is the change a renewal of a post already held — re-elected, extended, for a second term?"""
    if any(v in _RENEW for t in toks[max(0, k - 2):k] for v in _variants(t)):
        return True  # "أعيد انتخابه", "قرار بتمديد تكليفه"
    tail = toks[k + 1:min(hi, max(k, office_j) + 4)]
    for i, t in enumerate(tail):
        vs = _variants(t)
        if any(v in _ANEW for v in vs):
            return True  # "انتخب مجدداً رئيساً"
        if any(v in _TERM for v in vs) and i + 1 < len(tail) and any(v in _AGAIN for v in _variants(tail[i + 1])):
            return True  # "رئيساً لولاية ثانية"
    return False


def _announced(toks: list[Tok], k: int, lo: int, hi: int, first: int, last: int) -> bool:
    """Is the departure at ``k`` only announced — handed in, intended, put off — with nothing in the sentence
    saying it took effect?  ``first`` is the first token of the change word or of its subject before it, ``last``
    the token after the change word, its person and its office."""
    sentence = [v for t in toks[lo:hi] for v in _variants(t)]
    if any(v in _ACCEPTED for v in sentence) or any(
            toks[a].norm == norm("قبل") and toks[k - 1].norm != norm("من") for a in range(max(lo, k - 5), k - 1)):
        return False  # "قبل الرئيس استقالة الحكومة", "الموافقة على استقالته"; not "قبل أيام من استقالته"
    # the verb may stand before its subject's titles and name: "قدّم رئيس الوزراء الهندي فلان استقالته"
    before = [v for t in toks[max(lo, first - _SUBJECT_REACH):k] for v in _variants(t)]
    if any(v in _SUBMIT or v in _INTENT for v in before):
        return True  # "قدّم فلان استقالته", "أعلن عزمه الاستقالة"
    for a in range(last, min(hi, last + _STAY_REACH)):
        vs = _variants(toks[a])
        if any(v in _STAYS for v in vs):
            return True  # "على أن يبقى في منصبه حتى فبراير"
        if any(v in _IN_FORCE for v in vs) and any(v in _LATER for u in toks[a + 1:min(hi, a + 7)]
                                                   for v in _variants(u)):
            return True  # "تسري استقالته اعتباراً من الشهر المقبل"
    return False


def _variants(tok: Tok) -> list[str]:
    return [v for v, _k, _a in readings(tok.norm)]


def _day(value: str | None, end: bool) -> date | None:
    """A date of ``value`` ("2015", "2015-07", "2015-07-21"): its first day, or its last when ``end``."""
    if not value or not value[:4].isdigit():
        return None
    try:
        y = int(value[:4])
        m = int(value[5:7]) if len(value) >= 7 else (12 if end else 1)
        d = int(value[8:10]) if len(value) >= 10 else None
        if d is None:
            first = date(y, m, 1)
            if not end:
                return first
            return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return date(y, m, d)
    except ValueError:
        return None


def _dated_wrongly(change_date: str | None, published: str | None) -> str | None:
    pub = _day(published, end=False)
    if pub is None or not change_date:
        return None
    latest, earliest = _day(change_date, end=True), _day(change_date, end=False)
    if latest is not None and latest < pub - timedelta(days=_HISTORY_DAYS):
        return "historical"
    if earliest is not None and earliest > pub + timedelta(days=_FUTURE_DAYS):
        return "future"
    return None


def _person_fragment(surface: str, name: str, known: bool) -> bool:
    """A name that is only part of one: one word, a glued conjunction, a particle at an end, a title in it."""
    if surface.split()[:1] and surface.split()[0].startswith(("وإ", "وأ", "وآ", "وال")) and len(surface) > 4:
        return True  # "وإسلام كريموف": the conjunction glued to the name
    words = name.split()
    if not words:
        return True
    if any("\u064b" in w for w in words):  # tanween: "مبعوثًا" is no part of a name
        return True
    if len(words) == 1 and not known:
        return True
    if words[0].startswith(("وإ", "وأ", "وآ", "وال")) and len(words[0]) > 3:
        return True
    first, last = norm(words[0]), norm(words[-1])
    if first in _PARTICLES - {norm("أبو"), norm("ابو"), norm("عبد")} or last in _PARTICLES or len(last) <= 2:
        return True
    return any(norm(w) in _TITLE_WORDS for w in words)


def _noun_done(toks: list[Tok], k: int, lo: int, is_change: Callable[[int], bool], subject: int | None = None) -> bool:
    """Whether the change noun at ``k`` is told as done: at the head of the sentence (a headline), after
    "ب" ("قرار بتعيين"), after a word of _DONE (before the noun, or before its ``subject``: "قدّم فلان
    استقالته"), or joined by "و" to an earlier change noun that is."""
    if k - lo <= 1:
        return True
    here = _variants(toks[k])
    if toks[k].norm.startswith("ب") and toks[k].norm[1:] in here:
        return True
    first = min(k, subject if subject is not None else k)
    if any(v in _DONE for t in toks[max(lo, first - 4):k] for v in _variants(t)):
        return True
    # "أعلن مدير الشؤون الصحية بالمنطقة الدكتور فلان عن تعيين …", "صدرت موافقة الوزير فلان على تعيين …": the
    # preposition ties the noun to a verb or decision whose subject, with all its titles, stands between them
    if toks[k - 1].norm in _TIED and any(v in _DONE for t in toks[max(lo, k - 1 - _TIED_REACH):k - 1]
                                         for v in _variants(t)):
        return True
    if toks[k].norm.startswith("و"):  # "صدر أمر بإعفاء فلان … وتعيين فلان": one decree, several changes
        for j in range(k - 1, lo - 1, -1):
            if is_change(j):
                return _noun_done(toks, j, lo, is_change)
    return False


# Words that may stand between a name and the post it is given ("عيّن فلاناً أمس وزيراً").
_BETWEEN = frozenset(norm(w) for w in "امس أمس اليوم مؤخرا مؤخراً رسميا رسمياً مجددا مجدداً".split())


def _joined(toks: list[Tok], p: int) -> bool:
    """Token ``p`` follows the one before it after a single space (no punctuation between)."""
    return p > 0 and toks[p].space and toks[p].start - toks[p - 1].end == 1


def doubts(toks: list[Tok], k: int, lo: int, hi: int, *, kind: str, form: str, person_surface: str,
           person_name: str, person_known: bool, person_i: int, person_j: int, office_i: int, office_j: int,
           change_date: str | None, date_from: str, published: str | None,
           is_change: Callable[[int], bool] = lambda j: False, person_apart: bool = False,
           name_cut: bool = False, stop: int | None = None) -> list[str]:
    """Reasons not to learn a change whose change word is token ``k`` of the sentence tokens ``[lo, hi)``.

    Args:
        kind: the change (``elected``, ``resigned``, …); form: noun | pronoun | verb (how the change word
            governs the person); person_*: the person's words in the text, their entity's name, whether the KB
            knows them, and their tokens;
            office_i/office_j: the office's tokens; change_date/date_from: the change's date and where it came
            from (timex | article); published: the article's date; is_change: whether a token of the sentence is
            a change word (for changes joined by "و" under one decree); person_apart: the person follows the
            change word across a comma or after its noun with the article ("أمر الإعفاء، وجّه فلان");
            name_cut: the word before the name is its first part, which the name leaves out;
            stop: the token where the change word's own sentence ends, when the span holds more than one.

    Returns:
        Reason codes (see the module docstring); empty when nothing speaks against the change.
    """
    out: list[str] = []
    when = _dated_wrongly(change_date, published) if date_from in ("timex", "unsure") else None
    if when:
        out.append(when)
    elif date_from == "unsure":
        out.append("date-unsure")
    before = [v for t in toks[max(lo, k - 4):k] for v in _variants(t)]
    here = _variants(toks[k])
    if any(v in _PAST for v in before) or (date_from == "article" and any(
            v in (norm("كان"),) for v in before[-4:]) and any(v in (norm("قد"),) for v in before[-4:])):
        out.append("historical")
    not_done = any(v in _NOT_DONE for v in before)
    if kind == "died" and form != "verb":
        not_done = True  # "تأكيد وفاة", "بعد وفاة": a death confirmed or recalled, rarely one that just happened
    elif form in ("noun", "pronoun") and not _noun_done(toks, k, lo, is_change,
                                                         person_i if form == "pronoun" else None):
        not_done = True
    elif form == "verb" and any(v in _PRESENT for v in here):
        not_done = True
    if person_apart:
        out.append("person-apart")
    relative = any(t.norm in _RELATIVE for t in toks[person_j:k])  # "فلان الذي صدر أمر بتعيينه"
    if form == "pronoun" and person_j <= k and k - person_j > 4 and not relative:
        out.append("person-far")  # "تعيينه", "استقالته" far from the name: "him" may be anyone named before
    after = form in ("noun", "pronoun") and any(v in _AFTER for t in toks[max(lo, k - 2):k] for v in _variants(t))
    # "فلان الذي صدر الأمر بتعيينه", "فلان، الذي عُيّن مؤخراً وزيراً": told as known, dated by nothing
    if date_from == "article" and (after or (form in ("pronoun", "verb") and person_j <= k and relative)):
        out.append("background")
    if not_done:
        out.append("not-done")
    if _renewal(toks, k, hi, office_j):
        out.append("renewal")
    if kind in _DEPARTURES and _announced(toks, k, lo, hi if stop is None else min(hi, stop), min(k, person_i),
                                          max(k + 1, person_j, office_j)):
        out.append("announced")
    after = toks[office_j:min(hi, office_j + 2)]
    if any(v in _FORMER for t in after for v in _variants(t)):
        out.append("former-office")
    cut = (person_j < len(toks) and toks[person_j].norm in _NAME_LINKS) or (
        person_i > 0 and toks[person_i - 1].norm in _NAME_LINKS | {norm("أبو"), norm("عبد")})
    # "تعيين محمد المختار| الفال رئيساً": one word glued between the name and the post it is given is the
    # rest of the name
    glued = (kind not in ("resigned", "dismissed", "died") and office_i == person_j + 1 < len(toks)
             and _joined(toks, person_j) and _joined(toks, office_i) and toks[person_j].norm not in _BETWEEN
             and not toks[person_j].norm.startswith(_GLUED_ARTICLE))  # "فلان بالعمل رئيساً": no part of a name
    # "مشعل بن سعود| بن عبدالعزيز"
    if cut or glued or name_cut or _person_fragment(person_surface, person_name, person_known):
        out.append("person-fragment")
    if kind in ("resigned", "dismissed", "died"):
        with_name = office_j == person_i or office_i == person_j or (office_i > person_j and office_i - person_j <= 4)
        # "أعلن فلان استقالته من منصبه كمدير فني للفريق": the post, a title, follows the change word itself (not
        # "من منصبه لظروفه الصحية": words after the post noun that are no title)
        head = toks[office_i].norm if office_i < len(toks) else ""
        from_post = k < office_i <= k + 3 and (head in _TITLE_WORDS or head[:1] == "ك" and head[1:] in _TITLE_WORDS) \
            and all(any(v in _FROM or v in _POST_NOUNS for v in _variants(t)) for t in toks[k + 1:office_i])
        if not (with_name or from_post):
            out.append("end-unstated")
    return list(dict.fromkeys(out))
