"""In-article identity: which mentions are the same person, which the same organisation.

Persons: one entity per full name; a later ``นายสมชาย`` or a bare ``สมชาย`` is the
same person when exactly one full name has that given name. Organisations: mentions
whose names agree once white space, brackets and the legal form are set aside, or
that an abbreviation ties together (defined in the text or known to the gazetteer),
are one organisation; its name is the fullest form, every other form an alias.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.orgs import OrgMention
from phakhi.recognise.orgtails import HONOURS
from phakhi.recognise.places_hint import place_prefix
from phakhi.recognise.persons import PersonMention
from phakhi.text.normalise import normalise_name, squash
from phakhi.text.segment import Document

_QUOTES = re.compile("[\"“”]")
# Legal forms a body is also called without (…จำกัด (มหาชน), …(องค์การมหาชน)).
_LEGAL = re.compile(r"\((?:องค์การมหาชน|องค์กรมหาชน|มหาชน)\)|องค์การมหาชน|องค์กรมหาชน|จำกัด(?=\(|$)")


@dataclass(frozen=True)
class PersonGroup:
    given: str
    family: str
    title: str
    mentions: tuple[PersonMention, ...]

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


def group_persons(doc: Document, mentions: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonGroup]:
    """Persons in order of first mention, each with every mention of them in the body."""
    full: dict[str, list[PersonMention]] = {}
    for m in mentions:
        if m.family:
            full.setdefault(squash(m.name), []).append(m)
    by_given: dict[str, list[str]] = {}
    for key, ms in full.items():
        by_given.setdefault(ms[0].given, []).append(key)
    short: dict[str, list[PersonMention]] = {}
    for m in mentions:
        if m.family:
            continue
        owners = by_given.get(m.given, [])
        (full[owners[0]] if len(owners) == 1 else short.setdefault(m.given, [])).append(m)
    groups = [_group(ms) for ms in [*full.values(), *short.values()]]
    spans = taken + [(m.start, m.end) for m in mentions]
    groups = [_with_bare_given(doc, g, spans, by_given) for g in groups]
    return sorted(groups, key=lambda g: g.mentions[0].start)


def _group(ms: list[PersonMention]) -> PersonGroup:
    ms = sorted(ms, key=lambda m: m.start)
    first_full = next((m for m in ms if m.family), ms[0])
    title = first_full.title or next((m.title for m in ms if m.title), "")
    return PersonGroup(first_full.given, first_full.family, title, tuple(ms))


def _with_bare_given(doc: Document, g: PersonGroup, spans: list[tuple[int, int]],
                     by_given: dict[str, list[str]]) -> PersonGroup:
    """Add mentions by given name alone (``ขณะที่สมจิตร เสนอ…``) when unambiguous."""
    if len(g.given) < 3 or len(by_given.get(g.given, [])) > 1:
        return g
    text, extra = doc.text, []
    for zone in doc.zones:
        start = text.find(g.given, zone.start, zone.end)
        while start != -1:
            end = start + len(g.given)
            if not any(s <= start < e for s, e in spans) and _bare_ok(text, start, end, zone.start):
                extra.append(PersonMention(start, end, "", g.given, "", "person.given-name-again", 0.7))
            start = text.find(g.given, end, zone.end)
    if not extra:
        return g
    return PersonGroup(g.given, g.family, g.title, tuple(sorted(g.mentions + tuple(extra), key=lambda m: m.start)))


_RIGHT_RUN = re.compile(rf"[{lx.THAI}]+")


def _bare_ok(text: str, start: int, end: int, floor: int) -> bool:
    left = lx.LEFT_RUN.search(text, max(floor, start - 20), start)
    if left and left.end() == start and not left.group().endswith(lx.LEFT_GLUE + ("กำนัน", "ผู้ใหญ่บ้าน")):
        return False
    right = _RIGHT_RUN.match(text, end)
    return right is None or lx.tokens(right.group())[0] in lx.STOP_WORDS


@dataclass(frozen=True)
class OrgGroup:
    name: str
    aliases: tuple[str, ...]
    kind: str
    mentions: tuple[OrgMention, ...]


def org_key(label: str) -> str:
    """The comparison key of an organisation label: no spaces, brackets, quotes, legal form or จังหวัด."""
    key = _LEGAL.sub("", squash(_QUOTES.sub("", label)))
    return re.sub(r"[()]|จังหวัด", "", key)


def group_orgs(mentions: list[OrgMention], headline_end: int = 0) -> list[OrgGroup]:
    """Union mentions that share a key; bare type abbreviations only join a named body.
    ``headline_end``: where the headline ends (0 when the article has none)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, m in enumerate(mentions):
        for key in _keys(m):
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    _join_templates(mentions, parent, find)
    _join_short_names(mentions, parent, find)
    _join_foreign_names(mentions, parent, find)
    _join_affixed(mentions, parent, find)
    _join_headline_variant(mentions, parent, find, headline_end)
    clusters: dict[int, list[OrgMention]] = {}
    for i, m in enumerate(mentions):
        clusters.setdefault(find(i), []).append(m)
    groups = [_org_group(ms) for ms in clusters.values() if not all(m.template for m in ms)]
    return sorted(groups, key=lambda g: g.mentions[0].start)


