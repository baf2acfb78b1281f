"""Province shapes as SVG paths, and province names as DOPA codes.

The outlines come from the packaged ``th_provinces.geojson`` (``ADM1_PCODE`` =
"TH" + DOPA province code), drawn with an equirectangular projection corrected
for Thailand's latitude, so no tile server or map library is needed. Names are
matched through ``th_provinces.csv`` (Thai, English, abbreviations, alternates).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from phakhi.data import data_rows, data_text

SCALE = 60.0  # SVG units per degree of longitude
_COS = math.cos(math.radians(13.0))  # Thailand's mean latitude: keeps shapes in proportion
_MIN_STEP = 0.6  # drop vertices closer than this to the previous one (SVG units)
_PREFIX = re.compile(r"^\s*(จังหวัด|จ\.)\s*")


@dataclass(frozen=True)
class Shape:
    code: str  # DOPA province code, two digits: "93"
    name_th: str
    name_en: str
    path: str  # SVG path data


@dataclass(frozen=True)
class Outline:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def _path(rings: list[list[list[float]]], west: float, north: float) -> str:
    parts = []
    for ring in rings:
        points, last = [], None
        for lon, lat in ring:
            x, y = (lon - west) * SCALE, (north - lat) * SCALE / _COS
            if last is None or abs(x - last[0]) + abs(y - last[1]) >= _MIN_STEP:
                points.append(f"{x:.1f},{y:.1f}")
                last = (x, y)
        if len(points) >= 3:
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


@cache
def outline() -> Outline:
    """Every province's SVG path, sorted by code, and the drawing's size."""
    features = json.loads(data_text("th_provinces.geojson"))["features"]
    coords = [pt for f in features for ring in _rings(f["geometry"]) for pt in ring]
    west, east = min(p[0] for p in coords), max(p[0] for p in coords)
    south, north = min(p[1] for p in coords), max(p[1] for p in coords)
    shapes = tuple(sorted(
        (Shape(f["properties"]["ADM1_PCODE"][2:], f["properties"]["ADM1_TH"], f["properties"]["ADM1_EN"],
               _path(_rings(f["geometry"]), west, north)) for f in features),
        key=lambda s: s.code,
    ))
    return Outline(round((east - west) * SCALE, 1), round((north - south) * SCALE / _COS, 1), shapes)


def _key(name: str) -> str:
    return re.sub(r"\s+", "", _PREFIX.sub("", name)).lower()


@cache
def province_codes() -> dict[str, str]:
    """Normalised province name (Thai, English, abbreviation, alternate) → DOPA code."""
    names: dict[str, str] = {}
    rows = list(data_rows("th_provinces.csv"))
    for column in ("name_th", "name_en", "name_en_iso3166", "abbr_th", "name_alternates_en"):
        for row in rows:  # a column at a time: an official name never loses to another's alternate
            for name in filter(None, row[column].split("|")):
                names.setdefault(_key(name), row["province_code"])
    for shape in outline().shapes:
        names.setdefault(_key(shape.name_th), shape.code)
        names.setdefault(_key(shape.name_en), shape.code)
    names.setdefault(_key("กรุงเทพฯ"), "10")
    return names


def province_code(names: tuple[str, ...], identifiers: tuple[str, ...] = ()) -> str | None:
    """The DOPA code of a province known by these names or identifiers, or None."""
    known = {s.code for s in outline().shapes}
    for ident in identifiers:
        digits = re.sub(r"^(TH-?)", "", ident.strip())
        if digits[:2] in known and len(digits) in (2, 4, 6, 8):
            return digits[:2]
    codes = province_codes()
    return next((codes[_key(n)] for n in names if _key(n) in codes), None)
