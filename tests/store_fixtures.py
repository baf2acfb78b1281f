"""Shared by the store tests: the seeds' gold annotations as files, one named graph per article."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from phakhi.rdf.convert import article_graph, bind_prefixes
from support import seed_extractions

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def write_gold_files(folder: Path) -> tuple[Path, Path]:
    """``gold.nq`` (a named graph per article) and ``gold.ttl`` (their merge) in ``folder``."""
    dataset, merged = Dataset(), bind_prefixes(Graph())
    for extraction in seed_extractions():
        iri, graph = article_graph(extraction)
        named = dataset.graph(iri)
        for triple in graph:
            named.add(triple)
            merged.add(triple)
    nq, ttl = folder / "gold.nq", folder / "gold.ttl"
    dataset.serialize(nq, format="nquads", encoding="utf-8")
    merged.serialize(ttl, format="turtle", encoding="utf-8")
    return nq, ttl
