"""The build: sources → batches → worker processes → graph files, with a report.

The parent lists the sources, takes those unchanged since the last build
straight from the cache (same path, size and modification time: not even
read), cuts the rest into batches, and hands them to a process pool (or runs
them in-process for ``jobs=1``). Results come back in any order;
``GraphWriter`` orders them by article IRI, so the files do not depend on
``jobs``, on scheduling or on which articles came from the cache. Cached
articles travel as keys: their blocks are read from the cache once, when the
files are written.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from phakhi.errors import InputError
from phakhi.ingest import Problem, Source, find_sources, selection
from phakhi.ingest.read import DEFAULT_MAX_SIZE
from phakhi.ingest.sources import LINES_SUFFIXES
from phakhi.pipeline.cache import Cache, CacheReader, fingerprint, prepare
from phakhi.pipeline.progress import Progress
from phakhi.pipeline.work import Batch, Done, Outcome, Settings, SourceDone, cached, finish, init, process
from phakhi.rdf.write import DEFAULT_FORMATS, GraphWriter

CACHE_ENV = "PHAKHI_CACHE_DIR"  # where the cache lives when --cache-dir is not given
CACHE_DIR = Path(".phakhi-cache")  # … and when neither is: in the working directory, like .pytest_cache
_BATCH_SOURCES = 64  # at most this many sources per task (fewer for small corpora)
_BATCH_BYTES = 1 << 20


@dataclass(frozen=True)
class BuildOptions:
    """How to build; every CLI option of ``phakhi build`` has its field here."""

    jobs: int = 0  # 0: one per core
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_size: int = DEFAULT_MAX_SIZE
    cache_dir: Path | None = None  # None: $PHAKHI_CACHE_DIR, else ./.phakhi-cache
    use_cache: bool = True
    network: bool = True
    progress: bool = False
    stdin: bytes | None = None  # the bytes of standard input, for the input "-"
    formats: tuple[str, ...] = DEFAULT_FORMATS  # graph files to write (graph.ttl always)


@dataclass
class BuildReport:
    articles: int = 0
    extracted: int = 0  # articles run through the extractor
    cached: int = 0  # articles whose triples came from the cache
    characters: int = 0
    statements: int = 0  # triples of all article graphs (one shared by two articles counts twice)
    outputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        """The statements written (kept under its earlier name for callers of the first pipeline)."""
        return self.statements

    @property
    def warnings(self) -> list[str]:
        return [str(p) for p in self.problems]

    def by_kind(self) -> Counter:
        return Counter(p.kind for p in self.problems)


@dataclass(frozen=True)
class _Seen:
    """What the parent keeps of a written article: no text, so memory stays small."""

    order: tuple[int, int]
    id: str
    source: str
    chars: int
    cached: bool


def jobs_for(jobs: int) -> int:
    """``0`` means every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(inputs: Iterable[str | Path], out: Path, options: BuildOptions,
        warn: Callable[[str], None]) -> BuildReport:
    """Read, extract and write the graph files into ``out``; never stops for one bad article."""
    inputs = list(inputs)
    report = BuildReport()
    cache_path = cache_dir(options) / "cache.sqlite"
    if options.use_cache:
        prepare(cache_path)  # workers open it read-only: it must exist first
    settings = Settings(fingerprint(), fingerprint(readers=True), cache_path if options.use_cache else None,
                        options.max_size)
    jobs = jobs_for(options.jobs)
    seen: dict[str, _Seen] = {}
    with _executor(0 if jobs == 1 else jobs, settings) as imap:  # workers load their word lists meanwhile:
        sources = list(enumerate(_sources(inputs, options, report, warn)))
        known, sources = _unchanged(sources, settings)
        progress = Progress(sum(s.size for _, s in sources), options.progress)
        cache = Cache(cache_path) if options.use_cache else None  # opened after the fork
        writer = GraphWriter(out, options.formats, (lambda: CacheReader(cache_path).blocks) if cache else None)
        try:
            results = imap(process, _batches(sources, jobs))  # workers start on these …
            for item in known:  # … while the parent takes the unchanged files
                _take(item, report, writer, seen, cache, warn)
            for size, outcomes in results:
                for item in outcomes:
                    _take(item, report, writer, seen, cache, warn)
                progress.advance(size, sum(isinstance(o, Done) for o in outcomes))
            progress.close()
            if not seen:
                raise InputError(
                    f"no article could be read from {', '.join(map(str, inputs))}"
                    f"{f' ({len(report.problems)} warnings)' if report.problems else ''}: "
                    "give .txt, .html, .json or .jsonl files, or a directory that holds them"
                )
            progress = Progress(0, options.progress)
            progress.note(f"writing {len(seen):,} articles to {', '.join(str(p) for p in writer.paths)} …")
            report.statements = writer.finish()
        finally:
            progress.close()
            writer.close()
            if cache:
                cache.close(prune=bool(seen))
    report.articles = len(seen)
    report.cached = sum(d.cached for d in seen.values())
    report.extracted = report.articles - report.cached
    report.characters = sum(d.chars for d in seen.values())
    report.outputs += writer.paths
    return report


