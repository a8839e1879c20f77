"""A bare given name is a person of its article, not one actor across the news (issue 11, actors49).

«محمد», «عبدالله», «فهد» written alone name a different man in each article: the sons listed by a prince, the
vendor a reporter quotes, the boy who was hurt.  A discovered entity's id comes from its name (``new:<hash>:PER``),
so every lone «محمد» of the store was one "person" with dozens of articles (42 mentions in 28 articles on
2015-07-24), ranked among the day's actors.

The linker now reads such a name in its article:

* when the article names in full exactly one person with that given name («محمد العتيبي» … «وأضاف محمد»), the
  bare name is that person (his KB entity or his discovered one);
* otherwise it gets an entity of its own article (``article_entity_id``: ``new:a-<hash of article and name>:PER``),
  which joins no other article and which the actor lists and a story's key actors leave out.

The given names are the shared name lists' (``KnowledgeBase.native_names``, words with the article left out: those
are family names) and the common given names below, which those lists lack; a glued «عبدX» («عبدالله»,
«عبدالرحمن») and the two words «عبد X» count too.  Foreign first names are left alone: a one-word foreign name in
the news is mostly a surname or a player's name («ميسي», «دونيس»), one man across articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

from marsad.nlp.translit import norm

__all__ = ["ARTICLE_PREFIX", "COMMON_GIVEN", "article_entity_id", "bare_given_name", "given_names",
           "is_article_entity", "join_abd"]

# Common Arabic given names the shared lists lack (men's, then women's).
COMMON_GIVEN = frozenset(norm(w) for w in """
    صالح حسن حسين سلمان فيصل منصور سعيد سعود سعد ناصر فهد تركي بندر سلطان نايف مقرن متعب مشعل ماجد ماهر ياسر
    يوسف إبراهيم ابراهيم إسماعيل اسماعيل موسى عيسى عمر عثمان حمد حمود حامد محمود مصطفى هاني هشام وليد طلال زياد زيد
    نواف راشد خالد عادل علي عمرو عماد أيمن أنس بدر بسام جمال جاسم حاتم حازم حمزة خليل رائد رامي سامي سامر سالم سليمان
    شريف صلاح طارق عدنان غازي فارس فواز فؤاد قاسم كمال لؤي مازن مالك مجدي مروان مشاري معاذ منير مهند نبيل نادر نزار
    هادي هيثم وائل يحيى يزيد عبدالله عبدالعزيز عبدالرحمن عبدالمحسن عبدالإله عبدالاله عبدالكريم عبدالملك ممدوح
    منصور مساعد سعيد عايض عوض عيد مبارك ثامر ذياب راكان نهار هزاع تميم حمدان زايد سيف شخبوط محسن مختار رضا
    فاطمة نورة نوره مريم سارة ساره عائشة عائشه هند هيفاء لطيفة منيرة حصة خديجة زينب ريم رنا لمى أمل سلمى ليلى نوال
    سعاد نجلاء منى دلال جواهر العنود الجوهرة البندري
""".split())
# Words with the article that are given names all the same (the women's names above); other definite words of the
# shared lists («الاحمد», «الحداد») are family names.
_DEFINITE_GIVEN = frozenset(norm(w) for w in "العنود الجوهرة البندري".split())
_ABD = norm("عبد")
ARTICLE_PREFIX = "new:a-"


@lru_cache(maxsize=8)
def given_names(native: frozenset[str] = frozenset()) -> frozenset[str]:
    """The given names: ``native`` (the shared lists' normalised words) without definite words, and COMMON_GIVEN."""
    return frozenset(w for w in native if not w.startswith("ال") or w in _DEFINITE_GIVEN) | COMMON_GIVEN


def join_abd(words: Sequence[str]) -> list[str]:
    """Normalised words with «عبد» and a word with the article after it as one word, as outlets join it or not
    («خالد محمد عبد الله الشحي» and «خالد محمد عبدالله الشحي» are one name of four words; «عبد الرحمن», «عبد
    العزيز»); «عبد ربه»-like pairs stay two words."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == _ABD and w.startswith("ال") and len(w) > 3:
            out[-1] += w
        else:
            out.append(w)
    return out


def bare_given_name(words: Sequence[str], given: Iterable[str] | frozenset[str]) -> str | None:
    """The given name a name is made of alone (normalised words; «عبد الله» → «عبدالله»), or None."""
    words = join_abd(words)
    if len(words) != 1:
        return None
    w = words[0]
    if w in given or (w.startswith(_ABD + "ال") and len(w) > 5):
        return w
    return None


def article_entity_id(name_key: str, article_key: str, type_: str = "PER") -> str:
    """The id of a name read as a person of one article only: ``new:a-<12 hex>:<TYPE>``."""
    digest = hashlib.sha1(f"{article_key}\x00{name_key}".encode("utf-8")).hexdigest()[:12]
    return f"{ARTICLE_PREFIX}{digest}:{type_}"


def is_article_entity(entity_id: str | None) -> bool:
    """Whether an entity is a name of one article only (``article_entity_id``): no actor of the lists."""
    return bool(entity_id) and str(entity_id).startswith(ARTICLE_PREFIX)
