"""The generated pages in a real headless Chromium with networking disabled.

Debian's ``chromium`` is installed by the session fixture when missing (the
machine is root in CI); Playwright drives it through ``executable_path`` and
never downloads a browser of its own. One browser serves the whole module.
Screenshots land in ``output/`` for people to look at.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from network_support import HOSTILE, hostile_graph

from phakhi.network.facts import read_facts
from phakhi.network.html import select, write_network_html
from phakhi.network.map import RAMP, province_activity, write_map_html
from phakhi.network.metrics import ranking
from phakhi.network.page import render_page, write_page

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "output"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
GREY = "rgba(190,193,200,0.35)"  # the colour of dimmed nodes in network.js


def _apt_install(*packages: str) -> str:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", *packages]):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode:
            return f"`{' '.join(cmd)}` failed: {done.stderr.strip()[-300:]}"
    return ""


def _chromium() -> str:
    """Path of Debian's chromium, installing it (and Thai fonts for readable screenshots) if needed."""
    found = shutil.which("chromium")
    thai_fonts = subprocess.run(["fc-list", ":lang=th"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("fc-list") else ""
    if found and thai_fonts:
        return found
    if not shutil.which("apt-get") or os.geteuid() != 0:
        if found:
            return found
        pytest.skip("chromium is not installed and cannot be: installing it needs root and apt-get (Debian)")
    problem = _apt_install("chromium", "fonts-thai-tlwg")
    found = shutil.which("chromium")
    if not found:
        pytest.skip(f"chromium could not be installed: {problem}")
    return found


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="the test extra installs playwright")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=FLAGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # any non-file request the page tried

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)


