"""Articles for the ingest and pipeline tests, written for them in the genre's style.

Also a toy extractor (persons after นาย/นาง/นางสาว) so the pipeline tests see
entities shared between articles without depending on the real recognisers.
"""
from __future__ import annotations

import re

from phakhi.records import Article, Evidence, Extraction, Person

PHATTHALUNG = (
    "พช.พัทลุง ประชุมขับเคลื่อนหมู่บ้านเศรษฐกิจพอเพียง\n"
    "วันที่ 14 มีนาคม 2567 นางสาวจิราพร ทองคำ พัฒนาการจังหวัดพัทลุง เป็นประธานเปิดการประชุม"
    "คณะทำงานขับเคลื่อนโครงการหมู่บ้านเศรษฐกิจพอเพียง ณ ห้องประชุมศาลากลางจังหวัดพัทลุง "
    "โดยมีผู้นำชุมชนและอาสาพัฒนาเข้าร่วมจำนวน 45 คน"
)
SONGKHLA = (
    "สภาองค์กรชุมชนตำบลคูเต่า จัดเวทีแลกเปลี่ยนเรียนรู้\n"
    "เมื่อวันที่ 2 เมษายน 2567 นายประเสริฐ แก้วมณี ประธานสภาองค์กรชุมชนตำบลคูเต่า อำเภอหาดใหญ่ "
    "จังหวัดสงขลา พร้อมด้วยนางสาวจิราพร ทองคำ ร่วมเวทีแลกเปลี่ยนเรียนรู้การจัดการกองทุนสวัสดิการชุมชน "
    "มีสมาชิกเข้าร่วม 120 คน"
)
THAI_DIGITS = (
    "ร้อยเอ็ด มอบทุนกองทุนสวัสดิการชุมชน\n"
    "วันที่ ๒๒ มิถุนายน ๒๕๖๗ นายสมศักดิ์\u200b ใจดี นายอำเภอเมืองร้อยเอ็ด มอบเงินทุน "
    "แก่กองทุนสวัสดิการชุมชนตำบลรอบเมือง จำนวน ๓ กองทุน"
)
NAKHON = (
    "เครือข่ายอาสาสมัครนครศรีธรรมราช ร่วมปลูกป่าชายเลน\n"
    "วันที่ 5 สิงหาคม 2567 นายประเสริฐ แก้วมณี นำเครือข่ายอาสาสมัครกว่า 80 คน ร่วมปลูกป่าชายเลน "
    "ณ ตำบลปากพูน อำเภอเมืองนครศรีธรรมราช"
)
ENGLISH = "The provincial office held a meeting on community welfare funds with 40 volunteers."

_PERSON = re.compile(r"(?:^|(?<=\s))(?:นางสาว|นาง|นาย)(?!อำเภอ)([ก-๙]+) ([ก-๙]+)", re.MULTILINE)


def toy_extract(article: Article) -> Extraction:
    """Persons after a Thai honorific, with their evidence: enough to share entities."""
    persons = []
    for i, m in enumerate(_PERSON.finditer(article.text)):
        name = f"{m[1]} {m[2]}"
        ev = Evidence(m.start(1), m.end(2), article.text[m.start(1):m.end(2)], "toy.person")
        persons.append(Person(key=f"person:{i}", name=name, mentions=(ev,)))
    return Extraction(article=article, persons=tuple(persons))
