"""Name-safe splitting of Arabic proclitics (و ف ب ك ل and combinations) and the article ال.

Letters alone cannot tell ``وبوتين`` (و + بوتين) from ``بوتين`` (a name that
happens to start with ب), so every split is checked against a lexicon of
corpus word counts and known names (:mod:`marsad.arabic.lexicon`).

1. *Conjunction* و/ف, then *preposition* ب ك ل (so وب، ول، فل، وك ...).  A
   split ``word = clitic + rest`` needs ``rest`` to be a known word (or ال + a
   known word, or — after ل — the article with its alef dropped: ``للرئيس`` =
   ل + الرئيس, while ``لليبيا`` = ل + ليبيا).  It is refused when:

   * the word is a listed function word (كان، لكن، بين، فقط، ولي ...);
   * the word is a protected name (curated name lists, countries, frequent
     Wikidata name tokens): ``وليد``, ``فادي`` stay whole;
   * the word itself takes the article in the corpus (``الوطن``, ``الوزير``,
     ``البحث``, ``الفيصل`` are seen, so وطن/وزير/بحث/فيصل are words, not
     clitic + word) — a clitic never follows ال;
   * for و/ف: the rest is rare (< :data:`CONJ_RARE`) and the whole word ten
     times commoner (``فابيوس`` is not ف + ابيوس);
   * for ب ل ك (which attach to nouns, unlike و ف that open most news
     sentences: وقال، وأضاف): the whole word is seen and the rest is not
     :data:`NOUN_RATIO` times commoner (``بكين`` is not ب + كين), or the
     whole word is a listed name and the rest is not common (``بليكس``); a lone ك is cut only from words
     the lexicon has never seen, before a common word (:data:`KAF_MIN`).

   Weak name tokens (rare Wikidata transliterations) never count as evidence.
   A hamza-alef right after the first letter (``وأن``, ``لأمريكا``) lifts the
   name and article checks: no name or ال-word is spelt that way.  A word the
   lexicon has never seen loses a clitic only when what follows is ال + at
   least two letters (``والزيلينسكية``; not after ك: ``كالاماتا``) — or, in :func:`split_with_context`,
   when the rest appears bare in the same text; otherwise unknown words are
   never cut.
2. *Article* ال (bare alef only: ``بألوان`` is ب + ألوان): stripped from what
   remains unless the ال-form is a corpus word and the bare form is rare next
   to it (:data:`AL_RATIO`): ``المانيا`` (written without hamza), ``العراق``,
   ``القحطاني`` keep their first letters — or the word is a listed exception
   (الله، الذي، التقى ...).  Whatever the clitics, the same rest gets the same
   stem, so ``العراق``, ``والعراق`` and ``للعراق`` all have the stem ``العراق``.

All forms are normalised (:func:`marsad.arabic.normalize.normalize`).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.lexicon import MIN_FREQ, Lexicon, default_lexicon

__all__ = ["split_clitics", "split_with_context", "analyse_clitics", "NO_SPLIT", "AL_EXCEPT"]

_CLITIC_CHAINS = frozenset({"و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"})
# The first letters :func:`_outer` may cut: a word starting with none of them keeps all its letters there.
_CLITIC_FIRST = frozenset("وفبكل")

# Frequent function words that start with a clitic letter but must stay whole
# (normalised spelling: ى→ي, أ/إ→ا, ة→ه).
NO_SPLIT: frozenset[str] = frozenset(
    """لله كان كانت كانوا كما كذلك كذا كل كلا كلها كله كلتا كيف كي لكي لكن لكنه لكنها لان لانه لانها لاجل
    لدي لديه لديها لديهم لقد لعل لعله لم لما لن له لها لهم لهما لنا لي لك لكم لو لولا لوحده ليس ليست
    ليسوا لذا لذلك لهذا لهذه لدن لدينا بين بينما بعد بعدما بعض بل بلا به بها بهم بنا بي بك بكم بدون
    بسبب بشان بينهم بينها فقط فيما في فيه فيها فيهم فوق باس
    وافق وافقت واصل واصلت وصل وصلت وقع وقعت وجد وجدت وعد وضع وضعت وقف وقفت ورد وردت وجه وجهت ولد
    وصف ودع وثق وفر وزع ورث ولي""".split()
)

# The article is kept when the bare form is this rare next to the ال-form: such
# words are definite-only names (العراق, القحطاني) or not article + noun at all
# (المانيا from ألمانيا, الغاء from إلغاء).
AL_RATIO = 0.02
# A conjunction is not cut when the rest is seen fewer times than this and the
# whole word ten times more often.
CONJ_RARE = 30
# A lone ك (rare before a bare noun) is cut only from unknown words whose rest
# is seen at least this often.
KAF_MIN = 20
# ب/ل on a word seen in the corpus: the rest must be this many times commoner
# (لبوتين/بوتين is ~1:50; بكين/كين or بيان/يان go the other way).
NOUN_RATIO = 3
# A listed (Wikidata) name loses ب/ل only before a rest seen this often.
NAME_REST_MIN = 30

# Words that start with the letters ال without the article (or where removing it
# would give a misleading stem).
AL_EXCEPT: frozenset[str] = frozenset(
    """الله اللهم الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي الان الا الي اليه
    اليها اليهم اليك الينا الف الفا الفين الاف الاف الم الو التقي التقت التقيا التقوا التزم التزمت
    التزموا التحق التحقت التمس التفت التفتت""".split()
)


def _article(word: str, light: str) -> bool:
    """True if ``word`` may start with the article: ال + two letters, written with a bare alef.

    ``light`` is the same word with hamza kept on alef (``بألوان`` is ب + ألوان,
    not ب + ال + وان, although both normalise to بالوان).
    """
    return len(word) >= 4 and word.startswith("ال") and light[0] == "ا"


def _evidence(lex: Lexicon, r: str, light: str) -> int:
    """How much ``r`` looks like a word: corpus count (ال+X: the larger of both forms)."""
    e = lex.freq(r)
    if _article(r, light):
        e = max(e, lex.freq(r[2:]))
    # Protected names count as known; weaker name tokens do not, since that list
    # holds fragments (يش، ليكس، ريدون) that would cut بليكس or فريدون.
    if e < MIN_FREQ and r in lex.names:
        e = MIN_FREQ
    return e


def _blocked(word: str, light: str, lex: Lexicon) -> bool:
    """True if no clitic may be cut from ``word`` (function word, name, takes the article)."""
    if word in NO_SPLIT:
        return True
    # A hamza-alef after the first letter marks a clitic boundary: وأن is و + أن,
    # whatever the name list says about وان (Wan) or the corpus about الوان (ألوان).
    if light[1:2] in ("أ", "إ", "آ"):
        return False
    if word in lex.names:
        return True
    # A clitic never follows ال: if the corpus has ال + word (or ال + word
    # without the accusative alef: فعليا / الفعلي), the first letter is the word's own.
    if lex.freq("ال" + word) >= MIN_FREQ:
        return True
    return len(word) > 3 and word[-1] == "ا" and lex.freq("ال" + word[:-1]) >= MIN_FREQ


def _noun_clitic(word: str, light: str, lex: Lexicon) -> tuple[str, str, str]:
    """Cut one of ب ك ل (attached to nouns): ``(clitic, rest, light_rest)``; ``("", word, light)`` if none.

    After ل a rest ``لـX`` may be the article with its alef dropped
    (``للرئيس``); ``rest`` then has the alef restored (``الرئيس``).
    """
    # The rest has three letters at least: two-letter rests (سا، ود) are mostly
    # fragments of names, and the real ones (بها، لنا، كما) are listed whole.
    if len(word) < 4 or word[0] not in "بكل" or _blocked(word, light, lex):
        return "", word, light
    c, r, lr = word[0], word[1:], light[1:]
    e = _evidence(lex, r, lr)
    default = ""  # the article reading for an unknown word
    if c == "ل" and r[0] == "ل" and len(r) >= 3:
        ra = "ا" + r
        ea = max(lex.freq(ra), lex.freq(r[1:]))
        if ea > e:
            e, r, lr = ea, ra, "ا" + lr
        elif e < MIN_FREQ:
            default = ra
    elif _article(r, lr) and c != "ك":
        default = r  # not for ك: كالاماتا, كاليه are names far more often than ك + ال
    fw = lex.freq(word)
    if c == "ك" and not _article(r, lr) and (fw >= MIN_FREQ or e < KAF_MIN):
        return "", word, light
    if word in lex.weak_names and lex.freq(r) < NAME_REST_MIN and not _article(r, lr):
        return "", word, light  # a listed name (بليكس) keeps its letters unless the rest is common
    if e >= MIN_FREQ:
        if _article(r, lr) or fw < MIN_FREQ:
            return c, r, lr
        # On a frequent word the rest must be much the commoner form.
        if e > NOUN_RATIO * fw:
            return c, r, lr
        return "", word, light
    if default and not lex.known(word):
        return c, default, (lr if default is r else "ا" + lr)
    return "", word, light


def _outer(word: str, light: str, lex: Lexicon) -> tuple[str, str, str]:
    """Cut the conjunction و/ف and then ب ك ل: ``(clitics, rest, light_rest)``."""
    if word[0] in "وف" and len(word) >= 3 and not _blocked(word, light, lex):
        r, lr = word[1:], light[1:]
        inner_c, inner_r, inner_l = _noun_clitic(r, lr, lex)
        e = _evidence(lex, r, lr)
        if inner_c:
            e = max(e, _evidence(lex, inner_r, inner_l))
        fw = lex.freq(word)
        # A rare rest under a frequent word is a coincidence (فابيوس is not ف + ابيوس).
        if e >= MIN_FREQ and not (e < CONJ_RARE and fw > 10 * e):
            return word[0] + inner_c, inner_r, inner_l
        if not lex.known(word) and _article(inner_r, inner_l):
            return word[0] + inner_c, inner_r, inner_l
    return _noun_clitic(word, light, lex)


def analyse_clitics(word: str, lex: Lexicon, light: str | None = None) -> tuple[str, str]:
    """Split a normalised Arabic ``word`` into ``(prefix, stem)`` using ``lex``.

    Args:
        word: the normalised word (:func:`marsad.arabic.normalize.normalize`).
        lex: word counts and names.
        light: the same word normalised with hamza kept on alef
            (:func:`marsad.arabic.normalize.normalize_keep_hamza`); when given,
            only a bare alef can start the article.

    Returns:
        ``prefix`` — the normalised clitics as written (``"و"``, ``"وال"``,
        ``"لل"``, ``""``) — and ``stem``, the matching form of the rest.
    """
    if light is None or len(light) != len(word):
        light = word
    if len(word) < 3:
        return "", word
    first = word[0]
    if first in _CLITIC_FIRST:
        prefix, rest, lrest = _outer(word, light, lex)
    elif first == "ا":  # (no clitic starts it: only the article may be cut)
        prefix, rest, lrest = "", word, light
    else:  # no clitic and no article starts it (a third of a day's new word types): the word is its own stem
        return "", word
    if _article(rest, lrest) and rest not in AL_EXCEPT:
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
    for n in (1, 2):
        c, r = word[:n], word[n:]
        if c in _CLITIC_CHAINS and len(r) >= 3 and r in context:
            prefix, stem = analyse_clitics(r, lex)
            return c + prefix, stem
    return None


def split_clitics(word: str, light: str | None = None) -> tuple[str, str]:
    """Split a normalised Arabic word with the package lexicon (cached); see :func:`analyse_clitics`.

    A ``light`` form that tells nothing more than ``word`` (None, the same letters — no hamza on an alef — or
    another length, which :func:`analyse_clitics` ignores) is one reading, cached per word alone: the tokenizer's
    split of a word (given its light form) then serves the story features' (given none), which fold the same
    words a second time."""
    if light is None or light == word or len(light) != len(word):
        return _split_plain(word)
    return _split_light(word, light)


@lru_cache(maxsize=262144)
def _split_plain(word: str) -> tuple[str, str]:
    return analyse_clitics(word, default_lexicon())


@lru_cache(maxsize=262144)
def _split_light(word: str, light: str) -> tuple[str, str]:
    return analyse_clitics(word, default_lexicon(), light)
