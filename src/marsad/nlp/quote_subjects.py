"""Subjects that sit apart from their cue: the quote finder's readings of who spoke before the verb, or after a
channel or a second title.

``SubjectFinder`` is the base of ``marsad.nlp.quote_speakers.SpeakerFinder``. It reads

* subject–verb order ("بوتين قال إن", "أن أجهزة الأمن حذرت") — only a party, never a lone verb or fragment;
* "أما X فقال", "وكان X قد قال", and relatives ("سيئول، التي حذرت", "… فلان الذي أكد");
* a channel named before the speaker ("قال لـ«الصحيفة» فلان إن", "يوضح لـ«الصحيفة»، مصدر في … أن");
* a title, then a second title ending in the person's name ("عضو شرف النادي، المشرف على الفريق فلان").

It calls the noun phrase helpers of its subclass (``_cut_np``, ``_np_speaker``, ``_mentions_in``, ``_is_adjunct``,
``_strict_ok``, ``_region_speaker``, ``_surface``).
"""

from __future__ import annotations

from typing import Any

from marsad.models import Span
from marsad.nlp import speech_lexicon as lex
from marsad.nlp.quote_coref import NEAR_WORDS, PEOPLE_PLURALS, CorefFinder
from marsad.nlp.quote_marks import QUOTE_MARKS, Tokens
from marsad.nlp.speech_lexicon import fold

COMMAS = frozenset("،,؛;")


