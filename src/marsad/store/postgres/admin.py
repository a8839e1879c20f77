"""Creating and dropping Marsad databases on a PostgreSQL server (tests, benchmarks, `make` helpers)."""

from __future__ import annotations

import re

from marsad.errors import StoreError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def _admin(server: str):
    import psycopg

    try:
        return psycopg.connect(server.rstrip("/") + "/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise StoreError(f"no PostgreSQL server at {server}: {str(exc).strip()}") from exc


def _checked(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise StoreError(f"not a database name we create: {name!r} (letters, digits and _)")
    return name


def create_database(server: str, name: str, *, template: str | None = None) -> str:
    """Create database ``name`` (a copy of ``template`` when given) and return its URL; an old one is dropped."""
    from marsad.store.postgres import close_pools

    close_pools()  # a template must have no open connections, a dropped database neither
    with _admin(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{_checked(name)}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{_checked(template)}"' if template else ""))
    return f"{server.rstrip('/')}/{name}"


def drop_database(server: str, name: str) -> None:
    from marsad.store.postgres import close_pools

    close_pools()
    with _admin(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{_checked(name)}" WITH (FORCE)')


def server_reachable(server: str) -> str | None:
    """None when the server answers; otherwise why not."""
    try:
        _admin(server).close()
    except (StoreError, ImportError) as exc:
        return str(exc)
    return None


def empty_tables(url: str) -> None:
    """Empty every Marsad table of a database (sequences restart, as in a new SQLite file)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'schema_migrations'")]
        if tables:
            con.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
