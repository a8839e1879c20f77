"""Given names that are common words too, learnt from SaudiNewsNet (actors50).

Many Arabic given names are everyday words: «عادل» (just), «سعيد» (happy), «نبيل» (noble), «رائد» (pioneering),
«مبارك» (blessed), «نور» (light); and some written forms of a name are another word altogether: «على» (the
preposition on) folds to «علي» (Ali) when letters are matched loosely.  Arabic has no capital letter to tell
«حل عادل» (a just solution) from «عادل الجبير»; the tagger takes the word for a person now and then, and a bare
given name was an article's person of its own (``marsad.nlp.given_names``).

Which names are such words is learnt, not listed.  In the SaudiNewsNet days every token is counted, and for each
given name (the shared name lists and ``COMMON_GIVEN``, loosely folded) how often the corpus writes it in the forms
only a common word takes:

* with the article, and not right after a given name («العادل», «السعيد», «المبارك»; «سعود الفيصل» is a family
  name, not counted);
* with the feminine ending or a pronoun («عادلة», «سعيدة», «نبيلة»: the folding writes both ة and ه as ه).

A name whose common forms reach ``COMMON_SHARE`` of its own count (seen ``MIN_COUNT`` times or more) is a common
word as well: «عادل» 0.26, «سعيد» 0.60, «مبارك» 4.2, while «محمد», «عبدالله», «سلمان» are 0.00 and «خالد» 0.03.

Written forms are counted apart (diacritics and tatweel set aside, hamza seats and ى kept): a form whose share of
name contexts — a title before it, «بن» or another given name after it — is under ``WRITTEN_RATIO`` of the other
forms' of its folded word is another word written like the name («على»: 0.008 against 0.32 for «علي» as written).

Full names the news writes («عبدالملك الحوثي») are pairs of a given name and a word with the article written after it,
counted by the given name as written: a written form that is another word («على الحكومة», «أمام الجمهور») teaches
none.

``build_given_name_words`` (run by ``marsad train ner``) writes the names and forms found, with their counts, to
``data/given_name_words.json``; no running text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from marsad.nlp.translit import norm

__all__ = ["COMMON_SHARE", "DATA", "MIN_COUNT", "MIN_WRITTEN", "WRITTEN_RATIO", "build_given_name_words",
           "common_word_name", "is_other_word", "known_full_name", "written_form"]

DATA = Path(__file__).resolve().parent / "data" / "given_name_words.json"
MIN_COUNT = 30  # rarer names are too few to tell
# The common forms of a given name against its own count: names 0.00–0.05 («محمد», «خالد», «فهد»); everyday words
# 0.25 and more («عادل» 0.26, «نبيل» 0.87, «رائد» 6.2).  Between (0.1–0.2: «حسن» good, «صالح» fit, «هادي» calm) the
# word is mostly the name.
COMMON_SHARE = 0.25
MIN_WRITTEN = 100  # a written form seen less often is not told from its folded word
WRITTEN_RATIO = 0.25
MIN_PAIR = 3  # a given name and a family name written together this often are a full name the news knows
MIN_BEARERS = 2  # ... when that family name follows this many given names so
MIN_NAME_SHARE = 0.02  # ... and a given name in this share of its uses or more (chosen on 2015-07-27)
_TOKEN = re.compile("[\u0621-\u063a\u0640-\u0652\u0670-\u06d3A-Za-z0-9]+")  # (not the Arabic comma)
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # diacritics and tatweel


def written_form(word: str) -> str:
    """A word as written, for the written-form counts: diacritics and tatweel set aside, letters kept."""
    return _MARKS.sub("", word)


def _paragraphs(corpus_dir: Path, leave_out: Iterable[str]) -> Iterator[list[str]]:
    from marsad.nlp.ner.clusters import iter_texts

    for text in iter_texts(corpus_dir, leave_out):
        for para in text.split("\n"):
            toks = _TOKEN.findall(para)
            if toks:
                yield toks


def build_given_name_words(corpus_dir: Path, given: Iterable[str], out: Path = DATA,
                           leave_out: Iterable[str] = ()) -> dict[str, int]:
    """Count the SaudiNewsNet day zips of ``corpus_dir`` (but the days named in ``leave_out``, «2015-08-11») and
    write the given names that are common words and the written forms that are other words to ``out``.

    Returns:
        ``{"names": given names seen MIN_COUNT times or more, "common": those written, "written": forms written}``.
    """
    from marsad.nlp.coref import _NOT_SHORT_FORMS, _SON_OF, HONORIFICS

    names = frozenset(given)
    freq: Counter[str] = Counter()
    after_name: Counter[str] = Counter()  # words with the article right after a given name (family names)
    written: Counter[str] = Counter()
    in_name: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()  # (given name, word with the article right after it)
    # the same, by the given name as written: «على الحكومة» (the preposition on) is no «علي» before a family name
    after_form: Counter[tuple[str, str]] = Counter()
    pair_forms: Counter[tuple[str, str]] = Counter()
    folded: dict[str, str] = {}
    for toks in _paragraphs(corpus_dir, leave_out):
        words = [folded.get(t) or folded.setdefault(t, norm(t)) for t in toks]
        for i, w in enumerate(words):
            freq[w] += 1
            if i and w.startswith("ال"):
                g = words[i - 1]
                if g.startswith("ال") and i >= 2 and words[i - 2] == "عبد":
                    g = "عبد" + g  # («عبد الملك الحوثي»)
                g_form = written_form(toks[i - 1]) if g == words[i - 1] else ""  # (the given name as written)
                if g in names:
                    after_name[w] += 1
                    after_form[g_form, w] += 1
                k = i - 1 - (g != words[i - 1])  # the given name's first word
                # (not after a title: «جامعة الملك سعود الدكتور فلان», «مستشفى الملك فيصل التخصصي»)
                # nor after «بن» or «آل»: «بن سعود اليوم» ends another name, and a day is no family name
                if ((g in names or g.startswith("عبدال")) and len(w) > 3 and w not in HONORIFICS
                        and w not in _NOT_SHORT_FORMS and w != "اليوم"
                        and not (k and (words[k - 1] in HONORIFICS or words[k - 1] in _SON_OF
                                        or words[k - 1] == "ال"))):
                    pairs[g, w] += 1
                    pair_forms[g_form, w] += 1
            if w in names:
                form = written_form(toks[i])
                written[form] += 1
                nxt = words[i + 1] if i + 1 < len(words) else ""
                if (i and words[i - 1] in HONORIFICS) or nxt in _SON_OF or nxt in names:
                    in_name[form] += 1
    common = {}
    for g in sorted(names):
        if freq[g] < MIN_COUNT:
            continue
        forms = freq["ال" + g] - after_name["ال" + g] + freq[g + "ه"] + freq["ال" + g + "ه"]
        if forms >= COMMON_SHARE * freq[g]:
            common[g] = [freq[g], forms]
    by_word: Counter[str] = Counter()
    by_word_in: Counter[str] = Counter()
    for form, n in written.items():
        by_word[norm(form)] += n
        by_word_in[norm(form)] += in_name[form]
    other = {}
    for form, n in sorted(written.items()):
        rest, rest_in = by_word[norm(form)] - n, by_word_in[norm(form)] - in_name[form]  # the word's other forms
        if n >= MIN_WRITTEN and rest >= MIN_WRITTEN and in_name[form] * rest < WRITTEN_RATIO * n * rest_in:
            other[form] = [n, in_name[form]]
    for (form, w), n in after_form.items():  # a written form that is another word is no given name before w
        if form in other:
            after_name[w] -= n
    for (form, w), n in pair_forms.items():
        if form in other:
            pairs[norm(form), w] -= n
    from marsad.nlp.surname_words import common_surname_words

    adjectives = common_surname_words()
    bearers = Counter(w for (_g, w), n in pairs.items() if n >= MIN_PAIR)  # given names each word follows
    family: dict[str, list[str]] = {}
    for (g, w), n in sorted(pairs.items()):
        # a family name follows several given names («عبدالملك الحوثي», «عبدالخالق الحوثي»), a collocation one
        # («صالح الأعمال», good deeds; «ساري المفعول», in force)
        # («الأعمال» follows a given name in 0.001 of its uses, «الحوثي» 0.03, «الفيصل» 0.78)
        if (n >= MIN_PAIR and w not in adjectives and bearers[w] >= MIN_BEARERS and g not in common
                and after_name[w] >= MIN_NAME_SHARE * freq[w]):
            family.setdefault(g, []).append(w)
    head = {"about": "given names that are common words too: {name: [count, count of forms only a common word "
                     "takes]}; written forms of a name that are other words: {form: [count, in a name context]}; "
                     "full names the news writes: {given name: [family names with the article]} "
                     "(marsad.nlp.given_name_words)",
            "min_count": MIN_COUNT, "common_share": COMMON_SHARE, "min_written": MIN_WRITTEN,
            "written_ratio": WRITTEN_RATIO, "min_pair": MIN_PAIR, "min_bearers": MIN_BEARERS,
            "min_name_share": MIN_NAME_SHARE, "days_left_out": sorted(leave_out)}
    body = [json.dumps(head, ensure_ascii=False)[:-1] + ', "common": {']
    body.append(",\n".join(json.dumps(w, ensure_ascii=False) + f": {json.dumps(n)}" for w, n in common.items()))
    body.append('}, "written": {')
    body.append(",\n".join(json.dumps(w, ensure_ascii=False) + f": {json.dumps(n)}" for w, n in other.items()))
    body.append('}, "family": {')
    body.append(",\n".join(json.dumps(g, ensure_ascii=False) + f": {json.dumps(ws, ensure_ascii=False)}"
                           for g, ws in family.items()))
    out.write_text("\n".join(body) + "\n}}\n", encoding="utf-8")
    _shipped.cache_clear()
    _family.cache_clear()
    return {"names": sum(1 for g in names if freq[g] >= MIN_COUNT), "common": len(common), "written": len(other),
            "full names": sum(map(len, family.values()))}


@lru_cache(maxsize=1)
def _shipped() -> tuple[frozenset[str], frozenset[str]]:
    try:
        data = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), frozenset()
    return frozenset(data.get("common", ())), frozenset(data.get("written", ()))


def known_full_name(given: str, word: str) -> bool:
    """Whether the news writes the given name ``given`` (normalised, «عبدالملك») and the family name ``word``
    (normalised, with the article) together as a full name («عبدالملك الحوثي»)."""
    return word in _family().get(given, ())


@lru_cache(maxsize=1)
def _family() -> dict[str, frozenset[str]]:
    try:
        data = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {g: frozenset(ws) for g, ws in data.get("family", {}).items()}


def is_other_word(written: str) -> bool:
    """Whether a word as written is a form of a given name that is another word («على», not «علي»)."""
    return written_form(written) in _shipped()[1]


def common_word_name(written: str) -> bool:
    """Whether a one-word name as written is also a common word: a given name the news writes mostly in a common
    word's forms as well («عادل», «سعيد»), or a written form that is another word («على»)."""
    common, forms = _shipped()
    return written_form(written) in forms or norm(written) in common
