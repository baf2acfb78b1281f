"""What every part of the RDF conversion of one article shares: its graph,
the IRIs already given to the article's keys, and the evidence writer."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from phakhi.records import Evidence, Extraction
from phakhi.rdf.evidence import EvidenceWriter
from phakhi.rdf.iris import article_iri
from phakhi.rdf.namespaces import PREFIXES, SCHEMA


def th(text: str) -> Literal:
    return Literal(text, lang="th")


def en(text: str) -> Literal:
    return Literal(text, lang="en")


def bind_prefixes(graph: Graph) -> Graph:
    """The project's prefixes on ``graph`` (stable, so serialisations are too)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


class ArticleContext:
    """The graph of one article under construction."""

    def __init__(self, ex: Extraction):
        self.ex = ex
        self.g = bind_prefixes(Graph())
        self.article = article_iri(ex.article.path)
        self.iris: dict[str, URIRef] = {}
        self.evidence = EvidenceWriter(self.g, ex.article, self.article)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def mentioned(self, key: str, iri: URIRef, mentions: tuple[Evidence, ...]) -> None:
        """``key`` of this article is ``iri``; the article mentions it there."""
        self.iris[key] = iri
        self.add(self.article, SCHEMA.mentions, iri)
        for ev in mentions:
            self.evidence.annotate(iri, ev)
