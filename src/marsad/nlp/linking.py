"""Entity linking: every mention resolves to a KB entity or to a deterministic new entity.

The ``link`` stage works with or without the NER stage before it:

1. the gazetteer (``marsad.nlp.gazetteer``) finds KB names and aliases
   (clitics and transliteration variants allowed), role phrases and
   government phrases;
2. NER mentions already in the ``mention`` layer are merged in: where they
   overlap a KB match the longer KB-linked span wins; a NER span the
   gazetteer missed is looked up as a whole;
3. role phrases ("الرئيس الروسي") resolve to the office holder at the
   article's date (``article.published_at``; the current holder when the
   date is unknown) and are dropped when the holder's name follows at once;
4. single words that repeat a part of a full name found in the same article
   ("بوتين" after "فلاديمير بوتين", "كيم" after "كيم جونغ أون") link to that
   person — to the most mentioned one when several share the word;
5. NER spans that a news index does not show as entities — religious
   formulas, currencies and units, function words
   (``marsad.nlp.ner.non_entities``) — are dropped before they are looked up,
   so they neither create nor feed an entity;
6. what is left becomes a new entity ``new:<hash of the normalised name>:<TYPE>``,
   the same id in every article, described in ``data["new_entity"]`` for the
   store to upsert.

Metonymy choice: capitals stay places ("موسكو" → Moscow), institutions stay
organisations ("الكرملين" → Kremlin); "الحكومة الروسية"-style phrases link to
the country entity with ``data["stands_for"] = "government"``.

Mention data: ``entity_id``, ``name`` (canonical Arabic), ``name_en``,
``source`` (gazetteer | ner | alias | coref — coref marks role phrases), and
when relevant ``office``/``of``, ``stands_for``, ``fuzzy``, ``new_entity``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.arabic.clitics import split_clitics
from marsad.arabic.normalize import strip_diacritics
from marsad.models import Doc, Entity, Span, to_dict
from marsad.nlp.coref import (_NOT_SHORT_FORMS, HONORIFICS, Cand, NameIndex, name_words, part_of_another_name,
                               strip_honorifics, surname_mentions, token_index)
from marsad.nlp.gazetteer import Match, Tok, raw_skip, readings, tokenize
from marsad.nlp.given_name_words import common_word_name, is_other_word, known_full_name
from marsad.nlp.given_names import article_entity_id, bare_given_name, given_names, join_abd
from marsad.nlp.kb.kb import KnowledgeBase, entity_from_dict, kb_entities, load_kb, names_of
from marsad.nlp.named_after import name_end, named_after_head
from marsad.nlp.ner.clusters import load_clusters
from marsad.nlp.ner.lexicon import norm_word, strip_clitics
from marsad.nlp.ner.non_entities import idiom_spans, is_non_entity, may_hold_idiom
from marsad.nlp.speech_lexicon import CUES, fold
from marsad.nlp.surname_context import after_another_name, kb_surnames, surname_owner
from marsad.nlp.title_names import OFFICES_OF_TITLE, another_bearer, given_name, title_before, titled_owner
from marsad.nlp.translit import norm, norm_tokens
from marsad.pipeline.stage import Resources, Stage

if TYPE_CHECKING:
    from marsad.store import Store

__all__ = ["LINK", "STAGE", "LinkOptions", "entity_search_terms", "kb_apart_from", "kb_entities", "kb_for", "link_doc",
           "new_entity", "new_entity_id"]

_BETWEEN_TITLE_AND_NAME = frozenset(" \t\u00a0،,:")
# NER spans longer than this are tagging accidents (a whole English sentence), not names.
_MAX_NEW_ENTITY_WORDS = 6


@dataclass(slots=True)
class LinkOptions:
    """How linking behaves.

    Attributes:
        date: ISO date used for role phrases when the article has none (None = today's holders).
        partial_names: link words that repeat part of a full name written in the same article
            (surname, first + last, spelling variants; ``marsad.nlp.coref``).
        redirects: entity id → the entity it was merged into (``marsad entity merge`` and the
            corpus merging step): an id, or ``(id, name_ar, name_en)`` for a target the KB does not
            have.  Mentions get the target's id and keep the id their name gave in ``data["name_id"]``.
    """

    date: str | None = None
    partial_names: bool = True
    redirects: dict[str, Any] | None = None


_Cand = Cand

# Words next to a role phrase that change whose office it is ("نائب وزير الخارجية", "الرئيس الأمريكي السابق").
_DEPUTY = frozenset(norm(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة".split())
_CANDIDATE = frozenset(norm(w) for w in "المرشح المرشحة مرشح مرشحة".split())
_FORMER = frozenset(norm(w) for w in "السابق السابقة المخلوع المخلوعة المعزول المعزولة المقال المقالة".split())
_NOT_THE_HOLDER = frozenset(
    norm(w) for w in """الأسبق الأسبقة الراحل الراحلة بالوكالة المؤقت المؤقتة المنتخب المنتخبة المكلف المكلفة المقبل
    المقبلة القادم القادمة المحتمل المحتملة المرتقب المرتقبة الأسبق""".split()
)


@lru_cache(maxsize=100_000)
def _name_words(name: str) -> tuple[str, ...]:
    """``norm_tokens`` of a tagger's span or a name, kept: the same names recur in article after article (a day's
    85k asks from new entities, places before people and name heads are 13.6k texts)."""
    return tuple(norm_tokens(name))


@lru_cache(maxsize=100_000)  # (names recur)
def new_entity_id(name: str, type_: str) -> str:
    """Deterministic id of a discovered entity: ``new:<12 hex of sha1(normalised name)>:<TYPE>``."""
    key = " ".join(_name_words(name))
    return f"new:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}:{type_}"


def new_entity(name: str, type_: str) -> Entity:
    """The Entity record for a discovered name (to upsert into the store)."""
    canonical = " ".join(_name_words(name)) if not name.isascii() else name.strip()
    surface = " ".join(name.split())
    return Entity(id=new_entity_id(name, type_), type=type_, name_ar=surface, name_en=None, aliases=[canonical] if canonical != surface else [], data={"source": "discovered"})


def _doc_date(doc: Doc, options: LinkOptions) -> str | None:
    pub = doc.article.published_at
    if pub and len(pub) >= 4 and pub[:4].isdigit():
        return pub[:10]
    return options.date


def _entity_cand(kb: KnowledgeBase, m: Match, eid: str, source: str, **extra: Any) -> _Cand:
    e = kb.entities[eid]
    return _Cand(m.start, m.end, e.type, eid, source, dict(extra), m.j - m.i)


def _qualifier(toks: list[Tok], m: Match) -> tuple[str | None, int]:
    """How words around a role phrase qualify it: deputy, candidate, former, other (not the holder), or None;
    and the token index where the phrase with its qualifier ends."""
    if m.i > 0 and toks[m.i].space:
        for v, _k, _a in readings(toks[m.i - 1].norm):
            if v in _DEPUTY:
                return "deputy", m.j
            if v in _CANDIDATE:
                return "candidate", m.j
    for j in (m.j, m.j + 1):  # right after the phrase, or after one more adjective ("الرئيس المصري الأسبق")
        if j < len(toks) and toks[j].space:
            w = toks[j].norm
            if w in _FORMER:
                return "former", j + 1
            if w in _NOT_THE_HOLDER:
                return "other", j + 1
    return None, m.j


def _drop_adjectives(kb: KnowledgeBase, toks: list[Tok], cands: list[_Cand]) -> list[_Cand]:
    """Country names spelled like their feminine adjective ("السعودية") right after a definite noun
    ("الكرة السعودية") are adjectives, whoever found them (gazetteer or NER)."""
    starts = [t.start for t in toks]
    out = []
    for c in cands:
        i = bisect.bisect_left(starts, c.start)
        if 0 < i < len(toks) and toks[i].start == c.start and toks[i].end == c.end and toks[i].space:
            prev = toks[i - 1].norm
            if (kb.fem_adjectives.get((toks[i].norm,)) == c.entity_id and prev.startswith("ال")
                    and prev not in _PREPOSITION_LIKE):
                continue
        out.append(c)
    return out


# Definite words after which a country name is still the country ("الى السعودية" has no article; these do).
_PREPOSITION_LIKE = frozenset(norm(w) for w in "الى إلى".split())


def _gazetteer_cands(kb: KnowledgeBase, matches: list[Match], date: str | None, toks: list[Tok]) -> list[_Cand]:
    strong = {m.ids[0] for m in matches if m.kind == "name" and not m.weak}
    strong |= {m.of for m in matches if m.kind == "office" and m.of}
    out: list[_Cand] = []
    for m in matches:
        if m.kind == "name":
            if m.weak and not (set(m.weak) & strong):
                continue  # a weak alias ("سيول") with none of its context in the article
            extra = {"fuzzy": True} if m.fuzzy else {}
            if len(m.ids) > 1:
                extra["candidates"] = list(m.ids)
            out.append(_entity_cand(kb, m, m.ids[0], "gazetteer", **extra))
        elif m.kind == "government":
            out.append(_entity_cand(kb, m, m.ids[0], "gazetteer", stands_for="government"))
        elif m.kind == "office":
            qual, j = _qualifier(toks, m)
            if qual is None:
                holder = kb.holder(m.office, m.of, date)
            elif qual == "former":
                holder = kb.previous_holder(m.office, m.of, date)
            elif qual == "deputy":
                holder = kb.sole_holder("deputy_" + m.office, m.of, date)
            else:
                holder = None
            if holder:
                c = _entity_cand(kb, m, holder, "coref", office=m.office, of=m.of)
                if qual:
                    c.extra["qualifier"] = qual
                    c.end = toks[j - 1].end
                out.append(c)
            elif m.inner is not None:
                out.append(_entity_cand(kb, m.inner, m.inner.ids[0], "gazetteer"))
    return out


def _overlaps(a: _Cand, b: _Cand) -> bool:
    return a.start < b.end and b.start < a.end


@lru_cache(maxsize=100_000)
def _non_entity(surface: str) -> bool:
    """``is_non_entity`` of a span's words, once per surface (the same names recur in every article)."""
    return is_non_entity(surface.split())


