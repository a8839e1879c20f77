"""``marsad serve``: the REST API under /api/ and the Arabic, right-to-left web UI, from one FastAPI app."""

from __future__ import annotations

import asyncio
import hmac
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from marsad.store import open_store
from marsad.store import Store


@dataclass(slots=True)
class WebSettings:
    """Server settings (flags of ``marsad serve``; MARSAD_* variables)."""

    db: str = "marsad.db"
    ingest_token: str | None = None  # POST /api/ingest is off unless set
    allow_private: bool = False  # may /api/ingest fetch private or loopback addresses
    max_body_bytes: int = 5 * 1024 * 1024
    request_timeout: float = 15.0


class Stores:
    """One read-only SQLite connection per server thread, and one writer for ingest."""

    def __init__(self, path: str) -> None:
        self.path = path
        open_store(path).close()  # create and migrate once, before going read-only
        self._local = threading.local()
        self._writer: Store | None = None
        self.write_lock = threading.Lock()

    def reader(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.path, readonly=True)
        return store

    def writer(self) -> Store:
        if self._writer is None:
            self._writer = open_store(self.path)
        return self._writer


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """The Marsad web application over the database named in ``settings``."""
    from marsad import __version__
    from marsad.web.api import router as api_router
    from marsad.web.pages import router as page_router

    settings = settings or WebSettings()
    app = FastAPI(title="Marsad", version=__version__,
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
        response.headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    app.mount("/static", StaticFiles(directory=str(resources.files("marsad.web") / "static")), name="static")
    app.include_router(api_router)
    app.include_router(page_router)
    return app


def check_token(settings: WebSettings, header: str | None) -> str | None:
    """None when the ingest token matches; otherwise why the request is refused."""
    if not settings.ingest_token:
        return "ingest over HTTP is off: start the server with --ingest-token (or MARSAD_INGEST_TOKEN)"
    given = (header or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), settings.ingest_token.encode()):
        return "missing or wrong ingest token (send 'Authorization: Bearer TOKEN')"
    return None


def store_of(request: Request) -> Store:
    return request.app.state.stores.reader()


def jsonable(obj: Any) -> Any:
    from marsad.models import to_dict

    return to_dict(obj)
