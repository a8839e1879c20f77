"""Places inside countries, each inside its parent: a small hierarchy of regions, governorates and towns.

The knowledge base knows where a town is on the map, not which province holds it: Abha and Asir are two places to
it, so a report of a bombing "in Abha" and one "in Asir" read as two places.  This hierarchy (package data,
``marsad/data/places.txt``: Saudi Arabia's regions and governorates, Yemen's governorates and the towns its war news
names, Egypt's governorates) says that Abha is in Asir and Khamis Mushait is too, but neither is in Jazan.

    >>> tree = load_places()
    >>> sorted(tree.find("أمطار غزيرة على أبها"))
    ['sa:asir:abha']
    >>> tree.related("sa:asir:abha", "sa:asir"), tree.related("sa:asir:abha", "sa:jazan")
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import fold_for_search
from marsad.errors import MarsadError

# Words before a name that make it a place even when the name is also a common word («محافظة حجة», «مدينة بدر»)
QUALIFIERS = frozenset("محافظه مدينه منطقه مركز بلده قريه مديريه محافظات".split())
# Words before a name that make it something other than where an event is: the canal, a gulf, a declaration or an
# agreement named after a city, a newspaper, bank, club or team of it, the road to it, Casablanca («الدار البيضاء»)
NOT_PLACE_BEFORE = frozenset("""
قناه خليج اعلان بيان اتفاق اتفاقيه اتفاقيات ميثاق مؤتمر صحيفه جريده بنك مصرف نادي فريق منتخب طريق الدار
""".split())
# Words before an adjective-like name («الشرقية», marked "~") that make it a region: «في», and a region's offices and
# shores («حرس حدود الشرقية», «أمير الشرقية», «شواطئ الشرقية»); «الغوطة الشرقية» and «أوروبا الشرقية» stay adjectives
LOOSE_BEFORE = frozenset("""
في حدود امير اماره امانه شرطه شواطي شواطئ سواحل تعليم صحه مرور مدني بلديات اهالي غرفه
""".split())
PREFIXES = ("وبال", "ولل", "وال", "بال", "فال", "لل", "وب", "ول", "و", "ب", "ل", "ف")
_WORD = re.compile(r"[^\W\d_]+")


class PlacesError(MarsadError):
    """The place list is malformed (a line without four fields, a parent listed nowhere)."""


@dataclass(frozen=True, slots=True)
class Place:
    """One place: its key, the key of the place it lies in (None for a country), its kind and its country's key."""

    key: str
    parent: str | None
    kind: str
    country: str


def proclitic_forms(word: str) -> list[str]:
    """A folded word as written and without a proclitic (بأبها → ابها, وبالرياض → الرياض, لجدة → جده; بالضالع →
    ضالع and الضالع)."""
    out = [word]
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            out.append(rest)
            if p.endswith("ال") or p.endswith("لل"):
                out.append("ال" + rest)
    return out


