"""Extraction → RDF: the one place that decides which triples a fact becomes.

Each article becomes its own graph (a named graph in the dataset); the merged
view is their union. Every entity and relation carries an ``oa:Annotation``
pointing at its evidence: the article and the exact character offsets.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from phakhi import __version__
from phakhi.records import Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, Programme
from phakhi.rdf.iris import (
    article_iri, local_iri, org_iri, person_iri, place_iri, programme_iri, role_iri,
)
from phakhi.rdf.namespaces import DCTERMS, FOAF, ID, OA, ORG, PH, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from phakhi.text.normalise import squash

_PLACE_CLASS = {
    PlaceType.PROVINCE: PH.Province, PlaceType.DISTRICT: PH.District,
    PlaceType.SUBDISTRICT: PH.Subdistrict, PlaceType.VILLAGE: PH.Village,
    PlaceType.REGION: PH.Region, PlaceType.VENUE: PH.Venue, PlaceType.COUNTRY: PH.Country,
}
_ADMINISTRATIVE = {PlaceType.PROVINCE, PlaceType.DISTRICT, PlaceType.SUBDISTRICT, PlaceType.REGION}


def th(text: str) -> Literal:
    return Literal(text, lang="th")


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (
        ("ph", PH._NS), ("id", ID), ("schema", SCHEMA), ("oa", OA), ("org", ORG), ("foaf", FOAF),
        ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS),
    ):
        graph.bind(prefix, ns, override=True)
    return graph


class _ArticleGraph:
    """Builds the triples of one article; ``iri`` resolves an in-article key."""

    def __init__(self, ex: Extraction):
        self.ex = ex
        self.g = bind_prefixes(Graph())
        self.article = article_iri(ex.article.path)
        self.iris: dict[str, URIRef] = {}

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def evidence(self, body: URIRef, ev: Evidence | None) -> None:
        if ev is None:
            return
        ann = local_iri("ann", self.ex.article.path, str(body), str(ev.start), str(ev.end))
        target, pos, quote = URIRef(f"{ann}#target"), URIRef(f"{ann}#position"), URIRef(f"{ann}#quote")
        self.add(ann, RDF.type, OA.Annotation)
        self.add(ann, OA.hasBody, body)
        self.add(ann, OA.hasTarget, target)
        self.add(ann, PH.rule, Literal(ev.rule))
        self.add(ann, PH.confidence, Literal(round(ev.confidence, 3), datatype=XSD.decimal))
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.article)
        self.add(target, OA.hasSelector, pos)
        self.add(target, OA.hasSelector, quote)
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, Literal(ev.start))
        self.add(pos, OA.end, Literal(ev.end))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(ev.quote))

    def mentioned(self, key: str, iri: URIRef, mentions: tuple[Evidence, ...]) -> None:
        self.iris[key] = iri
        self.add(self.article, SCHEMA.mentions, iri)
        for ev in mentions:
            self.evidence(iri, ev)

    def article_node(self) -> None:
        a = self.ex.article
        self.add(self.article, RDF.type, SCHEMA.NewsArticle)
        self.add(self.article, DCTERMS.identifier, Literal(a.id))
        self.add(self.article, DCTERMS.source, Literal(a.url or a.path))
        self.add(self.article, SCHEMA.text, Literal(a.text))
        self.add(self.article, PROV.wasGeneratedBy, ID[f"run/phakhi-{__version__}"])
        if a.title:
            self.add(self.article, DCTERMS.title, th(a.title))
        if a.date:
            self.add(self.article, DCTERMS.date, Literal(a.date, datatype=XSD.date))

    def person(self, p: Person) -> None:
        iri = person_iri(p.name)
        self.add(iri, RDF.type, SCHEMA.Person)
        self.add(iri, RDF.type, FOAF.Person)
        self.add(iri, FOAF.name, th(p.name))
        self.add(iri, RDFS.label, th(p.name))
        if p.title:
            self.add(iri, SCHEMA.honorificPrefix, th(p.title))
        self.mentioned(p.key, iri, p.mentions)

    def organization(self, o: Organization) -> None:
        iri = org_iri(squash(o.name).replace("(", "").replace(")", ""))
        self.add(iri, RDF.type, ORG.Organization)
        self.add(iri, SKOS.prefLabel, th(o.name))
        self.add(iri, RDFS.label, th(o.name))
        for alias in o.aliases:
            self.add(iri, SKOS.altLabel, th(alias))
        self.mentioned(o.key, iri, o.mentions)

    def place(self, p: Place) -> None:
        iri = place_iri(p.type.value, p.code, p.name, p.province)
        self.add(iri, RDF.type, SCHEMA.Place)
        self.add(iri, RDF.type, _PLACE_CLASS[p.type])
        if p.type in _ADMINISTRATIVE:
            self.add(iri, RDF.type, SCHEMA.AdministrativeArea)
        self.add(iri, SCHEMA.name, th(p.name))
        self.add(iri, RDFS.label, th(p.name))
        self.mentioned(p.key, iri, p.mentions)

    def place_links(self, p: Place) -> None:
        iri = self.iris[p.key]
        if p.within and p.within in self.iris:
            self.add(iri, SCHEMA.containedInPlace, self.iris[p.within])
        elif p.province and p.type is not PlaceType.PROVINCE:
            province = next((q for q in self.ex.places if q.type is PlaceType.PROVINCE and q.name == p.province), None)
            if province is not None:
                self.add(iri, SCHEMA.containedInPlace, self.iris[province.key])

    def programme(self, p: Programme) -> None:
        iri = programme_iri(p.name)
        self.add(iri, RDF.type, PH.Programme)
        self.add(iri, SCHEMA.name, th(p.name))
        self.add(iri, RDFS.label, th(p.name))
        for alias in p.aliases:
            self.add(iri, SKOS.altLabel, th(alias))
        for activity in p.activities:
            self.add(iri, PH.activity, th(activity))
        self.mentioned(p.key, iri, p.mentions)

    def post(self, p: Post) -> None:
        person = self.iris.get(p.person)
        if person is None:
            return
        org = self.iris.get(p.organization) if p.organization else None
        iri = local_iri("post", self.ex.article.path, str(person), p.role, str(org or ""))
        role = role_iri(p.role)
        self.add(role, RDF.type, ORG.Role)
        self.add(role, RDF.type, SKOS.Concept)
        self.add(role, SKOS.prefLabel, th(p.role))
        self.add(role, SKOS.inScheme, ID["roles"])
        self.add(iri, RDF.type, ORG.Post)
        self.add(iri, ORG.role, role)
        self.add(iri, ORG.heldBy, person)
        self.add(person, ORG.holds, iri)
        self.add(iri, RDFS.label, th(p.role))
        self.add(iri, PROV.wasDerivedFrom, self.article)
        if org is not None:
            self.add(iri, ORG.postIn, org)
        if self.ex.article.date:
            self.add(iri, SCHEMA.validFrom, Literal(self.ex.article.date, datatype=XSD.date))
        self.add(self.article, SCHEMA.mentions, iri)
        self.evidence(iri, p.evidence)

    def event(self, e: Event) -> None:
        iri = local_iri("event", self.ex.article.path, e.key)
        self.add(iri, RDF.type, SCHEMA.Event)
        self.add(iri, SCHEMA.name, th(e.name))
        self.add(iri, RDFS.label, th(e.name))
        if e.start:
            self.add(iri, SCHEMA.startDate, Literal(e.start, datatype=XSD.date))
        if e.end:
            self.add(iri, SCHEMA.endDate, Literal(e.end, datatype=XSD.date))
        if e.participants is not None:
            self.add(iri, PH.participantCount, Literal(e.participants, datatype=XSD.integer))
        location = e.venue or e.province
        if location and location in self.iris:
            self.add(iri, SCHEMA.location, self.iris[location])
        for org in e.organizers:
            if org in self.iris:
                self.add(iri, SCHEMA.organizer, self.iris[org])
        if e.chair and e.chair in self.iris:
            self.add(iri, PH.chair, self.iris[e.chair])
        for speaker in e.speakers:
            if speaker in self.iris:
                self.add(iri, PH.speaker, self.iris[speaker])
        if e.programme and e.programme in self.iris:
            self.add(iri, PH.programme, self.iris[e.programme])
        self.mentioned(e.key, iri, e.mentions)

    def build(self) -> Graph:
        ex = self.ex
        self.article_node()
        for p in ex.persons:
            self.person(p)
        for o in ex.organizations:
            self.organization(o)
        for u in ex.units:
            if u.unit in self.iris and u.parent in self.iris:
                unit, parent = self.iris[u.unit], self.iris[u.parent]
                self.add(unit, RDF.type, ORG.OrganizationalUnit)
                self.add(unit, ORG.unitOf, parent)
                self.add(unit, ORG.subOrganizationOf, parent)
                self.add(parent, ORG.hasUnit, unit)
        for p in ex.places:
            self.place(p)
        for p in ex.places:
            self.place_links(p)
        for p in ex.programmes:
            self.programme(p)
        for p in ex.posts:
            self.post(p)
        for e in ex.events:
            self.event(e)
        return self.g


def article_graph(ex: Extraction) -> tuple[URIRef, Graph]:
    """The article's IRI (also its named graph's name) and its triples."""
    builder = _ArticleGraph(ex)
    return builder.article, builder.build()
