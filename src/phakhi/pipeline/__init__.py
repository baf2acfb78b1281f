"""Runs the stages over many articles: read → extract → RDF → files.

``build`` is what ``phakhi build`` calls; ``build_graph`` gives the merged
graph in memory for small corpora (tests, evaluation). A bad article is
reported (file, line, reason) and skipped; the others are still processed.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Graph

from phakhi.errors import PhakhiError
from phakhi.pipeline.runner import BuildOptions, BuildReport, jobs_for, run

NETWORK_MAX_STATEMENTS = 500_000  # about 800 articles: beyond, the page is unreadable and slow to make


def build(inputs: Iterable[str | Path], out: Path, warn: Callable[[str], None] = lambda _: None,
          options: BuildOptions | None = None) -> BuildReport:
    """Write ``out/graph.ttl`` (``graph.trig``, ``graph.nq`` if asked for) and ``network.html`` from the inputs."""
    options = options or BuildOptions()
    inputs = list(inputs)
    report = run(inputs, out, options, warn)
    if options.network:
        _network(out, report)
    return report


def _network(out: Path, report: BuildReport) -> None:
    from phakhi.network.html import write_network_html

    page = out / "network.html"
    if report.statements > NETWORK_MAX_STATEMENTS:
        page.unlink(missing_ok=True)
        report.notes.append(f"network.html not written: {report.statements:,} statements is more than a page "
                            f"can show (limit {NETWORK_MAX_STATEMENTS:,}); use phakhi network on a subset, "
                            "or build one with --include")
        return
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    report.outputs.append(write_network_html(graph, page))


def build_graph(inputs: Iterable[str | Path], warn: Callable[[str], None] = lambda _: None,
                options: BuildOptions | None = None) -> tuple[Graph, BuildReport]:
    """The merged graph of the inputs, in memory (for small corpora)."""
    from phakhi.rdf.convert import bind_prefixes

    base = options or BuildOptions()
    options = BuildOptions(**{**base.__dict__, "use_cache": False, "network": False})
    with tempfile.TemporaryDirectory(prefix="phakhi-") as tmp:
        report = run(list(inputs), Path(tmp), options, warn)
        graph = bind_prefixes(Graph()).parse(Path(tmp) / "graph.ttl", format="turtle")
    report.outputs = []
    return graph, report


__all__ = ["BuildOptions", "BuildReport", "PhakhiError", "build", "build_graph", "jobs_for"]
