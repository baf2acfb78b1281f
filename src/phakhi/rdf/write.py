"""Writing the graph files at any corpus size, byte for byte the same for the same input.

Per-article results arrive in any order (parallel workers, cache hits) as sorted
N-Triples blocks. ``GraphWriter`` spools them to disk as they come and keeps
only an index in memory; ``finish`` then writes, in article-IRI order:

- ``graph.nq``   N-Quads, one named graph per article (graph name = article IRI);
- ``graph.trig`` the same dataset as prefixed TriG;
- ``graph.ttl``  the merged graph: every triple once, sorted, grouped by subject.

The merged graph is sorted outside memory: sorted runs of bounded size are
spilled to temporary files and merged with ``heapq.merge``.
"""
from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from phakhi.rdf import turtle

RUN_BYTES = 64 * 1024 * 1024  # the merge sort keeps at most about this much text in memory


def write_turtle(graph: Graph, path: Path) -> Path:
    """Write an in-memory ``graph`` as Turtle (UTF-8), through the same sorted writer."""
    data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(set(data.splitlines(keepends=True)) - {"\n"})
    _write_atomic(path, _turtle_text(map(turtle.split, lines)))
    return path


def ntriples_block(graph: Graph) -> str:
    """An article's graph as sorted, unique N-Triples lines: its cacheable, mergeable form."""
    data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return "".join(sorted(set(data.splitlines(keepends=True)) - {"\n"}))


@dataclass(frozen=True)
class Stats:
    graphs: int
    quads: int
    triples: int  # in the merged graph, duplicates removed


class GraphWriter:
    """Collects per-article blocks in any order; writes the three files in a fixed order."""

    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self._spool = tempfile.TemporaryFile(dir=out, prefix=".spool-")
        self._index: dict[str, tuple[int, int]] = {}

    def add(self, graph_name: str, block: str) -> None:
        """One article's N-Triples block; ``graph_name`` is the article IRI, without brackets."""
        data = block.encode("utf-8")
        self._spool.seek(0, os.SEEK_END)
        self._index[graph_name] = (self._spool.tell(), len(data))
        self._spool.write(data)

    def __contains__(self, graph_name: str) -> bool:
        return graph_name in self._index

    def _blocks(self) -> Iterator[tuple[str, str]]:
        for name in sorted(self._index):
            offset, length = self._index[name]
            self._spool.seek(offset)
            yield name, self._spool.read(length).decode("utf-8")

    def finish(self, turtle_only: bool = False) -> Stats:
        """Write graph.ttl (and graph.nq, graph.trig unless ``turtle_only``); close the spool."""
        with ExitStack() as stack:
            nq = None if turtle_only else stack.enter_context(_Atomic(self.out / "graph.nq"))
            trig = None if turtle_only else stack.enter_context(_Atomic(self.out / "graph.trig"))
            if trig:
                trig.write(turtle.header())
            runs = _Runs(stack)
            quads = 0
            for name, block in self._blocks():
                lines = block.splitlines(keepends=True)
                quads += len(lines)
                runs.add(lines)
                if nq:
                    nq.write("".join(f"{line[:-3]} <{name}> .\n" for line in lines))
                if trig:
                    trig.write(f"<{name}> {{\n")
                    trig.writelines(turtle.blocks(map(turtle.split, lines), indent="    "))
                    trig.write("}\n\n")
            unique = _Unique(runs.merged())
            _write_atomic(self.out / "graph.ttl", _turtle_text(unique))
        self._spool.close()
        return Stats(len(self._index), quads, unique.count)


class _Unique:
    """Sorted lines without repeats, as triples, counting them."""

    def __init__(self, lines: Iterable[str]):
        self.lines = lines
        self.count = 0

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        previous = None
        for line in self.lines:
            if line != previous:
                self.count += 1
                yield turtle.split(line)
                previous = line


def _turtle_text(triples: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    yield turtle.header()
    yield from turtle.blocks(triples)


class _Runs:
    """An external sort: lines are kept until RUN_BYTES, then spilled as a sorted run."""

    def __init__(self, stack: ExitStack):
        self._stack = stack
        self._lines: list[str] = []
        self._bytes = 0
        self._files: list = []

    def add(self, lines: list[str]) -> None:
        self._lines.extend(lines)
        self._bytes += sum(map(len, lines))
        if self._bytes >= RUN_BYTES:
            self._spill()

    def _spill(self) -> None:
        handle = self._stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8", prefix=".run-"))
        self._lines.sort()
        handle.writelines(self._lines)
        handle.seek(0)
        self._files.append(handle)
        self._lines, self._bytes = [], 0

    def merged(self) -> Iterator[str]:
        self._lines.sort()
        return heapq.merge(*self._files, self._lines) if self._files else iter(self._lines)


class _Atomic:
    """A text file written under a temporary name and renamed when complete."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")

    def __enter__(self):
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.tmp, "w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, kind, value, tb) -> None:
        self.handle.close()
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def _write_atomic(path: Path, chunks: Iterable[str]) -> None:
    with _Atomic(path) as handle:
        handle.writelines(chunks)
