"""The Store's domain methods, one mixin per area, in SQL both backends run (dialect differences are hooks).

Written once so SQLite and PostgreSQL cannot drift apart: placeholders are ``?``
(PostgreSQL converts them), upserts use ``ON CONFLICT``, NULLs sort as in SQLite
(``NULLS FIRST`` ascending, ``NULLS LAST`` descending, said explicitly), and JSON
fields are read through :meth:`SQLBase.jx`.
"""
