"""Projections of the RDF graph into NetworkX graphs for viewing and analysis."""
from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef

from phakhi.rdf.namespaces import ORG, PH, RDF, RDFS, SCHEMA

# node type → the RDF classes that make it (first match wins)
NODE_TYPES: dict[str, tuple[URIRef, ...]] = {
    "person": (SCHEMA.Person,),
    "organization": (ORG.Organization, ORG.OrganizationalUnit),
    "programme": (PH.Programme,),
    "event": (SCHEMA.Event,),
    "place": (SCHEMA.Place,),
}
# edge label → predicate linking two nodes directly
EDGES: dict[str, URIRef] = {
    "unit of": ORG.unitOf,
    "organised": SCHEMA.organizer,
    "chaired": PH.chair,
    "spoke at": PH.speaker,
    "took place in": SCHEMA.location,
    "part of programme": PH.programme,
    "located in": SCHEMA.containedInPlace,
}


def _label(graph: Graph, node: URIRef) -> str:
    labels = sorted(str(o) for o in graph.objects(node, RDFS.label))
    return labels[0] if labels else str(node).rsplit("/", 1)[-1]


def actors(graph: Graph) -> nx.MultiDiGraph:
    """Persons, organisations, programmes, events and places with typed edges."""
    g = nx.MultiDiGraph()
    for kind, classes in NODE_TYPES.items():
        for cls in classes:
            for node in graph.subjects(RDF.type, cls):
                if str(node) not in g:
                    g.add_node(str(node), type=kind, label=_label(graph, node))
    for label, pred in EDGES.items():
        for s, o in graph.subject_objects(pred):
            if str(s) in g and str(o) in g:
                g.add_edge(str(s), str(o), label=label)
    for post in graph.subjects(RDF.type, ORG.Post):
        person = graph.value(post, ORG.heldBy)
        org = graph.value(post, ORG.postIn)
        if person is not None and org is not None and str(person) in g and str(org) in g:
            g.add_edge(str(person), str(org), label=f"holds post in ({_label(graph, post)})")
    return g
