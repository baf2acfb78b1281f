"""Writers for each ``--format``: a registry from name to function, like rdflib's plugins.

GEXF and GraphML (Gephi, yEd, Cytoscape desktop) take scalar attributes only,
so tuples of labels and evidence are joined into one string per attribute.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from phakhi.network.evidence import Quote
from phakhi.network.metrics import Omitted
from phakhi.network.page import render_page, write_page


def _flat(value: object) -> object:
    if isinstance(value, tuple | list):
        return " | ".join(f"{v.sentence} — {v.article}" if isinstance(v, Quote) else str(v) for v in value)
    return value


def flat_copy(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` whose node and edge attributes are all str, int or float."""
    h = g.__class__()
    for n, d in sorted(g.nodes(data=True)):
        h.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        h.add_edge(a, b, **{k: _flat(v) for k, v in d.items()})
    return h


def _html(g: nx.Graph, view: str, omitted: Omitted, path: Path) -> Path:
    return write_page(render_page(g, view, omitted), path)


def _gexf(g: nx.Graph, view: str, omitted: Omitted, path: Path) -> Path:
    nx.write_gexf(flat_copy(g), path, encoding="utf-8")
    return path


def _graphml(g: nx.Graph, view: str, omitted: Omitted, path: Path) -> Path:
    nx.write_graphml(flat_copy(g), path, encoding="utf-8")
    return path


def _cyjs(g: nx.Graph, view: str, omitted: Omitted, path: Path) -> Path:
    data = nx.cytoscape_data(flat_copy(g))
    for node in data["elements"]["nodes"]:  # Cytoscape shows "name": the label, not the IRI
        node["data"]["name"] = node["data"].get("label", node["data"]["id"])
    data["data"] = {"name": view, "nodes_left_out": omitted.count}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


Writer = Callable[[nx.Graph, str, Omitted, Path], Path]
FORMATS: dict[str, Writer] = {"html": _html, "gexf": _gexf, "graphml": _graphml, "cyjs": _cyjs}
EXTENSIONS = {"html": "html", "gexf": "gexf", "graphml": "graphml", "cyjs": "cyjs"}


def default_path(view: str, fmt: str, folder: Path = Path("output")) -> Path:
    """``output/network.html`` for the actors page (what ``phakhi build`` writes), else ``output/network-VIEW.EXT``."""
    if view == "actors" and fmt == "html":
        return folder / "network.html"
    return folder / f"network-{view}.{EXTENSIONS[fmt]}"


def write(g: nx.Graph, view: str, omitted: Omitted, path: Path, fmt: str) -> Path:
    """Write a projection in ``fmt`` (a key of FORMATS), creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return FORMATS[fmt](g, view, omitted, path)
