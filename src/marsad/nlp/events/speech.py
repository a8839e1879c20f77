"""Speech in the coder: who says what ("قال X إن"، "بحسب X"، the quote layer) and criticism.

A mixin of the event coder: :meth:`SpeechMixin.find_speech` finds the statements of a sentence (their
scope and speaker), which give reported events their source and dropped subjects their referent;
:meth:`SpeechMixin.criticism` codes a statement that judges a named actor negatively as ACCUSE.
"""

from __future__ import annotations

import bisect
from typing import Any

from marsad.models import Span
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import Hit, Sentence, Speech, has_word, key
from marsad.nlp.events.checks import _ANY_CUE, ChecksMixin
from marsad.nlp.events.lexicon import fold


def key_of(party: dict[str, Any] | None) -> str | None:
    """The key of an actor dict, comparable with :func:`key` of a mention span."""
    if not party:
        return None
    return str(party.get("entity_id") or fold(str(party.get("name") or "")))


_POSITIVE = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT"})


class SpeechMixin(ChecksMixin):
    """Statements and criticism of the event coder."""

    def find_speech(self, sent: Sentence, hits: list[Hit]) -> list[Speech]:
        """Speech frames of the sentence: "قال X إن ...", "بحسب X", "نقلت Y عن X", and the ``quote`` layer."""
        out: list[Speech] = []
        for i in range(sent.lo, sent.hi):
            n = self.toks[i].norm
            if n not in _ANY_CUE:
                continue
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if n in L.SOURCE_CUES or bare in L.SOURCE_CUES:
                after = [m for m in sent.ments if i < m.first <= i + 4]
                m = after[0] if after else None
                end = m.last + 1 if m else i + 1
                lo, hi = (sent.lo, i) if i - sent.lo > 3 else (end, sent.hi)
                out.append(Speech(lo, hi, self.actor_dict(m) if m else None, m, i, "source"))
            elif n in L.SPEECH_CUES or bare in L.SPEECH_CUES:
                if bare in L.PARTICIPLE_CUES:
                    first = next((m for m in sent.ments if m.last < i and not m.prep), None)
                    out.append(Speech(i + 1, sent.hi, self.actor_dict(first) if first else None, first, i))
                    continue
                subj = self.subject_after(sent, i, set())
                title = self._title_nisba(sent, i, subj[0].first if subj else min(sent.hi, i + 5))
                if title is not None and (not subj or subj[0].span.label != "PER"):
                    subj = [title]  # "قال مسؤول أمريكي إن ..."
                subj = subj or self.subject_before(sent, i)
                if bare in ("نقل", "نقلت"):  # نقلت وكالة X عن Y: Y speaks
                    src = next((m for m in sent.ments if i < m.first <= i + 10 and m.prep == "عن"), None)
                    subj = [src] if src else subj
                m = subj[0] if subj else None
                lo = (max(x.last for x in subj) + 1) if subj and subj[0].first > i else i + 1
                out.append(Speech(lo, sent.hi, self.actor_dict(m) if m else None, m, i))
        for q in self.quotes:
            content = q.data.get("content") or [q.start, q.end]
            if content[0] >= sent.span.end or content[1] <= sent.span.start:
                continue
            sp = q.data.get("speaker") or {}
            speaker = {"text": sp.get("text"), "entity_id": sp.get("entity_id"),
                       "name": sp.get("name_ar") or sp.get("text"), "name_en": sp.get("name_en")}
            lo = max(sent.lo, bisect.bisect_left(self._tok_starts, content[0]))
            hi = min(sent.hi, bisect.bisect_left(self._tok_starts, content[1]))
            out.append(Speech(lo, hi, speaker, None, -1, "quote"))
        return out

    def criticism(self, sent: Sentence, sp: Speech, emitted: list[Span]) -> Span | None:
        """A statement judging another actor negatively: ACCUSE/criticize by the speaker."""
        if sp.speaker is None or sp.kind == "source" or not sp.speaker.get("entity_id") \
                or str(sp.speaker.get("entity_id")).startswith("new:"):
            return None
        me = key(sp.speaker_ment.span) if sp.speaker_ment is not None else str(sp.speaker.get("entity_id"))
        own = (sp.speaker.get("country") or {}).get("name")
        if any(s.label == "ACCUSE" and (s.data.get("actor") or {}).get("name") == sp.speaker.get("name") for s in emitted):
            return None
        neg = next((j for j in range(sp.lo, sp.hi) if has_word(self.toks[j].norm, L.NEG_EVAL)), None)
        if neg is None:
            return None
        # Actors the sentence is positive about (aided, supported, promised) are not the target,
        # nor is one standing across "ضد" from the negative word ("الدفاع عن X ضد أي عدو غادر").
        favoured = {key_of(s.data.get("recipient")) for s in emitted if s.label in _POSITIVE}
        # The judged actor is a linked party standing bare (subject or object: not "في تصريح إلى محطة X")
        # near the judgement, not the speaker's own country or organisation, nor part of the speaker's name.
        mine = {fold(str(x.get("name") or "")) for x in (sp.speaker.get("country"), sp.speaker.get("affiliation")) if x}
        spoke = sp.speaker_ment
        target = next((m for m in sent.ments if sp.lo <= m.first < sp.hi and m.prep in ("", "بين") and key(m.span) != me
                       and self._known(m) and abs(m.first - neg) <= 12
                       and (not own or fold(str(m.span.data.get("name") or "")) != fold(own))
                       and fold(str(m.span.data.get("name") or "")) not in mine
                       and not (spoke is not None and 0 <= m.first - spoke.last <= 1)
                       and key(m.span) not in favoured
                       and not self.own_side(sp.speaker, self.actor_dict(m))  # "قال خامنئي إن سياسة إيران"
                       and not any(self.toks[j].norm == "ضد" for j in range(min(m.last, neg), max(m.last, neg)))), None)
        if target is None:
            return None
        tok = self.toks[neg]
        date, date_source = self.date_for(sent, tok.start)
        if date_source == "article":
            date, date_source = None, None  # the report's day is not the statement's (see EventCoder.code)
        data = {
            "mode": "criticize", "actor": sp.speaker, "recipient": self.actor_dict(target), "date": date,
            "date_source": date_source, "place": None, "negated": False, "modality": "asserted", "confidence": 0.55,
            "reported_by": None, "sentence": [sent.span.start, sent.span.end], "trigger": [tok.start, tok.end],
            "trigger_text": self.text[tok.start:tok.end], "pattern": "criticism", "source": "speech",
            "actor_from": "speaker",
        }
        span = Span("event", tok.start, tok.end, "ACCUSE", data)
        self.events.append(span)
        return span
