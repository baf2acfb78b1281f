"""Readers: sources to ``Article`` records, by file suffix.

``READERS`` maps a suffix to its reader, so a new format plugs in with one
line. A reader yields Articles and Problems (never raises for bad input), so
the pipeline can report a bad record and go on with the next.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from phakhi.errors import InputError
from phakhi.ingest.html import read_html
from phakhi.ingest.jsonl import read_json, read_jsonl
from phakhi.ingest.problem import Problem
from phakhi.ingest.sources import Selection, Source
from phakhi.ingest.txt import read_txt
from phakhi.records import Article

Reader = Callable[[Source, bytes, int], Iterator["Article | Problem"]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
}
DEFAULT_MAX_SIZE = 10 * 1024 * 1024


def selection(include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
              max_size: int = DEFAULT_MAX_SIZE) -> Selection:
    """What a directory walk takes: the readable suffixes, filtered by the globs."""
    return Selection(frozenset(READERS), tuple(include), tuple(exclude), max_size)


def read_source(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Article | Problem]:
    """The articles of one source, and a Problem for each part that cannot be read."""
    raw = read_raw(source)
    if isinstance(raw, Problem):
        yield raw
    else:
        yield from parse(source, raw, max_size)


def read_raw(source: Source) -> bytes | Problem:
    """The bytes of a source, or why they cannot be read."""
    try:
        return source.read_bytes()
    except OSError as exc:
        return Problem(source.name, "unreadable", f"cannot be read ({exc.strerror or exc})")


def parse(source: Source, raw: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Article | Problem]:
    """The articles in the bytes of a source, by its suffix's reader."""
    return READERS[source.suffix](source, raw, max_size)


def read_path(path: Path, root: Path | None = None) -> list[Article]:
    """The articles in one file (``root`` makes the article path relative); raises on a problem."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputError(f"{path}: unsupported file type {path.suffix!r} (supported: {', '.join(READERS)})")
    rel = path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name
    size = path.stat().st_size if path.exists() else 0
    articles = []
    for item in read_source(Source(str(path), rel, suffix, size)):
        if isinstance(item, Problem) and item.skipped:
            raise InputError(str(item))
        if isinstance(item, Article):
            articles.append(item)
    return articles
