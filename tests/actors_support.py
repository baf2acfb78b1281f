"""Run the actor stage on one short text, as the pipeline would."""
from __future__ import annotations

from phakhi.recognise.actors import Actors, recognise_actors
from phakhi.records import Article
from phakhi.text.normalise import normalise_text
from phakhi.text.segment import segment


def actors_of(text: str) -> Actors:
    return recognise_actors(segment(Article("t.txt", "t.txt", normalise_text(text))))


def persons(text: str) -> set[tuple[str, str]]:
    """(title, name) of every person found."""
    return {(p.title, p.name) for p in actors_of(text).persons}


def orgs(text: str) -> dict[str, set[str]]:
    """Organisation name → its aliases."""
    return {o.name: set(o.aliases) for o in actors_of(text).organizations}


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(person name, role, organisation name or None) of every post found."""
    a = actors_of(text)
    names = {p.key: p.name for p in a.persons}
    org_names = {o.key: o.name for o in a.organizations}
    return {(names[p.person], p.role, org_names.get(p.organization)) for p in a.posts}


def units(text: str) -> set[tuple[str, str]]:
    a = actors_of(text)
    org_names = {o.key: o.name for o in a.organizations}
    return {(org_names[u.unit], org_names[u.parent]) for u in a.units}