def _keys(m: OrgMention) -> set[str]:
    labels = [m.text] + (list(m.keys) if not m.template else [])
    # ``องค์การยูนิเซฟ ประเทศไทย`` and ``Plan International Thailand`` are the body a headline
    # calls ``องค์การยูนิเซฟ`` or ``Plan International``: the country office goes by both names
    keys = {org_key(label) for label in labels} | {org_key(_COUNTRY.sub("", label)) for label in labels}
    if _ABBREVIATED.match(m.text):  # กศน.ปากเกร็ด is กศน.อำเภอปากเกร็ด
        keys |= {k.replace("อำเภอ", "", 1) for k in keys}
    return keys


_ABBREVIATED = re.compile(r"(?:[ก-ฮ]{1,6}\.)+(?:อำเภอ)?[ก-๙]")


# A country office (… ประเทศไทย) or a royal honour (… ในพระบรมราชูปถัมภ์, … เฉลิมพระเกียรติ) at the end
# of a name: the body goes by the name without it too.
_COUNTRY = re.compile(rf"\s(?:ประจำ)?ประเทศไทย$|\sThailand$|\s?(?:{'|'.join(HONOURS)})$")


def _join_short_names(mentions: list[OrgMention], parent: list[int], find) -> None:
    """``กลุ่มบ้านทุ่งโฮ้ง`` (or a headline's ``กลุ่มสตรีสหกรณ์บ้านทุ่งโฮ้ง``) for the one community
    body named in full (``กลุ่มสตรีสหกรณ์ผ้าหม้อห้อมบ้านทุ่งโฮ้ง``): the same head and place, and
    every word of the short name in the long one, in order; or the long name's first four words
    or more (``เครือข่ายสตรีลุ่มน้ำโขง`` for ``…ลุ่มน้ำโขงสองฝั่ง``), or its first words before the body
    it belongs to (``สมาคมศิษย์เก่า`` for ``สมาคมศิษย์เก่าโรงเรียน…``)."""
    # a country office's ประเทศไทย is no level (มูลนิธิฟรีดริค … for มูลนิธิฟรีดริค เอแบร์ท ประเทศไทย)
    words = {i: _words(_COUNTRY.sub("", m.text)) for i, m in enumerate(mentions)
             if (m.rank is None or m.kind == "centre") and not m.template}
    for i, short in words.items():
        hits = {find(j) for j, long in words.items()
                if find(j) != find(i) and len(long) > len(short) >= 2 and long[0] == short[0]
                and (long[-1] == short[-1] and _in_order(short, long) or len(short) >= 4 and long[:len(short)] == short
                     or long[:len(short)] == short and oh.head_pattern().match(long[len(short)]))
                and not _LEVELS & (set(long) - set(short)) and long[len(short)] != "สาขา"}  # a branch is a unit
        if len(hits) == 1:
            parent[find(i)] = hits.pop()


