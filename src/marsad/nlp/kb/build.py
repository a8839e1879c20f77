"""Building the knowledge base from public facts (``marsad kb build``).

Sources, in order of authority:

1. ``data/people.yaml``, ``data/orgs.txt``, ``data/cities.txt``: facts written
   by the project (names, spellings, dated roles);
2. ``../shared/data/countries``: CLDR (via Babel) and i18n-iso-countries
   Arabic/English country names, plus ``data/countries_extra.yaml``;
3. ``../shared/data/petrarch_arabic/actor_dict_ar_v4.txt``: ~5,700 actors with
   CAMEO codes and dated roles.  Only people (a title-stripped key of two or
   more words with at least one known name word) and single places are kept;
   organisation keys there are lemmatised ("وزارة دفاع أميركي") and would not
   match running text.  English names for petrarch people come from the
   Wikidata English→Arabic name pairs read backwards, falling back to a rough
   romanisation.

The output is deterministic (sorted, gzip mtime 0), so rebuilding from the
same inputs gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import InputError
from marsad.models import Entity, Role, to_dict
from marsad.nlp.kb.kb import DATA_DIR, KB_PATH
from marsad.nlp.kb.petrarch import ORG_WORDS, parse_actor_dict, split_title
from marsad.nlp.translit import norm, norm_tokens, romanize, skeleton, slugify

TYPE_PREFIX = {"PER": "per", "LOC": "loc", "ORG": "org", "MISC": "misc"}


@dataclass(slots=True)
class BuildReport:
    """What a build produced."""

    path: str
    entities: int
    by_type: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    bytes: int = 0


def default_shared_dir() -> Path:
    """``../shared`` next to the repository checkout (``MARSAD_SHARED`` overrides)."""
    from marsad import settings

    return Path(settings.get("shared"))


def entity_id(type_: str, english: str) -> str:
    """Stable id from type and English name: ``per:vladimir-putin``."""
    return f"{TYPE_PREFIX[type_]}:{slugify(english)}"


class _Builder:
    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.entities: dict[str, Entity] = {}
        self.iso2_id: dict[str, str] = {}
        self.iso3_iso2: dict[str, str] = {}
        self.alias_owner: dict[str, str] = {}  # normalised name → entity id (first claimant)
        self.name_heads: set[str] = set()  # first words of multi-word names ("كوريا" of "كوريا الشمالية")
        self.by_last_word: dict[str, list[str]] = {}  # a person's names' last word → their ids

    # -- helpers ----------------------------------------------------------------------

    def add(self, e: Entity) -> Entity:
        if e.id in self.entities:
            raise InputError(f"duplicate knowledge-base id {e.id!r} ({e.name_en}); give the entries distinct English names")
        e.aliases = [a for a in dict.fromkeys(e.aliases) if a and a not in (e.name_ar, e.name_en)]
        self.entities[e.id] = e
        for n in [e.name_ar, *e.aliases]:
            toks = norm_tokens(n)
            self.alias_owner.setdefault(" ".join(toks), e.id)
            if len(toks) > 1:
                self.name_heads.add(toks[0])
            if e.type == "PER" and toks and e.id not in self.by_last_word.get(toks[-1], []):
                self.by_last_word.setdefault(toks[-1], []).append(e.id)
        return e

    def rename(self, eid: str, name_ar: str, name_en: str) -> str:
        """Give a petrarch person the fuller of two spellings it was listed under (its id follows the English)."""
        e = self.entities.pop(eid)
        e.aliases = [a for a in dict.fromkeys([e.name_ar, *e.aliases]) if a != name_ar]
        e.name_ar, e.name_en = name_ar, name_en
        new = entity_id("PER", name_en)
        e.id = new if new not in self.entities else eid
        self.entities[e.id] = e
        for k, v in self.alias_owner.items():
            if v == eid:
                self.alias_owner[k] = e.id
        for ids in self.by_last_word.values():
            ids[:] = [e.id if i == eid else i for i in ids]
        self.add(self.entities.pop(e.id))  # (indexes the new spelling)
        return e.id

    def same_person(self, name: list[str], roles: list[Role]) -> str | None:
        """A person already in the KB whom a petrarch key names another way, or None.

        The actor dictionary lists one person under several keys that differ by a middle name or by the
        spelling of the given name: «نوري المالكي», «نوري كامل المالكي» and «نور المالكي» are one Iraqi prime
        minister, «عمرو موسى» and «عمر موسى» one Egyptian, «ستيفن هادلي» and «ستيف هادلي» one American.  A key
        is such a person when the given names are one spelling (equal, or one the other plus a letter), the rest
        of the shorter name ends the longer (the words left out are middle names — no «بن X», which would be
        another generation, unless a family name follows), and the two hold offices of the same country at
        overlapping dates.
        """
        toks = norm_tokens(" ".join(name))
        if len(toks) < 2:
            return None
        for eid in self.by_last_word.get(toks[-1], []):
            e = self.entities[eid]
            if not any(_dated_overlap(r, s) for r in roles for s in e.roles):
                continue
            for n in [e.name_ar, *e.aliases]:
                other = norm_tokens(n)
                if len(other) >= 2 and _one_name(toks, other):
                    return eid
        return None

    def ref(self, of: str | None, where: str) -> str | None:
        if of is None:
            return None
        if ":" in of:
            return of
        if of in self.iso2_id:
            return self.iso2_id[of]
        raise InputError(f"{where}: unknown country code {of!r}")

    # -- sources ----------------------------------------------------------------------

    def countries(self) -> None:
        cdir = self.shared / "data" / "countries"
        try:
            cldr = json.loads((cdir / "cldr_babel_ar_names.json").read_text(encoding="utf-8"))["territories"]
            i18n_en = json.loads((cdir / "i18n-iso-countries_en.json").read_text(encoding="utf-8"))["countries"]
            i18n_ar = json.loads((cdir / "i18n-iso-countries_ar.json").read_text(encoding="utf-8"))["countries"]
        except (OSError, KeyError, ValueError) as exc:
            raise InputError(f"cannot read the country tables in {cdir}: {exc}") from exc
        extra = yaml.safe_load((DATA_DIR / "countries_extra.yaml").read_text(encoding="utf-8"))
        try:
            from babel.core import get_global

            for a3, a2s in get_global("territory_aliases").items():
                if len(a3) == 3 and a3.isalpha() and a2s and len(a2s[0]) == 2:
                    self.iso3_iso2.setdefault(a3, a2s[0])
        except ImportError:  # babel comes with trafilatura; without it petrarch roles lose their country
            pass
        codes = sorted(set(i18n_en) | {"XK"} & set(cldr))
        for iso in codes:
            en_names = i18n_en.get(iso) or []
            en_names = [en_names] if isinstance(en_names, str) else list(en_names)
            ar_names = i18n_ar.get(iso) or []
            ar_names = [ar_names] if isinstance(ar_names, str) else list(ar_names)
            c = cldr.get(iso, {})
            x = extra.get(iso) or {}
            # CLDR writes variants in brackets ("ميانمار (بورما)", "Myanmar (Burma)"): each is a name.
            cldr_ar, more_ar = _variants(c.get("ar") or "")
            cldr_en, more_en = _variants(c.get("en") or "")
            name_en = x.get("name_en") or cldr_en or en_names[-1]
            name_ar = x.get("name_ar") or cldr_ar or ar_names[0]
            aliases = [*ar_names, *([cldr_ar] if cldr_ar else []), *more_ar, *en_names, *more_en, *(x.get("aliases") or [])]
            iso3 = next((a3 for a3, a2 in self.iso3_iso2.items() if a2 == iso), None)
            data: dict[str, Any] = {"kind": "country", "iso": iso, "source": "cldr"}
            if iso3:
                data["iso3"] = iso3
            if x.get("adj"):
                data["adj"] = list(x["adj"])
            if x.get("weak"):  # names that are also common words: only with the country named otherwise too
                data["weak_aliases"] = {w: [entity_id("LOC", name_en)] for w in x["weak"]}
            e = self.add(Entity(id=entity_id("LOC", name_en), type="LOC", name_ar=name_ar, name_en=name_en, aliases=aliases, data=data))
            self.iso2_id[iso] = e.id

    def cities(self) -> None:
        for ln, line in enumerate((DATA_DIR / "cities.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + ["", ""]
            en, iso, ar, flags = cols[0].strip(), cols[1].strip(), cols[2], cols[3].strip()
            names = [a.strip() for a in ar.split("|") if a.strip()]
            if not en or not names:
                raise InputError(f"cities.txt line {ln}: need an English and an Arabic name")
            data: dict[str, Any] = {"kind": "city", "source": "facts"}
            weak: list[str] = []
            for flag in filter(None, flags.split(";")):
                if flag.startswith("weak="):
                    weak = flag[5:].split("|")
                elif flag == "capital":
                    data["capital"] = True
                else:
                    data["kind"] = flag
            if iso:
                data["country"] = self.ref(iso, f"cities.txt line {ln}")
            if weak:
                ctx = [data["country"]] if iso else []
                if iso in ("KR", "KP"):  # news about either Korea names the other's capital
                    ctx = [self.iso2_id["KR"], self.iso2_id["KP"]]
                data["weak_aliases"] = {w: ctx for w in weak}
            # The English name is an alias too ("Seoul" in Latin script).
            self.add(Entity(id=entity_id("LOC", en), type="LOC", name_ar=names[0], name_en=en, aliases=names[1:], data=data))

    def orgs(self) -> None:
        for ln, line in enumerate((DATA_DIR / "orgs.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + ["", "", ""]
            en, kind, ar, en_aliases, iso = (c.strip() for c in cols[:5])
            names = [a.strip() for a in ar.split("|") if a.strip()]
            if not en or not names:
                raise InputError(f"orgs.txt line {ln}: need an English and an Arabic name")
            data: dict[str, Any] = {"kind": kind or "organisation", "source": "facts"}
            if iso:
                data["country"] = self.ref(iso, f"orgs.txt line {ln}")
            aliases = names[1:] + [a.strip() for a in en_aliases.split("|") if a.strip()]
            self.add(Entity(id=entity_id("ORG", en), type="ORG", name_ar=names[0], name_en=en, aliases=aliases, data=data))

    def people(self) -> None:
        rows = yaml.safe_load((DATA_DIR / "people.yaml").read_text(encoding="utf-8"))
        for row in rows:
            where = f"people.yaml {row.get('en')!r}"
            if not row.get("en") or not row.get("ar"):
                raise InputError(f"{where}: need en and ar")
            roles = []
            for r in row.get("roles") or []:
                roles.append(
                    Role(
                        title=r["title"],
                        of=self.ref(r.get("of"), where),
                        start=_date(r.get("start")),
                        end=_date(r.get("end")),
                        title_ar=r.get("ar"),
                    )
                )
            aliases = [*(row.get("aliases") or []), *(row.get("short") or [])]
            data: dict[str, Any] = {"source": "facts"}
            if "partial" in row:
                data["partial"] = list(row["partial"] or [])
            self.add(Entity(id=entity_id("PER", row["en"]), type="PER", name_ar=row["ar"], name_en=row["en"], aliases=aliases, roles=roles, data=data))
        for e in self.entities.values():  # role targets must exist
            for r in e.roles:
                if r.of and r.of not in self.entities:
                    raise InputError(f"{e.id}: role {r.title!r} refers to unknown entity {r.of!r}")

    def office_holders(self) -> None:
        """``data/office_holders.tsv``: dated offices (heads of state and government, ministers); the people
        are created when the facts tables do not have them yet, and their Arabic spellings added."""
        for ln, line in enumerate((DATA_DIR / "office_holders.tsv").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                raise InputError(f"office_holders.tsv line {ln}: need 6 tab-separated columns, got {len(cols)}")
            office, of, start, end, en, ar = (c.strip() for c in cols)
            names = [a.strip() for a in ar.split("|") if a.strip()]
            where = f"office_holders.tsv line {ln}"
            role = Role(title=office, of=self.ref(of, where), start=start or None, end=end or None)
            if role.of not in self.entities:
                raise InputError(f"{where}: unknown country or organisation {of!r}")
            eid = entity_id("PER", en)
            e = self.entities.get(eid)
            if e is None:
                e = self.add(Entity(id=eid, type="PER", name_ar=names[0], name_en=en, aliases=names[1:],
                                    data={"source": "facts"}))
            else:
                for n in names:
                    if n != e.name_ar and n not in e.aliases:
                        e.aliases.append(n)
                        self.alias_owner.setdefault(" ".join(norm_tokens(n)), e.id)
            if not any(r.title == role.title and r.of == role.of and r.start == role.start for r in e.roles):
                e.roles.append(role)

    def petrarch(self) -> None:
        path = self.shared / "data" / "petrarch_arabic" / "actor_dict_ar_v4.txt"
        if not path.exists():
            raise InputError(f"petrarch actor dictionary not found at {path}")
        lex = _name_lexicon(self.shared)
        given = frozenset(lex["given"])
        name_words = lex["words"]
        en_of = lex["english"]
        for actor in parse_actor_dict(path):
            words = actor.words
            if not words or words[0] in ORG_WORDS:
                continue
            codes = [r.code for r in actor.roles if r.code]
            bare_country = codes and all(len(c) == 3 for c in codes)
            if len(words) == 1 and bare_country:
                self._petrarch_place(words[0], codes[0], lex["places"])
                continue
            if len(words) > 1 and bare_country:
                continue  # multi-word places ("جمهورية سري لانكا") duplicate the curated tables
            _, name = split_title(words, given)
            if not _looks_like_person(name, name_words, given, any(r.start for r in actor.roles)):
                continue
            key = " ".join(norm_tokens(" ".join(name)))
            roles = []
            for r in actor.roles:
                if not r.code:
                    continue
                country = self.iso2_id.get(self.iso3_iso2.get(r.code[:3], ""), None)
                sector = r.code[3:] if country else r.code  # IGO, GOV, MIL ... without a country
                roles.append(Role(title=(sector or "actor").lower(), of=country, start=r.start, end=r.end))
            owner = self.alias_owner.get(key) or self.same_person(name, roles)
            if owner and self.entities[owner].data.get("source") == "petrarch" and _fuller(name, self.entities[owner]):
                owner = self.rename(owner, " ".join(name), " ".join(_english_word(w, en_of) for w in name))
            if owner:  # already known (curated person or an earlier petrarch key): add the spelling only
                e = self.entities[owner]
                if e.type == "PER" and " ".join(name) not in e.aliases:
                    e.aliases.append(" ".join(name))
                if e.data.get("source") == "petrarch":
                    e.roles.extend(r for r in roles if r not in e.roles)
                continue
            english = " ".join(_english_word(w, en_of) for w in name)
            eid = entity_id("PER", english)
            n = 2
            while eid in self.entities:
                eid = f"{entity_id('PER', english)}-{n}"
                n += 1
            data = {"source": "petrarch", "cameo": sorted(set(codes))}
            self.add(Entity(id=eid, type="PER", name_ar=" ".join(name), name_en=english, roles=roles, data=data))

    def _petrarch_place(self, word: str, code: str, known_places: set[str]) -> None:
        w = norm(word)
        if (
            w not in known_places  # petrarch keys include lemmas of ordinary words (صورة)
            or len(w) < 3
            or w.endswith(("ي", "يه", "يين", "يون"))
            or w in self.alias_owner
            or w in self.name_heads
            or "ال" + w in self.alias_owner
            or (w[0] == "ل" and "ا" + w in self.alias_owner)
        ):
            return  # adjectives (سوري, بوسنية), known names, lemma or clitic forms (عراق, لرياض)
        country = self.iso2_id.get(self.iso3_iso2.get(code[:3], ""))
        if not country:
            return
        english = _capitalised(romanize(w))
        eid = entity_id("LOC", english)
        if eid in self.entities:
            return
        self.add(Entity(id=eid, type="LOC", name_ar=word, name_en=english, data={"kind": "place", "country": country, "source": "petrarch"}))


# Name particles: accepted inside a person's name although no name list has them.
_PARTICLES = frozenset(norm(w) for w in "بن ابن بنت عبد ال آل أبو ابو أم ام الله اللٰه الدين دين عبدالله عبدال".split())
# Words that make a key a place or a thing, whatever else it holds.
_NOT_PERSON = frozenset(
    norm(w)
    for w in """مدينة محافظة حي جمهورية مملكة دولة إمارة ولاية منطقة شارع ميدان ساحة كورنيش جزيرة نظام صناعة
    جهاز وسيلة إعلام تعليم عالي حرمان لدى وزارة مجلس رئيس وزير دكتور""".split()
)
_ENGLISH_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "عبد": "Abd", "ال": "al", "آل": "Al",
                      "ابو": "Abu", "الله": "Allah", "الدين": "al-Din", "دين": "Din"}


def _looks_like_person(name: list[str], words: set[str], given: frozenset[str], dated: bool) -> bool:
    """A petrarch key (title stripped) that reads as a person's name."""
    if not 2 <= len(name) <= 5:
        return False
    normed = [norm(w) for w in name]
    if any(w in _NOT_PERSON or w in ORG_WORDS for w in normed):
        return False
    if not all(w in words or w in _PARTICLES for w in normed):
        return False
    if sum(w not in _PARTICLES for w in normed) < 2:
        return False  # a bare given name ("عبد الله", "بن عبد العزيز")
    return dated or any(w in given for w in normed)


