"""Segmentation: body zones versus page furniture, and sentences."""
from __future__ import annotations

import pytest

from phakhi.records import Article
from phakhi.text.segment import body_zones, is_furniture, segment

BODY = "วันที่ 22-23 มิถุนายน 2567 สถาบันพัฒนาองค์กรชุมชน จัดเวทีสัมมนา ณ จังหวัดพัทลุง"


def body(text: str) -> list[str]:
    return [text[z.start:z.end] for z in body_zones(text)]


@pytest.mark.parametrize("line", [
    "หน้าแรก | เกี่ยวกับเรา | ข่าวประชาสัมพันธ์ | ติดต่อเรา",
    "หน้าหลัก  ข่าวทั่วไป  ข่าวเศรษฐกิจ  ข่าวสังคม",
    "หน้าแรก > ข่าวประชาสัมพันธ์ > ข่าวกิจกรรม",
    "แชร์ : Facebook Line Twitter พิมพ์หน้านี้",
    "Facebook  Twitter  LINE  Email",
    "(Visited 12 times, 1 visits today)",
    "เข้าชม 345 ครั้ง",
    "อ่าน 1,234 ครั้ง",
    "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุด",
    "ยอมรับ   ปฏิเสธ   ตั้งค่าคุกกี้",
    "คะแนนโหวต :",
    "IMG_1234.JPG  IMG_1235.JPG  IMG_1240.JPG",
    "แท็ก: บ้านพอเพียง, สภาองค์กรชุมชน",
    "Tags : ยูนิเซฟ, เยาวชน",
    "ป้ายกำกับ: สสส. | ตำบลสุขภาวะ",
    "อ่านข่าว : ผู้ว่าฯ น่าน ลงพื้นที่ติดตามโครงการ",
    "Print Friendly, PDF & Email",
    "Post Views: 1,234",
    "Share this:",
    "เขียนโดย Administrator",
    "อ่านข่าวทั้งหมด | กลับหน้าหลัก | พิมพ์ | ส่งอีเมล",
    "← พช.ลำพูน ประชุมประจำเดือน ครั้งที่ 4/2567",
    "→ นายอำเภอบ้านโฮ่ง นายสมปอง ใจดี มอบโล่หมู่บ้านต้นแบบ",
])
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "รายงานโดย นางสาวสุภาวดี หนูเอียด สำนักงานภาคใต้",
    "ข่าว/ภาพ: กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน สำนักงานพัฒนาชุมชนจังหวัดพัทลุง",
    "ภาพ/ข่าว : ศูนย์สื่อสารสมัชชาสุขภาพจังหวัดนครศรีธรรมราช",
    "– กิจกรรมที่ 1 ประชุมสร้างความเข้าใจในการขับเคลื่อนโครงการ",
    "ยอมรับว่าการทำงานร่วมกันของภาคีเครือข่ายในจังหวัดเป็นเรื่องสำคัญมากสำหรับการพัฒนาชุมชนในระยะยาวและต้องทำต่อเนื่อง",
    "น.ส.กนกพร  เปิดเผยว่า  หลังการอบรม  อพม.ทุกคนจะกลับไปสำรวจข้อมูลครอบครัวเปราะบางในชุมชนของตนเอง",
    BODY,
])
def test_body_lines_incl_credit_line(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("header", [
    "Relate topics", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวที่น่าสนใจ", "เรื่องอื่นๆ ที่น่าสนใจ", "คุณอาจสนใจ",
    "อ่านข่าวเพิ่ม:", "อ่านเพิ่มเติม", "ข่าวกิจกรรมอื่นๆ", "ข่าวประชาสัมพันธ์อื่น ๆ",
    "ข่าวที่คุณอาจสนใจ", "บทความยอดนิยม", "เรื่องเด่นที่น่าสนใจ :", "Post navigation",
])
def test_related_list_is_furniture(header):
    text = f"{BODY}\n{header}\n- พอช. ลงพื้นที่ สตูล\n- หนุนเสริมโครงการธนาคารปูม้า ปัตตานี"
    assert body(text) == [BODY]


def test_body_resumes_after_a_related_list_when_a_paragraph_follows():
    paragraph = "นายสมชาย " + "กล่าวว่าชุมชนเข้มแข็งเป็นฐานสำคัญของการพัฒนา " * 8
    text = f"ข่าวที่น่าสนใจ\n- ข่าวอื่นหนึ่ง\n{paragraph.strip()}"
    assert body(text) == [paragraph.strip()]


def test_sentences_stay_inside_body_and_split_at_line_and_full_stop():
    text = f"{BODY}\nแชร์ : Facebook\nสภาองค์กรชุมชน. จำนวน 215 สภา พอช. ร่วม"
    doc = segment(Article("t", "t", text))
    quotes = [text[s.start:s.end] for s in doc.sentences]
    assert quotes == [BODY, "สภาองค์กรชุมชน", "จำนวน 215 สภา พอช. ร่วม"]
    assert not doc.in_body(text.index("แชร์"), text.index("แชร์") + 4)


def test_bulleted_body_lines_stay_body():
    text = f"{BODY}\n• กิจกรรมที่ 1 ประชุมสร้างความเข้าใจแก่ครัวเรือนเป้าหมาย\n• กิจกรรมที่ 2 จัดทำแปลงเรียนรู้"
    assert len(body(text)) == 3


@pytest.mark.parametrize("line", [
    "แชร์ประสบการณ์การทำงานของสภาองค์กรชุมชนตำบลชิงโคให้เครือข่ายในจังหวัดใกล้เคียงได้เรียนรู้ร่วมกันอย่างต่อเนื่อง",
    "ผู้เข้าชมงานมหกรรมสวัสดิการชุมชนครั้งนี้มีทั้งสมาชิกกองทุนและแขกผู้มีเกียรติจากตำบลต่าง ๆ ในอำเภอเสลภูมิ",
])
def test_long_body_lines_starting_with_furniture_words(line):
    assert not is_furniture(line)
