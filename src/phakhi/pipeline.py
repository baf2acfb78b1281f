"""Runs the stages over many articles: read → extract → RDF → files.

A bad article is reported (file and reason) and skipped; the others are still
processed and written.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from phakhi.errors import InputError, PhakhiError
from phakhi.extract import extract
from phakhi.ingest.read import find_inputs, read_path
from phakhi.rdf.convert import article_graph, bind_prefixes
from phakhi.rdf.write import write_turtle


@dataclass
class BuildReport:
    articles: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build_graph(inputs: list[Path], warn: Callable[[str], None] = lambda _: None) -> tuple[Graph, BuildReport]:
    """Extract every article below ``inputs`` into one merged graph."""
    report = BuildReport()
    merged = bind_prefixes(Graph())
    for path, root in find_inputs(inputs):
        try:
            articles = read_path(path, root)
        except InputError as exc:
            report.warnings.append(str(exc))
            warn(str(exc))
            continue
        for article in articles:
            try:
                _, graph = article_graph(extract(article))
            except Exception as exc:  # one article must not stop the others
                message = f"{path}: extraction failed ({type(exc).__name__}: {exc})"
                report.warnings.append(message)
                warn(message)
                continue
            merged += graph
            report.articles += 1
    if report.articles == 0:
        raise InputError(
            f"no article could be read from {', '.join(map(str, inputs))}: "
            "give .txt files or a directory that holds them"
        )
    report.triples = len(merged)
    return merged, report


def build(inputs: list[Path], out: Path, warn: Callable[[str], None] = lambda _: None) -> BuildReport:
    """Build ``out/graph.ttl`` and ``out/network.html`` from the articles below ``inputs``."""
    from phakhi.network.html import write_network_html

    graph, report = build_graph(inputs, warn)
    report.outputs.append(write_turtle(graph, out / "graph.ttl"))
    report.outputs.append(write_network_html(graph, out / "network.html"))
    return report


__all__ = ["BuildReport", "PhakhiError", "build", "build_graph"]
