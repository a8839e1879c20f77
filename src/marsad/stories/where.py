"""Where a headline's event happened: one kind of item in two places is two items.

Agencies report routine items place by place — rain in one region and another, each education office's teachers'
interviews, each town's honey festival, a programme's opening in each city — and the reports of one kind share
their wording and their organiser, everything but the place.  A reader takes each place's item as its own event.

:func:`where_slot` reads the places a headline names (towns, governorates and regions of the hierarchy in
:mod:`marsad.nlp.places`, of the ``LOCAL`` countries; a country itself does not count, in a headline it is as often
who reacts) and every place its headline and its lead's first sentence name.  :func:`where_conflict` compares two:
the places of one country two headlines report are *disjoint* — neither lies in the other (Abha lies in Asir: a
report of a bombing in Abha and one in Asir may be one event) — and neither article names the other's place, or a
place holding it, in its headline or its lead's first sentence (a funeral in Taif of a victim of the Abha bombing
names Abha).  Places of two countries are not compared: a Saudi reaction to an attack in Egypt is where the attack
is not.  A broad slot (``grouping.BROAD``): it splits, it never vouches — two reports from Jeddah are not one event
because of it — and it only turns an article away from a story (``grouping.PLACE_ONLY``): a big event's own reports
come from many places.

An incident's follow-up is told where it happens, not where the incident did: a governor visits a bus crash's
injured in his town's hospital, the recovered leave it, an emir in another region hails a cell's arrest.  A headline
that follows an incident up (``FOLLOW_UP``: a visit to the injured, a recovery, condolences, a funeral, a reaction, an
investigation) and whose headline and lead's first sentence share the incident's marks with another's (its kinds —
a bus, a rollover, a blast, a terror cell's bust — and its toll: two kinds, or a kind and a number) is not kept apart
from it by their places (the store of 2015-07-21 … 07-24, in-sample: its readers found the where check kept such
follow-ups out of their incident's story).  Routine items carry no incident's marks (teachers' interviews, Eid
parties, a status drive), and an incident told in two places by two plain reports is still two.

Incidents are read as routine items are: an attack in Abha and one in Najran are two events, and the reports of the
Asir mosque bombing (the mosque is in Abha) name Asir or Abha, or the bombing in their first sentence, so they stay
one story (the page store of 2015-08-06 … 08-09, in-sample: one article of its home pages moves, a university's
part in Souq Okaz joining the market's story).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.nlp.places import load_places
from marsad.stories.incidents import INCIDENT, _bare, _words

# The countries whose agencies report routine items place by place, as the outlets' home (SaudiNewsNet's are Saudi):
# a headline's places elsewhere fill no slot.  Abroad a story roams as in ``grouping.GroupOptions.home_places``:
# a truce in Yemen is reported from Sanaa, Aden and Bab al-Mandab, the Suez Canal's opening from Ismailia, Suez,
# Port Said and Sinai (on the read pages of 2015-08-01, 08-02, 08-04, in-sample, those countries' places cost 13
# main-event members of the truce's, the canal's and an aid ship's stories and took out 2 strays; a war's other
# fronts are ``fronts.front_slot``'s)
LOCAL = frozenset({"sa"})
Where = tuple[frozenset[str], frozenset[str], frozenset[str], bool]
NOWHERE: Where = (frozenset(), frozenset(), frozenset(), False)

# Headline words (folded, article and clitics off) of an incident's follow-up, told from where the follow-up happens
FOLLOW_UP = frozenset("""
يطمين اطمينان للاطمينان يطمئن اطمئنان للاطمئنان يتفقد تفقد يعود عياده مصابي المصابين مصابين تعافي يتعافي تعافوا
شفاء يعزي عزاء تعازي تعزيه يواسي مواساه تشييع يشيع شيع جنازه دفن يدين تدين ادانه يستنكر استنكار يشجب تنديد يندد
يهنئ تهنئه يشيد اشاده يثمن يبارك التحقيق تحقيق يحقق تحقيقات
""".split())
# An incident's marks beyond ``incidents.INCIDENT``'s kinds (folded, article and clitics off): the vehicle, how it
# crashed, an attack's kind — what two reports of one incident repeat wherever they are written
MARK_WORDS = {
    "rollover": "انقلاب انقلبت انقلب",
    "bus": "حافله حافلات باص",
    "blast": "تفجير تفجيرات انفجار انتحاري",
    "terror": "ارهابي ارهابيه ارهابيين ارهاب داعش خليه خلايا عنقوديه",
    "bust": "اطاحه احباط",
    "shooting": "اطلاق",
}
MARK = {**INCIDENT, **{w: kind for kind, words in MARK_WORDS.items() for w in words.split()}}
MARK_CHARS = 600  # an incident's marks are read this far into the lead's first sentence (a reaction names the
# reacting dignitary first, the incident after)
NUMBER_RE = re.compile(r"\d+")
FIRST_CHARS = 300  # the lead's first sentence, at most this long, says where too (its dateline, the event it follows
# up); further down a lead lists background (the regions a festival's exhibitors come from, a forecast's others)


@lru_cache(maxsize=100_000)
def where_slot(title: str, lead: str = "") -> Where:
    """(the places a headline names, the places its headline and its lead's first sentence name, the incident's marks
    its headline and first sentence name, whether its headline follows an incident up): «أمطار على أبها» →
    ({sa:asir:abha}, {sa:asir:abha, ...}, {}, False); empty for a headline that names no place of the hierarchy."""
    tree = load_places()
    head = frozenset(k for k in tree.find(title) if tree.country(k) in LOCAL)
    if not head:
        return NOWHERE
    first = lead.split(".")[0]
    follow = any(w in FOLLOW_UP or _bare(w) in FOLLOW_UP for w in _words(title))
    return head, head | tree.find(first[:FIRST_CHARS]), incident_marks(f"{title} {first[:MARK_CHARS]}"), follow


def incident_marks(text: str) -> frozenset[str]:
    """An incident's kinds and its numbers (2 to 999: a toll, the injured, a bus's passengers; not a year, nor one
    written with a leading zero, as a date's month «07» is) a text names: «تعافي مصابي انقلاب حافلة تقل 52 عاملا» →
    {rollover, bus, 52}."""
    kinds = {MARK[k] for w in _words(text) for k in (w, _bare(w)) if k in MARK}
    if not kinds:
        return frozenset()
    numbers = {int(n) for n in NUMBER_RE.findall(text) if not n.startswith(("0", "٠", "۰"))}
    return frozenset(kinds | {str(n) for n in numbers if 2 <= n < 1000})  # (٥٢ and 52 are one number)


def same_incident(a: Where, b: Where) -> bool:
    """Does either headline follow an incident up that the other's marks are the marks of: two kinds in common, or a
    kind and a number?"""
    if not (a[3] or b[3]):
        return False
    shared = a[2] & b[2]
    kinds = sum(not m.isdigit() for m in shared)
    return kinds >= 2 or (kinds >= 1 and len(shared) > kinds)


def where_conflict(a: Where, b: Where, follow_ups: bool = True) -> bool | None:
    """Do two headlines report events in disjoint places of one country, neither article naming the other's place
    or a place holding it?  None when either names no place or their places lie in two countries; False (the two
    agree) when one follows up the incident the other reports (:func:`same_incident`, asked when ``follow_ups``)."""
    if not a[0] or not b[0]:
        return None
    if follow_ups and same_incident(a, b):
        return False
    tree = load_places()
    if {tree.country(x) for x in a[0]}.isdisjoint({tree.country(y) for y in b[0]}):
        return None
    return not (any(tree.related(x, y) for x in a[0] for y in b[1])
                or any(tree.related(y, x) for y in b[0] for x in a[1]))
