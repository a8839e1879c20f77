"""Quotes and reported speech: who said what, in which words, relayed by whom.

``find_quotes(text, sentences=..., mentions=...)`` returns ``quote`` spans
(label ``direct`` or ``indirect``; data as in the layer convention: speaker,
cue, content, via, sentence).  It finds

* direct quotes in any quotation style (" " “ ” « » ‘ ’ „, mismatched or
  stray marks tolerated) introduced by a cue ("وقال بوتين: «...»"), after a
  cue with no subject ("وأضاف: ..."), or standing alone in a paragraph
  after a named speaker;
* indirect speech: a cue verb (قال، أكد، أشار إلى أن، دعا إلى، وصف ... بأنه
  ...) followed by a complementizer, a colon or the verb's preposition;
  participles (قائلا إن ...); relayed speech (نقلت X عن Y قوله ...); and
  source attributions (بحسب X، وفقا لـ X، نقلا عن X);
* the speaker: the ``mention`` (NER + linking) inside the noun phrase next
  to the cue when there is one, else that noun phrase's surface text; the
  person inside a long titled subject ("المتحدث باسم الوزارة فلان"); the
  subject of "أما X فقال"; never the addressee ("للصحفيين", "لوكالة ...");
  back references ("المصدر", "الوزير السعودي") resolved to the source or
  person introduced before; for a cue with no subject, the person who opened
  the previous sentence of the paragraph when it quoted no one, else the
  previous speaker of the article.

The stage ``QUOTES`` runs it on a Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, filterfalse
from operator import attrgetter, sub
from typing import Any

from marsad.arabic.normalize import DELETED_CHARS
from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp import speech_lexicon as lex
from marsad.nlp.quote_marks import QUOTE_MARKS, mark_positions, pair_quotes, split_sentences_fallback
from marsad.nlp.quote_speakers import COMMAS, SpeakerFinder, fragment_speaker, join_split_names
from marsad.nlp.quote_tokens import first_words, tokenize
from marsad.nlp.speech_lexicon import MARKS_RE, fold_letters
from marsad.outlets import KIND_WORDS
from marsad.pipeline.stage import Resources, Stage

__all__ = ["QuoteOptions", "find_quotes", "quotes_stage", "QUOTES"]


# "أن", "إن" with no pronoun on them: what follows is the clause's subject
_BARE_THAT = frozenset({"ان"})


@dataclass(slots=True)
class QuoteOptions:
    """Tuning of quote finding; the defaults suit newswire."""

    max_scan_tokens: int = 32  # how far after a cue its complement (إن/أن/:/quote) may start
    max_participle_scan: int = 10  # ... after a participle (مؤكدا، مشيرا إلى)
    max_speaker_tokens: int = 14  # longest speaker noun phrase kept
    bare_quote_min_words: int = 4  # a quote paragraph with no cue must be at least this long ...
    bare_quote_share: float = 0.5  # ... and cover this share of its paragraph
    direct_share: float = 0.6  # quoted words make up this share of a reported clause → direct
    direct_end_share: float = 0.35  # ... or this share when the quote ends the clause
    # "حذر من الموقع", "نفى صحة الأنباء", "دعا إلى الحوار": a noun phrase after the cue reports a stance, not
    # words; news quote guidelines count only clauses ("حذر من أن ..."), so these are off by default.
    nominal_complements: bool = False


# Neither a word character, a space nor a deleted mark (marks are removed, not spaced: "قا\u0640ل" is one word).
_PUNCT_RE = re.compile("[^\\w\\s" + re.escape(DELETED_CHARS) + "]")
# Between listed quotations: punctuation and an "and (also)" ('"…"، "…"', '"…". و"…"', '"…"، وكذلك "…"').
_LIST_GAP_RE = re.compile(r"[\s.،,]*(?:(?:و|ف)?(?:كذلك|أيضا)\s*|و|ثم\s+)?(?=[\"“”«„])")
_HEADLINE_RE = re.compile(r"^[^:\n]{2,60}:\s*[\"“”«„‘]", re.M)
# Folded forms of the tokens that can end a reported clause before its sentence does (see _content_end).
_CLAUSE_STOPS = lex.CANDIDATE_WORDS | {"كما"} | lex.SENTENCE_END
# Words before a quoted title, not a quotation: 'مع صحيفة «نيويورك تايمز»، نوه أوباما' quotes a newspaper's name
# (an outlet's kind, as the outlet registry names them, or a work's), bare or after ل or ب.
_TITLE_NOUNS = frozenset(lex.fold(p + w) for w in (*KIND_WORDS, "برنامج", "كتاب", "فيلم") for p in ("", "ل", "ب"))
_START, _END = attrgetter("start"), attrgetter("end")


@lru_cache(maxsize=4096)
def _name_head(word: str) -> bool:
    """Can this word open a speaker's name (not "وفقا", "كما", "لكنها", "وأكد")?"""
    w = lex.fold(word)
    if w in lex.ROLE_WORDS or w in lex.BODY_WORDS:
        return True
    return not (lex.is_function_word(w) or w in lex.ATTRIBUTIONS or lex.CUES.get(w) or lex.CUES.get(w[1:]))


