"""A synthetic corpus in the phakhi model, from templates: records → the real RDF converter.

Articles are made of Thai press-release sentences filled from small word lists,
with real provinces (DOPA codes), people who recur across articles and change
posts, agencies with units, programmes with events in several provinces, and
evidence offsets that point at the right words, so every analytical query has
work to do. Deterministic for a given seed.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

from rdflib import URIRef

from phakhi.rdf.convert import article_graph
from phakhi.records import Article, Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, Programme, UnitOf
from phakhi.store.params import sparql_term

ROOT = Path(__file__).resolve().parents[1]
GIVEN = ("สมชาย", "สมศรี", "วิชัย", "กมล", "อรุณี", "ประเสริฐ", "มาลี", "สุทธิพงษ์", "จันทร์เพ็ญ", "ธนภณ",
         "นภา", "ไพโรจน์", "รัตนา", "เกรียงไกร", "ศิริพร", "บุญมี", "ชุติมา", "อนุชา", "วรรณา", "ปิยะ")
FAMILY = ("ใจดี", "ทองคำ", "ศรีสุข", "มั่นคง", "เกษกุล", "ปุยยะรุน", "จุลเจริญ", "นาคสวัสดิ์", "บุญเรือง",
          "แก้วมณี", "สายทอง", "พึ่งพา", "รักษ์ถิ่น", "ชัยมงคล", "วงศ์ใหญ่", "อินทร์แก้ว")
ENDINGS = ("", "กุล", "วงศ์", "ศักดิ์", "ชัย", "พันธ์", "สกุล", "รัตน์", "เจริญ", "สวัสดิ์")
TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ว่าที่ร้อยตรี", "ผศ.ดร.")
ROLES = ("ผู้อำนวยการ", "รองผู้อำนวยการ", "ประธาน", "ผู้ว่าราชการจังหวัด", "นายอำเภอ", "พัฒนาการจังหวัด",
         "หัวหน้ากลุ่มงาน", "นายกองค์การบริหารส่วนตำบล")
TOPICS = ("เศรษฐกิจฐานราก", "สวัสดิการชุมชน", "บ้านมั่นคง", "ธรรมนูญสุขภาพ", "ขยะเป็นศูนย์", "เกษตรอินทรีย์",
          "กองทุนหมู่บ้าน", "สันติสุขชายแดนใต้", "ผู้สูงอายุ", "เยาวชนอาสา")
KINDS = ("การประชุม", "เวทีสัมมนา", "การอบรม", "เวทีแลกเปลี่ยนเรียนรู้", "พิธีเปิด")
AGENCIES = ("กรมการพัฒนาชุมชน", "สถาบันพัฒนาองค์กรชุมชน", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ",
            "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้")
UNITS = ("กลุ่มงานส่งเสริมการพัฒนาชุมชน", "กลุ่มงานสารสนเทศ", "ฝ่ายบริหารทั่วไป")


def provinces() -> list[tuple[str, str]]:
    with open(ROOT / "src/phakhi/data/th_provinces.csv", encoding="utf-8-sig") as handle:
        return [(r["province_code"], r["name_th"]) for r in csv.DictReader(handle)]


class Writer:
    """Builds an article's text sentence by sentence and remembers where each name is."""

    def __init__(self) -> None:
        self.text = ""

    def say(self, *parts: str) -> list[Evidence]:
        evidence = []
        for part in parts:
            evidence.append(Evidence(len(self.text), len(self.text) + len(part), part, "synthetic", 0.9))
            self.text += part + " "
        self.text += "\n"
        return evidence


def article(number: int, rng: random.Random, people: list[tuple[str, str]], places: list[tuple[str, str]]) -> Extraction:
    """One synthetic press release: a meeting in a province, its organisers, chair and posts."""
    code, province = rng.choice(places[:40])  # activity concentrates: the other provinces stay quiet
    agency = rng.choice(AGENCIES)
    office = f"สำนักงานพัฒนาชุมชนจังหวัด{province}"
    unit = rng.choice(UNITS)
    topic = rng.choice(TOPICS)
    programme = f"โครงการ{topic}ปี {2019 + number % 6}"
    date = f"{2019 + rng.randrange(6)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    chair, speaker = people[_rank(rng, len(people))], people[_rank(rng, len(people))]
    w = Writer()
    ev = w.say(f"{chair[0]} {chair[1]}", rng.choice(ROLES), office, f"{rng.choice(KINDS)}{topic}",
               f"จังหวัด{province}", programme, agency, unit, f"{speaker[0]} {speaker[1]}")
    persons = (Person("person:0", chair[1], chair[0], (ev[0],)), Person("person:1", speaker[1], speaker[0], (ev[8],)))
    orgs = (Organization("org:0", office, mentions=(ev[2],)), Organization("org:1", agency, mentions=(ev[6],)),
            Organization("org:2", unit, mentions=(ev[7],)))
    place = Place("province:0", province, PlaceType.PROVINCE, province, code, mentions=(ev[4],))
    prog = Programme("programme:0", programme, activities=(f"กิจกรรมที่ 1 {topic}",), mentions=(ev[5],))
    event = Event("event:0", ev[3].quote, date, date, rng.choice((None, 40, 60, 120, 250)), None, "province:0",
                  ("org:0", "org:1"), "person:0", ("person:1",), "programme:0", (ev[3],))
    posts = (Post("person:0", ev[1].quote, "org:0", ev[1]), Post("person:1", rng.choice(ROLES), "org:1", ev[8]))
    text_article = Article(f"{number:06d}.txt", f"synthetic/{number:06d}.txt", w.text, f"ข่าว {topic}", date)
    return Extraction(text_article, persons, orgs, (place,), (prog,), (event,), posts, (UnitOf("org:2", "org:1"),))


def _rank(rng: random.Random, size: int) -> int:
    """A person's index, skewed as in news: a few officials recur often, most appear once or twice."""
    if rng.random() < 0.4:
        return min(int(10 * rng.paretovariate(1.0)) - 10, size - 1)
    return rng.randrange(size)


def corpus(articles: int, seed: int = 7) -> Iterator[tuple[URIRef, object]]:
    """(article IRI, its rdflib graph) for ``articles`` synthetic articles."""
    rng = random.Random(seed)
    people = [(rng.choice(TITLES), f"{g} {f}{e}") for e in ENDINGS for f in FAMILY for g in GIVEN]
    rng.shuffle(people)
    places = provinces()
    for number in range(articles):
        yield article_graph(article(number, rng, people, places))


def write(articles: int, folder: Path) -> tuple[Path, Path, int]:
    """``corpus.nq`` (a graph per article) and ``corpus.nt`` (their merge); the merged triple count."""
    folder.mkdir(parents=True, exist_ok=True)
    nq, nt = folder / "corpus.nq", folder / "corpus.nt"
    merged: set[str] = set()
    with nq.open("w", encoding="utf-8") as quads:
        for iri, graph in corpus(articles):
            for s, p, o in graph:
                line = f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)}"
                quads.write(f"{line} <{iri}> .\n")
                merged.add(line)
    with nt.open("w", encoding="utf-8") as triples:
        triples.writelines(f"{line} .\n" for line in sorted(merged))
    return nq, nt, len(merged)
