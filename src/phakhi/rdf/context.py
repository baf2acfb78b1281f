"""What every part of the RDF conversion of one article shares: its triples,
the IRIs already given to the article's keys, and the evidence writer.

The conversion collects triples in a ``Triples`` sink, not in an rdflib
``Graph``: a Graph indexes every triple three ways and fires an event per
``add``, which cost four times the rest of the conversion. A Graph is made
from the sink only where a caller asks for one (``convert.article_graph``).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from phakhi.records import Evidence, Extraction
from phakhi.rdf.evidence import EvidenceWriter
from phakhi.rdf.iris import article_iri
from phakhi.rdf.namespaces import PREFIXES, SCHEMA

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_MENTIONS = SCHEMA.mentions


@lru_cache(maxsize=1 << 16)
def th(text: str) -> Literal:
    """A Thai literal (cached: names and labels repeat across an article and a corpus)."""
    return Literal(text, lang="th")


@lru_cache(maxsize=1 << 12)
def en(text: str) -> Literal:
    return Literal(text, lang="en")


def bind_prefixes(graph: Graph) -> Graph:
    """The project's prefixes on ``graph`` (stable, so serialisations are too)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


class Triples:
    """An article's triples, each once, in the order first added (what a Graph would hold)."""

    __slots__ = ("_triples", "_pairs")

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}
        self._pairs: set[tuple[URIRef, URIRef]] | None = None  # (subject, predicate), once ``has`` was asked

    def add(self, triple: Triple) -> None:
        """Same call as ``Graph.add``, so writers work on either."""
        self._triples[triple] = None
        if self._pairs is not None:
            self._pairs.add(triple[:2])

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def has(self, subject: URIRef, predicate: URIRef) -> bool:
        """Whether any triple has this subject and predicate (indexed from the first question on)."""
        if self._pairs is None:
            self._pairs = {(s, p) for s, p, _ in self._triples}
        return (subject, predicate) in self._pairs

    def graph(self) -> Graph:
        """The triples as an rdflib Graph with the project's prefixes."""
        graph = bind_prefixes(Graph())
        add = graph.add
        for triple in self._triples:
            add(triple)
        return graph


class ArticleContext:
    """The triples of one article under construction."""

    def __init__(self, ex: Extraction):
        self.ex = ex
        self.g = Triples()
        self.article = article_iri(ex.article.path, ex.article.id)
        self.iris: dict[str, URIRef] = {}
        self.evidence = EvidenceWriter(self.g, ex.article, self.article)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def mentioned(self, key: str, iri: URIRef, mentions: tuple[Evidence, ...]) -> None:
        """``key`` of this article is ``iri``; the article mentions it there."""
        self.iris[key] = iri
        self.add(self.article, _MENTIONS, iri)
        for ev in mentions:
            self.evidence.annotate(iri, ev)
