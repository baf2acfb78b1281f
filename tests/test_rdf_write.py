"""Per-article serialisation and the streaming writer, on the seeds' gold graphs."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from phakhi.rdf import turtle
from phakhi.rdf.convert import article_graph
from phakhi.rdf.write import FORMATS, GraphWriter, pack, serialise, write_turtle
from support import seed_extractions


@pytest.fixture(scope="module")
def graphs():
    return [article_graph(ex) for ex in seed_extractions()]


def test_article_turtle_and_nquads_round_trip(graphs):
    for iri, graph in graphs:
        rdf = serialise(graph, str(iri))
        parsed = Graph().parse(data=turtle.header() + rdf.turtle, format="turtle")
        assert isomorphic(parsed, graph) and rdf.statements == len(graph)
        quads = Dataset()
        quads.parse(data=rdf.nquads, format="nquads")
        assert {c.identifier for c in quads.graphs() if len(c)} == {iri}


def test_tricky_literals_survive(tmp_path):
    s = URIRef("https://w3id.org/phakhi/id/article/a.txt")
    graph = Graph()
    for text in ('คำว่า "ชุมชน"\nบรรทัดใหม่ \\ ทับ', "ends with >", "x\"^^<y>"):
        graph.add((s, URIRef("https://schema.org/text"), Literal(text)))
    graph.add((s, URIRef("https://schema.org/name"), Literal("พช.", lang="th")))
    write_turtle(graph, tmp_path / "g.ttl")
    assert isomorphic(Graph().parse(tmp_path / "g.ttl"), graph)


def test_terms_are_prefixed_only_when_safe():
    assert turtle.term("<https://schema.org/Person>") == "schema:Person"
    assert turtle.term("<https://w3id.org/phakhi/id/person/ab12>") == "<https://w3id.org/phakhi/id/person/ab12>"
    assert turtle.term("<https://w3id.org/phakhi/id/ann/ab#target>") == "<https://w3id.org/phakhi/id/ann/ab#target>"
    assert turtle.term('"5"^^<http://www.w3.org/2001/XMLSchema#integer>') == '"5"^^xsd:integer'
    assert turtle.term('"สงขลา"@th') == '"สงขลา"@th'


def test_writer_order_does_not_depend_on_arrival(graphs, tmp_path):
    rdf = [(str(iri), pack(serialise(g, str(iri)))) for iri, g in graphs]
    for name, order in (("forward", rdf), ("backward", rdf[::-1])):
        writer = GraphWriter(tmp_path / name, FORMATS)
        for iri, item in order:
            writer.add(iri, item)
        writer.finish()
    for file in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (tmp_path / "forward" / file).read_bytes() == (tmp_path / "backward" / file).read_bytes()
    merged = Graph().parse(tmp_path / "forward" / "graph.ttl")
    union = Graph()
    for _, g in graphs:
        union += g
    assert isomorphic(merged, union)
    assert not list(tmp_path.glob("forward/.*"))  # no spool or temporary file left behind