_LINEAGE = frozenset(norm(w) for w in "بن ابن بنت آل".split())


def _one_name(a: list[str], b: list[str]) -> bool:
    """Two normalised names of one person: one given name (or a spelling one letter longer), the shorter's other
    words ending the longer, and no lineage word («بن», «آل») among the words the shorter leaves out."""
    short, long_ = sorted((a, b), key=len)
    fa, fb = short[0], long_[0]
    if fa != fb and not (abs(len(fa) - len(fb)) == 1 and (fa.startswith(fb) or fb.startswith(fa))):
        return False
    rest = short[1:]
    if long_[len(long_) - len(rest):] != rest:
        return False
    if rest[0] == "ال" or rest[0].startswith("ال"):  # a family name: «تميم آل ثاني» is «تميم بن حمد آل ثاني»
        return True
    return not any(w in _LINEAGE for w in long_[1:len(long_) - len(rest)])


def _fuller(name: list[str], e: Entity) -> bool:
    """A key that spells a person's given name one letter longer («عمرو», «ستيفن», «نوري» for «عمر», «ستيف»,
    «نور»: the clipped forms are the misspellings); with more or fewer middle names the first key listed stays."""
    return len(norm_tokens(" ".join(name))[0]) > len(norm_tokens(e.name_ar)[0])


