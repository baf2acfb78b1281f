"""The fast conversion path (``article_triples`` → ``serialise``) says exactly what the Graph path says."""
from __future__ import annotations

from rdflib import Literal, URIRef

from phakhi.rdf.context import Triples
from phakhi.rdf.convert import article_graph, article_triples
from phakhi.rdf.namespaces import RDF, SCHEMA, Terms
from phakhi.rdf.write import ntriples, serialise
from support import seed_extractions

S = URIRef("https://w3id.org/phakhi/id/person/a")


def test_sink_and_graph_hold_the_same_triples_and_bytes():
    for ex in seed_extractions():
        iri, triples = article_triples(ex)
        name, graph = article_graph(ex)
        assert name == iri and set(triples) == set(graph) and len(triples) == len(graph) > 100
        assert serialise(triples, str(iri)) == serialise(graph, str(iri))


def test_sink_keeps_each_triple_once_in_first_added_order():
    sink = Triples()
    for triple in [(S, RDF.type, SCHEMA.Person), (S, SCHEMA.name, Literal("ก", lang="th")),
                   (S, RDF.type, SCHEMA.Person)]:
        sink.add(triple)
    assert list(sink) == [(S, RDF.type, SCHEMA.Person), (S, SCHEMA.name, Literal("ก", lang="th"))]
    assert sink.has(S, SCHEMA.name) and not sink.has(S, SCHEMA.containedInPlace)
    sink.add((S, SCHEMA.containedInPlace, URIRef("https://w3id.org/phakhi/id/place/province/90")))
    assert sink.has(S, SCHEMA.containedInPlace)  # the index follows later additions
    assert set(sink.graph()) == set(sink) and sink.graph().namespace_manager.store.namespace("ph")


def test_ntriples_of_fresh_terms_are_right():
    """Terms made on the fly and dropped at once must not be confused (the writer memoises by identity)."""
    fresh = ((URIRef(f"https://w3id.org/phakhi/id/x/{i}"), URIRef(f"https://schema.org/p{i % 3}"),
              Literal(str(i))) for i in range(2000))
    rows = ntriples(fresh)
    assert len(rows) == 2000
    assert all(s[len("<https://w3id.org/phakhi/id/x/"):-1] == o.strip('"') for s, _, o in rows)


def test_cached_terms_are_the_namespace_terms():
    cached = Terms(SCHEMA)
    assert cached.name == SCHEMA.name and cached.name is cached.name and cached["Place"] == SCHEMA.Place
