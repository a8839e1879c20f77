"""Finding who spoke: the speaker noun phrase next to a cue, through mentions when present.

``SpeakerFinder`` is the half of the quote finder (``marsad.nlp.quotes``) that
reads noun phrases: it splits the words between a cue and its complement at
commas, tells the speaker ("الرئيس الروسي، فلاديمير بوتين") from adjuncts
("يوم الثلاثاء", "في تصريحات نشرتها الصحيفة") and finds the channel (via).
Subjects apart from the cue (before it, after a channel, in a second title) are read by its base,
``marsad.nlp.quote_subjects.SubjectFinder``; subject-less continuations and back references by that one's
base, ``marsad.nlp.quote_coref.CorefFinder``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from marsad.models import Span
from marsad.nlp import office_words
from marsad.nlp import speech_lexicon as lex
from marsad.nlp.quote_marks import QUOTE_MARKS, Tokens
from marsad.nlp.quote_coref import NEAR_WORDS, speaker_from_mention  # noqa: F401 (re-exported)
from marsad.nlp.quote_subjects import COMMAS, SubjectFinder
from marsad.nlp.speech_lexicon import fold
from marsad.nlp.translit import norm

_LABEL_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
# Words that open a clause before its verb ("فيما أكد فلان ..."، "كما أوضح"): not the verb itself.
_CLAUSE_OPENERS = frozenset(fold(w) for w in "كما ثم لكن ولكن كذلك فيما وفيما بينما وبينما".split())
_NO_CUE = lex.Cue("", "")
_MARKS = "".join(sorted(QUOTE_MARKS))
_SPACES_RE = re.compile(r"\s+")
_WORDS_RE = re.compile(r"\w+")
_PREP_ARTICLE = ("بال", "لل", "كال")


def _prep_article(folded: str) -> bool:
    """A preposition fused with the article ("بالتالي", "للصحفيين", "كالعادة"): a phrase, never a personal name
    (a short one may be: "بالمر")."""
    return len(folded) > 5 and folded.startswith(_PREP_ARTICLE)


def _unlinked(m: Span) -> bool:
    """No entity in the knowledge base: the linker only made up a new id (or none)."""
    eid = (m.data or {}).get("entity_id")
    return not eid or str(eid).startswith("new:")


def fragment_speaker(text: str) -> bool:
    """Does a speaker's surface (one with no entity) read as a fragment rather than a party: a word with an
    attached pronoun ("سموه", "قوله", "جانبه"), an adjunct or a prepositional phrase ("عقب افتتاحه",
    "بالقوات المسلحة")?"""
    words = text.split()
    if not words:
        return True
    raw = lex.MARKS_RE.sub("", words[0])
    f = fold(raw)
    if f in lex.ROLE_WORDS or f in lex.BODY_WORDS or f in lex.HONORIFICS:
        return False
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = f[:-len(suffix)] if f.endswith(suffix) else ""
        if stem and {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem} & (lex.KIN_HEADS | lex.ROLE_WORDS):
            return False  # "والدته", "نائبه": his mother, his deputy — a party, named by the one before
    if f in lex.ADJUNCT_STARTS or f in lex.INNER_CUTS or f in lex.ADJUNCT_NOUNS or _prep_article(f):
        return True
    # a possessive pronoun makes a back reference ("سموه" = His Highness), not a name: the party is named before
    return not f.startswith("ال") and len(raw) >= 4 and raw.endswith(("ه", "ها", "هم", "هما"))


def join_split_names(text: str, mentions: list[Span]) -> list[Span]:
    """"محمود علي" + "يوسف": two unlinked person mentions one space apart are one name the tagger split."""
    out: list[Span] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == m.label == "PER" and m.start == prev.end + 1 and text[prev.end] == " "
                and _unlinked(prev) and _unlinked(m)):
            name = text[prev.start:m.end]
            out[-1] = Span(prev.kind, prev.start, m.end, prev.label, dict(prev.data or {}, name=name))
        else:
            out.append(m)
    return out


class SpeakerFinder(SubjectFinder):
    """Speaker and channel reading over ``self.tokens``; the state lives in the quote finder subclass."""

    text: str
    folded: str  # text with letter variants unified (same offsets)
    tokens: Tokens
    mentions: list[Span]
    _mention_starts: list[int]
    _longest: int
    quotes: list[Span]
    speakers_seen: list[dict[str, Any]]
    sentences: list[tuple[int, int]]
    _sent_starts: list[int]
    paragraphs: list[tuple[int, int]]
    _para_starts: list[int]
    _adjunct: dict[int, bool]
    _cursor: int
    _objects: bool
    _relay_lemma: str
    opts: Any

    def _mentions_in(self, s: int, e: int) -> list[Span]:
        """Mentions overlapping text[s:e] (mentions are sorted by start; none is longer than _longest)."""
        lo = bisect_left(self._mention_starts, s - self._longest)
        hi = bisect_left(self._mention_starts, e)
        return [m for m in self.mentions[lo:hi] if m.end > s]

    def _surface(self, s: int, e: int) -> str:
        text = _SPACES_RE.sub(" ", self.text[s:e].strip(" \t،,:؛;."))
        marks = _MARKS
        if sum(map(text.count, marks)) % 2:  # a mark left alone at an end: "شبكة “سي ان ان"
            text = text.strip(marks + " ")
        elif len(text) > 2 and text[0] in marks and text[-1] in marks and not any(c in marks for c in text[1:-1]):
            text = text[1:-1].strip()  # a name in quotes: "المسعد"
        return text

    # -- speaker noun phrases ---------------------------------------------------------------------

    def _segments(self, a: int, b: int) -> list[list[int]]:
        """Token indices a..b-1 split at commas."""
        segs: list[list[int]] = [[]]
        depth = 0
        f, word = self.tokens.f, self.tokens.word
        for ti in range(a, b):
            if f[ti] in "()":  # "(جمهوري، ولاية فلوريدا)": a parenthesis is an aside, not a segment
                depth = max(0, depth + (1 if f[ti] == "(" else -1))
            elif depth:
                continue
            elif not word[ti] and (f[ti] in COMMAS or f[ti] in "-–—"):
                segs.append([])
            elif word[ti] or f[ti] in QUOTE_MARKS:
                segs[-1].append(ti)
        return [s for s in segs if s]

    def _is_adjunct(self, seg: list[int]) -> bool:
        word = self.tokens.word
        first = next((ti for ti in seg if word[ti]), None)
        if first is None:
            return True
        known = self._adjunct.get(first)  # the answer depends on the first word only: segments share it
        if known is None:
            known = self._adjunct[first] = self._adjunct_word(first)
        return known

    def _adjunct_word(self, ti: int) -> bool:
        """Does a segment opening with the word at token ti read as an adjunct (see ``_is_adjunct``)?"""
        t = self.tokens.at(ti)
        participle = (lex.CUES.get(t.f) or lex.CUES.get(t.s) or _NO_CUE).klass == "participle"
        # "للصحفيين", "لرويترز": whom it was said to, not who said it.
        # "لتلفزيون محلي", "لوسائل الإعلام" too: ل + a noun one speaks to.
        addressee = t.f.startswith("لل") or (t.f.startswith("ل") and (
            lex.drop_li(t.f) in lex.BODY_WORDS or lex.drop_li(t.f) in lex.ADDRESSEE_NOUNS
            or self._org_at(t.start + 1, t.end)))
        adverbial = "\u064b" in self.text[t.start:t.end]  # "مجيباً", "رداً": an accusative adverb, not a subject
        # "بالحدة نفسها", "بالتزامن مع": ب + the article opens a prepositional phrase, never the subject (a name
        # such as "بالمر" is short or a mention)
        prepositional = t.f.startswith("بال") and len(t.f) > 5 and not self._mentions_in(t.start, t.end)
        return (t.f in lex.ADJUNCT_STARTS or t.s in lex.ADJUNCT_STARTS or t.f.isdigit() or participle or addressee
                or adverbial or prepositional)

    def _cut_np(self, seg: list[int], objects: bool = False) -> list[int]:
        """The noun phrase at the head of a segment: stop at an adjunct inside it ("كيم عن المعاهدة")."""
        out: list[int] = []
        if not seg:
            return out
        head = self.tokens.at(seg[0])
        bare = lex.drop_li(head.f)
        named = head.word and not (head.f.startswith(("ال", "لل", "وال")) or bare in lex.ROLE_WORDS
                                   or bare in lex.BODY_WORDS or head.s in lex.ROLE_WORDS or head.s in lex.BODY_WORDS
                                   or head.f in lex.ROLE_WORDS or head.f in lex.BODY_WORDS
                                   or head.f in lex.DOCUMENT_HEADS or head.f in lex.MEDIA_HEADS)
        f, word, starts, ends = self.tokens.f, self.tokens.word, self.tokens.start, self.tokens.end
        for k, ti in enumerate(seg):
            tf = f[ti]
            if not (k and word[ti]):
                out.append(ti)
                continue
            if (objects and named and tf.startswith(("ال", "وال"))
                    and not any(m.start < starts[ti] for m in self._mentions_in(starts[ti], ends[ti]))):
                break  # "ووصف بوتين المعاهدة بأنها", "ووصف فلان الأكراد بأنهم": a name, then the object
            if tf == "عن" and f[seg[k - 1]] in ("صادر", "الصادر", "صادره", "الصادره"):
                pass  # "تقرير صادر عن البنك الدولي": the source is part of the phrase
            elif tf == "علي" and self.text[ends[ti] - 1] == "ي":
                pass  # the name علي, not the preposition على (both fold to علي)
            elif tf in lex.INNER_CUTS or tf in lex.KANA or (
                    tf == "في" and k + 1 < len(seg) and lex.is_occasion(f[seg[k + 1]])):
                break  # ("وبحسب وكالة رويترز كان البنك أصدر": كان opens the clause, it is no part of a name)
            elif tf in lex.ATTRIBUTIONS or (tf.startswith("ل") and self._org_at(starts[ti] + 1, ends[ti])) or (
                    named and (tf.startswith("لل") or tf[1:] in lex.BODY_WORDS)) or (
                    tf.startswith("ل") and lex.drop_li(tf) in lex.ADDRESSEE_NOUNS
                    and not any(m.start < starts[ti] for m in self._mentions_in(starts[ti], ends[ti]))):
                break  # "رودريجيز للصحفيين", "الصفدي للصحفيين": whom it was said to, not who said it
            elif (tf in lex.COMPLEMENTIZERS and not self._name_an(ti)) or tf in ("الي", "علي", "عن"):
                break
            out.append(ti)
        while out and self.tokens.f[out[-1]] in ("الي", "علي", "عن", "من", "في"):
            out.pop()
        return out[: self.opts.max_speaker_tokens]

    def _name_like(self, seg: list[int]) -> bool:
        word = self.tokens.word
        words = [self.tokens.f[ti] for ti in seg if word[ti]]  # folded forms of the words
        if not words or len(words) > 5:
            return False
        if len(words) > 1 and words[0] in lex.HONORIFICS:
            words = words[1:]  # "العقيد سامر يوسف"
        first = words[0]
        if first[:1] in "وف" and len(first) > 3 and not self._mentions_in(self.tokens.start[seg[0]],
                                                                         self.tokens.end[seg[0]]):
            # "، وبالتالي فإن", "، فيما": a conjunction opens a new clause, not a name in apposition
            rest = first[1:]
            if _prep_article(rest) or lex.is_function_word(rest) or rest in lex.ADJUNCT_STARTS:
                return False
        return not (first.startswith("ال") or first.startswith("وال") or first in lex.ADJUNCT_STARTS
                    or _prep_article(first) or first in lex.ROLE_WORDS or first in lex.BODY_WORDS)

    def _np_speaker(self, np: list[int], appos: list[int] | None, how: str) -> dict[str, Any] | None:
        """A speaker from a noun phrase (and an optional name in apposition), through mentions when present."""
        if not np:
            return None
        s, e = self.tokens.start[np[0]], self.tokens.end[np[-1]]
        if (lex.is_function_word(self.tokens.f[np[0]]) and self.text[s:self.tokens.end[np[0]]] != "علي"
                and not self._mentions_in(s, self.tokens.end[np[0]])):
            return None  # "لكنه تساءل", "وفيما أكد", "مما يؤكد": a particle or pronoun, not who spoke
        if self.text[s] in "وف" and self.tokens.f[np[0]] != self.tokens.s[np[0]] and self.tokens.s[np[0]].startswith("ال"):
            s += 1  # "والرئيس": the conjunction is not part of the name
        full_e = self.tokens.end[appos[-1]] if appos else e
        ms = [m for m in self._mentions_in(s, full_e) if not self._named_after(m, s)]
        best = None
        if ms:
            best = min(ms, key=lambda m: (_LABEL_RANK.get(m.label, 9), not (m.data or {}).get("entity_id"), m.start))
            head = self.tokens.at(np[0])
            bare = lex.drop_li(head.f)
            titled = bare in lex.ROLE_WORDS or bare in lex.BODY_WORDS or head.f in lex.ROLE_WORDS
            if best.label != "PER" and best.start > head.start + 1 and (titled or not self._mentions_in(head.start, head.end)):
                best = None  # "المتحدث باسم الوزارة", "المتظاهرون في ساحة … ببغداد": not the place or body itself
            elif best.label == "PER" and best.start > head.start and bare in lex.KIN_HEADS:
                best = None  # "والد الشهيد فلان": the martyr's father, not the martyr
            elif best.label == "PER" and best.start > head.start and titled:
                if NEAR_WORDS.intersection(fold(self.text[s:best.start]).split()) or (
                        self.text[best.start - 1] == "ل" and not self.text[best.start - 2].isalnum()):
                    # "مصدر مقرب من فلان", "مستشار لدى فلان", "مصادر موالية لفلان": someone near the person
                    best = None
        if best is not None:
            sp = speaker_from_mention(best, self._surface(best.start, best.end))
            if best.label == "PER" and best.start > s and self.text[s:best.start].strip():
                sp["title"] = self._surface(s, best.start)  # "المتحدث باسم الوزارة" before "فلان"
        else:
            sp = self._surface_speaker(np, appos)
            if ms:
                sp["affiliation"] = (ms[0].data or {}).get("name_en") or (ms[0].data or {}).get("name")
        sp["resolved"] = how
        self._coref(sp)
        if not sp.get("entity_id") and not sp.get("title"):
            self._title_holder(sp, s)
            if not sp.get("entity_id"):
                self._described_holder(sp, s)
        return sp

    def _named_after(self, m: Span, s: int) -> bool:
        """Is the person mention ``m`` in a noun phrase starting at ``s`` the name of a place or institution
        ("مدير مطار الأمير فلان", "مركز الملك فلان")?"""
        if m.label != "PER" or m.start <= s:
            return False
        before = _WORDS_RE.findall(fold(self.text[max(s, m.start - 40):m.start]))[-2:]  # ('لـ "مركز': مركز)
        if before and before[-1] in lex.HONORIFICS:
            before = before[:-1]
        if not before:
            return False
        return self._named_after_head(before[-1]) or self._named_after_head(lex.drop_li(before[-1]))  # "لمركز"

    @staticmethod
    def _named_after_head(folded: str) -> bool:
        # Only the construct form names a place after someone: "رئيس الجامعة فلان" is the university's head himself.
        return folded in lex.NAMED_AFTER_HEADS

    def _surface_speaker(self, np: list[int], appos: list[int] | None) -> dict[str, Any]:
        s, e = self.tokens.start[np[0]], self.tokens.end[np[-1]]
        text = self._surface(s, e)
        head = self.tokens.at(np[0])
        if appos:
            name = self._surface(self.tokens.start[appos[0]], self.tokens.end[appos[-1]])
            return {"text": name, "entity_id": None, "name_ar": name, "name_en": None, "title": text}
        name = text
        if (head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS) and head.f not in lex.COLLECTIVE_ROLES:
            # "وزير الخارجية الأمريكي أنتوني بلينكن": the undefined words at the end are the name.
            def plain(ti: int) -> bool:  # could be part of a personal name
                t = self.tokens.at(ti)
                return (t.word and not t.f.startswith(("ال", "وال", "لل")) and t.f not in lex.ROLE_WORDS
                        and t.f not in lex.BODY_WORDS and not (t.f[0] == "ل" and lex.drop_li(t.f) in lex.BODY_WORDS)
                        and (t.f not in lex.NAME_BREAKERS or self.text[t.start:t.end] == "علي"))

            k = len(np)
            # A family name may carry the article ("سعيد الكامل") when a plain given name precedes it.
            if k > 2 and self.tokens.f[np[-1]].startswith("ال") and plain(np[-2]):
                k -= 1
            while k > 1 and plain(np[k - 1]):
                k -= 1
            # "المتحدث باسم الجيش في بوروندي فلان": a place or body named before the name is not part of it
            placed = False
            while k < len(np) and any(m.label != "PER" for m in self._mentions_in(self.tokens.start[np[k]],
                                                                                  self.tokens.end[np[k]])):
                k, placed = k + 1, True
            if not placed and k < len(np) and self.tokens.f[np[k - 1]] in lex.NAME_BREAKERS:
                k = k + 1 if len(np) - k >= 3 else len(np)  # "في بوروندي فلان الفلاني": a place, then the name
            heads = [self.tokens.f[ti] for ti in np[max(0, k - 2):k]]
            if heads and heads[-1] in lex.HONORIFICS:
                heads = heads[:-1]
            if heads and self._named_after_head(heads[-1]):
                k = len(np)  # "مدير مطار الأمير فلان": the airport's name, not the director's
            # "مسؤول أميركي رفيع", "متحدث عسكري": after an undefined head with no definite word, a word ending in
            # ي with no mention is an adjective of origin or rank, not a name
            tail = np[k:]
            adjectival = (bool(tail) and self.tokens.f[tail[0]].endswith("ي")
                          and not any(self.tokens.f[ti].startswith(("ال", "وال")) for ti in np)
                          and not self._mentions_in(self.tokens.start[tail[0]], e))
            if 0 < len(np) - k <= 4 and not adjectival:
                name = self._surface(self.tokens.start[np[k]], e)
                return {"text": text, "entity_id": None, "name_ar": name, "name_en": None,
                        "title": self._surface(s, self.tokens.end[np[k - 1]])}
        return {"text": text, "entity_id": None, "name_ar": name, "name_en": None}

    def _region_speaker(self, a: int, b: int, how: str = "explicit") -> tuple[dict[str, Any] | None, dict | None]:
        """Speaker and channel named in tokens a..b-1 (between a cue and its complement)."""
        segs = self._segments(a, b)
        via = self._via(segs)
        if segs and self._is_adjunct(segs[0]):
            segs = self._past_channel(segs)
        if not segs:
            return None, via
        np = self._cut_np(segs[0], objects=self._objects)
        if np and self.tokens.f[np[0]] in lex.OBJECT_HEADS:
            return None, via  # "وأكد أهمية ...": the verb's object, the subject is left out
        appos = None
        if len(segs) > 1 and not self._is_adjunct(segs[1]) and self._name_like(segs[1]) and not self._name_like(np):
            appos = self._cut_np(segs[1])
        elif len(segs) > 1 and not self._is_adjunct(segs[1]):
            person = self._titled_person(np, segs[1])
            if person is not None:
                sp = speaker_from_mention(person, self._surface(person.start, person.end))
                sp.update(title=self._surface(self.tokens.start[np[0]], self.tokens.end[np[-1]]), resolved=how)
                return sp, via
        return self._np_speaker(np, appos, how), via

    def _via(self, segs: list[list[int]]) -> dict[str, Any] | None:
        """The channel in "في تصريحات لـ X", "في تصريحات نشرتها X", "لوكالة X"."""
        for seg in segs:
            words = [ti for ti in seg if self.tokens.word[ti]]
            for k, ti in enumerate(words):
                f = self.tokens.f[ti]
                rest = words[k + 1: k + 5]
                if f in ("نشرتها", "اوردتها", "نقلتها", "بثتها", "نشرها") and rest:
                    return self._via_np(rest)
                if f in ("مع",) and k and self.tokens.f[words[k - 1]] in lex.SPEECH_NOUNS and rest:
                    return self._via_np([ti for ti in rest])
                if f == "ل" and rest:  # لـ "صحيفة"
                    return self._via_np(rest[:3])
                if f.startswith("ل") and k + (seg[0] != words[0]) > 0 and (
                        lex.drop_li(f) in lex.BODY_WORDS or self._org_at(self.tokens.start[ti] + 1, self.tokens.end[ti])):
                    return self._via_np([ti] + rest[:3], strip_l=True)  # "لقناة الجزيرة", "لرويترز"
        return None

    def _org_at(self, s: int, e: int) -> bool:
        return any(m.label == "ORG" for m in self._mentions_in(s, e))

    def _via_np(self, tis: list[int], strip_l: bool = False) -> dict[str, Any]:
        s, e = self.tokens.start[tis[0]] + (1 if strip_l else 0), self.tokens.end[tis[-1]]
        ms = self._mentions_in(s, e)
        if ms:
            m = min(ms, key=lambda m: (m.label != "ORG", m.start))
            return {"text": self._surface(s, e), "entity_id": (m.data or {}).get("entity_id"),
                    "name_ar": (m.data or {}).get("name"), "name_en": (m.data or {}).get("name_en")}
        via = {"text": self._surface(s, e), "entity_id": None}
        head = lex.GENERIC_HEADS.get(fold(via["text"].split()[0])) if via["text"] else None
        if head:  # "نشرتها الصحيفة": the paper named earlier
            for m in reversed(self.mentions):
                if m.start < s and m.label == "ORG":
                    via.update(entity_id=(m.data or {}).get("entity_id"), name_ar=(m.data or {}).get("name"),
                               name_en=(m.data or {}).get("name_en"))
                    break
        return via

    # -- who spoke -----------------------------------------------------------------------------------

    def _paragraph(self, pos: int) -> tuple[int, int]:
        # Paragraphs are sorted and apart (a newline between two): the last one starting at or before pos is the
        # only one that can hold it.
        k = bisect_right(self._para_starts, pos) - 1
        if k >= 0 and pos <= self.paragraphs[k][1]:
            return self.paragraphs[k]
        return 0, len(self.text)

    def _titled_subject_end(self, ti: int, k: int, se: int) -> int | None:
        """End token of a title-led subject of an object cue, or None when the subject is not one.

        "نفى المتحدث الرسمي باسم وزارة الخارجية عمر الزعبي ما ...": a role or body head runs on through
        adjectives, باسم/لـ + organisation and a personal name; the person's name ends it, else the first
        word that opens a denial's object ("ما", "صحة", "الأنباء").
        """
        head, n = self.tokens.at(k), len(self.tokens)
        if not (head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS or head.f in lex.BODY_WORDS
                or head.s in lex.BODY_WORDS):
            return None
        verb = self.tokens.at(ti)
        cue = lex.CUES.get(verb.f) or lex.CUES.get(verb.s)
        person_ok = cue is not None and cue.lemma != "اتهم"  # "اتهم X الرئيس فلان": the person is the object
        m = k + 1
        while m < n and m - k <= 12 and self.tokens.word[m] and self.tokens.start[m] < se:
            u = self.tokens.at(m)
            if u.f in lex.DENIAL_OBJECTS or u.f in lex.COMPLEMENTIZERS or u.f in lex.OBJECT_HEADS:
                return m if m > k + 1 or head.f not in lex.ROLE_WORDS else None
            if lex.CUES.get(u.f) or lex.CUES.get(u.s):
                return None
            per = [x for x in self._mentions_in(u.start, u.end) if x.label == "PER" and x.start >= u.start]
            if per and person_ok:
                stop = max(x.end for x in per)
                while m < n and self.tokens.start[m] < stop:
                    m += 1
                return m
            m += 1
        return None

    def _strict_ok(self, sp: dict[str, Any] | None, np_first: int | None) -> bool:
        """A subject found after a non-speech verb must look like a speaker (a name, a role, a body)."""
        if sp is None or np_first is None:
            return False
        head = self.tokens.at(np_first)
        bare = head.s[2:] if head.s.startswith("ال") else head.s
        if (head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS or head.f in lex.BODY_WORDS or sp.get("title")
                or sp.get("label") in ("PER", "ORG")  # "تنظيم داعش": a person or body named in the phrase
                or norm(bare) in office_words.TITLE_HEADS):  # "وأوصى مفتي عام المملكة": the titles of offices
            return True
        return any(m.start <= head.start < m.end or m.start == head.start for m in self.mentions)

    def _participle_speaker(self, ti: int, ss: int) -> dict[str, Any] | None:
        """Speaker of "قائلا إن": the same sentence's earlier speaker, else the main verb's subject."""
        for q in reversed(self.quotes):
            if q.data["sentence"][0] == ss and q.data["cue"][0] < self.tokens.start[ti]:
                words = fold(q.data["speaker"].get("text") or "").split()
                if words and words[0] in lex.CITED_HEADS:
                    continue  # "حيث يقول الله تعالى: …، مضيفا": the preacher goes on, not the scripture he cited
                return dict(q.data["speaker"], resolved="previous")
        k = self._first_word(ss, ti)
        if k is not None and self.tokens.f[k] in lex.ADJUNCT_STARTS:
            # "في غضون ذلك، أعلن التنظيم …، قائلا": the main verb follows the opening adjunct's comma
            comma = next((j for j in range(k + 1, min(ti, k + 8))
                          if not self.tokens.word[j] and self.tokens.f[j] in COMMAS), None)
            if comma is not None:
                k = self._first_word(self.tokens.start[comma + 1], ti) if comma + 1 < ti else None
        if k is None or k + 1 >= ti:
            return None
        segs = self._segments(k + 1, ti)
        if not segs or self._is_adjunct(segs[0]):
            return None
        sp, _ = self._region_speaker(k + 1, ti)
        if self._strict_ok(sp, segs[0][0]):
            return sp
        head = self.tokens.at(segs[0][0])
        if head.f in lex.KIN_HEADS and len(segs[0]) > 1:
            return self._np_speaker(segs[0][:2], None, "explicit")  # "تلقى والد الشهيد اتصالا …، وأوضح": the father
        if self.tokens.f[ti].endswith("ين") and head.word and head.f.endswith(("ون", "ين")) and len(head.f) > 4:
            return self._np_speaker([segs[0][0]], None, "explicit")  # "واعتبر مواطنون …، مضيفين أن": they
        return None

    def _first_word(self, ss: int, limit: int) -> int | None:
        k = self._tok_at(ss)
        # A dateline ("فلان- سبق- الرياض:", "جدة - واس:") is not the clause: it starts after the colon.
        dash = False
        f, word = self.tokens.f, self.tokens.word
        for j in range(k, min(limit, k + 10)):
            if not word[j] and f[j] in "-–—":
                dash = True
            elif f[j] == ":" and dash:
                k = j + 1
                break
            elif not word[j] and f[j] not in "-–—":
                break
        while k < limit and (not self.tokens.word[k] or self.tokens.f[k] in _CLAUSE_OPENERS):
            k += 1
        return k if k < limit else None

    def _tok_at(self, pos: int) -> int:
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens.start[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _relay(self, a: int, b: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """"نقلت X عن Y قوله": Y spoke, X relayed."""
        # "وعلمت الصحيفة من مسؤول أن": علم names its source with من.
        source = ("عن", "من") if self._relay_lemma == "علم" else ("عن",)
        for k in range(a, b):
            if self.tokens.word[k] and self.tokens.f[k] in source:
                chan, _ = self._region_speaker(a, k)
                sp, via = self._region_speaker(k + 1, b)
                if chan is not None:
                    via = {key: chan.get(key) for key in ("text", "entity_id", "name_ar", "name_en")}
                return sp, via
        # No "عن": only an outlet or body relays ("ونقلت الصحيفة أن"); "نقل المصاب" is transport.
        head = self.tokens.at(a) if a < b else None
        if head is None or self._relay_lemma == "علم" or not (head.f in lex.BODY_WORDS or head.s in lex.BODY_WORDS
                                or self._org_at(head.start, head.end)):
            return None, None
        return self._region_speaker(a, b)

    # -- what was said ---------------------------------------------------------------------------------
    def _name_an(self, j: int) -> bool:
        """"سي ان ان": ان inside a spelled-out name is no complementizer."""
        if self.tokens.f[j] != "ان":
            return False
        f = self.tokens.f
        return (j > 0 and f[j - 1] in ("سي", "ان")) or (j + 1 < len(f) and f[j + 1] == "ان")
