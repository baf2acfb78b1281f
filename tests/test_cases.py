"""Short genre texts with expected extractions (tests/cases/*.json).

Each case lists what must be found ("expect") and what must not ("forbid"), per
category, compared the way docs/annotation.md scores them. Categories a case does
not mention are not checked.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from phakhi.evaluate import name_key, org_key, programme_same
from phakhi.extract import extract
from phakhi.records import Article, Extraction, PlaceType
from phakhi.text.normalise import normalise_name, normalise_text

CASE_DIR = Path(__file__).parent / "cases"
CASES = [
    case
    for path in sorted(CASE_DIR.glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]
# Cases the extractor is known to miss, with the reason; strict, so a fix is noticed.
KNOWN_MISSES: dict[str, str] = {}


def _labels(ex: Extraction) -> dict[str, set[str]]:
    return {o.key: {org_key(o.name), *map(org_key, o.aliases)} for o in ex.organizations}


def _find_org(ex: Extraction, name: str) -> str | None:
    return next((k for k, labels in _labels(ex).items() if org_key(name) in labels), None)


def check_persons(ex, expected):
    found = {name_key(p.name): p for p in ex.persons}
    for item in expected:
        person = found.get(name_key(item["name"]))
        assert person is not None, f"person {item['name']} not found in {sorted(found)}"
        if "title" in item:
            assert normalise_name(person.title) == normalise_name(item["title"]), f"title of {item['name']}: {person.title!r}"


def check_organizations(ex, expected):
    for item in expected:
        key = _find_org(ex, item["name"])
        assert key is not None, f"organisation {item['name']} not found in {[o.name for o in ex.organizations]}"
        for alias in item.get("aliases") or ():
            assert org_key(alias) in _labels(ex)[key], f"{alias} is not a label of {item['name']}"
        if item.get("parent"):
            parent = _find_org(ex, item["parent"])
            assert any(u.unit == key and u.parent == parent for u in ex.units), f"{item['name']} not unit of {item['parent']}"


def check_posts(ex, expected):
    persons = {p.key: name_key(p.name) for p in ex.persons}
    labels = _labels(ex)
    posts = [(persons.get(p.person), name_key(p.role), labels.get(p.organization, set())) for p in ex.posts]
    for item in expected:
        roles = {name_key(r) for r in [item["role"], *(item.get("role_alt") or [])]}
        matches = [p for p in posts if p[0] == name_key(item["person"]) and p[1] in roles]
        assert matches, f"post {item['person']} / {item['role']} not in {posts}"
        if item.get("organization"):
            assert any(org_key(item["organization"]) in p[2] for p in matches), \
                f"post {item['person']} / {item['role']} not in {item['organization']}: {matches}"
        elif "organization" in item:
            assert any(not p[2] for p in matches), f"post {item['person']} / {item['role']} has an organisation"


def check_provinces(ex, expected):
    found = {p.name for p in ex.places if p.type is PlaceType.PROVINCE}
    assert set(expected) <= found, f"provinces {sorted(set(expected) - found)} missing from {sorted(found)}"


def check_places(ex, expected):
    for item in expected:
        ok = [p for p in ex.places if name_key(p.name) == name_key(item["name"]) and p.type.value == item["type"]]
        assert ok, f"{item['type']} {item['name']} not in {[(p.name, p.type.value) for p in ex.places]}"
        if item.get("province"):
            assert any(p.province == item["province"] for p in ok), f"{item['name']} not in {item['province']}"


def check_programmes(ex, expected):
    for item in expected:
        assert any(
            programme_same(label, item["name"]) for p in ex.programmes for label in (p.name, *p.aliases)
        ), f"programme {item['name']} not in {[p.name for p in ex.programmes]}"


def check_events(ex, expected):
    events = [(e.start, e.end, e.participants) for e in ex.events]
    for item in expected:
        assert any(
            all(item.get(f) is None or item[f] == v for f, v in zip(("start", "end", "participants"), e))
            for e in events
        ), f"event {item} not in {events}"


CHECKS = {
    "persons": check_persons, "organizations": check_organizations, "posts": check_posts,
    "provinces": check_provinces, "places": check_places, "programmes": check_programmes,
    "events": check_events,
}


def forbidden(ex: Extraction, category: str) -> set:
    """What the extraction holds in a category, in the form "forbid" lists use."""
    if category == "persons":
        return {name_key(p.name) for p in ex.persons}
    if category == "organizations":
        return set().union(*_labels(ex).values()) if ex.organizations else set()
    if category == "provinces":
        return {p.name for p in ex.places if p.type is PlaceType.PROVINCE}
    if category == "programmes":
        return {label for p in ex.programmes for label in (p.name, *p.aliases)}
    if category == "participants":
        return {e.participants for e in ex.events}
    if category == "places":
        return {name_key(p.name) for p in ex.places}
    raise KeyError(category)


def _forbid_key(category: str, value):
    if category == "organizations":
        return org_key(value)
    if category in ("persons", "places"):
        return name_key(value)
    return value


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_case(case, request):
    if case["id"] in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[case["id"]], strict=True))
    text = normalise_text(case["text"])
    ex = extract(Article(id=f"{case['id']}.txt", path=f"{case['id']}.txt", text=text))
    for category, expected in (case.get("expect") or {}).items():
        CHECKS[category](ex, expected)
    for category, values in (case.get("forbid") or {}).items():
        held = forbidden(ex, category)
        if category == "programmes":
            clash = [v for v in values if any(programme_same(v, h) for h in held)]
        else:
            clash = [v for v in values if _forbid_key(category, v) in held]
        assert not clash, f"{category} must not hold {clash}"


def test_there_are_enough_cases():
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES), "case ids are unique"
