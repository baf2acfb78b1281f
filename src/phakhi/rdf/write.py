"""Writing the graph files at any corpus size, byte for byte the same for the same input.

Each article's graph is serialised once, in the worker process that built it
(and cached): as N-Quads lines in its own named graph (graph name = article
IRI) and as a prefixed Turtle block, both sorted. The parent process only
concatenates: ``GraphWriter`` spools the (compressed) blocks to disk as they
arrive, in any order, keeps an index, and ``finish`` writes, in article-IRI order:

- ``graph.ttl``  the merged graph: the union of the article graphs, as Turtle (always);
- ``graph.trig`` one named graph per article, as prefixed TriG (on request);
- ``graph.nq``   the same dataset as N-Quads (on request: three times the size).

In graph.ttl a triple that several articles state (a person's name, say) is
written once per article; every Turtle reader merges them into one. This keeps
the merged file a concatenation of cached blocks, so a rebuild after a few
changes costs no more than copying, and memory stays flat at any size.
"""
from __future__ import annotations

import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import zstandard
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from phakhi.rdf import turtle
from phakhi.rdf.turtle import Triple

@dataclass(frozen=True)
class Serialised:
    """One article's graph, ready to be written."""

    nquads: str  # sorted N-Quads lines, the article IRI as graph name
    turtle: str  # sorted Turtle statements, prefixes as in turtle.PREFIXES
    statements: int


@dataclass(frozen=True)
class Packed:
    """A Serialised article, Zstandard-compressed: what workers send, the cache keeps and the spool holds."""

    nquads: bytes
    turtle: bytes
    statements: int


def pack(article: Serialised) -> Packed:
    """Compress (quickly: level 1) in the worker, so the parent never does."""
    compress = _compressor.compress
    return Packed(compress(article.nquads.encode("utf-8")), compress(article.turtle.encode("utf-8")),
                  article.statements)


_compressor = zstandard.ZstdCompressor(level=1)  # 3–4 times faster than zlib both ways; one per process


def ntriples(graph: Iterable[tuple[Node, Node, Node]]) -> list[Triple]:
    """Triples (a Graph or ``context.Triples``) as sorted N-Triples terms (faster than rdflib's serializer).

    A term object recurs in many triples (predicates, an annotation's nodes):
    each is written once per call, looked up by identity (``alive`` keeps every
    term written so far, so no id is reused during the call).
    """
    written: dict[int, str] = {}
    alive: list[Node] = []
    get = written.get
    rows = set()
    for s, p, o in graph:
        if (ts := get(id(s))) is None:
            ts = written[id(s)] = _term(s)
            alive.append(s)
        if (tp := get(id(p))) is None:
            tp = written[id(p)] = _term(p)
            alive.append(p)
        if (to := get(id(o))) is None:
            to = written[id(o)] = _term(o)
            alive.append(o)
        rows.add((ts, tp, to))
    return sorted(rows)


@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> str:
    return f"<{value}>"


def _term(node) -> str:
    kind = type(node)  # exact type first: isinstance on rdflib terms goes through slow ABC checks
    if kind is URIRef:
        return _iri(str(node))
    if kind is Literal or isinstance(node, Literal):
        text = _escape(str(node))
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype is not None:
            return f'"{text}"^^<{node.datatype}>'
        return f'"{text}"'
    if isinstance(node, BNode):
        return f"_:{node}"
    return _iri(str(node))


def _escape(text: str) -> str:
    """The four characters an N-Triples / Turtle quoted string may not hold as they are."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    return text.replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def serialise(graph: Iterable[tuple[Node, Node, Node]], name: str) -> Serialised:
    """An article's triples (Graph or ``context.Triples``) as N-Quads in the named graph ``name``, and as Turtle."""
    triples = ntriples(graph)
    nquads = "".join(f"{s} {p} {o} <{name}> .\n" for s, p, o in triples)
    return Serialised(nquads, "".join(turtle.blocks(triples)), len(triples))


def write_turtle(graph: Graph, path: Path) -> Path:
    """Write an in-memory ``graph`` as sorted, prefixed Turtle (UTF-8)."""
    with _Atomic(path) as handle:
        handle.write(turtle.header().encode("utf-8"))
        handle.writelines(block.encode("utf-8") for block in turtle.blocks(ntriples(graph)))
    return path


FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "nq": "graph.nq"}  # format → file in the output folder
# graph.ttl always (the contract's file); the article graphs (TriG, or N-Quads at three times its size) on
# request: they double what every build writes, which is most of an incremental rebuild's time.
DEFAULT_FORMATS = ("ttl",)


Fetch = Callable[[str, bool], Packed]  # (cache key, with N-Quads?) → an article's blocks


