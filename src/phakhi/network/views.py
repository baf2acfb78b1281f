"""One call per ``phakhi network`` run: select the view, write it in the asked format."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from phakhi.errors import PhakhiError
from phakhi.network.export import FORMATS, default_path, write
from phakhi.network.facts import Facts, read_facts
from phakhi.network.html import select
from phakhi.network.map import province_activity, write_map_html
from phakhi.network.metrics import Omitted
from phakhi.network.project import VIEWS

VIEW_NAMES = (*VIEWS, "map")


@dataclass(frozen=True)
class ViewReport:
    path: Path
    nodes: int  # shown (provinces with activity for the map)
    edges: int
    omitted: Omitted | None


def write_view(graph: Graph | Facts, view: str = "actors", fmt: str = "html", path: Path | None = None,
               weight: int = 1, top: int | None = None) -> ViewReport:
    """Write ``view`` of ``graph`` as ``fmt`` to ``path`` (default under output/) and say what is in it."""
    if fmt not in FORMATS:
        raise PhakhiError(f"no output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    facts = graph if isinstance(graph, Facts) else read_facts(graph)
    path = path or default_path(view, fmt)
    if view == "map":
        if fmt != "html":
            raise PhakhiError("the map view is written as HTML only: drop --format, "
                              "or export --view places as gexf/graphml/cyjs")
        write_map_html(facts, path)
        return ViewReport(path, len(province_activity(facts)[0]), 0, None)
    g, omitted = select(facts, view, weight, top)
    write(g, view, omitted, path, fmt)
    return ViewReport(path, g.number_of_nodes(), g.number_of_edges(), omitted)