def _dated_overlap(a: Role, b: Role) -> bool:
    """Offices of one country whose dates overlap (an open end runs on)."""
    if not a.of or a.of != b.of:
        return False
    return (a.start or "0") < (b.end or "9") and (b.start or "0") < (a.end or "9")  # (one's end, the other's start:
    # a successor, «لي كه تشيانغ» and «لي تشيانغ»)


def _variants(name: str) -> tuple[str, list[str]]:
    """``"ميانمار (بورما)"`` → ``("ميانمار", ["بورما"])``; a name without brackets is its own."""
    import re

    inner = re.findall(r"\(([^()]+)\)", name)
    outer = re.sub(r"\s*\([^()]*\)\s*", " ", name).strip()
    return outer, [v.strip() for v in inner if v.strip()]


def _capitalised(word: str) -> str:
    """"ma'mar" → "Ma'mar", "al-assad" → "Al-Assad" (``str.title`` would give "Ma'Mar")."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _english_word(w: str, english: dict[str, str]) -> str:
    """English spelling of one Arabic name word."""
    w = norm(w)
    return _ENGLISH_PARTICLES.get(w) or english.get(w) or english.get("~" + skeleton(w)) or _capitalised(romanize(w))


def _date(v: Any) -> str | None:
    return None if v is None else str(v)


@lru_cache(maxsize=2)
def _name_lexicon(shared: Path) -> dict[str, Any]:
    """Known name words (to tell a petrarch person from a phrase) and Arabic→English name words."""
    names = shared / "data" / "names"
    words: set[str] = set()
    given: set[str] = set()
    english: dict[str, Counter] = {}
    wd = names / "wikidata_translit_en_ar"
    for f in sorted(wd.glob("wd_arabic*")):
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            ar = norm(parts[1].replace(" ", ""))
            words.add(ar)
            cnt = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
            english.setdefault(ar, Counter())[parts[0].strip()] += cnt
    for f in sorted((names / "arabic-names").glob("*.txt")) + [shared / "data" / "anergazet" / "ANERGazet_Pers.txt"]:
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                for w in norm_tokens(line):
                    if not w.isascii():
                        words.add(w)
                        if "Pers" not in f.name and "last" not in f.name.lower():
                            given.add(w)
    # An Arabic spelling is read as the English name most often written with it *or a spelling with the same
    # skeleton*: "ديفيد" is David (written "دايفيد" in most pairs), not the rare "Dawid" that shares its letters.
    by_skeleton: dict[str, Counter] = {}
    for ar, c in english.items():
        by_skeleton.setdefault(skeleton(ar), Counter()).update(c)
    best = {}
    for ar, c in english.items():
        pool = by_skeleton[skeleton(ar)]
        choice = max(c, key=lambda en: (pool[en], c[en], en))
        best[ar] = _capitalised(choice)
    places: set[str] = set()
    loc = shared / "data" / "anergazet" / "ANERGazet_Loc.txt"
    if loc.exists():
        places = {" ".join(norm_tokens(line)) for line in loc.read_text(encoding="utf-8").splitlines() if line.strip()}
    return {"words": words, "given": given, "english": best, "places": places}


def build_entities(shared: Path | None = None) -> list[Entity]:
    """All KB entities built from the project's facts tables and ``shared`` data, sorted by id."""
    shared = Path(shared) if shared else default_shared_dir()
    if not (shared / "data").is_dir():
        raise InputError(f"shared data directory not found at {shared}/data (set MARSAD_SHARED)")
    b = _Builder(shared)
    b.countries()
    b.cities()
    b.orgs()
    b.people()
    b.office_holders()
    b.petrarch()
    return [b.entities[k] for k in sorted(b.entities)]


