"""Finding knowledge-base names, role phrases and government phrases in text.

A left-to-right longest match over normalised tokens.  At each token the
matcher tries its clitic readings (``وبوتين`` → ``بوتين``) against

* the exact index (tuples of normalised tokens), then
* the skeleton index (transliteration variants, spaces ignored: "بيونغيانغ"
  matches "بيونغ يانغ"), only where the key is long enough to be safe and
  names one entity,

and two phrase patterns built from the KB's titles and adjectives:

* role phrases — a title plus a country adjective, country or organisation
  ("الرئيس الروسي", "زعيم كوريا الشمالية", "الأمين العام لحلف الناتو"); the
  linker resolves them to the office holder at the article's date;
* government phrases — "الحكومة الروسية", "السلطات الكورية الشمالية": they
  stand for the country and link to it (``kind="government"``).

Country adjectives alone ("الروسي") are never mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, not_

from marsad.arabic.tokenize import matches, remember_last_text, splitter
from marsad.nlp.kb.kb import MIN_FUZZY_SINGLE_TOKEN_CHARS, KnowledgeBase
from marsad.nlp.translit import clitic_variants, norm_each, norm_token, skeleton

# Letters plus the marks that may sit inside an Arabic word (diacritics, tatweel): a letter, then letters and marks.
# Written as runs of letters between runs of marks, not as one alternation a character: the same tokens, and the
# regex engine reads a run of letters in one loop (a day's texts split in about a third less time).
_MARKS = "\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d"
_TOKEN_RE = re.compile(rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")
_GLUE = " \t\u00a0-\u2010\u2011.\u0640"
_GOV_WORDS = frozenset({"الحكومه", "السلطات", "حكومه", "سلطات", "القياده", "قياده"})
# "المخابرات الكورية الجنوبية", "جهاز الاستخبارات الوطني الروسي", "وكالة المخابرات في كوريا الجنوبية":
# an intelligence service named by its country, whatever the wording, is that country's service.
_AGENCY_HEADS = frozenset({"جهاز", "وكاله", "هيئه", "دائره", "مديريه", "اداره", "رئاسه"})
_INTEL_WORDS = frozenset({"المخابرات", "الاستخبارات", "مخابرات", "استخبارات"})
_INTEL_QUALIFIERS = frozenset({"الوطنيه", "الوطني", "العامه", "العام", "المركزيه", "المركزي", "الخارجيه", "الخارجي"})
_GOV_AGENCY_INTEL = _GOV_WORDS | _AGENCY_HEADS | _INTEL_WORDS  # (what may start a government phrase or a service)
_ORG_OFFICE_KINDS = frozenset({"igo", "institution", "ministry", "party", "court", "think_tank", "outlet", "armed_group"})


@dataclass(slots=True)
class Tok:
    """A token: ``text[start:end]``, its normalised form, and whether a name may run on from the previous token."""

    start: int
    end: int
    norm: str
    glue: bool = True
    space: bool = True  # only whitespace before it (role phrases need that)


@dataclass(slots=True)
class Match:
    """A gazetteer hit over tokens ``[i, j)`` = characters ``[start, end)``.

    ``kind`` is name|office|government.  For names ``ids`` are the candidate
    entities (best first); ``weak`` holds the context entities a weak alias
    needs.  For offices ``office``/``of`` say which office, and ``inner`` is
    the country/organisation match inside the phrase, if any.
    """

    i: int
    j: int
    start: int
    end: int
    kind: str
    ids: tuple[str, ...] = ()
    fuzzy: bool = False
    weak: tuple[str, ...] = ()
    office: str | None = None
    of: str | None = None
    inner: "Match | None" = None


# A place name followed by these words is a common phrase, not the place (normalised forms; the next word may carry
# a suffix): "مسقط رأسه" (his birthplace) is written more often in SaudiNewsNet than Muscat itself (48 to 20 in six
# days).
COMMON_PHRASES = {"مسقط": "راس"}

@remember_last_text()
def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` with character offsets and normalised forms.

    ``glue`` is False when the gap before a token holds anything but spaces,
    hyphens or dots (a quote, a comma, a line break): names do not run across it.

    A whole article is tokenized by several stages (linking, office changes): the tokens of the last
    long text are kept, and a new list of the same tokens is returned for it; short texts (names, asked
    again and again) are kept by the thousand.  Treat the tokens as read-only.
    """
    if len(text) < 200:
        return list(_short_tokens(text))
    return _tokenize(text)


