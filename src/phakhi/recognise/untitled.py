"""Persons named without a Thai title: in a credit line (``รายงานโดย สมชาย ใจดี``), beside a
role (``สมชาย ใจดี ผู้อำนวยการ…``, ``ท่านนายกฯ อนุชา ศรีวิชัย``), or in English with an
English honorific (``Ms. Laura Bennett``).

With no title to say a name begins, the given name must be in PyThaiNLP's name lists
and the next word must pass as a family name (``persons.family_after``); beside a role,
common words need more evidence (a known family name, or a second role after them).
"""
from __future__ import annotations

import re

from phakhi.recognise import lexicon as lx
from phakhi.recognise.persons import PersonMention, family_after, left_ok
from phakhi.recognise.roles import match_role, role_pattern

_RUN = re.compile(rf"[{lx.THAI}]+")


def untitled_names(text: str, start: int, end: int) -> list[PersonMention]:
    """Every untitled name in [start, end), credit lines first."""
    found = [m for c in _CREDIT.finditer(text, start, end) if (m := _credited(text, c.end(), end))]
    return found + _by_roles(text, start, end) + _english(text, start, end) + _royal_rank_monks(text, start, end)


# The name of a monk of royal rank, which is his whole name (พระราชวิสุทธิเมธี), before a monastic office.
_ROYAL_RANK_MONK = re.compile(rf"(พระ(?:ราช|เทพ|ธรรม|พรหม)[{lx.THAI}]{{4,30}})"
                              r" ?(?=(?:รอง|ผู้ช่วย)?(?:เจ้าคณะ|เจ้าอาวาส)|ที่ปรึกษาเจ้าคณะ)")


def _royal_rank_monks(text: str, start: int, end: int) -> list[PersonMention]:
    """``(โดย)พระราชวิสุทธิเมธี เจ้าคณะจังหวัด…``: no title is written, the royal name is the name."""
    return [PersonMention(m.start(1), m.end(1), "", m.group(1), "", "person.royal-rank-monk", 0.8)
            for m in _ROYAL_RANK_MONK.finditer(text, start, end) if left_ok(text, m.start(), start)]


_CREDIT = re.compile(
    rf"(?:{'|'.join(re.escape(m) for m in lx.CREDIT_MARKERS)})\s?[:：]?\s?(?:ทีม)?"
)


_ENGLISH = re.compile(r"(?<![A-Za-z])(?P<title>Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Prof\.)\s?"
                      r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s(?P<family>[A-Z][A-Za-z'-]+)(?![A-Za-z])")


_THAI_BEFORE_BRACKET = re.compile(rf"[{lx.THAI}]\s?\($")


def _english(text: str, start: int, end: int) -> list[PersonMention]:
    """``Mr. John Smith``: foreign staff of international bodies, written in English; not the
    English spelling of a Thai name in brackets after it (``ดร.ปิยะนุช วัฒนกุล (Dr. Piyanuch…)``)."""
    return [PersonMention(m.start(), m.end(), m.group("title"), m.group("given"), m.group("family"),
                          "person.title-name", 0.9) for m in _ENGLISH.finditer(text, start, end)
            if not _THAI_BEFORE_BRACKET.search(text, max(start, m.start() - 3), m.start())]


_TWO_WORDS = re.compile(rf"(?:^|(?<=[\s(“\"]))([{lx.THAI}]+) ([{lx.THAI}]+) $")


def _by_roles(text: str, start: int, end: int) -> list[PersonMention]:
    """Names without a title beside a role, in one pass over the roles: before one
    (``สมชาย ใจดี ผู้อำนวยการ…``) or after one (``ท่านนายกฯ ชัยวัฒน์ สุขเกษม``)."""
    found = []
    for m in role_pattern().finditer(text, start, end):
        found.extend(p for p in (_before_role(text, m, start, end), _after_role(text, m, start, end)) if p)
    return found


def _before_role(text: str, m: re.Match[str], start: int, end: int) -> PersonMention | None:
    """A known given name that is no common word and a family name, then the role."""
    at = m.start() + (text[m.start()] == " ")
    if at == start or text[at - 1] != " " or (m.end() - at) < 4:
        return None
    words = _TWO_WORDS.search(text, max(start, at - 60), at)
    if words is None:
        return None
    given, family = words.group(1), words.group(2)
    if given in lx.given_names() and given not in lx.dictionary() and family_after(text, words.end(1), end) == family:
        return PersonMention(words.start(1), words.end(2), "", given, family, "person.name-role", 0.7)
    return None


_BEFORE_ROLE = lx.LEFT_GLUE + ("ท่าน", "พร้อม")
_AFTER_ROLE = re.compile(rf" ([{lx.THAI}]+) ([{lx.THAI}]+)(?![{lx.THAI}])")
_THAI_LETTER = re.compile(rf"[{lx.THAI}]")


def _after_role(text: str, m: re.Match[str], start: int, end: int) -> PersonMention | None:
    """A role standing as a word, then a known given name and a family name: one of them no
    common word, a known family name, or a role written after them (``ท่านนายกฯ อนุชา
    ศรีวิชัย นายกเทศมนตรี…``)."""
    words = _AFTER_ROLE.match(text, m.end(), end)
    if words is None or (m.start() > start and _THAI_LETTER.match(text, m.start() - 1)
                         and not text[max(start, m.start() - 20):m.start()].endswith(_BEFORE_ROLE)):
        return None
    given, family = words.group(1), words.group(2)
    if given not in lx.given_names() or family_after(text, words.end(1), end) != family:
        return None
    if (given in lx.dictionary() and family in lx.dictionary() and family not in lx.family_names()
            and match_role(text, words.end(2)) is None):
        return None  # two common words, and no role after them either
    return PersonMention(words.start(1), words.end(2), "", given, family, "person.role-name", 0.7)


def _credited(text: str, pos: int, limit: int) -> PersonMention | None:
    """``รายงานโดย สมชาย ใจดี``: a known given name and a family name."""
    run = _RUN.match(text, pos, limit)
    if run is None or run.group() not in lx.given_names():
        return None
    family = family_after(text, run.end(), limit)
    if not family:
        return None
    end = run.end() + 1 + len(family)
    return PersonMention(pos, end, "", run.group(), family, "person.credit-line", 0.75)
