"""Whom a diplomatic or routine headline is about, slot by slot: the counterpart of a cable, a call, a reception
or a visit; the families of a wedding.

Routine items of one kind pool into one story: congratulation cables to different countries, calls and visits of
different leaders, Eid receptions of different hosts, wedding notices of different families.  They share the
actor (the king, a governor), the vocabulary and the days — every pair feature but the one that tells them apart:
*with whom*, *held by whom*.  These slots are read from the headline with the knowledge base's name matcher
(names, offices such as "the Chadian president" standing for their country), and compared by
:func:`contacts_conflict` the way :func:`marsad.stories.slots.slots_conflict` compares matches:

- a meeting or call abroad is with the country of the town it is held in, and "his counterpart" named by a
  nationality stands for that country (one minister in Berlin, then in Moscow: two contacts); a home town
  says only where;
- two headlines of one kind whose counterparts differ, neither article naming the other's counterpart in its
  headline or lead, report two contacts ("the king congratulates Chad" / "the king congratulates Bolivia");
  the call after a visit names the visited country and is one story with it;
- two receptions or cables that name no counterpart are told apart by their hosts, the names before the verb
  ("the emir of A receives well-wishers" / "the governor of B receives well-wishers"); two bodies' Eid
  gatherings for their staff by the words that name the body; two weddings by the families' names.

Battle reports are not split by the places their headlines name: a front's place read that way split the
reports of one capture (an air base, its camp, features on it) on two days nobody tuned on (2015-08-03/04:
7 of the 13 moves there, all wrong), so it was dropped.

Names the knowledge base lacks (a family, a body, "كوت ديفوار") are read as plain rare words: a family's
anywhere in a wedding's headline, a cable's or a call's counterpart as the first run of them after the verb
(a visit's could be a town's), a host before it.

Condolences react to an event told elsewhere: a condolence cable or call fills no slot, and a headline with no
slot (a reaction, a follow-up, an analysis) conflicts with nothing, so developing stories keep their members.
The slots only split.  Two cables, or a call and a visit, agree on a counterpart (one act: a cable and a visit
to one country are two acts of one occasion); an article the slots turn away from the story it matches best
goes only to a story one of whose members agrees with it (:func:`contacts_vouch`), else it starts its own
(``grouping.Grouper.scores``).  The home country's own leaders, named before the verb, send the cable: they
are never its counterpart.

One thing is asked of a headline with no slot (:func:`unnamed_contact`): a member reporting a contact with a
counterpart it never names does not vouch for it (the king's statement with the Egyptian president is not the
French call's news).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import (
    WORD_RE, WordTable, country_of, headline_matches, idf, prefix_stripper, stopwords, term_of,
)
from marsad.stories.slots import _nationality as _listed_nationality
from marsad.stories.slots import country_stems

# What a headline reports, by its verbs and nouns (folded, clitics as written in headlines).
KINDS: dict[str, frozenset[str]] = {
    "cable": frozenset("""
        يهنئ تهنئ يهنئان تهنئان تهنئه التهنئه بتهنئه مهنئا مهنئه تهاني التهاني برقيه البرقيه برقيتي برقيات
        """.split()),
    "call": frozenset("""
        اتصالا اتصال الاتصال باتصال هاتفيا هاتفي الهاتفي يهاتف هاتف مكالمه المكالمه
        """.split()),
    "meeting": frozenset("""
        يستقبل استقبل استقبال باستقبال يستقبلان يلتقي التقي لقاء يلتقيان يجتمع اجتمع يبحث يبحثان تبحثان يزور
        زار زياره بزياره سيزور مباحثات محادثات
        """.split()),
    "greeting": frozenset("""
        تعايد يعايد تعايدان يعايدون معايده المعايده لمعايده
        """.split()),
    "wedding": frozenset("""
        زفاف الزفاف بزفاف زواج الزواج بزواج قران القران عرس العرس بعرس يحتفلون يحتفل افراح
        """.split()),
}
# A headline with one of these reacts to an event told elsewhere: it fills no slot.
CONDOLENCE = frozenset("""
يعزي عزي تعزيه التعزيه بتعزيه معزيا معزيه التعازي تعازي العزاء عزاء يواسي مواساه مواسيا
""".split())
# A call or cable whose headline or lead offers condolences for, or condemns, an attack or its victims reacts to
# that incident (the king's calls from other kings after a bombing): it fills no slot either.  Read on folded
# words with clitics off (stems: "تعازيه", "واستنكاره" ...).  A condolence on a death, a congratulation or a
# call on other matters names no attack: it stays a contact.
REACTION_STEMS = ("تعاز", "تعزيه", "تعزيت", "عزاء", "مواسا", "مواسي", "يواسي", "ادان", "يدين", "تدين",
                  "استنكار", "يستنكر", "تستنكر", "استنكر", "تنديد", "ندد", "يندد", "تندد", "شجب", "يشجب")  # (not تعزيز)
INCIDENT_STEMS = ("تفجير", "انفجار", "هجوم", "اعتداء", "ارهاب", "اجرامي", "استهداف", "استهدف",
                  "شهداء", "شهيد", "استشهاد", "ضحايا", "مصابين", "جرحي")
# a folded word without its leading clitics and article, longest first: "وبالهجوم" → هجوم, "وللضحايا" → ضحايا
# (not الهجوم, لضحايا, which no stem starts)
_bare = prefix_stripper(("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل",
                         "ال", "و", "ف", "ب", "ل"))
# "يحتفل" alone is any celebration: a wedding needs a word of marriage beside it.
MARRIAGE = frozenset("زفاف الزفاف بزفاف زواج الزواج بزواج قران القران عرس العرس بعرس افراح".split())
# ("أفراح آل فلان": a society page's wedding notice, headed by the families' names)
HOME = frozenset({"loc:saudi-arabia"})  # the outlets' own country: the host's side of every contact
NAME_IDF = 4.0  # a plain word this rare can name a family (as in ``slots``)
SURE_IDF = 6.5  # ... and one this rare is a name even when the tagger found none there
WEAK = frozenset("""
امير الامير محافظ المحافظ وزير الوزير رئيس الرئيس مدير المدير نائب سمو معالي فخامه جلاله خادم الحرمين الشريفين
الملك ولي العهد ولي سفير السفير قنصل القنصل منطقه المنطقه محافظه المحافظه اسره الاسره ال ابن بن ابنه نجل
كريمه كريمته نجله المهنئين بعيد الفطر الاضحي العيد عيد ابنت ابنته ابنتها اخ اخي اخيه اخوه شقيق شقيقه حفيد حفيده
زميل الزميل الزميله والد والده
""".split())  # titles and function words of a host's or a family's name: they name no one


@dataclass(frozen=True, slots=True)
class Contact:
    """The slots a diplomatic or routine headline fills (keys: knowledge-base ids, else ``w:`` name words)."""

    kind: str = ""  # cable, call, meeting, greeting (an Eid gathering), wedding; "" when none
    counterparts: frozenset[str] = frozenset()  # whom the contact is with; a wedding's families
    hosts: frozenset[str] = frozenset()  # who holds it: the names before its verb
    named: frozenset[str] = frozenset()  # keys of all its headline and lead name (where the other's values are sought)
    reacts: bool = False  # a reaction to an attack told elsewhere: a call, a cable or a headline of condolence or
    # condemnation whose headline and lead name an attack or its victims (``reacts_to_incident``)

    def __bool__(self) -> bool:
        return bool(self.kind)


NONE = Contact()
_WORD = re.compile(r"[^\W\d_]{2,}")


def _kind(words: list[str], kinds: dict[str, frozenset[str]]) -> tuple[str, int]:
    """The kind of a headline (folded words) and the index of its first trigger; ("", -1) when none or a
    condolence."""
    if CONDOLENCE.intersection(words):
        return "", -1
    for kind, triggers in kinds.items():  # in this order: a call "discusses" (يبحث هاتفيا) as a meeting does
        for i, w in enumerate(words):
            if w in triggers:
                if kind == "wedding" and not MARRIAGE.intersection(words):
                    break
                return kind, i
    return "", -1


def reacts_to_incident(text: str) -> bool:
    """Does a text (a call's or cable's headline and lead) offer condolences for, or condemn, an attack or its
    victims?  Both a word of reaction and a word of the incident are needed: "قدم تعازيه في ضحايا التفجير"."""
    words = [_bare(w) for w in _WORD.findall(fold_for_search(text))]
    return (any(w.startswith(REACTION_STEMS) for w in words)
            and any(w.startswith(INCIDENT_STEMS) for w in words))


def _reaction_headline(title: str) -> bool:
    """Does a headline offer condolences or condemn ("ملك المغرب يدين ...", "يتلقى التعازي")?"""
    return any(_bare(w).startswith(REACTION_STEMS) for w in _WORD.findall(fold_for_search(title)))


def _nationality(word: str) -> bool:
    """"البوليفي", "السنغافوري": a country's adjective names no one (its country is sought as a name)."""
    if _listed_nationality(word):
        return True
    stem = word[2:-1] if word.startswith("ال") and word.endswith("ي") else ""
    return bool(stem) and any(c in country_stems() for c in (stem, stem + "ا", stem + "ه", stem + "يا"))


