"""Plain text articles: one file, one article; the first line is its title."""
from __future__ import annotations

from collections.abc import Iterator

from phakhi.ingest.problem import Problem
from phakhi.ingest.sources import Source
from phakhi.ingest.text import article, decoded
from phakhi.records import Article


def read_txt(source: Source, raw: bytes, max_size: int) -> Iterator[Article | Problem]:
    for text in decoded(raw, source.name):
        if isinstance(text, Problem):
            yield text
        else:
            yield article(text, id=source.rel.rsplit("/", 1)[-1], path=source.rel, source=source.name)
