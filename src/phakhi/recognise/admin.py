"""Mentions of provinces, regions, districts and subdistricts in the body text.

Provinces are found in every written form (จังหวัดสงขลา, จ.สงขลา, bare สงขลา,
กทม., lists in parentheses); a province name that is also an everyday word
(เลย, แพร่, ตาก, น่าน) counts only with a marker. Districts and subdistricts are
read after their type word (อำเภอ/อ./เขต, ตำบล/ต./แขวง) and kept only when the
official list knows the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from phakhi.records import PlaceType
from phakhi.recognise.gazetteer import (
    AMBIGUOUS_PROVINCES, districts, longest_name, prefix_match, province_forms, subdistricts, trie_pattern,
)
from phakhi.recognise.lexicon import DEPENDENT, THAI, dictionary, place_names, tokens
from phakhi.text.segment import Document


@dataclass(frozen=True)
class PlaceMention:
    """A place read at one position; ``province`` is a standard name when the text gives it."""

    type: PlaceType
    name: str
    start: int
    end: int
    rule: str
    province: str | None = None
    lookup: str | None = None  # the official-list name when it differs from ``name`` (อำเภอเมือง)


REGIONS = {
    "จังหวัดชายแดนภาคใต้": "จังหวัดชายแดนภาคใต้", "จชต.": "จังหวัดชายแดนภาคใต้",
    "ภาคตะวันออกเฉียงเหนือ": "ภาคตะวันออกเฉียงเหนือ", "ภาคอีสาน": "ภาคตะวันออกเฉียงเหนือ",
    "ภาคใต้": "ภาคใต้", "ภาคเหนือ": "ภาคเหนือ", "ภาคกลาง": "ภาคกลาง",
    "ภาคตะวันออก": "ภาคตะวันออก", "ภาคตะวันตก": "ภาคตะวันตก",
}
_REGION_RE = re.compile("|".join(sorted(map(re.escape, REGIONS), key=len, reverse=True)))
# A region word glued to one of these is part of an organisation's name (สำนักงานภาคใต้).
_ORG_BEFORE_REGION = re.compile(r"(?:สำนักงาน|สำนัก|ศูนย์|กอง|ส่วน|เครือข่าย|สมาคม|มูลนิธิ|กลุ่ม|ชมรม)$")
_PROVINCE_MARKER = re.compile(r"(?:จังหวัด|จ\.|จว\.|เมือง|ชาว|[ก-ฮ]\.|#)\s?$")
_TITLE = r"(?:นาย|นาง|นางสาว|น\.ส\.|คุณ|ด\.ช\.|ด\.ญ\.|ดร\.|ผศ\.|รศ\.|ศ\.|อาจารย์|พระ|ว่าที่|[ก-ฮ]\.[ก-ฮ]\.[ก-ฮ]?\.?)"
# A title before the name (นายสุรินทร์) or before a given name (นายสมชาย สุรินทร์): a person.
_PERSON_BEFORE = re.compile(_TITLE + r"\s?(?:[ก-๙]{2,}\s)?$")
# A family name's royal lineage (นายวิชิต ชื่นใจ ณ อยุธยา): the house, not the province.
_LINEAGE_BEFORE = re.compile(_TITLE + r"\s?[ก-๙]{2,}\s[ก-๙]{2,}\sณ\s$")
# Part of a district's, a subdistrict's, a road's or a water's name (ถนนเพชรบุรี is in Bangkok; ทะเลสาบสงขลา
# also washes พัทลุง).
_ADMIN_BEFORE = re.compile(r"(?:อำเภอ|ตำบล|แขวง|(?<!วิทยา)เขต|อ\.|ต\.|ถนน|ถ\.|ซอย|ซ\.|(?<!ชาว)บ้าน|"
                           r"ทะเลสาบ|แม่น้ำ|ลุ่มน้ำ|ลำน้ำ)\s?$")  # not วิทยาเขต
# Everyday words that contain a province name across their middle.
_CONTAINERS = re.compile(
    r"ประชุม|เผยแพร่|แพร่หลาย|แพร่ระบาด|แพร่กระจาย|ตากใบ|ตากฟ้า|ตากแดด|น่านน้ำ|ชุมพล|เลยไป|"
    r"ธนาคารกรุงเทพ|โรงพยาบาลกรุงเทพ|กรุงเทพประกัน|กรุงเทพธุรกิจ"
)
_STILL_THE_PROVINCE = ("ราชนครินทร์",)
# The bodies named by the province they are seated in, without จังหวัด (โรงพยาบาลน่าน, วิทยาลัยชุมชนตาก).
_SEAT_BEFORE = re.compile(r"(?:ราชภัฏ|โรงพยาบาล|วิทยาลัย(?:ชุมชน|เทคนิค|อาชีวศึกษา|สารพัดช่าง|พยาบาลบรมราชชนนี\s?)"
                          r"|(?<=[ก-๙])-)$")
_THAI_AFTER = re.compile(r"[ก-๙]")
_DATELINE_AFTER = re.compile(r"\s?[-–—/:]")
# Words that introduce a list of provinces (5 จังหวัด ได้แก่ น่าน แพร่ …).
_LIST_INTRO = re.compile(r"(?:จังหวัด|ได้แก่|ประกอบด้วย|\d\s?จังหวัด)\s*:?\s*\(?\s*$")
_SURE_LIST = 3  # three province names in a row are a list even when each is also a word
_LIST_GAP = re.compile(r"^[\s,、]*(?:และ|หรือ)?[\s,]*$")
_DISTRICT_WORD = re.compile(r"(?:อำเภอ|(?<![ก-๙])อ\.)\s?|(?<=[\s(])เขต(?=[ก-๙])")
# After a short or common-word name the next thing must be a boundary, not more of a word.
_BOUNDARY = re.compile(r"$|[\s,.()/\-–\"“”]|อำเภอ|อ\.|จังหวัด|จ\.|หมู่|ม\.|ตำบล|ต\.")
# Words that may follow a place name directly (no space) in running text.
_FUNCTION_WORD = re.compile(
    r"เป็น|ที่|ได้|และ|ซึ่ง|มี|จัด|ร่วม|กล่าว|ให้|ใน|จะ|โดย|ของ|ก็|ไป|มา|ต่อ|สู่|กับ|แต่|จึง|นั้น|นี้|ทั้ง|อีก|"
    r"เพื่อ|เมื่อ|ระหว่าง|ซึ่ง|ตั้งอยู่|อยู่|ประจำ|ณ|พร้อม|ได้รับ|เข้าร่วม|ถือ|คือ"
)
_COMMON_WORD_NAMES = frozenset({"เมือง", "ใหม่", "กลาง", "ในเมือง", "และ", "บ้านใหม่", "หนองบัว", "ท่าข้าม"})
_MUEANG = re.compile(r"(?:อำเภอ|(?<![ก-๙])อ\.)\s?(เมือง)")
_SUBDISTRICT_WORD = re.compile(r"(?:ตำบล|(?<![ก-๙])ต\.)\s?|แขวง(?=[ก-๙])")


@cache
def _province_re() -> re.Pattern:
    return re.compile(trie_pattern(province_forms()))


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The name runs on into a longer word (พิจิตรา, พะเยาว์) or sits inside one (ประชุมพระยา)."""
    if end < len(text) and (text[end] in DEPENDENT or text[end + 1:end + 2] == "\u0e4c"):
        return True
    return (any(c.start() < start < c.end() or c.start() < end < c.end()
                for c in _CONTAINERS.finditer(text, max(0, start - 8), min(len(text), end + 8)))
            or _starts_inside_a_word(text, start, end))


