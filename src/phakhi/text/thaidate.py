"""Thai dates as written in the news → ISO dates of the Common Era.

Pure functions over normalised text (Thai digits already Arabic). A date may be a
single day, a range inside one month (``22-23 มิถุนายน 2567``) or across months
(``30 มิ.ย. - 2 ก.ค. 2567``); the year may be Buddhist Era (4 or 2 digits),
Common Era (``ค.ศ. 2024`` or any year below 2400), or missing, in which case
the caller's ``default_year`` (read elsewhere in the article) is used.

>>> [d.iso for d in find_dates("ระหว่างวันที่ 14-16 กันยายน 2563")]
[('2020-09-14', '2020-09-16')]
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

BE_OFFSET = 543

_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
_SHORT = (
    "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
    "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
)
# Common misspellings seen in the genre.
_VARIANTS = {"กรกฏาคม": 7, "พฤศจิกยน": 11, "กุมภาพันธุ์": 2, "มิถุนยน": 6}


_ENGLISH = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _month_table() -> dict[str, int]:
    table = dict(_VARIANTS)
    for number, name in enumerate(_ENGLISH, start=1):  # "5 March 2024" in English-language releases
        table[name] = table[name[:3]] = number
    table["Sept"] = 9
    for number, names in enumerate(zip(_FULL, _ABBR, _SHORT), start=1):
        full, abbr, short = names
        table[full] = table[short] = table[abbr] = number
        table[abbr.rstrip(".")] = number  # "มิ.ย" without the last dot
        table[abbr.replace(".", "")] = number  # "มิย"
    return table


MONTHS: dict[str, int] = _month_table()
_DOTLESS = frozenset(abbr.replace(".", "") for abbr in _ABBR)
_MONTH = "|".join(  # an English month is a whole word (not Mayor, Marchand); มีค is not มีครู
    re.escape(m) + ("(?![A-Za-z])" if m.isascii() else "(?![\u0e01-\u0e4e])" if m in _DOTLESS else "")
    for m in sorted(MONTHS, key=len, reverse=True)
)
_ERA = r"(?:(?P<era{n}>พ\.\s?ศ\.?|ค\.\s?ศ\.?|พศ\.?|คศ\.?|ปี)\s*)?"
_YEAR = _ERA + r"(?P<y{n}>\d{{4}}(?!\d)|\d{{2}}(?![\d:]|\.\d))"
_DAY = r"(?<![\d.])(?P<d{n}>[1-9]|[0-2]\d|3[01])(?![\d.:])"
_SEP = r"\s*(?:-|–|—|ถึง(?:วันที่)?|ถึง|และ(?:วันที่)?|,)\s*"


def _part(n: int, year_optional: bool = True) -> str:
    month = rf"\s*(?:เดือน\s?)?(?P<m{n}>{_MONTH})\.?"
    year = rf"(?:\s*{_YEAR.format(n=n)})" + ("?" if year_optional else "")
    return _DAY.format(n=n) + month + year


# Range with the first month omitted ("22-23 มิถุนายน 2567"), range across months
# ("30 มิ.ย. - 2 ก.ค. 2567"), or one day. Tried in this order at each position.
_RANGE_SAME_MONTH = re.compile(_DAY.format(n=1) + _SEP + _part(2))
_RANGE_TWO_MONTHS = re.compile(_part(1) + _SEP + _part(2))
_SINGLE = re.compile(_part(2))
_SLASHED = re.compile(r"(?<![\d/])(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}|\d{2})(?![\d/])")
_RANGE_REACH = 40  # characters a range may start before, or run on after, its last day-and-month
_YEAR_ONLY = re.compile(r"(?:พ\.\s?ศ\.|ปี(?:งบประมาณ)?(?:\s*พ\.\s?ศ\.)?)\s*(\d{4}|\d{2})(?![\d.,])")


@dataclass(frozen=True)
class ThaiDate:
    """A date or date range found in text, with its offsets and ISO CE bounds."""

    start: int
    end: int
    first: str  # ISO date of the first day
    last: str  # ISO date of the last day (== first for one day)
    year_written: bool  # False when the year came from the article, not this mention

    @property
    def iso(self) -> tuple[str, str]:
        return (self.first, self.last)


def to_ce(year: int, era: str | None = None) -> int:
    """A written year as a Common Era year: 2567 → 2024, 67 → 2024, ค.ศ. 2024 → 2024.

    Two-digit years are Buddhist Era (``พ.ย.65``); four-digit years above 2400
    are Buddhist Era unless marked ค.ศ.
    """
    if era and era.replace(" ", "").startswith("ค"):
        return year + 2000 if year < 100 else year
    if year < 100:
        return year + 2500 - BE_OFFSET
    return year - BE_OFFSET if year > 2400 else year


def to_be(year_ce: int) -> int:
    """The Buddhist Era year of a Common Era year (2024 → 2567)."""
    return year_ce + BE_OFFSET


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2100:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(match: re.Match, n: int) -> int | None:
    value = match.groupdict().get(f"m{n}")
    if value is None:
        return None
    return int(value) if value.isdigit() else MONTHS.get(value.rstrip(".")) or MONTHS.get(value)


def _year(match: re.Match, n: int) -> int | None:
    value = match.groupdict().get(f"y{n}")
    return to_ce(int(value), match.groupdict().get(f"era{n}")) if value else None


def _from_match(match: re.Match, default_year: int | None) -> ThaiDate | None:
    m2, y2 = _month(match, 2), _year(match, 2)
    m1, y1 = _month(match, 1) or m2, _year(match, 1)
    d1 = int(match.group("d1") if "d1" in match.groupdict() else match.group("d2"))
    d2 = int(match.group("d2"))
    year = y2 or y1 or default_year
    if year is None or m1 is None or m2 is None:
        return None
    first_year = y1 or (year - 1 if m1 > m2 else year)
    first, last = _iso(first_year, m1, d1), _iso(year, m2, d2)
    if first is None or last is None or last < first:
        return None
    return ThaiDate(match.start(), match.end(), first, last, bool(y2 or y1))


def find_dates(text: str, default_year: int | None = None, start: int = 0, end: int | None = None) -> list[ThaiDate]:
    """Every date or date range in ``text[start:end]``, left to right, not overlapping.

    A mention without a year takes ``default_year`` (CE); without one it is skipped.
    """
    end = len(text) if end is None else end
    found: list[ThaiDate] = []
    pos = start
    while pos < end:
        match = _next_match(text, pos, end)
        if match is None:
            break
        date = _from_match(match, default_year)
        if date is not None:
            found.append(date)
        pos = match.end() if date is not None else match.start() + 1
    return found


def _next_match(text: str, pos: int, end: int) -> re.Match | None:
    """The leftmost date match at or after ``pos``; at one position the longest form wins.

    Every written date ends in a day-and-month, so the cheap single-day pattern
    finds where to look, and the range patterns run only in a window around it.
    """
    single = _SINGLE.search(text, pos, end)
    candidates = [single, _SLASHED.search(text, pos, end) if "/" in text[pos:end] else None]
    if single:
        low, high = max(pos, single.start() - _RANGE_REACH), min(end, single.end() + _RANGE_REACH)
        candidates += [_RANGE_TWO_MONTHS.search(text, low, high), _RANGE_SAME_MONTH.search(text, low, high)]
    best = None
    for match in candidates:
        if match and (best is None or match.start() < best.start()
                      or (match.start() == best.start() and match.end() > best.end())):
            best = match
    return best


def years_written(text: str) -> list[int]:
    """Common Era years written in ``text`` with a date, พ.ศ. or ปี: the article's year hints."""
    years = [d.first[:4] for d in find_dates(text) if d.year_written]
    years += [str(to_ce(int(y))) for y in _YEAR_ONLY.findall(text)]
    return [int(y) for y in years if 1900 <= int(y) <= 2100]


@cache
def month_names() -> frozenset[str]:
    """Every written month form this module knows (for other recognisers' boundaries)."""
    return frozenset(MONTHS)
