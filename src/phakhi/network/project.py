"""Projections of the graph's ``Facts`` into NetworkX graphs, one per view.

Every node carries the attributes a tooltip needs (``type``, ``label``,
``labels_th``, ``labels_en``, ``posts``, ``articles``, ``evidence``, ``kind``);
every edge ``relation`` (what links the two), ``weight`` (how many distinct
events, programmes or articles support it), ``articles`` and ``via`` (the names
of the shared events, programmes or articles, so an edge explains itself).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import networkx as nx
from rdflib import Graph

from phakhi.network.facts import Entity, Facts, Link, read_facts


def _add_node(g: nx.Graph, e: Entity) -> None:
    g.add_node(e.iri, type=e.type, label=e.label, labels_th=e.labels_th, labels_en=e.labels_en,
               posts=e.posts, articles=len(e.articles), evidence=e.evidence, kind=e.kind)


MAX_VIA = 6  # names kept per edge: enough to explain it, small enough for a tooltip


def _add_edge(g: nx.Graph, a: str, b: str, relation: str, weight: int, articles: int,
              via: Iterable[str] = ()) -> None:
    if g.has_edge(a, b):
        data = g.edges[a, b]
        relations = sorted(set(data["relation"].split("; ")) | {relation})
        data.update(relation="; ".join(relations), weight=max(data["weight"], weight),
                    articles=max(data["articles"], articles), via=tuple(sorted(set(data["via"]) | set(via)))[:MAX_VIA])
    else:
        g.add_edge(a, b, relation=relation, weight=weight, articles=articles, via=tuple(sorted(set(via)))[:MAX_VIA])


def _labels(facts: Facts, iris: Iterable[str]) -> list[str]:
    return [facts.entities[i].label if i in facts.entities else facts.articles.get(i, i) for i in iris]


def _shared(facts: Facts, a: str, b: str) -> frozenset[str]:
    return facts.entities[a].articles & facts.entities[b].articles


def actors(facts: Facts) -> nx.DiGraph:
    """Persons, organisations, programmes, events and places with typed, directed edges."""
    g = nx.DiGraph()
    for e in facts.entities.values():
        _add_node(g, e)
    support: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in facts.links:
        support[link.source, link.target] |= {link.article} if link.article else _shared(facts, link.source, link.target)
    for link in facts.links:
        n = len(support[link.source, link.target])
        _add_edge(g, link.source, link.target, link.relation, max(n, 1), n,
                  _labels(facts, support[link.source, link.target]))
    return g


def _links(facts: Facts, *relations: str) -> Iterable[Link]:
    return (k for k in facts.links if k.relation in relations)


def _orgs_of_people(facts: Facts) -> dict[str, set[str]]:
    held: dict[str, set[str]] = defaultdict(set)
    for link in _links(facts, "holds post in"):
        held[link.source].add(link.target)
    return held


def _event_participants(facts: Facts) -> dict[str, set[str]]:
    """Event → organisations that organised it or whose post holders chaired or spoke at it."""
    held, taking_part = _orgs_of_people(facts), defaultdict(set)
    for link in _links(facts, "organised", "chaired", "spoke at"):
        if facts.entities[link.source].type == "organization":
            taking_part[link.target].add(link.source)
        else:
            taking_part[link.target] |= held.get(link.source, set())
    return taking_part


def _pairs(members: set[str]) -> Iterable[tuple[str, str]]:
    ordered = sorted(members)
    return ((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])


def orgs(facts: Facts) -> nx.Graph:
    """Organisations, linked when they organised or took part in the same event or programme."""
    g = nx.Graph()
    for e in facts.of_type("organization"):
        _add_node(g, e)
    programme_of = {k.source: k.target for k in _links(facts, "part of programme")}
    events, programmes = defaultdict(set), defaultdict(set)
    for event, members in _event_participants(facts).items():
        for pair in _pairs(members):
            events[pair].add(event)
            if event in programme_of:
                programmes[pair].add(programme_of[event])
    for (a, b), shared in sorted(events.items()):
        articles = set().union(*(facts.entities[x].articles for x in shared | programmes[a, b]))
        weight = len(shared) + len(programmes[a, b] - {programme_of.get(x) for x in shared})
        _add_edge(g, a, b, "took part in the same event or programme", weight, len(articles),
                  _labels(facts, shared | programmes[a, b]))
    return g


def people(facts: Facts) -> nx.Graph:
    """Persons with the organisations they hold posts in, and with each other through shared events."""
    g = nx.Graph()
    for e in facts.of_type("person"):
        _add_node(g, e)
    posts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in _links(facts, "holds post in"):
        posts[link.source, link.target].add(link.article or "")
    for (person, org), articles in sorted(posts.items()):
        _add_node(g, facts.entities[org])
        _add_edge(g, person, org, "holds post in", len(articles), len(articles - {""}), _labels(facts, articles - {""}))
    at_event: dict[str, set[str]] = defaultdict(set)
    for link in _links(facts, "chaired", "spoke at"):
        at_event[link.target].add(link.source)
    met: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event, persons in at_event.items():
        for pair in _pairs(persons):
            met[pair].add(event)
    for (a, b), shared in sorted(met.items()):
        _add_edge(g, a, b, "at the same event", len(shared), len(shared), _labels(facts, shared))
    return g


def _activity_places(facts: Facts) -> dict[str, set[str]]:
    """Organisation or programme → provinces of the events it organised or that belong to it."""
    located = {k.source: facts.province_of[k.target] for k in _links(facts, "took place in")
               if k.target in facts.province_of}
    active: dict[str, set[str]] = defaultdict(set)
    for link in _links(facts, "organised"):
        if link.target in located:
            active[link.source].add(located[link.target])
    for link in _links(facts, "part of programme"):
        if link.source in located:
            active[link.target].add(located[link.source])
    return active


def places(facts: Facts) -> nx.Graph:
    """Organisations and programmes linked to the provinces they are active in or written about with."""
    g = nx.Graph()
    provinces_in: dict[str, set[str]] = defaultdict(set)  # article → provinces it mentions
    for place, province in facts.province_of.items():
        for article in facts.entities[place].articles:
            provinces_in[article].add(province)
    by_events = _activity_places(facts)
    for actor in facts.of_type("organization", "programme"):
        support: dict[str, set[str]] = defaultdict(set)
        for article in actor.articles:
            for province in provinces_in.get(article, ()):
                support[province].add(article)
        for province in sorted(set(support) | by_events.get(actor.iri, set())):
            relation = "active in" if province in by_events.get(actor.iri, ()) else "written about with"
            _add_node(g, actor)
            _add_node(g, facts.entities[province])
            n = len(support[province])
            _add_edge(g, actor.iri, province, relation, max(n, 1), n, _labels(facts, support[province]))
    return g


VIEWS: dict[str, Callable[[Facts], nx.Graph]] = {
    "actors": actors, "orgs": orgs, "people": people, "places": places,
}


def project(graph: Graph | Facts, view: str = "actors") -> nx.Graph:
    """The NetworkX graph of ``view`` (a key of ``VIEWS``) for an RDF graph or its facts."""
    facts = graph if isinstance(graph, Facts) else read_facts(graph)
    return VIEWS[view](facts)
