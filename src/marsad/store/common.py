"""What every backend shares: JSON encoding of stored objects, rows → objects, the search index fields."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Iterable, Mapping

from marsad.models import Article, Entity, Paragraph, Provenance, Role


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _fields(obj: Any) -> Any:
    """What JSON cannot encode by itself: a dataclass instance, as ``to_dict`` gives it (one level; JSON recurses)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


# Spans' data are plain dicts: encoding them straight, with dataclasses handled on the way, gives the text
# ``json.dumps(to_dict(obj))`` gives without first copying every dict and list in Python.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_fields).encode
# ... and the C encoder that ``encode`` makes anew at each call (with a dict of the containers it is in, to
# catch cycles, which stored values never have) made once and called straight: a day's spans, 108,000 values,
# 0.27 -> 0.17 s, the same texts.
_C_ENCODE = (json.encoder.c_make_encoder(None, _fields, json.encoder.encode_basestring, None, ":", ",",
                                         False, False, True)
             if json.encoder.c_make_encoder is not None else None)


def dumps(obj: Any) -> str:
    """Compact JSON of a stored object (dataclasses included), Arabic kept readable."""
    if _C_ENCODE is None:  # (a Python without the C accelerator)
        return _ENCODE(obj)
    return "".join(_C_ENCODE(obj, 0))


def span_rows(spans: Iterable[Any]) -> list[tuple]:
    """Each span as the store writes it: (kind, start, end, label, entity id, data as JSON)."""
    return [(s.kind, s.start, s.end, s.label, s.data.get("entity_id"), dumps(s.data)) for s in spans]


# The decoder's C scanner called straight: ``json.loads`` adds two regular-expression matches (leading and
# trailing whitespace) and three Python calls around it, as much again as decoding a span's small dict.
_SCAN = json.JSONDecoder().scan_once


def loads(text: str | None, default: Any = None) -> Any:
    """The value of stored JSON (``default`` for NULL or an empty string)."""
    if not text:
        return default
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:  # not a value at the very start (leading whitespace): json.loads says what
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


def fold(text: str) -> str:
    from marsad.arabic.normalize import fold_for_search

    return fold_for_search(text)


_CLITIC_WORD = re.compile(r"(?<!\w)[وفبلكا]\w{2,}")


def index_fields(title: str, text: str) -> tuple[str, str, str]:
    """What the full-text index holds for an article: folded title, folded body, de-cliticised words.

    Only words that may carry a proclitic or the article are analysed (the
    cached lexicon split), which keeps indexing far cheaper than a full tokenize.
    """
    body = fold(text)
    stems = [stem for word in set(_CLITIC_WORD.findall(body)) if (stem := index_stem(word))]
    return fold(title), body, " ".join(sorted(stems))


def index_stem(word: str) -> str | None:
    """The bare form the index keeps of a folded word behind its proclitics and article (وبالعاصمه → عاصمه);
    None when it keeps none (a word of under three letters, or one that starts with no proclitic)."""
    if len(word) < 3 or word[0] not in "وفبلكا":  # (``_CLITIC_WORD``)
        return None
    from marsad.arabic.clitics import split_clitics

    prefix, stem = split_clitics(word)
    return stem if prefix and stem else None


def query_groups(terms: Iterable[str]) -> list[list[set[str]]]:
    """A search query as groups of words, each word with its alternatives (the bare form behind clitics).

    Terms are OR-ed (aliases of one entity); the words of one term are AND-ed.
    A word that carries clitics or the article also matches its bare form, since
    the index keeps bare forms of such words (العاصمة finds وبالعاصمة).
    """
    from marsad.arabic.tokenize import tokenize

    groups = []
    for term in terms:
        words = []
        for tok in tokenize(term):
            w = fold(tok.text)
            if not re.fullmatch(r"\w+", w):
                continue
            words.append({s for a in ({w, tok.stem} if tok.prefix and tok.stem else {w}) for s in seat_spellings(a)})
        if words:
            groups.append(words)
    return groups


