"""The API's contract, declared once: error bodies, content types per format, and validated parameters.

Every operation documents what it can answer — its content types and status codes, with a schema for the error
body — and parameters are checked before any work, so a bad value is a 422 with a message, never a 500.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BaseModel, BeforeValidator, StringConstraints

from marsad.filters import DAY_PATTERN, LANGUAGE_PATTERN, WORDS_PATTERN

Format = Literal["json", "csv", "jsonl"]
_UPPER = BeforeValidator(lambda v: v.upper() if isinstance(v, str) else v)
# as `marsad entities --type per` and `marsad events --type accuse` take them: a type in any case (a 422 before)
EntityType = Annotated[Literal["PER", "LOC", "ORG", "MISC"], _UPPER]
EventType = Annotated[Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
                              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
                              "COERCE", "ASSAULT"], _UPPER]
MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv"}
MAX_SEQ = 2**63 - 1  # an article's position in the store is a 64-bit integer


class ErrorBody(BaseModel):
    """What every 4xx/5xx answer carries: a message saying what was wrong and how to fix it."""

    detail: str


class ParameterProblem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class InvalidRequest(BaseModel):
    """A 422 answer: a message, or one entry per parameter that failed validation."""

    detail: str | list[ParameterProblem]


# The patterns `marsad articles --since/--language` check (a 422 says what they expect in the CLI's words).
Day = Annotated[Annotated[str, StringConstraints(pattern=DAY_PATTERN)] | None,
                Query(description="a date: YYYY-MM-DD, YYYY-MM or YYYY (a `since` later than the "
                                        "`until` given with it is a 422)", examples=["2015-07-21"])]
Key = Annotated[str, Path(min_length=1, max_length=200)]
# as `marsad search` takes them: words, not nothing or spaces alone (a 422 in words, not an empty list of results)
Words = Annotated[str, StringConstraints(pattern=WORDS_PATTERN, max_length=500),
                  Query(description="what to look for (not only spaces)", examples=["بيونج يانج"])]
# as `marsad articles --language` takes it: a code ("ar", "en"), not a name ("arabic"), which would list nothing
Language = Annotated[Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN, to_lower=True)] | None,
                     Query(description="a language code: ar, en …", examples=["ar"])]


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error codes an operation can answer (422 is FastAPI's own)."""
    why = {400: "the request body cannot be read", 403: "wrong or missing ingest token",
           404: "no such item", 413: "request body too large", 503: "the request took too long"}
    out: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody, "description": why[code]} for code in codes}
    out[422] = {"model": InvalidRequest, "description": "a parameter is missing or not valid"}
    return out


def listing() -> dict[int | str, dict[str, Any]]:
    """``responses`` of a list operation: JSON (its schema is the operation's response model), or the same rows as
    CSV or JSON Lines (``format=``)."""
    return {200: {"description": "the rows, in the format asked for", "content": {
        "application/x-ndjson": {"schema": {"type": "string"}, "example": '{"id": "..."}\n'},
        "text/csv": {"schema": {"type": "string"}, "example": "id,title\n"},
    }}, **errors(503)}
