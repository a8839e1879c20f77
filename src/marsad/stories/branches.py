"""Whose regional branch a headline reports: one institution's offices in two places are two actors.

The education offices of five governorates each call their new teachers to interviews in the same week; the
border guards of three regions each rescue swimmers; the agency writes each announcement in the same words.  The
reports share the institution, the vocabulary, the days and often the places their leads list, so every pair
feature says "one event" — but their headlines name the office by its place: "تعليم عسير", "تعليم بيشة",
"حرس حدود تبوك".  A word followed directly (in construct, no preposition or clitic on the place) by a place of the
home country names a branch: the word is the institution, the place says which of its offices acts.  Two
headlines naming a branch of one institution, each in a place the other headline never names, report two
branches' news (:func:`branches_conflict`); a story most of whose compared members report other offices of the
article's institution is not joined (``grouping.GroupOptions.branch_slots``), while a national story told office
by office beside its national reports (an election's preparations, a campaign's counts) still is.

Places are the knowledge base's towns and provinces found in the headline, and the places the article's own
entity layer found in its text (a governorate the knowledge base lacks) when the headline writes their name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from marsad.arabic.normalize import fold_for_search
from marsad.stories.contacts import HOME
from marsad.stories.features import country_of, headline_matches, prefix_stripper

Branches = tuple[frozenset[str], frozenset[str]]  # (the headline's branches "head|place", the headline's places)

TOKEN_RE = re.compile(r"[^\W\d_]+|[^\w\s]")
# Words that stand between an institution and its place ("أمير منطقة الرياض", "تعليم محافظة بيشة"): the institution
# is the word before them
PLACE_TYPE = frozenset("منطقه محافظه مدينه مركز قريه بلده حي اماره وادي".split())
# Words that cannot be an institution: prepositions, conjunctions, demonstratives, verbs of place and time (folded)
NOT_HEAD = frozenset("""
في علي من الي عن مع خلال بعد قبل منذ حتي او ثم الذي التي يوم امس اليوم غدا عبر نحو لدي بين داخل خارج شمال جنوب
شرق غرب وسط انحاء ارجاء كل جميع بعض هذه هذا تلك ذلك اهالي سكان اهل شواطئ سماء اجواء امطار
""".split())
MIN_HEAD = 3  # letters of an institution's word

_bare = prefix_stripper(("وال", "ال", "و"))


def branch_slot(title: str, loc_names: Iterable[str] = (), abroad: bool = False) -> Branches:
    """(the branches a headline names, each ``head|place``; the places it names) — "تعليم عسير يدعو ..." →
    ({"تعليم|loc:asir"}, {"loc:asir"}).  ``loc_names``: names of places the article's entity layer found (its own
    governorates the knowledge base lacks), sought in the headline as written, unless the article reports from
    abroad (``abroad``: its headline or lead names a town of another country).  Only the outlets' own country
    (``contacts.HOME``) is read: abroad, a developing story roams (a bombing's town, the capital that answers it),
    as for ``pairs.places_conflict``."""
    return _branches(title, () if abroad else tuple(sorted(set(loc_names))))


@lru_cache(maxsize=100_000)
def _branches(title: str, loc_names: tuple[str, ...]) -> Branches:
    folded = fold_for_search(title)
    matches = [m for m in headline_matches(title) if m.kind == "name" and m.ids and m.ids[0].startswith("loc:")]
    if any(m.ids[0] not in HOME and country_of(m.ids[0]) not in HOME for m in matches):
        return frozenset(), frozenset()  # (another country or its town: news from abroad)
    places = [(m.start, m.end, m.ids[0]) for m in matches if m.ids[0] not in HOME]
    for name in loc_names:
        words = fold_for_search(name).split()
        if words and words[0][:1] in "بل" and (words[0][1:] in PLACE_TYPE or words[0][1:3] == "ال"):
            words[0] = words[0][1:]  # ("بالمخواة", "بوادي الدواسر": the entity layer keeps the clitic)
        while len(words) > 1 and words[0] in PLACE_TYPE:
            words = words[1:]  # ("وادي الدواسر" is written "الدواسر" too)
        n = " ".join(words)
        if len(n) < 3:
            continue
        for hit in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", folded):
            if not any(s <= hit.start() < e for s, e, _ in places):
                places.append((hit.start(), hit.end(), "n:" + _bare(n)))
    if not places:
        return frozenset(), frozenset()
    tokens = [(t.start(), t.group()) for t in TOKEN_RE.finditer(folded)]
    out = set()
    for ps, _, key in places:
        i = next((i for i, (s, _) in enumerate(tokens) if s == ps or (s < ps and tokens[i][1].startswith("ال")
                                                                          and s + 2 == ps)), None)
        if i is None:
            continue  # the place is written with a clitic (بعسير، لتبوك): where something happens, not whose office
        j = i - 1
        while j >= 0 and (tokens[j][1] in PLACE_TYPE or _bare(tokens[j][1]) in PLACE_TYPE):
            j -= 1
        if j < 0:
            continue
        head = _bare(tokens[j][1])
        if not head[0].isalpha() or len(head) < MIN_HEAD or head in NOT_HEAD or tokens[j][1] in NOT_HEAD:
            continue
        out.add(f"{head}|{key}")
    return frozenset(out), frozenset(k for _, _, k in places)


def branches_conflict(a: Branches, b: Branches) -> bool | None:
    """Do two headlines name branches of one institution in two places, neither headline naming the other's
    place?  None when they name no branch of a common institution (nothing to compare)."""
    heads_a = {v.split("|")[0] for v in a[0]}
    heads_b = {v.split("|")[0] for v in b[0]}
    common = heads_a & heads_b
    if not common:
        return None
    for head in common:
        pa = {v.split("|")[1] for v in a[0] if v.startswith(head + "|")}
        pb = {v.split("|")[1] for v in b[0] if v.startswith(head + "|")}
        if pa & b[1] or pb & a[1]:
            return False  # one branch, or the other's place named: the two can be one event
    return True
