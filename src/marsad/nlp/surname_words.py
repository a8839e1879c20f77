"""Family names that are common words in running text, learnt from SaudiNewsNet (issue 15, link11).

A family name with the article may stand alone for the person named in full earlier ("محمد المساح" … "المساح"),
but some family names are everyday words: "الماضي" (last), "الغربي" (western), "الجديد" (new).  "في شهر يونيو
الماضي" is no mention of a "محمد الماضي" named above.  Which words those are is learnt, not listed: in the
SaudiNewsNet days every word with the article is counted, and how often it follows

* an Arabic given name (the shared name lists, as the knowledge base holds them): there it is a family name;
* another word with the article that is no title ("الشهر الماضي", "الشمال الغربي"): there it is an adjective.

A common word is seen ``MIN_COUNT`` times or more, follows another definite word in ``MIN_ADJECTIVE_SHARE`` of its
occurrences or more and a given name in fewer than ``MAX_NAME_SHARE``.  A family name readers use alone for a
known person follows neither ("مقتل القذافي", "نظام الأسد", "قال الصباغ") and keeps its short form, whatever its
share after a given name; one that is also an adjective used far more often as such ("التركي") loses it.

``build_common_surname_words`` (run by ``marsad train ner``) writes the list to ``data/common_surname_words.json``:
normalised words (``marsad.nlp.translit.norm``) and their three counts, no running text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from marsad.nlp.translit import norm

__all__ = ["DATA", "FUNCTION_GIVEN", "MAX_NAME_SHARE", "MIN_ADJECTIVE_SHARE", "MIN_COUNT",
           "build_common_surname_words", "common_surname_words"]

DATA = Path(__file__).resolve().parent / "data" / "common_surname_words.json"
MIN_COUNT = 100  # rarer words are too few to tell
# An adjective of everyday use follows a definite noun in 0.4–0.8 of its occurrences ("الماضي" 0.44, "الجديد" 0.70),
# a family name mostly under 0.1 ("الفيصل" 0.03, "القذافي" 0.11)
MIN_ADJECTIVE_SHARE = 0.4
# A family name follows a given name in 0.2–0.6 of its occurrences; a common word in about 0.01 ("محمد الأمين" of a
# mosque, a school): words like "الكريم", "السعيد" (0.1) are both, and stay names
MAX_NAME_SHARE = 0.05
# Given names that are also function words: the preposition على folds to علي, and would count every "على الطاولة"
FUNCTION_GIVEN = frozenset(norm(w) for w in "علي".split())


def build_common_surname_words(corpus_dir: Path, given: Iterable[str], out: Path = DATA) -> dict[str, int]:
    """Count words with the article in the SaudiNewsNet zips of ``corpus_dir`` — overall, right after one of the
    normalised ``given`` names and right after another definite word that is no title — and write the common
    ones to ``out``.

    Returns:
        ``{"words": words with the article seen MIN_COUNT times or more, "common": those written}``.
    """
    from marsad.nlp.coref import HONORIFICS, PARTIAL_STOP  # (coref reads the list this writes)
    from marsad.nlp.kb.petrarch import TITLE_WORDS
    from marsad.nlp.ner.clusters import _sentences

    names = frozenset(given) - FUNCTION_GIVEN
    titles = HONORIFICS | PARTIAL_STOP | frozenset(norm(w) for w in TITLE_WORDS)  # "اللواء التركي" is a name
    total: Counter[str] = Counter()
    after_name: Counter[str] = Counter()
    after_definite: Counter[str] = Counter()
    for sent in _sentences(corpus_dir):
        prev = ""
        for tok in sent:
            w = norm(tok)
            if w.startswith("ال"):
                total[w] += 1
                if prev in names:
                    after_name[w] += 1
                elif prev.startswith("ال") and prev not in titles:
                    after_definite[w] += 1
            prev = w
    frequent = sorted(w for w, n in total.items() if n >= MIN_COUNT)
    common = {w: [total[w], after_name[w], after_definite[w]] for w in frequent
              if after_definite[w] >= MIN_ADJECTIVE_SHARE * total[w] and after_name[w] < MAX_NAME_SHARE * total[w]}
    head = {"about": "words with the article: [count, after a given name, after another definite word that is no "
                     "title] (marsad.nlp.surname_words)",
            "min_count": MIN_COUNT, "min_adjective_share": MIN_ADJECTIVE_SHARE, "max_name_share": MAX_NAME_SHARE}
    lines = [json.dumps(w, ensure_ascii=False) + f": {json.dumps(n)}" for w, n in common.items()]  # a word a line
    out.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ', "words": {\n' + ",\n".join(lines) + "\n}}\n",
                   encoding="utf-8")
    common_surname_words.cache_clear()
    return {"words": len(frequent), "common": len(common)}


@lru_cache(maxsize=1)
def common_surname_words() -> frozenset[str]:
    """The shipped common words (normalised): no short form of a person even when a full name ends in one."""
    return frozenset(json.loads(DATA.read_text(encoding="utf-8"))["words"])
