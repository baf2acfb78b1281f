"""The official lists of provinces, districts and subdistricts, as lookup tables.

Read once from the packaged DOPA CSVs (``phakhi.data``) and cached as read-only
dicts, so that recognisers can check a written name in constant time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Mapping

from phakhi.data import data_rows


@dataclass(frozen=True)
class Area:
    """One administrative area of the official list."""

    code: str
    name: str
    province_code: str
    district_code: str | None = None


# Written forms of provinces besides the standard name (colloquial, abbreviated, misspelt).
_PROVINCE_ALIASES = {
    "กรุงเทพฯ": "กรุงเทพมหานคร", "กรุงเทพ": "กรุงเทพมหานคร", "กทม.": "กรุงเทพมหานคร",
    "กทม": "กรุงเทพมหานคร",
    "โคราช": "นครราชสีมา", "อยุธยา": "พระนครศรีอยุธยา", "กรุงเก่า": "พระนครศรีอยุธยา",
    "นครศรีฯ": "นครศรีธรรมราช", "อุบลฯ": "อุบลราชธานี", "สุราษฏร์ธานี": "สุราษฎร์ธานี",
    "สุราษฎร์ฯ": "สุราษฎร์ธานี", "สุราษฎร์": "สุราษฎร์ธานี",
    "ปราจีน": "ปราจีนบุรี", "ศรีษะเกษ": "ศรีสะเกษ", "หนองบัวลําภู": "หนองบัวลำภู",
    "ประจวบฯ": "ประจวบคีรีขันธ์", "แปดริ้ว": "ฉะเชิงเทรา", "อุบล": "อุบลราชธานี", "สุพรรณ": "สุพรรณบุรี",
    "นครศรี": "นครศรีธรรมราช", "ประจวบ": "ประจวบคีรีขันธ์",
    "อุดร": "อุดรธานี", "อุดรฯ": "อุดรธานี", "สกลฯ": "สกลนคร", "นราฯ": "นราธิวาส", "ปทุมฯ": "ปทุมธานี",
    "อุทัยฯ": "อุทัยธานี", "กาญจน์": "กาญจนบุรี", "สารคาม": "มหาสารคาม", "เมืองคอน": "นครศรีธรรมราช",
    # misspellings seen in press releases
    "ศรีสะเกศ": "ศรีสะเกษ", "กาฬสินธ์": "กาฬสินธุ์", "พิศณุโลก": "พิษณุโลก", "อุบลราชธาณี": "อุบลราชธานี",
    "บึงกาล": "บึงกาฬ", "ประจวบคีรีขันท์": "ประจวบคีรีขันธ์", "สุพรรณบุรีย์": "สุพรรณบุรี", "นครราชสีม่า": "นครราชสีมา",
}
# Written forms that are also everyday words, given names or short forms: they need a marker.
AMBIGUOUS_PROVINCES = frozenset({
    "เลย", "แพร่", "ตาก", "น่าน", "ปราจีน", "อุบล", "สุพรรณ", "นครศรี", "ประจวบ", "อุดร", "กาญจน์", "สารคาม",
})


@cache
def provinces() -> Mapping[str, Area]:
    """Standard Thai province name → Area."""
    return MappingProxyType({
        row["name_th"]: Area(row["province_code"], row["name_th"], row["province_code"])
        for row in data_rows("th_provinces.csv")
    })


@cache
def province_forms() -> Mapping[str, str]:
    """Every written form of a province (standard name and aliases) → standard name."""
    forms = {name: name for name in provinces()}
    forms.update({k: v for k, v in _PROVINCE_ALIASES.items() if v in forms})
    return MappingProxyType(forms)


@cache
def province_by_code() -> Mapping[str, str]:
    return MappingProxyType({a.code: a.name for a in provinces().values()})


def _group(rows: list[Area]) -> Mapping[str, tuple[Area, ...]]:
    by_name: dict[str, list[Area]] = {}
    for area in rows:
        by_name.setdefault(area.name, []).append(area)
    return MappingProxyType({k: tuple(v) for k, v in by_name.items()})


@cache
def districts() -> Mapping[str, tuple[Area, ...]]:
    """District (amphoe/khet) name → every district of that name."""
    return _group([
        Area(r["district_code"], r["name_th"], r["province_code"]) for r in data_rows("th_districts.csv")
    ])


@cache
def subdistricts() -> Mapping[str, tuple[Area, ...]]:
    """Subdistrict (tambon/khwaeng) name → every subdistrict of that name."""
    return _group([
        Area(r["subdistrict_code"], r["name_th"], r["province_code"], r["district_code"])
        for r in data_rows("th_subdistricts.csv")
    ])


@cache
def longest_name(kind: str) -> int:
    table = {"district": districts, "subdistrict": subdistricts, "province": province_forms}[kind]()
    return max(map(len, table))


def trie_pattern(words) -> str:
    """One regex for many literal words, as a character trie: longest match first, and much
    faster than a flat alternation because each position tests one branch per character."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def prefix_match(text: str, start: int, table: Mapping, max_len: int, min_len: int = 2,
                 end: int | None = None) -> str | None:
    """The longest key of ``table`` that ``text`` spells from ``start`` (not past ``end``)."""
    end = len(text) if end is None else end
    for length in range(min(max_len, end - start), min_len - 1, -1):
        if text[start:start + length] in table:
            return text[start:start + length]
    return None
