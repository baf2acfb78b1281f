"""`phakhi export`: JSON-LD with a context, TriG and N-Quads with one graph per article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from phakhi.cli import cli
from phakhi.rdf.convert import article_graph
from phakhi.rdf.jsonld import CONTEXT
from support import seed_extractions


@pytest.fixture(scope="module")
def turtle(tmp_path_factory, gold_graph) -> Path:
    path = tmp_path_factory.mktemp("export") / "graph.ttl"
    gold_graph.serialize(path, format="turtle")
    return path


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    dataset = Dataset()
    for ex in seed_extractions():
        name, graph = article_graph(ex)
        named = dataset.graph(name)
        for triple in graph:
            named.add(triple)
    path = tmp_path_factory.mktemp("export") / "graph.trig"
    dataset.serialize(path, format="trig")
    return path


def test_jsonld_parses_back_isomorphic_to_the_turtle(turtle, tmp_path):
    out = tmp_path / "graph.jsonld"
    result = CliRunner().invoke(cli, ["export", "--format", "jsonld", "--graph", str(turtle), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == CONTEXT and data["@context"]["schema"] == "https://schema.org/"
    back = Graph().parse(out, format="json-ld")
    assert isomorphic(back, Graph().parse(turtle))


def test_jsonld_of_a_dataset_keeps_the_article_graphs(trig, tmp_path):
    out = tmp_path / "graph.jsonld"
    assert CliRunner().invoke(cli, ["export", "--graph", str(trig), "--out", str(out)]).exit_code == 0
    back = Dataset().parse(out, format="json-ld")
    names = {str(g.identifier) for g in back.graphs() if len(g)}
    assert len([n for n in names if "/article/" in n]) == len(seed_extractions())


def test_nquads_keep_one_named_graph_per_article(trig, tmp_path):
    out = tmp_path / "graph.nq"
    assert CliRunner().invoke(cli, ["export", "--format", "nquads", "--graph", str(trig), "--out", str(out)]).exit_code == 0
    dataset = Dataset().parse(out, format="nquads")
    expected = {str(article_graph(ex)[0]) for ex in seed_extractions()}
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == expected
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_turtle_export_is_the_merged_view(trig):
    result = CliRunner().invoke(cli, ["export", "--format", "turtle", "--graph", str(trig)])
    assert result.exit_code == 0
    merged = Graph().parse(data=result.output, format="turtle")
    union = Graph()
    for ex in seed_extractions():
        union += article_graph(ex)[1]
    assert isomorphic(merged, union)


def test_export_missing_graph_says_to_build(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--graph", str(tmp_path / "nothing.ttl")])
    assert result.exit_code == 1
    assert "nothing.ttl: no such graph file; run `phakhi build` first" in result.output


def test_export_rejects_unknown_format(turtle):
    result = CliRunner().invoke(cli, ["export", "--format", "rdfxml", "--graph", str(turtle)])
    assert result.exit_code == 2
    assert "rdfxml" in result.output


def test_trig_round_trips_every_article_graph(trig, tmp_path):
    out = tmp_path / "again.trig"
    assert CliRunner().invoke(cli, ["export", "--format", "trig", "--graph", str(trig), "--out", str(out)]).exit_code == 0
    before, after = Dataset().parse(trig, format="trig"), Dataset().parse(out, format="trig")
    graphs = [g for g in before.graphs() if len(g)]
    assert len(graphs) == len(seed_extractions())
    for g in graphs:
        assert isomorphic(g, after.graph(g.identifier)), g.identifier
