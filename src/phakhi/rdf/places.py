"""Places → triples: types, names, official codes, same-as links, coordinates, containment.

A place the gazetteer knows (``phakhi.resolve.places.Link``) is named by its DOPA
code and carries its whole chain: subdistrict → district → province → region →
country, each level a full node. Other places (venues, villages, unlinked
names) are named by name and province and lie in what the article says.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rdflib import Literal, URIRef

from phakhi.records import Place, PlaceType
from phakhi.rdf.context import ArticleContext, en, th
from phakhi.rdf.iris import place_iri
from phakhi.rdf.namespaces import GEO, GN, OWL, PH, RDF, RDFS, SCHEMA, WD, XSD, terms
from phakhi.resolve.places import Link, link_place, province

# Each term made once (rdflib namespaces build a new URIRef per attribute access).
GEO, GN, OWL, PH, RDF, RDFS, SCHEMA, WD, XSD = terms(GEO, GN, OWL, PH, RDF, RDFS, SCHEMA, WD, XSD)

CLASSES = {t.value: PH[t.value] for t in PlaceType}
_ADMINISTRATIVE = {"Province", "District", "Subdistrict", "Region"}


def link_iri(link: Link) -> URIRef:
    return place_iri(link.kind, link.code, link.name_th, None)


Add = Callable[[URIRef, URIRef, "URIRef | Literal"], None]


def _types(add: Add, iri: URIRef, kind: str) -> None:
    add(iri, RDF.type, SCHEMA.Place)
    add(iri, RDF.type, CLASSES[kind])
    if kind in _ADMINISTRATIVE:
        add(iri, RDF.type, SCHEMA.AdministrativeArea)
    if kind == "Country":
        add(iri, RDF.type, SCHEMA.Country)


def linked_node(ctx: ArticleContext, link: Link) -> URIRef:
    """The gazetteer entry and everything it lies in, as full nodes."""
    for triple in _linked_triples(link):
        ctx.g.add(triple)
    return link_iri(link)


@lru_cache(maxsize=1 << 12)
def _linked_triples(link: Link) -> tuple[tuple[URIRef, URIRef, URIRef | Literal], ...]:
    """The triples of a gazetteer entry and its chain: the same in every article, so made once."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []

    def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        out.append((s, p, o))

    iri = link_iri(link)
    _types(add, iri, link.kind)
    add(iri, SCHEMA.name, th(link.name_th))
    add(iri, RDFS.label, th(link.name_th))
    if link.name_en:
        add(iri, RDFS.label, en(link.name_en))
    if link.kind in _ADMINISTRATIVE - {"Region"}:
        add(iri, PH.dopaCode, Literal(link.code))
    if link.iso:
        add(iri, PH.iso3166Code, Literal(link.iso))
    if link.wikidata:
        add(iri, OWL.sameAs, WD[link.wikidata])
    if link.geonames:
        add(iri, OWL.sameAs, GN[f"{link.geonames}/"])
    if link.lat and link.lon:
        add(iri, GEO.lat, Literal(link.lat, datatype=XSD.decimal))
        add(iri, GEO.long, Literal(link.lon, datatype=XSD.decimal))
    if link.parent is not None:
        out.extend(_linked_triples(link.parent))
        add(iri, SCHEMA.containedInPlace, link_iri(link.parent))
    return tuple(out)


def place(ctx: ArticleContext, p: Place, places: dict[str, Place]) -> None:
    """One place of the article; linked to the gazetteer when its article allows."""
    link = link_place(p, places)
    if link is not None:
        iri = linked_node(ctx, link)
    else:
        iri = place_iri(p.type.value, None, p.name, p.province)
        _types(ctx.add, iri, p.type.value)
        ctx.add(iri, SCHEMA.name, th(p.name))
        ctx.add(iri, RDFS.label, th(p.name))
    ctx.mentioned(p.key, iri, p.mentions)


def containment(ctx: ArticleContext, p: Place) -> None:
    """An unlinked place lies in the place the article puts it in, or in its province."""
    iri = ctx.iris[p.key]
    if ctx.g.has(iri, SCHEMA.containedInPlace):
        return  # linked: the gazetteer chain already says where it lies
    if p.within and p.within in ctx.iris and ctx.iris[p.within] != iri:
        ctx.add(iri, SCHEMA.containedInPlace, ctx.iris[p.within])
    elif p.type is not PlaceType.PROVINCE and (link := province(p.province)) is not None:
        ctx.add(iri, SCHEMA.containedInPlace, linked_node(ctx, link))


def places(ctx: ArticleContext) -> None:
    by_key = {p.key: p for p in ctx.ex.places}
    for p in ctx.ex.places:
        place(ctx, p, by_key)
    for p in ctx.ex.places:
        containment(ctx, p)
