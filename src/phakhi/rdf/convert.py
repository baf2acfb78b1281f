"""Extraction → RDF: the one place that decides which triples a fact becomes.

Each article becomes its own graph (a named graph in the dataset, named by the
article's IRI); the merged view is their union. Every entity and relation
carries an ``oa:Annotation`` pointing at its evidence (``rdf.evidence``).
Identity and gazetteer links come from ``phakhi.resolve``; the parts live in
``rdf.orgs``, ``rdf.places`` and ``rdf.roles``.
"""
from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph, Literal, URIRef

from phakhi import __version__
from phakhi.records import Event, Evidence, Extraction, Person, Post, Programme
from phakhi.rdf import orgs, places, roles
from phakhi.rdf.context import ArticleContext, Triples, bind_prefixes, en, th
from phakhi.rdf.iris import agent_iri, local_iri, person_iri, programme_iri, run_iri
from phakhi.rdf.namespaces import DCTERMS, FOAF, OA, ORG, PH, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, terms
from phakhi.resolve.persons import romanise
from phakhi.text.normalise import normalise_name

# Each term made once (rdflib namespaces build a new URIRef per attribute access).
DCTERMS, FOAF, OA, ORG, PH, PROV, RDF, RDFS, SCHEMA, SKOS, XSD = terms(
    DCTERMS, FOAF, OA, ORG, PH, PROV, RDF, RDFS, SCHEMA, SKOS, XSD)

__all__ = ["article_graph", "article_triples", "bind_prefixes", "th"]


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def article_node(ctx: ArticleContext) -> None:
    """The article: identifier, source, title, date, text (all offsets refer to it), run."""
    a, iri = ctx.ex.article, ctx.article
    ctx.add(iri, RDF.type, SCHEMA.NewsArticle)
    ctx.add(iri, DCTERMS.identifier, Literal(a.id))
    ctx.add(iri, DCTERMS.source, Literal(a.url or a.path))
    ctx.add(iri, SCHEMA.text, Literal(a.text))
    if a.url:
        ctx.add(iri, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI))
    if a.title:
        ctx.add(iri, DCTERMS.title, th(a.title))
    if a.date:
        ctx.add(iri, DCTERMS.date, _date(a.date))
    run, agent = run_iri(__version__), agent_iri(__version__)
    ctx.add(iri, PROV.wasGeneratedBy, run)
    ctx.add(run, RDF.type, PROV.Activity)
    ctx.add(run, RDFS.label, en(f"phakhi {__version__} extraction"))
    ctx.add(run, PROV.wasAssociatedWith, agent)
    ctx.add(agent, RDF.type, PROV.SoftwareAgent)
    ctx.add(agent, RDFS.label, en(f"phakhi {__version__}"))
    ctx.add(agent, SCHEMA.softwareVersion, Literal(__version__))


def person(ctx: ArticleContext, p: Person) -> None:
    name = normalise_name(p.name)  # one spelling per node, however the article spaced it
    iri = person_iri(name)
    ctx.add(iri, RDF.type, SCHEMA.Person)
    ctx.add(iri, RDF.type, FOAF.Person)
    ctx.add(iri, FOAF.name, th(name))
    ctx.add(iri, RDFS.label, th(name))
    if latin := romanise(name):
        ctx.add(iri, SCHEMA.alternateName, Literal(latin, lang="th-Latn"))
    if p.title:
        ctx.add(iri, SCHEMA.honorificPrefix, th(p.title))
    ctx.mentioned(p.key, iri, p.mentions)


def programme(ctx: ArticleContext, p: Programme) -> None:
    name = normalise_name(p.name)
    iri = programme_iri(name)
    ctx.add(iri, RDF.type, PH.Programme)
    ctx.add(iri, SCHEMA.name, th(name))
    ctx.add(iri, RDFS.label, th(name))
    for alias in p.aliases:
        ctx.add(iri, SKOS.altLabel, th(alias))
    for activity in p.activities:
        ctx.add(iri, PH.activity, th(activity))
    ctx.mentioned(p.key, iri, p.mentions)


def _post_date(ex: Extraction) -> str | None:
    """A post is dated by its article: the publication date, else the first date it reports."""
    return ex.article.date or min((e.start for e in ex.events if e.start), default=None)


