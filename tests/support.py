"""Helpers for tests: an Extraction built from a gold file, so later stages can be
tested on realistic records without depending on the extractor's accuracy."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from phakhi.gold import Gold, read_gold
from phakhi.ingest.read import read_path
from phakhi.rdf.convert import article_graph, bind_prefixes
from phakhi.records import (
    Article, Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, Programme, UnitOf,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _evidence(text: str, written: str, rule: str) -> tuple[Evidence, ...]:
    at = text.find(written)
    return (Evidence(at, at + len(written), written, rule, 1.0),) if at >= 0 else ()


def gold_extraction(article: Article, gold: Gold) -> Extraction:
    """The gold annotations of one article as an Extraction (optional entries included)."""
    text = article.text
    persons = tuple(
        Person(f"person:{i}", g.fields["name"], g.fields.get("title", ""),
               _evidence(text, g.fields["name"].split()[0], "gold"))
        for i, g in enumerate(gold.persons)
    )
    by_person = {p.name: p.key for p in persons}
    orgs = tuple(
        Organization(f"org:{i}", g.fields["name"], tuple(g.fields.get("aliases") or ()),
                     mentions=_evidence(text, g.fields["name"], "gold"))
        for i, g in enumerate(gold.organizations)
    )
    by_org = {o.name: o.key for o in orgs}
    units = tuple(
        UnitOf(by_org[g.fields["name"]], by_org[g.fields["parent"]])
        for g in gold.organizations if g.fields.get("parent") in by_org
    )
    provinces = tuple(
        Place(f"province:{i}", name, PlaceType.PROVINCE, name, mentions=_evidence(text, name, "gold"))
        for i, name in enumerate(gold.provinces)
    )
    by_province = {p.name: p.key for p in provinces}
    others = tuple(
        Place(f"place:{i}", g.fields["name"], PlaceType(g.fields["type"]), g.fields.get("province"),
              within=by_province.get(g.fields.get("province")), mentions=_evidence(text, g.fields["name"], "gold"))
        for i, g in enumerate(gold.places)
    )
    by_place = {p.name: p.key for p in others}
    programmes = tuple(
        Programme(f"programme:{i}", g.fields["name"], tuple(g.fields.get("aliases") or ()),
                  tuple(g.fields.get("activities") or ()), _evidence(text, g.fields["name"], "gold"))
        for i, g in enumerate(gold.programmes)
    )
    by_programme = {p.name: p.key for p in programmes}
    posts = tuple(
        Post(by_person[g.fields["person"]], g.fields["role"], by_org.get(g.fields.get("organization")),
             (_evidence(text, g.fields["role"], "gold") or (None,))[0])
        for g in gold.posts if g.fields["person"] in by_person
    )
    events = tuple(
        Event(
            f"event:{i}", f["name"], f.get("start"), f.get("end"), f.get("participants"),
            venue=by_place.get(f.get("venue") or ""), province=by_province.get(f.get("province") or ""),
            organizers=tuple(by_org[o] for o in f.get("organizers") or () if o in by_org),
            chair=by_person.get(f.get("chair") or ""),
            speakers=tuple(by_person[s] for s in f.get("speakers") or () if s in by_person),
            programme=by_programme.get(f.get("programme") or ""),
            mentions=_evidence(text, f["name"][:20], "gold"),
        )
        for i, f in enumerate(g.fields for g in gold.events)
    )
    return Extraction(article, persons, orgs, provinces + others, programmes, events, posts, units)


def seed_extractions(folder: Path = SEEDS) -> list[Extraction]:
    """Gold extractions of every article in ``folder``."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        (article,) = read_path(txt, root=folder)
        out.append(gold_extraction(article, read_gold(txt.with_name(txt.stem + ".gold.json"))))
    return out


def merged_graph(*extractions: Extraction) -> Graph:
    """The merged graph of these extractions, as the build's graph.ttl holds it."""
    graph = bind_prefixes(Graph())
    for ex in extractions:
        graph += article_graph(ex)[1]
    return graph
