"""Names of institutions, facilities and places that bear a person's name (issues 11, 14, 15).

"مركز الملك سلمان للإغاثة", "جامعة الملك عبدالعزيز", "مستشفى الملك فهد", "مدينة الملك عبدالله الاقتصادية",
"جائزة الملك فيصل", "مطار الملك خالد": the tagger rightly tags the person's name inside (ANERcorp does), but the
person is not mentioned — the institution is.  One list of head nouns serves the linker (which links such a name
to the institution, ``marsad.nlp.linking``) and the coder of events (which takes no party from inside such a name,
``marsad.nlp.events.analysis``).

The head stands in the construct state right before the name, with its clitics ("لمركز", "بجامعة", "ومستشفى"),
the name's own honorifics allowed between ("جامعة الإمام محمد بن سعود", "جائزة خادم الحرمين الشريفين الملك
عبدالله").  A definite head is not a construct: "رئيس الجامعة فلان" is the university's head himself.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.nlp.gazetteer import Tok
from marsad.nlp.translit import norm

__all__ = ["BEARER_HEADS", "HEADS", "HONORIFICS", "LINK_HEADS", "PLACE_HEADS", "name_end", "named_after_head", "words"]

# Heads whose genitive person names the thing (events39's list; link10 added roads and parks: "طريق الملك
# عبدالعزيز", "متنزه الملك عبدالعزيز", "إسكان الملك فهد").
HEADS = ("مدينة جامعة مستشفى مركز مطار ميناء مؤسسة جائزة مجمع شارع ملعب استاد قاعدة قاعة مكتبة كلية معهد "
         "مسجد جامع جسر مدرسة صندوق كرسي حي ساحة برج نادي كراسي جوائز مراكز طريق متنزه منتزه متنزهات حديقة "
         "كورنيش إسكان دارة برنامج نفق أنفاق جامعتي مخطط مخططات طرق وسام سد ميدان باب كأس")  # (actors47: «دارة
# الملك عبدالعزيز», «برنامج الأمير نايف», «جامعتي الملك عبدالعزيز», «مخطط الملك فهد», «وسام الملك عبدالعزيز»,
# «سد الملك فهد», «ميدان الملك خالد», «باب الملك عبدالعزيز», «كأس الملك فيصل»)
# Heads the linker reads too (actors48: «مشروع الملك عبدالعزيز للنقل العام», «معرض الملك فيصل», «قلادة الملك
# عبدالعزيز», «جائزة ومنحة خادم الحرمين», «صالة الملك عبدالله», «توسعة الملك عبدالله للمسجد الحرام»); not yet the
# event coder's nor the tagger's list of words that are no name alone (their outputs and versions stay).
LINK_HEADS = "مشروع معرض قلادة منحة صالة توسعة"
# Bodies that bear a family name without being named after one person: a business ("شركة الجفالي", "مجموعة
# المعجل", "مصنع فلان") or the family itself ("أسرة الخنيني", "آل فلان").  The linker's coreference does not take
# the family name after one of these for the person of that name (``marsad.nlp.coref``).  (Not a force or a
# government: "قوات الأسد", "حكومة نتنياهو" are the person's; not "أسر", which is also a capture.)
BEARER_HEADS = "شركة شركات مجموعة مصنع مصانع بنك مصرف متجر محلات عائلة عائلات أسرة آل قبيلة عشيرة"
# Of these, the ones naming a place rather than a body ("مدينة الملك عبدالله الاقتصادية", "شارع الملك فهد").
PLACE_HEADS = "مدينة شارع حي ساحة جسر طريق كورنيش مخطط مخططات طرق سد ميدان نفق أنفاق"
# The honorifics of a name an institution bears (the linker's and the event coder's).
HONORIFICS = ("الإمام الامام الشهيد الراحل المغفور خادم الحرمين الشريفين المؤسس الملك الأمير الأميرة الشيخ "
              "الشيخة السلطان "
              "له")  # "المغفور له الملك فهد"


def words(text: str, fold: Callable[[str], str]) -> frozenset[str]:
    """A list above in the matching form of its reader (``translit.norm`` or the events' ``fold``)."""
    return frozenset(fold(w) for w in text.split())


_HEADS = words(HEADS + " " + LINK_HEADS, norm)
_PLACES = words(PLACE_HEADS, norm)
_HONORIFICS = words(HONORIFICS, norm)
# The word after the person that belongs to the institution's name: "مركز الملك سلمان للإغاثة", "مطار الملك خالد
# الدولي", "مدينة الملك عبدالله الاقتصادية" (one word: the rest of a long name is its description).
_NAME_ADJECTIVES = words("الدولي الدولية التخصصي التخصصية الجامعي الجامعية الثقافي الثقافية العام العامة الاقتصادية "
                         "الرياضية الرياضي الإسلامية الاسلامية الخيرية الطبية الطبي العسكري العسكرية الوطني الوطنية "
                         "المركزي المركزية الجوية البحرية الحضاري الأولمبي الاولمبي الدائري العالمية العالمي "
                         "النموذجية التعليمي", norm)
# Heads that name a thing after a person only with a title between: «مشروع الملك عبدالله لتنمية التعليم» is the
# programme, «مشروع نتنياهو» is Netanyahu's own plan, «معرض فلان» his exhibition (actors48).
_TITLED_ONLY = words("مشروع معرض منحة توسعة", norm)
_BY_WAY_OF = words("طريق", norm)
_BY = words("عن", norm)
_BETWEEN = frozenset(" \t\u00a0")
_MAX_HONORIFICS = 4


def _head_start(text: str, tok: Tok) -> tuple[int, str] | None:
    """Where the head noun starts once its clitics are set aside, and its base; None when ``tok`` is no head."""
    w = tok.norm
    skip = 0
    if w not in _HEADS and w[:1] in ("و", "ف") and len(w) > 2:
        w, skip = w[1:], 1
    if w not in _HEADS and w[:1] in ("ب", "ل", "ك") and len(w) > 2:  # ("لل" makes it definite: no construct)
        w, skip = w[1:], skip + 1
    if w not in _HEADS:
        return None
    start = tok.start
    for _ in range(skip):  # (clitics are single letters in the text too; diacritics after them are skipped)
        start += 1
        while start < tok.end and not text[start].isalpha():
            start += 1
    return start, w


def named_after_head(text: str, toks: list[Tok], first: int) -> tuple[int, str] | None:
    """When the person name starting at token ``first`` is the genitive of an institution's, a facility's or a
    place's head noun: (start of the head without its clitics, "ORG" or "LOC"); else None."""
    j = first - 1
    steps = 0
    while j >= 0 and steps <= _MAX_HONORIFICS:
        if set(text[toks[j].end : toks[j + 1].start]) - _BETWEEN:
            return None  # punctuation, a quote or a line break between: not one noun phrase
        hit = _head_start(text, toks[j])
        if hit is not None:
            if hit[1] in _BY_WAY_OF and j > 0 and toks[j - 1].norm in _BY:
                return None  # "عن طريق فلان": by way of him, no road
            if hit[1] in _TITLED_ONLY and steps == 0 and toks[first].norm not in _HONORIFICS:
                return None
            return hit[0], "LOC" if hit[1] in _PLACES else "ORG"
        if toks[j].norm not in _HONORIFICS:
            return None
        j -= 1
        steps += 1
    return None


def name_end(text: str, toks: list[Tok], end: int, k: int) -> int:
    """The end of an institution's name whose person ends at ``end`` (``k``: the first token after it): past one
    word of the name after it, a noun with "لل" ("للإغاثة", "للعلوم") or an adjective of institutions ("الدولي",
    "التخصصي")."""
    if k >= len(toks) or text[end:toks[k].start].strip(" \t\u00a0"):
        return end
    w = toks[k].norm
    return toks[k].end if (w.startswith("لل") and len(w) > 4) or w in _NAME_ADJECTIVES else end
