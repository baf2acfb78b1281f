"""Which dates in an article are dates of happenings, and the year of those written without one.

Every day-precise date in the body is an event date unless its context says it is
something else: a deadline (ภายในวันที่ …), a founding or birth date, a publication
stamp. A date without a year takes the year of the nearest dated mention before it,
else a year written elsewhere in the article (headline, ประจำปี 2565), else the
publication date's year.
"""
from __future__ import annotations

import datetime as dt
import re

from phakhi.text.segment import Document
from phakhi.text.thaidate import ThaiDate, find_dates, to_ce, years_written

_NOT_EVENT_BEFORE = re.compile(
    r"(?:ภายใน|ก่อน|หมดเขต|สิ้นสุด|ก่อตั้ง|จัดตั้งเมื่อ|เกิด|ประกาศ|ลงวันที่|เผยแพร่|โพสต์|อัปเดต|อัพเดท|"
    r"ปรับปรุง|ข้อมูล ณ|ข้อมูลเมื่อ|ณ|ฉบับ|อ้างอิง|ที่มา|สืบค้น|เข้าถึง|(?:ถึงแก่กรรม|ถึงแก่อนิจกรรม|เสียชีวิต|มรณภาพ)(?:ลง)?(?:อย่างสงบ)?|(?:เกษียณ|พ้นจากตำแหน่ง|ลาออก)[ก-๙]{0,10}|มีผลบังคับ|บังคับใช้|ครบกำหนด|กำหนดส่ง|ส่งภายใน|"
    r"ตั้งแต่บัดนี้\s*(?:จน)?ถึง|ตั้งแต่บัดนี้\s*[-–]|ปิดรับสมัคร|รับสมัคร(?:ถึง)?|สมัคร(?:ได้)?(?:ถึง|จนถึง)|จนถึง)"
    r"[ \t]*:?[ \t]*(?:วัน[ก-๙]*ที่|เมื่อ(?:วัน[ก-๙]*ที่)?)?[ \t]*\(?[ \t]*$"  # in the same line: …เสียชีวิต / วันที่… is news
)
# A short line with a CMS time (10:15), a "|" or a stamp word and no happening in it:
# when the page was posted (เผยแพร่: 18 ม.ค. 2568 08:12 น. | อ่านแล้ว 2,417 ครั้ง).
_STAMP_WORD = re.compile(
    r"โพสต์|เผยแพร่|ข่าววันที่|อัปเดต|อัพเดท|ปรับปรุงล่าสุด|posted|published|updated|ผู้เขียน|เขียนโดย|อ่านแล้ว|"
    r"views?|\||\d:\d\d|·|ที่มา|อ้างอิง|ขอบคุณ(?:ข้อมูล|ภาพ)|เครดิต|cr\.|source|#[ก-๙A-Za-z]|ข่าว\s*:|ภาพ\s*:|"
    r"ข่าว/ภาพ|รายงานโดย|ผู้สื่อข่าว", re.I,
)
_HAPPENING = re.compile(r"ประชุม|จัด|เวที|อบรม|ลงพื้นที่|ประธาน|สัมมนา|พิธี|กิจกรรม|เข้าร่วม|มอบ|เยี่ยม")
_STAMP_LINE_MAX = 120
# A sentence that reports a post or a published finding, not a happening (เมื่อวันที่ 5 มี.ค. เพจ … โพสต์
# ข้อความว่า …; นักวิจัย… เผยแพร่ผลการศึกษา… เมื่อวันที่ 30 เมษายน).
_POSTING = re.compile(r"โพสต์|แชร์|ทวีต|เฟซบุ๊ก|facebook|เพจ|ติ๊กต็อก|tiktok|เผยแพร่(?:ผล|รายงาน|ข้อมูล)", re.I)
_LIVE = re.compile(r"เสวนา|ถ่ายทอดสด|ไลฟ์|live|แถลง|บรรยาย|ประกวด|แข่งขัน|รณรงค์|เปิดตัว", re.I)
# An earlier edition recalled (ครั้งที่ผ่านมา … เมื่อวันที่, เมื่อปีที่แล้ว): not this article's happening.
_EARLIER_EDITION = re.compile(
    r"(?:ครั้งที่ผ่านมา|ต่อยอดจาก|สืบเนื่องจาก|ครั้งก่อน|ครั้งที่แล้ว|ปีที่แล้ว|ปีที่ผ่านมา|ปีก่อน|เมื่อครั้ง|เคยจัด)[^\n]{0,45}$"
)
_EARLIER_REACH = 60
_FISCAL = re.compile(r"ปีงบประมาณ\s*(?:พ\.\s?ศ\.)?\s*(\d{4})")
_FISCAL_START = 10  # the Thai fiscal year starts in October
_LONGEST_EVENT_DAYS = 31
_HISTORY_YEARS = 3  # a date this many years before the latest one recalls history
# "วันนี้" not followed by its date in parentheses: the day the article was published.
# A word of its own (not ทุกวันนี้ "nowadays", ในวันนี้ in a quote), glued to what follows or not,
# but not วันนี้เป็นต้นไป "from today on".
_TODAY = re.compile(
    r"(?<![ก-๙])(?:เมื่อ)?(?:วันนี้|เมื่อวานนี้|เมื่อวาน)(?!\s*\(\s*\d)(?!\s?เป็นต้นไป|ซืน)"
)
_DAY_ONLY = re.compile(r"(?:เมื่อ|ใน)วัน[ก-๙]*ที่\s?(\d{1,2})\s?(?=ที่ผ่านมา)")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_ANY_LEAP_YEAR = 2000  # finds every written day, 29 February included, before the real year is known
_NOT_EVENT_AFTER = re.compile(r"\s*\)?\s*(?:เป็นต้นไป|เป็นต้นมา|เป็นวันสุดท้าย)")  # from then on, since then