def _join_foreign_names(mentions: list[OrgMention], parent: list[int], find) -> None:
    """``มูลนิธิคอนราด`` for ``มูลนิธิคอนราด อาเดนาวร์ ประเทศไทย``: a foreign name in Thai letters read
    only up to its first space joins the one body whose name goes on with words that are no Thai words."""
    for i, short in enumerate(mentions):
        hits = set()
        for j, long in enumerate(mentions):
            rest = _COUNTRY.sub("", long.text)[len(short.text):]
            if (find(i) != find(j) and long.kind in _FOREIGN_KINDS and long.text.startswith(short.text + " ")
                    and rest.strip() and all(_transliterated(w) for w in rest.split())):
                hits.add(find(j))
        if len(hits) == 1:
            parent[find(i)] = hits.pop()


_FOREIGN_KINDS = frozenset({"foundation", "international organization", "agency", "association"})


def _join_affixed(mentions: list[OrgMention], parent: list[int], find) -> None:
    """A headline's ``ศูนย์คุ้มครองคนไร้ที่พึ่ง`` for the one body named with its province, district or
    subdistrict after it (``ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดปทุมธานี``), and ``กลุ่มทอผ้าไหมบ้านนาโพธิ์`` for the one body
    named with the form it is registered in before it (``วิสาหกิจชุมชนกลุ่มทอผ้าไหมบ้านนาโพธิ์``). A known
    national office (สำนักงานประกันสังคม) is not its provincial office (a fund's provincial name is the fund)."""
    keys = [(i, org_key(m.text)) for i, m in enumerate(mentions) if not m.template]
    provinces = lx.province_names()
    for i, short in keys:
        if mentions[i].text in oh.known_names() and mentions[i].text.startswith("สำนักงาน"):
            continue
        hits = {find(j) for j, long in keys
                if find(j) != find(i) and (long.startswith(short) and _a_place(long[len(short):], provinces)
                                           or long.endswith(short) and long[:-len(short)] in _REGISTERED_AS)}
        if len(hits) == 1:
            parent[find(i)] = hits.pop()


_REGISTERED_AS = frozenset({"วิสาหกิจชุมชน", "วิสาหกิจเพื่อสังคม"})


def _join_headline_variant(mentions: list[OrgMention], parent: list[int], find, headline_end: int) -> None:
    """A community body the headline names its own way (``วิสาหกิจชุมชนกาแฟดอยสะเก็ด``,
    ``สหภาพแรงงานโรงงานทอผ้าสระบุรี``) and the body never again: the one body of the text with the same
    head that agrees with it on the words after the head (``…กาแฟบ้านสะเก็ดนอก``) or on the place it
    ends with (``สหภาพแรงงานสิ่งทอสระบุรี``), not at another level (ภาค… is not จังหวัด…)."""
    in_body = {find(j) for j, m in enumerate(mentions) if m.start >= headline_end}
    for i, short in enumerate(mentions):
        if short.start >= headline_end or not _community(short) or short.template or find(i) in in_body:
            continue
        words = _words(short.text[len(short.head):])
        hits = {find(j) for j, long in enumerate(mentions)
                if long.start >= headline_end and long.head == short.head and _community(long)
                and not long.template and _variant(words, _words(long.text[len(long.head):]))}
        if len(hits) == 1:
            parent[find(i)] = hits.pop()


def _levels_of(words: tuple[str, ...]) -> set[str]:
    """The levels a name's words name (ภาคใต้ and ชายแดนใต้ a region, จังหวัด a province …)."""
    return {"ภาค" if w.startswith("ชายแดน") else next(v for v in _LEVELS if w.startswith(v))
            for w in words if w.startswith(("ชายแดน", *_LEVELS))}


