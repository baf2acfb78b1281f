"""phakhi serve: a real Oxigraph endpoint on 127.0.0.1 with a query page, over a file or a store."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from phakhi.cli import cli
from phakhi.store import load, open_store, read_query
from phakhi.store.remote import RemoteStore
from phakhi.store.server import free_port, served
from store_fixtures import QUERIES, ROOT, write_gold_files

SOME = [p for p in QUERIES if p.stem in ("people", "events", "org_units", "collaborations")]
PEOPLE = next(p for p in SOME if p.stem == "people")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    nq, ttl = write_gold_files(folder)
    load(f"oxigraph:{folder / 'store'}", nq)
    return {"nq": nq, "ttl": ttl, "store": f"oxigraph:{folder / 'store'}"}


@pytest.fixture(scope="module")
def file_server(files):
    with served(None, files["ttl"], free_port()) as server:
        yield server


def test_query_page_and_endpoint_on_localhost(file_server):
    assert file_server.host == "127.0.0.1"
    page = urllib.request.urlopen(f"{file_server.url}/", timeout=5).read().decode("utf-8")
    assert "yasgui" in page.lower()


@pytest.mark.parametrize("path", SOME, ids=lambda p: p.stem)
def test_served_file_answers_like_the_local_graph(path, file_server, files):
    query = read_query(path)
    with open_store("memory", files["ttl"]) as local:
        assert RemoteStore(file_server.query_url).select(query) == local.select(query)


def test_served_store_is_read_only_and_answers_the_same(files):
    query = read_query(SOME[0])
    with served(files["store"], None, free_port()) as server:
        with open_store("memory", files["nq"]) as local:
            assert RemoteStore(server.query_url).select(query) == local.select(query)
        request = urllib.request.Request(f"{server.url}/store?default", data=b"<urn:a> <urn:b> <urn:c> .",
                                         method="PUT", headers={"Content-Type": "application/n-triples"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=5)


def test_serve_command_runs_until_terminated(files):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "phakhi", "serve", "--graph", str(files["ttl"]),
                                "--port", str(port)], stderr=subprocess.PIPE, text=True, env=env)
    try:
        banner = [process.stderr.readline() for _ in range(2)]
        assert banner[1].strip() == f"SPARQL endpoint: http://127.0.0.1:{port}/query"
        table = RemoteStore(f"http://127.0.0.1:{port}/query").select(read_query(PEOPLE))
        assert len(table.rows) > 10
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    time.sleep(0.2)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.mark.parametrize("args, message", [
    (["--graph", "a.ttl", "--store", "oxigraph:s"], "not both"),
    (["--store", "sparql:http://127.0.0.1:1/query"], "already a SPARQL endpoint"),
    (["--store", "oxigraph:/nonexistent/store"], "no Oxigraph store here"),
    (["--graph", "/nonexistent/graph.ttl"], "no such graph file"),
    (["--port", "0"], "Invalid value for '--port'"),
])
def test_serve_failures(args, message):
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code != 0 and message in result.output


def test_port_in_use_is_reported(file_server, files):
    result = CliRunner().invoke(cli, ["serve", "--graph", str(files["ttl"]), "--port", str(file_server.port)])
    assert result.exit_code == 1 and f"port {file_server.port} is in use" in result.output