_THAI_BEFORE = re.compile(rf"[{THAI}]{{1,40}}$")


def _starts_inside_a_word(text: str, start: int, end: int) -> bool:
    """The name begins inside a dictionary word that does not end with it (อัตราดอกเบี้ย: no ตราด);
    a word that ends with the whole name (มหาวิทยาลัยขอนแก่น) still names the province."""
    before = _THAI_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    at = 0
    for word in tokens(text[before.start():start + 12]):
        if at < len(before.group()) < at + len(word):
            return at + len(word) != len(before.group()) + end - start and word in dictionary()
        at += len(word)
    return False


def _ends_a_place(text: str, start: int, end: int, floor: int) -> bool:
    """The name ends a district's or subdistrict's name written here (อำเภอศรีเชียงใหม่ is in
    หนองคาย); ``เมือง…`` still names the province's own district."""
    for k in range(1, 9):
        if start - k < floor or not "\u0e01" <= text[start - k] <= "\u0e4e":
            return False
        whole = text[start - k:end]
        if whole in place_names() and not whole.startswith("เมือง"):
            return True
    return False


@cache
def _longer_words() -> dict[str, tuple[str, ...]]:
    """Dictionary words that begin with a province's written form (กระบี่กระบอง, ตากอากาศ,
    แพร่หลาย, อุบลรัตน์), except names that still mean the province (…ราชนครินทร์)."""
    forms = province_forms()
    by_form: dict[str, list[str]] = {}
    prefixes = tuple(forms)
    for word in dictionary():
        if word.startswith(prefixes) and word not in forms and not word.endswith(_STILL_THE_PROVINCE):
            for form in forms:
                if word.startswith(form):
                    by_form.setdefault(form, []).append(word)
    return {k: tuple(v) for k, v in by_form.items()}


