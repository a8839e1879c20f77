"""What the API's contract says in words but JSON Schema cannot: Schemathesis reads it from here (test_web_contract).

A ``since`` later than ``until`` is answered 422 (as `--since` after `--until` exits 2): each is valid alone, the two
together are not, so generated requests with both in that order are not counted as valid ones refused.
"""

from __future__ import annotations

import schemathesis

from marsad.filters import out_of_order


@schemathesis.hook
def filter_query(ctx, query):
    if not isinstance(query, dict):
        return True
    since, until = query.get("since"), query.get("until")
    return not (isinstance(since, str) and isinstance(until, str) and out_of_order(since, until))
