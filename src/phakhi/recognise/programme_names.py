"""Where a programme's name begins and ends in running Thai text.

Thai writes no space between words, so an unquoted ``โครงการ…`` name is read as
the unbroken run after โครงการ, cut at words that start a new phrase (ประจำปี,
ระหว่างวันที่, กิจกรรมที่, ซึ่ง …) and at a verb clause glued to it, found on the
run's dictionary words (…ชนบทได้ซ่อมแซม…, …ชุมชนให้ความช่วยเหลือ…), plus following
space-separated words as long as they are short and do not start a new phrase
(``ตำบลมั่นคง มั่งคั่ง ยั่งยืน``), and the parts of an official title (a ``เพื่อ…แบบ…``
purpose, the area after ``ภายใต้``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.recognise.lexicon import tokens


@dataclass(frozen=True)
class ProgrammeMention:
    name: str
    start: int
    end: int
    rule: str
    alias: str | None = None


_OPEN, _CLOSE = "“\"‘'«", "”\"’'»"
_QUOTED_AFTER = re.compile(r"โครงการ\s?[“\"‘'«]([^”\"’'»\n]{2,150})[”\"’'»]")
# Phrase starts that end a name wherever they occur inside the unbroken run.
_CUT_IN_RUN = re.compile(
    r"สำหรับ(?=ภาค|จังหวัด|อำเภอ|ตำบล|พื้นที่)|ประจำปี|ประจำเดือน|ปีงบประมาณ|ระหว่างวันที่|เมื่อวันที่|ในวันที่|วันที่|กิจกรรมที่|ซึ่ง|ภายใต้|ร่วมกับ|โดยมี|"
    r"จำนวน|(?:ราว|กว่า|ประมาณ|รวม|มูลค่า|วงเงิน)(?=\s?\d|$)|ผ่านระบบ|ลงพื้นที่|เดินหน้า|ประสบความสำเร็จ|"
    r"เปิดรับสมัคร|เป็นประธาน|ณ(?=\s|$)|ครั้งที่|รุ่นที่|ได้รับ|ดังกล่าว|ดังนี้|เพื่อให้|ในพื้นที่|ในปี|ในช่วง|ในเดือน|"
    r"ในสัปดาห์|ที่ผ่านมา|\d|"
    r"ได้(?:ดำเนิน|จัด|มี|ทำ|เข้า|ร่วม|สร้าง|ขยาย|เริ่ม|นำ|ให้|เปิด|ช่วย)|จะ(?:ดำเนิน|จัด|มี|ทำ|เริ่ม|ช่วย)|มีการ|เป็นการ|"
    r"(?:ของ|ผ่าน)(?=กรม|กระทรวง|สำนักงาน|สถาบัน|มูลนิธิ|สมาคม|เทศบาล|อบต|อบจ|องค์การ|มหาวิทยาลัย|พอช|สสส|จังหวัด|ศอ\.บต|"
    r"ธนาคาร|สหกรณ์|กองทุน)"  # …ของกรม…, …ผ่านสถาบันเกษตรกร…: the body that runs it or pays through it
)
# A space-separated word starting with one of these is not part of the name.
_STOP_WORD = re.compile(
    r"(?:ณ|ใน|ให้|ที่|ซึ่ง|และ|หรือ|โดย|เพื่อ|ประจำ|ปี|ระหว่าง|วันที่|วัน|เมื่อ|กิจกรรม|จำนวน|ของ|จาก|เป็น|มี|ได้|จะ|"
    r"ผ่าน|ภายใต้|ร่วม|พร้อม|ตาม|กับ|แก่|ต่อ|สู่|ไป|มา|ด้วย|ทั้ง|รวม|ครั้ง|รุ่น|โครงการ|นาย|นาง|อำเภอ|ตำบล|"
    r"จังหวัด|จ\.|อ\.|ต\.|บ้าน|เวลา|ว่า|กล่าว|นั้น|นี้|ดังกล่าว|แล้ว|อยู่|คือ|เช่น|ได้แก่|แต่|ก็|ยัง|จึง|ทำให้|"
    r"สนับสนุน|จัด|ดำเนิน|เริ่ม|เปิด|มุ่ง|ชู|เน้น|หนุน|พื้นที่|สำนักงาน|ระยะ|ตั้งแต่|แบ่ง|ประกอบ|นำ|ช่วย|เกิด|ส่ง|"
    r"มอบ|ลง|เข้า|ขอ|ยก|ชวน|ผลักดัน|เดินหน้า|ถือ|คาด|เพิ่ม|ลด|เป้าหมาย|วงเงิน|มูลค่า|งบ|ราว|กว่า|ประมาณ|ทุก|หลาย|อีก|"
    r"[\d\-–(“\"'‘])"
)
# The word โครงการ used generically: "โครงการฯ", "โครงการที่…", "โครงการสำคัญ" (but ที่อยู่อาศัย,
# ต่อยอด, เพื่อน, ละคร start real names).
_GENERIC_HEADS = re.compile(
    r"(?:ฯ|ดังกล่าว|นี้|นั้น|ต่าง\s?ๆ|ที่(?!อยู่|ดิน|พัก)|ของ|ใน|ได้|จะ|ซึ่ง|เหล่านี้|ละ(?!คร)|ทั้ง|แบ่ง|มี|เป็น|"
    r"แรก|ระยะ(?:ที่|แรก|ต่อ|สอง|สุดท้าย|นี้|ถัด)|(?:ช่วย|ทำ|ส่งผล)ให้|จาก|และ|หรือ|ต่อ(?!ยอด|เติม)|ตาม(?!หา|รอย|ล่า)|ใหม่|อื่น|เดิม|เพื่อ(?!น)|นำร่อง(?![ก-๙])|"
    r"มา(?:กว่า|นาน|แล้ว|ตั้งแต่|อย่าง|ตลอด|ถึง|จน|ได้|เป็น|ใช้)|กว่า|อีก|รวม(?:ทั้ง|\s?\d)|แล้ว|ไป(?!รษณีย์)|ก็|ยัง(?!ชีพ)|"
    r"กับ|แก่|โดย|ตั้งแต่|เมื่อ|แต่(?!ง)|คือ|ว่า|จำนวน|เพิ่ม(?:เติม|ขึ้น)|สำเร็จ|เสร็จ|ต้อง|เหล่า|ทั่ว|เช่น|"
    r"ด้วยกัน|อย่างต่อเนื่อง|ทุก|มาก|ปี(?:\s?\d|นี้|หน้า|ที่|ละ)|ด้าน|หนึ่ง(?![ก-๙]+หนึ่ง)|อันเนื่อง|ตาม(?:แนว)?พระราชดำริ|ประจำ|"
    r" ?(?:Project|Manager|Coordinator|Officer|Director)\b|"
    r"(?:สำคัญ|หลัก|ใหญ่|ดี\s?ๆ|พิเศษ|เร่งด่วน|ย่อย|ต่อเนื่อง|วิจัย)(?![ก-๙]))"
)
# Words of a verb clause glued to a name (…ชนบทได้ซ่อมแซม…, …มั่นคงไปแล้ว): the name ends before them.
_AUXILIARY = frozenset({"จะ", "แล้ว", "แล้วเสร็จ", "เสร็จสิ้น", "กำลัง", "เคย", "ต้อง", "สามารถ", "ยัง", "ก็", "จึง",
                        "ทำให้", "ส่งผลให้", "ช่วยให้", "ปรากฏ", "ปรากฏว่า", "พบว่า", "ว่า", "ไว้"})  # บรรจุโครงการ…ไว้ในแผน
# Verbs that start a clause only before these words (…คนละครึ่งช่วยกระตุ้น…, …มีกิจกรรม…, …ขึ้นที่…),
# so that เพื่อนช่วยเพื่อน and แบบมีส่วนร่วม stay names.
_VERB_BEFORE = {
    "ช่วย": frozenset({"ให้", "กระตุ้น", "สร้าง", "ลด", "เพิ่ม", "แก้ไข", "ยกระดับ", "ส่งเสริม"}),
    "มี": frozenset({"กิจกรรม", "การ", "ผู้", "เป้าหมาย", "วัตถุประสงค์", "สมาชิก", "เงิน", "เงินสะสม", "งบ",
                    "งบประมาณ", "จำนวน", "ทั้งหมด", "ทั้งสิ้น", "ผล"}),
    "ขึ้น": frozenset({"ที่", "ณ", "ใน", "เมื่อ", "โดย", "ระหว่าง", "เพื่อ", "ตั้งแต่"}),
}
_AUX_IF_MORE = frozenset({"ได้", "ไป", "มา"})  # …กินได้ ends a name; ได้ซ่อมแซม… starts a clause
# Verbs after which ให้ is part of the name (ส่งเสริมให้ชุมชน…); elsewhere ให้ starts a clause.
_CAUSATIVE = frozenset({"ส่งเสริม", "สนับสนุน", "ช่วย", "ทำ", "สร้าง", "เพื่อ", "ฝึก", "มอบ", "รณรงค์", "กระตุ้น",
                        "ชวน", "เชิญชวน", "ปลูกฝัง", "ผลักดัน", "แนะนำ", "เสริม", "หนุน", "ปลุก"})
# States after ให้ that make it part of the name (ปรับสภาพแวดล้อม…ให้เหมาะสมและปลอดภัย).
_RESULT = frozenset({"เหมาะสม", "ปลอดภัย", "ดี", "ดีขึ้น", "เข้มแข็ง", "มั่นคง", "ยั่งยืน", "สะอาด", "น่าอยู่", "ครบ",
                     "พร้อม", "สมบูรณ์", "เป็น", "มี", "ทั่วถึง", "ถูกต้อง", "แข็งแรง", "สวยงาม", "ปลอด", "ห่างไกล",
                     "คงอยู่", "อยู่", "สามารถ", "เกิด", "กลับ", "ได้"})
_AFTER_MOTION = frozenset({"ก้าว", "ต่อ", "เดิน", "กลับ", "นำ", "เข้า", "ก้าวไกล"})
_RELATIVE_VERB = frozenset({"ได้", "มี", "จะ", "ผ่าน", "ผ่านมา", "เกิด", "เป็น", "ดำเนิน", "ดำเนินการ", "ทำ", "ช่วย",
                            "ใช้", "ร่วม", "จัด", "ได้รับ", "สามารถ", "กำลัง"})
# A known initiative followed by one of these is described, not renamed (บ้านมั่นคงสู่คนจนเมือง).
_DESCRIBING = re.compile(r"สู่|ให้|ใน|ของ|แก่|เพื่อ|ที่|กับ|จาก|ได้|จะ|ไป|สำหรับ|ช่วย|นำ")
_AREA = re.compile(r"(?:จังหวัด|อำเภอ|ตำบล|ภาค|ชายแดน|จชต|\S*ชายแดนใต้)[^\s]*$")
_YEAR_AFTER = re.compile(r"\s?(?:ประจำปี|ปีงบประมาณ|พ\.ศ\.)")
_AREA_WORDS = re.compile(
    r"((?: (?:ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.)[ก-๙]{2,20}){1,3})(?=\s(?:ซึ่ง|ประจำปี|ปีงบประมาณ)|[,.]|\s*$)"
)
_TITLED = re.compile(r"(?:เรื่อง|ชื่อ)$")
_SPACED_NAME = re.compile(r" [ก-ฮเแโใไ]")
# Verbs after which "โครงการ " + a Thai run is a name, not the end of a clause (เข้าร่วมโครงการ ชาวบ้าน…).
_INTRODUCES = re.compile(r"(?:จัด|ดำเนิน|ภายใต้|ตาม|ขับเคลื่อน|สนับสนุน|เปิด|เปิดตัว|ผ่าน|ชื่อ)$")
_PURPOSE = re.compile(r" เพื่อ(?!ให้|เป็น|ใช้)([^\s“”\"'‘’()]{6,90})")
_METHOD_END = re.compile(
    r"(?:แบบ[ก-๙]{3,}|ตามแนว(?:ทาง)?[ก-๙]*|ตามหลัก[ก-๙]*|ตามรอย[ก-๙]*|"
    r"ประชารัฐ|ครบวงจร|บูรณาการ)$"
)
_NEXT_SHORT_WORD = re.compile(r" ([^\s“”\"'‘’()]{2,10})(?=[\s,“”\"'()]|$)")
# Words up to the year that closes an official title (…ลดเสี่ยง ลดโรคไม่ติดต่อเรื้อรัง ปี 2567).
_UP_TO_YEAR = re.compile(r"((?: [^\s“”\"'‘’()]{2,30}){1,3})(?= (?:ประจำปี|ปีงบประมาณ|ปี)\s?(?:พ\.ศ\.\s?)?[\d๐-๙]{4})")
# Verbs that open the parts of a slogan-like title (…ลดเสี่ยง ลดโรค…, …เพิ่มรายได้…).
_TITLE_VERBS = ("ลด", "เพิ่ม", "ยก", "ส่ง", "สนับสนุน", "ช่วย", "เดินหน้า", "ผลักดัน", "หนุน", "เน้น", "มุ่ง", "ขอ", "สู่")
# The last items of a list the name ends with (…ด้วยวิทยาศาสตร์ วิจัยและนวัตกรรม).
_LIST_END = re.compile(r" ([^\s“”\"'‘’()]{2,14}และ[^\s“”\"'‘’()]{2,16})(?=[\s,“”\"'()]|$)")
_RUN = re.compile(r"[^\s“”\"'‘’()]+")
# A Latin name, with its Thai rendering after a slash (โครงการ Safe Space/พื้นที่ปลอดภัยสำหรับเด็ก…).
_LATIN_NAME = re.compile(r" ?[A-Za-z][A-Za-z0-9&'.\-]*(?: [A-Za-z0-9][A-Za-z0-9&'.\-]*)*(?:/[^\s“”\"'‘’()]+)?")
# "One X one Y" names: โครงการ 1 ตำบล 1 ศูนย์เรียนรู้, หนึ่งอำเภอหนึ่งผลิตภัณฑ์.
_ONE_EACH = re.compile(r" ?(\d{1,2}) ?[ก-๙]{2,12} ?\1 ?[ก-๙]{2,20}")
_PAREN_ABBR = re.compile(r" ?\(([ก-๙A-Za-z.]{2,12}|[A-Za-z][A-Za-z. ]{1,30})\)")
# Not names: UN bodies, royal projects by kind, "any/various projects" (โครงการก่อสร้างใด ๆ),
# "provincial development projects".
NOT_PROGRAMMES = re.compile(r"แห่งสหประชาชาติ|อาหารโลก|หลวง$|^โครงการ(?:ฯ|ต่าง)|ใด(?:\s?ๆ)?$"
                            r"|^โครงการ(?:พัฒนา)?(?:จังหวัด|อำเภอ|ตำบล|หมู่บ้าน|ท้องถิ่น)$"  # a kind of project
                            r"|^โครงการ(?:อาวุโส|ชำนาญการ(?:พิเศษ)?|ปฏิบัติการ|ประจำ)$")  # ผู้ประสานงานโครงการอาวุโส: a rank

ACTIVITY = re.compile(r"กิจกรรมที่\s?(\d{1,2})\s?:?\s?([^\s,]+)")
_ACTIVITY_CUT = re.compile(r"เป็น|ที่มี|ซึ่ง|เพื่อ|โดย|ได้แก่|คือ")

# National initiatives the genre names without the word โครงการ (a curated list).
_INITIATIVE_NAMES = (
    "จังหวัดบูรณาการ", "พื้นที่สันติสุขขนาดเล็ก", "ตำบลมั่นคง มั่งคั่ง ยั่งยืน", "ตำบลสุขภาวะ",
    "โคก หนอง นา โมเดล", "โคก หนอง นา", "โคกหนองนาโมเดล", "หมู่บ้านกองทุนแม่ของแผ่นดิน",
    "ปลูกผักสวนครัว รั้วกินได้", "ตำบลจัดการตนเอง", "ธรรมนูญสุขภาพตำบล", "บ้านมั่นคง", "บ้านพอเพียง",
    "หมู่บ้านเศรษฐกิจพอเพียงต้นแบบ", "ชุมชนท่องเที่ยว OTOP นวัตวิถี", "ไทยนิยม ยั่งยืน",
    "หมู่บ้านรักษาศีล 5", "30 บาทรักษาทุกที่", "30 บาทรักษาทุกโรค", "บัตรสวัสดิการแห่งรัฐ", "ธนาคารเวลา",
    "คนไทยไม่ทิ้งกัน", "วัดประชารัฐสร้างสุข", "ชุมชนล้อมรักษ์",
    "หน่วยบำบัดทุกข์ บำรุงสุข สร้างรอยยิ้มให้ประชาชน", "อำเภอบำบัดทุกข์ บำรุงสุข",
)
# A known initiative carried on by its field is a longer name (ตำบลจัดการตนเองด้านสุขภาพ).
INITIATIVE_FIELD = re.compile(r"ด้าน(?:(?!อย่าง|ของ|ใน|ให้|ที่|และ|เพื่อ|โดย|จะ|ได้)[^\s“”\"'‘’(),]){2,30}")
INITIATIVES = re.compile("|".join(re.escape(n) for n in sorted(_INITIATIVE_NAMES, key=len, reverse=True)))
CAMPAIGN_QUOTED = re.compile(
    r"(?:การรณรงค์|รณรงค์|แคมเปญ|แนวทาง|(?<!เวที)นโยบาย|มาตรการ|ขับเคลื่อน(?:โมเดล)?|โมเดล|กระบวนการ|รูปแบบ)\s?[“\"‘']([^”\"’'\n]{3,60})[”\"’']"
)

# A named scheme without โครงการ, introduced by its kind and glossed with a Latin acronym in brackets:
# กระบวนการบำบัดฟื้นฟูโดยชุมชนเป็นศูนย์กลาง (Community Based Treatment: CBTx).
SCHEME_ACRONYM = re.compile(
    r"(?:กระบวนการ|แนวทาง|ระบบ|รูปแบบ|โมเดล|มาตรการ|กลไก|แผนงาน|ยุทธศาสตร์|นโยบาย)[^\s()“”\"'‘’,]{4,80}"
    r"(?=\s?\((?:[A-Za-z][A-Za-z .&\-]{3,60}\s?[:：,]\s?)?([A-Z][A-Za-z\-]*[A-Z][A-Za-z]*)\s?\))"
)
_TECHNICAL = frozenset({"GIS", "GPS", "AI", "IT", "ICT", "IOT", "QR", "LINE", "CCTV", "PDF", "API", "CRM", "ERP", "MIS",
                        "EMS", "IOC", "SMS", "OTP", "URL", "WIFI", "VPN", "CPU", "USB", "LED", "UAV"})


def is_scheme_acronym(acronym: str) -> bool:
    """A programme's acronym, not a technology's (ระบบสารสนเทศภูมิศาสตร์ (GIS) is no scheme)."""
    return acronym.upper() not in _TECHNICAL


_QUOTED_ALIAS = re.compile(r"\s?(?:หรือ\s?)?[“\"‘']([^”\"’'\n]{3,60})[”\"’']")  # … หรือ "วัดส่งเสริมสุขภาพ"


def quoted_alias(text: str, at: int, end: int) -> ProgrammeMention | None:
    """A quoted short name written right after a programme's name (… "โคก หนอง นา โมเดล"), or
    after หรือ (… หรือ "วัดส่งเสริมสุขภาพ")."""
    m = _QUOTED_ALIAS.match(text, at, end)
    return ProgrammeMention(m.group(1).strip(), m.start(1), m.end(1), "programme.quoted-alias") if m else None


def quoted_after(text: str, at: int, end: int) -> ProgrammeMention | None:
    """A quoted programme name at ``at`` (the word โครงการ): “โครงการ…” or โครงการ “…”."""
    if at > 0 and text[at - 1] in _OPEN:
        close = min((i for i in (text.find(c, at, min(end, at + 160)) for c in _CLOSE) if i > 0), default=-1)
        if close > at + len("โครงการ") + 1 and "\n" not in text[at:close]:
            return ProgrammeMention(text[at:close].strip(), at, close, "programme.quoted")
    m = _QUOTED_AFTER.match(text, at, end)
    if m:
        inner = m.group(1).strip()
        return ProgrammeMention("โครงการ" + inner, at, m.end(), "programme.quoted-after-word", inner)
    return None


_DRAFTING = ("แผน", "เขียน", "ร่าง", "ข้อเสนอ")


def generic_use(text: str, body: int) -> bool:
    """The word โครงการ (ending at ``body``) used generically: โครงการฯ, โครงการนี้, โครงการทั้งสอง…"""
    return _GENERIC_HEADS.match(text, body) is not None


def cut_unquoted(text: str, at: int, end: int) -> tuple[str, str | None] | None:
    """The unquoted name starting at ``at`` (the word โครงการ) and an alias with its
    parenthesised abbreviation, or None when the word is used generically."""
    body = at + len("โครงการ")
    if _GENERIC_HEADS.match(text, body) or text.startswith("โครงการ", body):
        return None
    if text[max(0, at - 8):at].endswith(_DRAFTING):
        return None  # ฝึกทำแผนโครงการอนุรักษ์…, เขียนโครงการ…: drafting a project of one's own, no name
    latin = _LATIN_NAME.match(text, body, end) or _ONE_EACH.match(text, body, end)
    if latin:
        return "โครงการ" + latin.group(), None
    if _SPACED_NAME.match(text, body) and _INTRODUCES.search(text, max(0, at - 12), at):
        body += 1  # จัดโครงการ ชุมชนเข้มแข็ง: a space after the word, the name follows
        if _STOP_WORD.match(text, body) or _GENERIC_HEADS.match(text, body):
            return None
    head = text[at:body]
    run = _RUN.match(text, body, end)
    if run is None:
        return None
    first = run.group()
    cut = _CUT_IN_RUN.search(first)
    if cut and _titled_area(text, first, cut, run.end()):
        cut = None
    if cut is None and _TITLED.search(first):
        titled = _RUN.match(text, body + len(first) + 1, end) if text.startswith(" ", body + len(first)) else None
        if titled:  # โครงการวิจัยเรื่อง การพัฒนาเศรษฐกิจฐานราก…: the title is the next run
            first = text[body:titled.end()]
            cut = _CUT_IN_RUN.search(first, len(first) - len(titled.group()))
    name = first[:cut.start()] if cut else first
    clause = _clause_start(name)
    if clause is not None:
        name, cut = name[:clause], True
    pos = body + len(name)
    if cut is None:
        pos = _extend(text, pos, end)
        if text.endswith("ภายใต้", 0, at):
            pos = _official_area(text, pos, end)
    known = INITIATIVES.match(text, body, end)
    if known and known.end() > pos:  # โครงการหน่วยบำบัดทุกข์ บำรุงสุข สร้างรอยยิ้มให้ประชาชน: spaces and all
        pos, cut = known.end(), None
    name = text[body:pos]
    if len(name) < 4:
        return None
    short = head + name
    if cut is None:
        pos = _official_purpose(text, pos, end)
    full = head + text[body:pos]
    abbr = _PAREN_ABBR.match(text, pos, end)
    if abbr:
        return full, f"{full} ({abbr.group(1)})"
    return full, (short if full != short else None)


def _titled_area(text: str, run: str, cut: re.Match, run_end: int) -> bool:
    """The area the official title names (…ป้องกันยาเสพติดในพื้นที่จังหวัดชายแดนภาคใต้ ประจำปี…):
    ในพื้นที่ + an area closing the run, and the fiscal year written right after it."""
    return (cut.group() == "ในพื้นที่" and bool(_AREA.match(run, cut.end()))
            and bool(_YEAR_AFTER.match(text, run_end)))


def _official_area(text: str, pos: int, end: int) -> int:
    """After ภายใต้ (an official title follows), the title's area: ``… BCG ตำบลอ่างทอง ซึ่ง…``."""
    m = _AREA_WORDS.match(text, pos, end)
    return m.end(1) if m else pos


