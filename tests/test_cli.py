from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from phakhi import __version__
from phakhi.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(runner, command):
    result = runner.invoke(cli, [command, "-h"])
    assert result.exit_code == 0
    assert cli.commands[command].help and "Usage:" in result.output


def test_build_writes_graph_and_network(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").stat().st_size > 0
    assert (out / "network.html").read_text(encoding="utf-8").startswith("<")


def test_build_missing_input(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "no such file or directory" in result.output


def test_build_empty_directory(runner, tmp_path):
    (tmp_path / "in").mkdir()
    result = runner.invoke(cli, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no article could be read" in result.output


def test_query_csv_has_contract_header(runner, tmp_path):
    runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    result = runner.invoke(cli, ["query", "posts", "--graph", str(tmp_path / "graph.ttl"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "person,name,role,org,source"


def test_query_json_is_sparql_results(runner, tmp_path):
    runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    result = runner.invoke(cli, ["query", "people", "--graph", str(tmp_path / "graph.ttl"), "--format", "json"])
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["person", "name", "title", "source"]


def test_query_that_does_not_parse(runner, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["query", str(bad), "--graph", str(graph)])
    assert result.exit_code == 1
    assert "bad.rq" in result.output and "does not parse" in result.output


def test_query_unknown_name(runner):
    result = runner.invoke(cli, ["query", "no_such_query"])
    assert result.exit_code == 1 and "no query named" in result.output


def test_query_missing_graph(runner, tmp_path):
    result = runner.invoke(cli, ["query", "people", "--graph", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 1 and "phakhi build" in result.output


def test_evaluate_prints_every_category(runner, tmp_path):
    out = tmp_path / "scores.json"
    result = runner.invoke(cli, ["evaluate", str(ROOT / "seeds"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    for category in ("persons", "organizations", "posts_role", "posts_org", "provinces",
                     "programmes", "event_dates", "participants"):
        assert category in result.output
    assert set(json.loads(out.read_text(encoding="utf-8"))["categories"]) >= {"persons", "provinces"}


def test_evaluate_dir_without_gold(runner, tmp_path):
    (tmp_path / "a.txt").write_text("ข่าว", encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "gold" in result.output
