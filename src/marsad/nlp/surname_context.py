"""A bare surname that the article never writes in full, read by the article's context (actors46).

Coreference (``marsad.nlp.coref``) gives «صالح» the entity of «علي عبدالله صالح» when the article writes the full
name; many articles never do and write «قوات المخلوع صالح» alone.  Such a word became a discovered one-word person,
one id for every article, so that Yemen's ex-president, an Iraqi minister's first name and «في صالح» (in favour of)
were one actor.

Here a one-word person the tagger found, left unresolved, goes to a knowledge-base person whose surname it is when
the article's other actors agree with that person's profile in the knowledge base:

* the surname: the last word of one of the person's names of two words or more, honorifics set aside, not after
  «بن» / «آل» / «أبو» (the father's or the family's name: «عبدالعزيز» of «سلمان بن عبدالعزيز» is no surname) and not
  the second half of «عبد …», and not an Arabic given name (the KB's list);
* the profile at the article's date: the countries of the person's roles begun by then (Barham Salih, Iraq's
  president from 2018, is no reading of a «صالح» in 2015) and the person's own country;
* the context: the countries of the article's actors linked to the KB (a country itself, a city's or an
  organisation's country, the countries of a person's roles).  The person's country must be the article's leading
  one (no other country has more mentions), named by two different actors or more («اليمن» and «الحوثيين»).

The word stays a discovered name when the context is silent, points elsewhere, when two KB people with that surname
both agree (unless one is a curated entry and the others the PETRARCH dictionary's of the same country: one person
twice, «نوري المالكي»), when the article writes another person's full name with that word («صالح المطلك»), or when
a given name the tagger left out stands just before it («جيب بوش» is not George W. Bush).  The decision reads the
article and the KB only: a re-run, a day's run and a rebuild give the same result.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from marsad.models import Entity
from marsad.nlp.coref import HONORIFICS
from marsad.nlp.kb.kb import SOURCE_RANK, KnowledgeBase, names_of
from marsad.nlp.translit import norm, norm_tokens

__all__ = ["MIN_AGREEING_ACTORS", "after_another_name", "context_countries", "kb_surnames", "person_countries",
           "surname_owner"]

# Different actors of the article that must share the person's country.
MIN_AGREEING_ACTORS = 2
# Words after which a name's next word is a father's or a family's, not a surname standing for the person.
# «عبد»: the word after it is the second half of one name («عبد العزيز»), no surname of its own.
_LINEAGE = frozenset({"بن", "ابن", "بنت", "ابنه", "ال", "آل", "ابو", "أبو", "ام", "أم", "عبد"})

_SURNAMES: list[tuple[KnowledgeBase, dict[str, tuple[str, ...]]]] = []


def _surname_index(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for e in kb.entities.values():
        if e.type != "PER":
            continue
        for n in names_of(e):
            if n.isascii():
                continue
            words = list(norm_tokens(n))
            while len(words) > 1 and words[0] in HONORIFICS:
                words = words[1:]
            if len(words) < 2 or words[-2] in _LINEAGE:
                continue
            w = words[-1]
            if len(w) < 3 or w in kb.native_names or w in HONORIFICS:
                continue
            if e.id not in out.setdefault(w, []):
                out[w].append(e.id)
    return {w: tuple(ids) for w, ids in out.items()}


def kb_surnames(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Normalised surname → the KB people it ends a name of (kept for the last KB asked)."""
    if not _SURNAMES or _SURNAMES[0][0] is not kb:
        _SURNAMES[:] = [(kb, _surname_index(kb))]
    return _SURNAMES[0][1]


def _country_of(kb: KnowledgeBase, entity_id: str | None) -> str | None:
    e = kb.entities.get(entity_id or "")
    if e is None:
        return None
    if e.type == "LOC" and e.data.get("kind") == "country":
        return e.id
    c = e.data.get("country")
    return c if isinstance(c, str) else None


