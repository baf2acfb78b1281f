"""Serialising the built graph to files, byte for byte the same for the same input."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph


def write_turtle(graph: Graph, path: Path) -> Path:
    """Write ``graph`` as Turtle (UTF-8); rdflib sorts subjects, so output is stable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = graph.serialize(format="turtle", encoding="utf-8")
    path.write_bytes(data)
    return path