@lru_cache(maxsize=100_000)
def _short_tokens(text: str) -> tuple[Tok, ...]:
    return tuple(_tokenize(text))


def _tokenize(text: str) -> list[Tok]:
    words, starts, ends, gaps = matches(_TOKEN_SPLIT_RE, text)
    # glue: the gap holds only spaces, hyphens or dots; space: only whitespace (an empty gap is both)
    return list(map(Tok, starts, ends, _norms(words), map(not_, map(str.strip, gaps, repeat(_GLUE))),
                    map(not_, map(str.strip, gaps))))


_TOKEN_SPLIT_RE = splitter(_TOKEN_RE)

_NORMS: dict[str, str] = {}  # word as written -> norm_token(word)


def _norms(words: list[str]) -> list[str]:
    """``norm_token`` of each word.  Words repeat (a day: 1.06M tokens, 97k distinct): each is normalised once
    and kept, and the words met before are read by one dict look-up each in C (``map(dict.get)``, cheaper than
    a call through ``lru_cache``); only the new ones are worked out."""
    norms = list(map(_NORMS.get, words))
    if None in norms:
        if len(_NORMS) > 300_000:  # bound the memory on endless streams
            _NORMS.clear()
        # (an article's new words, some 85 on a news day, normalised together: ``norm_each``)
        new = list(dict.fromkeys(w for w, got in zip(words, norms) if got is None))
        found = dict(zip(new, norm_each(new)))
        _NORMS.update(found)
        norms = [found[w] if got is None else got for w, got in zip(words, norms)]
    return norms
_NORM = attrgetter("norm")


def raw_skip(text: str, tok: Tok, k: int) -> int:
    """Character offset after the first ``k`` letters of ``tok`` (diacritics do not count)."""
    pos = tok.start
    seen = 0
    while seen < k and pos < tok.end:
        if norm_token(text[pos]):
            seen += 1
        pos += 1
    while pos < tok.end and not norm_token(text[pos]):
        pos += 1
    return pos


# A token starting with none of these has one reading, itself (``clitic_variants`` takes nothing off it).
_CLITIC_STARTS = ("و", "ف", "ب", "ل", "ك", "ال")


@lru_cache(maxsize=200_000)
def readings(token: str) -> tuple[tuple[str, int, bool], ...]:
    """``(reading, clitic letters removed, article removed)`` for a normalised token."""
    if not token.startswith(_CLITIC_STARTS):
        return ((token, 0, False),)
    out = []
    for v in clitic_variants(token):
        if token.endswith(v):
            k = len(token) - len(v)
            art = False
            if not v.startswith("ال") and token[:k].endswith("ال") and k >= 2:
                k -= 2
                art = True
        else:  # ل + ال written لل: the reading gained an alef
            k = len(token) - len(v) + 1
            art = False
        out.append((v, k, art))
    return tuple(out)


class _Starts(dict):
    """Normalised word → what may start with it, ``(name, role phrase, government phrase)`` (see
    :meth:`Gazetteer._start_of`), or None when nothing may (most words); filled as words are asked."""

    def __init__(self, gazetteer: "Gazetteer") -> None:
        super().__init__()
        self.start_of = gazetteer._start_of

    def __missing__(self, token: str) -> tuple | None:
        if len(self) > 500_000:  # bound the memory on endless streams
            self.clear()
        got = self[token] = self.start_of(token)
        return got


