"""Reading a built graph and writing it in another RDF format: a registry of exporters.

Turtle is the merged view; TriG and N-Quads keep one named graph per article
when the input has them (a .trig or .nq file); JSON-LD carries phakhi's context.
Every exporter gives the same bytes for the same graph.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.util import guess_format

from phakhi.errors import GraphError
from phakhi.rdf.context import bind_prefixes
from phakhi.rdf.jsonld import to_jsonld
from phakhi.rdf.namespaces import PREFIXES

_PARSERS = {".jsonld": "json-ld", ".json": "json-ld", ".nq": "nquads", ".trig": "trig", ".ttl": "turtle"}


def load_dataset(path: Path) -> Dataset:
    """Parse an RDF file into a dataset (named graphs kept); a missing file says to build first."""
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `phakhi build` first or give --graph")
    fmt = _PARSERS.get(path.suffix.lower()) or guess_format(str(path)) or "turtle"
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many kinds for a bad file
        raise GraphError(f"{path}: not a readable {fmt} file ({exc}); rebuild it with `phakhi build`") from exc
    return dataset


def merged(dataset: Dataset) -> Graph:
    """All triples of every graph of ``dataset`` in one graph."""
    graph = bind_prefixes(Graph())
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def _turtle(dataset: Dataset) -> bytes:
    return merged(dataset).serialize(format="turtle", encoding="utf-8")


def named_graphs(dataset: Dataset) -> list[tuple[URIRef | None, Graph]]:
    """(name, triples) of every non-empty graph, sorted by name; the default graph (None) first."""
    out: list[tuple[URIRef | None, Graph]] = []
    for g in dataset.graphs():
        if len(g):
            name = None if g.identifier == dataset.default_graph.identifier else URIRef(str(g.identifier))
            out.append((name, g))
    return sorted(out, key=lambda item: "" if item[0] is None else str(item[0]))


def trig_bytes(graphs: Iterable[tuple[URIRef | None, Graph]]) -> bytes:
    """TriG with the graphs in name order and triples as rdflib's sorted Turtle: stable bytes.

    rdflib's own TriG writer orders graphs by its store's internals, which vary
    between processes; the pipeline can write output/graph.trig with this too.
    """
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    parts = [header]
    for name, graph in graphs:
        body = bind_prefixes(Graph())
        for triple in graph:
            body.add(triple)
        lines = body.serialize(format="turtle").splitlines()
        text = "\n".join(line for line in lines if not line.startswith("@prefix")).strip()
        # no re-indenting: multi-line literals (the article text) must stay byte for byte
        parts.append(f"\n{text}\n" if name is None else f"\n<{name}> {{\n{text}\n}}\n")
    return "".join(parts).encode("utf-8")


def nquads_bytes(dataset: Dataset) -> bytes:
    """N-Quads, one line per quad, sorted: stable bytes."""
    lines = dataset.serialize(format="nquads", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(set(lines)))


def _trig(dataset: Dataset) -> bytes:
    return trig_bytes(named_graphs(dataset))


def _jsonld(dataset: Dataset) -> bytes:
    named = [g for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier and len(g)]
    return to_jsonld(dataset if named else merged(dataset))


EXPORTERS: dict[str, Callable[[Dataset], bytes]] = {
    "turtle": _turtle, "trig": _trig, "nquads": nquads_bytes, "jsonld": _jsonld,
}


def export(graph_file: Path, fmt: str) -> bytes:
    """The graph in ``graph_file`` serialised as ``fmt`` (one of EXPORTERS)."""
    if fmt not in EXPORTERS:
        raise GraphError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[fmt](load_dataset(graph_file))
