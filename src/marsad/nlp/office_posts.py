"""The office of an office change (issue 19): a role phrase of the title lexicon or a title in the accusative
("وزيراً للصحة" → "وزير الصحة"), and whose post it is — the country, organisation or place named with the title,
an organisation named inside it ("رئيس تحرير صحيفة الرياض") or pointed back to ("رئيساً تنفيذياً للشركة")."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.nlp.gazetteer import Tok
from marsad.nlp.kb.kb import KnowledgeBase
from marsad.nlp.linking import new_entity_id
from marsad.nlp.office_people import Mention
from marsad.nlp.office_words import (ACC_TITLES, FRAME_WORDS, IN, POST_NOUNS, PRESIDENCY, START, STOP, TITLE_HEADS,
                                     TRIGGERS, variants)
from marsad.arabic.normalize import strip_diacritics
from marsad.nlp.translit import norm

__all__ = ["Office", "office_for", "org_in_title"]

_LOCAL_OFFICES = frozenset({"mayor", "governor"})  # offices of a city or a province, which the KB rarely knows
# The nouns of an organisation named inside a title ("رئيس تحرير صحيفة «فلان»", "مدير مستشفى فلان"): the
# organisation they name is whose the post is.
_ORG_NOUNS = frozenset(norm(w) for w in """صحيفه صحيفة جريده جريدة مجله مجلة جامعه جامعة مستشفى مستشفي كليه كلية
    شركه شركة نادي بنك مصرف وكاله وكالة قناه قناة مؤسسه مؤسسة صندوق منظمه منظمة""".split())
# Nouns of a place that an owner or a branch is named with ("محافظاً لمحافظة لحج", "صحيفة مكة بمدينة جدة").
_PLACE_NOUNS = frozenset(norm(w) for w in "محافظه محافظة مدينه مدينة منطقه منطقة ولايه ولاية اقليم إقليم عاصمه "
                         "عاصمة".split())
# A pronoun after a title makes the post a person's ("نائباً له", "ممثلاً لها"): the deputy or envoy of whoever
# appoints, which no country or organisation holds.
_TITLE_PRONOUNS = frozenset(norm(w) for w in "له لها لهم لهما".split())
# A branch or an office of an organisation ("مديراً لفرع حائل"): the place named after it is where it is, and
# the organisation whose post it is goes unsaid.
_BRANCH = frozenset(norm(w) for w in "فرع الفرع مكتب المكتب".split())
# Newsroom posts belong to a publication ("مدير التحرير بالسعودية" is the paper's post in Saudi Arabia).
_NEWSROOM = frozenset(norm(w) for w in "تحرير التحرير".split())
_ORG_NAME_WORDS = 3  # words of an organisation's name after its noun ("مستشفى الملك فهد التخصصي")
# Nouns of posts that begin with ل themselves ("لرئاسة لجنة التحكيم", "قائداً للواء"): no particle to take off.
_L_NOUNS = frozenset(norm(w) for w in "لجنه لجنة لجان لواء".split())
# Adjectives of an accusative title, in the accusative too ("مديراً عاماً") → their nominative.
_ACC_ADJECTIVES = {norm(k): norm(v) for k, v in {
    "عاما": "عام", "عاماً": "عام", "تنفيذيا": "تنفيذي", "تنفيذياً": "تنفيذي", "فنيا": "فني", "فنياً": "فني",
    "دوريا": "دوري", "دورياً": "دوري", "اقليميا": "اقليمي", "إقليمياً": "اقليمي"}.items()}
# Adjectives of the post that are no part of its name ("محافظاً جديداً لعدن").
_POST_ADJECTIVES = frozenset(norm(w) for w in "جديدا جديد الجديد جديده الجديده مؤقتا مكلفا".split())
# Words that end a title or an organisation's name ("وزيراً للإسكان وهو القادم من ...", "بالمرتبة الممتازة").
_TITLE_END = frozenset(norm(w) for w in "وهو وهي بسم بمرتبه بمرتبة بالمرتبه بالمرتبة بالاضافه بالإضافة اضافه إضافة "
                       "اضافة".split())  # "… بالإضافة إلى عمله": his other post follows
_MAX_TITLE_WORDS = 4
_ON, _SUPERVISOR = norm("على"), norm("مشرف")
_SAME = frozenset(norm(w) for w in "نفسها نفسه ذاتها ذاته".split())  # "بالمحافظة نفسها": the one named before


@dataclass(slots=True)
class Office:
    """An office found in a sentence: its key (or title), the title as written, whose it is, whether the title
    lexicon knew it, and its tokens."""

    office: str
    title: str
    of_id: str | None
    of_name: str | None
    lexicon: bool
    i: int
    j: int


def _office_at(kb: KnowledgeBase, text: str, toks: list[Tok], k: int, lo: int, hi: int,
               mentions: list[Mention]) -> Office | None:
    """A role phrase starting at token ``k`` (within the sentence tokens ``[lo, hi)``)."""
    m = kb.gazetteer().match_office(text, toks, k)
    if m is not None and m.of:
        of = kb.entities.get(m.of)
        return Office(m.office or "", text[m.start:m.end], m.of, of.name_ar if of else None, True, m.i, m.j)
    words = variants(toks[k])
    nominative = next((ACC_TITLES[v] for v in words if v in ACC_TITLES), None)
    post = any(v in POST_NOUNS for v in words)
    presidency = any(v in PRESIDENCY for v in words)
    if nominative is None and not post and not presidency:
        return None
    if post:  # "منصب رئيس الوزراء اللبناني": the title follows in its own form
        if k + 1 >= hi:
            return None
        inner = _office_at(kb, text, toks, k + 1, lo, hi, mentions)
        if inner is not None:
            inner.i = k
            return inner
        nominative, k = None, k + 1
        if any(v in TRIGGERS for v in variants(toks[k])) or toks[k].norm in STOP:
            return None  # "من منصبه وتكليف فلان": the next change, not a title
        head_word = toks[k].norm[2:] if toks[k].norm.startswith("ال") else toks[k].norm
        if head_word[:1] in ("و", "ف") and head_word not in TITLE_HEADS:
            return None  # "استقالته من منصبه وتقوم إدارة النادي": a new clause, the post was named before
        word = toks[k].norm
        head = [word[1:] if word[:1] == "ك" and word[1:] in TITLE_HEADS else word]  # "منصبه كمدير فني": "مدير فني"
        shown = [_as_written(text, toks[k], head[0], word[1:] == head[0])]
    elif presidency:
        head, shown = [norm("رئيس")], ["رئيس"]
    else:
        head, shown = [norm(nominative)], [nominative]
    # The complement: "للصحة" → "الصحة", "لبلدية صفاقس" → "بلدية صفاقس", up to a stop word or a person.
    words_out: list[str] = []
    positions: list[int] = []
    j = k + 1
    while j < hi and len(words_out) < _MAX_TITLE_WORDS and (toks[j].space or toks[j - 1].norm == "ل"):
        w = toks[j].norm
        if w in _TITLE_PRONOUNS:
            return None  # "نائباً له": the deputy of the one who appoints, a post of no country
        if w == _ON and head == [_SUPERVISOR] and words_out in ([], [norm("عام")]):
            j += 1  # "مشرفاً عاماً على إدارة الإعلام": the supervisor of what follows
            continue
        if w.startswith("بال") and w[3:] in _PLACE_NOUNS and j + 1 < hi and toks[j + 1].norm in _SAME:
            break  # "بالمحافظة نفسها": the place named before, not part of the title
        if w in STOP or w in _TITLE_END or any(m.i == j and m.label == "PER" for m in mentions) or any(
                v in TRIGGERS for v in variants(toks[j])):
            break  # a person, or the next change of a decree ("وزيراً للإسكان وإعفاء فلان")
        if w.startswith("و") and any(v in ACC_TITLES for v in variants(toks[j])):
            if any(t.norm in _TITLE_PRONOUNS for t in toks[j + 1:min(hi, j + 3)]):
                return None  # "نائباً وممثلاً له": posts of the one who appoints
            break  # "وزيراً للإسكان ومستشاراً": a second post, not part of the first one's name
        if w in _POST_ADJECTIVES or (not words_out and w == "ل"):  # "رئيساً لـ «فيفا»": the particle apart
            j += 1
            continue
        lead = not words_out or words_out == [_ACC_ADJECTIVES.get(toks[j - 1].norm)]  # the complement's first word
        written = _as_written(text, toks[j], w)
        if nominative is not None and not words_out and w in _ACC_ADJECTIVES:
            w = written = _ACC_ADJECTIVES[w]  # "مديراً عاماً", "رئيساً تنفيذياً": the post is "مدير عام"
        elif lead and w.startswith("لل"):
            keep_l = "ل" + w[2:] in _L_NOUNS
            w = "ال" + ("ل" + w[2:] if keep_l else w[2:])  # "للواء" is "اللواء"
            written = "ال" + ("ل" + written[2:] if keep_l else written[2:])
        elif lead and w.startswith("ل") and len(w) > 3 and w not in _L_NOUNS:
            w, written = w[1:], written[1:]
        words_out.append(w)
        shown.append(written)
        positions.append(j)
        j += 1
    of = _of_in(kb, toks, k + 1, j, mentions)
    if of is None and j < hi and toks[j].norm in IN:  # "وزيراً للصحة في الحكومة المصرية"
        of = _of_in(kb, toks, j + 1, min(hi, j + 4), mentions)
        if of is not None:
            of = (of[0], of[1], j)
    title_words = head + words_out
    org = org_in_title(kb, text, toks, positions, hi, mentions)
    if org is None and of is None:  # "رئيساً تنفيذياً للشركة": the company the sentence named before
        org = _org_named_before(kb, text, toks, words_out, positions, lo, k, hi, mentions)
    if org is not None:  # "رئيس تحرير صحيفة الرياض": the newspaper's, not the city's
        of, cut = org
        title_words = head + [w for w, p in zip(words_out, positions) if p < cut]
        name = " ".join(title_words)
        return Office(kb.titles.get(tuple(title_words)) or name, " ".join(shown[:len(title_words)]), of[0], of[1],
                      False, k, max(j, of[2]))
    if any(_bare(w) in _NEWSROOM or _bare(w) in _BRANCH for w in head + words_out):
        return None  # a newsroom post or a branch of an organisation the title does not name
    if of is not None:  # the place or organisation is not part of the office's name
        of_id, of_name, oi = of
        title_words = head + [w for w, p in zip(words_out, positions) if p < oi]
        while len(title_words) > 1 and _bare(title_words[-1]) in _PLACE_NOUNS:
            title_words.pop()  # "محافظاً لمحافظة لحج" is the governor of Lahj: the noun says what kind of place
    else:
        of_id = of_name = None
    if presidency and not words_out[:1]:
        return None
    if of_id is None:  # "رئيساً لبلدية صفاقس" with the place unrecognised: the words after the title name it
        for n in range(len(title_words) - 1, 0, -1):
            office = kb.titles.get(tuple(title_words[:n]))
            rest = words_out[n - 1:]
            if office and 1 <= len(rest) <= 2 and kb.office_roles.get(office, ("",))[0] in _LOCAL_OFFICES:
                a = k + n
                if len(rest) == 2 and rest[0] in _PLACE_NOUNS:
                    a += 1  # "محافظاً لمحافظة لحج": the place is لحج
                place = " ".join(t.norm for t in toks[a:k + n + len(rest)])
                found = [e for e in kb.lookup(place) if e.startswith("loc:")]
                of_id = found[0] if found else new_entity_id(place, "LOC")
                of_name = text[toks[a].start:toks[k + n + len(rest) - 1].end]
                title_words = title_words[:n]
                break
    if len(title_words) == 1 and of_id is None:
        return None  # a bare "رئيساً": whose?
    key = tuple(title_words)
    office = None
    for n in range(len(key), 0, -1):
        office = kb.titles.get(key[:n])
        if office and n == len(key):
            break
        office = None
    if title_words[:1] == [norm("رئيس")] and title_words[1:] in ([norm("الجمهوريه")], [norm("جمهوريه")]):
        office, title_words = "president", [norm("رئيس")]
    name = " ".join(title_words)
    # the key is folded ("وزير الداخليه"); the title as the text wrote it ("وزير الداخلية") is what readers see
    return Office(office or name, " ".join(shown[:len(title_words)]), of_id, of_name, office is not None, k, j)


def _as_written(text: str, tok: Tok, folded: str, drop_first: bool = False) -> str:
    """A title word as the text wrote it (no diacritics or tatweel), for the folded form ``folded`` of the token
    (``drop_first``: without its first letter, a particle); the folded form when the two do not line up."""
    written = strip_diacritics(text[tok.start:tok.end])
    if len(written) != len(tok.norm):
        return folded
    return written[1:] if drop_first else written


def _bare(word: str) -> str:
    """A title word without its particle ("لفرع" → "فرع", "للتحرير" → "التحرير")."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in ("ل", "ب") and len(word) > 3 else word