def post(ctx: ArticleContext, p: Post) -> None:
    """A position as this article states it (org:Post), dated by the article."""
    holder = ctx.iris.get(p.person)
    if holder is None:
        return
    org = ctx.iris.get(p.organization) if p.organization else None
    iri = local_iri("post", ctx.ex.article.path, str(holder), p.role, str(org or ""))
    ctx.add(iri, RDF.type, ORG.Post)
    ctx.add(iri, ORG.role, roles.role(ctx, p.role))
    ctx.add(iri, ORG.heldBy, holder)
    ctx.add(holder, ORG.holds, iri)
    ctx.add(iri, RDFS.label, th(p.role))
    ctx.add(iri, PROV.wasDerivedFrom, ctx.article)
    if org is not None:
        ctx.add(iri, ORG.postIn, org)
    if when := _post_date(ctx.ex):
        ctx.add(iri, SCHEMA.validFrom, _date(when))
    ctx.add(ctx.article, SCHEMA.mentions, iri)
    ctx.evidence.annotate(iri, p.evidence, OA.describing)


# Evidence keys of Event.evidence → the triple they support.
_EventFact = Callable[[ArticleContext, Event, str], tuple[URIRef, Literal | URIRef] | None]


def _ref(ctx: ArticleContext, key: str | None) -> URIRef | None:
    return ctx.iris.get(key) if key else None


def _pair(predicate: URIRef, obj: Literal | URIRef | None) -> tuple[URIRef, Literal | URIRef] | None:
    return None if obj is None else (predicate, obj)


EVENT_FACTS: dict[str, _EventFact] = {
    "start": lambda c, e, _: _pair(SCHEMA.startDate, _date(e.start) if e.start else None),
    "end": lambda c, e, _: _pair(SCHEMA.endDate, _date(e.end) if e.end else None),
    "participants": lambda c, e, _: _pair(
        PH.participantCount, None if e.participants is None else Literal(e.participants, datatype=XSD.integer)),
    "venue": lambda c, e, _: _pair(SCHEMA.location, _ref(c, e.venue)),
    "province": lambda c, e, _: _pair(SCHEMA.location, _ref(c, e.province)),
    "chair": lambda c, e, _: _pair(PH.chair, _ref(c, e.chair)),
    "programme": lambda c, e, _: _pair(PH.programme, _ref(c, e.programme)),
    "organizer": lambda c, e, key: _pair(SCHEMA.organizer, _ref(c, key)),
    "speaker": lambda c, e, key: _pair(PH.speaker, _ref(c, key)),
}


def event(ctx: ArticleContext, e: Event) -> None:
    iri = local_iri("event", ctx.ex.article.path, e.key)
    ctx.add(iri, RDF.type, SCHEMA.Event)
    ctx.add(iri, SCHEMA.name, th(e.name))
    ctx.add(iri, RDFS.label, th(e.name))
    facts = [EVENT_FACTS[name](ctx, e, "") for name in ("start", "end", "participants", "chair", "programme")]
    facts.append(EVENT_FACTS["venue"](ctx, e, "") or EVENT_FACTS["province"](ctx, e, ""))
    facts += [EVENT_FACTS["organizer"](ctx, e, k) for k in e.organizers]
    facts += [EVENT_FACTS["speaker"](ctx, e, k) for k in e.speakers]
    for fact in filter(None, facts):
        ctx.add(iri, *fact)
    ctx.mentioned(e.key, iri, e.mentions)
    for name, ev in e.evidence:
        event_evidence(ctx, iri, e, name, ev)


def event_evidence(ctx: ArticleContext, iri: URIRef, e: Event, name: str, ev: Evidence) -> None:
    """("organizer:org:2", ev) → evidence for the triple (event, schema:organizer, org).

    The reified statement stands even where the triple is not asserted: the
    province of an event held at a venue is reached through the venue, yet the
    article's words naming it are still evidence.
    """
    kind, _, key = name.partition(":")
    fact = EVENT_FACTS[kind](ctx, e, key) if kind in EVENT_FACTS else None
    if fact is not None:
        ctx.evidence.statement(iri, fact[0], fact[1], ev)


def article_graph(ex: Extraction) -> tuple[URIRef, Graph]:
    """The article's IRI (also its named graph's name) and its triples, as an rdflib Graph."""
    iri, triples = article_triples(ex)
    return iri, triples.graph()


def article_triples(ex: Extraction) -> tuple[URIRef, Triples]:
    """The article's IRI and its triples, without building a Graph (what the pipeline uses)."""
    ctx = ArticleContext(ex)
    article_node(ctx)
    for p in ex.persons:
        person(ctx, p)
    orgs.organizations(ctx)
    places.places(ctx)
    for p in ex.programmes:
        programme(ctx, p)
    for p in ex.posts:
        post(ctx, p)
    for e in ex.events:
        event(ctx, e)
    return ctx.article, ctx.g