def _default_year(doc: Document) -> tuple[int | None, bool]:
    """The year for dates written without one, and whether it is a fiscal year.

    Dated mentions in the body come first, then the publication date, then a
    year written alone (ประจำปี 2565, พ.ศ. 2563). A Thai fiscal year (ปีงบประมาณ
    2567) runs from October of the year before.
    """
    body = "\n".join(doc.text[z.start:z.end] for z in doc.zones)
    dated = [int(d.first[:4]) for d in find_dates(body) if d.year_written]
    if dated:
        return dated[0], False
    published = doc.article.date
    if published and published[:4].isdigit():
        return int(published[:4]), False
    years = years_written(body + "\n" + (doc.article.title or ""))
    if not years:
        return None, False
    fiscal = _FISCAL.search(body)
    return years[0], bool(fiscal and to_ce(int(fiscal.group(1))) == years[0])


def _dates_in_body(doc: Document) -> list[ThaiDate]:
    """Body dates; a date without a year takes the year of the dated mention before it."""
    fallback, fiscal = _default_year(doc)
    found: list[ThaiDate] = []
    last_year = None
    for zone in doc.zones:
        for date in find_dates(doc.text, _ANY_LEAP_YEAR, zone.start, zone.end):
            if date.year_written:
                last_year = int(date.last[:4])
                found.append(date)
                continue
            year = last_year or fallback
            if year is not None and last_year is None and fiscal and int(date.first[5:7]) >= _FISCAL_START:
                year -= 1
            if year is not None:
                found.extend(find_dates(doc.text, year, date.start, date.end))
    return found


def _is_stamp(doc: Document, date: ThaiDate) -> bool:
    """The date's line is a short posting stamp, not a sentence about a happening."""
    line = doc.zone_at(date.start)
    content = doc.text[line.start:line.end]
    return (len(content) <= _STAMP_LINE_MAX and bool(_STAMP_WORD.search(content))
            and not _HAPPENING.search(content))


def _earlier_edition(doc: Document, date: ThaiDate, since: int) -> bool:
    """The date recalls an earlier edition or a past year's happening in its sentence, with
    no other date between (``ซึ่งครั้งที่ผ่านมาจัดเมื่อวันที่ 3 มีนาคม 2566``), not today's
    (``วันนี้ (…)``)."""
    sentence = doc.sentence_at(date.start)
    before = doc.text[max(sentence.start, since, date.start - _EARLIER_REACH):date.start]
    return bool(_EARLIER_EDITION.search(before)) and "วันนี้" not in before


def _publication(doc: Document, dates: list[ThaiDate]) -> str | None:
    """The publication date: the article's, else the date of a posting stamp in the body
    (a Facebook-style post: ``12 มีนาคม 2567 ·`` then ``วันนี้ชาวบ้าน…``)."""
    if doc.article.date and _ISO.match(doc.article.date):
        return doc.article.date
    return next((d.first for d in dates if d.year_written and _is_stamp(doc, d)), None)


