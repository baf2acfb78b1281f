"""Turning decoded text into an ``Article``: normalise, check it is Thai, keep metadata.

Every reader ends here, so the rules for what counts as an article are in one place.
"""
from __future__ import annotations

from collections.abc import Iterator

from phakhi.ingest.decode import DecodeError, decode, thai_share
from phakhi.ingest.problem import Problem
from phakhi.records import Article
from phakhi.text.normalise import normalise_text

MIN_THAI_SHARE = 0.05  # fewer Thai letters than this among all letters: not a Thai article


def decoded(raw: bytes, source: str, line: int | None = None) -> Iterator[str | Problem]:
    """The text of ``raw``, with a Problem first when bytes had to be replaced."""
    try:
        result = decode(raw)
    except DecodeError as exc:
        yield Problem(source, exc.kind, str(exc), line)
        return
    if result.replaced:
        yield Problem(source, "invalid-bytes", f"{result.replaced} invalid byte(s) for {result.encoding} "
                      f"(first at byte {result.first_bad}) replaced by U+FFFD", line, skipped=False)
    yield result.text


def article(
    text: str, *, id: str, path: str, source: str, line: int | None = None,
    title: str | None = None, date: str | None = None, url: str | None = None,
) -> Article | Problem:
    """An Article of normalised ``text``, or the Problem why it is none."""
    text = normalise_text(text)
    if not text:
        return Problem(source, "empty", "no text", line)
    share = thai_share(text)
    if share < MIN_THAI_SHARE:
        return Problem(source, "not-thai", f"not Thai text ({share:.0%} of its letters are Thai)", line)
    title = normalise_text(title) if title else _first_line(text)
    return Article(id=id, path=path, text=text, title=title or None, date=date, url=url)


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)
