"""Unit-of: organisations written side by side, the more specific one a unit of the other.

``ผู้อำนวยการส่วนงานภาคประชาสังคม กบย. ศอ.บต.`` is a chain of three names with only
spaces between them; by rank (section 4 › division 3 › body 1) each is a unit of
the next. A body named inside a committee's name is that committee's parent
(``คณะทำงานขบวนองค์กรชุมชนจังหวัดอุดรธานี`` → ``ขบวนองค์กรชุมชนจังหวัดอุดรธานี``).
"""
from __future__ import annotations

import re

from phakhi.recognise.orgs import OrgMention

_GAP = re.compile(r"\s?(?:\([^()]{1,25}\)\s?)?")


def chains(text: str, mentions: list[OrgMention]) -> list[list[OrgMention]]:
    """Runs of organisation mentions with nothing but a space (or an abbreviation) between."""
    runs: list[list[OrgMention]] = []
    for m in sorted((m for m in mentions if not m.template and not _definition(text, m)),
                    key=lambda m: m.start):
        if runs and _adjacent(text, runs[-1][-1], m):
            runs[-1].append(m)
        elif not runs or m.start >= runs[-1][-1].end:
            runs.append([m])
    return runs


def _definition(text: str, m: OrgMention) -> bool:
    """An abbreviation in brackets right after its name is part of the gap, not a link."""
    return m.rule == "org.abbreviation-defined" and text[:m.start].rstrip().endswith(("(", "หรือ", '"', "“"))


def _adjacent(text: str, a: OrgMention, b: OrgMention) -> bool:
    if b.start < a.end:
        return False
    gap = _GAP.fullmatch(text, a.end, b.start)
    return gap is not None and "\n" not in text[a.end:b.start]


def chain_after(text: str, mentions: list[OrgMention], start: int, end: int) -> list[OrgMention]:
    """The chain that begins right after ``end`` (one space allowed) or inside [start, end]."""
    for run in chains(text, mentions):
        first = run[0]
        if start + 2 <= first.start <= end + 1 and first.end >= end and not text[end:first.start].strip():
            return run
    return []


def most_specific(run: list[OrgMention]) -> OrgMention:
    """The unit a post is held in: the highest rank in the chain, the first on a tie."""
    first = run[0]
    if first.rank is None:
        return first
    ranked = [m for m in run if m.rank is not None]
    return max(ranked, key=lambda m: (m.rank, -m.start))


def unit_pairs(text: str, mentions: list[OrgMention]) -> list[tuple[OrgMention, OrgMention]]:
    """(unit, parent) pairs read from chains and from bodies named inside committees."""
    pairs = []
    for run in chains(text, mentions):
        for a, b in zip(run, run[1:]):
            if a.rank is None or b.rank is None or a.rank == b.rank:
                continue
            pairs.append((a, b) if a.rank > b.rank else (b, a))
    for m in mentions:
        pairs.extend((m, inner) for inner in m.inner)
    return pairs
