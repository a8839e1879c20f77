"""Whose a post is when its title does not say (issue 19): the one who makes the appointment owns it.

* a head of state or government, or the head of an organisation the knowledge base knows, named before the
  change word ("أصدر الملك أمراً بتعيين فلان وزيراً للإسكان" → Saudi Arabia, "أعلن الأمين العام للأمم المتحدة
  بان كي مون تعيين فلان" → the United Nations), with only the other appointees of a decree between them;
* an organisation, or the head of one, that announces or decides the appointment ("أعلنت شركة فلان تعيين …",
  "أعلن الجيش النيجيري تعيين …", "أصدر مدير جامعة تبوك قراراً بتكليف …" → جامعة تبوك);
* a royal order that names no king: the king of the outlet's country.

Nothing is guessed: an announcer that is not named ("أعلنت الشركة") gives no owner.
"""

from __future__ import annotations

from marsad.models import Doc
from marsad.nlp.gazetteer import Tok
from marsad.nlp.kb.kb import KnowledgeBase
from marsad.nlp.office_people import Mention
from marsad.nlp.office_posts import org_in_title
from marsad.nlp.office_words import FRAME_WORDS, ORDERS, TITLE_HEADS, TRIGGERS, variants
from marsad.nlp.translit import norm

__all__ = ["APPOINTING", "announcer_of", "appointer_of", "doc_day", "holders_at", "royal_owner"]

# Offices whose holders appoint others: a head of state or government, the head of an organisation.
APPOINTING = frozenset({"president", "king", "emir", "prime_minister", "crown_prince", "supreme_leader", "leader",
                        "secretary_general"})
_ROYAL = frozenset(norm(w) for w in "ملكي ملكيا ملكياً الملكي ملكيه ملكية الملكيه الملكية".split())
# Verbs (and nouns) by which an organisation or its head announces or decides an appointment.
_ANNOUNCES = frozenset(norm(w) for w in """اعلن أعلن اعلنت أعلنت يعلن تعلن اصدر أصدر اصدرت أصدرت صدر قرر قررت
    اعتمد اعتمدت اختار اختارت""".split())
# Words between the announcing verb and who announces ("صدر قرار من مدير الجامعة", "أصدر أمس").
_ANNOUNCE_FILLER = FRAME_WORDS | frozenset(norm(w) for w in "قرار قرارا قراراً القرار من عن".split())
# Nouns of an organisation that announces ("أعلن الجيش النيجيري", "أعلن الاتحاد الروسي لكرة القدم").
_ANNOUNCER_NOUNS = frozenset(norm(w) for w in """صحيفه صحيفة جريده جريدة مجله مجلة جامعه جامعة مستشفى مستشفي
    كليه كلية شركه شركة نادي بنك مصرف وكاله وكالة قناه قناة مؤسسه مؤسسة صندوق مجلس اتحاد هيئه هيئة حركه حركة
    حزب منظمه منظمة جيش حكومه حكومة وزاره وزارة""".split())
_REACH = 4  # tokens after the announcing verb in which who announces is named
_SPAN = 16  # tokens from the announcing verb to the change word: further on, the sentence has moved on


def doc_day(doc: Doc) -> str | None:
    """The article's day (YYYY-MM-DD), if dated."""
    pub = doc.article.published_at
    return pub[:10] if pub else None


def holders_at(kb: KnowledgeBase, day: str | None) -> dict[str, str]:
    """Everyone holding an office of the KB that appoints others at ``day``, with whose office it is."""
    out: dict[str, str] = {}
    for (title, of), holders in kb.offices.items():
        if title in APPOINTING:
            out.update((h.entity_id, of) for h in holders
                       if (h.start is None or day is None or h.start[:len(day)] <= day)
                       and (h.end is None or (day is not None and day < h.end)))
    return out


def _appointee(toks: list[Tok], m: Mention) -> bool:
    """``m`` is governed by a change word of its own ("بتعيين فلان", "وإعفاء العقيد الركن فلان"): another
    appointee of the same decree, not the one who makes it."""
    return any(v in TRIGGERS for t in toks[max(0, m.i - 3):m.i] for v in variants(t))


def appointer_of(kb: KnowledgeBase, k: int, mentions: list[Mention], holders: dict[str, str],
                 doc: Doc, toks: list[Tok]) -> tuple[str, str] | None:
    """Whose the post is when the sentence does not say: the country or organisation of the head of state,
    government or organisation who appoints ("أصدر الملك أمراً بتعيين فلان وزيراً للإسكان" → Saudi Arabia) — the
    nearest person before the change word other than the decree's other appointees, when they hold such an
    office."""
    for m in reversed([m for m in mentions if m.label == "PER" and m.j <= k]):
        of = holders.get(m.entity_id)
        if of is None and m.source == "coref":
            pm = next((sp for sp in doc.layer("mention") if sp.start == m.start), None)
            if pm is not None and pm.data.get("office") in APPOINTING:
                of = pm.data.get("of")
        if of:
            e = kb.entities.get(of)
            return of, (e.name_ar if e else of)
        if not _appointee(toks, m):
            return None
    return None


