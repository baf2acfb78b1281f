"""phakhi query --list/--param/--store and build --store, through the CLI, including failures."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from phakhi.cli import cli
from store_fixtures import QUERIES, write_gold_files


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    nq, ttl = write_gold_files(folder)
    result = CliRunner().invoke(cli, ["query", "people", "--graph", str(ttl)])  # warm imports
    assert result.exit_code == 0, result.output
    from phakhi.store import load

    load(f"oxigraph:{folder / 'store'}", nq)
    return {"nq": nq, "ttl": ttl, "store": f"oxigraph:{folder / 'store'}"}


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_list_prints_every_query_with_its_first_line():
    result = invoke("query", "--list")
    assert result.exit_code == 0
    lines = dict(line.split(None, 1) for line in result.output.splitlines())
    assert set(lines) == {p.stem for p in QUERIES}
    assert lines["chairs"] == "Who chairs events, how often, and over which period?"


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_store_and_turtle_print_the_same_bytes(files, fmt):
    turtle = invoke("query", "org_posts", "--graph", files["ttl"], "--format", fmt)
    store = invoke("query", "org_posts", "--store", files["store"], "--format", fmt)
    assert turtle.exit_code == store.exit_code == 0, store.output
    assert turtle.output == store.output and len(turtle.output.splitlines()) > 3


def test_param_on_the_command_line(files):
    result = invoke("query", "org_posts", "--store", files["store"], "--format", "json",
                    "--param", "in_organisation=กรมการพัฒนาชุมชน")
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [b["role"]["value"] for b in bindings] == ["อธิบดี"]


def test_param_with_quotes_and_braces(files):
    result = invoke("query", "org_posts", "--graph", files["ttl"], "--format", "csv",
                    "--param", 'in_organisation=x" } UNION { ?a ?b ?c } #')
    assert result.exit_code == 0 and result.stdout_bytes == b"org,orgLabel,person,name,role,date,source\r\n"


@pytest.mark.parametrize("args, message", [
    (["query"], "give a QUERY"),
    (["query", "org_posts", "--param", "oops"], "NAME=VALUE"),
    (["query", "org_posts", "--param", "nosuch=1"], "no variable ?nosuch"),
    (["query", "people", "--store", "mongo:x"], "unknown store"),
    (["query", "people", "--store", "oxigraph:/nonexistent/store"], "phakhi build --store"),
    (["query", "people", "--store", "sparql:ftp://x"], "not an http(s) URL"),
    (["query", "people", "--store", "sparql:http://user:secret@127.0.0.1:9/q"], "PHAKHI_SPARQL_USER"),
])
def test_failures_exit_with_a_message(args, message, files):
    result = invoke(*args)
    assert result.exit_code != 0
    assert message in result.output
    assert "secret" not in result.output


def test_graph_with_a_store_is_refused(files):
    result = invoke("query", "people", "--store", files["store"], "--graph", files["ttl"])
    assert result.exit_code == 1 and "--graph is for the memory store" in result.output


def test_build_loads_into_the_store_and_query_reads_it(tmp_path):
    from store_fixtures import ROOT

    out = tmp_path / "out"
    built = invoke("build", ROOT / "seeds", "--out", out, "--store", f"oxigraph:{out / 'store'}")
    assert built.exit_code == 0, built.output
    assert "graph.ttl loaded into oxigraph:" in built.output
    for name in ("places", "people", "inactive_provinces"):
        turtle = invoke("query", name, "--graph", out / "graph.ttl", "--format", "csv")
        store = invoke("query", name, "--store", f"oxigraph:{out / 'store'}", "--format", "csv")
        assert turtle.output == store.output


def test_build_refuses_a_memory_store_before_building(tmp_path):
    result = invoke("build", "--out", tmp_path, "--store", "memory")
    assert result.exit_code == 1 and "does not persist" in result.output
    assert not (tmp_path / "graph.ttl").exists()


def test_unbound_values_stay_out_of_the_json(files):
    result = invoke("query", "posts", "--store", files["store"], "--format", "json")
    bindings = json.loads(result.output)["results"]["bindings"]
    governor = [b for b in bindings if b["name"]["value"] == "สำรวย เกษกุล"]
    assert governor and "org" not in governor[0]  # ผู้ว่าราชการจังหวัด with no organisation written