class _OverlapIndex:
    """The candidates of a list that overlap a span, in the list's order: ``[g for g in cands if g.start < end and
    start < g.end]`` without a scan of the whole list for each NER span (quadratic in a long article).

    The list's longest prefix in order of start is searched by bisection (starts, and the largest end so far);
    the candidates after it, if any, one by one.  The list must not change while the index is used.
    """

    __slots__ = ("cands", "n", "starts", "reach")

    def __init__(self, cands: list[_Cand]) -> None:
        n = 1
        while n < len(cands) and cands[n - 1].start <= cands[n].start:
            n += 1
        self.cands, self.n = cands, min(n, len(cands))
        self.starts = [g.start for g in cands[: self.n]]
        self.reach = list(accumulate((g.end for g in cands[: self.n]), max))  # the largest end up to each

    def overlapping(self, start: int, end: int) -> list[_Cand]:
        cands = self.cands
        # before ``lo`` every candidate ends at or before ``start``; from ``hi`` on every one starts at or after ``end``
        lo, hi = bisect.bisect_right(self.reach, start), bisect.bisect_left(self.starts, end)
        out = [g for g in cands[lo:hi] if start < g.end] if lo < hi else []
        if self.n < len(cands):
            out += [g for g in cands[self.n :] if g.start < end and start < g.end]
        return out


def _merge_ner(kb: KnowledgeBase, text: str, gaz: list[_Cand], ner: list[Span]) -> tuple[list[_Cand], list[_Cand]]:
    """KB-linked candidates plus NER spans; returns (accepted, unresolved NER).

    A NER span that is only a KB match plus a clitic ("وروسيا") keeps the
    tighter KB span; a NER span the gazetteer missed is looked up whole; an
    unknown NER span overlapping KB matches yields to them.  A weak alias the tagger
    tags (a name that is also a common word) links with the context the gazetteer
    asks for or a place's cue ("في مالي", "مدينة سيول", a dateline: see
    :func:`_unsupported_weak_alias`), else to its name's other entity, else not at
    all ("دعم مالي", "سيول جارفة"); the alias's word with the article ("السيول",
    the floods) is the common noun: no entity.
    """
    accepted = sorted(gaz, key=lambda c: (c.start, -c.end))
    index = _OverlapIndex(accepted)
    strong = {c.entity_id for c in gaz if c.entity_id}
    places = [(c.start, c.end) for c in gaz if (e := kb.entities.get(c.entity_id or "")) and e.type == "LOC"]
    # a weak alias the tagger tags once with a place's cue is the place in the whole article ("في مالي" ... "قالت مالي")
    cued: set[str] = set()
    looked: dict[tuple[int, int], tuple[tuple[str, ...], int]] = {}  # the pre-pass's lookups, not done again
    common = _definite_forms_used(kb, text) if kb.weak_keys else frozenset()
    if kb.weak_keys:
        for sp in ner:
            toks = tokenize(text[sp.start:sp.end])
            if len(toks) != 1 or not any((v,) in kb.weak_keys for v, _k, _art in readings(toks[0].norm)):
                continue
            ids, _ = looked[sp.start, sp.end] = _lookup_span(kb, text, sp.start, sp.end)
            if ids and not _common(toks[0].norm, common) and \
                    not _unsupported_weak_alias(kb, text, sp.start, sp.end, ids[0], strong, places, common, len(ids) > 1):
                cued.add(ids[0])  # (not where the article writes the common noun: "في سيول" there is in floods)
    unresolved: list[_Cand] = []
    for sp in ner:
        if not text[sp.start : sp.end].strip() or _non_entity(text[sp.start : sp.end]):
            continue
        c = _Cand(sp.start, sp.end, sp.label or "MISC", None, "ner")
        c.ntoks = max(1, len(text[sp.start : sp.end].split()))
        hits = index.overlapping(c.start, c.end)
        if hits and all(g.start <= c.start and c.end <= g.end for g in hits):
            continue  # the KB match covers the NER span
        ids, start = looked.get((sp.start, sp.end)) or _lookup_span(kb, text, sp.start, sp.end)
        if not ids and kb.weak_keys and _definite_weak_alias(kb, text, sp.start, sp.end):
            continue  # "السيول": a weak alias's word with the article is the common noun (floods), no entity
        if ids and kb.weak_keys and ids[0] not in cued and \
                _unsupported_weak_alias(kb, text, sp.start, sp.end, ids[0], strong, places, common, len(ids) > 1):
            # "جراء سيول جارفة": a weak alias with neither its context nor a place's cue is the common noun — or the
            # other entity of its name that is no weak alias ("عمان" with no word of Jordan: Oman, not Amman)
            ids = tuple(e for e in ids[1:]
                        if not _unsupported_weak_alias(kb, text, sp.start, sp.end, e, strong, places, common, True))
            if not ids:
                continue
        if ids:
            if len(ids) > 1:
                c.extra["candidates"] = list(ids)
            if any(g.entity_id == ids[0] for g in hits):
                continue  # same entity as the KB match, which has the tighter span
            c.entity_id, c.start = ids[0], start
            c.label = kb.entities[ids[0]].type
            accepted = [g for g in accepted if not _overlaps(g, c)] + [c]
            index = _OverlapIndex(accepted)
        elif not hits and c.ntoks <= _MAX_NEW_ENTITY_WORDS:
            unresolved.append(c)
        elif c.label == "PER" and c.ntoks <= _MAX_NEW_ENTITY_WORDS and (g := _namesake_prefix(text, c, hits)):
            accepted = [a for a in accepted if a is not g]
            index = _OverlapIndex(accepted)
            unresolved.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted, unresolved


# (ordinals and weekdays as coreference takes them for no short form; a day the tagger ran on into, «اليوم»)
_NOT_FAMILY = _NOT_SHORT_FORMS | frozenset(norm(w) for w in "الراحل الراحلة اليوم الليلة الحالي".split())


def _namesake_prefix(text: str, c: _Cand, hits: list[_Cand]) -> _Cand | None:
    """The KB person's name «X بن Y» the tagger's longer name goes on from with a family name: «خالد بن عبدالعزيز
    الفالح» is a namesake of King Khalid bin Abdulaziz, not him (actors47, once the kings were in the KB).  Not «آل
    سعود», the royal family's own name, nor an ordinal or «الراحل»; nor honorifics before it («الأمير محمد بن
    سلمان»)."""
    if len(hits) != 1 or hits[0].label != "PER":
        return None
    g = hits[0]
    if g.start < c.start or g.end > c.end or "بن" not in text[g.start:g.end].split():
        return None
    if g.start > strip_honorifics(text, c.start, c.end):
        # a given name before it, the KB's given name with the article as his family name: «خالد الفيصل بن
        # عبدالعزيز» is Khalid al-Faisal, no King Faisal (not «رفيق أسامة بن لادن», the tagger's word too many)
        return g if norm(text[g.start:g.end].split()[0]).startswith("ال") else None
    if g.end == c.end:
        return None
    rest = text[g.end:c.end].split()
    if len(rest) != 1 or not norm(rest[0]).startswith("ال") or norm(rest[0]) in _NOT_FAMILY:
        return None
    return g


def _lookup_span(kb: KnowledgeBase, text: str, start: int, end: int) -> tuple[tuple[str, ...], int]:
    """KB ids for ``text[start:end]`` and where the name starts once a clitic is set aside."""
    toks = tokenize(text[start:end])
    if not toks:
        return (), start
    norms = [t.norm for t in toks]
    for v, k, art in readings(norms[0]):
        if art and len(norms) == 1:
            continue
        key = (v, *norms[1:])
        ids = kb.exact.get(key) or kb.fuzzy_lookup(key)
        if ids:
            first = Tok(toks[0].start + start, toks[0].end + start, toks[0].norm)
            return ids, (raw_skip(text, first, k) if k else first.start)
    return (), start


# Words right before a name that make it a place: a preposition of place, a place's head noun ("في مالي", "مدينة سيول",
# "منطقتي الجوف والحدود الشمالية"), a direction ("شمال مالي"), its people ("أهالي الجوف"), and the words of a state
# (``_STATE_HEADS``: "حكومة مالي", "أمير الجوف"); each also with a clitic ("بشمال مالي", "للعاصمة سيول").
_PLACE_CUES = frozenset(norm(w) for w in """مدينة مدينتي العاصمة عاصمة منطقة منطقتي محافظة محافظتي ولاية
جمهورية رئيس شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي أهالي سكان""".split())
# Prepositions make a place of a name whose common word is an adjective ("في مالي", "بمالي", "لدى مالي") — but not in
# an article that writes the common noun itself ("السيول"): there "في سيول" and "بسيول" are in floods.
_PREPOSITIONS = frozenset(norm(w) for w in "في إلى الى من لدى".split())
# A place's head two words back, past an adjective ("العاصمة الأردنية عمان")
_PLACE_HEADS_FAR = frozenset(norm(w) for w in "العاصمة عاصمة مدينة منطقة محافظة ولاية".split())
_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "لل", "فب", "ولل", "بال", "وبال")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _cue(word: str, cues: frozenset[str]) -> bool:
    """Whether a normalised word is one of ``cues``, bare or after a clitic ("بشمال", "للعاصمة")."""
    return any(word.startswith(c) and word[len(c):] in cues for c in _CLITICS)