@lru_cache(maxsize=1)
def _nationality_countries() -> dict[str, str]:
    """Folded adjective of nationality → the knowledge base's country key (الإيطالي → loc:italy): the knowledge
    base's adjectives, and the regular ones of its one-word country names."""
    from marsad.nlp.kb.kb import load_kb

    out: dict[str, str] = {}
    for e in load_kb().entities.values():
        data = e.data or {}
        if data.get("kind") != "country":
            continue
        for a in data.get("adj", ()) or ():
            out.setdefault(fold_for_search(a), e.id)
        for name in [e.name_ar, *e.aliases]:
            n = fold_for_search(name or "")
            if not n or " " in n:
                continue
            n = n[2:] if n.startswith("ال") else n
            forms = ["ال" + n + "ي", "ال" + n + "وي"] + (["ال" + n[:-1] + "ي"] if n[-1] in "اه" else [])
            for form in forms:
                out.setdefault(form, e.id)
    return out


COUNTERPART = frozenset("نظيره نظيرها نظيريه نظيرهم نظرائه بنظيره لنظيره ونظيره".split())  # "his counterpart"


def _counterpart_nationalities(words: list[str]) -> frozenset[str]:
    """Countries of the nationalities that follow "his counterpart" (يلتقي نظيره الإيطالي → loc:italy; نظيريه
    الروسي والأمريكي → both): the minister met stands for his country, as an office does."""
    known = _nationality_countries()
    out = set()
    for i, w in enumerate(words):
        if w in COUNTERPART:
            for x in words[i + 1:i + 4]:
                x = x[1:] if x.startswith("و") and x[1:] in known else x
                if x in known:
                    out.add(known[x])
                elif out:
                    break
    return frozenset(out)


