"""Word lists the actor recognisers read: titles, role heads, organisation heads, names.

The packaged gazetteers (``titles.csv``, ``roles.csv``, ``agencies.csv``) are the
curated, growing part; the short tuples here are the grammar of the genre (which
words open an organisation name, which words end a name) that no gazetteer lists.
Everything is read once and cached as frozensets or tuples.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from phakhi.data import data_rows
from phakhi.recognise import gazetteer
from phakhi.recognise.gazetteer import trie_pattern

THAI = "\u0e01-\u0e4e"  # Thai letters, vowels and tone marks (no digits)
# The Thai run that ends where a search for it ends (``LEFT_RUN.search(text, lo, pos)``): the word
# or words glued before ``pos``.
LEFT_RUN = re.compile(rf"[{THAI}]+$")
# Vowels and marks that cannot begin a word.
DEPENDENT = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
                      "\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")

# Titles not in the gazetteer: monastic ranks and common written variants.
EXTRA_TITLES = (
    "พระมหา", "พระอธิการ", "พระปลัด", "พระใบฎีกา", "พระสมุห์", "พระอาจารย์", "พระครูปลัด",
    "พระครูใบฎีกา", "พระครูสมุห์", "พระราชคณะ", "หลวงพ่อ", "หลวงปู่", "พระ", "แม่ชี",
    "พ่อหลวง", "แม่หลวง",  # the northern village head's honorific
    "ท่าน",  # before a foreign official's name (ท่านคำผุย สีหาลาด); a person only with a full name
    "นพ.", "พญ.", "ทพ.", "ทพญ.", "ทพ.ญ.", "ภญ.", "ภก.", "ว่าที่", "ดร.", "อ.", "Dr.", "ผอ.",
    "พท.ป.", "พท.",  # Thai traditional medicine practitioners (the full words are their roles, not titles)
)
# Titles that stand before a name only loosely: the name after them must look like one.
# Kinship words used as titles for villagers (ป้าบุญมา แสนดี, บังหมาด ทองสุข): a person only with a
# full name; titles.csv lists them (category kinship).
KINSHIP_TITLES = frozenset(r["title_th"] for r in data_rows("titles.csv") if r["category"] == "kinship")
WEAK_TITLES = frozenset({"คุณ", "อาจารย์", "อ.", "พระ", "หลวงพ่อ", "หลวงปู่", "ผอ.", "แม่ชี", "ท่าน"}) | KINSHIP_TITLES
FULL_NAME_TITLES = KINSHIP_TITLES | {"ท่าน"}  # titles a person is read after only with a full name
MONASTIC = frozenset({"พระครู", "พระมหา", "พระอธิการ", "พระปลัด", "พระใบฎีกา", "พระสมุห์",
                      "พระอาจารย์", "พระครูปลัด", "พระครูใบฎีกา", "พระครูสมุห์", "พระ",
                      "หลวงพ่อ", "หลวงปู่"})
# Titles that are a role when read as a post (ผอ.), never kept as a person's title alone.
ROLE_TITLES = frozenset({"ผอ."})

# Words that start like the title นาย and are none: employer, broker, guarantor, hunter (สภาองค์การนายจ้าง…).
NAI_WORDS = ("นายจ้าง", "นายหน้า", "นายประกัน", "นายพราน")

# Words that end a person name: a family-name slot starting with one of these is not a name.
STOP_WORDS = frozenset("""
กล่าว ได้ เป็น ร่วม จัด ให้ ประธาน ผู้ รอง และ ที่ ซึ่ง มา เข้า เปิด นำ พร้อม พร้อมด้วย กับ
ระบุ เสนอ ชี้แจง บรรยาย รายงาน เผย เปิดเผย ตอกย้ำ อธิบาย แนะนำ มอบ รับ ลง ตรวจ ติดตาม เยี่ยม
ขอบคุณ เชิญ จะ ก็ ยัง ยืนยัน เน้น ย้ำ ชวน สรุป ฝาก ทำ ไป อยู่ มี คือ โดย ณ ใน จาก ของ ว่า แล้ว
ต่อ สำหรับ เพื่อ จึง ด้าน ส่วน ทั้ง ตลอดจน รวมถึง หรือ นอกจากนี้ วิทยากร ผู้แทน ตัวแทน ดำเนิน
เจ้าหน้าที่ นัก อาจารย์ หัวหน้า กรรมการ สมาชิก แกนนำ ชาวบ้าน ประชาชน กำนัน ผู้ใหญ่บ้าน นายก
ปลัด อธิบดี เลขาธิการ นายอำเภอ พัฒนาการ คณะ ทีม ตำบล อำเภอ จังหวัด บ้าน หมู่ เพิ่ม กำหนด
ถือ เห็น พบ ทราบ คาด หวัง ต้องการ สร้าง พัฒนา สนับสนุน ส่งเสริม ขับเคลื่อน แจ้ง เตรียม ประชุม
ตั้ง ก่อน หลัง ด้วย การ ความ ประจำ พูด ตอบ ยอมรับ แสดง ถาม เรียก กำชับ สั่งการ มอบหมาย
เดินทาง ตรวจเยี่ยม ลงพื้นที่ ชี้ ขอ ช่วย เชื่อ มอง ย้อน ฝาก ทิ้งท้าย ขณะ เมื่อ ท่าน ได้แก่ เช่น ทำหน้าที่ ฐานะ ในฐานะ บอก เล่า ชื่นชม ประกาศ ร่วมกับ
เคย ดำรงตำแหน่ง รักษาราชการ เกษียณ ย้าย
""".split())

# Words that may stand right before a title inside a Thai run ("โดยมีนาย…", "และอาจารย์…").
LEFT_GLUE = tuple(sorted(set("""
และ โดย โดยมี มี ด้วย พร้อมด้วย กับ ร่วมกับ ให้ จาก ที่ คือ ได้แก่ นำโดย ซึ่ง ถึง แก่ ของ ว่า
เช่น ทั้ง ขณะที่ ต่อ ท่าน เมื่อ รวมถึง ตลอดจน หรือ แด่ สำหรับ ยัง ยังขอบคุณ ขอบคุณ เชิญ ส่วน
ด้าน ภายใต้การนำของ นำ ระหว่าง โดยการนำของ ได้รับเกียรติจาก เกียรติจาก ซึ่งมี แทน รักษาราชการแทน
ผ่าน ยื่นต่อ มอบให้ เรียน ตอนนี้ ขณะนี้ ปัจจุบัน ล่าสุด จากนั้น ต่อมา นอกจากนี้ ทั้งนี้
แต่งตั้ง เลือก คัดเลือก มอบหมาย
""".split()), key=len, reverse=True))

# Words that open a credit line, after which an untitled name may stand.
CREDIT_MARKERS = ("รายงานโดย", "เรียบเรียงโดย", "เขียนโดย", "ภาพ/ข่าว", "ข่าว/ภาพ", "ภาพและข่าว",
                  "ข่าวและภาพ", "ผู้เขียน", "เรื่อง/ภาพ", "เรื่องและภาพ", "ผู้รายงาน", "ภาพโดย", "ถ่ายภาพโดย",
                  "ภาพ :", "ภาพ:", "ข่าว :", "ข่าว:")


def _rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a packaged gazetteer, or none when it is not packaged yet."""
    try:
        return data_rows(name)
    except FileNotFoundError:
        return ()


