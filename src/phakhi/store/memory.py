"""The ``memory`` store: an rdflib graph parsed from a file, for small graphs and tests."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rdflib import Graph
from rdflib.term import Identifier

from phakhi.errors import StoreError
from phakhi.store.query import QueryFile, load_graph, run
from phakhi.store.results import Table


class MemoryStore:
    """rdflib in memory; parameters bound with ``initBindings``."""

    def __init__(self, graph: Graph, spec: str = "memory"):
        self.graph = graph
        self.spec = spec

    @classmethod
    def open(cls, location: str, graph: Path | None) -> MemoryStore:
        """``memory`` reads ``graph``; ``memory:FILE`` names the file in the spec itself."""
        path = Path(location) if location else graph
        if path is None:
            raise StoreError("the memory store needs a graph file: give --graph FILE")
        return cls(load_graph(path), f"memory:{path}")

    def select(self, query: QueryFile, bindings: Mapping[str, Identifier] | None = None) -> Table:
        query.check_params(bindings or {})
        return run(self.graph, query.prepared, bindings)

    def close(self) -> None:
        """Nothing to release: the graph goes with the object."""


def load(location: str, path: Path) -> None:
    """A memory store keeps nothing between runs, so there is nothing to load into."""
    check_loadable(location)


def check_loadable(location: str) -> None:
    raise StoreError(
        "the memory store does not persist: load into oxigraph:PATH (on disk) or sparql:URL (a server)"
    )
