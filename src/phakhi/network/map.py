"""The map view: provinces shaded by activity, one self-contained HTML file.

A province's activity is what the graph ties to it: events held there (at a
venue or place inside it) and the organisations and programmes active in or
written about with it (the ``places`` projection). The SVG is drawn here from the
packaged GeoJSON; the page script only adds tooltips, from JSON data, as text.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from phakhi.network.assets import fill, policy, script_json, template
from phakhi.network.facts import Facts, read_facts
from phakhi.network.geo import outline, province_code
from phakhi.network.page import write_page
from phakhi.network.project import places

RAMP = ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d")  # 0 = no activity, then 5 steps
MAX_NAMES = 8  # names listed per kind in a tooltip


@dataclass(frozen=True)
class Activity:
    """What the graph says happened in one province."""

    code: str
    events: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    articles: int = 0

    @property
    def score(self) -> int:
        return len(self.events) + len(self.organizations) + len(self.programmes)


def _codes(facts: Facts) -> tuple[dict[str, str], list[str]]:
    """Province IRI → DOPA code, and the labels of provinces that match no shape."""
    codes, unmatched = {}, []
    for e in facts.of_type("place"):
        if e.kind != "Province":
            continue
        code = province_code(e.labels_th + e.labels_en + (e.label,), e.identifiers)
        if code:
            codes[e.iri] = code
        else:
            unmatched.append(e.label)
    return codes, sorted(unmatched)


def province_activity(facts: Facts) -> tuple[dict[str, Activity], list[str]]:
    """Activity per DOPA province code, and the province names that could not be placed."""
    codes, unmatched = _codes(facts)
    label = {iri: e.label for iri, e in facts.entities.items()}
    events, actors, articles = defaultdict(set), defaultdict(set), defaultdict(set)
    for link in facts.links:
        if link.relation == "took place in" and facts.province_of.get(link.target) in codes:
            events[codes[facts.province_of[link.target]]].add(link.source)
    g = places(facts)
    for a, b in g.edges():
        province, actor = (a, b) if a in codes else (b, a)
        if province in codes:
            actors[codes[province]].add(actor)
    for place, province in facts.province_of.items():
        if province in codes:
            articles[codes[province]] |= facts.entities[place].articles
    found = {}
    for code in sorted(set(events) | set(actors) | set(articles)):
        kinds = defaultdict(list)
        for actor in actors[code]:
            kinds[facts.entities[actor].type].append(label[actor])
        found[code] = Activity(code, tuple(sorted(label[e] for e in events[code])),
                               tuple(sorted(kinds["organization"])), tuple(sorted(kinds["programme"])),
                               len(articles[code]))
    return found, unmatched


def shade(score: int, top: int) -> str:
    """A colour of RAMP: log-scaled, so one busy province does not wash out the rest."""
    if score <= 0 or top <= 0:
        return RAMP[0]
    step = math.ceil(5 * math.log1p(score) / math.log1p(top))
    return RAMP[max(1, min(5, step))]


def _svg(activity: dict[str, Activity]) -> str:
    shape_of = outline()
    top = max((a.score for a in activity.values()), default=0)
    paths = [
        f'<path d="{s.path}" data-code="{s.code}" fill="{shade(activity[s.code].score if s.code in activity else 0, top)}"'
        f' aria-label="{html.escape(s.name_th)} · {html.escape(s.name_en)}"></path>'
        for s in shape_of.shapes
    ]
    return (f'<svg id="map" viewBox="0 0 {shape_of.width} {shape_of.height}" role="img" '
            f'aria-label="Thailand by province">{"".join(paths)}</svg>')


def _table(activity: dict[str, Activity]) -> str:
    names = {s.code: s for s in outline().shapes}
    ranked = sorted(activity.values(), key=lambda a: (-a.score, a.code))
    rows = [
        f"<tr data-code=\"{a.code}\"><td>{html.escape(names[a.code].name_th)}</td><td>{html.escape(names[a.code].name_en)}</td>"
        f"<td>{len(a.events)}</td><td>{len(a.organizations)}</td><td>{len(a.programmes)}</td><td>{a.articles}</td></tr>"
        for a in ranked if a.code in names
    ]
    return "".join(rows)


def _province_json(name_th: str, name_en: str, a: Activity | None) -> dict:
    out: dict = {"th": name_th, "en": name_en}
    if a is not None:
        out.update(events=list(a.events[:MAX_NAMES]), organizations=list(a.organizations[:MAX_NAMES]),
                   programmes=list(a.programmes[:MAX_NAMES]), articles=a.articles,
                   counts=[len(a.events), len(a.organizations), len(a.programmes)])
    return out


def map_data(activity: dict[str, Activity], unmatched: list[str]) -> dict:
    """Tooltip data per province code, the colour ramp, and the provinces not placed."""
    return {
        "provinces": {s.code: _province_json(s.name_th, s.name_en, activity.get(s.code)) for s in outline().shapes},
        "unmatched": unmatched, "ramp": list(RAMP),
        "top": max((a.score for a in activity.values()), default=0),
    }


def render_map(graph: Graph | Facts) -> str:
    """The complete map page of ``graph``."""
    facts = graph if isinstance(graph, Facts) else read_facts(graph)
    activity, unmatched = province_activity(facts)
    page_js = template("map.js")
    return fill(template("map.html"), {
        "CSP": html.escape(policy(page_js)), "SVG": _svg(activity), "ROWS": _table(activity),
        "DATA": script_json(map_data(activity, unmatched)), "PAGE_JS": page_js,
    })


def write_map_html(graph: Graph | Facts, path: Path) -> Path:
    """Write the province map of ``graph`` to ``path`` (UTF-8, self-contained)."""
    return write_page(render_map(graph), path)