def _unsupported_weak_alias(kb: KnowledgeBase, text: str, start: int, end: int, eid: str, strong: set[str],
                            places: list[tuple[int, int]], common: frozenset[str] = frozenset(),
                            several: bool = False) -> bool:
    """Whether the tagger's one-word span is a weak alias of ``eid`` (a name that is also a common word: "سيول"
    floods, "مالي" financial) with none of its context entities linked in the article and no place cue — no preposition
    of place, place's head noun, direction or state's word before it in its sentence, no place listed with it ("مالي
    وغانا", "غانا، ومالي"), no dateline.  A name of two places the writer marked with diacritics ("عمّان") is left to
    the marks; ``common`` holds the weak aliases the article also writes as the common noun ("السيول"): for those,
    prepositions and a glued ب or ل are no cue."""
    toks = tokenize(text[start:end])
    if len(toks) != 1 or several and any(ch in _DIACRITICS for ch in text[start:end]):
        return False
    # (a weak alias with the article is left to the tagger: "الجوف", "العلا" are the places it tags far more often than
    # a hollow or the heights)
    weak = [kb.weak[((v,), eid)] for v, k, art in readings(toks[0].norm)
            if not art and not v.startswith("ال") and ((v,), eid) in kb.weak]
    if not weak or any(set(ctx) & strong for ctx in weak):
        return False
    glued = "و" if toks[0].norm.startswith("و") else ""  # "وبغداد وعمان": the conjunction is glued to the name
    if any(0 <= a - end <= 4 and _listed(text[end:a]) or 0 <= start - b <= 4 and _listed(text[b:start] + glued)
           for a, b in places):
        return False
    if dateline_place(text, start, end):
        return False
    common_noun = _common(toks[0].norm, common)
    if not common_noun and toks[0].norm[:1] in ("ب", "ل") and \
            any(k and not art and (v,) in kb.weak_keys for v, k, art in readings(toks[0].norm)):
        return False  # "بمالي", "لمالي" (not "للسيول": ل with the article)
    window = text[max(0, start - 40):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    before = tokenize(window[cut:])
    if before and (_cue(before[-1].norm, _PLACE_CUES) or _cue(before[-1].norm, _STATE_HEADS)
                   or not common_noun and _cue(before[-1].norm, _PREPOSITIONS)):
        return False
    if len(before) < 2 or not before[-1].norm.startswith("ال"):
        return True
    return not _cue(before[-2].norm, _PLACE_HEADS_FAR)  # "بالعاصمة الأردنية عمان": the head may carry a clitic


def _listed(gap: str) -> bool:
    """Whether the text between two names lists them: a conjunction, a comma or a dash, nothing else ("و", "، و",
    "- ")."""
    g = gap.strip()
    return bool(g) and g.translate(_LIST_MARKS).strip() in ("", "و")


_LIST_MARKS = str.maketrans("", "", "،,-–")


def dateline_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the place of a dateline: a line's first word, or its first after an outlet's name
    and a dash, followed by an agency in brackets, a colon, a dash or the day ("سبق- الجوف:", "الجوف - واس", "سيول
    (رويترز) -", "عمان 25 شوال 1436 هـ"), or ending the line after an outlet's name ("صحيفة – عمان")."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip()
    if len(head) > 40 or (head and (not head.endswith(("-", "–", "—", "ـ")) or not any(c.isalpha() for c in head))):
        return False
    rest = text[end:end + 24].split("\n", 1)[0].strip()
    if not rest:
        return bool(head)  # "صحيفة – عمان" ending its line; a word alone on a line is no dateline
    return rest[0] in ":-–—ـ(" or rest[0].isdigit()


def _definite_forms_used(kb: KnowledgeBase, text: str) -> frozenset[str]:
    """The weak aliases the article also writes with the article ("السيول", "والسيول", "للسيول", "السُّيول"): their
    bare form may be the common noun there too ("سيول جارفة", "في سيول").

    Every match of the pattern holds ال or لل right before one of its few words: an article holding none of
    those pieces (nearly all: 27 of a day's 2,888 hold one) is answered by a substring test each, in C, instead
    of the pattern tried at every position of the article."""
    plain = strip_diacritics(text)
    if not any(piece in plain for piece in _definite_pieces(kb.weak_keys)):
        return frozenset()
    return frozenset(norm(m.group(1)) for m in _definite_forms(kb.weak_keys).finditer(plain))


def _common(word: str, common: frozenset[str]) -> bool:
    """Whether a normalised word (perhaps with a clitic) is one of the article's common-noun aliases."""
    return bool(common) and any(v in common for v, _k, _art in readings(word))


def _definite_words(weak_keys: frozenset[tuple[str, ...]]) -> list[str]:
    """The one-word weak aliases whose form with the article may be the common noun, longest first."""
    # (not a name ending in the nisba's ي: "المالي" is as often "the Malian" as "the financial")
    return sorted({k[0] for k in weak_keys if len(k) == 1 and not k[0].startswith("ال") and not k[0].endswith("ي")},
                  key=len, reverse=True)


@lru_cache(maxsize=4)
def _definite_pieces(weak_keys: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """What every match of :func:`_definite_forms` holds: ال or لل, then one of its words."""
    return tuple(a + w for w in _definite_words(weak_keys) for a in ("ال", "لل"))


@lru_cache(maxsize=4)
def _definite_forms(weak_keys: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    words = _definite_words(weak_keys)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:[وف]?[بلك]?ال|[وف]?لل)(%s)(?!\w)" % "|".join(map(re.escape, words)))


def _definite_weak_alias(kb: KnowledgeBase, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word, a weak alias of the KB with the article ("السيول")."""
    toks = tokenize(text[start:end])
    if len(toks) != 1:
        return False
    return any(art and (v,) in kb.weak_keys for v, _k, art in readings(toks[0].norm))


# Words that make the next name a state, not a city: its ruler, its government, the state itself ("سلطان عمان" is
# the Sultan of Oman, however often Amman is named in the article).
_STATE_HEADS = frozenset(norm(w) for w in """سلطان سلطنة دولة ولدولة لدولة بدولة ملك مملكة أمير إمارة حكومة شعب
عاهل""".split())
_DIACRITICS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}


def _diacritics(word: str) -> tuple[tuple[int, str], ...]:
    """The marks a word carries, by the index of the letter they sit on — but the last letter's (a case ending:
    "عُمانَ" and "عُمانٍ" are marked as "عُمان" is)."""
    out, i = [], -1
    for ch in word:
        if ch in _DIACRITICS:
            out.append((i, ch))
        else:
            i += 1
    return tuple(m for m in out if m[0] != i)


def _choose_between_places(kb: KnowledgeBase, text: str, toks: list[Tok], cands: list[_Cand],
                           keep: set[int] = frozenset()) -> None:
    """One name, a city and a country ("عمان": Amman and Oman): which one this mention is.

    In order: the outlet's own diacritics ("عُمان" is written as Oman's name is; "عمّان" marks a letter Oman's
    name leaves bare); a ruler, government or state word before it (``_STATE_HEADS``); a country named right after
    it ("عمان في الأردن": the city of that country); the other members of a list it stands in ("البحرين وعمان
    وقطر": countries, so the country).  Otherwise the KB's order stands (the city
    when its country is named in the article, as its weak alias asks)."""
    order = sorted(cands, key=lambda c: c.start)
    for n, c in enumerate(order):
        ids = c.extra.get("candidates")
        if not ids or len(ids) < 2 or id(c) in keep:  # (a mention that arrived linked stays as it is)
            continue
        kinds = {i: (kb.entities[i].data.get("kind") if i in kb.entities else None) for i in ids}
        if "country" not in kinds.values() or not {"city", "region"} & set(kinds.values()):
            continue
        choice = None
        surface = text[c.start:c.end]
        marks = _diacritics(surface)
        if marks:
            plain = "".join(ch for ch in surface if ch not in _DIACRITICS)
            agree, fits = [], []
            for i in ids:
                e = kb.entities.get(i)
                names = [x for x in names_of(e) if "".join(ch for ch in x if ch not in _DIACRITICS) == plain] if e else []
                marked = [_diacritics(x) for x in names if _diacritics(x)]
                if marks in marked:
                    agree.append(i)
                if not marked or marks in marked:
                    fits.append(i)
            if len(agree) == 1:
                choice = agree[0]  # "عُمانَ" is written as Oman's name is (its case ending aside)
            elif len(fits) == 1:
                choice = fits[0]  # "عمّان" marks a letter Oman's name leaves bare
        if choice is None:
            k = bisect.bisect_right([t.start for t in toks], c.start) - 1
            prev = toks[k - 1].norm if k >= 1 else ""
            if prev in _STATE_HEADS:
                choice = next(i for i in ids if kinds[i] == "country")
        if choice is None and n + 1 < len(order):
            # "وعمان في الأردن": a place in a country named right after it is that country's city
            after = order[n + 1]
            gap = norm_tokens(text[c.end:after.start])
            country = kb.entities.get(after.entity_id or "")
            if gap in (["في"], ["ب"]) and country is not None and country.data.get("kind") == "country":
                choice = next((i for i in ids if kb.entities[i].data.get("country") == country.id), None)
        if choice is None:
            listed = [o for o in (order[n - 1] if n else None, order[n + 1] if n + 1 < len(order) else None)
                      if o is not None and o.label == "LOC" and not o.extra.get("candidates")
                      and _listed_together(text, c, o)]
            got = {kb.entities[o.entity_id].data.get("kind") for o in listed if o.entity_id in kb.entities}
            if got == {"country"}:
                choice = next(i for i in ids if kinds[i] == "country")
            elif got and got <= {"city", "region"}:
                choice = next(i for i in ids if kinds[i] in ("city", "region"))
        if choice is not None and choice != c.entity_id:
            c.entity_id = choice
            c.label = kb.entities[choice].type


def _listed_together(text: str, a: _Cand, b: _Cand) -> bool:
    """Whether two mentions stand side by side in a list: a "و" or a comma between them, nothing else but spaces."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    gap = text[lo.end:hi.start]
    return 0 < len(gap) <= 4 and set(gap) <= set(" ،,و\u200f") and bool(set(gap) & set("،,و"))


def _drop_titles_before_names(text: str, cands: list[_Cand], names: list[_Cand]) -> list[_Cand]:
    """A role phrase directly followed by a person's name is not a mention of its own: the name says who
    it is ("نائب وزير الخارجية الروسي سيرغي ريابكوف" is Ryabkov, whoever holds the office)."""
    starts = sorted(c.start for c in [*cands, *names] if c.label == "PER" and c.source != "coref")
    out = []
    for c in cands:
        if c.source == "coref":
            k = bisect.bisect_left(starts, c.end)
            if k < len(starts):
                gap = text[c.end : starts[k]]
                # only separators, or honorifics too ("العاهل الأردني الملك عبد الله الثاني")
                if set(gap) <= _BETWEEN_TITLE_AND_NAME or (
                    len(gap) < 40 and all(w in HONORIFICS for w in norm_tokens(gap)) and set(gap) - _BETWEEN_TITLE_AND_NAME
                    and not set(gap) & set("،,:")
                ):
                    continue
        out.append(c)
    return out


def _explicit_parts(kb: KnowledgeBase, ids: set[str]) -> dict[str, list[str]]:
    """Words that stand for a KB person besides the surname (East Asian family names: «كيم»)."""
    out = {}
    for eid in ids:
        e = kb.entities.get(eid)
        if e is not None and "partial" in e.data:
            out[eid] = [w for p in e.data["partial"] for w in norm_tokens(p)]
    return out


def _coref(kb: KnowledgeBase, text: str, toks: list[Tok], cands: list[_Cand], unresolved: list[_Cand]) -> list[_Cand]:
    """Short forms of the full names written in the article get their entity (see ``marsad.nlp.coref``).

    Unresolved NER spans that are such short forms are resolved in place (and leave ``unresolved``);
    free words repeating a surname become new mentions, which are returned.  A candidate's ``name``, when it has
    one, is read in place of its text (a span behind «لل»: «للمنيفي» is «المنيفي»).
    """
    people = sorted(
        [c for c in cands if c.label == "PER" and c.entity_id and c.source not in ("coref",)]
        + [u for u in unresolved if u.label == "PER"],
        key=lambda c: c.start,
    )
    index = NameIndex(kb.native_names, _explicit_parts(kb, {c.entity_id for c in people if c.entity_id}), kb.family_first)
    def words_for(c: _Cand) -> list[str]:
        return [t.norm for t in tokenize(c.name)] if c.name else name_words(text, c.start, c.end)

    words_of = {id(c): words_for(c) for c in people}
    owner_of: dict[int, str] = {}
    # Longest names first: a shorter name made of a longer one's words ("علي فلقي") is that person.
    for c in sorted(people, key=lambda c: (-len(words_of[id(c)]), c.start)):
        words = words_of[id(c)]
        if len(words) < 2:
            continue
        if c.entity_id is None:
            owner = index.owner_of_words(words) if len(words) <= 3 else None
            if owner:
                owner_of[id(c)] = owner
                continue
            c.entity_id = new_entity_id(c.name or text[c.start : c.end], "PER")
        index.add_full(c.entity_id, words, c.start, short_forms="family_after" not in c.extra)
    keep = []
    for u in unresolved:
        words = words_of.get(id(u)) or words_for(u)
        owner = owner_of.get(id(u)) or (index.owner_of_words(words) if words and len(words) <= 3 else None)
        at = token_index(toks, u.start) if owner and len(words) == 1 and words[0].startswith("ال") else None
        if at is not None and part_of_another_name(text, toks, at, index, owner):
            # the tagger's one family name with the article names a company or ends another name ("شركة الجفالي");
            # a bare name keeps its owner ("نظام عائلة كيم" is Kim's, as the seeds' gold has it)
            owner = None
        if owner and owner != u.entity_id:
            u.entity_id, u.label, u.source = owner, "PER", "alias"
            u.extra.pop("new_entity", None)
            index.seen(owner)
            cands.append(u)
        else:
            u.entity_id = None
            keep.append(u)
    unresolved[:] = keep
    taken = sorted((c.start, c.end) for c in [*cands, *unresolved])
    found = surname_mentions(text, toks, index, taken)
    # A NER span holding such a word over-reached ("كيم بعناق"): the word wins.
    unresolved[:] = [u for u in unresolved if not any(_overlaps(u, c) for c in found)]
    return found


def _context_surnames(kb: KnowledgeBase, text: str, cands: list[_Cand], unresolved: list[_Cand],
                      date: str | None) -> None:
    """A bare one-word person left unresolved that is a KB person's surname goes to that person when the article's
    other actors agree with the person's profile (``marsad.nlp.surname_context``); it moves to ``cands``."""
    single = [u for u in unresolved if u.label == "PER" and len(w := _words_of(text, u)) == 1 and w[0] in
              kb_surnames(kb)]
    if not single:
        return
    context = [c.entity_id for c in cands]
    full = [w for c in [*cands, *unresolved] if c.label == "PER" and len(w := _words_of(text, c)) >= 2]
    for u in single:
        word = _words_of(text, u)[0]
        if after_another_name(text, u.start, word):
            continue
        got = surname_owner(kb, word, context, full, date)
        if got is not None:
            u.entity_id, u.source = got[0], "alias"
            u.extra["surname_context"] = got[1]
            u.extra.pop("new_entity", None)
            unresolved.remove(u)
            cands.append(u)
    cands.sort(key=lambda c: c.start)


def _titled_given_names(kb: KnowledgeBase, text: str, cands: list[_Cand], unresolved: list[_Cand],
                        date: str | None) -> None:
    """A given name left unresolved right after a ruler's title («الملك فهد», «الأمير مقرن») goes to the one KB
    person of that title's offices bearing it (``marsad.nlp.title_names``); it moves to ``cands``.  Not when the
    article names another man of that given name in full («الأمير سلطان بن سلمان» … «الأمير سلطان»): his."""
    names = [(c.entity_id, _name_words(text[strip_honorifics(text, c.start, c.end):c.end]))
             for c in [*cands, *unresolved] if c.label == "PER"]
    for u in [u for u in unresolved if u.label == "PER"]:
        title = title_before(text, u.start)
        if title is None:
            continue
        words = _words_of(text, u)
        owner = titled_owner(kb, title, words, date)
        if owner is not None and not another_bearer(words, owner, names):
            u.entity_id, u.source = owner, "alias"
            u.extra["title_given_name"] = title
            u.extra.pop("new_entity", None)
            unresolved.remove(u)
            cands.append(u)
    cands.sort(key=lambda c: c.start)


_KING_TITLES = frozenset(norm(w) for w in "الملك العاهل".split())


_RELATIVES = frozenset(norm(w) for w in "الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي".split())


def _family_word_after(text: str, end: int) -> str:
    """The word right after ``end`` (spaces between only) when it has the article: a family name a tagger's span
    may have left out («محمد» of «محمد المخرج»); else ""."""
    m = re.match(r"[ \t\u00a0]+(ال\w{2,})", text[end:end + 40])
    return m.group(1) if m and norm(m.group(1)) not in _RELATIVES else ""  # («ياسر الذي وعد»: no name)


def _honorific_before(text: str, start: int) -> str | None:
    """The title or honorific written right before ``start`` («الأمير», «السيد», «د.», «م.»: a clitic may lead it,
    «للملك»), normalised, or None."""
    title = title_before(text, start)
    if title is not None:
        return title
    m = re.search(r"(\w+)\.?[ \t\u00a0]*$", text[max(0, start - 30):start])
    if not m:
        return None
    w = norm(m.group(1))
    for v in (w, w[1:] if len(w) > 3 and w[0] in "وفبل" else w, "ال" + w[2:] if w.startswith("لل") else w):
        if v in HONORIFICS or v in _ABBREVIATED_TITLES and m.group(0).rstrip().endswith("."):
            return v
    return None


# «م.» (المهندس) and «د.» (الدكتور) written short, with their dot
_ABBREVIATED_TITLES = frozenset(norm(w) for w in "م د".split())


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` (spaces between only), normalised; "" when a mark comes first."""
    m = re.match(r"[ \t\u00a0]+(\w{2,})", text[end:end + 40])
    return norm(m.group(1)) if m else ""


def _without_last_common_form(text: str, start: int, end: int) -> int:
    """The end of a person's span without a last word written as another word than a name («تمنى د. عادل على
    منتجي التمور»: «على», on, is no Ali; ``marsad.nlp.given_name_words``)."""
    words = text[start:end].split()
    if len(words) >= 2 and is_other_word(words[-1]):
        return start + len(text[start:end].rstrip()[: -len(words[-1])].rstrip())
    return end


# Words that introduce a name: «اسم شقيقها سامي», «أطلق عليه اسم “عماد”», «المدعو سعيد» (folded, ``fold``).
_NAME_FRAMES = frozenset(fold(w) for w in "اسم اسمه اسمها باسم يدعى تدعى المدعو المدعوة يسمى تسمى".split())
_MARK_AFTER = re.compile(r"[ \t\u00a0]*[:،,.؛\"”“«»(\-–]")


def _frequent_word(word: str) -> bool:
    """Whether the news writes ``word`` often (one of the words with clusters, ``marsad.nlp.ner.clusters``), a
    leading clitic set aside («لموت»: «موت»)."""
    try:
        known = load_clusters()
    except Exception:  # (no clusters file: every word counts as known, no cue)
        return True
    w = norm_word(word)
    return w in known or strip_clitics(w)[1] in known


def _common_word_named(text: str, start: int, end: int) -> str | None:
    """Why a bare given name that is a common word too («حسين», «مبارك», «سامي») is a person's name where it
    stands, or None:

    * ``"frame"`` — a word that introduces a name before it, one word (a possessive noun) or quote marks between
      («اسم شقيقها سامي», «اسم “عماد”»);
    * ``"before"`` — right before it, a word the news hardly writes (not among the words with clusters, a clitic
      set aside): a foreign given name the tagger cut («شفقت حسين», «استرديد حدّاد»);
    * ``"after"`` — right after it, such a word with no conjunction: a family name the tagger cut («مبارك
      الدويلة»); not «فارس الأحلام», «عيد الفطر»;
    * ``"speaker"`` — a speech verb right before it and a mark or «أن» after it: the one who speaks («وقال رامي:»);
      not the owner of «يقول مالك مطعم» or «قال مالك المطعم», nor «قائلاً: "سعيد»."""
    before = re.findall(r"[\w\u064b-\u0652\u0640]+|[^\w\s]", text[max(0, start - 60):start])
    prev = before[-1] if before and before[-1][0].isalnum() else ""
    k = len(before)
    while k and before[k - 1] in "\"“”«»'‘’":  # (quote marks around the name)
        k -= 1
    if k and fold(before[k - 1]) in _NAME_FRAMES or prev and len(before) >= 2 and fold(before[-2]) in _NAME_FRAMES:
        return "frame"
    if prev and len(prev) >= 3 and re.fullmatch(r"[\u0621-\u064a\u064b-\u0652\u0640]+", prev) \
            and not _frequent_word(prev):
        return "before"
    m = re.match(r"[ \t\u00a0]+([\u0621-\u064a\u064b-\u0652\u0640]{3,})", text[end:end + 40])
    nxt = m.group(1) if m else ""
    if nxt and nxt[0] not in "وف" and not _frequent_word(nxt):
        return "after"
    if prev:
        verb = fold(prev)
        cue = CUES.get(verb) or (CUES.get(verb[1:]) if verb[:1] in "وف" else None)
        if cue and not cue.weak and cue.klass != "participle":
            # (the word after, two letters and more: «أن»)
            that = re.match(r"[ \t\u00a0]+([\u0621-\u064a\u064b-\u0652\u0640]+)", text[end:end + 20])
            if _MARK_AFTER.match(text[end:end + 3]) or (that and fold(that.group(1)) == "ان"):
                return "speaker"
    return None


def _known_family_names_after(kb: KnowledgeBase, text: str, cands: list[_Cand], unresolved: list[_Cand]) -> None:
    """A given name the tagger cut from the family name written right after it («وعبدالملك الحوثي» tagged
    «عبدالملك»; a longer name is left whole: «محمد بديع المرشد العام»): the span runs on over that word when
    the news writes the two as a full name (``given_name_words.known_full_name``: «عبدالملك الحوثي», not «الأمير
    سعود الثابتة»), and the full name is
    looked up in the KB (a match moves to ``cands``).  The family name so joined does not stand alone for him in the
    article (coreference): the tagger read it as no name, and «ميليشيات الحوثي», «حسين بدرالدين الحوثي» are not
    «عبدالملك الحوثي»."""
    given = given_names(kb.native_names)
    taken = [(c.start, c.end) for c in [*cands, *unresolved]]
    for u in [u for u in unresolved if u.label == "PER" and not u.name]:
        words = join_abd(_words_of(text, u))
        first = text[u.start:u.end].split()[0] if text[u.start:u.end].split() else ""
        # (not a given name that is a common word too: «على الحكومة», «رمضان المبارك» are no full names)
        # (one given name alone: a longer name is whole — «خالد الزهراني الحمد لله», «محمد بديع المرشد العام»)
        # (nor a given name and his father's: «صالح بن علي العمري» tagged «صالح بن علي» ends in no family name)
        lineage = len(words) == 3 and words[1] in ("بن", "ابن")
        g = (bare_given_name(words[:1], given) if (len(words) == 1 or lineage) and not common_word_name(first)
             else None)
        m = re.match(r"[ \t\u00a0]+(ال\w{2,})", text[u.end:u.end + 40]) if g else None
        if m is None or not known_full_name(g, norm(m.group(1))):
            continue
        if g != "عبد" and is_non_entity([norm(m.group(1))]):
            continue  # a formula's word: «أحمد الله على سلامتك» (I praise God) is no «أحمد الله»
        end = u.end + m.end()
        if any(s < end and u.end < e for s, e in taken):
            continue  # (the word is another mention's)
        u.end, u.ntoks = end, u.ntoks + 1
        u.extra["family_after"] = m.group(1)  # (the tagger read it as no name: no short form of him alone)
        ids, start = _lookup_span(kb, text, u.start, u.end)
        if ids and kb.entities[ids[0]].type == "PER" and start == u.start:
            u.entity_id, u.source = ids[0], "ner"
            if len(ids) > 1:
                u.extra["candidates"] = list(ids)
            unresolved.remove(u)
            cands.append(u)
    cands.sort(key=lambda c: c.start)


def _bare_given_names(kb: KnowledgeBase, doc: Doc, text: str, cands: list[_Cand], unresolved: list[_Cand],
                      coref: bool) -> set[int]:
    """A person left unresolved that is a bare given name («محمد», «عبد الله»; ``marsad.nlp.given_names``) is the
    one person the article names in full with that given name (moved to ``cands``, ``data["given_name"]``);
    with none or several such people, a person of this article alone (``article_entity_id``), never one entity
    joining every article that writes the name.  Returns the ``id()`` of the candidates given such an entity.

    Where the article names several people in full with the name, the word after it («حسن شلحة») or the ruler's
    title before it («الأمير محمد» after «الأمير محمد بن نايف») tells which, when only one of them has it.  A given name
    that is a common word as well («عادل», «سعيد», «على»; ``marsad.nlp.given_name_words``) is a name only in a
    name's context — a title or honorific before it, or one person of the article named in full with it — and no
    mention elsewhere («حل غير عادل»)."""
    given = given_names(kb.native_names)
    bare = [(u, g) for u in unresolved if u.label == "PER" and (g := bare_given_name(_words_of(text, u), given))]
    scoped: set[int] = set()
    if not bare:
        return scoped
    owners: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}  # words of each owner's name, and the family name the tagger left after it
    titles: dict[str, set[str]] = {}  # the titles written before each owner's full name
    if coref:
        for c in [*cands, *unresolved]:
            if c.label != "PER" or any(c is u for u, _g in bare):
                continue
            start = strip_honorifics(text, c.start, c.end)
            words = _words_of(text, c) if c.name else _name_words(text[start:c.end])
            if len(words) < 2 or bare_given_name(words, given) or given_name(words) == "".join(words):
                continue
            eid = c.entity_id or new_entity_id(c.name or text[c.start:c.end], "PER")
            owners.setdefault(given_name(words), set()).add(eid)
            family.setdefault(eid, set()).update(words[1:] + _name_words(_family_word_after(text, c.end)))
            title = _honorific_before(text, start) if start == c.start else norm(text[c.start:start].split()[-1])
            if title:
                titles.setdefault(eid, set()).add(title)
    article_key = doc.article.id or hashlib.sha1(text.encode("utf-8")).hexdigest()
    # a common word written where a name stands («شفقت حسين», «اسم شقيقها سامي») is a name at every bare use in the
    # article («أمضى حسين 8 أعوام»); a speaker's cue holds for its own place only (``_common_word_named``)
    why = {id(u): _common_word_named(text, u.start, u.end) for u, _g in bare
           if common_word_name(text[u.start:u.end].split()[-1])}
    named = {norm(text[u.start:u.end].split()[-1]) for u, _g in bare if why.get(id(u)) not in (None, "speaker")}
    for u, g in bare:
        title = _honorific_before(text, u.start)
        found = owners.get(g, set())
        if title in _KING_TITLES:
            # «الملك عبدالعزيز» beside a «عبدالعزيز بن فهد»: a king is no other man of the article named in full
            # (2015-07-24) — unless that man is a king of the KB («للملك فيصل» after «فيصل بن عبدالعزيز»)
            found = {e for e in found if any(r.title == "king" for r in getattr(kb.entities.get(e), "roles", ()))}
        nxt = _next_word(text, u.end)
        if len(found) > 1 and nxt:  # «حسن شلحة» beside «حسن نصر الله» and «حسن خالد شلحة»
            found = {e for e in found if nxt in family.get(e, ())} or found
        if len(found) > 1 and title in OFFICES_OF_TITLE:  # «الأمير محمد» beside «الأمير محمد بن نايف» and «محمد
            # العتيبي»; not a courtesy («السيد حسن» is Nasrallah as often as any Mr Hassan)
            found = {e for e in found if title in titles.get(e, ())} or found
        # «عبدالرحمن النجم» the tagger cut to «عبدالرحمن» is no «عبدالرحمن آل الشيخ» (2015-08-09); «محمد المخرج» is
        # the «محمد بن عبدالرحمن» written before «المخرج» (2015-07-24).  Not after a ruler's title: «رؤية الأمير
        # سعود الثابتة» is Saud al-Faisal's steady vision, «وعد الأمير فيصل الشباب» the prince's promise to the young
        # (a rank stays: «العميد بدر القحطاني» cut to «بدر» is no «بدر السحيباني»)
        after = _name_words(_family_word_after(text, u.end))
        if after and found and title not in OFFICES_OF_TITLE and not set(after) <= family.get(next(iter(found)), set()):
            found = set()
        if len(found) == 1:
            u.entity_id, u.source = next(iter(found)), "alias"
            u.extra["given_name"] = g
            u.extra.pop("new_entity", None)
            unresolved.remove(u)
            cands.append(u)
            continue
        word = text[u.start:u.end].split()[-1]
        if not title and common_word_name(word):
            # the KB person another mention of the article is, written as this one word («السادات ومبارك» before
            # «كان على مبارك أن يتنحى»: Hosni Mubarak)
            same = {c.entity_id for c in cands if c.label == "PER" and c.entity_id in kb.entities
                    and norm(text[c.start:c.end]) == norm(word)}
            if len(same) == 1:
                u.entity_id, u.source = next(iter(same)), "alias"
                u.extra.pop("new_entity", None)
                unresolved.remove(u)
                cands.append(u)
                continue
            if norm(word) not in named and why[id(u)] is None:
                unresolved.remove(u)  # «حل غير عادل», «إنني سعيد», «على»: the common word, no one
                continue
        ent = new_entity(u.name or text[u.start:u.end], u.label)
        # (keyed by the given name, not the words written: «عبد الله» and «عبدالله» in one article are one man)
        ent.id = article_entity_id(g, article_key, u.label)
        ent.data = {**ent.data, "scope": "article", "article_id": doc.article.id}
        u.entity_id = ent.id
        u.extra["new_entity"] = to_dict(ent)
        scoped.add(id(u))
    cands.sort(key=lambda c: c.start)
    return scoped


def _words_of(text: str, c: _Cand) -> tuple[str, ...]:
    return _name_words(c.name or text[c.start:c.end])


_RULER_TITLES = frozenset(norm(w) for w in "الملك الأمير الامير الشيخ السلطان الإمام الامام الشريفين".split())


def _named_after(text: str, toks: list[Tok], cands: list[_Cand]) -> list[_Cand]:
    """The person candidates that are the genitive of an institution's, a facility's or a place's head noun
    ("مركز الملك سلمان للإغاثة", "لجامعة الملك عبدالعزيز", "ومستشفى الملك فهد"; ``marsad.nlp.named_after``), each
    turned into a mention of the institution: the head, the name and one word of the institution's name after it
    ("للإغاثة", "الدولي"), linked to a new ORG entity (LOC for a city, a road, a street or a square) named so, the
    person's id kept in ``data["named_after"]``.  The tagger's span is kept in
    ``data["name_span"]``.  The same institution tagged whole by the tagger ("جامعة الملك سعود" as ORG) gets the
    same id."""
    out: list[_Cand] = []
    if not cands:
        return out
    starts = [t.start for t in toks]
    for c in cands:
        if c.label not in ("PER", "LOC", "ORG"):
            continue
        k = bisect.bisect_left(starts, c.start)
        if k >= len(toks) or starts[k] != c.start:
            continue  # (a name with a clitic of its own: "والملك فهد" is no genitive)
        if c.label != "PER" and not (k > 0 and toks[k - 1].norm in _RULER_TITLES or toks[k].norm in _RULER_TITLES):
            continue  # the tagger's place or body after a head is one only behind a ruler's title: «مستشفى الملك
            # فهد» tagged «فهد» LOC is the hospital (actors48), «مطار دبي» stays Dubai
        hit = named_after_head(text, toks, k)
        if hit is None:
            continue
        start, label = hit
        end = name_end(text, toks, c.end, bisect.bisect_left(starts, c.end))
        name = " ".join(text[start:end].split())
        ent = new_entity(name, label)
        extra: dict[str, Any] = {"new_entity": to_dict(ent), "name_span": [c.start, c.end]}
        if c.entity_id:
            extra["named_after"] = c.entity_id
        n = _Cand(start, end, label, ent.id, "named_after", extra, max(1, len(name.split())))
        out.append(n)
    return out


# Heads of a water body's name: a place's name right after one is the sea's, the gulf's or the strait's («بحر عمان»,
# the Sea of Oman, is no Amman nor Oman; «خليج عدن», «مضيق هرمز»).  Not «قناة» (also a TV channel: «قناة روسيا
# اليوم»), nor «محيط» (also the surroundings: «في محيط دمشق»).
_WATER_HEADS = frozenset(norm(w) for w in "بحر خليج مضيق بحيرة".split())
_WATER_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")


def _water_head(text: str, start: int) -> int | None:
    """Where the water body's head word written right before ``start`` begins, past its clitic («وبحر» → «بحر»);
    None when the word before is no such head."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == start:
        return None
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i]
    for clitic in _WATER_CLITICS:
        if word.startswith(clitic) and norm(word[len(clitic):]) in _WATER_HEADS:
            return j + len(clitic)
    return None


def _water_name(name: str) -> bool:
    """Whether a name is a water body's («البحر الأحمر», «الخليج العربي», «بحر اليابان»)."""
    first = norm(name.split()[0]) if name.split() else ""
    return first in _WATER_HEADS or (first.startswith("ال") and first[2:] in _WATER_HEADS)


def _water_bodies(kb: KnowledgeBase, text: str, cands: list[_Cand]) -> list[_Cand]:
    """The place candidates that name a water body with the head before them («بحر عمان», «وخليج عدن»), each
    turned into a mention of the water body (head and place) linked to a new LOC entity named so; the place's id
    kept in ``data["named_after"]``.  A sea the KB knows whole («بحر اليابان») is matched whole before this; a
    water body after the head stays itself («بحر الخليج العربي» is the Gulf)."""
    out = []
    for c in cands:
        e = kb.entities.get(c.entity_id or "")
        if c.label != "LOC" or (e is not None and _water_name(e.name_ar)):
            continue
        head = _water_head(text, c.start)
        if head is None:
            continue
        kinds = {kb.entities[i].data.get("kind") for i in (c.extra.get("candidates") or [c.entity_id])
                 if i in kb.entities}
        if norm(text[head:c.start].split()[0]) == norm("بحر") and kinds == {"city"}:
            continue  # «بحر الرياض» is «ب» + «حر», in Riyadh's heat: a sea is named after a country or a region
        name = " ".join(text[head:c.end].split())
        ent = new_entity(name, "LOC")
        extra: dict[str, Any] = {"new_entity": to_dict(ent), "name_span": [c.start, c.end]}
        if c.entity_id:
            extra["named_after"] = c.entity_id
        out.append(_Cand(head, c.end, "LOC", ent.id, "water", extra, max(1, len(name.split()))))
    return out


def _longest(cands: list[_Cand]) -> list[_Cand]:
    """Of overlapping candidates, the longest ("ملعب الأمير عبدالله الفيصل" over "ملعب الأمير عبدالله")."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(_overlaps(c, o) for o in out):
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def _split_glued(kb: KnowledgeBase, text: str, u: _Cand) -> list[_Cand] | None:
    """A single word that is two known names joined by «و» with the space lost ("روسياوكوريا"): the two
    names; None when the word is not such a pair (it is then no name of its own either)."""
    word = text[u.start : u.end]
    first = len(word.split(" ", 1)[0])
    if first < 7:
        return None
    for cut in range(3, first - 3):
        if word[cut] != "و":
            continue
        left, right = word[:cut], word[cut + 1 :]
        a, b = kb.lookup(left), kb.lookup(right)
        if a and b:
            return [_Cand(u.start, u.start + cut, kb.entities[a[0]].type, a[0], "gazetteer"),
                    _Cand(u.start + cut + 1, u.end, kb.entities[b[0]].type, b[0], "gazetteer")]
    return None


# Words after which a place's name or a person's lineage goes on: "ريو دي جانيرو" is one place, "بازيليكا القديس
# سباستيان" a church, "عيسى بن سلمان" one man.
_NAME_GOES_ON = frozenset(norm(w) for w in "دي دو دا ديل دل لا لو القديس القديسة سان سانت بن ابن بنت".split())


def _places_before_people(kb: KnowledgeBase, text: str, cands: list[_Cand],
                          unresolved: list[_Cand]) -> list[_Cand]:
    """A new person's span that opens with a place the article names on its own ("والي نابل حسان الجلاصي": the
    tagger ran the governed town into the governor's name): the person starts after the place, and the place is
    a mention of its own, linked as the article's other mention of it (returned: those with an entity go with the
    linked candidates, the others are new entities like the rest of ``unresolved``)."""
    places: dict[tuple[str, ...], str | None] = {}
    for c in (*cands, *unresolved):
        if c.label == "LOC":
            key = _name_words(text[c.start:c.end])
            if key and places.get(key) is None:
                places[key] = c.entity_id
    if not places:
        return []
    longest = max(len(p) for p in places)
    out = []
    for u in unresolved:
        if u.label != "PER":
            continue
        toks = tokenize(text[u.start:u.end])
        for n in range(min(longest, len(toks) - 2), 0, -1):  # at least two words of name left
            key = tuple(t.norm for t in toks[:n])
            if key in places and toks[n].norm not in _NAME_GOES_ON:
                place = _Cand(u.start, u.start + toks[n - 1].end, "LOC", places[key], "ner")
                if place.entity_id:
                    place.label = kb.entities[place.entity_id].type if place.entity_id in kb.entities else "LOC"
                out.append(place)
                u.start += toks[n].start
                u.ntoks = max(1, len(text[u.start:u.end].split()))
                u.name = _behind_article_lam(text, u.start, u.end)  # (the name read from where it now starts)
                break
    return out


_LINEAGE_WORDS = frozenset({"بن", "بنت"})  # (not «ابن»: «ابن صدام حسين», son of, in prose, names the father)


def _after_lineage(text: str, c: _Cand) -> bool:
    """A KB person's name right after «بن»/«بنت» is the father's inside a longer name («منصور بن سعود بن
    عبدالعزيز»): the tagger's full name is the mention (actors47, once the kings were in the KB)."""
    return c.label == "PER" and _word_before(text, c.start) in _LINEAGE_WORDS


def _family_form(kb: KnowledgeBase, text: str, c: _Cand) -> bool:
    """A KB «X بن Y» matched as «الX بن Y»: the given name with the article is a family name («تركي بن عبد الله
    الفيصل بن عبد العزيز»), no mention of X bin Y (actors47)."""
    words = text[strip_honorifics(text, c.start, c.end):c.end].split()  # («الأمير محمد بن سلمان»: no «الX»)
    e = kb.entities.get(c.entity_id or "")
    if c.label != "PER" or e is None or len(words) < 3 or "بن" not in words or not norm(words[0]).startswith("ال"):
        return False
    return not norm(e.name_ar.split()[0]).startswith("ال")


_FI = frozenset({"في", "وفي", "ففي"})


def _governed_by_fi(text: str, c: _Cand) -> bool:
    """A lone word the tagger took for a person right after the preposition «في» is the noun of a phrase («يصب في
    صالح الأندية», in favour of the clubs), not someone: news puts people after «مع», «عن», «إلى», rarely «في»
    (actors47: 6 of 7 such words on three SaudiNewsNet days)."""
    return c.label == "PER" and len(text[c.start:c.end].split()) == 1 and _word_before(text, c.start) in _FI


def _word_before(text: str, start: int) -> str:
    """The normalised word a space before ``start`` («بن», «في»); "" when none (the start of the text, or a word
    glued to it)."""
    if not text[start - 1:start].isspace():
        return ""
    words = text[max(0, start - 8):start].split()
    return norm(words[-1]) if words else ""


def _only_honorifics(text: str, c: _Cand) -> bool:
    """A person span that is nothing but a title ("الدكتور")."""
    words = name_words(text, c.start, c.end)
    return c.label == "PER" and bool(words) and all(w in HONORIFICS for w in words)


def _name_head(kb: KnowledgeBase, text: str, c: _Cand) -> bool:
    """A place or organisation span that is one word which only ever opens longer names ("سان")."""
    toks = _name_words(text[c.start : c.end])
    return c.label != "PER" and len(toks) == 1 and toks[0] in kb.name_heads


def _strip_clitic(text: str, start: int, end: int, doc_words: set[str]) -> int:
    """Start of a NER span without a leading conjunction or preposition ("وكوريا" → "كوريا", "والبريقة" →
    "البريقة") — so a new entity does not split on clitics: when the article also writes the word without it, or
    when the corpus lexicon's name-safe split (``marsad.arabic.clitics``: «وليد», «ويلز», «وسام» stay whole) cuts
    it and at least three letters are left.  The article ال stays: it is part of the name.  A word whose ل + ال is
    written لل («للبريقة») keeps it: what is left after the ل, «لبريقة», is no word the article writes."""
    toks = tokenize(text[start:end])
    if not toks:
        return start
    first = toks[0].norm
    # (the readings the rest of the written word spells: not لل's, whose reading gained an alef)
    options = [(v, k, art) for v, k, art in readings(first)[1:] if first.endswith(v)]
    cut = None
    for v, k, art in options:
        if k and not art and len(v) >= 3 and v in doc_words:
            cut = k
            break
    else:
        clitics, rest = split_clitics(first)
        if clitics and len(rest) >= 3:  # («بالم هيلز» is no ب + «الم»)
            # (ل + ال, «لل», wants «البريقة», which no reading left here spells: no cut)
            wanted = "ال" + rest if clitics.endswith(("ال", "لل")) else rest
            cut = next((k for v, k, art in options if v == wanted and k and not art and len(v) >= 3), None)
    if cut is None:
        return start
    return raw_skip(text, Tok(toks[0].start + start, toks[0].end + start, first), cut)


def _behind_article_lam(text: str, start: int, end: int) -> str | None:
    """The name of a NER span whose first word is written behind «لل» (ل + ال: «للأهلي», «وللشركة»): the words
    with the article's alef back («الأهلي»), so that it is the entity of the name written without the preposition;
    the span stays as written, from the word's start.  None for any other span, and for a word the corpus
    lexicon's name-safe split does not cut so («لله», «للا سلمى») or that leaves fewer than three letters after
    the article."""
    toks = tokenize(text[start:end])
    if not toks:
        return None
    first = toks[0].norm
    clitics, rest = split_clitics(first)
    if clitics.endswith("لل") and len(rest) >= 3:
        cut = len(clitics) - 1  # (the preposition and a و or ف before it; the article's ل is the name's)
    elif clitics.endswith("ل") and rest.startswith("ال") and len(rest) >= 5 and not first.endswith(rest):
        cut = len(clitics)  # (the split read «للمنيفي» as ل + «المنيفي», the alef written no more)
    else:
        return None
    at = raw_skip(text, Tok(toks[0].start + start, toks[0].end + start, first), cut)
    if at >= end or strip_diacritics(text[at])[:1] != "ل":
        return None
    return "ا" + text[at:end]


_NORM = attrgetter("norm")


class _TitleOpeners(dict):
    """Normalised token → whether one of its readings is the first word of a title (of ``first``); filled as
    tokens are asked."""

    def __init__(self, first: frozenset[str]) -> None:
        super().__init__()
        self.first = first

    def __missing__(self, norm: str) -> bool:
        got = self[norm] = any(v in self.first for v, _k, _art in readings(norm))
        return got


_OPENERS: dict[frozenset[str], _TitleOpeners] = {}


def _learned_offices(kb: KnowledgeBase, text: str, toks: list[Tok], cands: list[_Cand],
                     date: str | None) -> list[_Cand]:
    """Role phrases of offices whose holders were learned from the news and that belong to a city or an
    organisation the gazetteer does not take as an office's ("رئيس بلدية صفاقس", recognised as a place or
    not): the phrase is a mention of the holder at ``date``; a place mention inside it gives way."""
    first = frozenset(t[0] for t in kb.titles)
    opens = _OPENERS.get(first)
    if opens is None:
        if len(_OPENERS) > 16:  # (one set of titles a knowledge base; a few in a run)
            _OPENERS.clear()
        opens = _OPENERS[first] = _TitleOpeners(first)
    if len(opens) > 500_000:  # bound the memory on endless streams
        opens.clear()
    found: list[_Cand] = []
    after = 0  # tokens before this one belong to a phrase found
    # Only the tokens a title can open are tried (a dict look-up a token, in C, for the words seen before).
    for i in compress(range(len(toks)), map(opens.__getitem__, map(_NORM, toks))):
        if i < after:
            continue
        hit = None
        for v, k, _art in readings(toks[i].norm):
            if v not in first:
                continue
            for tn in (3, 2, 1):
                office = kb.titles.get((v, *(t.norm for t in toks[i + 1 : i + tn])))
                if not office or i + tn >= len(toks):
                    continue
                for nn in (3, 2, 1):
                    end = i + tn + nn
                    if end > len(toks) or not all(t.space for t in toks[i + 1 : end]):
                        continue
                    of = kb.learned_names.get(tuple(t.norm for t in toks[i + tn : end]))
                    holder = kb.holder(office, of, date) if of else None
                    if holder:
                        start = raw_skip(text, toks[i], k) if k else toks[i].start
                        hit = _Cand(start, toks[end - 1].end, "PER", holder, "coref", {"office": office, "of": of},
                                    end - i)
                        break
                if hit:
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            after = i + hit.ntoks
    if not found:
        return cands
    return [c for c in cands if not any(_overlaps(c, f) for f in found)] + found


def link_doc(doc: Doc, kb: KnowledgeBase | None = None, options: LinkOptions | None = None) -> list[Span]:
    """Find and link the mentions of ``doc``; replaces its ``mention`` layer and returns it.

    Args:
        doc: the article under analysis; NER mentions already in ``doc.layer("mention")`` are
            merged and linked, mentions that already carry an ``entity_id`` are kept unchanged.
        kb: the knowledge base (default: the shipped one).
        options: LinkOptions.

    Returns:
        The mention spans, sorted by offset, each with ``data["entity_id"]``.
    """
    kb = kb or load_kb()
    options = options or LinkOptions()
    text = doc.text
    toks = tokenize(text)
    gaz = kb.gazetteer()
    matches = gaz.find(text, toks)
    date = _doc_date(doc, options)
    cands = [c for c in _gazetteer_cands(kb, matches, date, toks)
             if not _after_lineage(text, c) and not _family_form(kb, text, c)]
    # Mentions that arrive already linked (gold data, a custom stage) are kept as they are.
    given = [
        _Cand(s.start, s.end, s.label, s.data["entity_id"], s.data.get("source", "given"),
              {k: v for k, v in s.data.items() if k not in ("entity_id", "source", "name", "name_en")})
        for s in doc.layer("mention") if s.data.get("entity_id")
    ]
    if given:
        cands = [c for c in cands if not any(_overlaps(c, g) for g in given)] + given
    ner = [s for s in doc.layer("mention") if not s.data.get("entity_id")]
    cands, unresolved = _merge_ner(kb, text, cands, ner)
    # «حصة الأسد», «ضيوف الرحمن», «عيدكم مبارك»: a name-like word inside a fixed expression is no mention (actors48)
    doc_words = set(map(_NORM, toks))
    # (most articles hold no idiom's words: a few set tests, not the tokens read one by one)
    idioms = idiom_spans([(t.norm, t.start, t.end) for t in toks]) if may_hold_idiom(doc_words) else []
    if idioms:
        keep = {id(g) for g in given}
        cands = [c for c in cands if id(c) in keep or not any(s <= c.start and c.end <= e for s, e in idioms)]
        unresolved = [u for u in unresolved if not any(s <= u.start and u.end <= e for s, e in idioms)]
    # «بحر عمان», «خليج عدن»: a place's name after a water body's head is the sea's, not the place (fixes47)
    waters = _water_bodies(kb, text, [c for c in cands if id(c) not in {id(g) for g in given}] + unresolved)
    if waters:
        cands = [c for c in cands if not any(_overlaps(c, w) for w in waters)] + waters
        unresolved = [u for u in unresolved if not any(_overlaps(u, w) for w in waters)]
    _choose_between_places(kb, text, toks, cands, keep={id(g) for g in given})
    for u in unresolved:
        u.start = _strip_clitic(text, u.start, u.end, doc_words)
        if u.label == "PER":
            u.start = strip_honorifics(text, u.start, u.end)
            u.end = _without_last_common_form(text, u.start, u.end)
        u.name = _behind_article_lam(text, u.start, u.end)  # «للأهلي» is «الأهلي»'s (link 14)
        u.ntoks = max(1, len(text[u.start : u.end].split()))
    unresolved = [u for u in unresolved if not _only_honorifics(text, u) and not _name_head(kb, text, u)
                  and not _governed_by_fi(text, u)]
    _known_family_names_after(kb, text, cands, unresolved)
    for u in list(unresolved):
        parts = _split_glued(kb, text, u)
        if parts:
            unresolved.remove(u)
            cands += parts
    for place in _places_before_people(kb, text, cands, unresolved):
        (cands if place.entity_id else unresolved).append(place)
    cands = _drop_adjectives(kb, toks, _drop_titles_before_names(text, cands, unresolved))
    # "مركز الملك سلمان", "جامعة الملك عبدالعزيز": the institution, set aside before coreference (its name is no
    # full name of the person for the article's short names, and its bare "عبدالعزيز" is no short name of one)
    kept = {id(g) for g in given}  # (mentions that arrive linked stay as they are)
    named = _longest(_named_after(text, toks, [c for c in cands if id(c) not in kept])
                     + _named_after(text, toks, unresolved))
    if named:
        named = [n for n in named if not any(_overlaps(n, g) for g in given)]
        cands = [c for c in cands if not any(_overlaps(c, n) for n in named)]
        unresolved = [u for u in unresolved if not any(_overlaps(u, n) for n in named)]
    if options.partial_names:
        found = _coref(kb, text, toks, cands, unresolved)
        found = [c for c in found if not any(s <= c.start and c.end <= e for s, e in idioms)]
        if found:
            extra = [n for n in _named_after(text, toks, found) if not any(_overlaps(n, o) for o in named + given)]
            found = [c for c in found if not any(_overlaps(c, n) for n in named + extra)]
            cands = [c for c in cands if not any(_overlaps(c, n) for n in extra)]
            named = _longest(named + extra)
        cands = sorted(cands + found, key=lambda c: c.start)
        _context_surnames(kb, text, cands, unresolved, date)
        _titled_given_names(kb, text, cands, unresolved, date)
    # «محمد» alone: the article's one «محمد …», else a person of this article only (actors49)
    scoped = _bare_given_names(kb, doc, text, cands, unresolved, options.partial_names)
    cands += named
    for u in unresolved:
        if id(u) not in scoped:
            ent = new_entity(u.name or text[u.start : u.end], u.label)
            u.entity_id = ent.id
            u.extra["new_entity"] = to_dict(ent)
        cands.append(u)
    if kb.learned_names:
        cands = _learned_offices(kb, text, toks, cands, date)
    names = {c.entity_id: (c.extra["new_entity"]["name_ar"], None) for c in cands if "new_entity" in c.extra}
    redirects = options.redirects or {}
    for c in cands if redirects else ():
        target = redirects.get(c.entity_id or "")
        if target is not None:
            tid, *tnames = (target,) if isinstance(target, str) else tuple(target)
            if tnames:
                names[tid] = (tnames[0], tnames[1] if len(tnames) > 1 else None)
            c.extra["name_id"] = c.entity_id
            c.entity_id = tid
    _quoted_outlets(kb, text, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    spans = []
    for c in cands:
        data: dict[str, Any] = {"entity_id": c.entity_id, "source": c.source}
        e = kb.entities.get(c.entity_id or "")
        ne = c.extra.get("new_entity") or {}
        if e is None and c.entity_id in names:
            ne = {"name_ar": names[c.entity_id][0], "name_en": names[c.entity_id][1]}
        data["name"] = e.name_ar if e is not None else ne.get("name_ar", text[c.start : c.end])
        data["name_en"] = e.name_en if e is not None else ne.get("name_en")
        data.update(c.extra)
        spans.append(Span(kind="mention", start=c.start, end=c.end, label=c.label, data=data))
    doc.layers["mention"] = spans
    return spans


_OPENING, _CLOSING = "«“\"", "»”\""


def _quoted_outlets(kb: KnowledgeBase, text: str, cands: list[_Cand]) -> None:
    """A newspaper's name in quotation marks is the newspaper: 'وقال لـ«الشرق الأوسط»' names Asharq Al-Awsat, not
    the region (over half the Middle East's mentions of a SaudiNewsNet day), «الرياض» the daily, not the city."""
    from marsad import outlets

    for c in cands:
        if not (0 < c.start and c.end < len(text) and text[c.start - 1] in _OPENING and text[c.end] in _CLOSING):
            continue
        outlet = outlets.lookup(text[c.start:c.end])
        org = next((i for i in kb.lookup(outlet.key) if i.startswith("org:")), None) if outlet else None
        if org is not None and org != c.entity_id:
            c.entity_id, c.label, c.source = org, "ORG", "outlet"
            c.extra.pop("new_entity", None)


def kb_for(res: Resources) -> KnowledgeBase:
    """The KB for a pipeline run, cached in ``res``.

    The shipped KB (or ``settings["kb_path"]``), plus user entities: those in
    ``settings["entities"]`` (Entity objects or their dicts) and, when
    ``settings["db"]`` names a database, the ones added there with ``marsad kb add``;
    plus the roles learned from the news (``settings["learned_roles"]``, or the database's).
    """

    def load() -> KnowledgeBase:
        from marsad.nlp.learned_roles import with_learned_roles

        base, roles = _kb_parts(res)
        return with_learned_roles(base, roles)

    return res.get("kb", load)


def kb_apart_from(res: Resources, article_id: str) -> KnowledgeBase:
    """``kb_for(res)`` without the roles learned from the article ``article_id`` (a stage reading them would read
    its own output back: what it found on a first pass would change what it finds when it runs again)."""
    from marsad.nlp.learned_roles import with_learned_roles

    base, roles = _kb_parts(res)
    sources = res.get("kb_role_sources", lambda: frozenset(a for r in roles for a in r.articles))
    if article_id not in sources:
        return kb_for(res)  # (most articles)
    return with_learned_roles(base, [r for r in roles if article_id not in r.articles])


def _kb_parts(res: Resources) -> tuple[KnowledgeBase, list]:
    """The KB with its user entities, and the learned roles (see ``kb_for``), cached in ``res``."""

    def load() -> tuple[KnowledgeBase, list]:
        from marsad.nlp.learned_roles import LearnedRole, learned_roles

        base = load_kb(res.settings.get("kb_path"))
        extra = [e if isinstance(e, Entity) else entity_from_dict(e) for e in res.settings.get("entities") or []]
        db = res.settings.get("db")
        if db and Path(str(db)).exists():
            from marsad.nlp.entity_queries import user_entities
            from marsad.store import open_store

            store = open_store(str(db), readonly=True)
            try:
                extra += user_entities(store)
                learned = res.settings.get("learned_roles")
                if learned is None:
                    learned = learned_roles(store.office_changes())
            finally:
                store.close()
        else:
            learned = res.settings.get("learned_roles") or []
        roles = [r if isinstance(r, LearnedRole) else LearnedRole(**r) for r in learned]
        return base.with_entities(extra), roles

    return res.get("kb_parts", load)


def _link_stage(doc: Doc, res: Resources) -> None:
    """The ``link`` stage.  Settings: ``db`` / ``entities`` / ``kb_path`` (see ``kb_for``),
    ``link`` = LinkOptions fields as a dict (e.g. ``{"date": "2024-06-19"}``), ``redirects`` (merged entities)."""
    options = res.get("link_options", lambda: LinkOptions(**{**(res.settings.get("link") or {}),
                                                             "redirects": res.settings.get("redirects")}))
    link_doc(doc, kb_for(res), options)


LINK = Stage(
    name="link",
    version="27",  # 2: coreference, qualifiers, merges; 3: NER spans of religious formulas, currencies, units and
    # function words are dropped; 4: sports federations in the KB (UEFA is not the European Union); 5: "مسقط رأسه"
    # (one's birthplace) is no Muscat; 6: a person an institution is named after ("مركز الملك سلمان") is the
    # institution, not a mention of the person, and a father's name alone is no short form of the son (issues 11, 14);
    # 7: a family name with the article after محمد / أحمد stands for the person ("محمد المساح" → "المساح"), an
    # ordinal or a weekday ending a name does not ("عبدالله الثاني" → not "الثاني") (issue 15, events42); 8: nor does
    # a family name naming a company or a family ("شركة الجفالي"), one that is mostly a common word ("الماضي",
    # learnt from SaudiNewsNet) or one ending another full name after بن, محمد or أحمد (issue 15, link11); 9: one
    # name of a city and a country ("عمان") told apart by diacritics, a ruler's word, a country after it or the
    # countries listed with it; a weak alias with the article ("السيول") is no entity; a place the tagger ran into a
    # new person's name ("والي نابل حسان الجلاصي") is a mention of its own; 10: a weak alias the tagger tags ("سيول
    # جارفة", floods) links only with its context in the article or a place's cue before it ("في", "مدينة"); 11: a
    # newspaper's name in quotation marks is the newspaper («الشرق الأوسط», usability40); 12: a new name loses a
    # leading conjunction or preposition the lexicon's name-safe split cuts («وتعز», «والبريقة»), not only when the
    # article writes the bare word too; 13: nor the ل of a name behind «لل» (ل + ال), «للبريقة» was «لبريقة»; 14: a
    # new name behind «لل» is the bare name's entity («للأهلي» → «الأهلي», its span as written; fixes45); 15: a bare
    # one-word person that is a KB person's surname goes to that person when the article's actors agree with the
    # person's countries at its date (marsad.nlp.surname_context; actors46)
    # 16: «ولي ولي العهد السعودي» is the deputy crown prince (an office of the KB, 2014-2017), not «ولي العهد» inside it
    # (fixes46); 17: a ruler's title and a given name («الملك فهد», «الأمير مقرن») is the one KB holder of the
    # title's offices bearing that name (marsad.nlp.title_names); the kings of Saudi Arabia 1932-1982 in the KB;
    # «دارة», «برنامج», «نفق», «جامعتي», «مخطط», «طرق», «وسام», «سد», «ميدان», «باب», «كأس» head a name after a
    # person; a tagger's «X بن Y الفلاني» is a namesake of the KB's «X بن Y», not him; a lone person word right
    # after «في» is none («في صالح», in favour of); a KB name right after «بن» is a father's inside a longer name, no
    # mention (actors47);
    # 18: a title before a KB «X بن Y» («الأمير محمد بن سلمان») is no family name «الX»; a title and a given name
    # are not the KB's ruler when the article names another man of that given name in full; a name after «ابن»
    # (son of, «ابن صدام حسين») is a mention; a weekday or «اليوم» after a KB «X بن Y» is no family name (lastread44)
    # 19: the KB lists a person once when the actor dictionary spells him several ways («نوري كامل المالكي», «نور
    # المالكي» are Nouri al-Maliki's aliases, not two more people); a name-like word inside a fixed expression is
    # no mention («حصة الأسد», «ضيوف الرحمن», «عيدكم مبارك»: marsad.nlp.ner.non_entities.IDIOMS), a name that runs
    # past one is («عيد سعيد الرفاعي»); «قلادة», «صالة» head a name after a person, «مشروع», «معرض», «منحة»,
    # «توسعة» with a title between («مشروع الملك عبدالله», not «مشروع نتنياهو»); the tagger's place or body behind
    # a head and a ruler's title is the thing named («مستشفى الملك فهد» with «فهد» tagged LOC; actors48)
    # 20: a place's name after «بحر», «خليج», «مضيق», «بحيرة» is the water body's («بحر عمان» is neither Amman nor
    # Oman, «خليج عدن» no Aden), a new LOC named whole; not a KB sea after the head, nor a city after «بحر» (ب + حر,
    # «بحر الرياض»: in Riyadh's heat) (fixes47)
    # 21: a bare given name («محمد», «عبد الله») is the one person the article names in full with it, else a person
    # of that article alone (``new:a-…``), not one entity across every article (marsad.nlp.given_names; actors49)
    # 22: «عبد الله» and «عبدالله» alone in one article are one person of it, not two (lastread45b)
    # 23: a bare given name that is a common word too («عادل», «سعيد», «على»: learnt from SaudiNewsNet,
    # marsad.nlp.given_name_words) is no mention without a title before it or one man of the article named in full
    # with it; a word after a titled given name hides no owner («الأمير سعود الثابتة»); a king's title takes the KB
    # king the article names in full («للملك فيصل»); of several namesakes named in full, the one whose name holds the
    # next word («حسن شلحة») or who bore the same ruler's title («الأمير محمد»); a person's span loses a last word
    # written as another word than a name («عادل على», on; given_name_words); a given name the tagger cut from the
    # family name after it runs on over it when the news writes the two as a full name («عبدالملك الحوثي»), the family
    # name then no short form of him alone (actors50)
    # 24: such a common word is a name where the context says so — a word introducing a name before it («اسم
    # شقيقها سامي»), a word the news hardly writes right before or after it (a foreign given name or a family name the
    # tagger cut: «شفقت حسين», «مبارك الدويلة»; then at every bare use in the article), a speech verb before it and a
    # mark or «أن» after it («وقال رامي:»); or the KB person another mention of the article is,
    # written as that one word («ومبارك» … «كان على مبارك»: Hosni Mubarak) (actors50b); 25: a name that already
    # ends in a family name is not run on over a family name after it («خالد الزهراني الحمد لله»); 26: only a
    # given name alone is («محمد بديع المرشد العام» took a title: links47's independent reading of 2015-08-11)
    # 27: the full names learnt leave out a given name's written forms that are other words («على الحكومة», «أمام
    # الجمهور» taught «علي الحكومة», «إمام الجمهور»: 425 of 1018 pairs gone, «علي الزهراني» kept; lastread46b); a speech
    # verb, a common word, then «أن»/«إن» is a speaker («وقال سعيد إن»: the two-letter word was never read); a given
    # name with his father's runs on over the family name too («صالح بن علي» + «العمري»: link 26 had split the man)
    # and none runs on over a formula's word («أحمد الله على سلامتك»)
    func=_link_stage,
    requires=("sentence",),
    assigns=("mention",),
    doc="Gazetteer + NER mentions linked to KB entities (or deterministic new entities).",
)
STAGE = LINK


def entity_search_terms(query: str, kb: KnowledgeBase | None = None, store: "Store | None" = None) -> list[str]:
    """Spellings to search for when the user searches ``query`` as an entity.

    ``"بيونج يانج"`` → ``["بيونج يانج", "بيونغ يانغ", "بيونغيانغ", ..., "Pyongyang"]``.
    ``query`` may also be an entity id.  With a ``store``, its user and
    discovered entities count too.  Unknown names give ``[query]``.
    """
    q = query.strip()
    if not q:
        return []
    if store is not None and kb is None:
        from marsad.nlp.entity_queries import resolve_entity

        e = resolve_entity(store, q)
        return list(dict.fromkeys([q, *names_of(e)])) if e else [q]
    kb = kb or load_kb()
    ids = (q,) if q in kb.entities else (kb.lookup(q) or _lookup_span(kb, q, 0, len(q))[0])
    if not ids:
        return [q]
    return list(dict.fromkeys([q, *names_of(kb.entities[ids[0]])]))