def _abroad(key: str) -> str | None:
    """The country of a town of another country than the home one (a contact held in Berlin is one with
    Germany); None for a home town, a country or anything else."""
    country = country_of(key)
    return country if country and country not in HOME else None


def _match_key(m) -> str | None:
    """The key of a name matcher hit: an office stands for its country or organisation ("the Chadian president"),
    a name for its entity."""
    if m.kind == "office":
        return m.of or (m.inner.ids[0] if m.inner is not None and m.inner.ids else None)
    return m.ids[0] if m.ids else None


def _title_names(title: str) -> list[tuple[int, str]]:
    """(character offset, key) of the knowledge-base names and offices of a headline."""
    return [(m.start, key) for m in headline_matches(title) for key in [_match_key(m)] if key]


@lru_cache(maxsize=10_000)
def _home_side(key: str) -> bool:
    """The home country, or a person holding one of its offices (the king who sends the cable is its sender,
    not its counterpart: "الملك سلمان يبعث برقية لرئيس المالديف" is about the Maldives)."""
    if key in HOME:
        return True
    from marsad.nlp.kb.kb import load_kb

    entity = load_kb().entities.get(key)
    return entity is not None and any(r.of in HOME for r in entity.roles or ())


def _first_name(words: Iterable[frozenset[str]]) -> frozenset[str]:
    """The first run of name words (each a set of at most one key): "رئيس كوت ديفوار بذكرى" → كوت, ديفوار."""
    out: set[str] = set()
    for w in words:
        if w:
            out |= w
        elif out:
            break
    return frozenset(out)


