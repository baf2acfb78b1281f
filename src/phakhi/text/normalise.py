"""Text normalisation: the one place that decides what the stored article text is.

All offsets in the graph refer to the text this module returns, so it runs
once, before any recogniser. It is idempotent: normalise(normalise(t)) == normalise(t).

>>> normalise_text("วันที่ ๒๒\u200b  มิถุนายน")
'วันที่ 22 มิถุนายน'
"""
from __future__ import annotations

import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")  # white space other than newline
_MANY_NEWLINES = re.compile(r"\n{3,}")


def thai_digits_to_arabic(text: str) -> str:
    """๒๕๖๗ → 2567."""
    return text.translate(_THAI_DIGITS)


def normalise_text(text: str) -> str:
    """Article text: Thai digits to Arabic, zero-width dropped, spaces folded, lines kept."""
    # zero-width characters go first: one between two marks would keep NFC from ordering them
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")  # nikhahit + sara aa, typed for sara am
    text = thai_digits_to_arabic(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def normalise_name(text: str) -> str:
    """A written name as the guidelines compare it: digits, zero-width, one space."""
    text = thai_digits_to_arabic(unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH)))
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    """A comparison key: the normalised name without any white space."""
    return re.sub(r"\s+", "", normalise_name(text))
