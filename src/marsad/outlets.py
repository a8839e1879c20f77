"""The outlet registry: what readers call an outlet (Arabic and English names), from a slug, a name or a web address.

Sources name their outlet in many ways — a corpus slug (``aawsat``), a masthead ("صحيفة الشرق الأوسط"), a host
(``www.aawsat.com``).  Extraction stores the registry key when it recognises one, so one outlet is one value in the
store; every view shows ``display_name(key)``.  Unknown outlets pass through unchanged, and their display name is
what the source said.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.arabic.normalize import fold_for_search


@dataclass(frozen=True, slots=True)
class Outlet:
    key: str
    name_ar: str
    name_en: str
    domains: tuple[str, ...]  # "host" or "host/path-prefix"
    aliases: tuple[str, ...]
    country: str
    kind: str  # newspaper, agency, broadcaster, online

    def name(self, lang: str = "ar") -> str:
        return self.name_en if lang == "en" else self.name_ar


@dataclass(frozen=True, slots=True)
class _Registry:
    by_key: dict[str, Outlet]
    by_name: dict[str, Outlet]  # folded names and aliases (Arabic folded, Latin lower-cased)
    by_host: dict[str, list[tuple[str, Outlet]]]  # host → [(path prefix, outlet)], longest prefix first


# What an outlet is called before its name ("صحيفة الغارديان", "وكالة «رويترز»"), each with the kinds of outlet it
# fits: «قناة الرياض» is no name of the newspaper Al-Riyadh, «صحيفة الرياض» is; every outlet has a site, so «موقع»
# fits any
_KIND_FITS = {"صحيفة": ("newspaper", "online"), "جريدة": ("newspaper", "online"), "وكالة": ("agency",),
              "مجلة": ("magazine",), "شبكة": ("broadcaster", "online", "agency"), "قناة": ("broadcaster",),
              "موقع": (), "إذاعة": ("broadcaster",), "تلفزيون": ("broadcaster",), "محطة": ("broadcaster",)}
# The one list of those words, read by the registry (a name looked up without it), the quote finder (a name in
# quotation marks after one is no quotation) and the extractor (an outlet cited in the prose, a byline naming one)
KIND_WORDS = tuple(_KIND_FITS)
_KIND_WORDS = {fold_for_search(a + w): frozenset(kinds) for w, kinds in _KIND_FITS.items() for a in ("", "ال")}
_KNOWN_KINDS = frozenset().union(*_KIND_WORDS.values())  # an outlet of another kind (or none) fits any word


def _name_key(name: str) -> str:
    return " ".join(fold_for_search(name).lower().split())


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    text = resources.files("marsad.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    by_key: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    by_host: dict[str, list[tuple[str, Outlet]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        key, name_ar, name_en, domains, aliases, country, kind = line.split("\t")
        outlet = Outlet(key, name_ar, name_en, tuple(d for d in domains.split("|") if d),
                        tuple(a for a in aliases.split("|") if a), country, kind)
        by_key[key] = outlet
        for name in (key, name_ar, name_en, *outlet.aliases):
            by_name.setdefault(_name_key(name), outlet)  # the first outlet to claim a name keeps it
        for domain in outlet.domains:
            host, _, prefix = domain.partition("/")
            by_host.setdefault(host, []).append(("/" + prefix if prefix else "", outlet))
    for entries in by_host.values():
        entries.sort(key=lambda e: -len(e[0]))
    return _Registry(by_key, by_name, by_host)


def _split_url(url: str) -> tuple[str, str]:
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].lower().removeprefix("www.")
    return host, "/" + path


def by_url(url: str | None) -> Outlet | None:
    """The outlet a web address belongs to (its host or a parent domain, and a path prefix such as /arabic)."""
    if not url or "://" not in url:
        return None
    host, path = _split_url(url)
    reg = _registry()
    parts = host.split(".")
    for i in range(len(parts) - 1):  # news.example.com → example.com
        for prefix, outlet in reg.by_host.get(".".join(parts[i:]), ()):
            if not prefix or path == prefix or path.startswith(prefix + "/"):
                return outlet
    return None


def lookup(name: str | None) -> Outlet | None:
    """The outlet a key, slug, name or alias refers to ("aawsat", "صحيفة الشرق الأوسط", "Asharq Al-Awsat")."""
    if not name or not name.strip():
        return None
    reg = _registry()
    if name in reg.by_key:
        return reg.by_key[name]
    if "://" in name:
        return by_url(name)
    key = _name_key(name)
    found = reg.by_name.get(key)
    first, _, rest = key.partition(" ")
    if found is None and rest and first in _KIND_WORDS:  # "صحيفة الغارديان", "مجلة نيوزويك"
        found = reg.by_name.get(rest)
        fits = _KIND_WORDS[first]
        if found is not None and fits and found.kind in _KNOWN_KINDS and found.kind not in fits:
            return None  # "قناة الرياض" is a channel of that name, not the newspaper
    return found


def canonical(outlet: str | None, url: str | None = None) -> str | None:
    """What to store as an article's outlet: the registry key when the name or address is known, else the name."""
    found = lookup(outlet) or by_url(url)
    if found:
        return found.key
    return outlet or None


def stored_outlet(filters: dict[str, Any]) -> dict[str, Any]:
    """Article filters with the outlet as stored: any of its names ("عكاظ", "okaz") finds its articles."""
    if not filters.get("outlet"):
        return filters
    return {**filters, "outlet": canonical(filters["outlet"])}


def display_name(outlet: str | None, lang: str = "ar") -> str:
    """The name readers know an outlet by, in ``lang`` ("ar" or "en"); an unknown outlet shows as stored."""
    found = lookup(outlet)
    return found.name(lang) if found else (outlet or "")
