"""`phakhi validate`: the seed graphs conform; broken graphs fail with readable messages."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from phakhi.cli import cli
from phakhi.rdf.namespaces import FOAF, OA, ORG, RDF, SCHEMA, SKOS
from phakhi.rdf.validate import validate


def copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in graph:
        out.add(triple)
    return out


def test_gold_graph_conforms(gold_graph):
    report = validate(gold_graph)
    assert report.violations == (), "\n".join(map(str, report.violations))


def test_seed_graph_conforms(seed_graph):
    report = validate(seed_graph)
    assert report.violations == (), "\n".join(map(str, report.violations))


def test_person_without_name_is_a_violation(gold_graph):
    broken = copy(gold_graph)
    person = next(broken.subjects(RDF.type, SCHEMA.Person))
    broken.remove((person, FOAF.name, None))
    report = validate(broken)
    assert not report.conforms
    assert any("needs a Thai foaf:name" in p.message and p.path == "foaf:name" for p in report.violations)


def test_quote_that_disagrees_with_the_offsets_is_a_violation(gold_graph):
    broken = copy(gold_graph)
    quote = next(broken.subjects(RDF.type, OA.TextQuoteSelector))
    exact = broken.value(quote, OA.exact)
    broken.set((quote, OA.exact, Literal(str(exact) + "x")))
    messages = [p.message for p in validate(broken).violations]
    assert any("quote is not the article text at its offsets" in m for m in messages)


def test_two_thai_preflabels_are_only_a_warning(gold_graph):
    graph = copy(gold_graph)
    org = next(graph.subjects(RDF.type, ORG.Organization))
    graph.add((org, SKOS.prefLabel, Literal("ชื่อสะกดอีกแบบ", lang="th")))
    report = validate(graph)
    assert report.conforms
    assert any(p.severity == "Warning" and "agencies.csv" in p.message for p in report.problems)


@pytest.fixture()
def graph_files(tmp_path: Path, gold_graph: Graph) -> tuple[Path, Path]:
    good = tmp_path / "good.ttl"
    gold_graph.serialize(good, format="turtle")
    broken = copy(gold_graph)
    event = next(broken.subjects(RDF.type, SCHEMA.Event))
    broken.add((event, SCHEMA.startDate, Literal("22 มิถุนายน 2567")))
    bad = tmp_path / "bad.ttl"
    broken.serialize(bad, format="turtle")
    return good, bad


def test_cli_passes_on_a_good_graph(graph_files):
    result = CliRunner().invoke(cli, ["validate", str(graph_files[0])])
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violations" in result.output


def test_cli_fails_readably_on_a_broken_graph(graph_files):
    result = CliRunner().invoke(cli, ["validate", str(graph_files[1])])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "22 มิถุนายน 2567" in line)
    assert line.startswith("Violation: id:event/") and "schema:startDate" in line and "xsd:date" in line
    assert "does not conform" in result.output


def test_cli_missing_graph_says_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1
    assert "run `phakhi build` first" in result.output


def test_cli_unreadable_graph_names_the_file(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "broken.ttl" in result.output and "not a readable turtle file" in result.output
