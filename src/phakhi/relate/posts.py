"""Posts: a person, the role written right after the name, and the organisation with it.

``นายธนภณ เมืองเฉลิม ผู้อำนวยการสำนักงานภาคใต้`` → (ธนภณ, ผู้อำนวยการ, สำนักงานภาคใต้).
The organisation is the most specific one in the chain written after the role
(a unit before its parent body); none when the role stands alone or names only
a place (``ผู้ว่าราชการจังหวัดศรีสะเกษ``). Roles written one after another, or an
acting post (``… รักษาราชการแทนพัฒนาการจังหวัดจันทบุรี``), give one post each.
"""
from __future__ import annotations

from dataclasses import dataclass

from phakhi.recognise.orgs import OrgMention
from phakhi.recognise.persons import PersonMention
from phakhi.recognise.roles import ORG_FUSED, RoleMatch, match_role
from phakhi.relate.units import chain_after, most_specific

_FUSING_KINDS = frozenset({"local government", "local government type", "ministry"})
# Roles whose body is named by a different word (นายกเทศมนตรีตำบล X → เทศบาลตำบล X).
_BODY_OF_ROLE = {"นายกเทศมนตรี": "เทศบาล", "นายกเทศมนตรีตำบล": "เทศบาลตำบล",
                 "นายกเทศมนตรีเมือง": "เทศบาลเมือง", "นายกเทศมนตรีนคร": "เทศบาลนคร"}
MAX_ROLES = 3


@dataclass(frozen=True)
class PostReading:
    person: PersonMention
    role: str
    org: OrgMention | None
    body_name: str | None  # a body the role names indirectly, to look up by name
    start: int
    end: int
    rule: str
    confidence: float


def read_posts(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[PostReading]:
    """Every post written after a person mention."""
    readings = []
    starts = {p.start for p in persons}
    for person in persons:
        pos = person.end
        for _ in range(MAX_ROLES):
            role = match_role(text, pos)
            if role is None or role.start > pos + 1 or role.start in starts:
                break
            reading = _reading(text, person, role, orgs)
            readings.append(reading)
            pos = reading.end
    return readings


def _reading(text: str, person: PersonMention, role: RoleMatch, orgs: list[OrgMention]) -> PostReading:
    run = chain_after(text, orgs, role.start, role.end)
    title = role.role
    if not run:
        body = _body_named_by(text, role)
        rule = "post.name-role"
        return PostReading(person, title, None, body, person.start, role.end, rule, 0.85 if role.end > role.start else 0.6)
    org = most_specific(run)
    first = run[0]
    if role.head in ORG_FUSED and first.kind in _FUSING_KINDS and first.start >= role.end:
        title = role.role + text[role.end:first.start] + first.head
    end = max(m.end for m in run)
    return PostReading(person, title, org, None, person.start, end, "post.name-role-org", 0.85)


def _body_named_by(text: str, role: RoleMatch) -> str | None:
    written = text[role.start:role.end]
    for role_word, body in sorted(_BODY_OF_ROLE.items(), key=lambda kv: -len(kv[0])):
        at = written.find(role_word)
        if at != -1:
            return body + written[at + len(role_word):]
    return None