def _official_purpose(text: str, pos: int, end: int) -> int:
    """Past a purpose clause that belongs to the official title (…ยั่งยืน เพื่อแก้ไขปัญหายาเสพติด
    แบบครบวงจรตามแนวทางประชารัฐ): one unbroken run after เพื่อ ending in a manner or
    method phrase (แบบ…, ตามแนวทาง…, ประชารัฐ), with no clause of its own."""
    m = _PURPOSE.match(text, pos, end)
    if m is None:
        return pos
    tail = m.group(1)
    cut = _CUT_IN_RUN.search(tail)
    tail = tail[:cut.start()] if cut else tail
    if len(tail) < 6 or not _METHOD_END.search(tail) or _clause_start(tail) is not None:
        return pos
    return m.start(1) + len(tail)


def _clause_start(run: str) -> int | None:
    """Where a verb clause glued to the name begins in ``run`` (None when it does not):
    an auxiliary (จะ, แล้ว, ได้/ไป + more), ให้ after a noun, ที่ + verb, or the
    description that follows a known initiative (บ้านมั่นคงสู่…)."""
    known = INITIATIVES.match(run)
    if known and _DESCRIBING.match(run, known.end()):
        return known.end()
    words = tokens(run)
    at = 0
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        more = i + 1 < len(words)
        if at >= 4 and (
            word in _AUXILIARY
            or (word in _AUX_IF_MORE and more and prev not in _AFTER_MOTION and words[i + 1] != "ด้วยกัน")
            or (word == "ให้" and prev not in _CAUSATIVE and (words[i + 1] if more else "") not in _RESULT)
            or (word == "ที่" and more and words[i + 1] in _RELATIVE_VERB and not _target_group(words, i))
            or (word in _VERB_BEFORE and more and words[i + 1] in _VERB_BEFORE[word])
        ):
            return at
        at += len(word)
    return None


