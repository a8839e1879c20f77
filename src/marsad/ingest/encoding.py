"""Decode bytes the way Arabic news arrives: UTF-8 (with or without BOM), UTF-16, Windows-1256, ISO-8859-6."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from marsad.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_ARABIC = re.compile(r"[\u0621-\u064A]")


@dataclass(slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and any repair made on the way."""

    text: str
    encoding: str
    warning: str | None = None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 without a BOM has NULs on every other byte; real binaries have them scattered.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > 0.3 * (len(sample) / 2) and min(even, odd) < 0.05 * (len(sample) / 2):
            return False
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.05 * max(1, len(sample))


def _single_byte_arabic(data: bytes) -> Decoded | None:
    """Choose between Windows-1256 and ISO-8859-6 by which reads as more Arabic letters."""
    best = None
    for enc in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = len(_ARABIC.findall(text))
        # ISO-8859-6 leaves 0x80–0x9F as C1 controls, which never appear in real text.
        junk = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
        score = letters - 10 * junk
        if best is None or score > best[0]:
            best = (score, Decoded(text, enc))
    if best and best[0] > 0:
        return best[1]
    return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``, detecting its encoding; raise InputError with a reason when it is not text.

    A UTF-8 file cut in the middle of its last character is kept (the partial
    character is dropped and a warning recorded), since everything before it is
    intact.
    """
    if not data:
        raise InputError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), "utf-16" if enc == "utf-16" else "utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"{enc} byte order mark but invalid data at byte {exc.start}") from exc
    if _looks_binary(data):
        if b"\x00" in data[:8192]:
            for enc in ("utf-16-le", "utf-16-be"):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _ARABIC.search(text) or text.isprintable():
                    return Decoded(text, enc)
        raise InputError("binary file, not text (NUL or control bytes)")
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8",
                           warning=f"truncated UTF-8: dropped {len(data) - exc.start} trailing byte(s)")
        utf8_error = exc
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    single = _single_byte_arabic(data)
    if single:
        return single
    raise InputError(f"cannot decode: not UTF-8 (invalid byte at {utf8_error.start}) and not Arabic Windows-1256/ISO-8859-6")
