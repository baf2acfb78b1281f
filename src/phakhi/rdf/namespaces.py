"""Vocabulary terms as typed namespaces: a misspelt own term raises at import or use.

``PH`` mirrors ``ontology/phakhi.ttl`` term for term; tests/test_ontology.py
checks that the two agree. Standard vocabularies come from rdflib where it has
them with the canonical IRI, otherwise they are declared here once.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/phakhi/ontology#"
DATA_IRI = "https://w3id.org/phakhi/id/"

SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")  # WGS84 lat/long (rdflib's WGS uses https)
WD = Namespace("http://www.wikidata.org/entity/")
GN = Namespace("https://sws.geonames.org/")
ID = Namespace(DATA_IRI)


class PH(DefinedNamespace):
    """phakhi's own terms, only where no standard vocabulary has one."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Programme: URIRef  # a named project, programme, campaign or policy initiative
    Province: URIRef  # จังหวัด
    District: URIRef  # อำเภอ / เขต
    Subdistrict: URIRef  # ตำบล / แขวง
    Village: URIRef  # หมู่บ้าน
    Region: URIRef  # ภาค
    Venue: URIRef  # building or room of an event
    Country: URIRef
    # properties
    participantCount: URIRef  # number of attendees an article reports for an event
    chair: URIRef  # person who chaired an event
    speaker: URIRef  # person who spoke at an event
    programme: URIRef  # event → the programme it belongs to
    activity: URIRef  # programme → a numbered activity, as written
    confidence: URIRef  # annotation → confidence of the rule that produced it
    rule: URIRef  # annotation → name of the rule that produced it
    sentence: URIRef  # annotation target → the sentence (nif:Sentence) holding the quote
    dopaCode: URIRef  # place → code of the Department of Provincial Administration
    iso3166Code: URIRef  # place → ISO 3166-2 subdivision code (provinces) or ISO 3166-1 (country)


class Terms:
    """A namespace whose terms are made once.

    ``RDF.type`` on an rdflib namespace builds a new URIRef on every access (with
    IRI validation); the RDF conversion reads such terms ~1,500 times per article.
    ``Terms(RDF).type`` is the same URIRef, kept as a plain attribute after the
    first access. Indexing (``Terms(WD)["Q1"]``) goes to the namespace.
    """

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self._namespace, name)
        setattr(self, name, value)
        return value

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


def terms(*namespaces) -> tuple[Terms, ...]:
    """``RDF, OA = terms(RDF, OA)``: cached stand-ins for the conversion modules' hot paths."""
    return tuple(Terms(ns) for ns in namespaces)


PREFIXES: dict[str, str] = {
    "ph": ONTOLOGY_IRI, "id": DATA_IRI, "schema": str(SCHEMA), "oa": str(OA), "org": str(ORG),
    "foaf": str(FOAF), "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS), "nif": str(NIF),
    "geo": str(GEO), "wd": str(WD), "owl": str(OWL), "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD),
}

__all__ = [
    "DCTERMS", "FOAF", "GEO", "GN", "ID", "NIF", "OA", "ORG", "OWL", "PH", "PROV", "RDF", "RDFS", "SCHEMA",
    "SH", "SKOS", "WD", "XSD", "ONTOLOGY_IRI", "DATA_IRI", "PREFIXES", "Terms", "terms",
]
