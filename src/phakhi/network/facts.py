"""Read what the views need from the RDF graph, once, into plain frozen records.

This is the only module of ``phakhi.network`` that knows vocabulary terms: the
projections work on ``Facts`` (entities with their labels, posts, articles and
evidence sentences, and typed links between them), never on triples.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rdflib import Graph, Literal, URIRef

from phakhi.network.evidence import Quote, read_quotes
from phakhi.rdf.namespaces import DCTERMS, FOAF, ONTOLOGY_IRI, ORG, PH, PROV, RDF, RDFS, SCHEMA, SKOS

# entity type → the RDF classes that make it, in order of precedence
ENTITY_TYPES: dict[str, tuple[URIRef, ...]] = {
    "event": (SCHEMA.Event,),
    "programme": (PH.Programme,),
    "person": (SCHEMA.Person, FOAF.Person),
    "organization": (ORG.Organization, ORG.OrganizationalUnit),
    "place": (SCHEMA.Place,),
}
# relation name → predicate linking two entities directly (subject → object)
RELATIONS: dict[str, URIRef] = {
    "unit of": ORG.unitOf,
    "part of": ORG.subOrganizationOf,
    "organised": SCHEMA.organizer,  # stored event → org; read org → event below
    "chaired": PH.chair,
    "spoke at": PH.speaker,
    "took place in": SCHEMA.location,
    "part of programme": PH.programme,
    "located in": SCHEMA.containedInPlace,
}
# relations whose triple points from the event to the actor: the link is read actor → event
_REVERSED = frozenset({"organised", "chaired", "spoke at"})
_PLACE_KINDS = (PH.Province, PH.District, PH.Subdistrict, PH.Village, PH.Region, PH.Venue, PH.Country)
_LABELS = (SKOS.prefLabel, RDFS.label, SCHEMA.name, FOAF.name, SKOS.altLabel, SCHEMA.alternateName)
_PREFERRED = frozenset({SKOS.prefLabel, RDFS.label, SCHEMA.name, FOAF.name})
# codes given by the gazetteer linking (refined model); plain IRIs so this reads graphs of either model
_CODES = (DCTERMS.identifier, SCHEMA.identifier, URIRef(ONTOLOGY_IRI + "dopaCode"), URIRef(ONTOLOGY_IRI + "iso3166Code"))


@dataclass(frozen=True)
class Entity:
    """One node candidate: what a tooltip says about it."""

    iri: str
    type: str  # a key of ENTITY_TYPES
    label: str  # the preferred display label
    labels_th: tuple[str, ...]
    labels_en: tuple[str, ...]
    articles: frozenset[str]  # IRIs of the articles mentioning it
    posts: tuple[str, ...] = ()  # "ผู้อำนวยการ, สำนักงานภาคใต้" for people; holders for organisations
    evidence: tuple[Quote, ...] = ()
    kind: str = ""  # place subtype (Province, Venue, …) or event date
    identifiers: tuple[str, ...] = ()  # codes (DOPA, ISO) and the IRI's last segment, for the map


@dataclass(frozen=True)
class Link:
    """A typed relation between two entities, read from one article when known."""

    source: str
    relation: str
    target: str
    article: str | None = None


@dataclass(frozen=True)
class Facts:
    entities: Mapping[str, Entity]
    links: tuple[Link, ...]
    province_of: Mapping[str, str]  # place IRI → IRI of the province it lies in (provinces map to themselves)
    articles: Mapping[str, str]  # article IRI → title (or identifier) for tooltips

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]


def is_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _types(graph: Graph) -> dict[URIRef, str]:
    found: dict[URIRef, str] = {}
    for kind, classes in ENTITY_TYPES.items():
        for cls in classes:
            for node in graph.subjects(RDF.type, cls):
                if isinstance(node, URIRef):
                    found.setdefault(node, kind)
    return found


def _thai_first(values: Iterable[Literal]) -> list[str]:
    """Literal values, Thai ones first, each group sorted: what a Thai reader expects to see first."""
    return [str(v).strip() for v in sorted(values, key=lambda v: (not is_thai(str(v)), str(v)))]


def _labels(graph: Graph, node: URIRef) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Preferred label (Thai when there is one), Thai labels, English and other Latin-script labels."""
    seen: dict[str, None] = {}
    preferred = []
    for pred in _LABELS:
        values = _thai_first(o for o in graph.objects(node, pred) if isinstance(o, Literal))
        seen.update((v, None) for v in values if v)
        if pred in _PREFERRED:
            preferred += [v for v in values if v]
    labels = list(seen)
    thai = tuple(v for v in labels if is_thai(v))
    english = tuple(v for v in labels if not is_thai(v))
    best = next((v for v in preferred if is_thai(v)), preferred[0] if preferred else "")
    return best or (labels[0] if labels else str(node).rsplit("/", 1)[-1]), thai, english