def _org_noun(word: str, nouns: frozenset[str] = _ORG_NOUNS) -> str | None:
    """The organisation noun a title word is, without its particle ("لمستشفى" → "مستشفي")."""
    for w in (word, word[1:] if word.startswith("ل") else "", "ال" + word[2:] if word.startswith("لل") else ""):
        if w in nouns or (w.startswith("ال") and w[2:] in nouns):
            return w
    return None


# Nouns by which a post refers back, with the article, to the organisation the sentence named before
# ("أعلنت شركة فلان تعيين زيد رئيساً تنفيذياً للشركة", "قرار مدير جامعة نجران بتكليفه متحدثاً للجامعة").
_BACK_NOUNS = _ORG_NOUNS | frozenset(norm(w) for w in """مجلس اتحاد هيئه هيئة حركه حركة حزب منظمه منظمة لجنه
    لجنة""".split())


def _org_named_before(kb: KnowledgeBase, text: str, toks: list[Tok], words: list[str], positions: list[int],
                      lo: int, k: int, hi: int, mentions: list[Mention]) -> tuple[tuple[str, str, int], int] | None:
    """The organisation a title's last word points back to: a noun with the article ("للشركة", "للمجلس") is the
    organisation named by that noun without it earlier in the sentence ("شركة اتحاد اتصالات"), before the
    title at ``k``.  ((id, name, token after its name), the title word's token), like ``org_in_title``."""
    if not words or not words[-1].startswith("ال") or words[-1][2:] not in _BACK_NOUNS:
        return None
    noun = words[-1][2:]
    for a in range(k - 1, lo - 1, -1):
        if toks[a].norm == noun or (toks[a].norm[:1] in ("و", "ل", "ب") and toks[a].norm[1:] == noun):
            found = org_in_title(kb, text, toks, [a], hi, mentions, _BACK_NOUNS, closed=True)
            return (found[0], positions[-1]) if found is not None and found[0][2] <= k else None
    return None


