"""``phakhi network`` and ``phakhi network stats`` through CliRunner, failure paths included."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from network_support import ORG1, ORG2, ORG3, small_graph

from phakhi.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "graph.ttl"
    small_graph().serialize(path, format="turtle", encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, ["network", *map(str, args)])


def test_html_view(graph_file, tmp_path):
    out = tmp_path / "orgs.html"
    result = run("--graph", graph_file, "--view", "orgs", "--out", out)
    assert result.exit_code == 0, result.output
    assert "orgs: 3 nodes, 3 edges" in result.output and ORG1 in out.read_text(encoding="utf-8")


def test_default_output_path(graph_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("--graph", graph_file, "-q").exit_code == 0
    assert (tmp_path / "output" / "network.html").is_file()
    assert run("--graph", graph_file, "--view", "map", "-q").exit_code == 0
    assert (tmp_path / "output" / "network-map.html").is_file()


def test_top_and_min_weight(graph_file, tmp_path):
    result = run("--graph", graph_file, "--top", 2, "--out", tmp_path / "t.html")
    assert result.exit_code == 0 and "less central nodes left out" in result.output
    result = run("--graph", graph_file, "--view", "orgs", "--min-weight", 2, "--format", "cyjs", "--out", tmp_path / "o.cyjs")
    data = json.loads((tmp_path / "o.cyjs").read_text(encoding="utf-8"))
    assert result.exit_code == 0 and len(data["elements"]["nodes"]) == 2 and len(data["elements"]["edges"]) == 1
    assert {n["data"]["name"] for n in data["elements"]["nodes"]} == {ORG1, ORG3}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_exports_parse_and_keep_thai(graph_file, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert run("--graph", graph_file, "--view", "people", "--format", fmt, "--out", out).exit_code == 0
    root = ET.parse(out).getroot()
    assert root.tag.endswith(fmt) and "สมชาย ใจดี" in out.read_text(encoding="utf-8")


def test_stats_table(graph_file):
    result = run("stats", "--graph", graph_file, "--limit", 3)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Most central (actors")
    assert "เวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง" in lines[4]  # rank 1: the forum with seven links
    assert "Communities (Louvain" in result.output


def test_stats_csv_lists_every_node_with_its_community(graph_file):
    result = run("stats", "--graph", graph_file, "--view", "orgs", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert result.exit_code == 0 and len(rows) == 3
    assert [(r["label"], r["weighted_degree"]) for r in rows] == [(ORG3, "3"), (ORG1, "3"), (ORG2, "2")]  # ties by label
    assert {r["community"] for r in rows} == {"1"}


def test_missing_graph_says_to_build(tmp_path):
    result = run("--graph", tmp_path / "none.ttl")
    assert result.exit_code == 1 and "run `phakhi build` first" in result.output


def test_unreadable_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = run("stats", "--graph", bad)
    assert result.exit_code == 1 and "not a readable RDF file" in result.output


def test_map_is_html_only(graph_file, tmp_path):
    result = run("--graph", graph_file, "--view", "map", "--format", "gexf", "--out", tmp_path / "m.gexf")
    assert result.exit_code == 1 and "the map view is written as HTML only" in result.output


@pytest.mark.parametrize("args, message", [
    (["--view", "towns"], "Invalid value for '--view'"),
    (["--top", "0"], "Invalid value for '--top'"),
    (["--format", "pdf"], "Invalid value for '--format'"),
    (["stats", "--view", "map"], "Invalid value for '--view'"),
])
def test_bad_options(graph_file, args, message):
    result = run("--graph", graph_file, *args) if args[0] != "stats" else run(*args)
    assert result.exit_code == 2 and message in result.output


def test_help_names_the_views():
    result = run("-h")
    assert result.exit_code == 0 and "actors|orgs|people|places|map" in result.output and "stats" in result.output


def test_build_writes_this_page(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert 'id="phakhi-data"' in (tmp_path / "network.html").read_text(encoding="utf-8")