def person_countries(kb: KnowledgeBase, e: Entity, date: str | None) -> set[str]:
    """The countries of a KB person at ``date``: of the roles begun by then, and the person's own."""
    out = set()
    for r in e.roles:
        if date and r.start and r.start[:10] > date:
            continue
        c = _country_of(kb, r.of)
        if c:
            out.add(c)
    own = e.data.get("country")
    if isinstance(own, str):
        out.add(own)
    return out


def context_countries(kb: KnowledgeBase, ids: Iterable[str | None], date: str | None) -> tuple[Counter, dict]:
    """Mentions per country among the article's KB actors, and the different actors behind each country."""
    mentions: Counter = Counter()
    actors: dict[str, set[str]] = {}
    for eid in ids:
        e = kb.entities.get(eid or "")
        if e is None:
            continue
        countries = person_countries(kb, e, date) if e.type == "PER" else {c for c in [_country_of(kb, e.id)] if c}
        for c in countries:
            mentions[c] += 1
            actors.setdefault(c, set()).add(e.id)
    return mentions, actors


_ARABIC_WORD = re.compile(r"([\u0621-\u064a\u0640\u064b-\u0652]+)\s+$")


def after_another_name(text: str, start: int, bare: str = "") -> bool:
    """The word just before ``text[start:]`` (a space apart) is a name the tagger left out («جيب» of «جيب بوش»,
    «نبوخذ» of «نبوخذ نصر»): a given name of the name lists that is no title or function word, or a word the
    corpus lexicon does not know.  The bare word then ends another person's name.  Or the bare word (``bare``,
    normalised) has the article and follows a definite word that is no title: an adjective, no name."""
    from marsad.arabic.lexicon import default_lexicon
    from marsad.nlp.ner.non_entities import is_non_entity

    m = _ARABIC_WORD.search(text, max(0, start - 40), start)
    if m is None or m.end() != start:
        return False
    word = norm(m.group(1))
    if bare.startswith("ال") and word.startswith(("ال", "وال", "بال", "لل")) and word not in HONORIFICS:
        return True  # a definite word after a definite noun is its adjective: «المذهب المالكي» (the Maliki school)
    lex = default_lexicon()

    def name_like(w: str) -> bool:
        return not (w in HONORIFICS or is_non_entity([w])) and (not lex.known(w) or w in lex.names)

    # (or one behind a conjunction: «وجيب بوش»)
    return name_like(word) or (word[0] in "وف" and len(word) >= 4 and word[1:] in lex.names and name_like(word[1:]))


def surname_owner(kb: KnowledgeBase, word: str, context_ids: Sequence[str | None], full_names: Iterable[Sequence[str]],
                  date: str | None) -> tuple[str, str] | None:
    """The KB person a bare one-word person name ``word`` (normalised) stands for in this article, with the
    country that agreed; None when the context does not single one out (see the module docstring).

    ``context_ids``: the entity ids of the article's other mentions (one per mention); ``full_names``: the
    normalised words of the article's person names of two words or more.
    """
    owners = kb_surnames(kb).get(word)
    if not owners:
        return None
    if any(word in words for words in full_names):
        return None  # another person's name written in full holds the word
    mentions, actors = context_countries(kb, [i for i in context_ids if i not in owners], date)
    if not mentions:
        return None
    top = max(mentions.values())
    agreeing = []
    for pid in owners:
        for c in sorted(person_countries(kb, kb.entities[pid], date)):
            if mentions[c] == top and len(actors[c]) >= MIN_AGREEING_ACTORS:
                agreeing.append((pid, c))
                break
    if len(agreeing) > 1:
        # one person twice in the KB (curated facts and the PETRARCH dictionary: «نوري المالكي»): the curated
        # entry, as for an alias two entities share
        rank = [SOURCE_RANK.get(str(kb.entities[pid].data.get("source")), 9) for pid, _c in agreeing]
        best = min(rank)
        if rank.count(best) == 1 and len({c for _p, c in agreeing}) == 1:
            agreeing = [agreeing[rank.index(best)]]
    if len(agreeing) != 1:
        return None
    return agreeing[0]