class _Finder(SpeakerFinder):
    """The state of one pass over an article's text."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], mentions: list[Span], opts: QuoteOptions):
        self.text, self.opts = text, opts
        self.sentences = sorted(sentences) or [(0, len(text))]
        self._sent_starts = [s for s, _ in self.sentences]
        self.folded = folded = fold_letters(text)
        self.tokens = tk = tokenize(text, self._speech_sentences(folded), folded)
        # By start, the longer first (two stable sorts by C key functions: one key tuple per mention costs more).
        spans = [m for m in mentions if m.end > m.start]
        spans.sort(key=_END, reverse=True)
        spans.sort(key=_START)
        self.mentions = join_split_names(text, spans)
        self._mention_starts = list(map(_START, self.mentions))
        self._longest = max(map(sub, map(_END, self.mentions), self._mention_starts), default=0)
        self.pairs: list[tuple[int, int]] = []
        self.paragraphs: list[tuple[int, int]] = []
        pos = 0
        marks = mark_positions(text)
        for block in text.split("\n"):
            if block.strip():
                self.paragraphs.append((pos, pos + len(block)))
                k = bisect_left(marks, pos)
                if k < len(marks) and marks[k] < pos + len(block):  # only a paragraph holding a mark has pairs
                    self.pairs += pair_quotes(text, pos, pos + len(block), marks)
            pos += len(block) + 1
        self._para_starts = [s for s, _ in self.paragraphs]
        self._adjunct: dict[int, bool] = {}
        self._contents: set[tuple[int, int]] = set()  # the content spans of self.quotes
        self.open_at = {a: b for a, b in self.pairs}
        self._pair_starts = list(self.open_at)  # pairs are in text order and apart: sorted by either end
        self.quoted = [False] * len(tk)
        for a, b in self.pairs:
            lo, hi = bisect_left(tk.start, a + 1), bisect_left(tk.start, b)
            self.quoted[lo:hi] = [True] * (hi - lo)
        # Cue verbs, attributions, "كما" and full stops: the only tokens that can end a reported clause, and the
        # cue reading of each cue verb form (both found by C loops over the folded forms: most tokens are neither).
        self._stops = self._tokens_in(_CLAUSE_STOPS)
        self._candidates = [k for k in self._stops if tk.f[k] in lex.CANDIDATE_WORDS]
        self._cue_forms = {k: c for k in self._candidates if (c := lex.CUES.get(tk.f[k]) or lex.CUES.get(tk.s[k]))}
        self._cues = {k: c for k in self._cue_forms if (c := self._cue_reading(k)) is not None}
        self.used: set[int] = set()
        self.quotes: list[Span] = []
        self.last_speaker: dict[str, Any] | None = None
        self.speakers_seen: list[dict[str, Any]] = []
        self._objects = False  # set per cue: may an object follow the speaker's name?
        self._relay_lemma = ""  # set per relay cue: نقل takes its source with عن, علم with من too
        self._cursor = 0
        self.last_para = -1
        # (29 attributes. A 30th, tried once, made the stage run 1.2 % more instructions: past a size, CPython 3.11
        # apparently stops sharing the instance layout and every attribute read slows. Add one in place of another.)

    # -- small helpers ---------------------------------------------------------------------------

    def _speech_sentences(self, folded: str) -> list[tuple[int, int]]:
        """The sentences holding a cue or attribution word: the only ones worth tokenizing."""
        out = []
        # The words of a sentence are its \w+ runs once diacritics and tatweel are removed.  Most of its
        # space-separated pieces are one plain word already (all letters or digits, no tatweel: cue words are
        # such words), so one set test reads them; only the other pieces (punctuation, diacritics, tatweel) have
        # punctuation made a space and marks removed before a second test.  Both tests are C loops.
        tatweel = "\u0640" in folded
        colon_before = False  # does the last sentence kept end in a colon? (known when it is kept)
        for s, e in self.sentences:
            pieces = folded[s:e].split()
            hit = not lex.CANDIDATE_WORDS.isdisjoint(pieces)
            if not hit:
                rest = " ".join(filterfalse(str.isalnum, pieces))
                if tatweel:  # tatweel is a letter to str.isalnum, but folding removes it: "قــال" is "قال"
                    rest = " ".join(pieces) if "\u0640" in folded[s:e] else rest
                words = MARKS_RE.sub("", _PUNCT_RE.sub(" ", rest)).split() if rest else ()
                hit = not lex.CANDIDATE_WORDS.isdisjoint(words)
            if (hit or (self.text.find(":", s, e) >= 0 and _HEADLINE_RE.search(self.text, s, e))
                    or (colon_before and out[-1][1] <= s)):
                out.append((s, e))  # (a sentence after one ending in a colon may hold what was said)
                colon_before = self._ends_with_colon(s, e)
        return out

    def _tokens_in(self, forms: frozenset[str]) -> list[int]:
        """Indices of the tokens whose folded form is in ``forms`` (by C loops: this runs over every token)."""
        return list(compress(count(), map(forms.__contains__, self.tokens.f)))

    def _ends_with_colon(self, s: int, e: int) -> bool:
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return e > s and self.text[e - 1] == ":"

    def _sentence(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and self.sentences[k][0] <= pos < self.sentences[k][1]:
            return self.sentences[k]
        return pos, pos + 1

    def _is_cue(self, ti: int) -> lex.Cue | None:
        """The cue at token ti, unless the token reads as no cue or a quote was already found with it."""
        cue = self._cues.get(ti)
        return None if cue is None or ti in self.used else cue

    def _cue_reading(self, ti: int) -> lex.Cue | None:
        """How the cue verb form at token ti reads in its context: as a cue, a weak one, or (None) no cue."""
        if self.quoted[ti]:
            return None
        f = self.tokens.f
        cue = self._cue_forms[ti]
        if f[ti] in lex.NOUN_HOMOGRAPHS and not cue.weak:  # bare "طالب" is also "a student"
            cue = lex.Cue(cue.lemma, cue.klass, cue.prep, weak=True)
        if ti and self.tokens.word[ti - 1] and (f[ti - 1] in lex.NOUN_MARKERS or f[ti - 1] in lex.NEGATIONS):
            return None  # "في رأي", "يمكن وصف": a noun; "لم يوضح": nothing was said
        nxt = f[ti + 1] if ti + 1 < len(f) else None
        if cue.lemma == "جاء في" and nxt != "في":
            return None
        if cue.lemma == "لفت" and nxt is not None and nxt.startswith(("نظر", "انتباه", "الانظار", "الانتباه")):
            return None  # "لفت نظري": caught my eye, not speech
        return cue
    def _speech_quote(self, j: int) -> bool:
        """Does the quote opening at token j hold speech (not a quoted name like صحيفة "ذا هيل")?"""
        a = self.tokens.start[j]
        b = self.open_at[a]
        prev = self.tokens.at(j - 1) if j else None
        if prev is not None and prev.word and (prev.f in lex.BODY_WORDS or prev.f[1:] in lex.BODY_WORDS):
            return False
        if prev is not None and (prev.f == ":" or prev.f in lex.SAYING_NOUNS):
            return True
        if len(self.text[a + 1:b].split()) >= 4:
            return True
        if prev is not None and prev.word:
            return False  # a short quote after a word names something: وأضاف "فلان" لـ "صحيفة":
        after = self.text[b + 1:b + 3].lstrip(" ")
        return not after or after[0] in ".،,:؛!؟\n…"

    def _content_end(self, start: int, sent_end: int) -> int:
        """End of a reported clause: the sentence end, past any quote still open, before the next cue."""
        _, para_end = self._paragraph(start)
        end = sent_end
        changed = True
        while changed:
            changed = False
            for a, b in self.pairs:
                if start <= a < end <= b < para_end + 1:
                    end, changed = b + 1, True
        # Only a full stop, a cue verb, an attribution or "كما" can end the clause early: visit those tokens only.
        tk = self.tokens
        f, word, starts, n = tk.f, tk.word, tk.start, len(tk)
        stops = self._stops
        for i in range(bisect_right(stops, bisect_left(starts, start)), len(stops)):
            k = stops[i]
            if starts[k] >= end:
                break
            if (not word[k] and f[k] in lex.SENTENCE_END and not self.quoted[k] and k + 1 < n
                    and word[k + 1] and starts[k + 1] < end and starts[k + 1] > tk.end[k]):
                return starts[k]  # a full stop the sentence splitter passed over (a stray mark opened a "quote")
            if word[k] and not self.quoted[k]:
                after_comma = not word[k - 1] and f[k - 1] in COMMAS
                cue = self._is_cue(k)
                nxt = self._is_cue(k + 1) if k + 1 < n and f[k] == "كما" else None
                if after_comma and (cue or nxt or f[k] in lex.ATTRIBUTIONS):
                    return starts[k - 1]
                if cue is not None and cue.klass == "participle" and (not word[k - 1] or f[k][0] == "و"
                                                                      or self._has_complement(k, 2)):
                    return starts[k]  # "، مشيرا إلى أن": not the adjective of "عقوبات مشددة على روسيا"
                if cue is not None and not cue.weak and f[k] != tk.s[k] and f[k][0] == "و" and self._has_complement(k):
                    return starts[k]  # "... وأوضح عماد أحمد أن": a new sentence with its own cue (no full stop)
                if word[k - 1] and f[k - 1] in lex.NARRATOR_LINKS and (cue or self._is_cue_form(k)):
                    return starts[k - 1]  # "... بعدما ذكرت وسائل إعلام": the narrator's framing, not the speaker's
        return end

    @staticmethod
    def _speaker_ok(sp: dict[str, Any]) -> bool:
        """Does a speaker read as a name (not "وفقا", "كما أكدت اللجنة", "لكنها")?"""
        if sp.get("entity_id"):
            return True
        words = (sp.get("text") or "").split()
        # a name in apposition to a title is a name even when it ends like a pronoun ("رئيس البرلمان، نبيه بري");
        # a blessing in apposition is not ("الملك، حفظه الله،")
        named = bool(sp.get("title")) and lex.fold(" ".join(words[1:2])) != "الله"
        return bool(words) and _name_head(words[0]) and (named or not fragment_speaker(sp["text"]))

    def _has_complement(self, k: int, window: int = 12) -> bool:
        """Is the cue at token k followed, within ``window`` tokens of its sentence, by a complementizer, a colon
        or a quotation ("وتابع أن" is speech, "وتابعت نشاطها" is not)?"""
        f, word = self.tokens.f, self.tokens.word
        for j in range(k + 1, min(len(f), k + 1 + window)):
            if word[j]:
                if f[j] in lex.COMPLEMENTIZERS and not self.quoted[j]:
                    return True
            elif f[j] == ":" or self.tokens.start[j] in self.open_at:
                return True
            elif f[j] in lex.SENTENCE_END:
                return False
        return False

    def _is_cue_form(self, k: int) -> bool:
        """Is token k a cue verb form (weak ones included), whatever its context?"""
        return k in self._cue_forms

    def _closed_complement(self, s: int, sent_end: int) -> int | None:
        """End of a complement that is one quotation ("أنه «...»"), when nothing of the clause follows its close."""
        b = self.open_at.get(s)
        if b is None:
            return None
        rest = self.text[b + 1:sent_end].lstrip(" \u00a0\t")
        if not rest or rest[0] in ".،,؛;:\n!؟?" or rest[0] in QUOTE_MARKS:
            return b + 1
        k = self._tok_at(b + 1)
        if k < len(self.tokens) and self.tokens.word[k] and (self.tokens.f[k][0] == "و" or self._is_cue_form(k)):
            if self.tokens.f[k][1:] in lex.COMPLEMENTIZERS and self.tokens.f[k][0] == "و":
                return None  # «...» وأن ...: a clause coordinated under the same cue
            return b + 1  # «...» وكان ...: the next clause is the narrator's
        return None

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        while e > s and self.text[e - 1] in " \t\n.،,:؛;…":
            e -= 1
        while s < e and self.text[s] in " \t:":
            s += 1
        return s, e

    def _lead_words(self, s: int, e: int) -> list[str]:
        """The folded first two words of ``text[s:e]``, the words before a clause's first quotation mark."""
        return first_words(self.folded, 2, s, e)

    def _letters(self, s: int, e: int) -> int:
        """How many characters of ``text[s:e]`` are not spaces (counted in place, without copying the text)."""
        e = min(e, len(self.text))
        return max(0, e - s) - self.text.count(" ", s, e)

    def _pairs_within(self, s: int, e: int) -> list[tuple[int, int]]:
        """The quotation mark pairs (a, b) with s <= a and b < e."""
        lo, hi = bisect_left(self._pair_starts, s), bisect_left(self._pair_starts, e)
        return [(a, b) for a, b in self.pairs[lo:hi] if b < e]

    def _kind(self, s: int, e: int) -> str:
        """direct when the speaker's own (quoted) words make up the clause, else indirect."""
        frags = self._pairs_within(s, e)
        if not frags:
            return "indirect"
        quoted = sum(self._letters(a + 1, b) for a, b in frags)
        share = quoted / max(1, self._letters(s, e))
        lead = self._lead_words(s, frags[0][0])
        immediate = not lead or (len(lead) == 1 and lead[0] in lex.COMPLEMENTIZERS)
        before = self.folded[max(0, s - 12):s].split()
        if (immediate and (lead[0] in _BARE_THAT if lead else bool(before) and before[-1] in _BARE_THAT)
                and self._letters(frags[0][0] + 1, frags[0][1]) * 2 < self._letters(s, e)):
            # "أن «السيناريو السوري» بدأ ينتقل إلى …": a quoted name or term is the clause's subject, the rest is
            # the reporter's words (after "إنه" the quoted words are what he called it: his own, direct)
            immediate = False
        ends = not self.text[frags[-1][1] + 1:e].strip(" .،,…")
        if immediate or share >= self.opts.direct_share or (ends and share >= self.opts.direct_end_share):
            return "direct"
        return "indirect"

    def _emit(self, cue_span: tuple[int, int], s: int, e: int, kind: str | None, speaker: dict[str, Any],
              via: dict[str, Any] | None, sent: tuple[int, int], update: bool = True) -> None:
        s, e = self._trim(s, e)
        kind = kind or self._kind(s, e)
        if s < e and self.text[s] in QUOTE_MARKS and self.open_at.get(s) == e - 1:
            s, e = s + 1, e - 1  # the whole clause is one quotation: keep the words, not the marks
        if e - s < 2 or (s, e) in self._contents:
            return
        if not self._speaker_ok(speaker):
            if self.last_speaker is None:
                return
            speaker = dict(self.last_speaker, resolved="previous")  # a fragment is no speaker: the last one goes on
        words = (speaker.get("text") or "").split()
        if words and lex.fold(words[0]) in lex.SOURCELESS_HEADS:
            return  # "وأفادت أنباء بأن": a report with no source quotes nobody
        speaker = dict(speaker, kind=speaker.get("kind") or lex.speaker_kind(speaker))
        frags = [[a + 1, b] for a, b in self._pairs_within(s, e)]
        data = {
            "speaker": speaker,
            "cue": list(cue_span),
            "cue_text": self.text[cue_span[0]:cue_span[1]],
            "content": [s, e],
            "content_text": self.text[s:e],
            "via": via,
            "sentence": [sent[0], max(sent[1], e)],
            "quoted": frags,
            "entity_id": speaker.get("entity_id"),  # mirrored in annotations.entity_id: quotes by speaker
        }
        self.quotes.append(Span("quote", min(cue_span[0], s), max(cue_span[1], e), kind, data))
        self._contents.add((s, e))
        if update and not (words and lex.fold(words[0]) in lex.CITED_HEADS):  # scripture cited goes on with no one
            self.last_speaker = speaker
            self.last_para = self._paragraph(s)[0]
            self.speakers_seen.append(speaker)

    # -- the patterns ----------------------------------------------------------------------------------

    def cue(self, ti: int, cue: lex.Cue) -> None:
        """A cue verb at token ti: find its complement, speaker and content."""
        t_start, t_end = self.tokens.start[ti], self.tokens.end[ti]
        self._cursor = t_start
        ss, se = self._sentence(t_start)
        mk, j, comma_seen = None, ti + 1, False
        # A participle's complement follows it closely ("مؤكدا في الوقت ذاته أن"); far off, an أن is another clause's.
        scan = self.opts.max_participle_scan if cue.klass == "participle" else self.opts.max_scan_tokens
        tk = self.tokens
        f, word, starts = tk.f, tk.word, tk.start
        limit = min(len(tk), ti + 1 + scan)
        cues = self._cues
        a = ti + 2 if cue.lemma == "جاء في" else ti + 1
        while j < limit:
            if starts[j] >= se:
                break
            if not word[j]:
                if starts[j] in self.open_at and not cue.weak and self._speech_quote(j):
                    mk = "quote"
                    break
                if f[j] == ":" and not cue.weak:
                    mk = "colon"
                    break
                if f[j] in lex.SENTENCE_END or f[j] in "–—":
                    break
                comma_seen = comma_seen or f[j] in COMMAS
            elif self.quoted[j]:
                pass
            elif f[j] in lex.COMPLEMENTIZERS and not self._name_an(j):
                if j > ti + 1 and word[j - 1] and f[j - 1] in lex.CLAUSE_ADVERBS:
                    break  # "واعتبر مواطنون القرار إيجابيا، خصوصا أن": the writer's reason, not the complement
                mk = "comp"
                break
            elif cue.weak:
                pass  # a weak cue (رأى، ذكر، تعهد) only counts with a complementizer
            elif cue.klass == "relay" and f[j] in lex.SAYING_NOUNS:
                mk = "saying"
                break
            elif cue.prep and self._prep_marker(ti, j, cue, comma_seen):
                mk = "prep"
                break
            elif (j > ti + 1 and (c2 := cues.get(j)) is not None and j not in self.used and not c2.weak
                  and (f[j] != tk.s[j] or c2.klass == "participle")):  # (self._is_cue(j), inline: a hot loop)
                break  # a new clause with its own cue
            j += 1
        if mk is None:
            if cue.klass == "object":
                if self.opts.nominal_complements:
                    self._object(ti, ss, se)
            else:
                self._trailing(ti, cue, ss, se)
            return
        if cue.weak and any(self._is_cue(k) for k in range(ti + 1, j)):
            return  # "وثمة رأي يقول إن": the inner verb is the cue
        speaker, via = self._speaker_for(ti, cue, a, j, ss)
        if speaker is None:
            return
        self.used.add(ti)
        cue_span = (t_start, t_end)
        if mk in ("quote", "colon", "saying"):
            k = j if mk == "quote" else j + 1
            while mk == "saying" and k < len(self.tokens) and self.tokens.f[k] == ":":
                k += 1
            if k < len(self.tokens) and self.tokens.start[k] in self.open_at:
                qa = self.tokens.start[k]
                self._emit(cue_span, qa + 1, self.open_at[qa], "direct", speaker, via, (ss, se))
                self._shared_cue(cue_span, qa, speaker, via, (ss, se))
                return
            if k >= len(self.tokens):
                return
            if self.tokens.start[k] >= se:
                # "وقال الوزير:" at the end of a line: what he said is the next line
                if mk != "colon" or self.text[self.tokens.end[j]:self.tokens.start[k]].strip():
                    return
                se = self._sentence(self.tokens.start[k])[1]
                if self.tokens.start[k] in self.open_at:
                    qa = self.tokens.start[k]
                    self._emit(cue_span, qa + 1, self.open_at[qa], "direct", speaker, via, (ss, se))
                    return
            s = self.tokens.start[k]
            if self.tokens.f[k] in lex.BARE_COMPLEMENTIZERS and k + 1 < len(self.tokens):
                s = self.tokens.start[k + 1]  # "قال: إن ..." / "قوله إن ...": the clause starts after إن
            self._emit(cue_span, s, self._content_end(s, se), None, speaker, via, (ss, se))
            return
        u = self.tokens.at(j)
        if mk == "prep" and not self.opts.nominal_complements and not self._clausal_prep(j, cue):
            return
        if mk == "comp":
            # "أنه"، "بأنها": the complementizer's pronoun stays out of the content with it
            s = self.tokens.start[j + 1] if j + 1 < len(self.tokens) and self.tokens.start[j + 1] < se else u.start
        elif cue.prep == "ب" and u.f != "ب":
            s = u.start + 1
        else:
            k = j + 1
            if k + 1 < len(self.tokens) and self.tokens.f[k] in lex.BARE_COMPLEMENTIZERS:
                k += 1  # "محذرا من أن ...": the clause starts after the complementizer
            s = self.tokens.start[k] if k < len(self.tokens) else u.end
        closed = self._closed_complement(s, se)
        self._emit(cue_span, s, closed if closed is not None else self._content_end(s, se), None, speaker, via, (ss, se))
    def _shared_cue(self, cue_span: tuple[int, int], qa: int, speaker: dict[str, Any], via: dict[str, Any] | None,
                    sent: tuple[int, int]) -> None:
        """'وهتف المحتجون: "…"، "…"، "…"': quotations listed after the first one share its cue."""
        while True:
            b = self.open_at[qa]
            m = _LIST_GAP_RE.match(self.text, b + 1)
            if m is None or m.end() == b + 1 or m.end() not in self.open_at:
                return
            nxt = m.end()
            qa = nxt
            self._emit(cue_span, qa + 1, self.open_at[qa], "direct", speaker, via, sent)

    def _clausal_prep(self, j: int, cue: lex.Cue) -> bool:
        """Does the preposition at token j open a clause ("إلى أن", «...») rather than a noun phrase?"""
        u = self.tokens.at(j)
        if cue.prep == "ب" and u.f != "ب":
            return False  # "بتعزيز", "بالكارثة": a bound preposition on a noun
        k = j + 1
        if k >= len(self.tokens):
            return False
        nxt = self.tokens.at(k)
        if nxt.word:
            return nxt.f in lex.COMPLEMENTIZERS
        b = self.open_at.get(nxt.start)
        return b is not None and self._closed_complement(nxt.start, self._sentence(nxt.start)[1]) is not None

    def _prep_marker(self, ti: int, j: int, cue: lex.Cue, comma_seen: bool) -> bool:
        f, word = self.tokens.f, self.tokens.word
        if cue.prep == "ب":
            u = f[j]
            if not u.startswith("ب") or (len(u) < 4 and u != "ب") or self._mentions_in(self.tokens.start[j],
                                                                                        self.tokens.end[j]):
                return False
            if word[j - 1] and f[j - 1] in lex.ROLE_WORDS:
                return False
            if j == ti + 1:  # right after the verb: a masdar ("تعهد بتعزيز"), not a name ("أشاد بوتين")
                return cue.lemma != "وصف" and (u == "ب" or u.startswith(("بال", "با", "بت", "بم")) or u.endswith("ه"))
            return True
        if f[j] != cue.prep:
            return False
        if not word[j - 1] and f[j - 1] in COMMAS:
            return True
        return not comma_seen and not (word[ti + 1] and f[ti + 1] in lex.ADJUNCT_STARTS and j > ti + 1)

    def _speaker_for(self, ti: int, cue: lex.Cue, a: int, j: int, ss: int):
        tf, ts = self.tokens.f[ti], self.tokens.s[ti]  # the cue verb's forms
        speaker, via = None, None
        # Verbs with an object before their complement ("ووصف بوتين المعاهدة بأنها"): a name ends at a definite noun.
        self._objects = cue.klass in ("prep", "object") or cue.lemma == "أبلغ"
        if cue.klass == "relay":
            self._relay_lemma = cue.lemma
            speaker, via = self._relay(a, j)
        elif cue.klass == "participle":
            speaker = self._participle_speaker(ti, ss)
            via = self._via(self._segments(a, j))
        else:
            if ti and self.tokens.f[ti - 1] in ("قد", "وقد"):
                speaker = self._kana_speaker(ti, ss)
            elif ti and tf == ts and not (tf[0] == "ي" or tf[0] == "ت" and tf[1] == "ت"):
                speaker = self._kana_subject(ti, ss)  # "وكانت الحكومة أكدت": the subject between كان and the verb
            if speaker is None and tf[0] == "ف" and tf != ts:
                speaker = self._amma_speaker(ti, ss)
            if speaker is None and ti and self.tokens.f[ti - 1] in lex.RELATIVES:
                # "سيئول، التي حذرت روسيا من": the subject precedes; "… فلان الذي أكد أن": so does a named one
                speaker = (self._antecedent(ti - 1, ss) if cue.klass in ("prep", "object")
                           else self._named_antecedent(ti - 1, ss))
            present = tf == ts and (tf[0] == "ي" or (tf[0] == "ت" and (tf[1] == "ت" or cue.lemma[0] != "ت")))
            if speaker is None and tf == ts and cue.klass in ("prep", "object"):
                # "العاهل يدعو الجزائر إلى", "أن الأجهزة حذرت الحكومة من": the subject precedes, an object follows
                speaker = self._pre_cue_speaker(ti, ss, bounded=not present)
            if speaker is None and a < j and self.tokens.f[a] in ("فيه", "فيها"):
                if self._segments(a + 1, j):  # "في الوقت الذي أكدت فيه المصادر أن": its own subject follows
                    speaker, _ = self._region_speaker(a + 1, j)
                else:  # "أصدر الاتحاد بيانا أكد فيه أن": who issued the statement spoke (the main verb's subject)
                    k = self._first_word(ss, ti)
                    end = ti
                    if k is not None and k + 2 < ti and self.tokens.word[ti - 1] and (
                            self.tokens.f[ti - 1] in lex.STATEMENT_OBJECTS
                            or "\u064b" in self.text[self.tokens.start[ti - 1]:self.tokens.end[ti - 1]]):
                        end = ti - 1  # the statement issued is no word of who issued it («الوزارة بيانا»)
                    if k is not None and k + 1 < end:
                        speaker, _ = self._region_speaker(k + 1, end)
            if speaker is None:
                speaker, via = self._region_speaker(a, j)
                segs = self._segments(a, j) if speaker is not None and cue.lemma in lex.ADDRESSEE_CUES else []
                head = self.tokens.at(segs[0][0]) if segs else None
                if (head is not None and tf != ts and not head.f.startswith("ال")
                        and not self._strict_ok(speaker, segs[0][0])):
                    speaker = None  # "وناشد مجالس الإدارات بأن": whom he appealed to; the subject is left out
            else:
                via = self._via(self._segments(a, j))
            if speaker is None and tf == ts:
                speaker = self._pre_cue_speaker(ti, ss)
        if (speaker is None and cue.klass not in ("relay", "participle") and tf != ts and tf[0] == "و"
                and self._first_word(ss, ti) != ti):
            speaker = self._participle_speaker(ti, ss)  # "أكد فلان ...، وناشد ...": coordinated verbs share a subject
        if speaker is None and not cue.weak and cue.klass != "relay":
            # "وقالوا": a plural verb does not go on with one person
            first = cue.klass != "participle" and not tf.endswith("وا")
            speaker = self._continuation(ti, cue.klass, cue.lemma, ss, first)
        return speaker, via

    def _object(self, ti: int, ss: int, se: int) -> None:
        """"واتهمت المعارضة الحكومة بتزوير ...", "ونفت الوزارة أي تقصير": the object onward is the content."""
        n, k = len(self.tokens), ti + 1
        if k >= n or not self.tokens.word[k] or self.tokens.start[k] >= se:
            return
        ms = [m for m in self._mentions_in(self.tokens.start[k], self.tokens.end[k]) if m.start == self.tokens.start[k]]
        end = k + 1
        long_end = self._titled_subject_end(ti, k, se)
        if long_end is not None:
            end = long_end
        elif ms:  # the speaker's mention bounds the subject; "بيونغ يانغ وموسكو": so does a coordinated one
            stop = ms[0].end
            while end < n:
                if self.tokens.start[end] < stop:
                    end += 1
                    continue
                more = [m.end for m in self._mentions_in(self.tokens.start[end], self.tokens.end[end])
                        if m.start <= self.tokens.start[end] + 1] if self.tokens.f[end].startswith("و") else []
                if not more or max(more) <= stop:
                    break
                stop = max(more)
        elif not self.tokens.f[k].startswith("ال"):  # a name runs up to the first definite noun
            while end < n and self.tokens.word[end] and not self.tokens.f[end].startswith("ال") and end - k < 4:
                end += 1
        if end >= n or not self.tokens.word[end] or self.tokens.start[end] >= se:
            return
        self._cursor, self._objects = self.tokens.start[ti], False
        speaker = self._np_speaker(list(range(k, end)), None, "explicit")
        if speaker is None:
            return
        self.used.add(ti)
        t, s = self.tokens.at(ti), self.tokens.start[end]
        self._emit((t.start, t.end), s, self._content_end(s, se), None, speaker, None, (ss, se))

    def _trailing(self, ti: int, cue: lex.Cue, ss: int, se: int) -> None:
        """'"...", قال الوزير.' / '..., كما يقول المحللون.': the attribution follows what was said."""
        if cue.klass != "say" or cue.weak:
            return
        k = ti - 1
        if k >= 0 and self.tokens.f[k] == "كما":
            k -= 1
        if k < 0 or self.tokens.word[k] or self.tokens.start[k] < ss:
            return
        end = ti + 1
        while end < len(self.tokens) and self.tokens.start[end] < se and self.tokens.f[end] not in lex.SENTENCE_END:
            end += 1
        if end - ti > 12:
            return
        segs = self._segments(ti + 1, end)
        if not segs or self._is_adjunct(segs[0]) or any(not self._is_adjunct(s) for s in segs[1:]):
            return
        self._cursor, self._objects = self.tokens.start[ti], False
        speaker, via = self._region_speaker(ti + 1, end)
        if speaker is None:
            return
        t = self.tokens.at(ti)
        prev = self.tokens.at(k)
        if prev.f in COMMAS and k > 0:
            k -= 1
            prev = self.tokens.at(k)
        closing = {b: a for a, b in self.pairs}
        if prev.start in closing and lex.fold((self.text[:closing[prev.start]].split() or [""])[-1]) in _TITLE_NOUNS:
            return  # the name of a newspaper, a book or a programme in quotation marks
        self.used.add(ti)
        if prev.start in closing:
            a = closing[prev.start]
            self._emit((t.start, t.end), a + 1, prev.start, "direct", speaker, via, (ss, se))
        else:
            self._emit((t.start, t.end), ss, prev.end, None, speaker, via, (ss, se))

    def attribution(self, ti: int) -> None:
        """"بحسب X", "وفقا لـ X", "نقلا عن X": X is the source of the rest of the sentence."""
        t = self.tokens.at(ti)
        ss, se = self._sentence(t.start)
        self._cursor, self._objects = t.start, False
        k, strip_l, verb = ti + 1, False, False
        n = len(self.tokens)
        if k < n and self.tokens.f[k] in ("ما",):
            k += 1
            if k < n and (lex.CUES.get(self.tokens.f[k]) or lex.CUES.get(self.tokens.s[k])):
                self.used.add(k)
                k, verb = k + 1, True
        if k < n and self.tokens.f[k] in ("عن", "الي", "ل", "لـ"):
            k += 1
        elif k < n and t.f in ("وفقا", "ووفقا", "طبقا", "وطبقا", "وفق", "ووفق") and self.tokens.f[k].startswith("ل"):
            strip_l = True
        end = k
        while end < n and end - k < 8 and self.tokens.start[end] < se:
            u = self.tokens.at(end)
            if not u.word and u.f not in QUOTE_MARKS:
                break
            if u.word and (u.f in lex.COMPLEMENTIZERS or u.f in ("فان", "فانه", "فانها", "فانهم") or u.f.isdigit()
                           or lex.CUES.get(u.f) or lex.CUES.get(u.s)):
                break
            end += 1
        np = self._cut_np(list(range(k, end)))
        if not np:
            return
        if np[-1] + 1 < end and self.tokens.f[np[-1] + 1] in lex.KANA:
            end = np[-1] + 1  # "وبحسب الوكالة كان المصنع أغلق": the clause opens at كان
        head = self.tokens.f[np[0]][1:] if strip_l else self.tokens.f[np[0]]
        ms = self._mentions_in(self.tokens.start[np[0]], self.tokens.end[np[-1]])
        if not (ms or verb or head in lex.ROLE_WORDS or head in lex.BODY_WORDS
                or ("ال" + head[1:]) in lex.BODY_WORDS or ("ال" + head[1:]) in lex.ROLE_WORDS):
            return
        speaker = self._np_speaker(np, None, "explicit")
        if speaker is None:
            return
        if strip_l and speaker["text"].startswith("ل"):
            txt = speaker["text"]
            txt = "ال" + txt[2:] if txt.startswith("لل") else txt[1:]
            speaker.update(text=txt, name_ar=txt)
            self._coref(speaker)
        first = self._first_word(ss, ti + 1)
        if ti and not self.tokens.word[ti - 1] and self.tokens.f[ti - 1] in lex.SENTENCE_END:
            first, ss = ti, self.tokens.start[ti]  # a full stop the sentence splitter passed over
        c = end
        while c < n and self.tokens.start[c] < se and not self.tokens.word[c]:
            c += 1
        then = c < n and self.tokens.f[c] in ("فان", "فقد", "فانه", "فانها")  # "أنه وفقا لتقرير X، فإن ...": nested
        if then and first != ti:
            outer = next((q for q in self.quotes if q.data["content"][0] <= t.start < q.data["content"][1]), None)
            if outer is not None:
                s = self.tokens.start[c + 1] if c + 1 < n and self.tokens.f[c] == "فان" else self.tokens.start[c]
                via = {key: outer.data["speaker"].get(key) for key in ("text", "entity_id", "name_ar", "name_en")}
                self._emit((t.start, t.end), s, self._content_end(s, se), None, speaker, via, (ss, se), update=False)
                return
        if first == ti:  # the attribution opens the sentence: the content follows it
            c = end
            while c < n and self.tokens.start[c] < se and (not self.tokens.word[c] or self.tokens.f[c] in lex.BARE_COMPLEMENTIZERS):
                c += 1
            if c >= n or self.tokens.start[c] >= se:
                return
            s, e = self.tokens.start[c], self._content_end(self.tokens.start[c], se)
        else:
            s, e = ss, t.start
        relayed = t.f in ("نقلا", "ونقلا")
        for q in self.quotes:
            qs, qe = q.data["content"]
            if q.data["sentence"][0] != ss:
                continue
            if relayed and q.data["via"] is None and q.data["cue"][0] < t.start and (qs < e and s < qe or t.start < qs):
                # "بحسب ما ذكرت الوكالة نقلا عن مصادر", "وقالت الوكالة نقلا عن مسؤولين إن": the source spoke,
                # the outlet relayed
                old = q.data["speaker"]
                q.data["via"] = {key: old.get(key) for key in ("text", "entity_id", "name_ar", "name_en")}
                q.data["speaker"] = speaker
                q.data["entity_id"] = speaker.get("entity_id")
                return
            if qs < e and s < qe:
                if q.data["via"] is None:  # "قال X إن ...، وفقا لبيان": the statement is the channel
                    q.data["via"] = {key: speaker.get(key) for key in ("text", "entity_id", "name_ar", "name_en")}
                return
        self._emit((t.start, t.end), s, e, None, speaker, None, (ss, se), update=False)

    def headline(self, a: int, b: int) -> bool:
        """'الرئيس التونسي: "..."' — a short name, a colon, a quotation: the headline form of a direct quote."""
        k = a
        while k < b and k - a <= 6 and self.tokens.f[k] != ":":
            k += 1
        if k >= b or k == a or k - a > 6 or k + 1 >= b or self.tokens.start[k + 1] not in self.open_at:
            return False
        if not all(self.tokens.word[i] for i in range(a, k)) or self._is_adjunct(list(range(a, k))):
            return False
        head = self.tokens.at(a)
        if k == a + 1 and head.f != head.s and not self._mentions_in(head.start, head.end):
            return False  # 'وزاد: "…"': a conjunction and a verb, not a name
        self._cursor, self._objects = self.tokens.start[a], False
        speaker = self._np_speaker(list(range(a, k)), None, "explicit")
        if speaker is None or not (speaker.get("entity_id") or head.f in lex.ROLE_WORDS or head.s in lex.ROLE_WORDS
                                   or head.f in lex.BODY_WORDS or self._name_like(list(range(a, k)))):
            return False
        qa = self.tokens.start[k + 1]
        self._emit((self.tokens.start[k], self.tokens.end[k]), qa + 1, self.open_at[qa], "direct", speaker, None,
                   self._sentence(qa))
        return True

    def bare_quote(self, ps: int, pe: int) -> None:
        """A paragraph that is mostly a quotation, with no cue: the previous speaker goes on."""
        if self.last_speaker is None or getattr(self, "last_para", -1) < 0:
            return
        pairs = self.pairs[bisect_left(self._pair_starts, ps):bisect_left(self._pair_starts, pe)]
        if not pairs:
            return
        inner = sum(self._letters(a + 1, b) for a, b in pairs)
        if inner < self.opts.bare_quote_share * self._letters(ps, pe):
            return
        paras_since = sum(1 for s, _ in self.paragraphs if self.last_para < s < ps)
        if paras_since > 1:
            return
        for a, b in pairs:
            if len(self.text[a + 1:b].split()) >= self.opts.bare_quote_min_words:
                self._emit((a, a), a + 1, b, "direct", dict(self.last_speaker, resolved="previous"), None,
                           self._sentence(a + 1))

    def run(self) -> list[Span]:
        self.last_para = -1
        self._cursor = 0
        candidates = self._candidates
        ti = ci = 0
        for ps, pe in self.paragraphs:
            start = ti
            ti = bisect_left(self.tokens.start, pe, ti)
            cues = []
            while ci < len(candidates) and candidates[ci] < ti:
                if (c := self._is_cue(candidates[ci])) is not None:
                    cues.append((candidates[ci], c))
                ci += 1
            footer = start < ti and self.tokens.f[start] in lex.FOOTER_HEADS  # "رابط الخبر …: «…»"
            if not cues and not footer:
                self.headline(start, ti) or self.bare_quote(ps, pe)
            for k, c in cues:
                if k not in self.used:
                    self.cue(k, c)
        for k in candidates:
            if not self.quoted[k] and k not in self.used and self.tokens.f[k] in lex.ATTRIBUTIONS:
                self.attribution(k)
        self._speakers_as_entities()
        self.quotes.sort(key=lambda q: (q.start, q.end))
        return self.quotes