def org_in_title(kb: KnowledgeBase, text: str, toks: list[Tok], positions: list[int], hi: int,
                  mentions: list[Mention], nouns: frozenset[str] = _ORG_NOUNS,
                  closed: bool = False) -> tuple[tuple[str, str, int], int] | None:
    """The organisation named by the words of a title ("لتحرير صحيفة «الوطن»", "لمستشفى الملك فهد"):
    ((id, name, token after its name), the organisation noun's token) — the linked organisation when the
    linker found one there, else the organisation noun and the words of its name (with ``closed``, only a name
    that something ends — a change word, a stop word, punctuation — before its longest length: "نادي الشباب
    باب الترشح" has taken in the words after it)."""
    for p in positions:
        if _org_noun(toks[p].norm, nouns) is None:
            continue
        # (not the linker's "head + name" of an institution named after a person: "مستشفى الملك فهد" of
        # "مستشفى الملك فهد التخصصي" — the words after the noun name it whole)
        linked = next((m for m in mentions if m.label == "ORG" and p <= m.i <= p + 1 and m.source != "named_after"),
                      None)
        if linked is not None:
            return (linked.entity_id, linked.name, linked.j), p
        end = p + 1
        while end < min(hi, p + 1 + _ORG_NAME_WORDS):
            gap = text[toks[end - 1].end:toks[end].start]
            w = toks[end].norm
            if gap.strip(" «»\"'“”") or w in STOP or w in _TITLE_END or w in FRAME_WORDS or (
                    w.startswith("ال") and w[2:] in FRAME_WORDS) or any(
                    v in TRIGGERS or v in ACC_TITLES for v in variants(toks[end])):
                break
            if w.startswith("ب") and (w[1:] in _PLACE_NOUNS or w[1:3] == "ال" and w[3:] in _PLACE_NOUNS or any(
                    m.i == end and m.label in ("LOC", "GPE") for m in mentions)):
                break  # "صحيفة مكة بمدينة جدة", "صندوق التنمية بحائل": where it is, not its name
            if end > p + 1 and (kb.adjectives.get((w,)) or kb.fem_adjectives.get((w,))):
                end += 1  # "نادي برشلونة الإسباني": the country's adjective ends the name
                break
            if w.startswith("و") and end > p + 1 and (w[1:] in ACC_TITLES or w[1:3] == "ال"):
                break  # "صحيفة عكاظ والمشرف على ...": the next part of the sentence
            end += 1
        if end == p + 1:
            return None  # "مدير الشركة": which one the sentence does not say
        if closed and end == min(hi, p + 1 + _ORG_NAME_WORDS) and not (
                end < len(toks) and text[toks[end - 1].end:toks[end].start].strip(" «»\"'“”")):
            return None  # the longest name, and nothing ends it there: it may run on (a comma would end it)
        surface = text[toks[p].start:toks[p].end]
        noun = ("ال" + surface[2:] if toks[p].norm.startswith("لل") else surface[1:]
                if toks[p].norm not in nouns and surface[:1] in ("ل", "و", "ب") else surface)
        rest = text[toks[p + 1].start:toks[end - 1].end].strip("«»\"'“” ")
        name = f"{noun} {rest}"
        return (new_entity_id(name, "ORG"), name, end), p
    return None


