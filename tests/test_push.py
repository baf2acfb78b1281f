"""Push to a real Oxigraph server on 127.0.0.1: replace on re-push, delete, and report failures."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from phakhi.cli import cli
from phakhi.errors import GraphError, PushError, StoreError
from phakhi.store import open_store, read_query
from phakhi.store.http import HttpClient, Retry, auth_header
from phakhi.store.push import delete, graph_store_url, push, read_article_graphs
from phakhi.store.remote import RemoteStore
from phakhi.store.server import free_port, start
from store_fixtures import QUERIES, write_gold_files

FAST = Retry(attempts=2, backoff=0.01, timeout=5)
COUNT = "SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return write_gold_files(tmp_path_factory.mktemp("push"))


@pytest.fixture(scope="module")
def server():
    """A writable in-memory Oxigraph server whose default graph is the union of the named graphs."""
    with start(None, free_port(), writable=True, union=True) as running:
        yield running


@pytest.fixture(scope="module")
def pushed(server, files):
    return push(files[0], server.query_url, client=HttpClient(FAST), batch_size=2)


def counts(server) -> tuple[int, int]:
    row = RemoteStore(server.query_url).select_text(COUNT).rows[0]
    return int(row[0]), int(row[1])


def test_push_sends_every_article_graph(pushed, files):
    articles, left_out = read_article_graphs(files[0])
    assert pushed.pushed == tuple(a.iri for a in articles) and len(articles) == 5
    assert left_out == 0 and pushed.triples == sum(a.triples for a in articles)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_http_answers_equal_the_local_answers(path, pushed, server, files):
    query = read_query(path)
    with open_store("memory", files[1]) as local:
        expected = local.select(query)
    assert RemoteStore(server.query_url).select(query) == expected


def test_param_over_http(pushed, server):
    from rdflib import Literal

    table = RemoteStore(server.query_url).select(read_query(QUERIES[0].parent / "org_posts.rq"),
                                                 {"in_organisation": Literal('กรมการ"พัฒนา} {ชุมชน')})
    assert table.rows == ()


def test_pushing_again_replaces_rather_than_duplicates(pushed, server, files):
    before = counts(server)
    push(files[0], server.query_url, client=HttpClient(FAST))
    assert counts(server) == before and before[1] == 5


def test_delete_one_article_leaves_the_others(server, files):
    push(files[0], server.query_url, client=HttpClient(FAST))
    quads, graphs = counts(server)
    gone = delete(["001_774c440313da52e5.txt"], server.query_url, client=HttpClient(FAST))
    assert gone[0].endswith("/article/001_774c440313da52e5.txt")
    assert counts(server)[1] == graphs - 1 and counts(server)[0] < quads
    sources = {str(r[-1]) for r in RemoteStore(server.query_url).select(read_query(QUERIES[0].parent / "people.rq")).rows}
    assert gone[0] not in sources and len(sources) == 4
    with pytest.raises(StoreError, match="no article graph on the server matches"):
        delete(["001_774c440313da52e5.txt"], server.query_url, client=HttpClient(FAST))
    push(files[0], server.query_url, client=HttpClient(FAST))


def test_closed_port_retries_then_lists_what_was_not_pushed(files):
    waits = []
    client = HttpClient(Retry(attempts=3, backoff=0.01, timeout=2), sleep=waits.append)
    with pytest.raises(PushError) as caught:
        push(files[0], f"http://127.0.0.1:{free_port()}/query", client=client)
    assert waits == [0.01, 0.02]  # backoff doubles between attempts
    message = str(caught.value)
    assert "no answer after 3 attempts" in message and "Pushed 0 of 5 articles: none" in message
    assert caught.value.pushed == () and len(caught.value.not_pushed) == 5
    assert all(iri in message for iri in caught.value.not_pushed)


def test_server_going_down_mid_push_reports_both_lists(files):
    server = start(None, free_port(), writable=True, union=True)
    try:
        with pytest.raises(PushError) as caught:
            push(files[0], server.query_url, batch_size=2, client=HttpClient(FAST),
                 progress=lambda done, total: server.stop())
    finally:
        server.stop()
    assert len(caught.value.pushed) == 2 and len(caught.value.not_pushed) == 3
    assert "Pushed 2 of 5" in str(caught.value) and "Run the same command again" in str(caught.value)


def test_refusal_is_not_retried_and_says_so(server, files):
    with pytest.raises(PushError, match=r"refused .* with HTTP 4\d\d"):
        push(files[0], server.query_url, graph_store=f"{server.url}/nowhere", client=HttpClient(FAST))


def test_inputs_without_article_graphs_or_with_blank_nodes_are_refused(tmp_path, files):
    with pytest.raises(GraphError, match="one named graph per article"):
        read_article_graphs(files[1])
    blank = tmp_path / "blank.nq"
    blank.write_text('_:b <urn:p> "x" <urn:g> .\n', encoding="utf-8")
    with pytest.raises(GraphError, match="blank nodes in urn:g"):
        read_article_graphs(blank)


def test_graph_store_url_next_to_the_endpoint():
    assert graph_store_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/store"
    assert graph_store_url("https://h/ds/sparql") == "https://h/ds/store"


def test_credentials_come_from_the_environment_only():
    assert auth_header({"PHAKHI_SPARQL_TOKEN": "t0k"}) == {"Authorization": "Bearer t0k"}
    assert auth_header({"PHAKHI_SPARQL_USER": "a", "PHAKHI_SPARQL_PASSWORD": "b"}) == {"Authorization": "Basic YTpi"}
    assert auth_header({}) == {}


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def test_cli_push_and_delete(server, files, tmp_path):
    result = invoke("push", "--endpoint", server.query_url, "--input", files[0], env={"PHAKHI_SPARQL_TOKEN": "s3cr3t"})
    assert result.exit_code == 0, result.output
    assert "pushed 5 articles" in result.output and "s3cr3t" not in result.output
    result = invoke("push", "--endpoint", server.query_url, "--delete", "002_a297e02261d4e341.txt")
    assert result.exit_code == 0 and "deleted https://w3id.org/phakhi/id/article/002_a297e02261d4e341.txt" in result.output
    assert counts(server)[1] == 4
    invoke("push", "--endpoint", server.query_url, "--input", files[0], "-q")
    assert counts(server)[1] == 5


def test_cli_push_failure_writes_the_report(files, tmp_path):
    report = tmp_path / "report.json"
    result = invoke("push", "--endpoint", f"http://127.0.0.1:{free_port()}/query", "--input", files[0],
                    "--retries", "1", "--report", report)
    assert result.exit_code == 1 and "Not pushed:" in result.output
    assert len(json.loads(report.read_text(encoding="utf-8"))["not_pushed"]) == 5


@pytest.mark.parametrize("args, message", [
    (["--endpoint", "http://user:pw@127.0.0.1:1/query"], "PHAKHI_SPARQL_USER"),
    (["--endpoint", "http://127.0.0.1:1/query", "--input", "missing.nq"], "no such file"),
    (["--endpoint", "http://127.0.0.1:1/query", "--input", "graph.ttl"], "one named graph per article"),
    ([], "Missing option '--endpoint'"),
])
def test_cli_push_failures(args, message):
    result = invoke("push", *args)
    assert result.exit_code != 0 and message in result.output
    assert "pw@" not in result.output


def test_querying_a_closed_port_says_no_answer():
    store = RemoteStore(f"http://127.0.0.1:{free_port()}/query", HttpClient(FAST))
    with pytest.raises(StoreError, match=r"POST http://127\.0\.0\.1:\d+/query: no answer after 2 attempts"):
        store.select(read_query(QUERIES[0]))


def test_a_query_the_server_rejects_names_the_file(server, tmp_path):
    from phakhi.errors import QueryError

    odd = tmp_path / "odd.rq"
    odd.write_text("# odd\nSELECT ?x WHERE { ?x <urn:p> ?y } GROUP BY ?y\n", encoding="utf-8")
    with pytest.raises(QueryError, match="odd.rq"):
        RemoteStore(server.query_url, HttpClient(FAST)).select(read_query(odd))


def test_push_reads_the_builds_nquads_if_written_else_its_trig(tmp_path):
    from phakhi.cli.push import _default_input

    with pytest.raises(GraphError, match="build --format trig"):
        _default_input(tmp_path)
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")
    assert _default_input(tmp_path) == tmp_path / "graph.trig"
    (tmp_path / "graph.nq").write_text("", encoding="utf-8")
    assert _default_input(tmp_path) == tmp_path / "graph.nq"
