from __future__ import annotations

import json
from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option
from phakhi.errors import GraphError, PushError
from phakhi.store.http import HttpClient, Retry, check_url
from phakhi.store.push import delete, push


@click.command("push", context_settings=CONTEXT)
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint.")
@click.option("--graph-store", metavar="URL",
              help="Its Graph Store Protocol URL.  [default: the endpoint's …/store, as on Oxigraph; "
                   "Fuseki: …/DATASET/data]")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The build's graphs, one named graph per article (N-Quads or TriG).  "
                   "[default: output/graph.nq if there is one, else output/graph.trig]")
@click.option("--delete", "sources", multiple=True, metavar="SOURCE",
              help="Remove an article's graph instead of pushing (its IRI or file name); repeatable.")
@click.option("--batch-size", type=click.IntRange(1), default=50, show_default=True)
@click.option("--retries", type=click.IntRange(1), default=4, show_default=True,
              help="Attempts per request before giving up (waits 0.5s, 1s, 2s, … between).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write which articles were pushed and which were not as JSON.")
@quiet_option
@library_errors
def command(endpoint: str, graph_store: str | None, input_path: Path | None, sources: tuple[str, ...],
            batch_size: int, retries: int, report: Path | None, quiet: bool) -> None:
    """Send each article's named graph to a SPARQL server (Graph Store Protocol, PUT).

    Pushing again replaces an article's graph, so nothing is duplicated.
    Credentials come from the environment only: PHAKHI_SPARQL_TOKEN, or
    PHAKHI_SPARQL_USER and PHAKHI_SPARQL_PASSWORD.
    """
    client = HttpClient(Retry(attempts=retries))
    if sources:
        for iri in delete(sources, endpoint, graph_store, client):
            click.echo(f"deleted {iri}")
        return
    for url in (endpoint, graph_store):  # a bad URL is the first thing to say, before any file is looked for
        if url:
            check_url(url)
    input_path = input_path or _default_input(Path("output"))
    progress = (lambda done, total: None) if quiet else (
        lambda done, total: click.echo(f"pushed {done}/{total} articles", err=True))
    try:
        result = push(input_path, endpoint, graph_store, batch_size, client, progress)
    except PushError as exc:
        _write_report(report, exc.pushed, exc.not_pushed)
        raise
    _write_report(report, result.pushed, ())
    if result.left_out and not quiet:
        click.echo(f"warning: {result.left_out} triples outside any article graph were not pushed", err=True)
    click.echo(f"pushed {len(result.pushed)} articles ({result.triples} triples)")


def _default_input(out: Path) -> Path:
    """The build's article graphs: its N-Quads if written (--format nq), else its TriG (--format trig)."""
    for name in ("graph.nq", "graph.trig"):
        if (out / name).is_file():
            return out / name
    raise GraphError(f"{out}: no graph.trig or graph.nq, which hold one named graph per article; "
                     "build with `phakhi build --format trig`, or give --input")


def _write_report(path: Path | None, pushed: tuple[str, ...], not_pushed: tuple[str, ...]) -> None:
    if path is not None:
        data = {"pushed": list(pushed), "not_pushed": list(not_pushed)}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
