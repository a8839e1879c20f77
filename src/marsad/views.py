"""One data function per view: the CLI, the JSON API and the HTML pages all render these dicts."""

from __future__ import annotations

import re
from typing import Any

from marsad.errors import NotFoundError
from marsad.models import to_dict
from marsad.store import Store


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with its metadata, provenance and annotations grouped by layer (each with its text)."""
    article = store.get_article(article_id)
    if article is None:
        return None
    layers: dict[str, list[dict[str, Any]]] = {}
    for span in store.spans(article.id):
        d = to_dict(span)
        d["text"] = article.text[span.start:span.end]
        layers.setdefault(span.kind, []).append(d)
    return {"article": to_dict(article), "annotations": layers}


def no_article(key: str, store: Store | None = None) -> NotFoundError:
    """The error for an article id that names none (`marsad show`, `quotes --article`; the API's 404): with
    ``store``, a prefix of several ids says so, and names them."""
    return _not_found("article", key, ids_starting("article", store, key), "marsad articles")


def no_story(key: str, store: Store | None = None) -> NotFoundError:
    """The error for a story id that names none (`marsad story`, `quotes --story`; the API's 404); with ``store``,
    as ``no_article``."""
    return _not_found("story", key, ids_starting("story", store, key), "marsad stories")


def no_treaty(key: str, store: Store | None = None) -> NotFoundError:
    """The error for a treaty id that names none (`marsad treaty`; the API's 404); with ``store``, as
    ``no_article``."""
    return _not_found("treaty", key, ids_starting("treaty", store, key), "marsad treaties --all")


SHOWN_IDS = 5  # the ids an error names when the start of an id given is the start of several


def ids_starting(kind: str, store: Store | None, key: str) -> list[str]:
    """The ids of ``kind`` ("article", "story", "treaty") that start with ``key``, at most ``SHOWN_IDS`` + 1 (more
    than shown: "…"); none for a key under 4 characters (no prefix names an id) or without a store."""
    if store is None or len(key) < 4:
        return []
    if kind == "treaty":
        from marsad.nlp.events.treaty_life import treaty_ids_with_prefix

        return treaty_ids_with_prefix(store, key)[:SHOWN_IDS + 1]
    find = store.article_ids_with_prefix if kind == "article" else store.story_ids_with_prefix
    return find(key, limit=SHOWN_IDS + 1)


def _not_found(kind: str, key: str, sharing: list[str], listing: str) -> NotFoundError:
    """«no story 's-481c'» said of the start of two stories' ids sent the user looking for an id that was there."""
    if len(sharing) > 1:
        shown = ", ".join(sharing[:SHOWN_IDS]) + (" …" if len(sharing) > SHOWN_IDS else "")
        return NotFoundError(f"{key!r} is the start of more than one {kind} id ({shown}): give more of its "
                             "characters")
    return NotFoundError(f"no {kind} {key!r}: give its id, or the first 4 or more characters of one id and of no "
                         f"other (see `{listing}`)")


def stored_outlet_key(store: Store, outlet: str) -> str:
    """The key an outlet filter stands for as stored ("عكاظ" → ``okaz``), the same for the CLI and the API.

    Raises:
        NotFoundError: no stored article is from it (a filter typed wrong must not list nothing as if the outlet
            had published nothing); the message names the nearest outlets stored, else those stored.
    """
    from difflib import get_close_matches

    from marsad.arabic.normalize import fold_for_search
    from marsad.errors import NotFoundError
    from marsad.outlets import canonical, display_name

    key = canonical(outlet) or outlet
    if store.list_articles(limit=1, outlet=key):
        return key

    def folded(name: str) -> str:
        return " ".join(fold_for_search(name).lower().split())

    stored = {display_name(k): k for k in store.top_outlets(500)}
    names = {folded(n): stored.get(n, n) for n in [*stored.values(), *stored]}  # folded name → stored key
    if folded(outlet) in names:  # spelt another way: «صحيفة الافق» for «صحيفة الأفق»
        return names[folded(outlet)]
    near = list(dict.fromkeys(display_name(names[n]) for n in get_close_matches(folded(outlet), names, n=5,
                                                                                cutoff=0.6)))
    if near:
        hint = "did you mean " + ", ".join(near) + "?"
    elif stored:
        shown = list(stored)[:10]
        hint = "the outlets stored are " + ", ".join(shown) + (" …" if len(stored) > len(shown) else "")
    else:
        hint = "no article is stored yet"
    lists = " (`marsad stats` and /api/stats list them)" if stored else ""
    raise NotFoundError(f"no articles from outlet {outlet!r}; {hint}{lists}")


def entity_terms(store: Store, query: str) -> list[str]:
    """Other spellings of the entity a query names (knowledge base and user entities), so a search finds them too."""
    from marsad.nlp.entity_queries import kb_with_user_entities
    from marsad.nlp.linking import entity_search_terms

    return [t for t in entity_search_terms(query, kb=kb_with_user_entities(store)) if t != query]


_LONG_VOWELS = "يو"
# A name's article-taking share above which a word is a common noun or adjective («الحكومية»), not a name
NAME_ARTICLE_SHARE = 0.1


def _name_like(word: str) -> bool:
    """Is a folded word a name rather than a common word: the news writes it without the article at least ten
    times as often as with it («انجرليك», «سوروتش»; not «حكومية», «سرية»)?"""
    from marsad.arabic.lexicon import default_lexicon

    lex = default_lexicon()
    return not word.startswith("ال") and lex.freq("ال" + word) <= NAME_ARTICLE_SHARE * lex.freq(word)


def spelling_terms(store: Store, query: str) -> list[str]:
    """Other spellings of a transliterated name in the query, with a long vowel more or less inside it
    («انجيرليك» and «إنجرليك», «داوود» and «داود»), that reports in the store use: a foreign name has no one
    Arabic spelling, and the outlets' differ most often by such a vowel.  Only for a word of five letters or
    more that is a name (:func:`_name_like`), and only spellings that are names too and that some report has."""
    from marsad.arabic.normalize import fold_for_search

    words = re.findall(r"\w+", fold_for_search(query))
    if len(words) != 1:  # (a phrase's words are matched apart by the index: a variant term would widen it)
        return []
    w = words[0]
    if len(w) < 5 or not w.isalpha() or not _name_like(w):
        return []
    variants = {w[:i] + w[i + 1:] for i in range(2, len(w) - 1) if w[i] in _LONG_VOWELS}
    variants |= {w[:i] + v + w[i:] for i in range(2, len(w) - 1) for v in _LONG_VOWELS
                 if w[i - 1] not in _LONG_VOWELS + "ا" and w[i] not in _LONG_VOWELS + "ا"}
    variants.discard(w)
    return sorted(v for v in variants if _name_like(v) and store.search(v, limit=1))


def snippet(text: str, words: list[str], *, width: int = 90, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of the ORIGINAL text around the first match of any normalised word, matches marked."""
    from marsad.arabic.normalize import fold_for_search_with_offsets

    folded, offsets = fold_for_search_with_offsets(text)
    wanted = set(words) | {_bare(w) for w in words}
    spans = []
    # a whole word, or one whose bare form behind clitics is wanted — what the index matched (the query
    # في finds the word في, not every word that holds the letters: خلفية, وفيات)
    for m in re.finditer(r"\w+", folded):
        if m.group() in wanted or _bare(m.group()) in wanted:
            spans.append((offsets[m.start()], offsets[m.end()]))
    if not spans:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - width // 2)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo else "") + "".join(out).replace("\n", " ") + ("…" if hi < len(text) else "")


def _bare(word: str) -> str:
    """A folded word without its proclitics and article, as the search index keeps it (itself when it has none)."""
    from marsad.store.common import index_stem

    return index_stem(word) or word


def search_view(store: Store, query: str, *, limit: int = 20, outlet: str | None = None,
                expand_entities: bool = True, mark: tuple[str, str] = ("[", "]")) -> dict[str, Any]:
    """Ranked search results with snippets; a query naming an entity also finds its other spellings."""
    from marsad.outlets import canonical

    terms = entity_terms(store, query) if expand_entities else []
    if expand_entities:
        terms += [t for t in spelling_terms(store, query) if t not in terms]
    # an outlet by any of its names ("الشرق الأوسط", "aawsat"), as `articles --outlet` takes it
    results = store.search(query, limit=limit, terms=terms, outlet=canonical(outlet) if outlet else None)
    from marsad.arabic.normalize import fold_for_search
    from marsad.store.common import seat_spellings

    words = [s for t in [query, *terms] for w in re.findall(r"\w+", fold_for_search(t)) if len(w) > 1
             for s in seat_spellings(w)]
    for r in results:
        article = store.get_article(r["id"])
        if article is not None:
            r["snippet"] = snippet(article.text, words, mark=mark)
    return {"query": query, "also_searched": terms, "results": results}