def _community(m: OrgMention) -> bool:
    """A body of the community or a centre, named freely (not an office of a fixed name)."""
    return m.rank is None or m.kind == "centre"


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names after the same head that agree on their first words, or on the province they end with."""
    levels_a, levels_b = _levels_of(a), _levels_of(b)
    if not a or not b or a == b or (levels_a and levels_b and levels_a != levels_b):
        return False
    same_start = a[0] == b[0] and len(a) > 1 and len(b) > 1
    same_place = a[-1] == b[-1] and a[-1] in lx.province_names()
    return same_start or same_place
_PLACE_WORD = re.compile("จังหวัด|อำเภอ|ตำบล")


def _a_place(rest: str, provinces: frozenset[str]) -> bool:
    """``rest`` is a province, a place written with its type (อำเภอเมืองยะลา, ตำบลนาแก้ว) or the country
    (มูลนิธิฟื้นฟูชนบทแห่งประเทศไทย)."""
    typed = _PLACE_WORD.match(rest)
    return (rest in provinces or rest in _THE_COUNTRY
            or (typed is not None and place_prefix(rest[typed.end():]) == rest[typed.end():] != ""))


_THE_COUNTRY = frozenset({"แห่งประเทศไทย", "ประเทศไทย"})


def _transliterated(word: str) -> bool:
    """A foreign word in Thai letters: no Thai word of three letters or more in it (เอแบร์ท, อาเดนาวร์)."""
    return not any(len(t) >= 3 and t in lx.dictionary() for t in lx.tokens(word))


# Words that tell a level of body apart (สภาองค์กรชุมชนตำบล… is not สภาองค์กรชุมชนจังหวัด…).
_LEVELS = frozenset({"ตำบล", "อำเภอ", "จังหวัด", "ภาค", "หมู่บ้าน", "ระดับ", "เขต", "ชาติ", "ประเทศ"})


def _words(name: str) -> tuple[str, ...]:
    return tuple(lx.tokens(squash(name)))


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` in ``long``, in order; a word may end a longer one (ตำบล in เทศบาลตำบล)."""
    rest = iter(long)
    return all(any(w == word or w.endswith(word) for w in rest) for word in short)


def _join_templates(mentions: list[OrgMention], parent: list[int], find) -> None:
    """``พมจ.`` alone joins the one named body whose name starts with its expansion."""
    for i, m in enumerate(mentions):
        if not m.template:
            continue
        prefix = org_key(m.keys[0]) if m.keys else ""
        hits = {find(j) for j, o in enumerate(mentions) if not o.template and prefix
                and any(k.startswith(prefix) for k in _keys(o))}
        if len(hits) == 1:
            parent[find(i)] = hits.pop()


def _org_group(ms: list[OrgMention]) -> OrgGroup:
    ms = sorted(ms, key=lambda m: m.start)
    labels: list[str] = []
    for m in ms:
        # กลุ่ม "รักษ์ป่าน่าน": the name as written, and without its quotes as another label
        for label in dict.fromkeys((normalise_name(m.text), normalise_name(_QUOTES.sub("", m.text)))):
            if label not in labels:
                labels.append(label)
    # the fullest Thai form; an English name (in brackets after it) is an alias
    name = max(labels, key=lambda s: (not _is_abbreviation(s), _THAI.search(s) is not None, len(squash(s)), "(" in s))
    named = next((m for m in ms if not m.rule.startswith("org.abbreviation")), ms[0])
    return OrgGroup(name, tuple(x for x in labels if x != name), named.kind, tuple(ms))


_THAI = re.compile(f"[{lx.THAI}]")


def _is_abbreviation(label: str) -> bool:
    return bool(re.fullmatch(r"[^\s]{1,8}\.(?:[^\s]{0,6}\.?)*\S*|[A-Z]{2,10}", label)) and len(label) < 14
