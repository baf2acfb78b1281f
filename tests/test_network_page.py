"""The HTML page as a file: self-contained, UTF-8, escaped, what --top left out."""
from __future__ import annotations

import html
import json
import re

import pytest
from network_support import EVENT_A, EVENT_B, HOSTILE, ORG1, hostile_graph, small_graph

from phakhi.errors import PhakhiError
from phakhi.network.assets import fill, script_hash, script_json
from phakhi.network.html import select, write_network_html
from phakhi.network.metrics import keep_top, min_weight
from phakhi.network.project import orgs
from phakhi.network.facts import read_facts


def page_json(text: str) -> dict:
    raw = re.search(r'<script type="application/json" id="phakhi-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(raw)


def test_page_is_self_contained_utf8(tmp_path):
    path = write_network_html(small_graph(), tmp_path / "n.html")
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # fails on any other encoding
    assert "สมชาย ใจดี".encode() in raw
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', text), "an external resource is referenced"
    assert "<link" not in text and "vis.Network" in text


def test_policy_allows_exactly_the_inline_scripts(tmp_path):
    text = write_network_html(small_graph(), tmp_path / "n.html").read_text(encoding="utf-8")
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1))
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2 and "default-src 'none'" in policy
    for body in scripts:
        assert script_hash(body).strip("'") in policy


def test_article_markup_never_reaches_the_page_as_markup(tmp_path):
    text = write_network_html(hostile_graph(), tmp_path / "x.html").read_text(encoding="utf-8")
    assert "window.__pwned" in text  # the text is there, as data
    assert "<script>window.__pwned" not in text and "<img src=x" not in text
    assert text.count("</script>") == 3  # data, vis, page: none from the article
    labels = {n["label"] for n in page_json(text)["nodes"]}
    assert f"มูลนิธิ{HOSTILE}ทดสอบ" in labels  # and it decodes back to exactly what was written


def test_script_json_escapes_what_could_end_the_element():
    out = script_json({"x": "</script><!-- & \u2028"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"x": "</script><!-- & \u2028"}


def test_fill_does_not_substitute_inside_inserted_text():
    assert fill("@A@|@B@", {"A": "@B@", "B": "b"}) == "@B@|b"


def test_top_keeps_the_most_central_and_says_what_was_left_out(tmp_path):
    text = write_network_html(small_graph(), tmp_path / "t.html", top=3).read_text(encoding="utf-8")
    data = page_json(text)
    assert len(data["nodes"]) == 3
    omitted = data["omitted"]
    assert omitted["count"] == omitted["total"] - 3 and sum(n for _, n in omitted["byType"]) == omitted["count"]
    # weighted degree: event A 7 links; ORG1 4 (two events, a post stated twice); event B and
    # สมชาย ใจดี 3 each, the tie broken by label
    assert {n["label"] for n in data["nodes"]} == {EVENT_A, ORG1, EVENT_B}
    assert "สมชาย ใจดี" in omitted["examples"][:3]  # among the most central left out


def test_keep_top_all_and_min_weight():
    g = orgs(read_facts(small_graph()))
    kept, omitted = keep_top(g, None)
    assert kept.number_of_nodes() == g.number_of_nodes() and omitted.count == 0
    heavy = min_weight(g, 2)
    assert heavy.number_of_edges() == 1 and heavy.number_of_nodes() == 2


def test_page_is_deterministic(tmp_path):
    a = write_network_html(small_graph(), tmp_path / "a.html").read_bytes()
    b = write_network_html(small_graph(), tmp_path / "b.html").read_bytes()
    assert a == b


@pytest.mark.parametrize("view, top, message", [("nope", None, "no network view named 'nope'"),
                                                ("actors", 0, "--top must be at least 1")])
def test_select_rejects_bad_arguments(view, top, message):
    with pytest.raises(PhakhiError, match=message):
        select(small_graph(), view, 1, top)
