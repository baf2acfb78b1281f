"""The ontology, the typed namespace and the packaged copies agree."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from phakhi.data import data_text
from phakhi.rdf.namespaces import ONTOLOGY_IRI, OWL, PH, RDF, RDFS, SH

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "phakhi.ttl")


def own_terms(graph: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(ONTOLOGY_IRI):] for k in kinds for s in graph.subjects(RDF.type, k)
            if str(s).startswith(ONTOLOGY_IRI)}


def test_namespace_class_matches_ontology(ontology):
    declared = set(PH.__annotations__)
    assert own_terms(ontology) == declared


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        PH.participantcount  # noqa: B018 (lower-case c: not a term)


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_own_term_is_labelled_and_explained(ontology, prop, lang):
    missing = [t for t in sorted(own_terms(ontology))
               if not any(o.language == lang for o in ontology.objects(PH[t], prop))]
    assert missing == []


@pytest.mark.parametrize("name", ["phakhi.ttl", "shapes.ttl"])
def test_packaged_copy_is_identical(name):
    """`phakhi validate` reads the copies in phakhi/data; they must not drift from ontology/."""
    assert data_text(name) == (ROOT / "ontology" / name).read_text(encoding="utf-8")


def test_graph_uses_only_defined_own_terms(gold_graph, ontology):
    used = {t for triple in gold_graph for t in triple if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY_IRI)}
    assert {str(t)[len(ONTOLOGY_IRI):] for t in used} <= own_terms(ontology)


def test_every_emitted_class_has_a_shape(gold_graph):
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    targeted = set(shapes.objects(None, SH.targetClass))
    emitted = set(gold_graph.objects(None, RDF.type))
    # classes that only ever come with another targeted class (e.g. foaf:Person with schema:Person)
    companions = {URIRef("http://xmlns.com/foaf/0.1/Person"), URIRef("https://schema.org/AdministrativeArea"),
                  URIRef("https://schema.org/Country"), URIRef("http://www.w3.org/2004/02/skos/core#Concept"),
                  PH.Village, PH.Venue, PH.Country}
    assert emitted - targeted - companions == set()