def open_page(browser, path: Path, bypass_csp: bool = False, timeout: float = 60) -> Opened:
    """Open ``path`` offline, every non-file request blocked, and wait until the layout is stable."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp, offline=True)
    page = context.new_page()
    opened = Opened(page)
    page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))

    def route(r):
        if r.request.url.startswith("file:"):
            return r.continue_()
        opened.requests.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    deadline = time.monotonic() + timeout
    while not opened.js("document.body.dataset.stable === 'true'"):  # polled: the page's CSP forbids eval
        assert time.monotonic() < deadline, f"{path.name}: layout not stable after {timeout} s"
        page.wait_for_timeout(50)
    return opened


def node_dom(opened: Opened, index: int) -> tuple[float, float]:
    """Page coordinates of node ``index``."""
    x, y = opened.js("""i => { const p = phakhi.network.canvasToDOM(phakhi.network.getPositions([i])[i]);
                              const b = document.getElementById('network').getBoundingClientRect();
                              return [b.left + p.x, b.top + p.y]; }""", index)
    return x, y


SCREENSHOTS = {"actors": "network.png"}


@pytest.mark.parametrize("view", ["actors", "orgs", "people", "places"])
def test_view_opens_offline_and_search_finds_a_thai_label(browser, gold_graph, tmp_path, view):
    g, _ = select(gold_graph, view)
    path = write_network_html(gold_graph, tmp_path / f"{view}.html", view=view)
    opened = open_page(browser, path)
    assert opened.errors == [] and opened.requests == []
    assert opened.js("phakhi.nodes.length") == g.number_of_nodes()
    assert opened.js("phakhi.edges.length") == g.number_of_edges()
    OUTPUT.mkdir(exist_ok=True)
    opened.page.screenshot(path=OUTPUT / SCREENSHOTS.get(view, f"network-{view}.png"))
    target = ranking(g)[0]
    label = g.nodes[target]["label"]
    query = label.split()[0][:12]
    index = opened.js("iri => phakhi.data.nodes.find(n => n.iri === iri).id", target)
    opened.page.fill("#search", query)
    shown = opened.page.locator("#results li").all_inner_texts()
    assert any(label in text for text in shown), (query, shown)
    opened.page.locator("#results li", has_text=label).first.click()
    assert index in opened.js("phakhi.network.getSelectedNodes()")


def test_hover_shows_tooltip_and_click_highlights_neighbours(browser, gold_graph, tmp_path):
    facts = read_facts(gold_graph)
    person = next(e for e in sorted(facts.entities.values(), key=lambda e: e.iri) if e.type == "person" and e.posts)
    opened = open_page(browser, write_network_html(facts, tmp_path / "a.html"))
    index = opened.js("iri => phakhi.data.nodes.find(n => n.iri === iri).id", person.iri)
    opened.js("i => phakhi.network.focus(i, {scale: 2, animation: false})", index)  # no moving target for the mouse
    x, y = node_dom(opened, index)
    opened.page.mouse.move(x, y)
    opened.page.wait_for_selector("#tooltip:not([hidden])")
    tip = opened.page.inner_text("#tooltip")
    assert person.label in tip and person.posts[0] in tip and "Person" in tip
    assert person.evidence[0].article in tip
    edge = opened.js("i => { const e = phakhi.data.edges.find(e => e.from === i || e.to === i);"
                     " const d = document.createElement('div'); d.append(phakhi.edgeTip(e));"
                     " return [d.textContent, e.relation, e.via.map(i => phakhi.data.texts[i])]; }", index)
    assert edge[1] in edge[0] and all(v in edge[0] for v in edge[2])  # the edge says why it is there
    opened.page.mouse.click(x, y)
    colours = opened.js("phakhi.nodes.get().map(n => [n.id, typeof n.color === 'string' ? n.color : 'own'])")
    neighbours = set(opened.js("i => phakhi.network.getConnectedNodes(i)", index)) | {index}
    assert {i for i, c in colours if c != GREY} == neighbours
    opened.page.click("#reset")
    assert opened.js(f"phakhi.nodes.get().filter(n => n.color === '{GREY}').length") == 0


def test_type_filter_and_keyboard_search(browser, gold_graph, tmp_path):
    opened = open_page(browser, write_network_html(gold_graph, tmp_path / "f.html"))
    persons = opened.js("phakhi.data.nodes.filter(n => n.type === 'person').length")
    total = opened.js("phakhi.view.length")
    opened.page.uncheck("#legend input[value='person']")
    assert opened.js("phakhi.view.length") == total - persons > 0
    unlinked = opened.js("phakhi.data.nodes.filter(n => n.type !== 'person' &&"
                         " !phakhi.data.edges.some(e => e.from === n.id || e.to === n.id)).length")
    opened.page.check("#lonely")
    assert unlinked > 0 and opened.js("phakhi.view.length") == total - persons - unlinked
    opened.page.fill("#search", "สำนัก")
    second = opened.page.locator("#results li").nth(1).get_attribute("data-id")
    for key in ("ArrowDown", "ArrowDown", "Enter"):
        opened.page.keyboard.press(key)
    assert opened.js("phakhi.network.getSelectedNodes()") == [int(second)]


def test_markup_in_an_article_shows_as_text(browser, tmp_path):
    # CSP bypassed: escaping alone must keep the script from running
    opened = open_page(browser, write_network_html(hostile_graph(), tmp_path / "x.html"), bypass_csp=True)
    assert opened.js("window.__pwned === undefined") and opened.errors == []
    assert opened.js("document.scripts.length") == 3 and opened.js("document.images.length") == 0
    opened.page.fill("#search", "มูลนิธิ<img")
    assert HOSTILE in opened.page.inner_text("#results")
    org = opened.js("phakhi.data.nodes.find(n => n.type === 'organization').id")
    tip = opened.js("i => { const d = document.createElement('div'); d.append(phakhi.nodeTip(phakhi.data.nodes[i]));"
                    " return [d.textContent, d.querySelectorAll('script, img').length]; }", org)
    assert HOSTILE in tip[0] and tip[1] == 0
    mapped = open_page(browser, write_map_html(hostile_graph(), tmp_path / "xm.html"), bypass_csp=True)
    assert mapped.js("window.__pwned === undefined") and HOSTILE in mapped.js("phakhi.tooltip('92')")


def test_map_shades_active_provinces(browser, gold_graph, tmp_path):
    activity, _ = province_activity(read_facts(gold_graph))
    opened = open_page(browser, write_map_html(gold_graph, tmp_path / "map.html"))
    assert opened.errors == [] and opened.requests == []
    shaded = opened.js(f"[...document.querySelectorAll('#map path')].filter(p => p.getAttribute('fill') !== '{RAMP[0]}')"
                       ".map(p => p.dataset.code)")
    assert sorted(shaded) == sorted(activity)
    code = max(activity, key=lambda c: activity[c].score)
    opened.page.hover(f"#map path[data-code='{code}']")
    assert opened.js(f"phakhi.data.provinces['{code}'].th") in opened.page.inner_text("#tooltip")
    opened.page.screenshot(path=OUTPUT / "network-map.png")
    with_events = sorted(c for c, a in activity.items() if a.events)
    opened.page.select_option("#measure", "0")  # shade by events only
    shaded = opened.js(f"[...document.querySelectorAll('#map path')].filter(p => p.getAttribute('fill') !== '{RAMP[0]}')"
                       ".map(p => p.dataset.code)")
    assert sorted(shaded) == with_events != sorted(activity)


def test_a_larger_graph_settles_and_freezes(browser, tmp_path):
    g = nx.barabasi_albert_graph(300, 2, seed=3)
    nx.set_node_attributes(g, {n: f"ภาคี {n}" for n in g}, "label")
    nx.set_node_attributes(g, {n: ("person", "organization", "event")[n % 3] for n in g}, "type")
    g = nx.relabel_nodes(g, {n: f"https://example.org/{n}" for n in g})
    opened = open_page(browser, write_page(render_page(g, "actors"), tmp_path / "big.html"))
    assert opened.errors == [] and opened.js("phakhi.nodes.length") == 300
    assert opened.js("phakhi.network.physics.physicsEnabled") is False


def test_an_empty_graph_still_opens(browser, tmp_path):
    opened = open_page(browser, write_page(render_page(nx.Graph(), "orgs"), tmp_path / "empty.html"))
    assert opened.errors == [] and opened.js("phakhi.nodes.length") == 0
    assert "nothing to show" in opened.page.inner_text("#status")
