"""The interactive network page: one self-contained, UTF-8 HTML file.

Python turns a projection into plain JSON (nodes with tooltip facts, edges with
weights, legend, what ``--top`` left out); ``templates/network.js`` draws it
with vis-network. Text from articles only ever reaches the page as JSON data
and is put on screen with ``textContent`` or the canvas, never parsed as HTML.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from phakhi.network.assets import fill, policy, script_json, template, vis_asset
from phakhi.network.metrics import Omitted, seed_positions, weighted_degree


@dataclass(frozen=True)
class TypeStyle:
    th: str
    en: str
    colour: str
    shape: str  # a vis-network shape that scales with the node's value


TYPE_STYLES: dict[str, TypeStyle] = {
    "person": TypeStyle("บุคคล", "Person", "#e07a5f", "dot"),
    "organization": TypeStyle("องค์กร", "Organisation", "#3d5a80", "square"),
    "programme": TypeStyle("โครงการ", "Programme", "#52a675", "diamond"),
    "event": TypeStyle("กิจกรรม", "Event", "#e9b44c", "triangle"),
    "place": TypeStyle("สถานที่", "Place", "#8d6cab", "hexagon"),
}
_FALLBACK = TypeStyle("อื่น ๆ", "Other", "#888888", "dot")
VIEW_TITLES = {
    "actors": "เครือข่ายภาคี · Actors",
    "orgs": "ความร่วมมือขององค์กร · Organisations working together",
    "people": "บุคคลและองค์กร · People",
    "places": "องค์กรและโครงการตามจังหวัด · Organisations and programmes by province",
}


VIEW_NOTES = {
    "actors": "ลูกศรชี้จากผู้กระทำ · arrows point from the actor: holds post in, organised, chaired, spoke at; "
              "event → place, programme; place → the place it lies in.",
    "orgs": "เส้น = ร่วมงานเดียวกัน · linked when they organised or took part in the same event or programme "
            "(through a post holder who chaired or spoke); weight = shared events and programmes.",
    "people": "บุคคลกับองค์กรที่ดำรงตำแหน่ง และบุคคลที่ร่วมเวทีเดียวกัน · persons with the organisations they hold "
              "posts in, and with each other when they chaired or spoke at the same event.",
    "places": "องค์กรและโครงการกับจังหวัด · active in = held events there; written about with (dashed) = named in "
              "the same article; weight = articles.",
}
DASHED = frozenset({"written about with"})  # relations read from co-mention only: drawn dashed
ITERATIONS = 600  # physics steps at most before the layout freezes
BUDGET_MS = 3000  # ... or this much physics time in the browser, whichever comes first


class _Table(dict):
    """Text → its position in a list the page holds once (article titles, sentences)."""

    def at(self, text: str) -> int:
        return self.setdefault(text, len(self))


def _node(g: nx.Graph, n: str, index: int, size: float, xy: tuple[float, float],
          tables: tuple[_Table, _Table]) -> dict:
    d, (sentences, articles) = g.nodes[n], tables
    return {
        "id": index, "iri": n, "x": xy[0], "y": xy[1], "label": d.get("label", n), "type": d.get("type", ""),
        "kind": d.get("kind", ""), "th": list(d.get("labels_th", ())), "en": list(d.get("labels_en", ())),
        "posts": list(d.get("posts", ())), "articles": d.get("articles", 0), "size": round(size, 4),
        "evidence": [[sentences.at(q.sentence), q.exact, articles.at(q.article)] for q in d.get("evidence", ())],
    }


def _edge(a: int, b: int, d: dict, texts: _Table) -> dict:
    return {"from": a, "to": b, "relation": d.get("relation", ""), "weight": d.get("weight", 1),
            "articles": d.get("articles", 0), "via": [texts.at(v) for v in d.get("via", ())],
            "dashed": d.get("relation", "") in DASHED}


def _legend(nodes: list[dict]) -> list[dict]:
    """One entry per type present, in TYPE_STYLES order, unknown types last (grey, named as they are)."""
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["type"]] = counts.get(node["type"], 0) + 1
    entries = []
    for t in [t for t in TYPE_STYLES if t in counts] + sorted(set(counts) - set(TYPE_STYLES)):
        style = TYPE_STYLES.get(t) or TypeStyle(_FALLBACK.th, t, _FALLBACK.colour, _FALLBACK.shape)
        entries.append({"type": t, "th": style.th, "en": style.en, "colour": style.colour,
                        "shape": style.shape, "count": counts[t]})
    return entries


def _omitted(omitted: Omitted | None) -> dict | None:
    if omitted is None or omitted.count == 0:
        return None
    return {"count": omitted.count, "total": omitted.total,
            "byType": [list(t) for t in omitted.by_type], "examples": list(omitted.examples)}


def page_data(g: nx.Graph, view: str, omitted: Omitted | None = None) -> dict:
    """Everything the page script needs, as JSON-ready data (nodes sorted for stable output).

    Sentences, article titles and the names edges go through are written once, in
    ``sentences`` and ``texts``, and referred to by position: on a large corpus
    many nodes share them.
    """
    size, xy = weighted_degree(g), seed_positions(g)
    order = sorted(g)
    index = {n: i for i, n in enumerate(order)}
    sentences, texts = _Table(), _Table()
    nodes = [_node(g, n, index[n], size.get(n, 0.0), xy[n], (sentences, texts)) for n in order]
    edges = [_edge(index[a], index[b], d, texts)
             for a, b, d in sorted(g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]]))]
    return {
        "view": view, "directed": g.is_directed(), "sentences": list(sentences), "texts": list(texts),
        "nodes": nodes, "edges": edges, "types": _legend(nodes), "omitted": _omitted(omitted),
        "note": VIEW_NOTES.get(view, ""), "iterations": ITERATIONS, "budgetMs": BUDGET_MS,
    }


def render_page(g: nx.Graph, view: str, omitted: Omitted | None = None, title: str | None = None) -> str:
    """The complete HTML page of a projection."""
    vis_js, page_js = vis_asset("vis-network.min.js"), template("network.js")
    return fill(template("network.html"), {
        "CSP": html.escape(policy(vis_js, page_js)),
        "TITLE": html.escape(title or VIEW_TITLES.get(view, view)),
        "VIS_CSS": vis_asset("vis-network.css"),
        "PAGE_CSS": template("network.css"),
        "DATA": script_json(page_data(g, view, omitted)),
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
    })


def write_page(text: str, path: Path) -> Path:
    """Write a page as UTF-8 (whatever the platform's default), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
