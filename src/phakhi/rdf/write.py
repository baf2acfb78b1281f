"""Writing the graph files at any corpus size, byte for byte the same for the same input.

Each article's graph is serialised once, in the worker process that built it
(and cached): as N-Quads lines in its own named graph (graph name = article
IRI) and as a prefixed Turtle block, both sorted. The parent process only
concatenates: ``GraphWriter`` spools the (compressed) blocks to disk as they
arrive, in any order, keeps an index, and ``finish`` writes, in article-IRI order:

- ``graph.nq``   N-Quads, one named graph per article;
- ``graph.trig`` the same dataset as prefixed TriG;
- ``graph.ttl``  the merged graph: the union of the article graphs, as Turtle.

In graph.ttl a triple that several articles state (a person's name, say) is
written once per article; every Turtle reader merges them into one. This keeps
the merged file a concatenation of cached blocks, so a rebuild after a few
changes costs no more than copying, and memory stays flat at any size.
"""
from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    """A Serialised article, zlib-compressed: what workers send, the cache keeps and the spool holds."""

    nquads: bytes
    turtle: bytes
    statements: int


def pack(article: Serialised) -> Packed:
    """Compress (quickly: level 1) in the worker, so the parent never does."""
    return Packed(zlib.compress(article.nquads.encode("utf-8"), 1),
                  zlib.compress(article.turtle.encode("utf-8"), 1), article.statements)


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


class GraphWriter:
    """Collects serialised articles in any order; writes the three files in article-IRI order."""

    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self._spool = tempfile.TemporaryFile(dir=out, prefix=".spool-")
        self._index: dict[str, tuple[int, int, int]] = {}  # name → offset, N-Quads bytes, Turtle bytes
        self.statements = 0

    def add(self, name: str, article: Packed) -> None:
        """One article; ``name`` is its IRI (without brackets), unique in the build."""
        self._spool.seek(0, os.SEEK_END)
        self._index[name] = (self._spool.tell(), len(article.nquads), len(article.turtle))
        self._spool.write(article.nquads + article.turtle)
        self.statements += article.statements

    def _articles(self) -> Iterator[tuple[bytes, bytes, bytes]]:
        """(IRI, N-Quads, Turtle) as UTF-8 bytes, in IRI order: never decoded, only copied."""
        for name in sorted(self._index):
            offset, nquads, body = self._index[name]
            self._spool.seek(offset)
            data = self._spool.read(nquads + body)
            yield name.encode("utf-8"), zlib.decompress(data[:nquads]), zlib.decompress(data[nquads:])

    def close(self) -> None:
        """Drop what was collected without writing anything."""
        self._spool.close()

    def finish(self) -> int:
        """Write graph.nq, graph.trig and graph.ttl; return the number of statements."""
        header = turtle.header().encode("utf-8")
        with _Atomic(self.out / "graph.nq") as nq, _Atomic(self.out / "graph.trig") as trig, \
                _Atomic(self.out / "graph.ttl") as ttl:
            trig.write(header)
            ttl.write(header)
            for name, nquads, body in self._articles():
                nq.write(nquads)
                trig.write(b"<%s> {\n%s}\n\n" % (name, body))
                ttl.write(b"# %s\n%s\n" % (name, body))
        self._spool.close()
        return self.statements


class _Atomic:
    """A file written (as UTF-8 bytes) under a temporary name and renamed when complete."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")

    def __enter__(self):
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.tmp, "wb")
        return self.handle

    def __exit__(self, kind, value, tb) -> None:
        self.handle.close()
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)

