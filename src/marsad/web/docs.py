"""``/docs``: the OpenAPI explorer (Swagger UI) served from the package, so it works with no network."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = "/static/swagger"

router = APIRouter(include_in_schema=False)

# The page loads only local files: no inline script, so the site's Content-Security-Policy holds.
_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Marsad API</title>
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css"><link rel="icon" href="{ASSETS}/favicon-32x32.png">
</head><body><div id="swagger-ui"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script>
</body></html>"""

_INIT = """window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout"});"""


@router.get("/docs")
def docs_page() -> HTMLResponse:
    return HTMLResponse(_PAGE)


@router.get("/docs/init.js")
def docs_init() -> Response:
    return Response(_INIT, media_type="text/javascript")


def mount_docs(app: FastAPI) -> None:
    """Serve Swagger UI's files and the /docs page (create the app with ``docs_url=None``)."""
    from swagger_ui_bundle import swagger_ui_path

    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="swagger")
    app.include_router(router)
