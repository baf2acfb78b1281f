"""Roles → a SKOS concept scheme: one concept per position, Thai and English labels,
abbreviations as ``skos:altLabel`` (ผอ. for ผู้อำนวยการ)."""
from __future__ import annotations

from rdflib import URIRef

from phakhi.rdf.context import ArticleContext, en, th
from phakhi.rdf.iris import ROLES_SCHEME, role_iri
from phakhi.rdf.namespaces import DCTERMS, ORG, RDF, RDFS, SKOS, terms
from phakhi.resolve.orgs import display_name
from phakhi.resolve.roles import identify_role

# Each term made once (rdflib namespaces build a new URIRef per attribute access).
DCTERMS, ORG, RDF, RDFS, SKOS = terms(DCTERMS, ORG, RDF, RDFS, SKOS)


def scheme(ctx: ArticleContext) -> None:
    ctx.add(ROLES_SCHEME, RDF.type, SKOS.ConceptScheme)
    ctx.add(ROLES_SCHEME, SKOS.prefLabel, th("ตำแหน่ง"))
    ctx.add(ROLES_SCHEME, SKOS.prefLabel, en("Positions"))
    ctx.add(ROLES_SCHEME, DCTERMS.description,
            en("Positions held by people in Thai community-development news, as org:Role concepts."))


def role(ctx: ArticleContext, written: str) -> URIRef:
    """The concept of a position as written; adds its labels and returns its IRI."""
    found = identify_role(written)
    iri = role_iri(found.key)
    scheme(ctx)
    ctx.add(iri, RDF.type, ORG.Role)
    ctx.add(iri, RDF.type, SKOS.Concept)
    ctx.add(iri, SKOS.inScheme, ROLES_SCHEME)
    ctx.add(iri, SKOS.prefLabel, th(found.label_th))
    ctx.add(iri, RDFS.label, th(found.label_th))
    if found.label_en:
        ctx.add(iri, SKOS.prefLabel, en(found.label_en))
        ctx.add(iri, RDFS.label, en(found.label_en))
    for form in {*found.abbr_th, display_name(written)} - {found.label_th}:
        ctx.add(iri, SKOS.altLabel, th(form))
    return iri