# Someone said or disclosed something on that day (…เปิดเผยเมื่อวันที่ 20 มิถุนายน 2567 ว่า): the day of a
# statement to the press, no happening, unless the article reports something else done the same day.
_SAID_ON = re.compile(r"(?:เปิดเผย|เผย|กล่าว|ให้สัมภาษณ์|ระบุ|ให้ข้อมูล)(?:กับผู้สื่อข่าว)?\s?(?:เมื่อ)?\s?(?:วัน[ก-๙]*ที่)?\s?$")
_THAT_AFTER = re.compile(r"\s?(?:ที่ผ่านมา\s?)?ว่า")
_SAME_DAY = re.compile(r"วันเดียวกัน|ในวันนั้น|วันนั้น")


def _dates_a_statement(text: str, date: ThaiDate) -> bool:
    """``…เปิดเผยเมื่อวันที่ 20 มิถุนายน 2567 ว่า``, or ``วันนี้ (28 ก.พ.) นาย… ผู้อำนวยการ… เปิดเผยว่า``:
    the date of what someone said, with nothing done before it in its line or between (not
    ``…มาเยี่ยมชมตลาดเมื่อวันที่ 19 ตุลาคม 2568 กล่าวว่า``: the day of a visit)."""
    if _SAME_DAY.search(text):
        return False
    if _SAID_ON.search(text, max(0, date.start - 40), date.start) and _THAT_AFTER.match(text, date.end):
        return True
    line_start, line_end = text.rfind("\n", 0, date.start) + 1, text.find("\n", date.end)
    said = _SAYS_THAT.search(text, date.end, min(line_end if line_end != -1 else len(text), date.end + _SAID_REACH))
    around = text[max(line_start, date.start - _SAID_REACH):date.start] + (text[date.end:said.start()] if said else "")
    return said is not None and not _HAPPENING.search(around) and not _ANOTHER_DATE.search(around)


_SAYS_THAT = re.compile(r"(?:เปิดเผย|เผย|กล่าว|ให้สัมภาษณ์|ระบุ|ให้ข้อมูล)(?:กับผู้สื่อข่าว)?\s?ว่า")
_SAID_REACH = 200


# A fire, flood or attack: what it dates is what happened to people, not a happening of theirs.
_INCIDENT = re.compile(r"เหตุ(?:เพลิงไหม้|ไฟไหม้|อุทกภัย|น้ำท่วม|วาตภัย|ดินโคลนถล่ม|ดินสไลด์|อุบัติเหตุ|ระเบิด|ลอบวาง|"
                       r"ยิง|ความรุนแรง|ไม่สงบ)|(?:เพลิง|ไฟ)ไหม้|น้ำป่าไหลหลาก|พายุ[ก-๙]*พัด|เกิดอุบัติเหตุ")
_INCIDENT_REACH = 120
_ANOTHER_DATE = re.compile(r"\d{4}|วันที่\s?\d")  # only the first date after the incident is its date


def _dates_an_incident(text: str, date: ThaiDate) -> bool:
    """``จากเหตุเพลิงไหม้บ้านเรือน… เมื่อคืนวันที่ 2 กุมภาพันธ์``: the first date after an incident,
    with no happening word (ประชุม, จัด, มอบ …) between them."""
    if _INCIDENT.match(text, date.end + (text[date.end:date.end + 1] == " ")):
        return True  # ระหว่างวันที่ 11-17 เมษายน 2568 เกิดอุบัติเหตุ 96 ครั้ง: the days the incidents happened on
    line = text.rfind("\n", 0, date.start) + 1
    before = text[max(line, date.start - _INCIDENT_REACH):date.start]
    found = None
    for found in _INCIDENT.finditer(before):
        pass
    if found is None:
        return False
    between = before[found.end():]
    return not _HAPPENING.search(between) and not _ANOTHER_DATE.search(between)


_RESOLUTION = re.compile(r"มีมติ|ลงมติ")
_MEETING = re.compile(r"ประชุม")


def _cites_a_resolution(text: str, date: ThaiDate) -> bool:
    """``คณะรัฐมนตรีได้มีมติรับหลักการ… เมื่อวันที่ 25 กุมภาพันธ์``: the date of a resolution cited
    as background; a meeting the article reports (ที่ประชุม… มีมติ…) is still a happening."""
    line = text.rfind("\n", 0, date.start) + 1
    before = text[max(line, date.start - 200):date.start]
    return (bool(_RESOLUTION.search(before)) and not _MEETING.search(before)
            and before.rstrip().endswith(("เมื่อวันที่", "เมื่อ")))