def _of_in(kb: KnowledgeBase, toks: list[Tok], i: int, j: int,
           mentions: list[Mention]) -> tuple[str, str, int] | None:
    """The country, organisation or place named in tokens ``[i, j)``: (id, name, first token)."""
    for a in range(i, j):
        for an in range(min(3, j - a), 0, -1):
            words = tuple(t.norm for t in toks[a:a + an])
            country = kb.adjectives.get(words) or kb.fem_adjectives.get(words)
            if country:
                e = kb.entities.get(country)
                return country, (e.name_ar if e else country), a
        for m in mentions:
            if m.i == a and m.label in ("LOC", "ORG", "GPE") and m.j <= j + 1 and m.source != "named_after":
                place = _glued_place(kb, toks, m)
                return (*place, a) if place else (m.entity_id, m.name, a)
    return None


def _places(kb: KnowledgeBase, name: str) -> list[str]:
    """The ids of the places the KB knows by ``name``."""
    return [e for e in kb.lookup(name) if e.startswith("loc:")]


def _glued_place(kb: KnowledgeBase, toks: list[Tok], m: Mention) -> tuple[str, str] | None:
    """The place a name with a glued particle and a place noun stands for ("لمحافظة لحج" → لحج): the
    particle and the noun say how the place is named, not which it is."""
    first = toks[m.i].norm
    if first[:1] not in ("ل", "ب"):
        return None
    if m.j - m.i >= 2 and first[1:] in _PLACE_NOUNS:
        name = m.name.split(maxsplit=1)[1] if len(m.name.split()) > 1 else " ".join(
            t.norm for t in toks[m.i + 1:m.j])
    elif not kb.lookup(m.name) and _places(kb, m.name[1:]):  # "لعدن": the particle glued to a place the KB knows
        name = m.name[1:]
    else:
        return None
    found = _places(kb, name)
    return (found[0] if found else new_entity_id(name, m.label)), name