def _starts_a_word(text: str, start: int, form: str) -> bool:
    """The province name is the start of a longer everyday word written here."""
    return any(text.startswith(w, start) for w in _longer_words().get(form, ()))


def _raw_provinces(doc: Document) -> list[PlaceMention]:
    text, found = doc.text, []
    for zone in doc.zones:
        for m in _province_re().finditer(text, zone.start, zone.end):
            before = text[max(zone.start, m.start() - 30):m.start()]
            if (_PERSON_BEFORE.search(before) or _ADMIN_BEFORE.search(before)
                    or _LINEAGE_BEFORE.search(text, max(zone.start, m.start() - 50), m.start())):
                continue
            if _inside_a_word(text, m.start(), m.end()) or _ends_a_place(text, m.start(), m.end(), zone.start):
                continue
            if _starts_a_word(text, m.start(), m.group()) and not _PROVINCE_MARKER.search(before):
                continue
            name = province_forms()[m.group()]
            found.append(PlaceMention(PlaceType.PROVINCE, name, m.start(), m.end(), "province.name", name))
    return found


def _marked(text: str, m: PlaceMention, line_start: int) -> bool:
    """An ambiguous province name is licensed by จังหวัด/จ. before it or a dateline."""
    before = text[max(0, m.start - 8):m.start]
    if _PROVINCE_MARKER.search(before):
        return True
    if _SEAT_BEFORE.search(text, max(0, m.start - 30), m.start) and not _THAI_AFTER.match(text, m.end):
        return True  # มหาวิทยาลัยราชภัฏแพร่, มหาวิทยาลัยแม่โจ้-แพร่: the seat a body is named by
    return m.start == line_start and _DATELINE_AFTER.match(text, m.end) is not None


