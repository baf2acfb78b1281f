"""The interactive network page (pyvis), coloured by node type."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from phakhi.network.project import actors

COLOURS = {
    "person": "#e07a5f", "organization": "#3d405b", "programme": "#81b29a",
    "event": "#f2cc8f", "place": "#6a8eae",
}


def write_network_html(graph: Graph, path: Path) -> Path:
    """Write the actors network of ``graph`` as an HTML page (UTF-8)."""
    from pyvis.network import Network

    g = actors(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in sorted(g.nodes(data=True)):
        net.add_node(node, label=data["label"], title=f"{data['type']}: {data['label']}",
                     color=COLOURS[data["type"]], group=data["type"])
    for s, o, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        net.add_edge(s, o, title=data["label"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(net.generate_html(notebook=False), encoding="utf-8")
    return path