def _name_words(words: Iterable[str]) -> frozenset[str]:
    """``w:`` keys of the words that can name a family or a host (rare, not a title or a trigger)."""
    out = set()
    for w in words:
        k = term_of(w)
        if w in WEAK or k in WEAK or any(w in t or k in t for t in KINDS.values()):
            continue
        if idf(k) >= NAME_IDF:
            out.add("w:" + k)
    return frozenset(out)


def _word_key(word: str) -> str:
    """A word's ``w:`` key: "w:" + its :func:`term_of`."""
    return "w:" + term_of(word)


# word → its ``w:`` key, made once: the words of every headline and lead are mapped through it in C (a plain dict
# look-up, no call and no new string per word)
_WORD_KEYS = WordTable(_word_key, 200_000)


def headline_contact(title: str, lead: str = "", lead_names: Iterable[tuple[str, str]] = ()) -> Contact:
    """The slots of a headline; ``lead``: the article's first lines, where the other headline's values are
    sought; ``lead_names``: (key, name) of the names the tagger found in the lead (a plain word of a host must
    belong to one of them, or be rare enough to be a name anyway)."""
    lead_names = list(lead_names)
    kind, counterparts, hosts = _read(title, lead_names, KINDS)
    reacts = ((kind in ("cable", "call") or _reaction_headline(title)) and reacts_to_incident(title + " " + lead))
    if reacts and kind in ("cable", "call"):
        kind = ""  # a reaction to an incident told elsewhere, as a condolence headline is: its story is the incident's
    if not counterparts and not hosts:
        kind = ""  # no slot: what it names is still compared with a contact's counterpart (see ``unnamed_contact``)
    named = {k for _, k in _title_names(title)} | {k for k, _ in lead_names}
    named |= {c for k in named if (c := country_of(k))}  # a town named says its country too
    # (each word type once: a headline and its lead repeat their words; folded apart — folding is letter by letter,
    # and the other readers of the article have folded both already: ``fold_for_search`` keeps them)
    folded = fold_for_search(title) + " " + fold_for_search(lead)
    named.update(map(_WORD_KEYS.__getitem__, set(WORD_RE.findall(folded))))
    return Contact(kind, counterparts, hosts, frozenset(named), reacts)


