"""The genre cases in tests/cases/*.json, as far as they concern persons, organisations and posts.

Each case is {id, covers, text, expect, forbid}; here only the actor parts are
checked: expected persons (with title), organisations (with aliases and parent)
and posts must be found; forbidden person and organisation names must not be.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from actors_support import actors_of
from phakhi.evaluate import org_key
from phakhi.text.normalise import squash

CASES_DIR = Path(__file__).parent / "cases"
ACTOR_KEYS = ("persons", "organizations", "posts")


def _cases() -> list[dict]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if any(k in case.get("expect", {}) or k in case.get("forbid", {}) for k in ACTOR_KEYS):
                cases.append(case)
    return cases


CASES = _cases()


class Found:
    """The actors read from one case text, indexed for comparison."""

    def __init__(self, text: str):
        a = actors_of(text)
        self.persons = {squash(p.name): p for p in a.persons}
        self.names = {p.key: p.name for p in a.persons}
        self.labels = {o.key: {org_key(x) for x in (o.name, *o.aliases)} for o in a.organizations}
        self.units = {(u.unit, u.parent) for u in a.units}
        self.posts = a.posts

    def org(self, name: str) -> str | None:
        return next((k for k, labels in self.labels.items() if org_key(name) in labels), None)

    def has_post(self, want: dict) -> bool:
        roles = {squash(r) for r in [want["role"], *want.get("role_alt", [])]}
        for post in self.posts:
            if squash(self.names[post.person]) != squash(want["person"]) or squash(post.role) not in roles:
                continue
            if want.get("organization") is None:
                return post.organization is None
            return post.organization is not None and org_key(want["organization"]) in self.labels[post.organization]
        return False


def _problems(case: dict) -> list[str]:
    found, expect, forbid = Found(case["text"]), case.get("expect", {}), case.get("forbid", {})
    problems = []
    for p in expect.get("persons", []):
        got = found.persons.get(squash(p["name"]))
        if got is None or ("title" in p and got.title != p["title"]):
            problems.append(f"person {p}")
    for o in expect.get("organizations", []):
        key = found.org(o["name"])
        if key is None or any(org_key(a) not in found.labels[key] for a in o.get("aliases", [])):
            problems.append(f"organisation {o}")
        elif o.get("parent") and (key, found.org(o["parent"])) not in found.units:
            problems.append(f"parent of {o}")
    problems += [f"post {p}" for p in expect.get("posts", []) if not found.has_post(p)]
    problems += [f"forbidden person {n}" for n in forbid.get("persons", []) if squash(n) in found.persons]
    problems += [f"forbidden organisation {n}" for n in forbid.get("organizations", []) if found.org(n)]
    return problems


@pytest.mark.skipif(not CASES, reason="tests/cases holds no actor cases")
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_actor_case(case):
    assert _problems(case) == [], case["covers"]