def office_for(kb: KnowledgeBase, text: str, toks: list[Tok], k: int, lo: int, hi: int, person: Mention,
               mentions: list[Mention], kind: str) -> Office | None:
    """The office of a change: the first role phrase after the person (or the change word), else the title
    written right before the person's name ("رئيس الوزراء الياباني فلان")."""
    def before() -> Office | None:
        for a in range(max(lo, person.i - _MAX_TITLE_WORDS - 2), person.i):
            office = _office_at(kb, text, toks, a, lo, person.i, mentions)
            if office is not None and office.j == person.i and office.of_id != person.entity_id:
                return office
        return None

    if kind not in START:  # who leaves is named with the office he leaves: "استقال وزير الدفاع فلان"
        office = before()
        if office is not None:
            return office
    first = lo if kind == "succeeded" else min(person.j, k + 1)
    # The post someone is made is said in the accusative ("رئيساً لأركان الجيوش"); a nominative title after
    # the name is the title he had ("فلان رئيس مجلس الأمن القومي"), so the accusative is looked for first.
    # Only the first accusative title counts: a later one is another clause's ("تكليفه مشرفاً على الجامعة
    # بالإضافة إلى عمله مديراً لجامعة المجمعة" — the post he already holds).
    last = hi
    for accusative in (True, False):
        for a in range(first, last):
            if person.i <= a < person.j:
                continue
            if accusative and not any(v in ACC_TITLES or v in POST_NOUNS or v in PRESIDENCY
                                      for v in variants(toks[a])):
                continue
            office = _office_at(kb, text, toks, a, lo, hi, mentions)
            if office is not None and office.of_id != person.entity_id:
                return office
            if accusative:
                last = a
                break
    return before() if kind in START else None
