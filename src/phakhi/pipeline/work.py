"""What one worker process does with a batch of sources: read, look up, extract, serialise.

Everything heavy happens here, in parallel: decoding, HTML main-text
extraction, the extractor itself, the RDF conversion and the N-Triples
serialisation. The parent only receives finished text blocks to write.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from phakhi import extract as extract_module
from phakhi.ingest import Problem, Source, read_source
from phakhi.pipeline.cache import CacheReader, article_key
from phakhi.rdf.convert import article_graph
from phakhi.rdf.iris import article_iri
from phakhi.rdf.write import Serialised, serialise
from phakhi.records import Article


@dataclass(frozen=True)
class Done:
    """One article, extracted (or found in the cache) and serialised."""

    order: tuple[int, int]  # (source number, article number in it): decides between duplicates
    iri: str
    id: str
    source: str
    chars: int
    rdf: Serialised
    key: str
    cached: bool


@dataclass(frozen=True)
class Batch:
    """The sources of one task, numbered in input order."""

    sources: tuple[tuple[int, Source], ...]

    @property
    def size(self) -> int:
        return sum(s.size for _, s in self.sources)


@dataclass(frozen=True)
class Settings:
    code: str  # fingerprint of the extraction code
    cache: Path | None  # the cache database to read, if any
    max_size: int


_settings: Settings | None = None
_reader: CacheReader | None = None


def init(settings: Settings) -> None:
    """Per-process set-up: remember the settings, open the cache read-only."""
    global _settings, _reader
    _settings = settings
    _reader = CacheReader(settings.cache) if settings.cache else None


def finish() -> None:
    """Close the cache reader (in-process runs; worker processes simply exit)."""
    global _reader
    if _reader is not None:
        _reader.close()
        _reader = None


def process(batch: Batch) -> tuple[int, list[Done | Problem]]:
    """Every article of the batch as Done, every failure as Problem; never raises for one article."""
    assert _settings is not None, "call init() first"
    out: list[Done | Problem] = []
    for number, source in batch.sources:
        index = 0
        for item in read_source(source, _settings.max_size):
            if isinstance(item, Problem):
                out.append(item)
                continue
            out.append(_article(item, source, (number, index)))
            index += 1
    return batch.size, out


def _article(article: Article, source: Source, order: tuple[int, int]) -> Done | Problem:
    key = article_key(article, _settings.code)
    rdf = _reader.get(key) if _reader else None
    cached = rdf is not None
    if rdf is None:
        try:
            iri, graph = article_graph(extract_module.extract(article))
            rdf = serialise(graph, str(iri))
        except Exception as exc:  # one article must not stop the others
            return Problem(source.name, "extract-failed",
                           f"article {article.id}: extraction failed ({type(exc).__name__}: {exc})")
    else:
        iri = article_iri(article.path)
    return Done(order, str(iri), article.id, source.name, len(article.text), rdf, key, cached)

