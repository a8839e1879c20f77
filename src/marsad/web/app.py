"""``marsad serve``: the REST API under /api/ and the Arabic, right-to-left web UI, from one FastAPI app."""

from __future__ import annotations

import asyncio
import hmac
import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import marsad
from marsad.errors import InputError, NotFoundError
from marsad.filters import WORDS_PATTERN, mismatch, missing
from marsad.library import Marsad
from marsad.models import to_dict
from marsad.store import Store


@dataclass(slots=True)
class WebSettings:
    """Server settings (flags of ``marsad serve``; MARSAD_* variables)."""

    db: str = "marsad.db"
    ingest_token: str | None = None  # POST /api/ingest is off unless set
    allow_private: bool = False  # may /api/ingest fetch private or loopback addresses
    max_body_bytes: int = 5 * 1024 * 1024
    request_timeout: float = 15.0
    show_paths: bool = False  # show where ingested files lie on the server (an operator's choice; off in public)


class Stores:
    """The database through the front door: one read-only handle per server thread, one writer for ingest."""

    def __init__(self, path: str) -> None:
        self.path = path
        marsad.open(path).close()  # create and migrate once, before going read-only
        self._local = threading.local()
        self._writer: Marsad | None = None
        self.write_lock = threading.Lock()

    def reader(self) -> Marsad:
        lib = getattr(self._local, "lib", None)
        if lib is None:
            lib = self._local.lib = marsad.open(self.path, readonly=True)
        return lib

    def writer(self) -> Marsad:
        if self._writer is None:
            self._writer = marsad.open(self.path)
        return self._writer


# A page's address typed as the API's or in the plural (/stories/s-…, /entities/…, /treaties/…): the page meant
_PAGES_MEANT = {"stories": "story", "entities": "entity", "actors": "entity", "actor": "entity", "articles": "article",
                "treaties": "treaty", "agreements": "treaty", "agreement": "treaty"}


