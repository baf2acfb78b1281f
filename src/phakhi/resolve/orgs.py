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
    """Every unambiguous written form of every known agency (key of the form → agency).

    A form that names two agencies (สช. is both the national health commission
    office and the private education office) identifies neither: it is left out.
    """
    try:
        rows = data_rows("agencies.csv")
    except FileNotFoundError:  # the gazetteer is optional: normalisation still merges variants
        return {}
    out: dict[str, Agency] = {}
    ambiguous: set[str] = set()
    for row in rows:
        agency = _agency(row)
        for key in {org_key(f) for f in (agency.name_th, *agency.abbr_th, agency.name_en or "", *agency.abbr_en) if f}:
            if key in out and out[key].name_th != agency.name_th:
                ambiguous.add(key)
            out.setdefault(key, agency)
    return {k: v for k, v in out.items() if k not in ambiguous}


def _agency(row: dict[str, str]) -> Agency:
    def cell(name: str) -> str | None:
        return (row.get(name) or "").strip() or None

    return Agency(row["name_th"].strip(), _split(row.get("abbr_th")), cell("name_en"), _split(row.get("abbr_en")),
                  cell("parent_th"), cell("wikidata_qid"))


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


def canonical_key(name: str, depth: int = 0) -> str:
    """The global key of a body written ``name``, placed under its gazetteer parent if it has one."""
    return scoped(identify(name, ()), None, depth)[0]


def scoped(who: OrgIdentity, parent_key: str | None, depth: int = 0) -> tuple[str, OrgIdentity]:
    """The key of ``who`` placed under its parent, and its identity as used there.

    Units are named within their parent: สำนักงานภาคใต้ of พอช. is not สำนักงานภาคใต้
    of another body. The parent is the one the article states, else the one the
    gazetteer gives; an article that puts a known unit under another parent
    speaks of another body, so the gazetteer entry is dropped.
    """
    known = who.agency.parent_th if who.agency else None
    known_key = canonical_key(known, depth + 1) if known and depth < 5 else None
    if parent_key is not None and known_key is not None and parent_key != known_key:
        who = OrgIdentity(org_key(who.forms[0]), display_name(who.forms[0]), who.forms)
    parent = parent_key if parent_key is not None else known_key
    return (f"{parent}/{who.key}" if parent and parent != who.key else who.key), who
