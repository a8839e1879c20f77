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

Incidents are read as routine items are: an attack in Abha and one in Najran are two events, and the reports of the
Asir mosque bombing (the mosque is in Abha) name Asir or Abha, or the bombing in their first sentence, so they stay
one story (the page store of 2015-08-06 … 08-09, in-sample: one article of its home pages moves, a university's
part in Souq Okaz joining the market's story).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.nlp.places import load_places

# The countries whose agencies report routine items place by place, as the outlets' home (SaudiNewsNet's are Saudi):
# a headline's places elsewhere fill no slot.  Abroad a story roams as in ``grouping.GroupOptions.home_places``:
# a truce in Yemen is reported from Sanaa, Aden and Bab al-Mandab, the Suez Canal's opening from Ismailia, Suez,
# Port Said and Sinai (on the read pages of 2015-08-01, 08-02, 08-04, in-sample, those countries' places cost 13
# main-event members of the truce's, the canal's and an aid ship's stories and took out 2 strays; a war's other
# fronts are ``fronts.front_slot``'s)
LOCAL = frozenset({"sa"})
Where = tuple[frozenset[str], frozenset[str]]
NOWHERE: Where = (frozenset(), frozenset())


FIRST_CHARS = 300  # the lead's first sentence, at most this long, says where too (its dateline, the event it follows
# up); further down a lead lists background (the regions a festival's exhibitors come from, a forecast's others)


@lru_cache(maxsize=100_000)
def where_slot(title: str, lead: str = "") -> Where:
    """(the places a headline names, the places its headline and its lead's first sentence name): «أمطار على أبها» →
    ({sa:asir:abha}, {sa:asir:abha, ...}); empty for a headline that names no place of the hierarchy."""
    tree = load_places()
    head = frozenset(k for k in tree.find(title) if tree.country(k) in LOCAL)
    if not head:
        return NOWHERE
    return head, head | tree.find(lead.split(".")[0][:FIRST_CHARS])


def where_conflict(a: Where, b: Where) -> bool | None:
    """Do two headlines report events in disjoint places of one country, neither article naming the other's place
    or a place holding it?  None when either names no place, or their places lie in two countries."""
    if not a[0] or not b[0]:
        return None
    tree = load_places()
    if {tree.country(x) for x in a[0]}.isdisjoint({tree.country(y) for y in b[0]}):
        return None
    return not (any(tree.related(x, y) for x in a[0] for y in b[1])
                or any(tree.related(y, x) for y in b[0] for x in a[1]))
