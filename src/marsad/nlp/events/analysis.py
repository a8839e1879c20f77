"""Sentence analysis for the event coder: tokens, mentions and their prepositions, subjects, objects.

The coder works on folded tokens (see :func:`marsad.nlp.events.lexicon.fold`)
and on the ``mention`` layer; this module finds, for a token position, the
subject after it (VSO) or before it (SVO), the mentions coordinated with it,
the recipient its prepositions introduce, and a person's country from the
nationality adjective of their title ("الرئيس الروسي فلاديمير بوتين").
"""

from __future__ import annotations

import bisect
import re
from datetime import date as _dt_date, timedelta as _td
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from operator import le, not_
from typing import TYPE_CHECKING, Any

from marsad.arabic.tokenize import matches, remember_last_text, splitter
from marsad.models import Doc, Span
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.lexicon import Trigger, fold
from marsad.nlp import named_after

if TYPE_CHECKING:
    from marsad.nlp.events.coder import CoderOptions

# Clause-ending punctuation.  Quote marks and brackets are not: they wrap names and titles
# ("وقعا على “اتفاقية شراكة شاملة”") as often as speech.
# The same tokens, found in the folded text where deleted marks are "\x01".
# Words (letters and deleted marks, \x01), numbers, single punctuation.  A word is written as runs of letters
# between runs of \x01 (or \x01 alone), not as one alternation a character: the same tokens as
# ``(?:[^\W\d_]|\x01)+``, and the regex engine reads a run of letters in one loop (a fifth less time a day).
_FOLDED_TOKEN_RE = re.compile(r"\x01*[^\W\d_]+(?:\x01+[^\W\d_]*)*|\x01+|\d+(?:[./:\-]\d+)*|[^\w\s\x01]")
STRONG_PUNCT = frozenset('.:؛;!?؟')
# "...، ووقع الحادث اليوم": a clause telling when the act just told happened (events43)
_OCCURRED = L._w("وقع وقعت ووقع ووقعت")
_INCIDENTS = L._w("الحادث الحادثة الهجوم الاعتداء الانفجار التفجير الهجمات")
VERB_PREFIXES = frozenset({"", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"})
# marks that open a quoted name: the name in them is the verb's subject all the same ("وخطفت «جبهة النصرة» ثمانية")
_OPENING_QUOTES = frozenset('"“«')
# weapons the tagger may take for a place or a group: never a party to an event
_WEAPONS = frozenset(fold(w) for w in "هاون الهاون كاتيوشا الكاتيوشا غراد كلاشنكوف كلاشينكوف الكلاشنكوف".split())
# the word for a kind of state standing before the state's name: "ونددت مملكة البحرين", "ماليزيا وسلطنة عمان" (events32)
_POLITY_WORDS = frozenset(fold(w) for w in "مملكة دولة جمهورية سلطنة إمارة".split())


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    norm: str
    punct: bool


@dataclass(slots=True)
class Ment:
    span: Span
    first: int  # token indices (inclusive)
    last: int
    prep: str  # governing preposition ("ل", "ب", "في", "مع", ...) or ""
    conj: bool  # joined by و to what precedes


@dataclass(slots=True)
class Hit:
    tok: int
    entry: Trigger
    prefix: str
    companion: int | None
    mode: str
    actor: list[Ment] = field(default_factory=list)
    actor_how: str = ""
    recipient: Ment | None = None
    frame_of: "Hit | None" = None
    # False: the sentence detector rejects this type here (the hit still governs other events);
    # "weak": it doubts it, and only a fully coded event goes out
    emit: bool | str = True


@dataclass(slots=True)
class Speech:
    lo: int  # scope in token indices [lo, hi)
    hi: int
    speaker: dict[str, Any] | None
    speaker_ment: Ment | None
    cue: int
    kind: str = "say"  # say (قال X إن) | source (بحسب X) | quote (the quote layer)


@lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[tuple[str, str, str], ...]:
    """(prefix, stem, suffix) readings of a folded token: clitics و ف ب ل ك س ال, object pronouns."""
    # (one letter test per step: a word starts with one letter and ends with one pronoun at most; the same
    # readings in the same order as trying each clitic in turn — tests/test_speed_shortcuts.py)
    out = [("", norm)]
    c = norm[:1]
    if (c == "و" or c == "ف") and len(norm) > 3:
        out.append((c, norm[1:]))
    for pre, s in out[:]:
        c = s[:1]
        if (c == "ب" or c == "ل" or c == "ك" or c == "س") and len(s) > 3:
            out.append((pre + c, s[1:]))
    for pre, s in out[:]:
        if s[:2] == "ال":
            if len(s) > 4:
                out.append((pre + "ال", s[2:]))
        elif s[:1] == "ل" and pre[-1:] == "ل" and len(s) > 3:  # لل = ل + ال
            out.append((pre + "ال", s[1:]))
    res = [(p, s, "") for p, s in out]
    for p, s in out:  # the object pronoun: هما ها هم ه
        last = s[-1:]
        if last == "ه":
            k = 1
        elif last == "ا":
            k = 3 if s[-3:] == "هما" else 2 if s[-2:] == "ها" else 0
        elif last == "م":
            k = 2 if s[-2:] == "هم" else 0
        else:
            continue
        if k and len(s) - k >= 3:
            res.append((p, s[:-k], s[-k:]))
    return tuple(res)


@remember_last_text()
def _tokens(text: str) -> list[Tok]:
    """Tokens with their folded form: the whole text is folded once, in place (deleted marks
    become ``\x01``), and tokenized as folded text, so each token's norm is its match.

    The event coder and the treaty steps both tokenize the whole article: the tokens of the last long
    text are kept, and a new list of the same tokens is returned for it.  Treat the tokens as read-only.
    """
    return _tokenize(text)




def _tokenize(text: str) -> list[Tok]:
    folded = L.fold_in_place(text)
    words, starts, ends, _gaps = matches(_FOLDED_SPLIT_RE, folded)
    if "\x01" in folded:
        words = [w.replace("\x01", "") if "\x01" in w else w for w in words]
    # punctuation: a token that does not start with a letter or a digit (one made only of deleted marks too)
    punct = map(not_, map(str.isalnum, map(str.__getitem__, words, repeat(_FIRST))))
    return list(map(Tok, starts, ends, words, punct))


_FOLDED_SPLIT_RE = splitter(_FOLDED_TOKEN_RE, first=r"\S")  # (no alternative starts with a space)
_FIRST = slice(None, 1)


@lru_cache(maxsize=300_000)
def has_word(norm: str, words: frozenset[str]) -> bool:
    """Whether a folded token is one of ``words`` once its clitics are set aside."""
    return norm in words or any(s in words for _p, s, _suf in stems(norm))


# an envoy: whom his title names (his principal, his post) is not the party he meets or is asked by
# فإن opens the answer of a condition or of أما: a clause of its own
_ANSWER = frozenset(L.fold(w) for w in "فإن فإنه فإنها فإنهم".split())
# an office held by the person named right before it, with no comma: "فلان رئيس إقليم X" (indefinite: the
# definite "الرئيس" after a name may be the verb's object, "استقبل الملك الرئيس المصري")
_OFFICE_HEADS = frozenset(L.fold(w) for w in (
    "رئيس رئيسة نائب وزير وزيرة مدير مديرة أمين مستشار مستشارة سفير مندوب مبعوث قائد زعيم أمير محافظ عضو "
    "متحدث ناطق عميد رئيسا").split())
_APPOSITION_PLACE_HEADS = frozenset(L.fold(w) for w in "إقليم منطقة محافظة ولاية مدينة إمارة".split())
_WHEN_WORDS = frozenset(L.fold(w) for w in "بعد قبل عقب إثر اثر منذ غداة خلال".split())  # "وذلك بعد ..."
_HEAD_OF = frozenset({"راس"})
_BUT = frozenset({"لكن", "ولكن"})  # "على رأس": at the head of
_ENVOY_WORDS = frozenset(L.fold(w) for w in "مبعوث المبعوث موفد الموفد مندوب المندوب سفير السفير ممثل الممثل".split())

# Participles that attach a party to the noun before them ("الانفصاليين الموالين لروسيا", "المدعوم من
# موسكو", "المملوكة للملياردير"): that party qualifies the object, it is not the object.
# armed sides named by whom they are loyal to: "الانفصاليين الموالين لروسيا", "القوات الموالية لـ" (events40)
_LOYAL_HEADS = L.ARMED_HEADS | frozenset(L.fold(w) for w in (
    "الانفصاليين الانفصاليون انفصاليين انفصاليون المتمردين المتمردون متمردين متمردون").split())
_MODIFIERS = frozenset(L.fold(w) for w in (
    "الموالي الموالين الموالية الموالون موالية موالين المؤيدة المؤيدين المؤيدون المدعوم المدعومة المدعومين "
    "المدعومون مدعومة مدعوم المملوكة المملوك مملوكة المقرب المقربة المقربين المتحالفة المتحالف المتحالفين "
    "الحليفة الحليف "
    # issue 15, events39: "الفرقة المدربة من قبل X", "المقاتلين المدربين أمريكيا": the unit, not who trained it
    "المدربة المدرب المدربين المدربون مدربة مدربين").split())


class Sentence:
    """Working state for one sentence."""

    def __init__(self, coder: "Analysis", lo: int, hi: int, span: Span) -> None:
        self.c, self.lo, self.hi, self.span = coder, lo, hi, span
        firsts = coder.ment_firsts
        if firsts is None:
            self.ments = [m for m in coder.ments if lo <= m.first and m.last < hi]
        else:
            # the mentions whose first token is in the sentence, found by bisection (a scan of the article's
            # mentions for each sentence was quadratic in a long article): the same mentions in the same order
            a, b = bisect.bisect_left(firsts, lo), bisect.bisect_left(firsts, hi)
            self.ments = [m for m in coder.ments[a:b] if m.last < hi]

    @cached_property
    def starts(self) -> dict[int, "Ment"]:
        """The sentence's mentions by their first token."""
        return {m.first: m for m in self.ments}


def _party_keys(x: dict[str, Any] | None) -> set[str]:
    """A party's keys: its entity id and its folded name (either may be missing)."""
    if not x:
        return set()
    return {str(v) for v in (x.get("entity_id"), fold(str(x.get("name") or ""))) if v}


class Analysis:
    def __init__(self, doc: Doc, options: CoderOptions, kb: Any = None) -> None:
        self.doc, self.opt, self.kb = doc, options, kb
        self.text = doc.text
        self.lex = L.load_lexicon(options.use_petrarch)
        self.toks = _tokens(self.text)
        self._tok_starts = [t.start for t in self.toks]
        self.ments = self._mentions()
        # the mentions' first tokens when in order (they are: mentions come in text order), for ``Sentence``
        firsts = [m.first for m in self.ments]
        self.ment_firsts: list[int] | None = firsts if all(map(le, firsts, firsts[1:])) else None
        self.timex = sorted(doc.layers.get("timex", []), key=lambda s: s.start)
        self.quotes = list(doc.layers.get("quote", []))
        self.anchor = self._anchor_date()
        self.prev_actor: list[Ment] = []
        self.prev_raiders: list[Ment] = []  # the last strike's raiders in the sentence before (coder, events32)
        self.events: list[Span] = []
        self._is_sport: bool | None = None  # a sports report (ChecksMixin._sport_article), read once

    # -- set-up ----------------------------------------------------------------

    def _tok_at(self, offset: int) -> int:
        i = bisect.bisect_right(self._tok_starts, offset) - 1
        return max(i, 0)

    def _mentions(self) -> list[Ment]:
        out = []
        polity: tuple[int, str] | None = None
        inside_last = -2  # the last token of the last name dropped as the inside of another
        for s in sorted(self.doc.layers.get("mention", []), key=lambda s: s.start):
            if not self.toks or s.end <= s.start:
                continue
            if s.data.get("source") == "named_after":
                continue  # "مركز الملك سلمان" linked as the institution (link 6): no party, as events39 had it
            first, last = self._tok_at(s.start), self._tok_at(max(s.start, s.end - 1))
            tok = self.toks[first]
            lead = fold(self.text[tok.start:s.start]) if s.start > tok.start else ""
            name = fold(str(s.data.get("name") or ""))
            surface = fold(self.text[s.start:s.end])
            if not lead and name and surface[:1] in "وفبلك" and surface not in name:
                # the NER span kept the clitic: "لروسيا" for روسيا, "وللصين" for الصين
                for k in (1, 2, 3):
                    rest = surface[k:]
                    if rest and (rest in name or ("ال" + rest) in name or ("ا" + rest) in name):
                        lead = surface[:k]
                        break
            while last > first and (self.toks[last].norm in L.CLAUSE_VERBS or (
                    self.toks[last].norm[:1] in ("و", "ف") and self.toks[last].norm[1:] in L.CLAUSE_VERBS)):
                # (a verb takes و/ف only: "كيري" is a name, not ك + يرى)
                # "جمال مظلوم يرى": the NER span swallowed the verb after the name
                last -= 1
                end = self.toks[last].end
                data = dict(s.data)
                if fold(str(data.get("name") or "")) == surface:
                    data["name"] = self.text[s.start:end]
                s = Span(s.kind, s.start, end, s.label, data)
            if s.label == "LOC" and not lead and first > 0 and self.toks[first - 1].norm in _NAMED_AFTER_PLACE:
                continue  # "بنك الرياض", "جامعة القاهرة": the city is part of an institution's name, no party
            if surface in _WEAPONS:
                continue  # "دمرت غارة مدفع هاون": a weapon the tagger took for a name is no party
            inside = self._inside_a_name(s.label, surface, first, last, lead, out, inside_last)
            if inside:
                inside_last = last
                continue  # "مركز الملك سلمان", "جبل الأكراد", "أحد أقارب الأسد": no party (events39)
            if first == last and surface.lstrip("وف") in _POLITY_WORDS and self._next_mention_at(s, last + 1):
                # "ونددت مملكة البحرين", "وسلطنة عمان": the tagger took the kind of state apart from its name;
                # the name after it is the party (a span of the word alone would be coded as another party),
                # its span reaching back over the word
                polity = (first, lead)
                continue
            if polity is not None and first == polity[0] + 1:
                first, lead = polity[0], polity[1] or lead
            polity = None
            conj = lead[:1] in ("و", "ف")
            prep = lead.lstrip("وف")[:1] if lead.lstrip("وف") else ""
            if not prep and first > 0:
                prep, conj2 = self._prep_before(first, out[-1].last if out else -1)
                conj = conj or conj2
            out.append(Ment(s, first, last, prep, conj))
        return out

    def _inside_a_name(self, label: str, surface: str, first: int, last: int, lead: str, out: list[Ment],
                       inside_last: int) -> bool:
        """Whether a name stands inside another name or a relation, so that it names no party (issue 15, events39):

        * a person as the genitive of an institution's, a facility's or a place's head noun, the name's own
          honorifics allowed between ("مركز الملك سلمان للإغاثة", "جامعة الإمام محمد بن سعود" — also when the
          tagger made "جامعة الإمام" a name of its own, "شارع الملك فهد"): the person names the thing;
        * a people as the genitive of a place noun ("جبل الأكراد", "حي الأكراد"): the people names the place;
        * anyone as the genitive of a kinship or closeness noun, titles and nationalities allowed between ("أحد
          أقارب الأسد", "نجل الرئيس السوري ...", "زوجة زعيم التنظيم"): the relative is the party, not the name —
          and a name right after one so dropped is part of the same chain ("نجل زعيم القاعدة أسامة بن لادن"); a name
          heading its own relative clause stays ("عائلة فلان الذي قتل ...": he is the killer).
        A name after a comma or a preposition of its own is its own party ("شقيق الرئيس، فلان")."""
        if lead or first == 0:
            return False
        titles_only = True  # only the name's titles and honorifics between the head and the name so far
        for j in range(first - 1, max(first - 5, -1), -1):
            t = self.toks[j]
            if t.punct or t.norm in L.PREPOSITIONS:
                return False
            if j == inside_last:
                return True  # the chain of a name dropped just before
            if out and out[-1].first <= j <= out[-1].last:
                # "جامعة الإمام" tagged as a name of its own, then "محمد بن سعود"
                prev = out[-1]
                return label == "PER" and prev.span.label != "PER" and j == first - 1 \
                    and bool(clitic_bases(self.toks[prev.first].norm) & _NAMED_FOR)
            bases = clitic_bases(t.norm)
            if bases & _KIN:
                # (a relation's genitive may be a title, a nationality or a common noun: "الداعية") — but a name
                # heading its own relative clause is that clause's party: "عائلة فلان الشاب الذي قتل ..."
                return not self._heads_relative_clause(last)
            if titles_only and label == "PER" and bases & _NAMED_FOR:
                return True
            if j == first - 1 and bases & _PLACE_OF_PEOPLE and surface.lstrip("وف") in _PEOPLES:
                return True
            if not (has_word(t.norm, L.TITLES) or t.norm in _INSTITUTION_HONORIFICS or t.norm in L.NISBA):
                if t.norm[:2] != "ال":
                    return False  # (a definite common noun may stand between a relation and its genitive)
                titles_only = False
        return False

    def _heads_relative_clause(self, last: int) -> bool:
        """Whether a relative pronoun follows the name ending at ``last``, past a few words describing it."""
        for j in range(last + 1, min(last + 5, len(self.toks))):
            if self.toks[j].punct:
                return False
            if self.toks[j].norm in _WHO:
                return True
        return False

    def _next_mention_at(self, s: Span, tok: int) -> bool:
        """Whether another mention of a place starts at token ``tok``."""
        return tok < len(self.toks) and any(
            o is not s and o.label == "LOC" and o.start >= s.end and self._tok_at(o.start) == tok
            for o in self.doc.layers.get("mention", []))

    def _prep_before(self, first: int, floor: int) -> tuple[str, bool]:
        """The preposition governing a mention across a few head words before it.

        "مع الرئيس التركي رجب طيب أردوغان" → مع; "بقرار مجلس الأمن" → ب;
        "على سياسات الرئيس خافيير ميلي" → على (one non-title head noun allowed).
        Stops at punctuation and at the previous mention.
        """
        heads = 0
        for j in range(first - 1, max(first - 5, floor, -1), -1):
            t = self.toks[j]
            if t.punct:
                return "", False
            if t.norm in L.PREPOSITIONS:
                return t.norm, False
            if t.norm in _BUT:
                return "", False  # "لكن موسكو": not ل + a noun
            if t.norm in _HEAD_OF and j - 1 > floor and self.toks[j - 1].norm == "علي":
                # "تعيين فلان على رأس حركة X": the group he heads, not what an act is aimed at (على)
                return "علي_راس", False
            if t.norm == "و":
                return "", j == first - 1
            if t.norm in L.NISBA or has_word(t.norm, L.TITLES):
                if t.norm[:1] in ("ب", "ل") and (t.norm[1:3] == "ال" or t.norm[:2] == "لل"):
                    return t.norm[:1], False  # "بالرئيس", "للرئيس"
                continue
            head = t.norm[1:] if t.norm[:1] in ("و", "ف") and len(t.norm) > 3 else t.norm
            if any(self.lex.get(stem) for _p, stem, _s in stems(t.norm)):
                return "", False  # a trigger word ("بحث", "بتزويد"), not a preposition phrase
            if head[:1] in ("ب", "ل") and len(head) >= 3:
                return head[:1], False  # "بجهود الكويت", "لموقف باكستان", "بضم روسيا"
            heads += 1
            if heads > 1:
                return "", False
        return "", False

    def _anchor_date(self) -> str | None:
        return anchor_date(self.doc)

    # -- participants ------------------------------------------------------------

    def actor_dict(self, m: Ment) -> dict[str, Any]:
        d = m.span.data
        out: dict[str, Any] = {
            "text": self.text[m.span.start:m.span.end], "span": [m.span.start, m.span.end], "label": m.span.label,
            "entity_id": d.get("entity_id"), "name": d.get("name") or self.text[m.span.start:m.span.end],
            "name_en": d.get("name_en"),
        }
        if d.get("role"):
            out["role"] = d["role"]  # "نظيره السوداني": Sudan's counterpart of the actor
        if m.span.label == "PER":
            country = d.get("country") or self._kb_country(d.get("entity_id")) or self._country_of(m)
            if country:
                out["affiliation" if country.get("kind") == "affiliation" else "country"] = country
        elif m.span.label == "LOC" and self.kb is not None and d.get("entity_id"):
            # a capital speaks for its country: "تنفي بيونغ يانغ وموسكو"
            ent = self.kb.get(d["entity_id"])
            of = self.kb.get(ent.data.get("country")) if ent is not None and ent.data.get("country") else None
            if of is not None:
                out["country"] = {"name": of.name_ar, "name_en": of.name_en, "entity_id": of.id, "kind": "country"}
        return out

    def sides(self, party: dict[str, Any] | None) -> set[str]:
        """The keys (entity ids and folded names) of a party and of what it belongs to: its country or
        organisation (a person's title or KB role, a city's country), and the country a nationality adjective
        of its own words names ("القوات الهندية" → الهند)."""
        out: set[str] = set()
        if not party:
            return out
        for x in (party, party.get("country"), party.get("affiliation"), self._kb_country(party.get("entity_id"))):
            out |= _party_keys(x)
        eid = party.get("entity_id")
        if self.kb is not None and eid:
            ent = self.kb.get(eid)
            if ent is not None and ent.type == "LOC" and ent.data.get("country"):
                c = self.kb.get(ent.data["country"])
                if c is not None:
                    out |= {c.id, fold(c.name_ar)}
        span = party.get("span")
        if party.get("label") == "PER" and span:
            # "شوقي علام، مفتي مصر،", "إياد مدني، الأمين العام لمنظمة التعاون الإسلامي،": the apposition's body
            m = next((x for x in self.ments if [x.span.start, x.span.end] == list(span)), None)
            if m is not None and m.last + 1 < len(self.toks) and self.toks[m.last + 1].norm in ("،", ","):
                for x in self.ments:
                    # (a title between: "بوخاري، الولايات المتحدة" is an object after a comma, not an apposition)
                    if m.last + 2 < x.first <= m.last + 5 and x.span.label in ("LOC", "ORG") and not any(
                            self.toks[j].punct for j in range(m.last + 2, x.first)):
                        out |= _party_keys(x.span.data)
                        break
        for w in fold(str(party.get("text") or party.get("name") or "")).split():
            if w in L.NISBA:
                name, name_en = L.NISBA[w]
                c = self._country_entity(name, name_en)
                out |= _party_keys({"entity_id": c.get("entity_id"), "name": c.get("name") or name})
        out.discard("")
        return out

    def own_side(self, actor: dict[str, Any] | None, recipient: dict[str, Any] | None, places: bool = True) -> bool:
        """Whether ``recipient`` is ``actor``'s own side: the actor itself, its own country or organisation
        ("مفتي مصر" → مصر, "القوات الهندية" → الهند, "أمين عام المنظمة" → the organisation), or (with
        ``places``) a city of its own country ("الولايات المتحدة" → واشنطن).  Read on SaudiNewsNet, a party
        condemning, warning, meeting or shelling its own side was always a misread target."""
        if not actor or not recipient:
            return False
        mine = self.sides(actor)
        if _party_keys(recipient) & mine:
            return True
        if places and recipient.get("label") == "LOC" and recipient.get("country"):
            return bool(_party_keys(recipient["country"]) & mine)
        return False

    def _kb_country(self, entity_id: str | None) -> dict[str, Any] | None:
        """The country (or organisation) a person acts for, from their dated roles in the KB."""
        if self.kb is None or not entity_id:
            return None
        ent = self.kb.get(entity_id)
        if ent is None or not ent.roles:
            return None
        when = self.anchor or "9999"
        current = [r for r in ent.roles if r.of and (not r.start or r.start <= when) and (not r.end or when <= r.end)]
        roles = current or sorted((r for r in ent.roles if r.of), key=lambda r: r.start or "")[-1:]
        for r in roles:
            of = self.kb.get(r.of)
            if of is not None:
                kind = "country" if of.type == "LOC" else "affiliation"
                return {"name": of.name_ar, "name_en": of.name_en, "entity_id": of.id, "kind": kind, "role": r.title}
        return None

    def _country_entity(self, name: str, name_en: str) -> dict[str, Any]:
        key = fold(name)
        for m in self.ments:
            d = m.span.data
            if m.span.label == "LOC" and (fold(str(d.get("name") or "")) == key or d.get("name_en") == name_en):
                return {"name": d.get("name") or name, "name_en": d.get("name_en") or name_en,
                        "entity_id": d.get("entity_id")}
        return {"name": name, "name_en": name_en, "entity_id": None}

    def _nisba_at(self, i: int) -> tuple[tuple[str, str], int] | None:
        """Nationality adjective starting at token ``i``: (country, number of tokens)."""
        if i >= len(self.toks):
            return None
        if i + 1 < len(self.toks):
            two = self.toks[i].norm + " " + self.toks[i + 1].norm
            if two in L.NISBA:
                return L.NISBA[two], 2
        one = self.toks[i].norm
        if one in L.NISBA:
            return L.NISBA[one], 1
        return None

    def _country_of(self, m: Ment) -> dict[str, Any] | None:
        # "الرئيس الروسي فلاديمير بوتين", "وزير الخارجية الأمريكي أنتوني بلينكن": a
        # nationality adjective among the few title words before the name.
        for i in range(m.first - 1, max(m.first - 6, -1), -1):
            tok = self.toks[i]
            if tok.punct and tok.norm not in ("،", ","):
                break
            hit = self._nisba_at(i)
            if hit:
                return self._country_entity(*hit[0])
        # "زعيم كوريا الشمالية كيم جونغ أون", "أمين عام الناتو، ينس ستولتنبرغ"
        for other in self.ments:
            if other.last < m.first and m.first - other.last <= 2 and other.span.label in ("LOC", "ORG"):
                gap = self.toks[other.last + 1:m.first]
                if all(t.punct for t in gap):
                    d = other.span.data
                    key = "country" if other.span.label == "LOC" else "affiliation"
                    return {"name": d.get("name") or self.text[other.span.start:other.span.end],
                            "name_en": d.get("name_en"), "entity_id": d.get("entity_id"), "kind": key}
        return None

    def phrase_ment(self, a: int, b: int, first: int, last: int, *, name: str | None = None, prep: str = "",
                    conj: bool = False) -> Ment:
        """A party named by a common-noun phrase ("طيران التحالف", "القوى الدولية الست"): characters ``a:b``,
        tokens ``first..last``, with no entity; ``name`` defaults to the text."""
        data = {"name": self.text[a:b] if name is None else name, "entity_id": None, "source": "phrase"}
        return Ment(Span("mention", a, b, "ORG", data), first, last, prep, conj)

    def _nisba_ment(self, j: int, nis: tuple[tuple[str, str], int], *, head: int | None = None) -> Ment:
        """A country standing in for a mention: the nationality adjective at token ``j``.

        With ``head`` (the token of "نظيره"), the mention spans "نظيره السوداني" and is
        marked as the counterpart of the actor (still coded as the country).
        """
        (name, name_en), n = nis
        tok, last = self.toks[j], self.toks[j + n - 1]
        data = {**self._country_entity(name, name_en), "known": True}
        start, first = tok.start, j
        if head is not None:
            htok = self.toks[head]
            clitic = len(htok.norm) - len(next(w for w in _counterpart_words(htok.norm)))
            start, first = htok.start + max(0, clitic), head
            data = {**data, "role": "counterpart"}
        span = Span("mention", start, last.end, "LOC", data)
        return Ment(span, first, j + n - 1, "", False)

    def _title_nisba(self, sent: "Sentence", i: int, until: int) -> Ment | None:
        """A title with a nationality right after a verb ("وزير الخارجية الصيني"), as the country.

        When a person's name follows the title ("وزير الخارجية المصري بدر عبد العاطي",
        "العاهل الأردني الملك عبد الله الثاني"), the title and the name are one actor: the person.
        """
        for j in range(i + 1, min(until, i + 5, sent.hi)):
            norm = self.toks[j].norm
            if self.toks[j].punct or j in self.in_mention or norm in L.PREPOSITIONS or has_word(norm, L.COUNTERPART):
                return None
            nis = self._nisba_at(j)
            if nis and j > i + 1:
                return self._person_after(sent, j + nis[1]) or self._nisba_ment(j, nis)
            if not nis and not has_word(norm, L.TITLES) and not has_word(norm, _OFFICIALS) \
                    and not has_word(norm, L.AGREEMENT_NOUNS) and not (j > i + 1 and has_word(self.toks[j - 1].norm, L.TITLES)):
                # "واتهم الانفصاليون الجيش الأوكراني": a subject that is no title (Ukraine is the object);
                # but "وزير الطاقة المغربي" (a title and its portfolio), "ووقع المذكرة وزير ..." (the object first)
                return None
        return None

    def _person_after(self, sent: "Sentence", j: int) -> Ment | None:
        """A bare PER mention starting at token ``j`` after at most three title words ("الملك")."""
        for m in sent.ments:
            if m.first < j:
                continue
            if m.span.label == "PER" and not m.prep and m.first - j <= 3 \
                    and all(not self.toks[k].punct and has_word(self.toks[k].norm, L.TITLES) for k in range(j, m.first)):
                return m
            return None
        return None

    def _counterpart(self, sent: "Sentence", i: int, start: int | None = None) -> Ment | None:
        """"التقى بنظيره الإيراني", "وقع الوزير X ونظيره السوداني": the counterpart as recipient.

        Searched from the end of the actor (``start``) when the subject follows the verb; a person
        named right after the nationality ("ونظيره الهندي مودي") is the counterpart itself, else
        the mention "نظيره السوداني" stands for the country.
        """
        lo = max(i, start if start is not None else i)
        for j in range(lo + 1, min(sent.hi - 1, lo + 7)):
            if self.boundary(j):
                return None
            if has_word(self.toks[j].norm, L.COUNTERPART):
                nis = self._nisba_at(j + 1)
                if not nis:
                    return None
                return self._person_after(sent, j + 1 + nis[1]) or self._nisba_ment(j + 1, nis, head=j)
        return None

    def is_city(self, m: Ment) -> bool:
        """Whether a LOC mention is a place below country level (per the KB), not an actor."""
        if m.span.label != "LOC" or self.kb is None or not m.span.data.get("entity_id"):
            return False
        ent = self.kb.get(m.span.data["entity_id"])
        return ent is not None and ent.data.get("kind") not in (None, "country")

    def _sport_body(self, m: Ment) -> bool:
        """Whether a mention is a sports federation or committee (the KB's ``sport_body``: FIFA, UEFA, the IOC)."""
        ent_id = m.span.data.get("entity_id")
        ent = self.kb.get(ent_id) if self.kb is not None and ent_id else None
        return ent is not None and ent.data.get("kind") == "sport_body"

    def boundary(self, i: int) -> bool:
        t = self.toks[i]
        return (t.punct and t.norm in STRONG_PUNCT) or t.norm in L.COMPLEMENTIZERS

    def group_after(self, sent: Sentence, m: Ment) -> list[Ment]:
        """``m`` and the mentions coordinated with it by و ("بوتين وكيم", "كيم، والرئيس الروسي بوتين")."""
        group = [m]
        ments = sent.ments
        k = ments.index(m)
        while k + 1 < len(ments):
            nxt, cur = ments[k + 1], group[-1]
            gap = self.toks[cur.last + 1:nxt.first]
            if nxt.prep or len(gap) > 4:
                break
            words = [t for t in gap if not t.punct]
            # "والرئيس الروسي بوتين", "ونظيره الهندي مودي" — but not "وزير" (a word that starts with و)
            starts_and = nxt.conj or bool(words and words[0].norm[:1] == "و" and (
                words[0].norm[1:3] == "ال" or has_word(words[0].norm[1:], L.TITLES)))
            if not starts_and or any(w.norm in L.PREPOSITIONS or w.norm in L.COMPLEMENTIZERS for w in words):
                break
            group.append(nxt)
            k += 1
        return group

    def subject_after(self, sent: Sentence, i: int, stop: set[int], skip: frozenset[int] = frozenset()) -> list[Ment]:
        """The subject after a verb (VSO): the first bare mention, with only title words before it.

        The tokens in ``skip`` may also stand between them: an object placed before the subject
        ("ووقع الاتفاقية الوزير ...") or an adverb after a verb with an object pronoun ("استقبله
        خلالها الملك ...").
        """
        ments = [m for m in sent.ments if m.first > i]
        # "السفير الأسترالي لدى المملكة الدكتور فلان": the post's country belongs to the title
        posted = {j for j in range(i + 2, min(sent.hi, i + self.opt.subject_window))
                  if self.toks[j].norm == "لدي" and self._title_like(j - 1) and not self.toks[j - 1].punct}
        posted |= {j + 1 for j in posted if j + 1 < sent.hi and not self.toks[j + 1].punct}
        skip = skip | posted
        for k, m in enumerate(ments):
            if m.first > i + self.opt.subject_window + (3 if posted else 0):
                break
            if m.prep == "لدي" and m.first - 1 in posted:
                continue
            if any(self.boundary(j) or j in stop for j in range(i + 1, m.first)):
                break
            if any(self._office_after_bi(j) for j in range(i + 1, m.first) if j not in self.in_mention):
                break  # "ورحب الرئيس بمبعوث الأمم المتحدة": the envoy's side is governed by بـ, no subject
            if any(not (self._title_like(j) or j in skip or j == m.first - 1 and self.toks[j].norm in _OPENING_QUOTES)
                   for j in range(i + 1, m.first) if j not in self.in_mention):
                # (an opening quote mark right before the name: "وخطفت «جبهة النصرة» ثمانية عناصر")
                # "يزور ملايين السياح مدينة دبي": not a subject — unless a name in apposition
                # follows a comma: "قال أمين عام الناتو، ينس ستولتنبرغ، ..."
                if not (m.span.label == "PER" and self.toks[m.first - 1].norm in ("،", ",")):
                    break
            nxt = ments[k + 1] if k + 1 < len(ments) else None
            # "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "زعيم جماعة الحوثي عبد الملك الحوثي"
            # "أمير قطر الشيخ تميم بن حمد": a title between the country and the name
            if nxt is not None and m.span.label != "PER" and nxt.span.label == "PER" and not nxt.prep \
                    and all(self.toks[j].punct or self.toks[j].norm in _HONORIFICS for j in range(m.last + 1, nxt.first)):
                return self.group_after(sent, nxt)
            if m.prep:
                break  # "مع روسيا" before any bare mention: no post-verbal subject
            if self._definite_title_subject(i, m):
                break  # "هنأ مجلس الوزراء مصر", "دعا المجلس الاتحاد الأوروبي": the country is the object
            return self.group_after(sent, m)
        return []

    def _office_after_bi(self, j: int) -> bool:
        """Whether token ``j`` is an office with the preposition بـ ("بمبعوث", "برئيس"): an object of the verb
        before it, so a party named after it is no subject."""
        w = self.toks[j].norm
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        return w[:1] == "ب" and (w[1:] in _OFFICE_HEADS or w[1:].removeprefix("ال") in _OFFICE_HEADS)

    def _definite_title_subject(self, i: int, m: Ment) -> bool:
        """Whether the words between a verb and a country or organisation are a definite title that is the
        subject itself: a definite head noun cannot take the country as its genitive ("رئيس مصر" can,
        "مجلس الوزراء مصر" cannot), so the party after it is the verb's object."""
        if m.span.label not in ("LOC", "ORG"):
            return False
        words = [j for j in range(i + 1, m.first) if not self.toks[j].punct and j not in self.in_mention]
        if not words:
            return False
        last = self.toks[words[-1]].norm
        if self.toks[m.first - 1].punct or last in L.ARMED_HEADS or self._nisba_at(words[-1]) is not None:
            return False  # "قصف المتمردون الحوثيون", "وزير الخارجية الأمريكي": apposition or nationality
        return last.startswith(("ال", "وال")) and has_word(last, L.TITLES)

    def _title_like(self, j: int) -> bool:
        t = self.toks[j]
        # an armed group's head noun stands before its name like a title: "قصف المتمردون الحوثيون"
        return (t.punct and t.norm in ("،", ",")) or has_word(t.norm, L.TITLES) or self._nisba_at(j) is not None \
            or t.norm in _FORMER or t.norm in _ACADEMIC \
            or (j > 0 and self._nisba_at(j - 1) is not None and self._nisba_at(j - 1)[1] == 2) \
            or t.norm in L.ARMED_HEADS

    def subject_before(self, sent: Sentence, i: int) -> list[Ment]:
        before = [m for m in sent.ments if m.last < i]
        if not before:
            return []
        m = before[-1]
        gap = self.toks[m.last + 1:i]
        if len(gap) > 2 or any(not (t.punct and t.norm in "،,") and t.norm not in _SVO_GAP for t in gap):
            return []
        # walk back over a coordination "بيونغ يانغ وموسكو"
        group = [m]
        k = before.index(m)
        while group[0].conj and k > 0 and group[0].first - before[k - 1].last <= 2:
            k -= 1
            group.insert(0, before[k])
        head = group[0]
        if head.prep:
            return []
        j = self.title_start(sent, head.first) - 1
        opener = j < sent.lo or self.toks[j].punct or self.toks[j].norm in L.COMPLEMENTIZERS \
            or self.toks[j].norm in ("و", "ف") or head.conj or self.toks[j].norm in L.SPEECH_CUES \
            or self.toks[j].norm in L.KANA or self.toks[j].norm in _BUT
        return group if opener else []

    def title_start(self, sent: Sentence, first: int) -> int:
        """The first token of the title words right before a mention ("العاهل الأردني الملك" X)."""
        j = first
        while j - 1 >= sent.lo and j - 1 not in self.in_mention and not self.toks[j - 1].punct \
                and first - j < 5 and self._title_like(j - 1):
            j -= 1
        return j

    def svo_marked(self, sent: Sentence, subject: list[Ment]) -> bool:
        """Whether a subject before the verb is marked as such: "إن/أن X فعل", "وكان X قد فعل"."""
        if not subject:
            return False
        j = self.title_start(sent, subject[0].first) - 1
        if j < sent.lo:
            # a headline or a sentence that opens with its subject: "ميركل تدعو صربيا", "الفلبين رفضت"
            return True
        # (and "لكن X فعل": لكنّ, a sister of إنّ, puts its subject first — "لكن موسكو انتقدت واشنطن")
        return self.toks[j].norm in L.COMPLEMENTIZERS or self.toks[j].norm in L.KANA or self.toks[j].norm in _BUT

    def recipient_after(self, sent: Sentence, hit: Hit, start: int, stop: set[int]) -> Ment | None:
        entry = hit.entry
        taken = {id(a) for a in hit.actor}
        actor_keys = {key(a.span) for a in hit.actor}
        first_bare = True
        apposition = self._apposition_end(sent, hit, start)
        if entry.frame == "request" and entry.direct:
            # "حثت فلانة، مديرة قسم الشرق الأوسط، الولايات المتحدة على الضغط": whom one urges stands right
            # before على / إلى, past the titles of the one who urges
            # (with what is coordinated with it: "دعا الرئيس إسرائيل وحماس إلى" urges Israel first)
            urged = next((m for m in sent.ments if m.first > max(start, apposition - 1) and not m.prep
                          and id(m) not in taken and key(m.span) not in actor_keys
                          and self.group_after(sent, m)[-1].last + 1 < sent.hi
                          and self.toks[self.group_after(sent, m)[-1].last + 1].norm in ("علي", "الي")
                          and self.group_after(sent, m)[-1].last + 2 not in self.in_mention  # not "مبعوث ... إلى اليمن"
                          and not any(self.boundary(j) or j in stop for j in range(start + 1, m.first))), None)
            if urged is not None:
                return self._envoy_party(sent, urged, actor_keys)
        for m in sent.ments:
            if m.first <= start or id(m) in taken:
                continue
            if any(self.boundary(j) or j in stop or self.toks[j].norm in _ANSWER for j in range(start + 1, m.first)):
                return None  # (and "إذا رفض البرلمان المعاهدة فإن فرنسا ...": the answer is another clause)
            if any(self.toks[j].norm == "وذلك" and self.toks[j + 1].norm in _WHEN_WORDS for j in range(start + 1, m.first)):
                return None  # "غارات على مواقع ... وذلك بعد يومين على تفجير X": an aside on when, not the object
            if any(self.toks[j].norm.lstrip("و") in L.SOURCE_CUES
                   or (has_word(self.toks[j].norm, L.COUNTERPART) and m.first - j > 3)  # not "نظيره الروسي لافروف"
                   for j in range(start + 1, m.first)):
                # "محادثات مع نظيريه الهندي والروسي ...، وبحسب الخارجية الصينية": the counterparts are the
                # other side (found below), and the party after بحسب is the source, not the recipient
                return None
            if key(m.span) in actor_keys or m.first < apposition:
                continue  # "رفض فلان، رئيس مجلس علماء الهند، ...": India describes the actor, it is not the object
            envoy = self._envoy_word_before(sent, m)
            if envoy is not None and envoy > start:
                # "استقبل X مبعوث الأمين العام للأمم المتحدة إلى اليمن": whom the envoy's title names (his
                # principal, his post) is not the party; the envoy is — by his name, else by whom he speaks for
                # (not the actor's own title: "نفى السفير فلان، مندوب ليبيا لدى الأمم المتحدة، ...")
                return self._envoy_party(sent, m, actor_keys)
            if self._modified(sent, m.first):
                # "اتهمت أوكرانيا الانفصاليين الموالين لروسيا": the object is the noun before — a party by its
                # own words when it names an armed side, the phrase's text its name (events40)
                return self._loyal_side_phrase(sent, start, m)
            if m.prep == "ب" and entry.plover == "CONSULT" and self.is_city(m):
                continue  # "التقى فلان في السراي ببيروت المنسقة ...": where they met, not whom
            if m.prep == "ل" and hit.actor and self._in_title_chain(start, m.first):
                continue  # "وافق الأمير ... رئيس اللجنة الإشرافية لسوق عكاظ على": the ل belongs to the title
            if m.prep:
                if m.prep in entry.preps:
                    return m
                continue
            if entry.direct and first_bare and m.first - start <= 6:
                if self._in_construct_phrase(start, m):
                    return None  # "اتهامات لمحقق متقاعد في إدارة شرطة لوس أنجليس": his former employer, no object
                if self._describing_clause(start, m):
                    return None  # "هاجمت جبهة النصرة مقاتلين دربتهم واشنطن": the fighters, not who trained them
                if self._demonstrative_object(start, m):
                    return None  # "استهدفت جبهة النصرة هذه المجموعة ما دفع الولايات المتحدة ...": the object is told
                if entry.frame == "request" and self._genitive_of_common_noun(m, start):
                    # "طالبت فلانة دائني اليونان بخفض ...": who is asked is the creditors, the noun Greece is the
                    # genitive of — no named party (events38); "دعا وفد الحوثيين", "حث حكومة X": a party's own body
                    return None
                if entry.key == "deny" and self._inside_object_noun(start, m):
                    # "نفت الوزارة خطف جبهة X لمقاتلين": the denied thing is the noun after the verb; the party
                    # named inside it is not whom the denial answers.  (Not a refusal: "ترفض الحكومة إنقاذ
                    # بورتوريكو" refuses Puerto Rico what it asks)
                    return None
                return m
            first_bare = False
        return None

    def _in_construct_phrase(self, start: int, m: Ment) -> bool:
        """Whether the bare name ``m`` ends a person's description by his employer between the verb's subject
        (ending at ``start``) and it: an indefinite noun, في and a chain of indefinite head nouns opening with a
        body's noun ("لضابط متقاعد في إدارة شرطة X", "لموظف سابق في وزارة خارجية X"): the name is the genitive of
        that phrase, not the verb's object (issue 15, events39).  Not "في تقرير سنوي X", "في الصباح مواقع X"."""
        p = next((j for j in range(m.first - 1, start, -1) if self.toks[j].norm == "في"), None)
        if p is None or p + 1 >= m.first or p - 1 <= start:
            return False
        before = self.toks[p - 1]
        if before.punct or p - 1 in self.in_mention or before.norm[:2] == "ال" or before.norm in _ADVERB_GAP \
                or not (clitic_bases(self.toks[p + 1].norm) & _EMPLOYERS):
            return False
        return all(not self.toks[j].punct and j not in self.in_mention and self.toks[j].norm[:2] != "ال"
                   and not has_word(self.toks[j].norm, L.TITLES) for j in range(p + 1, m.first))

    def _describing_clause(self, start: int, m: Ment) -> bool:
        """Whether the bare name ``m`` is the subject of a clause describing the object before it: right after a
        verb with the object's pronoun ("مقاتلين دربتهم واشنطن", "الخلية التي دربتها إيران", "مقاتلين تدعمهم X")
        or after a relative pronoun and a verb ("الفصائل التي تدعم X") — not the verb's own object (issue 15,
        events39).  The word right after the verb's subject may be the verb's object itself, not a clause."""
        j = m.first - 1
        if j <= start + 1 or self.toks[j].punct or j in self.in_mention:
            return False
        n = self.toks[j].norm
        if len(n) >= 5 and n.endswith(("هم", "ها", "هما", "هن")):
            return not self._owned_object(j - (2 if self.toks[j - 1].norm in _RELATIVES else 1), start)
        return self.toks[j - 1].norm in _RELATIVES and not self._owned_object(j - 2, start)

    def _owned_object(self, j: int, start: int) -> bool:
        """Whether the object phrase ending at token ``j`` is a thing a party puts forward ("لمبادرة السلام التي
        طرحتها البرازيل", "مشروع القرار الذي قدمته فرنسا"): the clause then names its owner, which is the party
        the act answers — supporting or refusing the initiative supports or refuses its author."""
        return any(clitic_bases(self.toks[k].norm) & _PARTYS_OWN for k in range(max(start + 1, j - 1), j + 1))

    def _demonstrative_object(self, start: int, m: Ment) -> bool:
        """Whether the object stands between the verb's subject (ending at ``start``) and the bare name ``m`` as a
        demonstrative phrase ("هذه المجموعة", "هؤلاء المقاتلين") or the clause after it opens with ما ("ما دفع X
        إلى"): the name is then no object of the verb (issue 15, events39).  Not "هذه المرة" (this time)."""
        for j in range(start + 1, m.first):
            n = self.toks[j].norm
            if n in _DEMONSTRATIVES and not (j + 1 < len(self.toks) and self.toks[j + 1].norm in _DEMONSTRATIVE_TIMES):
                return True
            if n in _WHAT and j > start + 1:
                return True
        return False

    def _genitive_of_common_noun(self, m: Ment, start: int) -> bool:
        """Whether ``m`` is the genitive of a common noun standing right before it, after the verb's subject (ending
        at ``start``): "دائني اليونان", "مستثمري الصين".  A construct head has no article and no accusative ending;
        a title, a body or a people of the party ("وزير", "حكومة", "وفد", "شعب"), a quantifier ("جميع"), a time or
        an adverb is passed over — the party is then still the one asked."""
        j = m.first - 1
        if j <= start or j in self.in_mention:
            return False
        t = self.toks[j]
        n = t.norm
        if t.punct or n.startswith(("ال", "و")) or n.endswith(("ا", "اً")) or not n.isalpha() or len(n) < 3:
            return False
        if has_word(n, L.TITLES) or has_word(n, L.ARMED_HEADS) or has_word(n, _ASKED_BODIES) or n in L.NISBA \
                or n in L.SUBJECT_ADVERBS or n in _ADVERB_GAP or n in L.PREPOSITIONS or has_word(n, _PARTYS_OWN):
            return False
        return not any(x.start <= t.start < x.end for x in self.timex)

    def _inside_object_noun(self, start: int, m: Ment) -> bool:
        """Whether a common noun stands between the verb's subject (ending at ``start``) and the party ``m``: then
        that noun is the verb's object and ``m`` its genitive or complement ("الإفراج عن فلان", "خطف جبهة X").  Titles,
        nationalities, adverbs and time words are passed over; a proposal, a claim or a policy ("طلب المعارضة",
        "اتهامات إيران", "مشروع القرار الأمريكي") is the party's own, so it still stands for the party."""
        for j in range(start + 1, m.first):
            t = self.toks[j]
            n = t.norm.lstrip("و") if len(t.norm) > 3 else t.norm
            if t.punct or j in self.in_mention or has_word(n, L.TITLES) or n in L.NISBA or n in L.SUBJECT_ADVERBS \
                    or n in _ADVERB_GAP or n in L.PREPOSITIONS:
                continue
            if has_word(n, _PARTYS_OWN):
                return False
            return True
        return False

    def _envoy_word_before(self, sent: Sentence, m: Ment) -> int | None:
        """The envoy word (مبعوث، سفير، مندوب ...) whose title ``m`` belongs to: right before it, or before a chain
        of mentions and إلى / لدى ("مبعوث الأمين العام للأمم المتحدة إلى اليمن").  None when ``m`` is no part of
        an envoy's title."""
        j = m.first - 1
        while j >= max(sent.lo, m.first - 8):
            n = self.toks[j].norm
            if has_word(n, _ENVOY_WORDS):
                return j
            if self.toks[j].punct or self.boundary(j) or not (j in self.in_mention or n in ("الي", "لدي")):
                return None
            j -= 1
        return None

    def _envoy_party(self, sent: Sentence, m: Ment, actor_keys: set) -> Ment | None:
        """The party an envoy's title beginning at or before ``m`` stands for: the envoy's own name after his
        title ("مبعوث الأمم المتحدة إلى ليبيا فلان") or right before it, else his principal (the genitive of the
        envoy word or the organisation after it with لـ, not the post after إلى / لدى).  ``m`` itself when it is
        no part of a title; never one of ``actor_keys`` ("استقبل فلان مبعوث ...": the host is not the envoy)."""
        e = self._envoy_word_before(sent, m)
        if e is None:
            return m
        chain: list[Ment] = []
        j = e + 1
        starts = sent.starts
        while j < sent.hi:
            if j in starts:
                chain.append(starts[j])
                j = starts[j].last + 1
            elif self.toks[j].norm in ("الي", "لدي") or (j in self.in_mention and not self.toks[j].punct):
                j += 1
            else:
                break
        name = next((x for x in chain if x.span.label == "PER" and x.first > e + 1 and not x.prep), None)
        if name is None:  # "فلان مبعوث الأمين العام": the name in apposition before the title
            name = next((x for x in sent.ments if x.last == e - 1 and x.span.label == "PER" and not x.prep
                         and key(x.span) not in actor_keys), None)
        if name is not None:
            return name
        return next((x for x in chain if x.span.label in ("ORG", "LOC") and x.prep in ("", "ل")
                     and self.toks[x.first - 1].norm not in ("الي", "لدي")), None)

    def _apposition_end(self, sent: Sentence, hit: Hit, start: int) -> int:
        """The first token after a comma-set apposition of a person actor ("فلان، رئيس مجلس علماء الهند،"):
        parties named inside it describe the actor.  ``start`` when there is none.  A dash-set aside after any
        actor ("وافقت أنقرة - العضو في الحلف والمعارضة للأسد - على") is one too."""
        if hit.actor and hit.actor[-1].last == start and start + 1 < sent.hi and self.toks[start + 1].norm in _DASHES:
            close = next((k for k in range(start + 2, min(sent.hi, start + 25)) if self.toks[k].norm in _DASHES
                          or self.toks[k].norm in STRONG_PUNCT), None)
            if close is not None and self.toks[close].norm in _DASHES:
                return close
        if not hit.actor or hit.actor[-1].last != start or hit.actor[-1].span.label != "PER":
            return start
        j = start + 1
        if j < sent.hi and self.toks[j].norm in _OFFICE_HEADS:
            return self.office_end(sent, hit, start)
        if j + 1 >= sent.hi or self.toks[j].norm not in ("،", ",") or not has_word(self.toks[j + 1].norm, L.TITLES):
            return start
        for k in range(j + 1, min(sent.hi, j + 30)):
            t = self.toks[k]
            if t.punct and (t.norm in ("،", ",") or t.norm in STRONG_PUNCT):
                return k
        return start

    def office_end(self, sent: Sentence, hit: Hit, start: int) -> int:
        """The first token after the office a person actor holds, told right after the name with no comma
        (:meth:`_bare_apposition_end`); ``start`` when there is none."""
        if not hit.actor or hit.actor[-1].last != start or hit.actor[-1].span.label != "PER" \
                or start + 1 >= sent.hi or self.toks[start + 1].norm not in _OFFICE_HEADS:
            return start
        return self._bare_apposition_end(sent, start + 1, hit.actor[-1])

    def _bare_apposition_end(self, sent: Sentence, j: int, person: Ment) -> int:
        """The end of an office told with no comma right after a person ("فلان رئيس إقليم X", "فلان نائب الرئيس
        اليمني رئيس مجلس الوزراء", "فلان وزير الأوقاف الفلسطيني"): from the indefinite office noun at ``j``, the
        nouns it governs — definite words, words in a mention, nationality adjectives, a place's head noun, the
        noun right after an office — up to the first word that can be none of them (an indefinite noun after a
        definite one: "... الفلسطيني علماء الأمة", a preposition, a comma).  ``start`` (no apposition) when a
        person is named inside: "استقبل الملك فلان رئيس وزراء باكستان فلان" names whom he received."""
        start = person.last
        k = j
        while k < min(sent.hi, j + 10):
            t = self.toks[k]
            if t.punct or self.boundary(k):
                break
            n = t.norm
            after_head = k == j or self.toks[k - 1].norm in _OFFICE_HEADS \
                or has_word(self.toks[k - 1].norm, _APPOSITION_PLACE_HEADS)
            if not (k in self.in_mention or after_head or self._nisba_at(k) is not None
                    or n.startswith(("ال", "وال", "لل", "بال")) or n in ("لدي",)):
                break
            k += 1
        if any(start < m.first < k and m.span.label == "PER" for m in sent.ments):
            return start
        # "هنأ الملك فلان رئيس جمهورية X": when whom the person acts for is known, an office of another country
        # or body is the object's (the one congratulated), not his own
        actor = self.actor_dict(person)
        known = {str(v) for c in (actor.get("country"), actor.get("affiliation")) if c
                 for v in (c.get("entity_id"), fold(str(c.get("name") or ""))) if v}
        if known:
            inside = [_party_keys(m.span.data) for m in sent.ments if start < m.first < k and m.span.label in ("LOC", "ORG")]
            for w in range(start + 1, k):
                nis = self._nisba_at(w)
                if nis is not None:
                    inside.append(_party_keys(self._country_entity(*nis[0])))
            if inside and not any(keys & known for keys in inside):
                return start
        return k

    def _loyal_side_phrase(self, sent: Sentence, start: int, m: Ment) -> Ment | None:
        """"الانفصاليين الموالين لروسيا", "القوات الموالية للحكومة": an armed side told by whom it is loyal to, right
        after the verb (past its subject), as a party named by the phrase; None for anything
        else ("المدن الموالية لـ")."""
        j = m.first - 1
        if self.toks[j].norm == "من":
            j -= 1
        head = j - 1
        if head <= start or head - start > 7 or not has_word(self.toks[head].norm, _LOYAL_HEADS):
            return None  # (past the subject: "واتهمت أوكرانيا والعديد من الدول الغربية الانفصاليين الموالين لـ")
        if any(self.toks[k].punct or self.boundary(k) for k in range(start + 1, head)):
            return None
        a, b = self.toks[head].start, m.span.end
        return self.phrase_ment(a, b, head, m.last)

    def _modified(self, sent: Sentence, first: int) -> bool:
        """Whether a mention follows a participle that ties it to the noun before ("الموالين لروسيا",
        "المدعوم من موسكو")."""
        j = first - 1
        if j > sent.lo and self.toks[j].norm == "قبل" and self.toks[j - 1].norm == "من":
            j -= 1  # "المدربة من قبل X"
        if j > sent.lo and self.toks[j].norm == "من":
            j -= 1
        return j >= sent.lo and self.toks[j].norm in _MODIFIERS

    def _in_title_chain(self, start: int, first: int) -> bool:
        """Whether the words between the actor and a mention are a run of titles and the nouns they govern
        ("مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة رئيس اللجنة الإشرافية"), with no verb,
        preposition or punctuation: a party there belongs to the actor's titles."""
        words = [j for j in range(start + 1, first)]
        if len(words) < 2 or self.toks[start + 1].norm[:1] == "ل":
            return False  # "اتهام المحكمة للرئيس الكيني فلان": the ل opens the object's own title
        titled = False
        for j in words:
            t = self.toks[j]
            if t.punct or t.norm in L.PREPOSITIONS or t.norm in L.COMPLEMENTIZERS:
                return False
            if j in self.in_mention:
                continue
            if has_word(t.norm, L.TITLES):
                titled = True
            elif any(self.lex.get(stem) for _p, stem, _s in stems(t.norm)):
                return False  # a trigger word: "مساعدات", "دعوة" — the ل phrase may be its object
        return titled

    def nisba_object(self, sent: Sentence, start: int, stop: set[int],
                     preps: tuple[str, ...] | None = None, after: int = 0) -> Ment | None:
        """An object named by its nationality: "السلطات المصرية", "المقترح الإسرائيلي", "بنظيره الإيراني".  Not
        one before ``after`` (the actor's own office: "فلان نائب الرئيس اليمني")."""
        for j in range(start + 1, min(sent.hi, start + 7)):
            if j < after:
                continue
            if self.boundary(j) or j in stop or j in self.in_mention:
                return None
            nis = self._nisba_at(j)
            if nis and j > start + 1 and self.toks[j - 1].norm in _MODIFIERS:
                return None  # "الفرقة المدربة أمريكيا", "المدعومة إيرانيا": who backs the object (events39)
            if nis and j > start + 1 and not self.toks[j - 1].punct:
                if any(has_word(self.toks[k].norm, _COMMUNITIES) for k in range(max(start + 1, j - 3), j)):
                    return None  # "دعا نتنياهو الجالية اليهودية الأميركية": a community, not the state
                if preps is not None:  # the object must sit in a phrase the trigger's prepositions open
                    lead = [self.toks[k].norm for k in range(max(start + 1, j - 3), j)]
                    if not any(w in preps or (w[:1] in preps and len(w) > 3) for w in lead):
                        return None
                return self._nisba_ment(j, nis)
        return None

    # -- date, place, agreement name --------------------------------------------------

    def date_for(self, sent: "Sentence", offset: int, future_ok: bool = True,
                 resume: int | None = None, ahead: bool = False,
                 plover: str | None = None, told: bool = False) -> tuple[str | None, str | None]:
        """The nearest resolved time expression in the sentence, else the article date.

        Without ``future_ok`` (an event told as done), a value after the article's date is passed
        over: "بعد 15 شهرًا من الاتفاق" counts from the agreement, not from today.  ``resume`` is where
        the trigger's own object starts, when it follows the trigger: a relative clause that closes
        before it ("قصفت مقاتلات التحالف التي تساند الجيش أمس مواقع ...") does not own a date before it.
        ``ahead`` (an act still to come): a value wholly before the article's date is the announcement's, not
        the act's.  ``plover``: the event's type, whose time expression another act's verb may not lend it
        (:meth:`_time_of_another_act`).  ``told`` (an act told as done): when the act's clause tells no time
        of its own but the statement that tells it does ("أعلنت الوزارة أمس مقتل ثلاثة"), that day comes back
        with the source "announcement": the act happened on that day or before (:meth:`_announced_at`).
        """
        announced: str | None = None  # the day of the statement that tells the act, when it tells one
        inside = [t for t in self.timex if t.start >= sent.span.start and t.end <= sent.span.end
                  and t.label not in ("duration",)]
        elsewhere = False  # the sentence dates another clause: then this event's date is left untold
        # in a long span (a paragraph the splitter could not cut) a far date is another clause's; in a
        # single sentence the clause checks below decide ("أسفر لقاء فلان بفلان ... في مقر الوزارة أمس")
        reach = _DATE_REACH if sent.span.end - sent.span.start > _SHORT_SENTENCE else _SHORT_SENTENCE
        for t in sorted(inside, key=lambda t: abs(t.start - offset)):
            if abs(t.start - offset) > (reach if t.label == "day" and t.start > offset else _DATE_REACH):
                # (only a day after the trigger — "لقاء فلان بفلان ... أمس" — so far: not "منذ 30 عاما", nor
                # "في 3 مايو" opening a clause the trigger's "لكن ..." clause follows)
                continue
            # ("* 7 مارس 1991: ...": a timeline's entry is all told on the date heading it, past its colon; "...،
            # ووقع الحادث اليوم": the clause after tells when the act just told happened)
            if not self._dated_entry(sent, t, offset) and not self._incident_told_at(t, offset) and (
                    self._clause_between(min(t.start, offset), max(t.end, offset))
                    or self._other_clause(t, offset, resume) or self._time_of_another_act(sent, t, offset, plover)):
                # "... في 2011، وترفض حماس": the date belongs to the clause before (a far one, looked at only
                # for the longer reach, says nothing about this clause)
                near = abs(t.start - offset) <= _DATE_REACH
                elsewhere = elsewhere or near
                if told and near and announced is None:
                    announced = self._announced_at(sent, t, offset)
                continue
            value = t.data.get("value") or self._resolve(t)
            if value and self._recalled_weekday(sent, t, offset, str(value)):
                elsewhere = True
                continue
            if value and ahead:
                value = self._still_to_come(t, str(value))
                if value is None:  # "أعلن الأسبوع الماضي عن اللقاء المرتقب": the week of the announcement
                    elsewhere = True
                    continue
            if value and not future_ok and self.anchor and str(value)[:1].isdigit() \
                    and _day_of(str(value)) > self.anchor[:len(_day_of(str(value)))]:
                continue  # ("2015-W31", last week, is compared by its Monday, not as text)
            if value:
                return str(value), "timex"
        if announced is not None:
            return announced, "announcement"
        if self.anchor and not elsewhere:
            return self.anchor, "article"
        return None, None

    def _dated_entry(self, sent: "Sentence", t: Span, offset: int) -> bool:
        """Whether ``t`` heads the sentence (after list marks only) and a colon closes it, with no other strong
        punctuation before the trigger at ``offset``: an entry of a timeline ("* 12 مارس 1991: دعت مصر الأردن
        إلى ..."), whose date is that of all it tells (events43)."""
        starts = self._tok_starts
        first, after, trig = (bisect.bisect_left(starts, x) for x in (t.start, t.end, offset))
        if not t.end <= offset or after >= trig or self.toks[after].norm != ":":
            return False
        if any(not self.toks[k].punct for k in range(sent.lo, first)):
            return False
        return not self._clause_between(self.toks[after + 1].start, offset)

    def _incident_told_at(self, t: Span, offset: int) -> bool:
        """Whether ``t`` stands right after "ووقع الحادث" (or the attack, the blast) in a clause after the trigger at
        ``offset``: "أطلق جندي النار على رفاقه ...، ووقع الحادث اليوم في الثكنة" tells when that act happened
        (events43)."""
        first = bisect.bisect_left(self._tok_starts, t.start)
        trig = bisect.bisect_left(self._tok_starts, offset)
        return first - 2 > trig and self.toks[first - 2].norm in _OCCURRED and self.toks[first - 1].norm in _INCIDENTS

    def _announced_at(self, sent: "Sentence", t: Span, offset: int) -> str | None:
        """The day of the time expression ``t`` when it dates the statement that tells the act at ``offset``,
        which has no time of its own: the act happened on that day or before.  None unless ``t`` is a day no
        later than the report's and

        * before the trigger, in the clause of a verb that tells, claims or condemns, with the trigger in what
          that verb tells — no strong punctuation, comma before و, relative clause's verb of its own or another
          telling verb between ("أعلنت الوزارة أمس مقتل ثلاثة", "قال الجيش السبت إن مسلحين هاجموا",
          "تبنى التنظيم أمس الهجوم");
        * after the trigger, in a source phrase ("..., حسبما أفاد المرصد السبت", "بحسب ما أعلن الجيش أمس").
        """
        value = str(t.data.get("value") or self._resolve(t) or "")
        gap = self._days_before(value)
        if gap is None or gap < 0 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
            return None
        starts = self._tok_starts
        trig = bisect.bisect_left(starts, offset)
        first = bisect.bisect_left(starts, t.start)
        after = bisect.bisect_left(starts, t.end)
        if trig >= len(self.toks) or self._clause_between(min(t.start, offset), max(t.end, offset)):
            return None
        hits = {x.tok for x in getattr(self, "_sentence_hits", ())}

        def bare(k: int) -> str:
            n = self.toks[k].norm
            return n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n

        if t.start < offset:
            verb = None
            for k in range(first - 1, max(sent.lo, first - 10) - 1, -1):
                n = self.toks[k].norm
                if (self.toks[k].punct and n in STRONG_PUNCT) or n in L.COMPLEMENTIZERS or bare(k) in L.RELATIVES:
                    return None
                if bare(k) in _TELLING:
                    verb = k
                    break
                if k in hits or bare(k) in _SCENE or bare(k)[:1].isdigit():
                    # "قتل مسلحون أمس ...": the time of another act's verb; "أكد المرصد سقوط 160 قذيفة أمس": of
                    # what the verb tells, told with its number or its dead (a time of the act's own kind)
                    return None
            if verb is None:
                return None
            for k in range(after, trig):
                if bare(k) in _TELLING or (k in hits and bare(k - 1) in L.RELATIVES):
                    return None  # another statement, or a relative clause's own act, between
            return value[:10]
        cue = next((k for k in range(trig + 1, first) if bare(k) in L.SOURCE_CUES or bare(k) in _AS_TOLD), None)
        if cue is None or not any(bare(k) in _TELLING for k in range(cue, first)):
            return None
        return value[:10]

    def _other_clause(self, t: Span, offset: int, resume: int | None = None) -> bool:
        """Whether the time expression ``t`` dates another clause than the trigger at ``offset``'s:
        the statement that reports it ("قال مسؤولون الأحد إن ... هاجموا", "بحسب ما أعلن مسؤولون أمس"), or
        a relative clause after the trigger ("... التي تشهد منذ يونيو")."""
        a, b = (t.end, offset) if t.end <= offset else (offset, t.start)
        lo, hi = bisect.bisect_left(self._tok_starts, a), bisect.bisect_left(self._tok_starts, b)
        between = [self.toks[k].norm for k in range(lo, min(hi, len(self.toks)))]
        if any(w in L.COMPLEMENTIZERS or w.lstrip("و") in L.COMPLEMENTIZERS for w in between):
            return True  # a complementizer separates the report from what it reports
        if any(w in ("بينما", "وبينما") or w in _CONTRAST_BUT or (w == "حين" and k > 0 and between[k - 1] == "في")
               for k, w in enumerate(between)):  # (and "نفته الوزارة، لكن الجبهة أكدته أمس")
            return True  # "نفذ الجيش حملة في 3 مايو، في حين دمرت غارات ...": another clause's date
        if t.start < offset:
            return False  # "في عام 1974، عندما دخلت القوات قبرص، فرضت واشنطن": a date before dates both
        if any(w.lstrip("و") in _SUBORDINATORS for w in between):
            return True  # "تظاهروا ... بعدما أفلس البنك قبل عام": the date is the bank's collapse
        if any(offset < self.toks[x.tok].start < t.start for x in getattr(self, "_sentence_hits", ())):
            return True  # "أدان ... هجوما نفذ يوم السبت": the date is the attack's, the nearer event's
        # the date comes after "بحسب"/"وفق" (the report) or inside a relative clause — unless the trigger's
        # object follows the date: then the relative clause (on the subject) ended before it
        closed = resume is not None and t.end <= resume
        # "حسبما أفاد المرصد أمس": the day the source told it, not the act's; but a source's today ("حسبما أعلن
        # مسؤولون اليوم") is the news of the day, whose act the next sentence most often puts on that day too
        as_told = self._days_before(str(t.data.get("value") or self._resolve(t) or "")) != 0
        return any(w in L.SOURCE_CUES or w.lstrip("و") in L.SOURCE_CUES or (as_told and w.lstrip("و") in _AS_TOLD)
                   or (w in L.RELATIVES and not closed) for w in between)

    def _time_of_another_act(self, sent: "Sentence", t: Span, offset: int, plover: str | None) -> bool:
        """Whether the time expression ``t`` is told of another act than the trigger's at ``offset``, by the verb
        or the phrase it stands in:

        * before the trigger, in the clause of another verb whose object or content the trigger is — a report,
          a claim, a condemnation, a judgement, a demand ("تبنى الحزب أمس هجوما", "دان المجلس أمس قصف",
          "أعلن الأسبوع الماضي عن اللقاء"); not an act of the trigger's own type or an aspect ("قتل مسلحون أمس
          جنودا في هجوم", "بدأت القوات أمس هجوما");
        * before the trigger, with the trigger's own clause opened between them by a relative pronoun or
          "وهو" ("أعلنت أمس هوية الانتحاري الذي نفذ تفجيرا", "... اليوم للدفاع عن الاتفاق الذي أبرمته"), by a
          response ("امس ردا على ... ضربات تستهدف"), a contrast ("لكن"), or a before/after word ("عاد أمس
          الهدوء عقب مقتل العشرات") — unless the time's own verb is an act of the trigger's type ("لقي مصرعه أمس
          إثر إطلاق النار عليه": the cause and the death are one act);
        * inside a phrase of since ("منذ 20 يوليو", "منذ إعلان وفاته الأسبوع الماضي": a span's start, or what
          that phrase names), or of before or after that a comma closes before the trigger ("وقبل وصوله في
          2009، زار").

        Not a time told right after the dead, the wounded, a blast or clashes the verb reports ("أعلنت السلطات
        مقتل جنديين مساء السبت في انفجار", "مقتل ثلاثة جنود أمس حين فتح مسلحون النار"): that is the act's own; nor
        "منذ" a day or two before the report ("منذ صباح أمس", "منذ مساء الخميس"): the act's own start.
        """
        starts = self._tok_starts
        trig = bisect.bisect_left(starts, offset)
        first = bisect.bisect_left(starts, t.start)
        after = bisect.bisect_left(starts, t.end)
        if trig >= len(self.toks):
            return False
        before = t.start < offset
        # what the time expression stands in: the nearest verb or phrase word before it, in its clause
        gov, phrase = None, None
        lo = trig if trig < first else max(sent.lo, first - 15) - 1
        for k in range(first - 1, lo, -1):
            tok = self.toks[k]
            n = tok.norm
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if (tok.punct and n in STRONG_PUNCT) or n in L.COMPLEMENTIZERS or bare in L.RELATIVES \
                    or any(x.start <= tok.start < x.end for x in self.timex if x is not t):
                # the start of the time expression's clause; or another time expression, which the verbs before
                # it take ("تبنى الحزب أمس هجوما أدى أول من أمس إلى ...": the second is the attack's own)
                break
            if self._before_after_at(k) or (k == first - 1 and bare == "منذ"):
                if bare == "منذ" and self._recent_start(k, first, t):
                    break  # "اشتباكات عنيفة منذ صباح أمس": the act's own start, a day or two ago
                phrase = bare  # (right before the time, "منذ" makes it where a span starts: "منذ 20 يوليو")
                break
            if bare in _BEFORE_AFTER or bare == "منذ":
                break  # "منذ أشهر أمس", "بعد ظهر أمس": a length or a part of the day, no phrase of another act
            if before and bare in _SCENE:
                # "أعلنت السلطات مقتل جنديين وجرح أربعة مساء السبت في انفجار": a time after the dead, the wounded
                # or the blast is told of them, the act itself, not of the verb that reports them
                gov = "same"
                break
            if before:
                x = next((x for x in getattr(self, "_sentence_hits", ()) if x.tok == k), None)
                if x is not None:
                    same = x.entry.frame == "aspect" or (x.entry.plover == plover and not x.entry.frame)
                    gov = "same" if same else "other"
                    break
                if bare in L.SPEECH_CUES or bare in _CLAIMS:
                    gov = "other"
                    break
        if phrase == "منذ" or (phrase is not None and not before and phrase in _BEFORE):
            return True  # "قتل ... ليرتفع عدد القتلى منذ 20 يوليو", "هجوم ... منذ إعلان وفاته الأسبوع الماضي"
        if not before:
            return False
        if gov == "other":
            return True
        if phrase is not None and any(self.toks[k].norm in ("،", ",") for k in range(after, trig)):
            return True  # "وقبل وصوله إلى البيت الأبيض في 2009، زار"
        for k in range(after, trig):
            n = self.toks[k].norm
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if (bare in L.RELATIVES or n in _HAL_PRONOUNS) and trig - k <= 3:
                return True  # the trigger's own relative or circumstantial clause
            if bare in _RESPONSE or bare in _CONTRAST_BUT or (gov != "same" and self._before_after_at(k)):
                return True
        return False

    def _recent_start(self, k: int, first: int, t: Span) -> bool:
        """Whether "منذ" at token ``k`` opens on the time ``t`` (at token ``first``), with at most a part of the day
        or a comma between them, and ``t`` is the report's day or one of the two before it: "منذ صباح أمس", "منذ
        مساء الخميس" tell when this act began, not another act or a span of months ("منذ إبريل الماضي")."""
        if any(not (self.toks[j].norm in ("،", ",") or self.toks[j].norm in _DAY_PARTS
                    or self.toks[j].norm in _EVENING_MORNING) for j in range(k + 1, first)):
            return False
        value = str(t.data.get("value") or self._resolve(t) or "")
        gap = self._days_before(value)
        return gap is not None and 0 <= gap <= 2

    def _days_before(self, value: str) -> int | None:
        """How many days before the report's day the day ``value`` is (None unless both are days)."""
        if not self.anchor or len(value) < 10 or not value[:4].isdigit():
            return None
        try:
            return (_dt_date.fromisoformat(self.anchor[:10]) - _dt_date.fromisoformat(value[:10])).days
        except ValueError:
            return None

    def _before_after_at(self, k: int) -> bool:
        """Whether token ``k`` opens a phrase of since, before or after another thing ("منذ إعلان", "قبل وصوله",
        "عقب الهجوم") — not a part of the day or a length ("بعد ظهر أمس", "منذ أشهر", "قبل 3 أيام")."""
        n = self.toks[k].norm
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
        if bare not in _BEFORE_AFTER and bare != "منذ":
            return False
        nxt = self.toks[k + 1].norm if k + 1 < len(self.toks) else ""
        return not (nxt in _DAY_PARTS or nxt in _SPAN_NOUNS or nxt[:1].isdigit())

    def _recalled_weekday(self, sent: "Sentence", t: Span, offset: int, value: str) -> bool:
        """Whether ``t`` is a bare weekday in a recollection ("وكانت الجبهة خطفت ... مساء الأربعاء") that resolves
        to the day before the report: a writer recalling yesterday says "أمس", so the day is an earlier one of that
        name, which the sentence does not fix.  The report's own weekday is the writer's today ("وكان الطفل قتل ...
        الجمعة" in Friday's page) and keeps its date."""
        words = fold(self.text[t.start:t.end]).split()
        if not words or not all(w in _WEEKDAY_WORDS for w in words) or not any(w != "يوم" for w in words):
            return False
        if self._days_before(value) != 1:
            # (the report's own day is the writer's today: "وكان الطفل قتل ... الجمعة" in Friday's page)
            return False
        trig = bisect.bisect_left(self._tok_starts, offset)
        for k in range(min(trig, len(self.toks) - 1), max(sent.lo, trig - 12) - 1, -1):
            n = self.toks[k].norm
            if self.boundary(k) and k != trig:
                return False
            if n.lstrip("و") in _WAS:
                return True
        return False

    def _still_to_come(self, t: Span, value: str) -> str | None:
        """The value of ``t`` for an act still to come, None when it lies wholly before the report's day: last
        week is when the visit was announced, not when it comes ("أعلن الأسبوع الماضي عن اللقاء المرتقب"), and a
        bare weekday resolved to an earlier one is the next of that name, which the sentence does not fix ("ومن
        المقرر أن يلتقيا يوم الثلاثاء").  (Not moved a week on: a past act coded as future would then be wrong.)"""
        if not self.anchor or not value[:4].isdigit():
            return value
        try:
            anchor = _dt_date.fromisoformat(self.anchor[:10])
        except ValueError:
            return value
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        try:
            if m:
                last = _dt_date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
            elif len(value) >= 10:
                last = _dt_date.fromisoformat(value[:10])
            elif len(value) == 7:
                y, mo = int(value[:4]), int(value[5:7])
                last = _dt_date(y + mo // 12, mo % 12 + 1, 1) - _td(days=1)
            else:
                last = _dt_date(int(value[:4]), 12, 31)
        except ValueError:
            return value
        # (the day before the report is kept: a page is often dated by the day after it was written)
        return value if (anchor - last).days <= 1 else None

    def _clause_between(self, a: int, b: int) -> bool:
        """Whether a clause boundary (strong punctuation, or a comma before و) lies between two offsets."""
        lo, hi = bisect.bisect_left(self._tok_starts, a), bisect.bisect_left(self._tok_starts, b)
        for k in range(lo, min(hi, len(self.toks) - 1)):
            t = self.toks[k]
            if t.punct and (t.norm in STRONG_PUNCT or (t.norm in ("،", ",") and self.toks[k + 1].norm[:1] == "و")):
                return True
        return False

    def _earlier_attack_between(self, h: Hit, b: int) -> bool:
        """Whether another attack, told as what came before or after this one ("بعد سلسلة هجمات", "عقب تفجير",
        "غداة غارات"), stands between the trigger and token ``b``: a place after it is that attack's ("هذا الهجوم،
        الذي يأتي بعد سلسلة هجمات في كابل")."""
        for x in getattr(self, "_sentence_hits", ()):
            if x is h or x.entry.plover != "ASSAULT" or not h.tok < x.tok < b:
                continue
            if any(self.toks[k].norm in _BEFORE_AFTER for k in range(max(h.tok + 1, x.tok - 2), x.tok)):
                return True
        return False

    def _clause_word_between(self, a: int, b: int) -> bool:
        """Whether a word opening another clause stands between tokens ``a`` and ``b`` (both excluded): a
        complementizer ("أفاد مراسلنا في عدن أن الحوثيين قصفوا ..."), a contrast ("بينما", "فيما", "في حين")
        or a time clause's conjunction ("بعدما", "عندما").  A place on the far side of it is that clause's:
        where the reporter is, or where another act of the sentence happened."""
        for k in range(a + 1, b):
            w = self.toks[k].norm
            bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
            if bare in _GOES_ON and k + 1 < len(self.toks) and self.toks[k + 1].norm in L.PREPOSITIONS:
                continue  # "سقطوا في تركيا كما في العراق": "as in", no new clause
            if any(x in L.COMPLEMENTIZERS or x in _SUBORDINATORS or x in _CONTRASTS for x in (w, bare)) \
                    or (w == "حين" and k > 0 and self.toks[k - 1].norm == "في"):
                return True
        return False

    def _resolve(self, t: Span) -> str | None:
        """Resolve a relative expression ("يوم الأربعاء") against the anchor the timex stage lacked."""
        if not self.anchor:
            return None
        from datetime import date

        from marsad.nlp.timex import find_time_expressions

        found = find_time_expressions(self.text[t.start:t.end], date.fromisoformat(self.anchor))
        return str(found[0].data.get("value")) if found and found[0].data.get("value") else None

    def place_for(self, sent: "Sentence", h: Hit) -> tuple[dict[str, Any], Ment] | None:
        """The location after في nearest the trigger that is neither actor nor recipient."""
        used = {key(m.span) for m in h.actor} | ({key(h.recipient.span)} if h.recipient else set())
        # (and "بمدينة تعز", "بمحافظة مأرب": ب before a place noun is "in" as well, next to a place after في)
        locs = [m for m in sent.ments if m.span.label == "LOC" and key(m.span) not in used
                and (m.prep == "في" or (m.prep == "ب" and m.first > sent.lo
                                        and self.toks[m.first - 1].norm in _IN_PLACE_HEADS))
                and not self._clause_between(min(m.span.start, self.toks[h.tok].start),
                                             max(m.span.end, self.toks[h.tok].end))  # not another clause's place
                # a place after a word opening a later clause is that clause's: "غارة في صرواح، بينما في البيضاء
                # قتل ...", "قصفت ... وقال مصدر إن ... في مأرب"
                and not (m.first > h.tok and self._clause_word_between(h.tok, m.first))
                and not (m.first > h.tok and self._earlier_attack_between(h, m.first))]
        if not any(m.prep == "في" for m in locs):
            # (a place told with ب alone gives no place: "جراء غارات ... استهدفت تجمعا لهم بمدينة الحديدة" names
            # its target's group earlier; the ب place only stands in for a في place of another clause)
            return None
        # before the trigger, a place of its own clause goes before one across a word opening it ("أفاد مراسلنا في
        # عدن أن الحوثيين قصفوا ... في تعز"); without one, the earlier clause's place may still be the act's ("قالت
        # مصادر في تعز إن الحوثيين قصفوا مستشفى في المدينة")
        # (in its own clause, a place after في goes first: "في مديرية قعطبة بمحافظة الضالع" — the district)
        own = [m for m in locs if not self._clause_word_between(min(m.last, h.tok), max(m.first, h.tok))]
        own_in = [m for m in own if m.prep == "في"]
        m = min(own_in or own or locs, key=lambda m: abs(m.first - h.tok))
        return ({"text": self.text[m.span.start:m.span.end], "name": m.span.data.get("name"),
                 "name_en": m.span.data.get("name_en"), "entity_id": m.span.data.get("entity_id")}, m)

    def agreement_name(self, h: Hit) -> str | None:
        if h.entry.plover != "AGREE" or h.companion is None:
            return None
        j = h.companion
        if not has_word(self.toks[j].norm, L.AGREEMENT_NOUNS):
            return None
        end = j
        while end + 1 < len(self.toks) and has_word(self.toks[end + 1].norm, L.AGREEMENT_NAME_WORDS):
            end += 1
        return self.text[self.toks[j].start:self.toks[end].end]


def anchor_date(doc: Doc) -> str | None:
    """The article's date; failing that, the first full date in its text or captions."""
    pub = doc.article.published_at
    if pub:
        return pub[:10]
    for t in sorted(doc.layers.get("timex", []), key=lambda s: s.start):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(t.data.get("value"))):
            return str(t.data["value"])
    if doc.article.captions:
        from marsad.nlp.timex import find_time_expressions  # sibling stage's resolver

        for caption in doc.article.captions:
            for t in find_time_expressions(caption, None):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(t.data.get("value"))):
                    return str(t.data["value"])
    return None


# Honorifics that go with a name, not a post: "أمير قطر الشيخ تميم", "ملك الأردن الملك عبد الله".
_HONORIFICS = L._w("الشيخ الأمير الملك السلطان السيد السيدة")
# "رئيس الوزراء البريطاني الأسبق توني بلير": a title's "former" stands between it and the name
_FORMER = frozenset({"الاسبق", "السابق", "السابقه", "الاسبقه", "الحالي", "الحاليه", "الجديد", "الجديده"})
# Conjunctions opening a time clause: what they date is that clause's ("بعدما أفلس البنك قبل عام")
_SUBORDINATORS = L._w("بعدما عندما حينما لما بينما منذ_أن")
# What a party proposes, claims or pursues: refusing it refuses the party ("رفضت روسيا مشروع القرار الأمريكي")
_PARTYS_OWN = L._w("طلب طلبات دعوة دعوات عرض عروض مقترح مقترحات اقتراح اقتراحات مبادرة مبادرات مشروع قرار قرارات "
                   "اتهام اتهامات مزاعم ادعاء ادعاءات زعم تصريحات تصريح تقارير تقرير أنباء رواية روايات شروط مطالب مطالبات "
                   "خطة خطط سياسة سياسات موقف مواقف وساطة انتقادات تهديدات شائعات عرض اتفاق اتفاقية")
# Heads whose genitive party is still the one asked (events38): its body, its people, its sides, all of it
_ASKED_BODIES = L._w("وفد وفدي شعب شعوب سلطات حكومة حكومات دول دولة قادة زعماء مسؤولي ممثلي ممثل أعضاء نواب برلمان "
                     "رئاسة وزارة سفارة قيادة أطراف طرفي مواطني أبناء أهالي جميع كافة كل بعض عدد معظم أغلب "
                     "نظام أجهزة مؤسسات مجلس هيئة لجنة جيش قوات حزب حركة جماعة تنظيم منظمة "
                     "أتباع أنصار عناصر مقاتلي مسلحي أفراد رجال قيادات أعضاء")  # "أتباع جماعة الحوثي": its members
# Words between a verb's subject and its object that are no object of theirs: time and manner
_ADVERB_GAP = L._w("اليوم غدا الآن حاليا مجددا مجدداً قطعيا تماما بشدة بقوة بشكل قاطع رسميا أول الأحد الاثنين الثلاثاء "
                   "الأربعاء الخميس الجمعة السبت يوم مساء صباح ليلة قد")
# "بمدينة تعز": ب on a place noun tells where, like في
_IN_PLACE_HEADS = L._w("بمدينة بمحافظة ببلدة بمنطقة بقرية بولاية بمديرية بحي بإقليم بمحافظتي")
# Contrast words opening a clause of another act: "غارة في صرواح، بينما في البيضاء قتل ..."
_CONTRASTS = L._w("بينما فيما كما ثم")  # (and "كما دمرت غارة أخرى ... في جبهة صرواح": another act told next)
_GOES_ON = L._w("كما ثم")
# "الدكتور فلان", "المهندس فلان": a degree before a name stands like a title
_ACADEMIC = L._w("الدكتور الدكتورة المهندس المهندسة البروفيسور")
_DATE_REACH = 120  # characters between a trigger and the time expression that dates it (in a long span)
# Institutions named after a place: "بنك الرياض", "جامعة القاهرة", "نادي الشارقة"
_NAMED_AFTER_PLACE = L._w("بنك البنك مصرف جامعة الجامعة نادي النادي صحيفة شركة فندق مستشفى كلية أكاديمية "
                          "لبنك وبنك لجامعة لنادي ونادي وجامعة ومصرف لمصرف")
# issue 15, events39: a demonstrative object ("هذه المجموعة") or a clause opened by ما ("ما دفع X إلى") before a name
_DEMONSTRATIVES = L._w("هذه هذا هؤلاء تلك ذلك هذين هاتين هذان هاتان أولئك")
_DEMONSTRATIVE_TIMES = L._w("المرة الأثناء الأيام الفترة الساعة الليلة الأسبوع العام الشهر الصباح المساء")
_WHAT = L._w("ما مما")
_RELATIVES = L._w("الذي التي الذين اللذين اللتين اللواتي")
_WHO = L._w("الذي الذين")  # (not التي, which a feminine relation noun takes: "عائلة فلان التي رفضت")
# the bodies a person's description names as his employer: "ضابط سابق في إدارة شرطة X"
_EMPLOYERS = L._w("إدارة ادارة شرطة وزارة جيش جهاز مخابرات استخبارات قوات بلدية حكومة مكتب سفارة قنصلية شركة "
                  "وكالة هيئة مجلس")
# issue 15, events39: heads whose genitive name names the thing, not a party — institutions, facilities and places
# named after a person ("مركز الملك سلمان", "جامعة الإمام محمد بن سعود", "مستشفى الملك فهد", "شارع الملك فيصل")
# (one list with the linker's: marsad.nlp.named_after)
_NAMED_FOR = named_after.words(named_after.HEADS, fold)
# the honorifics of a name an institution bears: "جامعة الإمام محمد بن سعود", "جائزة خادم الحرمين الشريفين الملك"
# (the linker's list — its titles, "الملك", "الأمير", are in L.TITLES too — with "له" of "المغفور له الملك فهد")
_INSTITUTION_HONORIFICS = named_after.words(named_after.HONORIFICS, fold)
# a place noun whose genitive people names it: "جبل الأكراد", "حي الأكراد", "جبل التركمان", "جبل العرب"
_PLACE_OF_PEOPLE = L._w("جبل جبال حي وادي سهل تلة قرية ساحة شارع مخيم")
_PEOPLES = L._w("الأكراد الاكراد الكرد التركمان الدروز العلويين العلويون الأرمن الارمن الشيعة السنة المسيحيين "
                "النصارى اليهود العرب الأمريكان الأميركان البدو الأشوريين الآشوريين الإيزيديين الايزيديين")
# kinship and closeness nouns: the relative is the party, not the one named after them ("أحد أقارب الأسد")
_KIN = L._w("قريب قريبة أقارب أقرباء نجل نجلة نجلي نجلا أنجال شقيق شقيقة شقيقي شقيقا أشقاء زوجة زوجتي أرملة "
            "ابنة ابنتي حفيد حفيدة أحفاد صهر والد والدة عائلة أسرة")
_SHORT_SENTENCE = 300  # a span this short is one sentence: its clause checks, not the distance, decide


@lru_cache(maxsize=300_000)  # asked of every word of every sentence the detector reads: once per word type
def clitic_bases(norm: str) -> frozenset[str]:
    """A word without its proclitics: "لمركز" → مركز; "وللجامعة" → الجامعة, جامعة; "بانفجار" → انفجار."""
    out = {norm}
    core = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    out.add(core)
    if core.startswith("لل") and len(core) > 4:
        core = "ال" + core[2:]
    elif core[:1] in ("ب", "ل", "ك") and len(core) > 3:
        core = core[1:]
    out.add(core)
    if core.startswith("ال") and len(core) > 4:
        out.add(core[2:])
    return frozenset(out)


def _day_of(value: str) -> str:
    """A time value as a comparable calendar prefix: an ISO week ("2015-W31") by its Monday."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        from datetime import date

        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return value
    return value[:10]


_DASHES = frozenset({"-", "–", "—"})
# Verbs whose object or content is another act, told at another time: a claim, an admission, a verdict, an approval
_CLAIMS = L._w("تبنى تبنت تبنوا اعترف اعترفت أدين أدينت وافق وافقت أقر أقرت كشف كشفت نفى نفت أعلن أعلنت أكد أكدت "
               "دان دانت أدان أدانت ندد نددت استنكر استنكرت شجب شجبت")
# Verbs whose clause's time is the day the act they tell was told: the act happened then or before
_TELLING = L.SPEECH_CUES | L._w("تبنى تبنت تبنوا اعترف اعترفت كشف كشفت دان دانت أدان أدانت ندد نددت استنكر "
                                "استنكرت شجب شجبت نقلت نعى نعت")
_BEFORE = L._w("قبل قبيل")  # "التقى الوزير قبل وصوله أمس ...": the time of what came after
# A response: what follows it came before ("ردا على ما يبدو على الحملة")
_RESPONSE = L._w("ردا رداً انتقاما انتقاماً ثأرا ثأراً")
_CONTRAST_BUT = L._w("لكن ولكن")
# "حسبما أفاد المرصد السبت": the day the source told it (unless it is the report's own day)
_AS_TOLD = L._w("حسبما بحسبما")
# the dead, the wounded, a blast, clashes: a time right after them is the act's own ("مقتل جنديين ... مساء السبت")
_SCENE = L._w("مقتل قتل مصرع مصرعه مصرعها مصرعهم جرح جرحى قتلى إصابة إصابات انفجار انفجارات مواجهات اشتباكات "
              "معارك")
# "منذ صباح أمس", "منذ مساء الخميس": a part of the day between "منذ" and the day
_EVENING_MORNING = L._w("صباح مساء ليل ليلة فجر صبيحة")
# "وهو أيضا المتهم بتأييد": a circumstantial clause on a party
_HAL_PRONOUNS = L._w("وهو وهي وهم وهما")
# parts of a day after بعد/قبل: "بعد ظهر أمس" is a time, not a phrase of another act
_DAY_PARTS = L._w("ظهر الظهر عصر العصر منتصف ظهيرة الظهيرة الفجر فجر منتصفه")
# "منذ أشهر", "بعد يومين": a length of time, no phrase of another act
_SPAN_NOUNS = L._w("ساعة ساعات ساعتين يوم أيام يومين أسبوع أسابيع أسبوعين شهر أشهر شهور شهرين سنة سنوات سنتين عام "
                   "أعوام عامين عقد عقود عقدين دقائق فترة وقت")
_WEEKDAY_WORDS = L.WEEKDAYS | L._w("يوم الاتنين")
_WAS = L._w("كان كانت كانوا")
# what places another act in time beside this one: "بعد سلسلة هجمات", "عقب تفجير", "غداة غارات"
_BEFORE_AFTER = L._w("بعد عقب إثر اثر غداة قبل قبيل بعيد")
# people of a country or a faith living somewhere, named by its nisba: they are not that state
_COMMUNITIES = L._w("الجالية جالية الجاليات جاليات الأقلية أقلية الأقليات الطائفة طائفة المغتربين مغتربين")
_OFFICIALS = L._w("مسؤول مسؤولون مسؤولين المسؤول مصدر مصادر المصدر دبلوماسي الدبلوماسي دبلوماسيون")
_SVO_GAP = L._w("نفسه نفسها ذاته ذاتها قد لم لن لا سوف التي الذي الذين اللذان اللتان كانت كان")


def _counterpart_words(norm: str) -> list[str]:
    """The counterpart word inside a token ("ونظيره" → "نظيره"), for its offset."""
    return [s for _p, s, _suf in stems(norm) if s in L.COUNTERPART] or [norm]


def key(span: Span) -> str:
    return str(span.data.get("entity_id") or fold(str(span.data.get("name") or "")))


