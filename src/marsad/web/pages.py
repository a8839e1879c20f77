"""Server-rendered pages (Jinja2, autoescaped). Each page renders one data function; ``?format=json`` gives the dict."""

from __future__ import annotations

from importlib import resources
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from marsad.web import data
from marsad.web.app import public, store_of
from marsad.web.format import FILTERS
from marsad.web.i18n import labels
from marsad.views import SHOWN_IDS, ids_starting

router = APIRouter(include_in_schema=False)

_env = Environment(loader=FileSystemLoader(str(resources.files("marsad.web") / "templates")),
                   autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def _marked(snippet: str) -> Markup:
    """Escape a snippet, then turn the match markers into <mark> (article text never reaches HTML unescaped)."""
    return Markup(str(escape(snippet)).replace(data.MARK[0], "<mark>").replace(data.MARK[1], "</mark>"))


_env.filters["marked"] = _marked
_env.filters.update(FILTERS)


def lang_of(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "ar"
    return lang if lang in ("ar", "en") else "ar"


def render(request: Request, template: str, view: dict[str, Any] | None, *, status: int = 200) -> Response:
    if request.query_params.get("format") == "json":
        return JSONResponse(public(request, view), status_code=status)
    lang = lang_of(request)
    html = _env.get_template(template).render(view=view, t=labels(lang), lang=lang, request=request,
                                              path=request.url.path, query=request.url.query)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in ("ar", "en"):
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def page(template: str, fetch: Callable[..., dict[str, Any] | None], kind: str | None = None):
    """A page handler: compute the view, 404 when there is none; with ``kind`` ("article", "story", "treaty"), the
    404 of the start of several ids of that kind links them, as `marsad story s-481c` names them."""

    def handler(request: Request, key: str) -> Response:
        view = fetch(store_of(request), key)
        if view is None:
            ids = ids_starting(kind, store_of(request), key) if kind is not None else []
            several = len(ids) > 1  # (as the CLI's words: SHOWN_IDS of them, "…" when there are more)
            return render(request, "not_found.html", {"key": key, "sharing": ids[:SHOWN_IDS] if several else [],
                                                      "more": several and len(ids) > SHOWN_IDS}, status=404)
        return render(request, template, view)

    return handler


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    return render(request, "home.html", data.home_data(store_of(request)))


@router.get("/story/{key}")
def story(request: Request, key: str) -> Response:
    from marsad.stories.view import story_view

    def with_treaties(store: Any, key: str) -> dict[str, Any] | None:
        view = story_view(store, key)
        if view is not None and request.query_params.get("format") != "json":  # the twin is the API's story
            view = {**view, "treaties": data.story_treaties(store, view),
                    "key_entities": data.with_english_names(store, view.get("key_entities") or [])}
        return view

    return page("story.html", with_treaties, "story")(request, key)


@router.get("/entity/{key}")
def entity(request: Request, key: str) -> Response:
    return page("entity.html", data.entity_page)(request, key)


@router.get("/treaty/{key}")
def treaty(request: Request, key: str) -> Response:
    from marsad.nlp.events.treaty_life import treaty_view

    return page("treaty.html", treaty_view, "treaty")(request, key)


@router.get("/treaties")
def treaties(request: Request) -> Response:
    """Every agreement the news follows, as `marsad treaties` lists them (the JSON twin: /api/treaties's)."""
    return render(request, "agreements.html", data.treaties_page(store_of(request)))


@router.get("/article/{key}")
def article(request: Request, key: str, at: str | None = None) -> Response:
    # (``at``: the START-END of the sentence a citation links to, marked on the page)
    return page("article.html", lambda store, k: data.article_page(store, k, at), "article")(request, key)


@router.get("/search")
def search(request: Request, q: str = "", outlet: str | None = None, limit: str | None = None) -> Response:
    # (``limit``: the results shown, a page more at each "more results"; a bad one is the first page)
    shown = int(limit) if limit and limit.isdecimal() else data.SEARCH_PAGE  # (not isdigit: «²» is no int)
    shown = min(max(shown, 1), data.MAX_SEARCH)
    return render(request, "search.html", data.search_page(store_of(request), q, outlet=outlet or None, limit=shown))


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str) -> Response:
    back = request.headers.get("referer") or "/"
    if not back.startswith(str(request.base_url)):
        back = "/"
    response = RedirectResponse(back, status_code=303)
    response.set_cookie("lang", lang if lang in ("ar", "en") else "ar", max_age=365 * 86400, samesite="lax")
    return response
