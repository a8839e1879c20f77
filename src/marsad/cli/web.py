"""``marsad serve``: the REST API and the web UI."""

from __future__ import annotations

import argparse
import sys

from marsad import settings


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.store.postgres import redact
    from marsad.web.app import WebSettings, create_app

    web = WebSettings(db=args.db, ingest_token=args.ingest_token or settings.get("ingest_token"),
                      allow_private=args.allow_private, max_body_bytes=args.max_body, request_timeout=args.timeout,
                      show_paths=args.show_paths)
    app = create_app(web)
    # the server logs only warnings: without this line a first `marsad serve` looks like a hung command
    # (a postgresql:// URL without its password: the line may go to a service's log)
    print(f"Marsad: http://{args.host}:{args.port}/ over {redact(str(args.db))} (the API under /api/, its "
          "documentation at /docs); Ctrl-C stops it", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the REST API (/api/) and the Arabic web UI")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--ingest-token", help="enable POST /api/ingest for requests carrying this bearer token "
                                          "(env MARSAD_INGEST_TOKEN); off by default")
    p.add_argument("--allow-private", action="store_true", help="let /api/ingest fetch private or loopback addresses")
    p.add_argument("--max-body", type=int, default=5 * 1024 * 1024, help="largest request body (bytes)")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds a request may take")
    p.add_argument("--show-paths", action="store_true",
                   help="show where ingested files lie on this server (by default only their folder and name)")
    p.add_argument("--log-level", default="warning",
                   help="server log: critical, error, warning (default), info, debug or trace")
    p.set_defaults(func=cmd_serve)