def _lists(text: str, raw: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Runs of province names separated only by spaces, commas and และ/หรือ
    (``… น่าน แพร่ เลย ตาก และตราด``)."""
    runs: list[list[PlaceMention]] = []
    for m in sorted(raw, key=lambda p: p.start):
        last = runs[-1][-1] if runs else None
        gap = text[last.end:m.start] if last and last.end <= m.start else None
        if gap is not None and len(gap) <= 5 and _LIST_GAP.match(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _names_of_persons(text: str) -> set[str]:
    """Province names this article also uses as a person's given name (นายสุรินทร์ …)."""
    return {m.group(1) for m in _titled_province_re().finditer(text)}


def _names_of_areas(text: str) -> set[str]:
    """Province names this article also uses for a district, subdistrict or village
    (ตำบลอ่างทอง อำเภอเชียงคำ จังหวัดพะเยา … บ้านอ่างทอง)."""
    return {m.group(1) for m in _area_province_re().finditer(text)}


@cache
def _area_province_re() -> re.Pattern:
    return re.compile(r"(?:อำเภอ|ตำบล|(?<![ก-๙])อ\.|(?<![ก-๙])ต\.|(?<!ชาว)บ้าน)\s?(" + _province_re().pattern + ")")


@cache
def _titled_province_re() -> re.Pattern:
    return re.compile(_TITLE + r"\s?(" + _province_re().pattern + ")")


def find_provinces(doc: Document) -> list[PlaceMention]:
    """Province mentions in the body; ambiguous names only where marked.

    A name is ambiguous when it is an everyday word (เลย, แพร่) or, in this
    article, also a person's given name (นายสุรินทร์ … สุรินทร์ กล่าวว่า) or the name of
    a district, subdistrict or village (ตำบลอ่างทอง … บ้านอ่างทอง).
    """
    raw = _raw_provinces(doc)
    text = doc.text
    line_starts = {z.start for z in doc.zones}
    ambiguous = AMBIGUOUS_PROVINCES | _names_of_persons(text) | _names_of_areas(text)
    kept = []
    for run in _lists(text, raw):
        plain = [m for m in run if text[m.start:m.end] not in ambiguous]
        licensed = [m for m in run if m not in plain
                    and _marked(text, m, m.start if m.start in line_starts else -1)]
        introduced = _LIST_INTRO.search(text, max(0, run[0].start - 30), run[0].start) is not None
        if len(run) >= _SURE_LIST or (len(run) > 1 and (plain or licensed or introduced)):
            kept.extend(run)  # one sure member licenses the whole list
        else:
            kept.extend(plain + licensed)
    return sorted(kept, key=lambda p: p.start)


# Countries the genre names: full official forms anywhere, short forms after ประเทศ or สปป.
_COUNTRY_FULL = (
    "สาธารณรัฐประชาธิปไตยประชาชนลาว", "ราชอาณาจักรกัมพูชา", "สาธารณรัฐแห่งสหภาพเมียนมา", "สหพันธรัฐมาเลเซีย",
    "สาธารณรัฐประชาชนจีน", "สาธารณรัฐสังคมนิยมเวียดนาม", "ราชอาณาจักรไทย", "สปป.ลาว", "สหรัฐอเมริกา",
)
_COUNTRY_SHORT = (
    "ไทย", "ลาว", "กัมพูชา", "เมียนมา", "เมียนมาร์", "พม่า", "มาเลเซีย", "จีน", "เวียดนาม", "สิงคโปร์",
    "อินโดนีเซีย", "ฟิลิปปินส์", "บรูไน", "ติมอร์-เลสเต", "ญี่ปุ่น", "เกาหลีใต้", "เกาหลี", "อินเดีย", "ภูฏาน",
    "เนปาล", "บังกลาเทศ", "ศรีลังกา", "ออสเตรเลีย", "นิวซีแลนด์", "สหรัฐอเมริกา", "อังกฤษ", "ฝรั่งเศส", "เยอรมนี",
)
_COUNTRY_RE = re.compile(f"(?P<full>{trie_pattern(_COUNTRY_FULL)})|ประเทศ(?P<short>{trie_pattern(_COUNTRY_SHORT)})")


def find_countries(doc: Document) -> list[PlaceMention]:
    """Countries: ประเทศไทย, สาธารณรัฐประชาธิปไตยประชาชนลาว, สปป.ลาว (name without ประเทศ)."""
    text, found = doc.text, []
    for zone in doc.zones:
        for m in _COUNTRY_RE.finditer(text, zone.start, zone.end):
            group = "full" if m.group("full") else "short"
            name = "สาธารณรัฐประชาธิปไตยประชาชนลาว" if m.group(group) == "สปป.ลาว" else m.group(group)
            found.append(PlaceMention(PlaceType.COUNTRY, name, m.start(group), m.end(group), "country.name"))
    return found


def find_regions(doc: Document) -> list[PlaceMention]:
    """Regions (ภาคใต้, อีสาน, จังหวัดชายแดนภาคใต้), not when part of an office's name."""
    text, found = doc.text, []
    for zone in doc.zones:
        for m in _REGION_RE.finditer(text, zone.start, zone.end):
            if _ORG_BEFORE_REGION.search(text[max(zone.start, m.start() - 12):m.start()]):
                continue
            found.append(PlaceMention(PlaceType.REGION, REGIONS[m.group()], m.start(), m.end(), "region.name"))
    return found


def _areas(doc: Document, word: re.Pattern, table, kind: str, ptype: PlaceType) -> list[PlaceMention]:
    text, found = doc.text, []
    for zone in doc.zones:
        for w in word.finditer(text, zone.start, zone.end):
            name = prefix_match(text, w.end(), table, longest_name(kind), end=zone.end)
            if name is None or (w.group().startswith("เขต") and not _in_bangkok(name)):
                continue
            after = w.end() + len(name)
            if not _BOUNDARY.match(text, after) and (
                len(name) <= 3 or name in _COMMON_WORD_NAMES or not _FUNCTION_WORD.match(text, after)
            ):
                continue
            found.append(PlaceMention(ptype, name, w.end(), w.end() + len(name), f"{kind}.after-type-word"))
    return found


def _in_bangkok(name: str) -> bool:
    return any(a.province_code == "10" for a in districts().get(name, ()))


def find_districts(doc: Document) -> list[PlaceMention]:
    """Districts after อำเภอ/อ./เขต; ``อำเภอเมือง`` alone keeps the name เมือง."""
    found = _areas(doc, _DISTRICT_WORD, districts(), "district", PlaceType.DISTRICT)
    text, taken = doc.text, {f.start for f in found}
    for zone in doc.zones:
        for w in _MUEANG.finditer(text, zone.start, zone.end):
            at = w.start(1)
            if at not in taken:
                found.append(PlaceMention(PlaceType.DISTRICT, "เมือง", at, at + 5, "district.mueang"))
    return sorted(found, key=lambda f: f.start)


def find_subdistricts(doc: Document) -> list[PlaceMention]:
    """Subdistricts after ตำบล/ต./แขวง, checked against the official list."""
    return _areas(doc, _SUBDISTRICT_WORD, subdistricts(), "subdistrict", PlaceType.SUBDISTRICT)