class PlaceTree:
    """The places of the list, their names and which lies inside which."""

    def __init__(self, places: dict[str, Place], names: dict[str, frozenset[str]],
                 qualified: frozenset[str], loose: frozenset[str] = frozenset()) -> None:
        self.places = places
        self.names = names  # folded name (words joined by a space) → the keys of the places it names
        self.qualified = qualified  # names that count only after a word for a place (QUALIFIERS)
        self.loose = loose  # names that count after a place word, «في», a proclitic «ب»/«ل» or an office (LOOSE_BEFORE)
        self.longest = max((name.count(" ") + 1 for name in names), default=1)  # words in the longest name
        self._up: dict[str, tuple[str, ...]] = {k: self._chain(k) for k in places}
        # The first words of the names, and whether a name may start at a word (one of its forms, as written or
        # without a proclitic, is such a first word), kept per word: most words start none, and ``find`` passes
        # them over without trying every length of name at them
        self._firsts = frozenset(name.split(" ")[0] for name in names)
        self._may_start: dict[str, bool] = {}

    def _chain(self, key: str) -> tuple[str, ...]:
        out = [key]
        while (parent := self.places[out[-1]].parent) is not None:
            out.append(parent)
        return tuple(out)

    def ancestors(self, key: str) -> tuple[str, ...]:
        """The place and every place it lies in, up to its country: sa:asir:abha → (sa:asir:abha, sa:asir, sa)."""
        return self._up[key]

    def country(self, key: str) -> str:
        """The key of the country a place lies in."""
        return self.places[key].country

    def related(self, a: str, b: str) -> bool:
        """Does one of two places contain the other (or are they one)?"""
        return a in self._up[b] or b in self._up[a]

    def find(self, text: str) -> frozenset[str]:
        """The keys of the places a text names (not countries), the longest name first: «خميس مشيط» is the
        governorate, not a Thursday; «قناة السويس» names no place."""
        words = _WORD.findall(fold_for_search(text))
        out: set[str] = set()
        may, firsts = self._may_start, self._firsts
        if len(may) > 200_000:  # bound the memory on endless streams
            may.clear()
        i = 0
        while i < len(words):
            start = may.get(words[i])
            if start is None:
                start = may[words[i]] = not firsts.isdisjoint(proclitic_forms(words[i]))
            # (at a word no name starts with, ``_match`` finds nothing: the next word is tried)
            used = self._match(words, i, out) if start else 0
            i += used or 1
        return frozenset(out)

    def _match(self, words: list[str], i: int, out: set[str]) -> int:
        """Add the places named at word ``i`` to ``out``; returns the words the name used (0: none)."""
        before = proclitic_forms(words[i - 1]) if i else []
        if any(b in NOT_PLACE_BEFORE for b in before):
            return 0
        for n in range(min(self.longest, len(words) - i), 0, -1):
            rest = " ".join(words[i + 1:i + n])
            for form in proclitic_forms(words[i]):
                name = form + (" " + rest if rest else "")
                keys = self.names.get(name)
                if keys is None:
                    continue
                if name in self.qualified and not any(b in QUALIFIERS for b in before):
                    continue
                if name in self.loose and not (any(b in QUALIFIERS or b in LOOSE_BEFORE for b in before)
                                               or (form != words[i] and words[i].startswith(("ب", "ل", "وب", "ول")))):
                    continue
                out.update(keys)
                return n
        return 0


def parse_places(text: str) -> PlaceTree:
    """A tree from the lines of a place list (see ``marsad/data/places.txt`` for the format)."""
    places: dict[str, tuple[str | None, str]] = {}
    names: dict[str, set[str]] = {}
    qualified: set[str] = set()
    loose: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise PlacesError(f"places line {n}: key, parent, kind and names separated by tabs, not {line!r}")
        key, parent, kind, written = fields
        places[key] = (None if parent == "-" else parent, kind)
        if kind == "country":
            continue  # (a country is who reacts as often as where: its names are not sought)
        for name in written.split("|"):
            bare = name.rstrip("!~").strip()
            folded = " ".join(fold_for_search(bare).split())
            names.setdefault(folded, set()).add(key)
            if name.endswith("!"):
                qualified.add(folded)
            elif name.endswith("~"):
                loose.add(folded)
    out: dict[str, Place] = {}
    for key, (parent, kind) in places.items():
        chain, k = [key], parent
        while k is not None:
            if k not in places:
                raise PlacesError(f"place {key}: its parent {k} is not listed; add a line for it")
            chain.append(k)
            k = places[k][0]
        out[key] = Place(key, parent, kind, chain[-1])
    return PlaceTree(out, {k: frozenset(v) for k, v in names.items()}, frozenset(qualified), frozenset(loose))


@lru_cache(maxsize=1)
def load_places() -> PlaceTree:
    """The shipped hierarchy (``marsad/data/places.txt``), read once."""
    return parse_places(resources.files("marsad.data").joinpath("places.txt").read_text(encoding="utf-8"))