# What a target group "has" (ผู้สูงอายุที่มีภาวะพึ่งพิง, เด็กที่มีความต้องการพิเศษ): part of the name.
_CONDITIONS = ("ภาวะ", "ความพิการ", "ความต้องการ", "รายได้น้อย", "ปัญหา")


def _target_group(words: tuple[str, ...], at: int) -> bool:
    """``…ที่มีภาวะพึ่งพิง``: ที่ + มี + a condition describes who the programme is for."""
    return words[at + 1] == "มี" and "".join(words[at + 2:at + 4]).startswith(_CONDITIONS)


def _extend(text: str, pos: int, end: int) -> int:
    """Add short space-separated words that carry on the name (at most three), or the end of
    a list written with และ, or the words up to the year that closes the title."""
    year = _UP_TO_YEAR.match(text, pos, end)
    if year and not any(_STOP_WORD.match(w) and not w.startswith(_TITLE_VERBS) for w in year.group(1).split()):
        return year.end()
    for _ in range(3):
        m = _NEXT_SHORT_WORD.match(text, pos, end) or _LIST_END.match(text, pos, end)
        if m is None or _STOP_WORD.match(m.group(1)):
            break
        pos = m.end()
    return pos


def activity_name(raw: str) -> str:
    """The activity's own name, without the clause that explains it."""
    cut = _ACTIVITY_CUT.search(raw, 4)
    return raw[:cut.start()] if cut else raw
