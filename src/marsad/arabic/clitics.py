"""Name-safe splitting of Arabic proclitics (و ف ب ك ل and combinations) and the article ال.

Letters alone cannot tell ``وبوتين`` (و + بوتين) from ``بوتين`` (a name that
happens to start with ب), so every split is checked against a lexicon of
corpus word counts and known names (:mod:`marsad.arabic.lexicon`).

1. *Outer clitic* (و ف ب ك ل, وب وك ول فب فك فل).  A candidate split
   ``word = clitic + rest`` needs ``rest`` to be a known word (or ال + a known
   word, or — after ل — the article with its alef dropped: ``للرئيس`` =
   ل + الرئيس, while ``لليبيا`` = ل + ليبيا).  It is refused when:

   * the word is a protected name (curated name lists, countries, frequent
     Wikidata name tokens): ``وليد``, ``فادي`` stay whole;
   * the word itself takes the article in the corpus (``الوطن``, ``الوزير``,
     ``البحث``, ``الفيصل`` are seen, so وطن/وزير/بحث/فيصل are words, not
     clitic + word) — a clitic never follows ال;
   * the word is a listed function word (كان، لكن، بين، فقط ...);
   * for ب ل ك (which attach to nouns, unlike و ف that open most news
     sentences: وقال، وأضاف), the whole word is itself frequent and the rest is
     not more frequent than it (``بكين`` is not ب + كين); a lone ك is cut only
     from words the lexicon has never seen.

   A word the lexicon has never seen loses a clitic also when what follows is
   ال + at least two letters (``والزيلينسكية``); otherwise unknown words are
   never cut.
2. *Article* ال: stripped from what remains unless the ال-form is a corpus
   word and the bare form is rare next to it (:data:`AL_RATIO`): ``المانيا``
   (from ألمانيا), ``الغاء`` (إلغاء), ``العراق``, ``القحطاني`` keep their first
   letters — or the word is a listed exception (الله، الذي، التقى ...).
   Whatever the outer clitic, the same rest gets the same stem, so
   ``العراق``, ``والعراق`` and ``للعراق`` all have the stem ``العراق``.

All forms are normalised (:func:`marsad.arabic.normalize.normalize`).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.lexicon import MIN_FREQ, Lexicon, default_lexicon

__all__ = ["split_clitics", "split_with_context", "analyse_clitics", "NO_SPLIT", "AL_EXCEPT"]

_OUTER: tuple[str, ...] = ("وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل")

# Frequent function words that start with a clitic letter but must stay whole
# (normalised spelling: ى→ي, أ/إ→ا, ة→ه).
NO_SPLIT: frozenset[str] = frozenset(
    """كان كانت كانوا كما كذلك كذا كل كلا كلها كله كلتا كيف كي لكي لكن لكنه لكنها لان لانه لانها لاجل
    لدي لديه لديها لديهم لقد لعل لعله لم لما لن له لها لهم لهما لنا لي لك لكم لو لولا لوحده ليس ليست
    ليسوا لذا لذلك لهذا لهذه لدن لدينا بين بينما بعد بعدما بعض بل بلا به بها بهم بنا بي بك بكم بدون
    بسبب بشان بينهم بينها فقط فيما في فيه فيها فيهم فوق
    وافق وافقت واصل واصلت وصل وصلت وقع وقعت وجد وجدت وعد وضع وضعت وقف وقفت ورد وردت وجه وجهت ولد
    وصف ودع وثق وفر وزع ورث وفي وكل ولي""".split()
)

# The article is kept when the bare form is this rare next to the ال-form: such
# words are definite-only names (العراق, القحطاني) or not article + noun at all
# (المانيا from ألمانيا, الغاء from إلغاء).
AL_RATIO = 0.02

# Words that start with the letters ال without the article (or where removing it
# would give a misleading stem).
AL_EXCEPT: frozenset[str] = frozenset(
    """الله اللهم الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي الان الا الي اليه
    اليها اليهم اليك الينا الف الفا الفين الاف الاف الم الو التقي التقت التقيا التقوا التزم التزمت
    التزموا التحق التحقت التمس التفت التفتت""".split()
)


def _evidence(lex: Lexicon, r: str) -> int:
    """How much ``r`` looks like a word: corpus count (ال+X: the larger of both forms)."""
    e = lex.freq(r)
    if len(r) >= 4 and r.startswith("ال"):
        e = max(e, lex.freq(r[2:]))
    if e < MIN_FREQ and lex.known(r):
        e = MIN_FREQ
    return e


def _outer(word: str, lex: Lexicon) -> tuple[str, str]:
    """Choose the outer clitic of ``word``: ``(clitic, rest)``, ``("", word)`` if none."""
    if word in NO_SPLIT or word in lex.names:
        return "", word
    fw = lex.freq(word)
    if lex.freq("ال" + word) >= MIN_FREQ:
        return "", word
    best_c, best_r, best_e = "", word, 0
    article_c, article_r = "", ""  # the longest clitic followed by a visible article
    for c in _OUTER:
        if not word.startswith(c):
            continue
        r = word[len(c) :]
        if len(r) < 2:
            continue
        e = _evidence(lex, r)
        if c[-1] == "ل" and r[0] == "ل" and len(r) >= 3:
            # ل + الـX is written للـX: consider the article reading with the alef restored.
            ra = "ا" + r
            ea = max(lex.freq(ra), lex.freq(r[1:]))
            if ea > e:
                e, r = ea, ra
            elif e < MIN_FREQ and not article_c and len(r) >= 4:
                article_c, article_r = c, ra
        if e < MIN_FREQ:
            if not article_c and len(r) >= 4 and r.startswith("ال"):
                article_c, article_r = c, r
            continue
        if c[0] in "بلك" and not r.startswith("ال") and fw >= MIN_FREQ:
            # Noun-only clitics on a frequent word: the rest must be the commoner form.
            if c == "ك" or e <= fw:
                continue
        if e > best_e:
            best_c, best_r, best_e = c, r, e
    if best_c:
        return best_c, best_r
    if article_c and fw < MIN_FREQ:
        return article_c, article_r
    return "", word


def analyse_clitics(word: str, lex: Lexicon) -> tuple[str, str]:
    """Split a normalised Arabic ``word`` into ``(prefix, stem)`` using ``lex``.

    ``prefix`` is the normalised clitic string as written (``"و"``,
    ``"وال"``, ``"لل"``, ``""``); ``stem`` is the matching form of the rest.
    """
    if len(word) < 3:
        return "", word
    prefix, rest = _outer(word, lex)
    if len(rest) >= 4 and rest.startswith("ال") and rest not in AL_EXCEPT:
        bare = rest[2:]
        fr = lex.freq(rest)
        if not (fr >= MIN_FREQ and lex.freq(bare) < AL_RATIO * fr + 1):
            # للرئيس: the surface shows "لل" (ل + ل of the article), not "لال".
            restored = not word.startswith(prefix + "ال")
            return (prefix + "ل" if restored else prefix + "ال"), bare
    return prefix, rest


def split_with_context(word: str, context: set[str] | frozenset[str], lex: Lexicon) -> tuple[str, str] | None:
    """Split a word the lexicon does not know using the other words of the same text.

    News text names a newcomer bare as well as with clitics (بلينكن ... وبلينكن),
    so an unknown ``word`` = clitic + ``rest`` where ``rest`` (three letters or
    more) occurs on its own in ``context`` is split.  Returns ``None`` when
    there is no such evidence.
    """
    if lex.known(word) or word in NO_SPLIT:
        return None
    for c in _OUTER:
        if word.startswith(c):
            r = word[len(c) :]
            if len(r) >= 3 and r in context:
                prefix, stem = analyse_clitics(r, lex)
                return c + prefix, stem
    return None


@lru_cache(maxsize=262144)
def split_clitics(word: str) -> tuple[str, str]:
    """Split a normalised Arabic word with the package lexicon (cached)."""
    return analyse_clitics(word, default_lexicon())