def native_names(shared: Path) -> list[str]:
    """Normalised Arabic given names (from names/arabic-names): fuzzy matching leaves them alone."""
    return sorted(_name_lexicon(shared)["given"])


def write_kb(entities: list[Entity], out: Path, native: list[str] | None = None) -> int:
    """Write ``entities`` as a deterministic gzipped JSON file; returns its size in bytes."""
    payload = {"format": 1, "entities": [to_dict(e) for e in entities], "native_names": sorted(native or [])}
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return out.stat().st_size


def build_kb(shared: Path | None = None, out: Path | None = None) -> BuildReport:
    """Rebuild the KB file (default: the one shipped in the package) from ``shared``.

    Args:
        shared: the shared data directory (default ``../shared`` or ``$MARSAD_SHARED``).
        out: where to write (default ``marsad/nlp/kb/kb.json.gz``).

    Returns:
        A BuildReport with counts by type and source.
    """
    shared = Path(shared) if shared else default_shared_dir()
    entities = build_entities(shared)
    out = Path(out) if out else KB_PATH
    size = write_kb(entities, out, native_names(shared))
    from marsad.nlp.kb.kb import load_kb

    load_kb.cache_clear()
    return BuildReport(
        path=str(out),
        entities=len(entities),
        by_type=dict(sorted(Counter(e.type for e in entities).items())),
        by_source=dict(sorted(Counter(e.data.get("source", "?") for e in entities).items())),
        bytes=size,
    )
