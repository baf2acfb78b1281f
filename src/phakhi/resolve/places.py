"""Linking places to the official gazetteers: DOPA codes, ISO 3166-2, Wikidata, GeoNames.

A place name alone is ambiguous (อำเภอเมือง exists in every province, many
tambon names repeat), so districts and subdistricts are linked only inside the
province the article names. Everything here is plain data; the RDF stage turns
a ``Link`` into triples.

>>> province("พัทลุง").code
'93'
>>> district("เมือง", "93").name_th
'เมืองพัทลุง'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from phakhi.data import data_rows
from phakhi.records import Place, PlaceType
from phakhi.text.normalise import squash


@dataclass(frozen=True)
class Link:
    """One gazetteer entry: what identifies a place officially and where it lies."""

    kind: str  # Province, District, Subdistrict, Region or Country
    code: str  # DOPA code; for regions and countries a short stable slug
    name_th: str
    name_en: str
    parent: Link | None = None  # the next level up: subdistrict → district → province → region → country
    iso: str | None = None  # ISO 3166-2 (provinces) or ISO 3166-1 (country)
    wikidata: str | None = None  # Q-id
    geonames: str | None = None  # GeoNames id
    lat: str | None = None
    lon: str | None = None

    def chain(self) -> tuple[Link, ...]:
        """This entry and every entry it lies in, innermost first."""
        out: list[Link] = []
        link: Link | None = self
        while link is not None:
            out.append(link)
            link = link.parent
        return tuple(out)


THAILAND = Link("Country", "TH", "ไทย", "Thailand", iso="TH", wikidata="Q869", geonames="1605651")
_COUNTRY_NAMES = frozenset({"ไทย", "ประเทศไทย", "ราชอาณาจักรไทย"})


def _key(name: str) -> str:
    """Comparison key of a place name: no spaces, no ฯ, no trailing dot."""
    return squash(name).replace("ฯ", "").rstrip(".")


@cache
def _regions() -> dict[str, Link]:
    rows = data_rows("th_provinces.csv")
    return {
        _key(r["region6_th"]): Link("Region", r["region6_en"].lower(), r["region6_th"], r["region6_en"], THAILAND)
        for r in rows
    }


@cache
def _provinces() -> dict[str, Link]:
    out: dict[str, Link] = {}
    regions = _regions()
    for r in data_rows("th_provinces.csv"):
        link = Link(
            "Province", r["province_code"], r["name_th"], r["name_en"], regions[_key(r["region6_th"])],
            iso=r["iso_3166_2"] or None, wikidata=r["wikidata_qid"] or None, geonames=r["geonames_id"] or None,
            lat=r["centroid_lat"] or None, lon=r["centroid_lon"] or None,
        )
        for name in (r["name_th"], r["abbr_th"], r["province_code"]):
            if name:
                out.setdefault(_key(name), link)
    out.setdefault(_key("กรุงเทพ"), out[_key("กรุงเทพมหานคร")])
    return out


@cache
def _districts() -> dict[tuple[str, str], Link]:
    provinces = {link.code: link for link in _provinces().values()}
    out: dict[tuple[str, str], Link] = {}
    for r in data_rows("th_districts.csv"):
        province_link = provinces[r["province_code"]]
        link = Link("District", r["district_code"], r["name_th"], r["name_en"], province_link,
                    wikidata=r["wikidata_qid"] or None, lat=r["centroid_lat"] or None, lon=r["centroid_lon"] or None)
        out[(r["province_code"], _key(r["name_th"]))] = link
        if r["name_th"].startswith("เมือง"):  # อำเภอเมือง + the province: "เมือง" alone names it too
            out.setdefault((r["province_code"], _key("เมือง")), link)
    return out


@cache
def _subdistricts() -> dict[tuple[str, str], tuple[Link, ...]]:
    districts = {link.code: link for link in _districts().values()}
    out: dict[tuple[str, str], tuple[Link, ...]] = {}
    for r in data_rows("th_subdistricts.csv"):
        link = Link("Subdistrict", r["subdistrict_code"], r["name_th"], r["name_en"], districts[r["district_code"]],
                    lat=r["centroid_lat"] or None, lon=r["centroid_lon"] or None)
        key = (r["province_code"], _key(r["name_th"]))
        out[key] = out.get(key, ()) + (link,)
    return out


def province(name: str | None) -> Link | None:
    """The province written ``name`` (Thai name, abbreviation or DOPA code)."""
    return _provinces().get(_key(name)) if name else None


def region(name: str) -> Link | None:
    """One of the six regions (ภาคใต้ …); other groupings are not official and stay unlinked."""
    return _regions().get(_key(name))


def country(name: str) -> Link | None:
    return THAILAND if _key(name) in _COUNTRY_NAMES else None


def district(name: str, province_code: str | None) -> Link | None:
    """The district ``name`` in the given province; None without a province."""
    if not province_code:
        return None
    return _districts().get((province_code, _key(name)))


def subdistrict(name: str, province_code: str | None, district_code: str | None = None) -> Link | None:
    """The subdistrict ``name`` in the province (and district, when the name repeats)."""
    if not province_code:
        return None
    found = _subdistricts().get((province_code, _key(name)), ())
    if district_code:
        found = tuple(link for link in found if link.parent and link.parent.code == district_code)
    return found[0] if len(found) == 1 else None


@cache
def _codes() -> dict[str, Link]:
    out = {link.code: link for link in _provinces().values()}
    out.update((link.code, link) for link in _districts().values())
    out.update((link.code, link) for group in _subdistricts().values() for link in group)
    return out


def by_code(code: str | None) -> Link | None:
    """A province, district or subdistrict by its DOPA code (2, 4 or 6 digits)."""
    return _codes().get(code) if code else None


_FINDERS = {
    PlaceType.PROVINCE: lambda p, prov, dist: province(p.name),
    PlaceType.REGION: lambda p, prov, dist: region(p.name),
    PlaceType.COUNTRY: lambda p, prov, dist: country(p.name),
    PlaceType.DISTRICT: lambda p, prov, dist: district(p.name, prov),
    PlaceType.SUBDISTRICT: lambda p, prov, dist: subdistrict(p.name, prov, dist),
}


def link_place(place: Place, places: dict[str, Place]) -> Link | None:
    """The gazetteer entry of ``place``, using only what its own article says.

    ``places`` maps the article's place keys to places, to follow ``within``
    up to the district and province the article names.
    """
    coded = by_code(place.code)
    if coded is not None and coded.kind == place.type.value:
        return coded
    finder = _FINDERS.get(place.type)
    if finder is None:
        return None
    province_code, district_code = _context(place, places)
    return finder(place, province_code, district_code)


def _context(place: Place, places: dict[str, Place]) -> tuple[str | None, str | None]:
    """Province and district codes known for ``place`` from its article."""
    province_code = district_code = None
    if place.province and (p := province(place.province)):
        province_code = p.code
    seen: set[str] = set()
    outer = places.get(place.within or "")
    while outer is not None and outer.key not in seen:
        seen.add(outer.key)
        if outer.type is PlaceType.PROVINCE and province_code is None and (p := province(outer.name)):
            province_code = p.code
        if outer.type is PlaceType.DISTRICT and district_code is None:
            district_code = outer.code or None
        outer = places.get(outer.within or "")
    if district_code is None:
        outer = places.get(place.within or "")
        if outer is not None and outer.type is PlaceType.DISTRICT and province_code:
            found = district(outer.name, province_code)
            district_code = found.code if found else None
    return province_code, district_code