_STATEMENT = re.compile(r"แถลงการณ์|จดหมายเปิดผนึก|คำประกาศ|ประกาศ")
# An official letter: its subject and addressee lines (เรื่อง …, เรียน …).
_LETTER = re.compile(r"^เรื่อง\s.+\n+\s*เรียน\s", re.MULTILINE)
_DATE_ONLY_LINE = re.compile(r"\s*(?:วัน[ก-๙]*ที่|ลงวันที่)?\s*$")


def _statement_dateline(doc: Document, date: ThaiDate) -> bool:
    """``วันที่ 3 มีนาคม 2568`` alone on its line in a statement, an announcement or a letter: the
    day it was issued, not a happening."""
    line = doc.zone_at(date.start)
    if doc.text[date.end:line.end].strip(" .") or not _DATE_ONLY_LINE.fullmatch(doc.text, line.start, date.start):
        return False
    title = doc.article.title or doc.text[:200]
    return bool(_STATEMENT.search(title[:200])) or bool(_LETTER.search(doc.text, 0, 2000))


def _reports_a_post(doc: Document, date: ThaiDate) -> bool:
    """The date's sentence tells of a post on a page and of no happening."""
    sentence = doc.sentence_at(date.start)
    content = doc.text[sentence.start:sentence.end]
    return bool(_POSTING.search(content)) and not (_HAPPENING.search(content) or _LIVE.search(content))


def _relative_to_publication(doc: Document, published: str | None) -> list[ThaiDate]:
    """``วันนี้``/``เมื่อวาน`` and a day without its month (``เมื่อวันที่ 5 ที่ผ่านมา``), dated from
    the publication date when it is known."""
    if not published:
        return []
    day = dt.date.fromisoformat(published[:10])
    found = []
    for zone in doc.zones:
        for m in _TODAY.finditer(doc.text, zone.start, zone.end):
            iso = (day - dt.timedelta(days=1 if m.group().startswith("เมื่อวาน") else 0)).isoformat()
            found.append(ThaiDate(m.start(), m.end(), iso, iso, True))
        for m in _DAY_ONLY.finditer(doc.text, zone.start, zone.end):
            iso = _latest_day(day, int(m.group(1)))
            if iso:
                found.append(ThaiDate(m.start(1), m.end(1), iso, iso, True))
    return found


def _latest_day(published: dt.date, day: int) -> str | None:
    """The last date on or before ``published`` whose day of the month is ``day``."""
    year, month = published.year, published.month
    for _ in range(2):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate <= published:
            return candidate.isoformat()
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def event_dates(doc: Document) -> list[ThaiDate]:
    """Dates of happenings in the body of ``doc``, in text order."""
    text = doc.text
    kept = []
    written = _dates_in_body(doc)
    relative = _relative_to_publication(doc, _publication(doc, written))
    for date in sorted(written + relative, key=lambda d: d.start):
        before = text[max(0, date.start - 40):date.start]
        if _NOT_EVENT_BEFORE.search(before) or _NOT_EVENT_AFTER.match(text, date.end) or _is_stamp(doc, date):
            continue
        if (_reports_a_post(doc, date) or _dates_an_incident(text, date) or _cites_a_resolution(text, date)
                or _statement_dateline(doc, date) or _dates_a_statement(text, date)):
            continue
        if (dt.date.fromisoformat(date.last) - dt.date.fromisoformat(date.first)).days > _LONGEST_EVENT_DAYS:
            continue  # a project period (1 ตุลาคม 2566 – 30 กันยายน 2567), not a happening
        kept.append(date)
    return _recent(_without_earlier_editions(doc, kept))


def _without_earlier_editions(doc: Document, dates: list[ThaiDate]) -> list[ThaiDate]:
    """Drop dates that recall an earlier edition, when the article reports a later happening."""
    ends = [0] + [d.end for d in dates[:-1]]
    earlier = [d for d, since in zip(dates, ends) if _earlier_edition(doc, d, since)]
    if not earlier:
        return dates
    latest = max((d.first for d in dates if d not in earlier), default="")
    return [d for d in dates if d not in earlier or d.first >= latest]


def _recent(dates: list[ThaiDate]) -> list[ThaiDate]:
    """Without dates years older than the article's latest happening (a history recalled:
    เมื่อวันที่ 26 ธันวาคม 2547 เกิดสึนามิ, in a report of 2567)."""
    if not dates:
        return dates
    latest = max(int(d.first[:4]) for d in dates)
    return [d for d in dates if latest - int(d.first[:4]) < _HISTORY_YEARS]
