"""Bytes to text: byte-order marks, UTF-8, UTF-16 and the Thai legacy encodings.

Order matters: a BOM is certain; UTF-16 without BOM is recognised by its high
bytes (0x00, 0x0E in every other byte); strict UTF-8 is almost certain (legacy
Thai bytes are never valid UTF-8 at length); only then does charset-normalizer
guess (it tells TIS-620 / cp874 apart from Latin encodings well). UTF-8 with a few broken bytes is kept,
with the bytes replaced, rather than mis-guessed as a legacy encoding.
"""
from __future__ import annotations

import codecs
import re
import string
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 4000  # characters enough to tell the language of a text
_ASCII_LETTERS = (string.ascii_letters).encode("ascii")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MOSTLY_UTF8 = 0.02  # at most this share of replaced characters still counts as UTF-8


class DecodeError(ValueError):
    """The bytes are not text; ``kind`` is a Problem kind ("binary", "empty")."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid bytes replaced by U+FFFD
    first_bad: int | None = None  # offset of the first invalid byte


def decode(raw: bytes) -> Decoded:
    """The text in ``raw``, with the encoding it was read in; raises DecodeError for non-text.

    >>> decode("ข่าว".encode("cp874")).text
    'ข่าว'
    """
    result = _decode(raw)
    controls = len(_CONTROL.findall(result.text))
    if controls > 0.05 * len(result.text):
        raise DecodeError("binary", f"binary data ({controls} control characters), not text")
    return result


def _decode(raw: bytes) -> Decoded:
    if not raw.strip():
        raise DecodeError("empty", "empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict_or_replaced(raw[len(bom):], encoding)
    utf16 = _utf16_without_bom(raw)  # first: Thai UTF-16 bytes are also valid (control) ASCII
    if utf16 is not None:
        return utf16
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if b"\x00" in raw:
        raise DecodeError("binary", "binary data (zero bytes), not text")
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if bad <= max(1, len(replaced) * _MOSTLY_UTF8):
        return Decoded(replaced, "utf-8", bad, first_bad)
    return _guess(raw)


def _strict_or_replaced(raw: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(raw.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        text = raw.decode(encoding, errors="replace")
        return Decoded(text, encoding, text.count("\ufffd"), exc.start)


def _utf16_without_bom(raw: bytes) -> Decoded | None:
    """In UTF-16, Thai and Latin text has 0x0E or 0x00 as the high byte of (nearly) every unit."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    half = len(raw) // 2
    for high, encoding in ((raw[1::2], "utf-16-le"), (raw[0::2], "utf-16-be")):
        if high.count(0) + high.count(0x0E) > 0.6 * half:
            try:
                return Decoded(raw.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _guess(raw: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise DecodeError("binary", "binary data: no text encoding fits its bytes")
    return Decoded(str(best), best.encoding)


def thai_share(text: str) -> float:
    """The share of letters that are Thai: 0.0 for an English text, ~1.0 for a Thai one.

    Counted on the UTF-8 bytes of the first few thousand characters (fast: no
    Python loop): Thai letters start with E0 B8 / E0 B9, Latin ones are ASCII.
    """
    data = text[:_SAMPLE].encode("utf-8")
    thai = data.count(b"\xe0\xb8") + data.count(b"\xe0\xb9")
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return thai / (thai + latin) if thai + latin else 0.0
