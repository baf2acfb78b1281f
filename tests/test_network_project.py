"""Each projection on two small press releases built in network_support."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal, Namespace, URIRef
from network_support import (
    EVENT_A, EVENT_B, ORG1, ORG2, ORG3, PROGRAMME, TEXT_A, TEXT_B, extraction_a, graph_of, small_graph,
)

from phakhi.network.facts import read_facts
from phakhi.network.project import VIEWS, actors, orgs, people, places
from phakhi.rdf.namespaces import OA, ONTOLOGY_IRI


@pytest.fixture(scope="module")
def facts():
    return read_facts(small_graph())


def by_label(g, label):
    (node,) = [n for n, d in g.nodes(data=True) if d["label"] == label]
    return node


def edge(g, a, b):
    return g.edges[by_label(g, a), by_label(g, b)]


def test_facts_read_labels_posts_and_evidence(facts):
    person = next(e for e in facts.entities.values() if e.label == "สมชาย ใจดี")
    assert person.type == "person" and len(person.articles) == 2
    assert person.posts == (f"พัฒนาการจังหวัด, {ORG1}",)
    (quote, *_) = person.evidence
    assert "สมชาย ใจดี" in quote.sentence and quote.exact == "สมชาย ใจดี" and len(quote.sentence) > 40
    assert quote.article == "พัทลุงเปิดเวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง"
    foundation = next(e for e in facts.entities.values() if e.label == ORG3)
    assert foundation.labels_en == ("Thai Community Foundation",) and foundation.labels_th == (ORG3,)
    org = next(e for e in facts.entities.values() if e.label == ORG1)
    assert "พัฒนาการจังหวัด: สมชาย ใจดี" in org.posts


def test_evidence_prefers_the_sentence_the_graph_names():
    graph = small_graph()
    nif = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    sentence = URIRef("https://w3id.org/phakhi/id/sentence/test")
    for target in set(graph.subjects(OA.hasSource, None)):
        graph.add((target, URIRef(ONTOLOGY_IRI + "sentence"), sentence))
    ends = TEXT_B.find("จังหวัดสงขลา")  # holds สมชาย ใจดี in article A, stops short of สงขลา in B
    graph.add((sentence, nif.anchorOf, Literal(("ประโยคที่กราฟระบุไว้" * 20)[:ends])))
    graph.add((sentence, nif.beginIndex, Literal(0)))
    entities = read_facts(graph).entities.values()
    person = next(e for e in entities if e.label == "สมชาย ใจดี")
    assert TEXT_A.find("สมชาย ใจดี") + 10 < ends
    assert person.evidence[0].sentence.startswith("ประโยคที่กราฟระบุไว้")
    songkhla = next(e for e in entities if e.label == "สงขลา")  # article B: the sentence does not hold it
    assert "จังหวัดสงขลา" in songkhla.evidence[0].sentence


def test_places_resolve_to_their_province(facts):
    venue = next(e for e in facts.entities.values() if e.label == "ศาลาประชาคมบ้านควนขนุน")
    assert venue.kind == "Venue"
    assert facts.entities[facts.province_of[venue.iri]].label == "พัทลุง"


def test_actors_has_typed_directed_edges(facts):
    g = actors(facts)
    assert g.is_directed()
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == {"person", "organization", "programme", "event", "place"}
    assert edge(g, "สมชาย ใจดี", EVENT_A)["relation"] == "chaired"
    assert edge(g, "สุดา รักษ์ดี", EVENT_A)["relation"] == "spoke at"
    assert edge(g, ORG2, EVENT_A)["relation"] == "organised"
    assert edge(g, EVENT_A, "ศาลาประชาคมบ้านควนขนุน")["relation"] == "took place in"
    assert edge(g, EVENT_A, PROGRAMME)["relation"] == "part of programme"
    assert edge(g, "ศาลาประชาคมบ้านควนขนุน", "พัทลุง")["relation"] == "located in"
    post = edge(g, "สมชาย ใจดี", ORG1)
    assert post["relation"] == "holds post in" and post["weight"] == 2  # stated in both articles


def test_orgs_weights_count_shared_events(facts):
    g = orgs(facts)
    assert {d["type"] for _, d in g.nodes(data=True)} == {"organization"}
    assert edge(g, ORG1, ORG3)["weight"] == 2 and edge(g, ORG1, ORG3)["articles"] == 2
    assert set(edge(g, ORG1, ORG3)["via"]) == {EVENT_A, EVENT_B, PROGRAMME}  # what explains the edge
    assert edge(g, ORG1, ORG2)["weight"] == 1
    assert g.number_of_edges() == 3


def test_orgs_count_a_speakers_organisation_as_taking_part():
    a = extraction_a()
    speaker_post = replace(a.posts[1], organization="o2")  # now the speaker works for ORG2
    event = replace(a.events[0], organizers=("o3",), programme=None)  # ORG1 only chairs, through its director
    g = orgs(read_facts(graph_of(replace(a, events=(event,), posts=(a.posts[0], speaker_post)))))
    assert g.has_edge(by_label(g, ORG1), by_label(g, ORG2))
    assert g.has_edge(by_label(g, ORG3), by_label(g, ORG1))


def test_people_links_posts_and_shared_events(facts):
    g = people(facts)
    assert edge(g, "สมชาย ใจดี", ORG1)["relation"] == "holds post in"
    met = edge(g, "สมชาย ใจดี", "สุดา รักษ์ดี")
    assert met == {"relation": "at the same event", "weight": 1, "articles": 1, "via": (EVENT_A,)}
    assert {d["type"] for _, d in g.nodes(data=True)} == {"person", "organization"}


def test_places_link_actors_to_provinces(facts):
    g = places(facts)
    assert edge(g, ORG1, "สงขลา")["relation"] == "active in"  # organised the Songkhla meeting
    assert edge(g, ORG1, "สงขลา")["via"] == ("สงขลาประชุมเครือข่ายอาสาพัฒนา",)  # the article's title
    assert edge(g, PROGRAMME, "พัทลุง")["relation"] == "active in"
    assert edge(g, ORG2, "พัทลุง")["relation"] == "active in"
    assert not g.has_edge(by_label(g, ORG2), by_label(g, "สงขลา"))
    assert {d["type"] for _, d in g.nodes(data=True)} == {"organization", "programme", "place"}
    assert EVENT_B not in {d["label"] for _, d in g.nodes(data=True)}


def test_every_view_on_the_gold_graph(gold_graph):
    facts = read_facts(gold_graph)
    sizes = {name: view(facts).number_of_nodes() for name, view in VIEWS.items()}
    assert sizes["actors"] == len(facts.entities) and all(sizes.values())