def _unchanged(sources: list[tuple[int, Source]], settings: Settings
               ) -> tuple[list[Outcome], list[tuple[int, Source]]]:
    """The outcomes of files not touched since the cache saw them, and the sources left to read."""
    if settings.cache is None:
        return [], sources
    known: list[Outcome] = []
    left = []
    reader = CacheReader(settings.cache)
    try:
        lookup = reader.unchanged(settings.readers)
        for number, source in sources:
            hit = None
            if source.mtime and source.suffix not in LINES_SUFFIXES:
                hit = lookup(source)
            if hit:
                known += cached(number, source, *hit)
            else:
                left.append((number, source))
    finally:
        reader.close()
    return known, left


def cache_dir(options: BuildOptions) -> Path:
    """--cache-dir, else $PHAKHI_CACHE_DIR, else ./.phakhi-cache (never inside the output folder)."""
    return options.cache_dir or Path(os.environ.get(CACHE_ENV) or CACHE_DIR)


def _sources(inputs: Iterable[str | Path], options: BuildOptions, report: BuildReport,
             warn: Callable[[str], None]) -> list[Source]:
    chosen = selection(options.include, options.exclude, options.max_size)
    sources = []
    for item in find_sources(inputs, chosen, options.stdin):
        if isinstance(item, Problem):
            report.problems.append(item)
            warn(str(item))
        else:
            sources.append(item)
    return sources


def _take(item: Outcome, report: BuildReport, writer: GraphWriter, seen: dict[str, _Seen],
          cache: Cache | None, warn: Callable[[str], None]) -> None:
    if isinstance(item, Problem):
        report.problems.append(item)
        warn(str(item))
        return
    if isinstance(item, SourceDone):
        if cache:
            cache.put_source(item.key, item.articles)
            if item.source.mtime:
                cache.put_file(item.source, fingerprint(readers=True), item.key)
        return
    if cache:
        cache.touch(item.entry.key) if item.cached else cache.put(item.entry)
    first = seen.get(item.iri)
    if first is not None:
        kept, dropped = (first, item) if first.order < item.order else (item, first)
        problem = Problem(dropped.source, "duplicate",
                          f"article {_id(dropped)} has the same path as one in {kept.source}; skipped")
        report.problems.append(problem)
        warn(str(problem))
        if kept is first:
            return
    seen[item.iri] = _Seen(item.order, item.entry.id, item.source, item.entry.chars, item.cached)
    if item.entry.rdf is None:
        writer.add_cached(item.iri, item.entry.key, item.entry.statements)
    else:
        writer.add(item.iri, item.entry.rdf)


def _id(item: Done | _Seen) -> str:
    return item.entry.id if isinstance(item, Done) else item.id


def _batches(sources: list[tuple[int, Source]], jobs: int) -> Iterator[Batch]:
    """Batches of consecutive (numbered) sources: small enough that every worker gets several."""
    per_batch = max(1, min(_BATCH_SOURCES, len(sources) // (jobs * 4)))
    batch, size = [], 0
    for number, source in sources:
        batch.append((number, source))
        size += source.size
        if len(batch) >= per_batch or size >= _BATCH_BYTES:
            yield Batch(tuple(batch))
            batch, size = [], 0
    if batch:
        yield Batch(tuple(batch))


@contextmanager
def _executor(workers: int, settings: Settings):
    """An ``imap`` over ``workers`` processes, or the plain in-process ``map`` for none.

    With several cores even one worker process pays: it extracts while the
    parent takes the unchanged files.
    """
    if workers == 0:
        init(settings)
        try:
            yield map
        finally:
            finish()
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers, initializer=init, initargs=(settings,)) as pool:
        yield lambda func, items: pool.imap_unordered(func, items)
