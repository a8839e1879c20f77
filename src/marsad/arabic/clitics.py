"""Name-safe splitting of Arabic proclitics (و ف ب ك ل and combinations) and the article ال.

Letters alone cannot tell ``وبوتين`` (و + بوتين) from ``بوتين`` (a name that
happens to start with ب), so every split is checked against a lexicon of
corpus word counts and known names (:mod:`marsad.arabic.lexicon`):

1. *Outer clitic* (و ف ب ك ل, وب وك ول فب فك فل): stripped when the remainder
   is a known word at least :data:`MIN_FREQ` times and at least
   :data:`RATIO` times as frequent as the whole word (``وقال`` → و + قال, while
   ``وزير`` stays: زير is rare).  A remainder starting with ال counts the
   bare form too (``والرئيس``), and after ل a remainder ``لـX`` may be the
   article with its alef dropped (``للرئيس`` = ل + الرئيس, but ``لليبيا`` =
   ل + ليبيا because ليبيا is known and يبيا is not).  A word the lexicon has
   never seen loses a clitic only if what follows is ``ال`` + at least two
   letters (``والزيلينسكية``) — unknown names are never cut.
2. *Article* ال: stripped from what remains unless the whole form is known and
   the bare form is not (``المانيا`` from ألمانيا, ``الغاء`` from إلغاء keep
   their first letters) or the word is a listed exception (الله، الذي ...).

All forms are normalised (:func:`marsad.arabic.normalize.normalize`).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.lexicon import Lexicon, default_lexicon

__all__ = ["split_clitics", "analyse_clitics", "MIN_FREQ", "RATIO"]

# A remainder must be seen this often in the corpus to count as a known word.
MIN_FREQ = 3
# ...and be at least this fraction as frequent as the unsplit word: a true
# clitic form (وقال) is rarer than or comparable to its base (قال), while a word
# that merely starts with a clitic letter (وزير, بحث) dwarfs its "remainder".
RATIO = 0.5

_OUTER: tuple[str, ...] = ("وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل")

# Frequent function words that start with a clitic letter but must stay whole
# (normalised spelling: ى→ي, أ/إ→ا, ة→ه).
NO_SPLIT: frozenset[str] = frozenset(
    """كان كانت كانوا كما كذلك كذا كل كلا كلها كله كلتا كيف كي لكي لكن لكنه لكنها لان لانه لانها لاجل
    لدي لديه لديها لديهم لقد لعل لعله لم لما لن له لها لهم لهما لنا لي لك لكم لو لولا لوحده ليس ليست
    ليسوا لذا لذلك لهذا لهذه لدن لدينا بين بينما بعد بعدما بعض بل بلا به بها بهم بنا بي بك بكم بدون
    بسبب بشان بينهم بينها فقط فيما في فيه فيها فيهم فوق""".split()
)

# Words that start with the letters ال without the article (or where removing it
# would give a misleading stem).
AL_EXCEPT: frozenset[str] = frozenset(
    """الله اللهم الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي الان الا الي اليه
    اليها اليهم اليك الينا الف الفا الفين الاف الاف الم الو""".split()
)


def _known_bare(lex: Lexicon, r: str) -> int:
    """Evidence that ``r`` is a word: its count, or for ال+X the larger of both forms."""
    e = lex.freq(r)
    if len(r) >= 4 and r.startswith("ال"):
        e = max(e, lex.freq(r[2:]))
    return e


def analyse_clitics(word: str, lex: Lexicon) -> tuple[str, str]:
    """Split a normalised Arabic ``word`` into ``(prefix, stem)`` using ``lex``.

    ``prefix`` is the normalised clitic string as written (``"و"``,
    ``"وال"``, ``"لل"``, ``""``); ``stem`` the matching form of the rest.
    """
    if len(word) < 3 or word in NO_SPLIT:
        return "", word
    fw = lex.freq(word)
    best_c, best_r, best_e = "", word, 0
    article_c, article_r = "", ""  # the longest clitic followed by a visible article
    for c in _OUTER:
        if not word.startswith(c):
            continue
        r = word[len(c) :]
        if len(r) < 2:
            continue
        e = _known_bare(lex, r)
        if c[-1] == "ل" and r[0] == "ل" and len(r) >= 3:
            # ل + الـX is written للـX: consider the article reading with the alef restored.
            ra = "ا" + r
            ea = max(lex.freq(ra), lex.freq(r[1:]))
            if ea > e:
                e, r = ea, ra
            elif e < MIN_FREQ and not article_c:
                article_c, article_r = c, ra
        if e > best_e:
            best_c, best_r, best_e = c, r, e
        if not article_c and len(r) >= 4 and r.startswith("ال"):
            article_c, article_r = c, r
    if best_c and best_e >= MIN_FREQ and best_e >= RATIO * fw:
        prefix, rest = best_c, best_r
    elif article_c and fw < MIN_FREQ:
        prefix, rest = article_c, article_r
    else:
        prefix, rest = "", word
    # The article on what is left.
    if len(rest) >= 4 and rest.startswith("ال") and rest not in AL_EXCEPT:
        bare = rest[2:]
        if not (lex.freq(rest) >= MIN_FREQ and lex.freq(bare) < MIN_FREQ):
            restored = not word.startswith(prefix + "ال")
            # للرئيس: the surface shows "لل" (ل + ل of the article), not "لال".
            return (prefix + "ل" if restored else prefix + "ال"), bare
    return prefix, rest


@lru_cache(maxsize=262144)
def split_clitics(word: str) -> tuple[str, str]:
    """Split a normalised Arabic word with the package lexicon (cached)."""
    return analyse_clitics(word, default_lexicon())
