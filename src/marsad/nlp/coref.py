"""Coreference of names inside one article: full name → surname, title + surname, first + last, spelling variants.

News introduces a person once by full name ("فاليري غيراسيموف") and then uses part of it
("غيراسيموف", "الجنرال غيراسيموف", "علي فلقي" after "علي بن إبراهيم فلقي"), sometimes in
another spelling ("جيراسيموف").  These functions give such mentions the entity of the full
name written in the same article — a knowledge-base person or a discovered one.

The candidates for a short form are the *names written in the article*, never the names an
entity has in the knowledge base: a bare «كيم» after "كيم جونغ غيو" is that deputy minister,
even when a role phrase ("الزعيم الكوري الشمالي") also points to Kim Jong Un.  When several
full names share the word, the one mentioned most so far wins, then the one mentioned first.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Iterable

from marsad.nlp import named_after
from marsad.nlp.gazetteer import Tok, raw_skip, readings, tokenize
from marsad.nlp.surname_words import common_surname_words
from marsad.nlp.translit import near, norm, skeleton

# Honorifics and ranks that precede a name and are not part of it ("الجنرال غيراسيموف").
HONORIFICS = frozenset(
    norm(w)
    for w in """السيد السيدة الأستاذ الاستاذ الأستاذة الدكتور الدكتورة دكتور د الشيخ الشيخة الأمير الأميرة الملك
    المهندس المهندسة الكابتن المدرب اللاعب الجنرال اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير
    الرقيب العريف الوكيل المستشار القاضي المحامي الإمام السفير النائب الوزير الرئيس سماحة فضيلة معالي سعادة سمو
    صاحب السمو الملكي الأمين الحاج الفنان الفنانة الممثل الممثلة الشاعر الكاتب الصحفي المطرب المطربة""".split()
)
# Name parts too common to stand for a person on their own.
PARTIAL_STOP = frozenset(
    norm(w)
    for w in """عبد ابو أبو بن ابن بنت آل ال الله محمد أحمد علي دي دا فان فون لا لو الملك الأمير الشيخ الرئيس
    السيد خادم آية الدين الابن الأب ام أم""".split()
)
# "بن" / "ابن" / "بنت": the word after is the father's name, not a surname
# Given names of PARTIAL_STOP after which a word with the article is the family name ("محمد المساح": المساح alone is
# him), while a bare word is most often the father's name ("محمد حسن").  (Not علي: the preposition على folds to it,
# and a tagger's span "فلان على الغيتار" would make an instrument a person)
_GIVEN = frozenset(norm(w) for w in "محمد أحمد".split())
# Last words that are no short form of anybody: an ordinal ends a monarch's name ("عبدالله الثاني" — not "للعام
# الثاني"), a weekday may be a family name ("أحمد الخميس" — not "يوم الخميس")
_NOT_SHORT_FORMS = frozenset(norm(w) for w in """الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر
    السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة""".split())
_SON_OF = frozenset(norm(w) for w in "بن ابن بنت".split())
# Head nouns of a body that bears a person's family name ("شركة الجفالي", "مجموعة المعجل", "أسرة الخنيني",
# "مؤسسة فلان"): the word right after one names the body, not the person (``named_after``'s lists).  Not طريق:
# "عن طريق فلان" is "through him".
_BEARER_HEADS = named_after.words(named_after.HEADS + " " + named_after.BEARER_HEADS, norm) - {norm("طريق")}
# A surname shorter than this (normalised letters) does not stand for a person alone.
MIN_PART_CHARS = 3
# Spelling variants are compared only for words this long (shorter words differ too often by one letter).
MIN_VARIANT_CHARS = 5


@dataclass(slots=True)
class Cand:
    """A mention being linked: ``text[start:end]`` with its type, entity and where it came from."""

    start: int
    end: int
    label: str
    entity_id: str | None
    source: str
    extra: dict[str, Any] = field(default_factory=dict)
    ntoks: int = 1
    name: str | None = None  # the name it is read as, when not as written («للأهلي» is «الأهلي»'s: linking)


def name_words(text: str, start: int, end: int) -> list[str]:
    """Normalised words of a name as written (spans reach here with their clitics already set aside)."""
    return [t.norm for t in tokenize(text[start:end])]


def strip_honorifics(text: str, start: int, end: int) -> int:
    """Start of a person span without leading honorifics ("الدكتور عاطي القرشي" → "عاطي القرشي")."""
    toks = tokenize(text[start:end])
    k = 0
    while k < len(toks) - 1 and any(v in HONORIFICS for v, _n, _a in readings(toks[k].norm)[:2]):
        k += 1
    return start + toks[k].start if k else start


def _same_word(a: str, b: str, native: frozenset[str]) -> bool:
    """One name word written two ways: equal, or a transliteration variant of a long foreign word."""
    if a == b:
        return True
    if len(a) < MIN_VARIANT_CHARS or len(b) < MIN_VARIANT_CHARS or a in native or b in native:
        return False
    return skeleton(a) == skeleton(b) and near(a, b)


@dataclass(slots=True)
class _Full:
    entity_id: str
    words: list[str]
    first_at: int
    parts: set[str]
    count: int = 0


class NameIndex:
    """The full names (two words or more) of persons written in one article, and the parts that may stand for them."""

    def __init__(self, native: frozenset[str] = frozenset(), explicit_parts: dict[str, Iterable[str]] | None = None,
                 family_first: frozenset[str] = frozenset()):
        self.native = native
        self.family_first = family_first
        self.explicit = explicit_parts or {}
        self.full: dict[str, _Full] = {}
        self.by_part: dict[str, list[str]] = {}
        self.by_skeleton: dict[str, list[str]] = {}
        # short form -> (number of full names when it was asked, the full names it can stand for): an article repeats
        # its short forms ("فلان" again and again), and the answer changes only when a full name is added
        self._owners: dict[tuple[str, ...], tuple[int, list[str]]] = {}

    def add_full(self, entity_id: str, words: list[str], at: int, short_forms: bool = True) -> None:
        """Add a full name; ``short_forms=False``: no word of it stands alone for the person (a family name the
        linker joined to a tagger's given name, which the tagger itself read as no name)."""
        f = self.full.get(entity_id)
        if f is None:
            parts = set(self.explicit.get(entity_id) or ())
            if not parts and short_forms:
                last = words[-1]
                after = words[-2] if len(words) >= 2 else ""
                if (len(words) >= 2 and last not in PARTIAL_STOP and last not in _NOT_SHORT_FORMS
                        and last not in common_surname_words()  # "الماضي": mostly "last" in running text
                        and (after not in PARTIAL_STOP or after in _GIVEN and last.startswith("ال"))
                        and len(last) >= MIN_PART_CHARS and not last.isascii()):
                    parts.add(last)
                if len(words) >= 3 and words[0] in self.family_first:
                    parts = {words[0]}  # "كيم جونغ غيو": the family name comes first
            f = self.full[entity_id] = _Full(entity_id, list(words), at, parts)
            for p in parts:
                self.by_part.setdefault(p, []).append(entity_id)
                if len(p) >= MIN_VARIANT_CHARS and p not in self.native:
                    self.by_skeleton.setdefault(skeleton(p), []).append(entity_id)
        f.count += 1

    def seen(self, entity_id: str) -> None:
        if entity_id in self.full:
            self.full[entity_id].count += 1

    def _best(self, ids: Iterable[str]) -> str | None:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return None
        return max(ids, key=lambda i: (self.full[i].count, -self.full[i].first_at))

    def owner_of_part(self, word: str) -> str | None:
        """The person a single word (surname, or an explicit part such as «كيم») stands for, if any."""
        ids = self.by_part.get(word)
        if not ids and len(word) >= MIN_VARIANT_CHARS and word not in self.native:
            ids = [i for i in self.by_skeleton.get(skeleton(word), ()) if any(near(word, p) for p in self.full[i].parts)]
        return self._best(ids or ())

    def owner_of_words(self, words: list[str]) -> str | None:
        """The person a short form made of words of one full name stands for ("علي فلقي", "جونغ أون", "غيراسيموف")."""
        if len(words) == 1:
            got = self.owner_of_part(words[0])
            if got:
                return got
        key = tuple(words)
        known = self._owners.get(key)
        if known is not None and known[0] == len(self.full):
            return self._best(known[1])  # (the best of them by the counts as they are now)
        owners = []
        for eid, f in self.full.items():
            if len(words) >= len(f.words):
                continue
            k = 0
            for w in f.words:  # the short form's words appear in order within the full name
                if k < len(words) and _same_word(words[k], w, self.native):
                    k += 1
            last_ok = _same_word(words[-1], f.words[-1], self.native)
            if len(words) == 1 and len(f.words) >= 2 and f.words[-2] in _SON_OF:
                continue  # "عبدالعزيز" alone is no short form of "سلمان بن عبدالعزيز": the father, not a surname
            if k == len(words) and (last_ok or len(words) >= 2) and not all(w in PARTIAL_STOP for w in words):
                owners.append(eid)
        self._owners[key] = (len(self.full), owners)
        return self._best(owners)


def token_index(toks: list[Tok], start: int) -> int | None:
    """The index of the token starting at ``start`` in ``toks`` (sorted), or None."""
    i = bisect_left(toks, start, key=attrgetter("start"))
    return i if i < len(toks) and toks[i].start == start else None


def part_of_another_name(text: str, toks: list[Tok], at: int, index: NameIndex, entity_id: str) -> bool:
    """Whether the word starting at ``toks[at]``, a family name of ``entity_id``, is bound to the word before it:
    the name of a body or a family ("شركة الجفالي", "لشركة الجفالي", "أسرة الخنيني"), or the end of another full
    name after بن or محمد / أحمد ("أحمد الدباغ" when "محمد الدباغ" was named) — unless that is the person's own
    full name written again."""
    if at == 0 or text[toks[at - 1].end : toks[at].start].strip():
        return False  # (a comma or a quote between: the word starts a phrase of its own)
    full = index.full[entity_id].words
    before = toks[at - 1].norm
    if len(full) >= 2 and before == full[-2]:
        return False
    for v, k, art in readings(before):
        if art:
            continue  # a definite head is no construct: "الشركة" before a name is the name's own description
        if v in _BEARER_HEADS:
            return True
        # بن, or محمد / أحمد as written ("أحمد الدباغ" when "محمد الدباغ" was named).  Not any given name: most of
        # the list are words too, and on the dev days "أمام بلاتر", "خطاب كاميرون", "وعد الزهراني", "حياة الفيصل"
        # outnumbered "تركي الفيصل" among the 77 spans so dropped (link11)
        if not k and (v in _SON_OF or v in _GIVEN):
            return True
    return False


def free_tokens(toks: list[Tok], taken: list[tuple[int, int]]) -> Iterable[Tok]:
    """Tokens not inside any of the (sorted) ``taken`` spans."""
    ti = 0
    for tok in toks:
        while ti < len(taken) and taken[ti][1] <= tok.start:
            ti += 1
        if ti < len(taken) and taken[ti][0] < tok.end:
            continue
        yield tok


def surname_mentions(text: str, toks: list[Tok], index: NameIndex, taken: list[tuple[int, int]]) -> list[Cand]:
    """Mentions for free words that repeat the surname (or an explicit part) of a full name in the article."""
    if not index.by_part:
        return []
    # Every reading of a word ends in the word's last two letters (clitics come off the front, and a
    # reading keeps two letters or more): a word whose ending no part has is passed over.
    ends = {p[-2:] for p in index.by_part}
    out = []
    for tok in free_tokens([t for t in toks if t.norm[-2:] in ends], taken):  # (free_tokens takes any sorted tokens)
        for v, k, art in readings(tok.norm):
            if art:
                continue
            eid = index.by_part.get(v) and index.owner_of_part(v)
            if eid and not k and part_of_another_name(text, toks, token_index(toks, tok.start), index, eid):
                break  # (with a clitic of its own, "والجفالي", the word starts a phrase of its own)
            if eid:
                start = raw_skip(text, tok, k) if k else tok.start
                out.append(Cand(start, tok.end, "PER", eid, "alias"))
                index.seen(eid)
                break
    return out
