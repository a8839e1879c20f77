"""``marsad serve``: the REST API and the web UI."""

from __future__ import annotations

import argparse
import errno
import socket
import sys

from marsad import settings
from marsad.cli.core import amount, timeout
from marsad.errors import UsageError


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.store.postgres import redact
    from marsad.web.app import WebSettings, create_app

    web = WebSettings(db=args.db, ingest_token=args.ingest_token or settings.get("ingest_token"),
                      allow_private=args.allow_private, max_body_bytes=args.max_body, request_timeout=args.timeout,
                      show_paths=args.show_paths)
    app = create_app(web)
    sock = _listen(args.host, args.port)  # before saying where it serves: a port in use is said plainly
    port = sock.getsockname()[1]  # (--port 0: the free port the system gave, not ":0")
    # the server logs only warnings: without this line a first `marsad serve` looks like a hung command
    # (a postgresql:// URL without its password: the line may go to a service's log)
    print(f"Marsad: http://{args.host}:{port}/ over {redact(str(args.db))} (the API under /api/, its "
          "documentation at /docs); Ctrl-C stops it", file=sys.stderr, flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level=args.log_level)).run(sockets=[sock])
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` for the server, or a UsageError saying why not (in use, no such address)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a restart reuses the port
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        why = "another server listens on it" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise UsageError(f"cannot serve on {host}:{port}: {why} (give another --port, or --host)") from None
    return sock


port_number = amount("a port number", 0, high=65535, note="0: any free one")  # ``--port N``


LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the REST API (/api/) and the Arabic web UI")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=port_number, default=8000, help="port to listen on (default 8000; 0: any free one)")
    p.add_argument("--ingest-token", help="enable POST /api/ingest for requests carrying this bearer token "
                                          "(env MARSAD_INGEST_TOKEN); off by default")
    p.add_argument("--allow-private", action="store_true", help="let /api/ingest fetch private or loopback addresses")
    p.add_argument("--max-body", type=amount("a number of bytes", 1), default=5 * 1024 * 1024,
                   help="largest request body (bytes)")
    p.add_argument("--timeout", type=timeout, default=15.0, help="seconds a request may take")
    p.add_argument("--show-paths", action="store_true",
                   help="show where ingested files lie on this server (by default only their folder and name)")
    p.add_argument("--log-level", default="warning", choices=LOG_LEVELS, type=str.lower,
                   help="server log: critical, error, warning (default), info, debug or trace")
    p.set_defaults(func=cmd_serve)