def _page_meant(path: str) -> str | None:
    """The page an unknown address most likely meant ("/stories/s-786d" → "/story/s-786d"), or None."""
    head, _, rest = path.strip("/").partition("/")
    page = _PAGES_MEANT.get(head.lower())
    return f"/{page}/{rest}" if page and rest and "/" not in rest else None


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """The Marsad web application over the database named in ``settings``."""
    from marsad import __version__
    from marsad.web.api import router as api_router
    from marsad.web.docs import mount_docs
    from marsad.web.pages import router as page_router

    settings = settings or WebSettings()
    app = FastAPI(title="Marsad", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic news, sourced: articles, actors, quotes and stories. Read-only unless an "
                              "ingest token is configured.")
    app.state.settings = settings
    app.state.stores = Stores(settings.db)

    @app.middleware("http")
    async def limits(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body_bytes:
            return JSONResponse({"detail": f"request body over {settings.max_body_bytes:,} bytes"}, status_code=413)
        try:
            response = await asyncio.wait_for(call_next(request), timeout=settings.request_timeout)
        except asyncio.TimeoutError:
            return JSONResponse({"detail": f"request took over {settings.request_timeout:.0f} s"}, status_code=503)
        response.headers["X-Content-Type-Options"] = "nosniff"
        # Swagger UI (/docs) sets style attributes in its markup; every other page keeps styles to our stylesheet.
        style = "'self' 'unsafe-inline'" if request.url.path == "/docs" else "'self'"
        response.headers["Content-Security-Policy"] = f"default-src 'self'; img-src 'self' data:; style-src {style}"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        # A filter or name the library refused: say why, without naming the server's files.
        detail = str(exc).replace(settings.db, "the database")
        return JSONResponse({"detail": detail}, status_code=404 if isinstance(exc, NotFoundError) else 422)

    @app.exception_handler(StarletteHTTPException)
    async def no_such_page(request: Request, exc: StarletteHTTPException) -> Response:
        # a page address typed wrong (/stories, /entities/…) answered a browser {"detail":"Not Found"}: the site's
        # own "not found" page, in its language; the API and files keep their JSON answer
        path = request.url.path
        if exc.status_code == 404 and not path.startswith(("/api/", "/static/", "/openapi", "/docs")):
            from marsad.web.pages import render

            return render(request, "not_found.html", {"key": path, "address": True, "suggest": _page_meant(path)},
                          status=404)
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own 422, but a date or language filter that does not fit says what it expects as the CLI does
        # («since expects a date as YYYY-MM-DD …»), not by its regular expression
        problems = jsonable_encoder(exc.errors())
        for p in problems:
            said = None
            if p.get("type") == "string_pattern_mismatch" and p.get("loc"):
                said = mismatch(str(p["loc"][-1]), (p.get("ctx") or {}).get("pattern", ""), p.get("input"))
            elif p.get("type") == "missing" and len(p.get("loc") or ()) == 2 and p["loc"][0] == "query":
                # («Field required» of /api/search with no q; as `marsad search` with no words)
                said = missing(str(p["loc"][1]), _REQUIRED.get(str(p["loc"][1]), ""))
            elif p.get("type") == "value_error" and str(p.get("msg", "")).startswith("Value error, "):
                said = p["msg"].removeprefix("Value error, ")  # our own message, without pydantic's label
            elif p.get("type") == "literal_error" and len(p.get("loc") or ()) > 1 and p["loc"][0] == "query":
                said = _not_a_choice(request, p)
            elif p.get("type") in _NUMBER_PROBLEMS and len(p.get("loc") or ()) == 2 and p["loc"][0] == "query":
                said = _not_a_number(p)
            p["msg"] = said or p.get("msg")
        return JSONResponse({"detail": problems}, status_code=422)

    mount_docs(app)  # before /static: its files live under /static/swagger
    app.mount("/static", StaticFiles(directory=str(resources.files("marsad.web") / "static")), name="static")
    app.include_router(api_router)
    app.include_router(page_router)
    return app


_NUMBER_PROBLEMS = ("int_parsing", "greater_than_equal", "less_than_equal")
_REQUIRED = {"q": WORDS_PATTERN}  # the query parameters an operation cannot go without, by the pattern they take
# what a number names, when its name alone does not say it (the CLI's --after takes an article id; this one not)
_NUMBER_WHAT = {"after": "the `next` of the page before"}


def _not_a_number(problem: dict[str, Any]) -> str:
    """A query number that is none or out of its range, said as the CLI says it («limit expects a number of at least
    1, got '0'»; «after expects the `next` of the page before, a whole number, got 'a3f2'»), not pydantic's «Input
    should be a valid integer»."""
    name, ctx = str(problem["loc"][1]), problem.get("ctx") or {}
    what = _NUMBER_WHAT.get(name, "")
    if problem["type"] == "int_parsing":
        expected = "a whole number"
    elif "le" in ctx:
        expected = f"a number of at most {ctx['le']}"
    else:
        expected = f"a number of at least {ctx.get('ge')}"
    return f"{name} expects {what + ', ' if what else ''}{expected}, got {problem.get('input')!r}"


_CHOICE_NAMES = {("/api/events", "type"): "event type", ("/api/entities", "type"): "entity type"}


def _not_a_choice(request: Request, problem: dict[str, Any]) -> str:
    """A query value that is none of its choices, as the CLI says it («unknown event type xyz; use one of AGREE,
    …»), not pydantic's «Input should be 'AGREE', …»; ``problem["input"]`` becomes the value as sent (a type is
    upper-cased before it is checked)."""
    name, index = str(problem["loc"][1]), problem["loc"][2] if len(problem["loc"]) > 2 else 0
    sent = request.query_params.getlist(name)
    if isinstance(index, int) and index < len(sent):
        problem["input"] = sent[index]
    choices = re.findall(r"'([^']*)'", str((problem.get("ctx") or {}).get("expected", "")))
    what = _CHOICE_NAMES.get((request.url.path.rstrip("/"), name), name)
    return f"unknown {what} {problem.get('input')}; use one of {', '.join(choices)}"


def check_token(settings: WebSettings, header: str | None) -> str | None:
    """None when the ingest token matches; otherwise why the request is refused."""
    if not settings.ingest_token:
        return "ingest over HTTP is off: start the server with --ingest-token (or MARSAD_INGEST_TOKEN)"
    given = (header or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), settings.ingest_token.encode()):
        return "missing or wrong ingest token (send 'Authorization: Bearer TOKEN')"
    return None


def store_of(request: Request) -> Store:
    """The store the data functions of a page read (this thread's read-only handle)."""
    return request.app.state.stores.reader().store


def public_origin(origin: str) -> str:
    """Where a document came from, as a public page may say it: a URL as is, a local file by its last folder and
    name (with the member inside an archive) — never the server's absolute path."""
    if "://" in origin or not origin or origin.startswith("<"):
        return origin
    path, sep, member = origin.partition("!")
    parts = [p for p in path.replace("\\", "/").split("/") if p and p not in (".", "..")]
    return "/".join(parts[-2:]) + sep + member


def hide_paths(value: Any) -> Any:
    """``value`` with every "origin" shown as `public_origin` shows it."""
    if isinstance(value, dict):
        return {k: public_origin(v) if k == "origin" and isinstance(v, str) else hide_paths(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [hide_paths(v) for v in value]
    return value


def public(request: Request, obj: Any) -> Any:
    """``obj`` as JSON-ready data for a response: dataclasses as dicts, local paths hidden unless the operator
    started the server with ``--show-paths``."""
    data = to_dict(obj)
    return data if request.app.state.settings.show_paths else hide_paths(data)
