"""speed23 (issue 18): stored JSON (spans' data, articles' fields) is made by the C encoder called straight; the
text is what ``json.dumps`` gives of the same value — compact, Arabic readable, dataclasses as their fields."""

from __future__ import annotations

import dataclasses
import json

from marsad.store.common import dumps, loads


@dataclasses.dataclass
class Place:
    name: str
    lat: float


def test_stored_json_is_the_text_json_dumps_gives():
    data = {"entity_id": "loc:jeddah", "name": "جدة \"عروس البحر\"", "span": [12, 15], "confidence": 0.85,
            "known": True, "country": None, "parts": [{"text": "حي الروضة", "n": 3}], "where": Place("جدة", 21.5)}
    text = dumps(data)
    assert text == json.dumps({**data, "where": {"name": "جدة", "lat": 21.5}}, ensure_ascii=False,
                              separators=(",", ":"))
    assert "جدة" in text and loads(text)["where"] == {"name": "جدة", "lat": 21.5}
    assert [dumps(v) for v in ("نص", [], None, 7)] == ['"نص"', "[]", "null", "7"]
