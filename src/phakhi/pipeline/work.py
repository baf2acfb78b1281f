"""What one worker process does with a batch of sources: read, look up, extract, serialise.

Everything heavy happens here, in parallel: decoding, HTML main-text
extraction, the extractor itself, the RDF conversion and the serialisation.
The parent only receives finished text to write.

Two cache levels: a whole file whose bytes are unchanged is not even decoded
(its articles come straight from the cache: this is what keeps HTML corpora,
where trafilatura is slow, fast to rebuild); otherwise each article is looked
up by its content, and extracted only when it is new or changed.
"""
from __future__ import annotations

import multiprocessing
import signal
from dataclasses import dataclass
from pathlib import Path

from phakhi import extract as extract_module
from phakhi.ingest import Problem, Source
from phakhi.ingest.read import parse, read_raw
from phakhi.ingest.sources import LINES_SUFFIXES
from phakhi.pipeline.cache import CacheReader, Entry, article_key, source_key
from phakhi.rdf.convert import article_triples
from phakhi.rdf.write import pack, serialise
from phakhi.records import Article


@dataclass(frozen=True)
class Done:
    """One article, extracted (or found in the cache) and serialised."""

    order: tuple[int, int]  # (source number, article number in it): decides between duplicates
    source: str
    entry: Entry
    cached: bool

    @property
    def iri(self) -> str:
        return self.entry.iri


@dataclass(frozen=True)
class SourceDone:
    """A file read without any problem: its bytes' key and its articles' keys, for the cache."""

    source: Source
    key: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Batch:
    """The sources of one task, numbered in input order."""

    sources: tuple[tuple[int, Source], ...]

    @property
    def size(self) -> int:
        return sum(s.size for _, s in self.sources)


@dataclass(frozen=True)
class Settings:
    code: str  # fingerprint of the extraction code: part of every article key
    readers: str  # fingerprint including the readers: part of every file key
    cache: Path | None  # the cache database to read, if any
    max_size: int


Outcome = Done | SourceDone | Problem
_settings: Settings | None = None
_reader: CacheReader | None = None


def init(settings: Settings) -> None:
    """Per-process set-up: remember the settings, open the cache read-only."""
    global _settings, _reader
    if multiprocessing.parent_process() is not None:  # a worker: Ctrl-C is the parent's to handle
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _settings = settings
    _reader = CacheReader(settings.cache) if settings.cache else None
    if multiprocessing.parent_process() is not None:  # a worker: ready before its first batch arrives
        extract_module.warm_up()


def finish() -> None:
    """Close the cache reader (in-process runs; worker processes simply exit)."""
    global _reader
    if _reader is not None:
        _reader.close()
        _reader = None


def process(batch: Batch) -> tuple[int, list[Outcome]]:
    """Every article of the batch as Done, every failure as Problem; never raises for one article."""
    assert _settings is not None, "call init() first"
    out: list[Outcome] = []
    for number, source in batch.sources:
        out.extend(_source(number, source))
    return batch.size, out


def _source(number: int, source: Source) -> list[Outcome]:
    raw = read_raw(source)
    if isinstance(raw, Problem):
        return [raw]
    whole = _reader is not None and source.suffix not in LINES_SUFFIXES
    key = source_key(source.suffix, source.rel, raw, _settings.readers) if whole else None
    entries = _reader.source(key) if key else None
    if entries is not None:
        return cached(number, source, key, entries)
    out: list[Outcome] = []
    for item in parse(source, raw, _settings.max_size):
        if isinstance(item, Article):
            index = sum(isinstance(o, Done) for o in out)
            item = _article(item, source, (number, index))
        out.append(item)
    if key and not any(isinstance(o, Problem) for o in out):  # warnings must show again next time
        out.append(SourceDone(source, key, tuple(o.entry.key for o in out)))
    return out


def cached(number: int, source: Source, key: str, entries: list[Entry]) -> list[Outcome]:
    """The outcomes of a file whose bytes (``key``) are in the cache with these articles."""
    return [Done((number, i), source.name, e, True) for i, e in enumerate(entries)] + [
        SourceDone(source, key, tuple(e.key for e in entries))]


def _article(article: Article, source: Source, order: tuple[int, int]) -> Done | Problem:
    key = article_key(article, _settings.code)
    entry = _reader.get(key) if _reader else None
    if entry is not None:
        return Done(order, source.name, entry, True)
    try:
        iri, triples = article_triples(extract_module.extract(article))
        rdf = pack(serialise(triples, str(iri)))
    except Exception as exc:  # one article must not stop the others
        return Problem(source.name, "extract-failed",
                       f"article {article.id}: extraction failed ({type(exc).__name__}: {exc})")
    return Done(order, source.name, Entry(key, str(iri), article.id, len(article.text), rdf.statements, rdf), False)
