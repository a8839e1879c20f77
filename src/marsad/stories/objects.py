"""What a headline says was opened, held or visited: the event's object (which exhibition, festival, park, forum).

A region's patron opens an exhibition on Monday and a park on Tuesday in the same town; two regions hold a honey
festival in the same week; the same governor's office announces both.  The reports share the patron, the police
or the town, the agency's words ("opens", "under the patronage of") and the days: every pair feature but what the
headline says was opened.  An exhibition's own reports may even name the park that hosts it, so neither the
places nor the vocabulary of the texts tell the two apart — the headlines do.

:func:`object_slot` reads from a headline the objects it reports: a kind (exhibition, festival, park, forum,
seminar, competition), the rarer words of the name written after it ("معرض الفيصل شاهد وشهيد" → فيصل, شاهد,
شهيد) and the towns or provinces named after it ("مهرجان العسل بالباحة" → loc:baha, not the patron's region in
"أمير عسير يفتتح ...").  :func:`objects_conflict`: two headlines that each report objects, none of them one the other
reports — another kind, another name, or the same name in another place — report two events.  Only headlines are
compared: a lead names the host park or the regions taking part, which says nothing of what was opened.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import WordTable, content_term, headline_matches, idf, local_place, prefix_stripper

Objects = tuple[frozenset[str], frozenset[str]]  # (the headline's objects, encoded "kind|names|places"; the words
# of its headline and lead)

# Kinds of event object, by the headline words (folded, article and clitics off) that name one.  Left out: a
# conference (مؤتمر: the press conference of anything), a campaign (حملة: raids and drives of any kind), a project
# (مشروع), a market (سوق: the stock market's sessions have their own slot)
OBJECT_WORDS = {
    "exhibition": "معرض معارض",
    "festival": "مهرجان مهرجانات",
    "park": "منتزه متنزه منتزهات متنزهات حديقه حدائق",
    "forum": "ملتقي منتدي",
    "seminar": "ندوه",
    "competition": "مسابقه",
}
OBJECT = {w: kind for kind, words in OBJECT_WORDS.items() for w in words.split()}
# Words after the kind that say what sort of edition it is, not which one: two festivals "الدولي الثامن" are not one
GENERIC = frozenset("""
دولي عالمي وطني محلي سنوي صيفي سياحي ثقافي تراثي خيري اقليمي عربي خليجي اول ثاني ثالث رابع خامس سادس سابع ثامن
تاسع عاشر حادي عشر جديد كبير اكبر الكبير رسمي نسخه دوره فعاليات فعاليه انطلاق افتتاح ختام اختتام
""".split())
NAME_IDF = 3.0  # a name word at least this rare (فيصل 3.8, عسل 6.1) says which one; commoner words are filler
MAX_NAME = 3  # words read after the kind
# Words that end a name: prepositions, verbs of what happens to it, conjunctions (folded)
STOP = frozenset("في علي من الي عن مع خلال بعد قبل منذ حتي و او ثم الذي التي يوم امس اليوم غدا".split())
TOKEN_RE = re.compile(r"[^\W\d_]{2,}|[:\-–|،,؛]")

_bare = prefix_stripper(("وبال", "ولل", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل"))


def object_slot(title: str, lead: str = "") -> Objects:
    """(the objects a headline reports, each encoded ``kind|name words|places`` (words and places comma-separated,
    either possibly empty): "أمير مكة يفتتح معرض الفيصل في الطائف" → {"exhibition|فيصل|loc:taif"}; the words of its
    headline and ``lead`` as a name's words are matched) — both empty when the headline names no object."""
    objects = _objects(title)
    if not objects:
        return frozenset(), frozenset()
    # (headline and lead folded apart, as the other readers fold them: ``fold_for_search`` keeps them)
    folded = fold_for_search(title) + " " + fold_for_search(lead)
    return objects, frozenset(t for w in TOKEN_RE.findall(folded) if (t := _NAME_TERMS[w]))


@lru_cache(maxsize=100_000)
def _objects(title: str) -> frozenset[str]:
    folded = fold_for_search(title)
    # the places the headline names, by where they start (the gazetteer reads the headline as written; folding
    # keeps its length, so offsets agree)
    places = [(m.start, m.end, m.ids[0]) for m in headline_matches(title)
              if m.kind == "name" and m.ids and m.ids[0].startswith("loc:") and local_place(m.ids[0])]
    tokens = [(t.start(), t.end(), t.group()) for t in TOKEN_RE.finditer(folded)]
    out = set()
    for i, (start, end, word) in enumerate(tokens):
        kind = OBJECT.get(word) or OBJECT.get(_bare(word))
        if not kind:
            continue
        names: list[str] = []
        stop = len(folded)
        for s, e, w in tokens[i + 1:i + 1 + MAX_NAME]:
            if not w[0].isalpha() or w in STOP or OBJECT.get(_bare(w)):
                stop = s
                break
            if any(ps <= s < pe for ps, pe, _ in places) or _place(_bare(w)):
                stop = s
                break  # (a place ends the name: "مهرجان العسل بالباحة")
            if names and w[0] in "يت" and len(w) >= 4:
                stop = s
                break  # (a verb in the present tense ends it: "مهرجان العسل يستقبل ...")
            t = _NAME_TERMS[w]
            if t and t not in GENERIC and _bare(w) not in GENERIC and idf(t) >= NAME_IDF:
                names.append(t)
        after = sorted({key for ps, _, key in places if ps > start and ps - stop < 40})
        out.add(f"{kind}|{','.join(sorted(set(names)))}|{','.join(after)}")
    return frozenset(out)


@lru_cache(maxsize=100_000)
def _place(word: str) -> bool:
    """Is a word (clitics off) a place of the knowledge base, a town or a country ("بالطائف" → طائف)?"""
    return any(m.kind == "name" and m.ids and m.ids[0].startswith("loc:")
               for w in (word, "ال" + word) for m in headline_matches(w))


def _name_term(word: str) -> str | None:
    """The matching form of a folded word as a name's word (article and clitics off), None for a function word;
    read through :data:`_NAME_TERMS`."""
    return content_term(_bare(word))


_NAME_TERMS = WordTable(_name_term, 200_000)


def _same(a: str, b: str, a_words: frozenset[str], b_words: frozenset[str]) -> bool:
    """Can two encoded objects be one: one kind (or one held in the other); names sharing a word, or either unnamed,
    or either article's headline or lead writing a word of the other's name ("منتدى الغرف يبحث الاستثمارات
    النسائية" and "منتدى نسائي"); places sharing one, or either placed nowhere (places are the headlines' alone: a
    lead lists the regions taking part)?"""
    ka, na, pa = a.split("|")
    kb, nb, pb = b.split("|")
    sa, sb = set(na.split(",")) - {""}, set(nb.split(",")) - {""}
    if ka != kb:
        # another kind is another object, unless it is held in it: the names share a word ("مسابقة قوارب أملج",
        # "مهرجان أملج"), or one is unnamed in the other's place ("مهرجان ينبع", "مسابقة قوارب ينبع")
        return bool(sa & sb) or bool((not sa or not sb) and set(pa.split(",")) & set(pb.split(",")) - {""})
    if sa and sb and not (sa & sb or sa & b_words or sb & a_words):
        return False
    return not (pa and pb and not set(pa.split(",")) & set(pb.split(",")))


def objects_conflict(a: Objects, b: Objects) -> bool | None:
    """Do two headlines report two events' objects — each reports one, and none of one's can be one of the other's
    (:func:`_same`)?  None when either reports none (as :func:`slots.reported_conflict`)."""
    if not a[0] or not b[0]:
        return None
    return not any(_same(x, y, a[1], b[1]) for x in a[0] for y in b[0])
