"""Which position a written role title is: ผอ. and ผู้อำนวยการ are one role.

Roles form a SKOS concept scheme; the packaged data/roles.csv gives the full
Thai title, its abbreviations and an English name. A title not listed there is
its own role, keyed by its normalised written form.

>>> identify_role("ผวจ.").label_th
'ผู้ว่าราชการจังหวัด'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from phakhi.data import data_rows
from phakhi.resolve.orgs import display_name, org_key


@dataclass(frozen=True)
class RoleIdentity:
    key: str
    label_th: str
    abbr_th: tuple[str, ...] = ()
    label_en: str | None = None


@cache
def _roles() -> dict[str, RoleIdentity]:
    try:
        rows = data_rows("roles.csv")
    except FileNotFoundError:  # optional gazetteer: unknown roles are still keyed by their form
        return {}
    out: dict[str, RoleIdentity] = {}
    for row in rows:
        full = row["role_th"].strip()
        abbrs = tuple(a.strip() for a in (row.get("abbr_th") or "").split("|") if a.strip())
        role = RoleIdentity(org_key(full), full, abbrs, (row.get("name_en") or "").strip() or None)
        for form in (full, *abbrs):
            out.setdefault(org_key(form), role)
    return out


def identify_role(written: str) -> RoleIdentity:
    """The role concept of a position title as written in an article."""
    key = org_key(written)
    return _roles().get(key) or RoleIdentity(key, display_name(written))