def _alternates(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@cache
def titles() -> tuple[str, ...]:
    """Every honorific, rank and academic title (full and abbreviated), longest first."""
    found = set(EXTRA_TITLES)
    for row in _rows("titles.csv"):
        found.update(v for v in [row.get("title_th", "").strip(), *_alternates(row.get("abbr_th", ""))]
                     if v and "(" not in v)
    found.discard("")
    return tuple(sorted(found, key=len, reverse=True))


@cache
def title_pattern() -> re.Pattern[str]:
    """One or more titles, attached or spaced: ``ผศ.ดร.``, ``ว่าที่ ร.ต.``, ``นาย ``."""
    return re.compile(rf"(?:(?:{trie_pattern(titles())})(?:หญิง)?\s?)+")


@cache
def split_titles() -> re.Pattern[str]:
    return re.compile(rf"((?:{trie_pattern(titles())})(?:หญิง)?)")


@cache
def family_names() -> frozenset[str]:
    from pythainlp.corpus import thai_family_names

    return frozenset(thai_family_names())


@cache
def given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())


@cache
def dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Dictionary words of a short Thai run (newmm, PyThaiNLP's bundled dictionary)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=False)) or ("",)


@cache
def province_names() -> frozenset[str]:
    return frozenset(gazetteer.provinces())


@cache
def local_names() -> frozenset[str]:
    """Every district and subdistrict name, short everyday words (แร่, ปาย) included."""
    return frozenset(gazetteer.districts()) | frozenset(gazetteer.subdistricts())


@cache
def place_names() -> frozenset[str]:
    """Provinces, districts and subdistricts: names that may follow an abbreviation (อบต.นาแก้ว)."""
    names = local_names()
    common = dictionary()  # short everyday words that are also a tambon's name (และ)
    return frozenset(n for n in names if len(n) >= 4 or (len(n) == 3 and n not in common)) | province_names()


@cache
def agencies() -> tuple[dict[str, str], ...]:
    return _rows("agencies.csv")


@cache
def provincial_heads() -> frozenset[str]:
    """Titles of the heads of provincial offices (``หัวหน้าสำนักงานจังหวัด``): they name a place only."""
    return frozenset(r["role_th"].strip() for r in _rows("roles.csv") if r.get("kind", "").strip() == "provincial-head")


@cache
def roles_gazetteer() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role, abbreviations) pairs from ``roles.csv``."""
    return tuple(
        (r["role_th"].strip(), tuple(_alternates(r.get("abbr_th", ""))))
        for r in _rows("roles.csv") if r.get("role_th", "").strip() and "(" not in r["role_th"]
    )