def seat_spellings(word: str) -> set[str]:
    """A folded word as written with either hamza seat, ؤ or ئ: «المسؤولين» and «المسئولين», «شؤون» and «شئون» are
    one word spelt two ways (some papers write every such hamza on ي), which the folded index keeps apart (its
    seats are kept: رئيس is no spelling of رييس). The seat swapped for the other rarely makes another word."""
    if "\u0624" not in word and "\u0626" not in word:
        return {word}
    return {word, word.replace("\u0624", "\u0626"), word.replace("\u0626", "\u0624")}


# Proclitics a name may carry in running text ("وأنصار الله", "للحوثيين"): conjunction, preposition, both.
_PHRASE_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


def phrase_variants(term: str) -> list[list[str]]:
    """An alias as phrases of folded words, its first word with and without the clitics it may carry.

    "أنصار الله" → [["انصار", "الله"], ["وانصار", "الله"], ...]; a word with the article also as "لل..."
    ("للحوثيين").  A one-word alias gives one phrase of one word.
    """
    words = [w for w in (fold(t) for t in term.split()) if re.fullmatch(r"\w+", w)]
    if not words:
        return []
    first, rest = words[0], words[1:]
    firsts = [p + first for p in _PHRASE_PREFIXES]
    if first.startswith("ال"):
        firsts += ["لل" + first[2:], "ولل" + first[2:], "فلل" + first[2:]]
    return [[f, *rest] for f in dict.fromkeys(firsts)]


def query_phrases(query: str) -> list[list[str]]:
    """The words of a query of two words or more as phrases (:func:`phrase_variants`: its first word also behind
    clitics), matched before the words found apart: «الأمم المتحدة» written together says more than «المملكة
    المتحدة» and «الأمم» a paragraph away.  None for one word."""
    variants = phrase_variants(query)
    return variants if variants and len(variants[0]) > 1 else []


def together_first(together: list[dict[str, Any]], rows: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Search results with the reports that have the query's words together (``together``, in their own rank order)
    before those that have them apart (the rest of ``rows``, in theirs), at most ``limit``."""
    seen = {r["id"] for r in together}
    return (together + [r for r in rows if r["id"] not in seen])[:limit]


def load_migrations(package: str) -> list[tuple[int, str, str]]:
    """Numbered migrations shipped in ``package``: (number, name, sql)."""
    out = []
    for entry in resources.files(package).iterdir():
        m = re.match(r"(\d+)_(.+)\.sql$", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


def statements(sql: str) -> list[str]:
    """Split a migration script into statements (our migrations hold no ';' or '--' inside strings)."""
    code = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in code.split(";") if s.strip()]


ARTICLE_COLUMNS = (
    "id, raw_id, idx, url, outlet, title, authors, published_at, date_precision, language, origin, "
    "text, paragraphs, provenance, captions, fetched_at"
)


def row_to_article(row: Mapping[str, Any]) -> Article:
    prov = json.loads(row["provenance"] or "{}")
    return Article(
        id=row["id"],
        raw_id=row["raw_id"],
        index=row["idx"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        authors=json.loads(row["authors"]),
        published_at=row["published_at"],
        date_precision=row["date_precision"],
        language=row["language"],
        origin=row["origin"],
        text=row["text"],
        paragraphs=[Paragraph(**p) for p in json.loads(row["paragraphs"])],
        provenance=Provenance(**prov),
        captions=json.loads(row["captions"]),
        fetched_at=row["fetched_at"],
    )


def article_params(a: Article) -> tuple[Any, ...]:
    """The values of ``ARTICLE_COLUMNS`` for an article."""
    return (a.id, a.raw_id, a.index, a.url, a.outlet, a.title, dumps(a.authors), a.published_at, a.date_precision,
            a.language, a.origin, a.text, dumps(a.paragraphs), dumps(a.provenance), dumps(a.captions), a.fetched_at)


def row_to_entity(row: Mapping[str, Any]) -> Entity:
    return Entity(
        id=row["id"],
        type=row["type"],
        name_ar=row["name_ar"],
        name_en=row["name_en"],
        aliases=loads(row["aliases"] or "[]"),
        roles=[Role(**r) for r in loads(row["roles"] or "[]")],
        data=loads(row["data"] or "{}"),
    )


def entity_params(e: Entity, source: str) -> tuple[Any, ...]:
    return (e.id, e.type, e.name_ar, e.name_en, dumps(e.aliases), dumps(e.roles), dumps(e.data), source)