def _articles(graph: Graph) -> tuple[dict[str, str], dict[str, set[str]]]:
    titles: dict[str, str] = {}
    for article in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        title = graph.value(article, DCTERMS.title) or graph.value(article, DCTERMS.identifier)
        titles[str(article)] = str(title or article).strip()
    mentioned: dict[str, set[str]] = defaultdict(set)
    for article, thing in graph.subject_objects(SCHEMA.mentions):
        mentioned[str(thing)].add(str(article))
    return titles, mentioned


def _role(graph: Graph, post: URIRef) -> str:
    role = graph.value(post, ORG.role)
    labels = _thai_first(graph.objects(role, SKOS.prefLabel)) if role is not None else []
    return labels[0] if labels else next(iter(_thai_first(graph.objects(post, RDFS.label))), "")


def _posts(graph: Graph, types: Mapping[URIRef, str]) -> tuple[list[Link], dict[str, set[str]]]:
    """Links person → organisation ("holds post in"), and each side's post descriptions."""
    links, described = [], defaultdict(set)
    for post in graph.subjects(RDF.type, ORG.Post):
        person, org = graph.value(post, ORG.heldBy), graph.value(post, ORG.postIn)
        if person not in types:
            continue
        role, article = _role(graph, post), graph.value(post, PROV.wasDerivedFrom)
        org_label = _labels(graph, org)[0] if org in types else ""
        described[str(person)].add(", ".join(x for x in (role, org_label) if x))
        if org in types:
            described[str(org)].add(f"{role}: {_labels(graph, person)[0]}")
            links.append(Link(str(person), "holds post in", str(org), str(article) if article else None))
    return links, described


def _direct_links(graph: Graph, types: Mapping[URIRef, str]) -> list[Link]:
    links = []
    for relation, pred in RELATIONS.items():
        for s, o in graph.subject_objects(pred):
            if s in types and o in types and s != o:
                a, b = (o, s) if relation in _REVERSED else (s, o)
                links.append(Link(str(a), relation, str(b)))
    return links


def _provinces(graph: Graph, types: Mapping[URIRef, str]) -> dict[str, str]:
    """Each place's province, following schema:containedInPlace upwards."""
    provinces = {p for p in graph.subjects(RDF.type, PH.Province) if p in types}
    out: dict[str, str] = {}
    for place in (p for p, kind in types.items() if kind == "place"):
        node, seen = place, set()
        while node is not None and node not in provinces and node not in seen:
            seen.add(node)
            node = graph.value(node, SCHEMA.containedInPlace)
        if node in provinces:
            out[str(place)] = str(node)
    return out


def _kind(graph: Graph, node: URIRef, kind: str) -> str:
    if kind == "place":
        return next((str(k).rsplit("#", 1)[-1] for k in _PLACE_KINDS if (node, RDF.type, k) in graph), "")
    if kind == "event":
        return str(graph.value(node, SCHEMA.startDate) or "")
    return ""


def _identifiers(graph: Graph, node: URIRef) -> tuple[str, ...]:
    values = {str(o) for p in _CODES for o in graph.objects(node, p) if isinstance(o, Literal)}
    return tuple(sorted(values)) + (str(node).rsplit("/", 1)[-1],)


def read_facts(graph: Graph) -> Facts:
    """Everything the network views show, read from ``graph`` in one pass per predicate."""
    types = _types(graph)
    titles, mentioned = _articles(graph)
    quotes = read_quotes(graph, titles)
    post_links, described = _posts(graph, types)
    entities = {}
    for node, kind in sorted(types.items()):
        label, thai, english = _labels(graph, node)
        key = str(node)
        entities[key] = Entity(
            key, kind, label, thai, english, frozenset(mentioned.get(key, ())),
            tuple(sorted(described.get(key, ()))), quotes.get(key, ()), _kind(graph, node, kind),
            _identifiers(graph, node) if kind == "place" else (),
        )
    links = _sorted_links(post_links + _direct_links(graph, types))
    return Facts(MappingProxyType(entities), links, MappingProxyType(_provinces(graph, types)),
                 MappingProxyType(titles))


def _sorted_links(links: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(sorted(set(links), key=lambda k: (k.source, k.relation, k.target, k.article or "")))
