"""Benchmark of the network page: generation time, file size, time to a stable layout in Chromium.

Builds a synthetic corpus through the real RDF conversion (articles with events,
organisers, chairs, speakers, venues, programmes and posts, every entity with
evidence), then times read → project → render → write for the actors view, and
opens the page in Debian's headless Chromium (offline) until the layout freezes.

    PYTHONPATH=src python bench/network_bench.py            # 1k and 5k nodes
    PYTHONPATH=src python bench/network_bench.py --sizes 1000 --no-browser
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from phakhi.network.facts import read_facts
from phakhi.network.html import select
from phakhi.network.page import render_page, write_page
from phakhi.rdf.convert import article_graph, bind_prefixes
from phakhi.records import Article, Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, Programme

GIVEN = ["สมชาย", "สุดา", "วิชัย", "กมล", "อุทัย", "พิศมัย", "ธนภณ", "จันทร์เพ็ญ", "ประเสริฐ", "วันวิสาข์"]
FAMILY = ["ใจดี", "รักษ์ดี", "ทองเกิด", "นามแก้ว", "บุญธรรม", "ศรีสังข์", "พลสยม", "เกษกุล", "แสงโชติ", "ธารเลิศ"]
PROVINCES = ["พัทลุง", "สงขลา", "ตรัง", "ยะลา", "ปัตตานี", "นราธิวาส", "สตูล", "กระบี่", "ชุมพร", "ระนอง",
             "ขอนแก่น", "อุดรธานี", "ศรีสะเกษ", "ลำปาง", "เชียงใหม่", "น่าน", "จันทบุรี", "ระยอง", "ร้อยเอ็ด", "สุรินทร์"]


def _pools(nodes: int, rng: random.Random) -> dict[str, list[str]]:
    """Names for ``nodes`` entities: 40% people, 40% events, 12% organisations, 3% programmes, 5% places."""
    n = {"person": nodes * 40 // 100, "event": nodes * 40 // 100, "org": nodes * 12 // 100,
         "programme": nodes * 3 // 100}
    n["venue"] = nodes - sum(n.values()) - len(PROVINCES)
    return {
        "person": [f"{rng.choice(GIVEN)}{i} {rng.choice(FAMILY)}" for i in range(n["person"])],
        "event": [f"เวทีประชาคมครั้งที่ {i}" for i in range(n["event"])],
        "org": [f"สภาองค์กรชุมชนตำบลที่ {i}" for i in range(n["org"])],
        "programme": [f"โครงการพัฒนาชุมชนเข้มแข็ง {i}" for i in range(n["programme"])],
        "venue": [f"ศาลาประชาคมหมู่ {i}" for i in range(n["venue"])],
    }


def _article(i: int, events: list[str], pools: dict[str, list[str]], rng: random.Random) -> Extraction:
    """One synthetic press release holding ``events``, each with 3 organisers, a chair, 3 speakers."""
    persons, orgs, places, programmes, evs, posts = {}, {}, {}, {}, [], []
    text_parts = []

    def mention(name: str) -> tuple[Evidence, ...]:
        start = sum(len(p) + 1 for p in text_parts)
        text_parts.append(name)
        return (Evidence(start, start + len(name), name, "bench", 0.9),)

    for j, name in enumerate(events):
        v = rng.randrange(len(pools["venue"]))
        venue, province = pools["venue"][v], PROVINCES[v % len(PROVINCES)]  # a venue lies in one province
        places.setdefault(province, Place(f"pr:{province}", province, PlaceType.PROVINCE, province, mentions=mention(province)))
        places.setdefault(venue, Place(f"v:{venue}", venue, PlaceType.VENUE, province, within=f"pr:{province}",
                                       mentions=mention(venue)))
        people = rng.sample(pools["person"], 4)
        hosts = rng.sample(pools["org"], 3)
        programme = rng.choice(pools["programme"])
        for p in people:
            persons.setdefault(p, Person(f"p:{p}", p, "นาย", mention(p)))
        for o in hosts:
            orgs.setdefault(o, Organization(f"o:{o}", o, mentions=mention(o)))
        programmes.setdefault(programme, Programme(f"g:{programme}", programme, mentions=mention(programme)))
        posts.append(Post(f"p:{people[0]}", "ผู้อำนวยการ", f"o:{hosts[0]}", mention("ผู้อำนวยการ")[0]))
        evs.append(Event(f"e:{j}", name, "2024-03-12", venue=f"v:{venue}", province=f"pr:{province}",
                         organizers=tuple(f"o:{o}" for o in hosts), chair=f"p:{people[0]}",
                         speakers=tuple(f"p:{p}" for p in people[1:]), programme=f"g:{programme}",
                         mentions=mention(name)))
    article = Article(f"{i:05d}.txt", f"bench/{i:05d}.txt", " ".join(text_parts), title=f"ข่าวที่ {i}")
    return Extraction(article, tuple(persons.values()), tuple(orgs.values()), tuple(places.values()),
                      tuple(programmes.values()), tuple(evs), tuple(posts))


def synthetic_graph(nodes: int, seed: int = 1) -> Graph:
    """A corpus graph whose actors view has about ``nodes`` nodes and four times as many edges."""
    rng = random.Random(seed)
    pools = _pools(nodes, rng)
    graph = bind_prefixes(Graph())
    events = pools["event"]
    for i in range(0, len(events), 2):
        graph += article_graph(_article(i // 2, events[i:i + 2], pools, rng))[1]
    return graph


def generate(graph: Graph, path: Path) -> tuple[int, int, float]:
    """Nodes, edges and seconds for read → project → render → write of the actors page."""
    start = time.perf_counter()
    g, omitted = select(read_facts(graph), "actors")
    write_page(render_page(g, "actors", omitted), path)
    return g.number_of_nodes(), g.number_of_edges(), time.perf_counter() - start


def time_in_chromium(path: Path) -> tuple[float, float]:
    """(seconds until the page reports a frozen layout, in-page; wall seconds from navigation)."""
    from playwright.sync_api import sync_playwright

    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=flags)
        page = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True).new_page()
        start = time.perf_counter()
        page.goto(path.as_uri())
        while not page.evaluate("document.body.dataset.stable === 'true'"):
            page.wait_for_timeout(50)
        wall = time.perf_counter() - start
        in_page = page.evaluate("phakhi.stableMs") / 1000
        browser.close()
    return in_page, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            t = time.perf_counter()
            graph = synthetic_graph(size)
            corpus = time.perf_counter() - t
            path = Path(folder) / f"network-{size}.html"
            nodes, edges, seconds = generate(graph, path)
            stable = ("-", "-") if args.no_browser else tuple(f"{s:.1f}" for s in time_in_chromium(path))
            rows.append((size, len(graph), nodes, edges, f"{corpus:.1f}", f"{seconds:.2f}",
                         f"{path.stat().st_size / 1e6:.2f}", *stable))
    header = ("target", "triples", "nodes", "edges", "corpus s", "generate s", "file MB", "stable s (page)", "stable s (wall)")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).rjust(w) for c, w in zip(row, widths)))


if __name__ == "__main__":
    main()
