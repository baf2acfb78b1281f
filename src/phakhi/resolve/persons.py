"""How a person is named outside Thai script: a romanised name (Royal Institute system).

PyThaiNLP's ``royin`` engine is rule-based and ships in the wheel, so it works
offline; a failure yields no romanisation rather than a failed build.
"""
from __future__ import annotations

from functools import cache


@cache
def romanise(name: str) -> str | None:
    """กมล ปุยยะรุน → 'Kamon Puiyarun' (None if PyThaiNLP cannot romanise it)."""
    try:
        from pythainlp.transliterate import romanize
    except ImportError:  # pythainlp is a dependency; a broken install should not stop the build
        return None
    try:
        words = [romanize(word, engine="royin") for word in name.split()]
    except Exception:  # the engine raises on characters it has no rule for
        return None
    text = " ".join(w.strip().capitalize() for w in words if w.strip())
    return text or None