class SubjectFinder(CorefFinder):
    """Subjects before the cue, after a channel or in a second title; the state lives in the quote finder."""

    text: str
    tokens: Tokens
    mentions: list[Span]

    def _past_channel(self, segs: list[list[int]]) -> list[list[int]]:
        """The segments from the speaker on, when the cue names its channel first: "وقال لـ"الصحيفة" فلان
        المحلل إن", "يوضح لـ"الصحيفة"، فلان أن" (empty when no party follows the adjuncts)."""
        for i, seg in enumerate(segs[:3]):
            s, e = self.tokens.start[seg[0]], self.tokens.end[seg[-1]]
            if not self._is_adjunct(seg):
                head = self.tokens.at(seg[0])
                party = (head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS or head.f in lex.BODY_WORDS
                         or any(m.label in ("PER", "ORG") for m in self._mentions_in(head.start, head.end)))
                return segs[i:] if party else []
            first = next((ti for ti in seg if self.tokens.word[ti]), None)
            if first is None or not self.tokens.f[first].startswith("ل"):
                return []  # a time or place adjunct: the subject is left out
            people = [m for m in self._mentions_in(s, e) if m.label == "PER" and m.start > self.tokens.start[first]]
            if people:  # the channel runs straight into the name
                return [[ti for ti in seg if self.tokens.start[ti] >= people[0].start]] + segs[i + 1:]
            # ... or into a title: "وقال لـ«الصحيفة» مصدر في المقاومة إن"
            titled = next((j for j, ti in enumerate(seg) if self.tokens.start[ti] > self.tokens.start[first]
                           and self.tokens.word[ti] and self.tokens.f[ti] in lex.ROLE_WORDS), None)
            if titled is not None:
                return [seg[titled:]] + segs[i + 1:]
        return []

    def _titled_person(self, np: list[int], seg: list[int]) -> Span | None:
        """"أعلن عضو شرف النادي، المشرف على الفريق فلان عن أن": a title with no person, then a second title
        ending in the person's name — the person both describe (his name ends the second segment)."""
        if not np or not seg:
            return None
        head = self.tokens.at(np[0])
        if not (head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS) or head.f in lex.COLLECTIVE_ROLES:
            return None
        s, e = self.tokens.start[np[0]], self.tokens.end[np[-1]]
        if any(m.label == "PER" for m in self._mentions_in(s, e)):
            return None
        seg_s, seg_e = self.tokens.start[seg[0]], self.tokens.end[seg[-1]]
        people = [m for m in self._mentions_in(seg_s, seg_e) if m.label == "PER" and m.start >= seg_s]
        if not people:
            return None
        m = people[-1]
        rest = fold(self.text[m.end:seg_e]).split()
        before = fold(self.text[seg_s:m.start]).split()
        if len(rest) > 1 or (rest and rest[0] not in lex.NAME_BREAKERS) or NEAR_WORDS.intersection(before):
            return None  # the name must end the phrase ("… فلان عن أن"), and not be someone the title is near
        return m

    def _amma_speaker(self, ti: int, ss: int) -> dict[str, Any] | None:
        """"أما وزير الخارجية فأكد أن": the subject sits between أما and the ف of the verb."""
        k = ti - 1
        while k >= 0 and self.tokens.start[k] >= ss and ti - k <= 12:
            u = self.tokens.at(k)
            if not u.word and u.f not in QUOTE_MARKS:
                return None
            if u.f in ("اما", "واما"):
                np = self._cut_np(list(range(k + 1, ti)))
                return self._np_speaker(np, None, "explicit") if np else None
            k -= 1
        return None

    def _antecedent(self, k: int, ss: int) -> dict[str, Any] | None:
        """The noun phrase a relative pronoun at token k refers to (before an optional comma)."""
        k -= 1
        if k >= 0 and not self.tokens.word[k] and self.tokens.f[k] in COMMAS:
            k -= 1
        if k < 0 or self.tokens.start[k] < ss or not self.tokens.word[k]:
            return None
        t = self.tokens.at(k)
        ms = [m for m in self._mentions_in(t.start, t.end) if m.end >= t.end]
        first = k
        if ms:  # the mention ending here is the antecedent
            while first > 0 and self.tokens.start[first - 1] >= ms[0].start:
                first -= 1
        return self._np_speaker(list(range(first, k + 1)), None, "explicit")

    def _named_antecedent(self, k: int, ss: int) -> dict[str, Any] | None:
        """The person named right before the relative pronoun at token k ("مالكوم إكس الذي قال"), if one is;
        a plain noun before it ("القرار الذي أكد") is no speaker."""
        j = k - 1
        while j >= 0 and not self.tokens.word[j] and (self.tokens.f[j] in COMMAS or self.tokens.f[j] in QUOTE_MARKS):
            j -= 1  # '"مالكوم إكس" الذي قال', "فلان، الذي أوضح"
        if j < 0 or not self.tokens.word[j] or self.tokens.start[j] < ss:
            return None
        t = self.tokens.at(j)
        # a person only: '"تي"، الذي قال إنه' is a letter the speaker talks about (what "إنه" takes up)
        ms = [m for m in self._mentions_in(t.start, t.end) if m.label == "PER" and m.end >= t.end]
        if not ms:
            return None
        first = j
        while first > 0 and self.tokens.start[first - 1] >= ms[0].start:
            first -= 1
        return self._np_speaker(list(range(first, j + 1)), None, "explicit")

    def _kana_speaker(self, ti: int, ss: int) -> dict[str, Any] | None:
        """"وكان الوزير فلان قد قال": the subject sits between كان and قد."""
        k = ti - 2
        while k >= 0 and self.tokens.start[k] >= ss and ti - k < 20:
            if self.tokens.word[k] and self.tokens.f[k] in lex.KANA:
                return self._region_speaker(k + 1, ti - 1)[0]
            k -= 1
        return None

    def _kana_subject(self, ti: int, ss: int) -> dict[str, Any] | None:
        """"وكانت الحكومة التركية أكدت، تزامنا مع الغارات، أنها ...": كان, its subject, then the verb — what
        follows the verb is no subject of it (here an adverbial set off by commas).  Only when كان and the verb
        are a few words apart, with nothing but words between them."""
        k = ti - 1
        while k >= 0 and ti - k <= 7 and self.tokens.start[k] >= ss:
            if not self.tokens.word[k]:
                return None
            if self.tokens.f[k] in lex.KANA:
                return self._region_speaker(k + 1, ti)[0] if k + 1 < ti else None
            k -= 1
        return None

    _PRE_STOPS = frozenset(fold(w) for w in "لكن ولكن كما ثم حيث الذي التي والذي والتي إذ بينما فيما وإن بل حين إلا "
                                            "كان كانت كانوا وكان وكانت وكانوا عندما بعدما سيما كلما إذا لو لأن كي حتى "
                                            "لما طالما ريثما مثلما وكما سواء فكما كنت كنا كنتم".split())

    def _pre_cue_speaker(self, ti: int, ss: int, bounded: bool = False) -> dict[str, Any] | None:
        """Subject-verb order: "بوتين قال إن ...".

        With ``bounded``, only a subject that starts the sentence or follows a
        complementizer ("أن أجهزة الأمن حذرت ...") counts.
        """
        k = ti - 1
        while k >= 0 and self.tokens.word[k] and self.tokens.f[k] in lex.PRE_CUE_SKIP:
            k -= 1
        np: list[int] = []
        phrase = False  # passed a prepositional phrase inside the subject
        while k >= 0 and self.tokens.start[k] >= ss and len(np) < (9 if phrase else 6):
            t = self.tokens.at(k)
            if not t.word and t.f not in QUOTE_MARKS:
                break
            if t.word and (t.f in self._PRE_STOPS or t.f in lex.COMPLEMENTIZERS or t.f in lex.NOUN_MARKERS
                           or t.f in lex.ADJUNCT_STARTS or lex.CUES.get(t.f) or lex.CUES.get(t.s)):
                if np and not phrase and t.f in self._PHRASE_PREPOSITIONS and self._place_after(np) \
                        and self._noun_before(k, ss):
                    # "وزارة المالية في أثينا قالت", "السفارة الأميركية في نيروبي أعلنت": the place after the
                    # preposition belongs to the noun before it, and that noun is who spoke, not the place
                    phrase = True
                    np.append(k)
                    k -= 1
                    continue
                break
            np.append(k)
            k -= 1
        np.reverse()
        if not np or not self.tokens.word[np[0]] or any(self.tokens.f[i] in lex.ADJUNCT_NOUNS for i in np):
            return None
        if bounded and not (k < 0 or self.tokens.start[k] < ss or self.tokens.f[k] in lex.COMPLEMENTIZERS):
            return None
        sp = self._np_speaker(np, None, "explicit")
        words = [self.tokens.f[i] for i in np if self.tokens.word[i]]
        definite = any(w.startswith(("ال", "وال")) for w in words[:2])  # "النقابة تقول", "أجهزة الأمن حذرت"
        named = self._mentions_in(self.tokens.start[np[0]], self.tokens.end[np[-1]])  # "صحة حائل توضح"
        if not (definite or named or self._strict_ok(sp, np[0]) or self._people_head(np[0])):
            return None  # "دون أن تتوقف تؤكد", "جزء آخر يرى": undefined words before a cue are no party
        return sp

    _PHRASE_PREPOSITIONS = frozenset(fold(w) for w in "في من إلى على عن لدى".split())

    def _place_after(self, np: list[int]) -> bool:
        """Are the words gathered so far (in reverse) a place the news names, and nothing else?"""
        s, e = self.tokens.start[np[-1]], self.tokens.end[np[0]]
        return any(m.label == "LOC" and m.start <= s and m.end >= e for m in self._mentions_in(s, e))

    def _noun_before(self, k: int, ss: int) -> bool:
        """Is the token before k, in the sentence, a definite noun that may end a subject ("السفارة الأميركية",
        "وزارة المالية", "الطوارق"), no particle, stop or cue (a verb before it is another clause)?"""
        if k < 1 or self.tokens.start[k - 1] < ss or not self.tokens.word[k - 1]:
            return False
        t = self.tokens.at(k - 1)
        return t.f.startswith(("ال", "وال")) and not (
            t.f in self._PRE_STOPS or t.f in lex.COMPLEMENTIZERS or t.f in lex.NOUN_MARKERS
            or t.f in lex.ADJUNCT_STARTS or lex.CUES.get(t.f) or lex.CUES.get(t.s) or lex.is_function_word(t.f))

    def _people_head(self, ti: int) -> bool:
        """Is the word at token ti a plural of people ("المواطنون", "خبراء", "مسؤولين")?"""
        t = self.tokens.at(ti)
        bare = t.f[2:] if t.f.startswith("ال") else t.f
        return bare in PEOPLE_PLURALS or (len(bare) > 4 and bare.endswith(("ون", "ين")) and not bare.startswith("ي"))