class Gazetteer:
    """Longest-match finder of KB names and role phrases (see module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._title_first = {t[0] for t in kb.titles}
        self._title_max = max((len(t) for t in kb.titles), default=1)
        self._adj_max = max((len(t) for t in kb.adjectives), default=1)
        self._fem_max = max((len(t) for t in kb.fem_adjectives), default=1)
        # Per normalised word: can a name / a role phrase / a government phrase start here?
        # Most words can start nothing, and this answers that with one dict look-up.
        self._starts = _Starts(self)
        self._names: dict[str, tuple[tuple[int, str, int, bool, bool, str | None], ...]] = {}
        # Every beginning of an exact key: a name read token by token stops where no name goes on.
        self._exact_prefixes = {key[:n] for key in kb.exact for n in range(1, len(key) + 1)}
        # The second words of the exact keys, by their first (see ``_name_start``)
        self._exact_seconds: dict[str, set[str]] = {}
        for key in self._exact_prefixes:
            if len(key) == 2:
                self._exact_seconds.setdefault(key[0], set()).add(key[1])

    def _start_of(self, token: str) -> tuple | None:
        """``(what a name starting with the token needs (:meth:`_name_start`) or None, whether a role phrase
        may start with it, whether a government phrase or an intelligence service may)``, or None when
        nothing may."""
        # (asked once a word type, some 95k a day: the readings tested against each set in C, no generator)
        vs = [r[0] for r in readings(token)]
        name = self._name_start(token)
        title = not self._title_first.isdisjoint(vs)
        gov = not _GOV_AGENCY_INTEL.isdisjoint(vs)
        return (name, title, gov) if name is not None or title or gov else None

    def _name_readings(self, token: str) -> tuple[tuple[int, str, int, bool, bool, str | None], ...]:
        """The readings of a token a name can start with: ``(order, reading, clitic letters, article removed,
        first word of an exact name, skeleton when a fuzzy name may start with it)`` (cached per token)."""
        got = self._names.get(token)
        if got is None:
            kb = self.kb
            out = []
            for order, (v, k, art) in enumerate(readings(token)):
                # a fuzzy name starts with three letters or more, no ال
                sk = skeleton(v) if not art and len(v) >= 3 else None
                if sk is not None and sk not in kb.fuzzy_prefixes:
                    sk = None
                exact = v in kb.exact_first
                if exact or sk is not None:
                    out.append((order, v, k, art, exact, sk))
            got = tuple(out)
            if len(self._names) > 500_000:  # bound the memory on endless streams
                self._names.clear()
            self._names[token] = got
        return got

    def _name_start(self, token: str) -> tuple[bool, frozenset[str], tuple[str, ...]] | None:
        """What :meth:`match_name` needs to find anything at a token, or None when no name starts with it:
        ``(a one-word name may be found, the words an exact name goes on with, the skeletons a fuzzy name
        starts with)``.

        Most tokens a name may start with start none (a common word that opens some name, or whose skeleton
        opens some transliterated one: 258k of a day's 284k tries found nothing); when no one-word name is
        possible, :meth:`_may_go_on` reads the next token against these and spares the full try.
        """
        rs = self._name_readings(token)
        if not rs:
            return None
        kb = self.kb
        single = False
        seconds: set[str] = set()
        skels = []
        for _order, v, _k, art, exact, sk in rs:
            if exact:
                single = single or (not art and bool(kb.exact.get((v,))))
                seconds |= self._exact_seconds.get(v, set())
            if sk is not None:
                single = single or (sk in kb.fuzzy and len(v) >= MIN_FUZZY_SINGLE_TOKEN_CHARS)
                skels.append(sk)
        return single, frozenset(seconds), tuple(skels)

    def _may_go_on(self, start: tuple[bool, frozenset[str], tuple[str, ...]], toks: list[Tok], i: int) -> bool:
        """Whether :meth:`match_name` may find a name at token ``i`` (whose :meth:`_name_start` is ``start``):
        a one-word name is possible there, or the next token goes on with an exact name's first word (glued,
        one of its second words) or with a fuzzy name's skeleton (glued, three letters or more, the skeletons
        together a prefix of a fuzzy key).  False only where ``match_name`` would give None: the same tests as
        its first two steps."""
        single, seconds, skels = start
        if single:
            return True
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        if not nxt.glue:
            return False
        if nxt.norm in seconds:
            return True
        if not skels or len(nxt.norm) < 3:
            return False
        after = skeleton(nxt.norm)
        prefixes = self.kb.fuzzy_prefixes
        return any(sk + after in prefixes for sk in skels)

    # -- names --------------------------------------------------------------------------

    def match_name(self, text: str, toks: list[Tok], i: int) -> Match | None:
        """The longest name match starting at token ``i`` (clitics allowed on its first token)."""
        kb = self.kb
        n_toks = len(toks)
        best: tuple[int, int, int] | None = None  # (n, -fuzzy, -order)
        best_m: Match | None = None
        prefixes = self._exact_prefixes
        for order, v, k, art, exact, sk in self._name_readings(toks[i].norm):
            if exact:
                key = [v]
                cands = []
                for n in range(1, min(kb.max_len, n_toks - i) + 1):
                    if n > 1:
                        if not toks[i + n - 1].glue:
                            break
                        key.append(toks[i + n - 1].norm)
                    key_t = tuple(key)
                    if key_t not in prefixes:
                        break  # no name goes on with these words
                    ids = kb.exact.get(key_t)
                    if ids and not (n == 1 and art):
                        cands.append((n, ids))
                if cands:
                    n, ids = cands[-1]
                    score = (n, 1, -order)
                    if best is None or score > best:
                        best = score
                        best_m = self._name_match(text, toks, i, n, k, ids, False, tuple(key[:n]))
            if sk is not None:
                acc = sk
                for n in range(1, min(kb.max_len, n_toks - i) + 1):
                    if n > 1:
                        nxt = toks[i + n - 1]
                        if not nxt.glue or len(nxt.norm) < 3:  # short words ("في") never join a fuzzy name
                            break
                        acc += skeleton(nxt.norm)
                        if acc not in kb.fuzzy_prefixes:
                            break
                    if acc not in kb.fuzzy or (n == 1 and len(v) < MIN_FUZZY_SINGLE_TOKEN_CHARS):
                        continue
                    ids = kb.fuzzy_lookup((v, *(t.norm for t in toks[i + 1 : i + n])))
                    if len(ids) != 1:
                        continue
                    score = (n, 0, -order)
                    if best is None or score > best:
                        best = score
                        best_m = self._name_match(text, toks, i, n, k, ids, True, ())
        return best_m

    def _name_match(self, text, toks, i, n, k, ids, fuzzy, key) -> Match:
        start = raw_skip(text, toks[i], k) if k else toks[i].start
        weak: tuple[str, ...] = ()
        if key:
            for eid in ids[:1]:
                weak = self.kb.weak.get((key, eid), ())
        return Match(i=i, j=i + n, start=start, end=toks[i + n - 1].end, kind="name", ids=ids, fuzzy=fuzzy, weak=weak)

    # -- phrases ------------------------------------------------------------------------

    def match_office(self, text: str, toks: list[Tok], i: int) -> Match | None:
        """A role phrase ("الرئيس الروسي", "أمين عام الناتو") starting at token ``i``."""
        kb = self.kb
        for v, k, _art in readings(toks[i].norm):
            if v not in self._title_first:
                continue
            for tn in range(min(self._title_max, len(toks) - i), 0, -1):
                key = (v,) + tuple(t.norm for t in toks[i + 1 : i + tn])
                office = kb.titles.get(key)
                if not office:
                    continue
                j = i + tn
                if j >= len(toks) or not all(t.space for t in toks[i + 1 : j + 1]):
                    return None  # the phrase may not run across punctuation
                start = raw_skip(text, toks[i], k) if k else toks[i].start
                for an in range(min(self._adj_max, len(toks) - j), 0, -1):
                    country = kb.adjectives.get(tuple(t.norm for t in toks[j : j + an]))
                    if country:
                        return Match(i=i, j=j + an, start=start, end=toks[j + an - 1].end, kind="office", office=office, of=country)
                inner = self.match_name(text, toks, j)
                if inner and inner.ids and not inner.fuzzy:
                    e = kb.entities[inner.ids[0]]
                    if e.data.get("kind") == "country" or (e.type == "ORG" and e.data.get("kind") in _ORG_OFFICE_KINDS):
                        return Match(i=i, j=inner.j, start=start, end=inner.end, kind="office", office=office, of=e.id, inner=inner)
                return None
        return None

    def match_government(self, text: str, toks: list[Tok], i: int) -> Match | None:
        """"الحكومة الروسية"-style phrases standing for a country."""
        for v, k, _art in readings(toks[i].norm):
            if v in _GOV_WORDS:
                j = i + 1
                if j >= len(toks) or not toks[j].space:
                    return None
                for an in range(min(self._fem_max, len(toks) - j), 0, -1):
                    country = self.kb.fem_adjectives.get(tuple(t.norm for t in toks[j : j + an]))
                    if country:
                        start = raw_skip(text, toks[i], k) if k else toks[i].start
                        return Match(i=i, j=j + an, start=start, end=toks[j + an - 1].end, kind="government", ids=(country,))
                return None
        return None

    def match_agency(self, text: str, toks: list[Tok], i: int) -> Match | None:
        """An intelligence service named by its country ("المخابرات الكورية الجنوبية") → that country's service."""
        kb = self.kb
        j = i
        head = [v for v, _k, _a in readings(toks[j].norm)]
        if any(v in _AGENCY_HEADS for v in head):
            j += 1
        if j >= len(toks) or toks[j].norm not in _INTEL_WORDS or (j > i and not toks[j].space):
            return None
        j += 1
        while j < len(toks) and toks[j].space and toks[j].norm in _INTEL_QUALIFIERS:
            j += 1
        if j < len(toks) and toks[j].norm == "في":
            j += 1
        if j >= len(toks) or not toks[j].space:
            return None
        country = None
        for table, limit in ((kb.fem_adjectives, self._fem_max), (kb.adjectives, self._adj_max)):
            for an in range(min(limit, len(toks) - j), 0, -1):
                country = table.get(tuple(t.norm for t in toks[j : j + an]))
                if country:
                    end = j + an
                    break
            if country:
                break
        if country is None:
            inner = self.match_name(text, toks, j)
            if inner and inner.ids and kb.entities[inner.ids[0]].data.get("kind") == "country":
                country, end = inner.ids[0], inner.j
        agency = kb.agencies.get(("intelligence", country)) if country else None
        if agency is None:
            return None
        k = readings(toks[i].norm)[0][1]
        start = raw_skip(text, toks[i], k) if k else toks[i].start
        return Match(i=i, j=end, start=start, end=toks[end - 1].end, kind="name", ids=(agency,))

    # -- whole text ---------------------------------------------------------------------

    @staticmethod
    def _common_phrase(toks: list[Tok], m: Match) -> bool:
        """A one-word place name that opens a common phrase ("مسقط رأسه": one's birthplace, not Muscat)."""
        if m.kind != "name" or m.j - m.i != 1 or m.j >= len(toks) or not toks[m.j].glue:
            return False
        nxt = toks[m.j].norm
        return any(toks[m.i].norm.endswith(word) and nxt.startswith(after)
                   for word, after in COMMON_PHRASES.items())

    def find(self, text: str, toks: list[Tok] | None = None) -> list[Match]:
        """All non-overlapping matches in ``text``, left to right, longest first.

        Only the tokens something may start with are visited (a tenth of them): picked by one look-up a
        token in C (``compress`` over the per-word table), not by a loop of Python over every token.
        """
        toks = tokenize(text) if toks is None else toks
        out: list[Match] = []
        starts = self._starts
        after = 0  # tokens before this one are inside a match found
        for i in compress(range(len(toks)), map(starts.__getitem__, map(_NORM, toks))):
            if i < after:
                continue
            may_name, may_title, may_gov = starts[toks[i].norm]
            m = (self.match_office(text, toks, i) if may_title else None) or (
                self.match_government(text, toks, i) if may_gov else None
            )
            name = self.match_name(text, toks, i) if may_name and self._may_go_on(may_name, toks, i) else None
            if name and (m is None or name.j > m.j):
                m = name
            if may_gov:
                agency = self.match_agency(text, toks, i)
                if agency and (m is None or agency.j > m.j):
                    m = agency
            if m is None or self._common_phrase(toks, m):
                continue
            out.append(m)
            after = m.j
        return out