class GraphWriter:
    """Collects articles in any order; writes the graph files in article-IRI order.

    An article arrives serialised (``Packed``, spooled to disk) or, when it came
    from the cache, as its cache key only. At write time two threads read the
    blocks (the spool with ``pread``, the cache through a connection of their
    own from ``fetcher()``) and decompress them (Zstandard releases the GIL)
    while the calling thread writes; only ``_AHEAD`` tasks wait, so memory stays
    flat. The N-Quads block is read only when graph.nq is written.
    """

    def __init__(self, out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
                 fetcher: Callable[[], Fetch] | None = None):
        unknown = set(formats) - FORMATS.keys()
        if unknown:
            raise ValueError(f"unknown graph format(s) {', '.join(sorted(unknown))}; give {', '.join(FORMATS)}")
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.formats = tuple(f for f in FORMATS if f in formats or f == "ttl")  # graph.ttl: always
        self._fetcher = fetcher
        self._local = threading.local()
        self._spool = tempfile.TemporaryFile(dir=out, prefix=".spool-")
        self._end = 0
        # name → (offset, N-Quads bytes, Turtle bytes) in the spool, or the cache key
        self._index: dict[str, tuple[int, int, int] | str] = {}
        self.statements = 0

    @property
    def paths(self) -> list[Path]:
        return [self.out / FORMATS[f] for f in self.formats]

    def add(self, name: str, article: Packed) -> None:
        """One serialised article; ``name`` is its IRI (without brackets), unique in the build."""
        self._index[name] = (self._end, len(article.nquads), len(article.turtle))
        self._spool.write(article.nquads + article.turtle)
        self._end += len(article.nquads) + len(article.turtle)
        self.statements += article.statements

    def add_cached(self, name: str, key: str, statements: int) -> None:
        """One article whose blocks are in the cache under ``key``."""
        if self._fetcher is None:
            raise ValueError("a cached article needs a writer that can fetch from the cache")
        self._index[name] = key
        self.statements += statements

    def close(self) -> None:
        """Drop what was collected without writing anything."""
        self._spool.close()

    def finish(self) -> int:
        """Write the graph files of the chosen formats; remove those of the others; the statements."""
        header = turtle.header().encode("utf-8")
        for name in FORMATS:
            if name not in self.formats:  # a stale file from an earlier build would disagree with graph.ttl
                (self.out / FORMATS[name]).unlink(missing_ok=True)
        self._spool.flush()
        files = {f: _Atomic(self.out / FORMATS[f]) for f in self.formats}
        try:
            ttl, trig, nq = (files[f].open() if f in files else None for f in ("ttl", "trig", "nq"))
            ttl.write(header)
            if trig:
                trig.write(header)
            for name, body, nquads in self._unpacked(bool(nq)):
                ttl.write(b"# %s\n%s\n" % (name, body))
                if trig:
                    trig.write(b"<%s> {\n%s}\n\n" % (name, body))
                if nq:
                    nq.write(nquads)
        except BaseException:
            for file in files.values():
                file.abort()
            raise
        with ThreadPoolExecutor(max_workers=len(files)) as pool:  # closing and renaming free the old files
            list(pool.map(_Atomic.commit, files.values()))  # (slow for large ones): side by side
        self._spool.close()
        return self.statements

    def _unpacked(self, nquads: bool) -> Iterator[tuple[bytes, bytes, bytes]]:
        """(IRI, Turtle, N-Quads or b"") in IRI order."""
        names = sorted(self._index)
        tasks = (names[i:i + _TASK] for i in range(0, len(names), _TASK))
        with ThreadPoolExecutor(max_workers=2) as pool:
            waiting: deque[Future] = deque()
            for task in tasks:
                waiting.append(pool.submit(self._unpack, task, nquads))
                if len(waiting) >= _AHEAD:
                    yield from waiting.popleft().result()
            while waiting:
                yield from waiting.popleft().result()

    def _unpack(self, names: list[str], nquads: bool) -> list[tuple[bytes, bytes, bytes]]:
        """Read and decompress some articles (in a helper thread)."""
        local = self._local
        if not hasattr(local, "fetch"):
            local.fetch = self._fetcher() if self._fetcher else None
            local.decompress = zstandard.ZstdDecompressor().decompress
        fd, decompress, out = self._spool.fileno(), local.decompress, []
        for name in names:
            where = self._index[name]
            if isinstance(where, str):
                packed = local.fetch(where, nquads)
                quads, body = packed.nquads, packed.turtle
            else:
                offset, quads_size, body_size = where
                data = os.pread(fd, quads_size + body_size, offset)
                quads, body = data[:quads_size], data[quads_size:]
            out.append((name.encode("utf-8"), decompress(body), decompress(quads) if nquads else b""))
        return out


_TASK = 32  # articles per helper-thread task
_AHEAD = 8  # tasks decompressed ahead of the writing thread


class _Atomic:
    """A file written (as UTF-8 bytes) under a temporary name and renamed when complete."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")

    def open(self):
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.tmp, "wb")
        return self.handle

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if hasattr(self, "handle"):
            self.handle.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self.open()

    def __exit__(self, kind, value, tb) -> None:
        self.commit() if kind is None else self.abort()
