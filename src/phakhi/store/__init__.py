"""Stores: where a built graph lives and how it is queried, chosen by a spec string.

``memory`` (rdflib, reads --graph), ``oxigraph:PATH`` (persistent on disk),
``sparql:URL`` (any SPARQL 1.1 endpoint). Each backend turns answers into the
same :class:`~phakhi.store.results.Table`, so output is identical across them::

    from phakhi.store import load, open_store, read_query
    load("oxigraph:output/store", Path("output/graph.ttl"))
    with open_store("oxigraph:output/store") as store:
        table = store.select(read_query(find_query("org_posts")), {"organisation": Literal("พอช.")})
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Protocol

from rdflib.term import Identifier

from phakhi.errors import StoreError
from phakhi.store import memory, oxigraph, remote
from phakhi.store.query import QueryFile, find_query, read_query  # noqa: F401  (public API)
from phakhi.store.results import Table


class Store(Protocol):
    """What every backend offers: run a parsed SELECT with bound parameters."""

    spec: str

    def select(self, query: QueryFile, bindings: Mapping[str, Identifier] | None = None) -> Table: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Backend:
    """A kind of store: how to open one for queries, how to load a graph file into one,
    and how to tell before a long build that loading will be refused."""

    open: Callable[[str, Path | None], Store]
    load: Callable[[str, Path], None]
    check: Callable[[str], None]
    example: str


BACKENDS: dict[str, Backend] = {
    "memory": Backend(memory.MemoryStore.open, memory.load, memory.check_loadable, "memory"),
    "oxigraph": Backend(oxigraph.OxigraphStore.open, oxigraph.load, oxigraph.check_loadable, "oxigraph:output/store"),
    "sparql": Backend(remote.RemoteStore.open, remote.load, lambda location: None,
                      "sparql:http://127.0.0.1:7878/query"),
}


def parse_spec(spec: str) -> tuple[Backend, str]:
    """``oxigraph:output/store`` → (the oxigraph backend, ``output/store``)."""
    scheme, _, location = spec.partition(":")
    backend = BACKENDS.get(scheme.strip().lower())
    if backend is None:
        raise StoreError(f"{spec!r}: unknown store; give one of {', '.join(b.example for b in BACKENDS.values())}")
    if scheme != "memory" and not location:
        raise StoreError(f"{spec!r}: say where the store is, e.g. {backend.example}")
    return backend, location


@contextmanager
def open_store(spec: str, graph: Path | None = None) -> Iterator[Store]:
    """The store ``spec`` names, open for queries, closed on leaving the block."""
    backend, location = parse_spec(spec)
    store = backend.open(location, graph)
    try:
        yield store
    finally:
        store.close()


def load(spec: str, path: Path) -> None:
    """Make the store ``spec`` hold the graph file ``path`` (replacing what it held)."""
    backend, location = parse_spec(spec)
    backend.load(location, path)


def check_loadable(spec: str) -> None:
    """Fail before a long build, not after it, when ``spec`` cannot be loaded into."""
    backend, location = parse_spec(spec)
    backend.check(location)


def graph_file(outputs: list[Path]) -> Path:
    """Which file of a build to load: the per-article graphs if written (N-Quads, then TriG), else the Turtle."""
    for suffix in (".nq", ".trig", ".ttl", ".nt"):
        for path in outputs:
            if path.suffix == suffix:
                return path
    raise StoreError("the build wrote no graph file to load (expected graph.trig, graph.nq or graph.ttl)")