def find_quotes(text: str, *, sentences: list[tuple[int, int]] | None = None, mentions: list[Span] | None = None,
                options: QuoteOptions | None = None) -> list[Span]:
    """Quote spans of ``text``.

    Args:
        text: the article text.
        sentences: sentence (start, end) offsets; computed with ``marsad.arabic.split_sentences`` when None.
        mentions: ``mention`` spans (NER + linking); speakers fall back to surface text without them.
        options: tuning, see ``QuoteOptions``.

    Returns:
        ``Span(kind="quote", label="direct"|"indirect", data={...})`` in text order; ``data`` holds
        speaker {text, entity_id, name_ar, name_en, resolved}, cue, cue_text, content, content_text, via,
        sentence and the quoted fragments.
    """
    if not isinstance(text, str):
        raise InputError(f"find_quotes needs the article text as str, got {type(text).__name__}")
    if not text.strip():
        return []
    sents = sentences if sentences is not None else split_sentences_fallback(text)
    return _Finder(text, list(sents), list(mentions or []), options or QuoteOptions()).run()


def quotes_stage(doc: Doc, res: Resources) -> None:
    """Fill ``doc.layer("quote")`` from the article text, its sentences and its mentions."""
    opts = res.settings.get("quotes")
    sents = [(s.start, s.end) for s in doc.layers.get("sentence", [])] or None
    doc.layer("quote").extend(find_quotes(doc.text, sentences=sents, mentions=doc.layers.get("mention", []),
                                          options=opts if isinstance(opts, QuoteOptions) else None))


QUOTES = Stage(
    name="quotes",
    version="9",  # 6: a quoted title after «صحيفة» is no quotation, a place inside a subject is no speaker, an
    # indirect report opening with a quoted name is indirect (usability40/41, review39); 7: one list of outlet words
    # (a name in quotation marks after «تلفزيون» or «محطة» is an outlet's, usability42); 8: dual cue verbs
    # («وشددا على أن» opens a clause of its own), «مرارا» and like adverbs are no speaker, the statement issued is no
    # word of its issuer («أصدرت الوزارة بيانا أوضحت فيه»: الوزارة, not «الوزارة بيانا»), a hadith cited goes on
    # with no one, «الواقع يشير إلى أن» and «التاريخ يقول إن» quote nobody (usability45); 9: «وكانت الحكومة أكدت،
    # تزامنا مع ...، أن»: the subject between كان and the verb speaks, not the words after the verb (fixes48)
    func=quotes_stage,
    requires=("sentence", "mention"),
    assigns=("quote",),
    doc="Direct and indirect quotes with speaker (via mentions), cue, content and relaying channel.",
)
