"""A ruler's title and a given name: «الملك فهد», «الأمير مقرن», «الأمير تميم» (actors47).

Kings and princes are named in the news by their title and their given name alone, the father's name left out
(«الملك فيصل» for Faisal bin Abdulaziz).  The tagger's span holds the given name (the linker strips the title),
which was a discovered one-word person on every day: «عبدالعزيز» of «الملك عبدالعزيز» (the founder).

The title before the name says which offices of the KB may hold it (the titles of ``kb/data/offices.yaml``):
«الملك»/«العاهل» a king, «الأمير» an emir, a crown prince or a deputy crown prince, «الشيخ» an emir.  The name goes
to the one KB person holding such an office, begun by the article's date, whose given name it is (the words of a
name before «بن», or the first word: «عبد العزيز» and «عبدالعزيز» alike).  Two such people (Abdullah of Saudi Arabia
and Abdullah II of Jordan for «الملك عبدالله»; two princes Mohammed for «الأمير محمد») leave it alone, as does a
name no KB ruler bears («الملك فاروق»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.nlp.coref import _SON_OF as _LINEAGE  # «بن», «ابن», «بنت»: the father's name follows
from marsad.nlp.kb.kb import KnowledgeBase, names_of
from marsad.nlp.translit import norm, norm_tokens

__all__ = ["OFFICES_OF_TITLE", "another_bearer", "given_name", "title_before", "titled_owner"]

# The title right before the name → the offices whose holders it names that way.
OFFICES_OF_TITLE = {
    norm("الملك"): ("king",),
    norm("العاهل"): ("king",),
    norm("الأمير"): ("emir", "crown_prince", "deputy_crown_prince"),
    norm("الشيخ"): ("emir",),
}
# Clitics a title may carry («والملك فيصل», «للأمير مقرن», «بالملك فهد»).
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")

_INDEX: list[tuple[KnowledgeBase, dict[tuple[str, str], tuple[tuple[str, str | None], ...]]]] = []


def given_name(words: Sequence[str]) -> str:
    """A name's given name, its words joined («عبد العزيز» → «عبدالعزيز»): before «بن», else the first word (two
    after «عبد»)."""
    if not words:
        return ""
    for k, w in enumerate(words):
        if w in _LINEAGE and k:
            return "".join(words[:k])
    return "".join(words[:2]) if words[0] == "عبد" and len(words) > 1 else words[0]


def _index(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[tuple[str, str | None], ...]]:
    """(office, given name) → the KB people holding the office, each with the date the office began for them."""
    if _INDEX and _INDEX[0][0] is kb:
        return _INDEX[0][1]
    offices = {o for os in OFFICES_OF_TITLE.values() for o in os}
    out: dict[tuple[str, str], dict[str, str | None]] = {}
    for e in kb.entities.values():
        if e.type != "PER":
            continue
        held = [r for r in e.roles if r.title in offices]
        if not held:
            continue
        givens = {given_name(list(norm_tokens(n))) for n in names_of(e) if not n.isascii()}
        for r in held:
            for g in givens - {""}:
                firsts = out.setdefault((r.title, g), {})
                start = r.start[:10] if r.start else None
                if e.id not in firsts or (start or "") < (firsts[e.id] or ""):
                    firsts[e.id] = start
    index = {k: tuple(sorted(v.items())) for k, v in out.items()}
    _INDEX[:] = [(kb, index)]
    return index


def title_before(text: str, start: int) -> str | None:
    """The normalised title right before ``start`` (its clitics set aside), when it is one of OFFICES_OF_TITLE."""
    # The last word of ``text[:start]`` less the spaces, brackets and quotation marks that end it (a quotation mark
    # or bracket may stand between; no more than three characters), read from ``start`` back: the article's whole
    # beginning copied and split for each name (a long article: some 5 ms) gave the same word.
    n = min(start, len(text))
    tail = text[max(0, n - 4):n]
    end = n - (len(tail) - len(tail.rstrip(" \t\u00a0(«\"")))
    if end < start - 3:
        return None
    while end > 0 and text[end - 1].isspace():  # (``str.split``'s whitespace)
        end -= 1
    first = end
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    w = norm(text[first:end])
    if w in OFFICES_OF_TITLE:
        return w
    if w.startswith("لل") and "ال" + w[2:] in OFFICES_OF_TITLE:  # («للأمير»: ل + الأمير)
        return "ال" + w[2:]
    for c in sorted(_CLITICS, key=len, reverse=True):
        if w.startswith(c) and w[len(c):] in OFFICES_OF_TITLE:
            return w[len(c):]
    return None


def titled_owner(kb: KnowledgeBase, title: str, words: Sequence[str], date: str | None) -> str | None:
    """The one KB person of an office ``title`` names whose given name ``words`` is, holding it by ``date``."""
    given = given_name(list(words))
    if not given or len(words) > 2 or (len(words) == 2 and words[0] != "عبد"):
        return None
    index = _index(kb)
    owners = set()
    for office in OFFICES_OF_TITLE.get(title, ()):
        for eid, start in index.get((office, given), ()):
            if date and start and start > date[:10]:
                continue
            owners.add(eid)
    return owners.pop() if len(owners) == 1 else None


def another_bearer(words: Sequence[str], owner: str, names: Sequence[tuple[str | None, Sequence[str]]]) -> bool:
    """Whether the article names in full, with his father's name, another man of the given name ``words`` than the
    KB's ``owner`` (``names``: each person name's entity id and normalised words): «الأمير سلطان» after «الأمير سلطان
    بن سلمان» is the latter (the tourism chief), not the late crown prince.  (A tagger's «الملك عبدالعزيز يرأس»
    names no other man.)"""
    given = given_name(list(words))
    return any(eid != owner and any(x in _LINEAGE for x in w[1:]) and given_name(list(w)) == given
               for eid, w in names)
