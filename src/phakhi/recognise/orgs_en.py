"""Organisations named in English inside Thai text: ``World Vision Foundation of Thailand``,
``Thai PBS``, ``Rak Thai Foundation``.

Two readings, both cheap: an English name the gazetteer knows (its ``name_en``, or a
Latin short name with a space such as ``UN Women``), which joins the Thai name it
stands for; and a run of capitalised words ending with an English head word
(``Foundation``, ``Association``, ``University``…), which names a body of that kind.
Single Latin acronyms (``UNDP``) are read with the other abbreviations. A third reading
takes a body named in Thai letters only, with no head word, where the text glosses it
in English in brackets and says what it is (``คาริตัสไทยแลนด์ (Caritas Thailand)
ซึ่งเป็นองค์กร…``), or is a country office glossed as one (``กรีนพีซ ประเทศไทย (Greenpeace Thailand)``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.gazetteer import trie_pattern
from phakhi.recognise.roles import ENGLISH_ROLE

# English head words and the kind of body they name.
_HEADS = {
    "Foundation": "foundation", "Association": "association", "Network": "network",
    "University": "university", "Institute": "institute", "Council": "council", "Club": "club",
    "Centre": "centre", "Center": "centre", "Hospital": "hospital", "Cooperative": "cooperative",
    "Company Limited": "company", "Co., Ltd.": "company", "Trust": "foundation", "Alliance": "network",
    "International": "international organization", "Fund": "fund", "Organization": "international organization",
    "Organisation": "international organization", "Society": "association", "Federation": "federation",
}
_WORD = r"[A-Z][A-Za-z'&-]*\.?"
_LINK = r"(?:of|the|for|and|&|in|de)"
_HEADED = re.compile(
    rf"(?<![A-Za-z])(?:{_WORD}\s(?:{_LINK}\s)*){{1,6}}(?P<head>{'|'.join(re.escape(h) for h in _HEADS)})"
    rf"(?:\s(?:of|for)\s(?:{_WORD}\s?){{1,4}}|\sThailand)?(?![A-Za-z])"
    # University of Queensland, Institute of Development Studies: the head first, then "of …"
    rf"|(?<![A-Za-z])(?P<first>University|Institute|Council|Federation|Association)\sof\s(?:the\s)?"
    rf"(?:{_WORD}(?:\s(?:{_LINK}\s)?(?=[A-Z]))?){{1,4}}(?![A-Za-z])"
)


_ANY_HEAD = re.compile("|".join(re.escape(h) for h in _HEADS))
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
# A person's English title, then "of"/"at" and the body (Country Director of …): see roles.ENGLISH_ROLE.
_TITLE_OF = re.compile(rf"(?:{ENGLISH_ROLE.pattern}|Head|Chair)\s(?:of|at)\s(?:the\s)?")


@dataclass(frozen=True)
class EnglishName:
    start: int
    end: int
    kind: str
    keys: tuple[str, ...]  # Thai names it stands for (gazetteer)


@cache
def _known() -> dict[str, tuple[str, str]]:
    """English names and spaced Latin short names → (Thai name, or the English one when the
    body has no standard Thai name, and kind)."""
    found: dict[str, tuple[str, str]] = {}
    for row in lx.agencies():
        thai, kind = row["name_th"].strip() or row.get("name_en", "").strip(), row["kind"].strip()
        if not thai or kind in oh.TEMPLATE_KINDS:
            continue
        for written in (row.get("name_en", "").strip(), row.get("abbr_en", "").strip()):
            if " " in written and len(written) >= 6 and '"' not in written:
                found.setdefault(written, (thai, kind))
    return found


@cache
def _known_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{trie_pattern(_known())})(?![A-Za-z])")


def english_names(text: str, start: int, end: int) -> list[EnglishName]:
    """English organisation names in [start, end), longest first where they overlap."""
    found = []
    if not _LATIN_WORD.search(text, start, end):
        return found  # most lines are Thai only
    for m in _known_pattern().finditer(text, start, end):
        thai, kind = _known()[m.group()]
        found.append(EnglishName(m.start(), m.end(), kind, (thai,)))
    for m in _HEADED.finditer(text, start, end) if _ANY_HEAD.search(text, start, end) else ():
        titled = None
        for titled in _TITLE_OF.finditer(text, m.start(), m.end()):
            pass  # Country Director of Rural Renewal International: the body is what follows the title
        at = titled.end() if titled else m.start()
        if at < m.end() and not any(f.start <= at < f.end or at <= f.start < m.end() for f in found):
            found.append(EnglishName(at, m.end(), _HEADS[m.group("head") or m.group("first")], ()))
    return sorted(found, key=lambda f: f.start)


# A Thai run, its English name in brackets, then "(which) is an organisation / a foundation …".
_GLOSSED = re.compile(
    rf"([{lx.THAI}]{{4,}}) ?\(({_WORD}(?: (?:{_LINK} )*{_WORD}){{0,5}})\) ?(?:ซึ่ง)?(?:เป็น|คือ)"
    r"(องค์กร|องค์การ|หน่วยงาน|เครือข่าย|มูลนิธิ|สมาคม)"
)
# A country office named in Thai letters and glossed in English: กรีนพีซ ประเทศไทย (Greenpeace Thailand).
_COUNTRY_GLOSSED = re.compile(
    rf"([{lx.THAI}]{{4,}}(?: [{lx.THAI}]+)? ประเทศไทย) ?\(((?:{_WORD} ){{1,4}}Thailand)\)"
)
_GLOSSED_KINDS = {"มูลนิธิ": "foundation", "สมาคม": "association", "เครือข่าย": "network"}
_LAST_LINK = re.compile(r".*(?:จาก|โดย|ร่วมกับ|กับ|ของ|แก่|ต่อ)")
_LINKS = frozenset({"จาก", "โดย", "ของ", "กับ", "ที่", "แก่", "ให้", "ต่อ", "และ", "หรือ", "ร่วมกับ"})


@dataclass(frozen=True)
class GlossedName:
    start: int
    end: int
    kind: str
    english: tuple[int, int]


def glossed_names(text: str, start: int, end: int) -> list[GlossedName]:
    """Bodies named in Thai letters, glossed in English and called an organisation right after."""
    found = []
    if "(" not in text[start:end]:
        return found
    for m in _GLOSSED.finditer(text, start, end):
        link = _LAST_LINK.match(m.group(1))  # ได้รับทุนจากออกซ์แฟม: the words split the name wrongly
        words = lx.tokens(m.group(1)[link.end() if link else 0:])
        keep = len(words)
        while keep and words[keep - 1] not in lx.STOP_WORDS and words[keep - 1] not in _LINKS:
            keep -= 1
        name = "".join(words[keep:])
        if len(name) < 4 or name in lx.dictionary():
            continue
        found.append(GlossedName(m.end(1) - len(name), m.end(1), _GLOSSED_KINDS.get(m.group(3), "organisation"),
                                 m.span(2)))
    for m in _COUNTRY_GLOSSED.finditer(text, start, end):
        link = _LAST_LINK.match(m.group(1))  # ร่วมกับกรีนพีซ ประเทศไทย: from the last link word on
        at = m.start(1) + (link.end() if link else 0)
        if m.end(1) - at - len(" ประเทศไทย") >= 4:
            found.append(GlossedName(at, m.end(1), "international organization", m.span(2)))
    return found
