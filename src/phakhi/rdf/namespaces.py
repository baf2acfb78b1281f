"""Vocabulary terms as typed namespaces: a misspelt own term raises at import or use.

The own terms mirror ``ontology/phakhi.ttl``; tests/test_namespaces.py checks
that the two agree. Standard vocabularies come from rdflib.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/phakhi/ontology#"
DATA_IRI = "https://w3id.org/phakhi/id/"

SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
ID = Namespace(DATA_IRI)


class PH(DefinedNamespace):
    """phakhi's own terms, only where no standard vocabulary has one."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Programme: URIRef  # a named project, programme, campaign or policy initiative
    Province: URIRef
    District: URIRef
    Subdistrict: URIRef
    Village: URIRef
    Region: URIRef
    Venue: URIRef
    Country: URIRef
    # properties
    participantCount: URIRef  # number of attendees an article reports for an event
    chair: URIRef  # person who chaired an event
    speaker: URIRef  # person who spoke at an event
    programme: URIRef  # event → the programme it belongs to
    activity: URIRef  # programme → a numbered activity, as written
    confidence: URIRef  # annotation → confidence of the rule that produced it
    rule: URIRef  # annotation → name of the rule that produced it


__all__ = [
    "DCTERMS", "FOAF", "ID", "OA", "ORG", "OWL", "PH", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "XSD",
    "ONTOLOGY_IRI", "DATA_IRI",
]
