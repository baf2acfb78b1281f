"""Small graphs for the network tests, built through the real RDF conversion.

Two press releases written for these tests: a village forum in Phatthalung and a
volunteers' meeting in Songkhla. Two organisations organise both events, so the
collaboration between them has weight 2; one person holds the same post in both.
"""
from __future__ import annotations

from rdflib import Graph

from support import merged_graph

from phakhi.records import (
    Article, Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, Programme,
)

TEXT_A = (
    "พัทลุงเปิดเวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง\n"
    "วันที่ 12 มีนาคม 2567 นายสมชาย ใจดี พัฒนาการจังหวัดพัทลุง สำนักงานพัฒนาชุมชนจังหวัดพัทลุง "
    "เป็นประธานเปิดเวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง ณ ศาลาประชาคมบ้านควนขนุน จังหวัดพัทลุง "
    "ร่วมกับสภาองค์กรชุมชนตำบลควนขนุน และมูลนิธิชุมชนไท (Thai Community Foundation) "
    "โดยมีนางสาวสุดา รักษ์ดี ปลัดอำเภอเมืองพัทลุง บรรยายเรื่องการจัดทำแผนชุมชน "
    "ภายใต้โครงการหมู่บ้านเศรษฐกิจพอเพียง มีผู้เข้าร่วม 120 คน\n"
)
TEXT_B = (
    "สงขลาประชุมเครือข่ายอาสาพัฒนา\n"
    "วันที่ 3 เมษายน 2567 นายสมชาย ใจดี พัฒนาการจังหวัดพัทลุง สำนักงานพัฒนาชุมชนจังหวัดพัทลุง "
    "ร่วมกับมูลนิธิชุมชนไท จัดประชุมเครือข่ายอาสาพัฒนาภาคใต้ ณ จังหวัดสงขลา\n"
)
ORG1, ORG2, ORG3 = "สำนักงานพัฒนาชุมชนจังหวัดพัทลุง", "สภาองค์กรชุมชนตำบลควนขนุน", "มูลนิธิชุมชนไท"
EVENT_A, EVENT_B = "เวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง", "ประชุมเครือข่ายอาสาพัฒนาภาคใต้"
PROGRAMME = "โครงการหมู่บ้านเศรษฐกิจพอเพียง"


def _ev(text: str, words: str, rule: str = "test") -> tuple[Evidence, ...]:
    at = text.find(words)
    assert at >= 0, words
    return (Evidence(at, at + len(words), words, rule, 0.9),)


def extraction_a() -> Extraction:
    t = TEXT_A
    article = Article("a.txt", "a.txt", t, title="พัทลุงเปิดเวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง", date="2024-03-12")
    return Extraction(
        article,
        persons=(Person("p1", "สมชาย ใจดี", "นาย", _ev(t, "สมชาย ใจดี")),
                 Person("p2", "สุดา รักษ์ดี", "นางสาว", _ev(t, "สุดา รักษ์ดี"))),
        organizations=(Organization("o1", ORG1, mentions=_ev(t, ORG1)),
                       Organization("o2", ORG2, mentions=_ev(t, ORG2)),
                       Organization("o3", ORG3, ("Thai Community Foundation",), mentions=_ev(t, ORG3))),
        places=(Place("pr", "พัทลุง", PlaceType.PROVINCE, "พัทลุง", mentions=_ev(t, "จังหวัดพัทลุง เป็น")),
                Place("v", "ศาลาประชาคมบ้านควนขนุน", PlaceType.VENUE, "พัทลุง", within="pr",
                      mentions=_ev(t, "ศาลาประชาคมบ้านควนขนุน"))),
        programmes=(Programme("g", PROGRAMME, mentions=_ev(t, "ภายใต้" + PROGRAMME)),),
        events=(Event("e", EVENT_A, "2024-03-12", None, 120, venue="v", province="pr", organizers=("o1", "o2", "o3"),
                      chair="p1", speakers=("p2",), programme="g", mentions=_ev(t, "เปิด" + EVENT_A + " ณ")),),
        posts=(Post("p1", "พัฒนาการจังหวัด", "o1", _ev(t, "พัฒนาการจังหวัดพัทลุง")[0]),
               Post("p2", "ปลัดอำเภอ", None, _ev(t, "ปลัดอำเภอ")[0])),
    )


def extraction_b() -> Extraction:
    t = TEXT_B
    article = Article("b.txt", "b.txt", t, title="สงขลาประชุมเครือข่ายอาสาพัฒนา", date="2024-04-03")
    return Extraction(
        article,
        persons=(Person("p1", "สมชาย ใจดี", "นาย", _ev(t, "สมชาย ใจดี")),),
        organizations=(Organization("o1", ORG1, mentions=_ev(t, ORG1)), Organization("o3", ORG3, mentions=_ev(t, ORG3))),
        places=(Place("pr", "สงขลา", PlaceType.PROVINCE, "สงขลา", mentions=_ev(t, "จังหวัดสงขลา")),),
        events=(Event("e", EVENT_B, "2024-04-03", province="pr", organizers=("o1", "o3"), mentions=_ev(t, EVENT_B)),),
        posts=(Post("p1", "พัฒนาการจังหวัด", "o1", _ev(t, "พัฒนาการจังหวัดพัทลุง")[0]),),
    )


graph_of = merged_graph


def small_graph() -> Graph:
    return graph_of(extraction_a(), extraction_b())


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def hostile_graph() -> Graph:
    """An article whose organisation name, title and text carry markup and script."""
    name = f"มูลนิธิ{HOSTILE}ทดสอบ"
    text = f"ข่าว{HOSTILE}\nวันที่ 1 พฤษภาคม 2567 {name} จัดเวทีพูดคุย</script><!-- ที่จังหวัดตรัง\n"
    article = Article("x.txt", "x.txt", text, title=f"หัวข่าว{HOSTILE}")
    return graph_of(Extraction(
        article,
        organizations=(Organization("o", name, (f"alias{HOSTILE}",), mentions=_ev(text, name)),),
        places=(Place("pr", "ตรัง", PlaceType.PROVINCE, "ตรัง", mentions=_ev(text, "จังหวัดตรัง")),),
        events=(Event("e", f"เวที</script>{HOSTILE}", organizers=("o",), province="pr", mentions=_ev(text, "จัดเวที")),),
    ))
