"""Persons, organisations, the posts linking them, and units of organisations.

The actor stages in order: person mentions → organisation mentions (person names
excluded) → in-article identity (resolve.coref) → posts and unit-of (relate).
Every entity carries each body mention as Evidence; keys are ``person:N`` and
``org:N`` in order of first mention.
"""
from __future__ import annotations

from dataclasses import dataclass

from phakhi.records import Evidence, Organization, Person, Post, UnitOf
from phakhi.recognise.orgs import OrgMention, find_orgs
from phakhi.recognise.persons import PersonMention, find_persons
from phakhi.recognise.roles import match_role
from phakhi.relate.posts import read_posts
from phakhi.relate.units import unit_pairs
from phakhi.resolve.coref import OrgGroup, group_orgs, group_persons, org_key
from phakhi.text.segment import Document


@dataclass(frozen=True)
class Actors:
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    posts: tuple[Post, ...] = ()
    units: tuple[UnitOf, ...] = ()


def recognise_actors(doc: Document) -> Actors:
    """Persons with titles, organisations with aliases, posts and unit-of relations."""
    text = doc.text
    person_mentions = find_persons(doc)
    org_mentions = [m for m in find_orgs(doc, [(p.start, p.end) for p in person_mentions])
                    if not _a_title_after_a_name(text, m, person_mentions)]
    people = group_persons(doc, person_mentions, [(o.start, o.end) for o in org_mentions])
    orgs = group_orgs(org_mentions, doc.zones[0].end if len(doc.zones) > 1 else 0)
    persons = tuple(
        Person(f"person:{i}", g.name, g.title, tuple(_evidence(text, m.start, m.end, m.rule, m.confidence)
                                                      for m in g.mentions))
        for i, g in enumerate(people, 1)
    )
    organizations = tuple(
        Organization(f"org:{i}", g.name, g.aliases, g.kind,
                     tuple(_evidence(text, m.start, m.end, m.rule, m.confidence) for m in g.mentions))
        for i, g in enumerate(orgs, 1)
    )
    org_of = _org_index(orgs, organizations)
    person_of = {m.start: p.key for g, p in zip(people, persons) for m in g.mentions}
    every_mention = sorted((m for g in people for m in g.mentions), key=lambda m: m.start)
    return Actors(persons, organizations, _posts(text, every_mention, org_mentions, person_of, org_of),
                  _units(text, org_mentions, org_of))


def _a_title_after_a_name(text: str, m: OrgMention, persons: list[PersonMention]) -> bool:
    """``นางนวลจันทร์ เพ็งแก้ว พมจ.อ่างทอง``: an office's abbreviation that is also a title, right after a
    name, is the person's title (พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด), not the office."""
    if not m.rule.startswith("org.abbreviation") or not any(p.end <= m.start <= p.end + 1 for p in persons):
        return False
    role = match_role(text, m.start)
    return role is not None and role.start == m.start and role.end >= m.start + len(m.head)


def _evidence(text: str, start: int, end: int, rule: str, confidence: float) -> Evidence:
    return Evidence(start, end, text[start:end], rule, confidence)


def _org_index(groups: list[OrgGroup], organizations: tuple[Organization, ...]) -> dict:
    """Organisation key by mention start, and by comparison key of each label."""
    index: dict = {}
    for g, org in zip(groups, organizations):
        for m in g.mentions:
            index[("at", m.start, m.end)] = org.key
        for label in (g.name, *g.aliases):
            index.setdefault(("name", org_key(label)), org.key)
    return index


def _posts(text: str, persons, orgs: list[OrgMention], person_of: dict, org_of: dict) -> tuple[Post, ...]:
    posts, seen = [], set()
    for r in read_posts(text, persons, orgs):
        person = person_of.get(r.person.start)
        if person is None:
            continue
        org = org_of.get(("at", r.org.start, r.org.end)) if r.org else None
        if org is None and r.body_name:
            org = org_of.get(("name", org_key(r.body_name))) or _only_of_type(org_of, r.body_name)
        if (person, r.role, org) in seen:
            continue
        seen.add((person, r.role, org))
        posts.append(Post(person, r.role, org, _evidence(text, r.start, r.end, r.rule, r.confidence)))
    return tuple(posts)


def _only_of_type(org_of: dict, body: str) -> str | None:
    """``นายกเทศมนตรี`` with no place: the one municipality the article names, if only one."""
    prefix = org_key(body)
    keys = {key for (what, *label), key in org_of.items() if what == "name" and label[0].startswith(prefix)}
    return keys.pop() if len(keys) == 1 and len(prefix) >= 5 else None


def _units(text: str, orgs: list[OrgMention], org_of: dict) -> tuple[UnitOf, ...]:
    units, seen = [], set()
    for unit, parent in unit_pairs(text, orgs):
        u, p = org_of.get(("at", unit.start, unit.end)), org_of.get(("at", parent.start, parent.end))
        if u is None or p is None or u == p or (u, p) in seen or (p, u) in seen:
            continue
        seen.add((u, p))
        start, end = min(unit.start, parent.start), max(unit.end, parent.end)
        units.append(UnitOf(u, p, _evidence(text, start, end, "unit.written-together", 0.8)))
    return tuple(units)
