"""Organisations → triples: one node per body whatever name, abbreviation or spelling
the article uses (``phakhi.resolve.orgs``), every written form kept as a label,
units named within their parent, known agencies with English labels and Wikidata."""
from __future__ import annotations

from rdflib import URIRef

from phakhi.records import Organization
from phakhi.rdf.context import ArticleContext, en, th
from phakhi.rdf.iris import org_iri
from phakhi.rdf.namespaces import ORG, OWL, RDF, RDFS, SKOS, WD, terms
from phakhi.resolve.orgs import Agency, OrgIdentity, canonical_key, identify, scoped

# Each term made once (rdflib namespaces build a new URIRef per attribute access).
ORG, OWL, RDF, RDFS, SKOS, WD = terms(ORG, OWL, RDF, RDFS, SKOS, WD)


def _labels(ctx: ArticleContext, iri: URIRef, who: OrgIdentity, depth: int = 0) -> None:
    ctx.add(iri, RDF.type, ORG.Organization)
    ctx.add(iri, SKOS.prefLabel, th(who.label_th))
    ctx.add(iri, RDFS.label, th(who.label_th))
    for form in who.forms:
        if form != who.label_th:
            ctx.add(iri, SKOS.altLabel, th(form))
    if who.agency is not None and depth < 5:  # a gazetteer cycle must not recurse forever
        _agency(ctx, iri, who.agency, depth)


def _agency(ctx: ArticleContext, iri: URIRef, agency: Agency, depth: int) -> None:
    """What the gazetteer knows: English name, abbreviations, Wikidata, parent body."""
    for abbr in agency.abbr_th:
        ctx.add(iri, SKOS.altLabel, th(abbr))
    if agency.name_en:
        ctx.add(iri, SKOS.prefLabel, en(agency.name_en))
        ctx.add(iri, RDFS.label, en(agency.name_en))
    for abbr in agency.abbr_en:
        ctx.add(iri, SKOS.altLabel, en(abbr))
    if agency.wikidata:
        ctx.add(iri, OWL.sameAs, WD[agency.wikidata])
    parent = identify(agency.parent_th, ()) if agency.parent_th else None
    if parent is not None and parent.agency is not None and parent.key != agency.key:
        parent_iri = org_iri(canonical_key(agency.parent_th))
        if parent_iri != iri:
            _labels(ctx, parent_iri, parent, depth + 1)
            ctx.add(iri, ORG.subOrganizationOf, parent_iri)


def _keys(orgs: tuple[Organization, ...], parents: dict[str, str]) -> dict[str, tuple[str, OrgIdentity]]:
    """Identity key of each organisation; a unit's key is resolved after its parent's."""
    who = {o.key: identify(o.name, o.aliases) for o in orgs}
    done: dict[str, tuple[str, OrgIdentity]] = {}

    def resolve(k: str, seen: frozenset[str] = frozenset()) -> tuple[str, OrgIdentity]:
        if k not in done:
            parent = parents.get(k)
            parent_key = resolve(parent, seen | {k})[0] if parent in who and parent not in seen else None
            done[k] = scoped(who[k], parent_key)
        return done[k]

    return {k: resolve(k) for k in who}


def organizations(ctx: ArticleContext) -> None:
    """Every organisation of the article, then the unit-of relations between them."""
    parents = {u.unit: u.parent for u in ctx.ex.units if u.unit != u.parent}
    identities = _keys(ctx.ex.organizations, parents)
    for o in ctx.ex.organizations:
        key, who = identities[o.key]
        iri = org_iri(key)
        _labels(ctx, iri, who)
        ctx.mentioned(o.key, iri, o.mentions)
    for u in ctx.ex.units:
        if u.unit in ctx.iris and u.parent in ctx.iris and ctx.iris[u.unit] != ctx.iris[u.parent]:
            unit, parent = ctx.iris[u.unit], ctx.iris[u.parent]
            ctx.add(unit, RDF.type, ORG.OrganizationalUnit)
            ctx.add(unit, ORG.unitOf, parent)
            ctx.add(unit, ORG.subOrganizationOf, parent)
            ctx.add(parent, ORG.hasUnit, unit)
            ctx.evidence.statement(unit, ORG.unitOf, parent, u.evidence)
