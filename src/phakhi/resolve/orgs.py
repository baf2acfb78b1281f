"""Which organisation a written name is: one key for every form of the same body.

An organisation appears as its full name, its abbreviation (พอช.), a variant
spelling (with or without "(องค์การมหาชน)", with or without spaces and dots).
The key is computed from the article alone (gazetteer + normalisation rules),
never from other articles, so that parallel and incremental builds agree:

>>> org_key("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)") == org_key("สถาบันพัฒนาองค์กรชุมชน")
True
>>> identify("พอช", ()).label_th
'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from phakhi.data import data_rows
from phakhi.text.normalise import normalise_name

# Legal-form suffixes that do not change which body is meant.
_LEGAL_FORM = re.compile(r"\s*\(?\s*(องค์การมหาชน|องค์กรมหาชน|มหาชน)\s*\)?\s*$")
# Short forms of common words inside names, expanded for comparison only.
_SHORT_WORDS = (("สนง.", "สำนักงาน"), ("กระทรวงฯ", "กระทรวง"))
_THAI_SPACE = re.compile(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")


def display_name(name: str) -> str:
    """A written form made tidy for a label: spaces between Thai words closed up."""
    return _THAI_SPACE.sub("", normalise_name(name))


def org_key(name: str) -> str:
    """The comparison key: legal form, spaces, dots, brackets and hyphens dropped."""
    text = normalise_name(name)
    for short, full in _SHORT_WORDS:
        text = text.replace(short, full)
    text = _LEGAL_FORM.sub("", text)
    return re.sub(r"[\s.()\-–]", "", text).casefold()


@dataclass(frozen=True)
class Agency:
    """A known agency from the packaged gazetteer (data/agencies.csv)."""

    name_th: str
    abbr_th: tuple[str, ...] = ()
    name_en: str | None = None
    abbr_en: tuple[str, ...] = ()
    parent_th: str | None = None
    wikidata: str | None = None

    @property
    def key(self) -> str:
        return org_key(self.name_th)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@cache
def agencies() -> dict[str, Agency]:
    """Every written form of every known agency (key of the form → agency)."""
    try:
        rows = data_rows("agencies.csv")
    except FileNotFoundError:  # the gazetteer is optional: normalisation still merges variants
        return {}
    out: dict[str, Agency] = {}
    for row in rows:
        agency = Agency(row["name_th"].strip(), _split(row.get("abbr_th")), (row.get("name_en") or "").strip() or None,
                        _split(row.get("abbr_en")), (row.get("parent_th") or "").strip() or None,
                        (row.get("wikidata_qid") or "").strip() or None)
        for form in (agency.name_th, *agency.abbr_th, *filter(None, [agency.name_en]), *agency.abbr_en):
            out.setdefault(org_key(form), agency)
    return out


@dataclass(frozen=True)
class OrgIdentity:
    """Who an organisation is across articles, and how to label it."""

    key: str  # global identity key (for the IRI)
    label_th: str  # the one preferred Thai label
    forms: tuple[str, ...]  # every written form seen in the article, as written
    agency: Agency | None = None


def identify(name: str, aliases: tuple[str, ...]) -> OrgIdentity:
    """The identity of an organisation written ``name`` (and ``aliases``) in one article."""
    forms = tuple(dict.fromkeys(normalise_name(f) for f in (name, *aliases) if f.strip()))
    known = agencies()
    agency = next((known[k] for k in map(org_key, forms) if k in known), None)
    if agency is not None:
        return OrgIdentity(agency.key, agency.name_th, forms, agency)
    return OrgIdentity(org_key(name), display_name(_LEGAL_FORM.sub("", normalise_name(name))) or name, forms)


def unit_key(unit: OrgIdentity, parent_key: str | None) -> str:
    """A unit not in the gazetteer is named within its parent: สำนักงานภาคใต้ of one body ≠ of another."""
    if unit.agency is not None or parent_key is None:
        return unit.key
    return f"{parent_key}/{unit.key}"