def _read(line: str, lead_names: list[tuple[str, str]],
          kinds: dict[str, frozenset[str]]) -> tuple[str, frozenset[str], frozenset[str]]:
    """(kind, counterparts, hosts) a headline reports; ("", ∅, ∅) when none."""
    tokens = [(m.start(), fold_for_search(m.group())) for m in _WORD.finditer(line)]
    words = [w for _, w in tokens]
    kind, at = _kind(words, kinds)
    if not kind:
        return "", frozenset(), frozenset()
    cut = tokens[at][0]
    names = _title_names(line)
    # a contact is with a person, a body or a country, before its verb too ("the king and the French president
    # review ..."; the home side is named by titles, seldom by a name); a town says where it is held
    counterparts = frozenset(k for _, k in names if not _home_side(k) and not country_of(k))
    if kind in ("meeting", "call"):
        # a meeting in a foreign town is one with its country (the minister in Berlin, then in Moscow: two
        # contacts); the counterpart named by his nationality stands for his country
        counterparts |= frozenset(c for _, k in names if (c := _abroad(k)))
        counterparts |= _counterpart_nationalities(words)
    hosts = frozenset(k for s, k in names if s < cut and country_of(k))
    if kind == "wedding":  # the families, wherever the headline names them (seldom in the knowledge base)
        return kind, counterparts | hosts | _name_words(words), frozenset()
    if kind == "greeting":  # a body's Eid gathering for its staff: the body, whatever words name it
        stop = stopwords()
        return kind, frozenset(), hosts | frozenset(
            "w:" + k for s, w in tokens if s < cut for k in [term_of(w)]
            if w not in WEAK and k not in WEAK and k not in stop and w not in stop and not w.startswith("حفل"))
    if not counterparts:  # a counterpart or a local host the knowledge base does not know: rare name words
        known = {term_of(w) for _, n in lead_names for w in WORD_RE.findall(fold_for_search(n))}

        def named(ws: Iterable[str]) -> frozenset[str]:
            return frozenset(w for w in _name_words(x for x in ws if not _nationality(x))
                             if w[2:] in known or idf(w[2:]) >= SURE_IDF)

        if kind in ("cable", "call"):  # with a person or a country (a visit's plain words may be a town's)
            counterparts = _first_name(named([w]) for s, w in tokens if s > cut)
        if not counterparts:
            hosts |= named(w for s, w in tokens if s < cut)
    return kind, counterparts, hosts


def _unnamed(values: frozenset[str], named: frozenset[str]) -> bool:
    return any(v not in named for v in values)


def _differ(a: frozenset[str], b: frozenset[str], ca: Contact, cb: Contact) -> bool:
    """Both fill the slot, each with a value the other article never names in its headline or lead."""
    return bool(a) and bool(b) and _unnamed(a, cb.named) and _unnamed(b, ca.named)


CONTACTS = frozenset({"cable", "call", "meeting"})  # kinds of one contact: a call follows a visit


def _alike(a: Contact, b: Contact) -> bool:
    """Are two headlines' slots comparable: one kind, or two kinds of contact?"""
    return bool(a and b and (a.kind == b.kind or (a.kind in CONTACTS and b.kind in CONTACTS)))


def contacts_conflict(a: Contact, b: Contact) -> bool:
    """Do two headlines report two contacts or two weddings?  Counterparts are compared when both
    name one; hosts when neither does."""
    if not _alike(a, b):
        return False
    if a.counterparts and b.counterparts:
        return _differ(a.counterparts, b.counterparts, a, b)
    if not a.counterparts and not b.counterparts:
        return _differ(a.hosts, b.hosts, a, b)
    return False


ACTS = {"cable": "message", "call": "talk", "meeting": "talk"}  # a cable is written; a call and a visit talk


def contacts_agree(a: Contact, b: Contact) -> bool:
    """Do two headlines report one act (two cables, or a call and a visit: not a cable and a visit, which are two
    acts of one occasion) and fill a slot in common (so that agreeing on it says they report one event)?"""
    return bool(a and b and ACTS.get(a.kind, a.kind) == ACTS.get(b.kind, b.kind)
                and ((a.counterparts and b.counterparts) or (not a.counterparts and not b.counterparts
                                                             and a.hosts and b.hosts)))


def contacts_vouch(a: Contact, b: Contact) -> bool:
    """Does a member ``b`` say, by its slots, that it reports ``a``'s event: one act with the same slot
    filled the same way, or, for ``a`` with no slot, a contact whose counterpart ``a`` names?  Only such a
    member's story may take an article that the slots turned away from the story it matched best."""
    if a:
        return contacts_agree(a, b) and not contacts_conflict(a, b)
    return b.kind in CONTACTS and any(v in a.named for v in b.counterparts)


def unnamed_contact(a: Contact, b: Contact) -> bool:
    """Does ``b`` report a contact with a counterpart that ``a``, a headline with no slot, never names in its
    headline or lead?  Then ``b`` says nothing of ``a``'s story: a statement of the king and the Egyptian
    president is the Egyptian visit's, not the French call's."""
    return (not a and b.kind in CONTACTS and bool(b.counterparts) and bool(a.named)
            and all(v not in a.named for v in b.counterparts))