def announcer_of(kb: KnowledgeBase, text: str, toks: list[Tok], lo: int, k: int, hi: int,
                 mentions: list[Mention]) -> tuple[str, str] | None:
    """The organisation that announces or decides the change at ``k``, named right after an announcing verb
    before it: an organisation the linker found ("أعلنت شركة اتحاد اتصالات"), an organisation noun with its name
    ("أعلن الجيش النيجيري"), or the head of one ("أصدر مدير جامعة تبوك قراراً"). (id, name), or None."""
    # a decree's earlier changes may stand between ("أصدر مدير الجامعة قراراً بإعفاء فلان وتكليف علان")
    for a in range(k - 1, max(lo, k - _SPAN) - 1, -1):
        if not any(v in _ANNOUNCES for v in variants(toks[a])):
            continue
        b = a + 1
        while b < k and toks[b].norm in _ANNOUNCE_FILLER:
            b += 1
        if b >= min(k, a + 1 + _REACH):
            return None
        org = next((m for m in mentions if m.i == b and m.label == "ORG" and m.j <= k), None)
        if org is not None:
            return org.entity_id, org.name
        if any(m.i == b and m.label in ("PER", "LOC", "GPE") for m in mentions):
            return None  # a person or a place announces: the head of state's case, or none
        m = kb.gazetteer().match_office(text, toks, b)
        if m is not None and m.of and m.j <= k:  # "أعلن الأمين العام للأمم المتحدة"
            e = kb.entities.get(m.of)
            return m.of, (e.name_ar if e else m.of)
        head = toks[b].norm[2:] if toks[b].norm.startswith("ال") else toks[b].norm
        positions = [b + 1, b + 2] if head in TITLE_HEADS else [b]  # "مدير جامعة تبوك", "الجيش النيجيري"
        # a name that something ends ("الجيش النيجيري،"), not one that runs on ("مجلس الوزراء الموافقة")
        found = org_in_title(kb, text, toks, [p for p in positions if p < k], hi, mentions, _ANNOUNCER_NOUNS,
                             closed=True)
        if found is None or found[0][2] > k or not _announcer_ends(text, toks, found[0][2], k, mentions):
            return None
        return found[0][0], found[0][1]
    return None


def _announcer_ends(text: str, toks: list[Tok], end: int, k: int, mentions: list[Mention]) -> bool:
    """The announcer's name ends at token ``end``: the change word, a comma, a day or a decision word, or the
    name of its head follow ("أصدر مدير جامعة نجران الدكتور فلان قراراً"), not a word that goes on with the
    sentence ("قرر مجلس الوزراء الموافقة على تعيين")."""
    if end >= k or text[toks[end - 1].end:toks[end].start].strip(" «»\"'“”"):
        return True
    w = toks[end].norm
    return (w in _ANNOUNCE_FILLER or (w.startswith("ال") and w[2:] in _ANNOUNCE_FILLER)
            or any(m.i == end and m.label in ("PER", "ORG") for m in mentions))  # its head, its other name


def _outlet_country(doc: Doc) -> str | None:
    """The ISO code of the country of the article's outlet (``marsad.outlets``), if known."""
    from marsad import outlets

    a = doc.article
    found = outlets.lookup(a.outlet) or outlets.by_url(a.url) or outlets.by_url(a.origin)
    return found.country if found and found.country else None


def royal_owner(kb: KnowledgeBase, doc: Doc, toks: list[Tok], lo: int, hi: int) -> tuple[str, str] | None:
    """Whose the post is when a royal order or decree makes the appointment and names no king ("صدر أمر ملكي
    بتعيين فلان وزيراً للإسكان"): the country of the outlet, when the knowledge base has a king of that country
    on the article's day."""
    if not any(toks[a + 1].norm in _ROYAL and any(v in ORDERS for v in variants(toks[a]))
               for a in range(lo, min(hi, len(toks)) - 1)):
        return None
    country = _outlet_country(doc)
    day = doc_day(doc)
    for (title, of), holders in kb.offices.items():
        e = kb.entities.get(of)
        if title == "king" and e is not None and e.data.get("iso") == country and any(
                (h.start is None or day is None or h.start[:len(day)] <= day)
                and (h.end is None or (day is not None and day < h.end)) for h in holders):
            return of, e.name_ar
    return None
