"""The network page of a graph: project, cut, render, write (used by ``phakhi build``)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from phakhi.errors import PhakhiError
from phakhi.network.facts import Facts, read_facts
from phakhi.network.metrics import Omitted, keep_top, min_weight
from phakhi.network.page import render_page, write_page
from phakhi.network.project import VIEWS


def select(graph: Graph | Facts, view: str = "actors", weight: int = 1,
           top: int | None = None) -> tuple[nx.Graph, Omitted]:
    """The projection ``view`` without edges lighter than ``weight``, cut to the ``top`` most central nodes."""
    if view not in VIEWS:
        raise PhakhiError(f"no network view named {view!r}; choose one of {', '.join(VIEWS)}")
    if top is not None and top < 1:
        raise PhakhiError(f"--top must be at least 1 (got {top}); leave it out to keep every node")
    facts = graph if isinstance(graph, Facts) else read_facts(graph)
    return keep_top(min_weight(VIEWS[view](facts), weight), top)


def write_network_html(graph: Graph | Facts, path: Path, view: str = "actors", weight: int = 1,
                       top: int | None = None) -> Path:
    """Write the interactive page of ``view`` to ``path`` (UTF-8, self-contained)."""
    g, omitted = select(graph, view, weight, top)
    return write_page(render_page(g, view, omitted), path)
