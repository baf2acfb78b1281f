from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors
from phakhi.store.server import DEFAULT_PORT, served


@click.command("serve", context_settings=CONTEXT)
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine can connect to 127.0.0.1; "
                   "anything else opens the endpoint to the network.")
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A graph file to serve (loaded into a temporary store).  [default: output/graph.ttl]")
@click.option("--store", "spec", default=None, metavar="SPEC",
              help="An on-disk store to serve, e.g. oxigraph:output/store (made by build --store).")
@click.option("--writable", is_flag=True, help="Also accept SPARQL Update and Graph Store writes.")
@library_errors
def command(port: int, host: str, graph: Path | None, spec: str | None, writable: bool) -> None:
    """Serve the graph as a local SPARQL 1.1 endpoint with a query page (Oxigraph server).

    Open http://127.0.0.1:7878/ in a browser to write queries; programs send
    them to http://127.0.0.1:7878/query. Stop with Ctrl-C.
    """
    if graph is not None and spec is not None:
        raise click.UsageError("give --graph FILE or --store SPEC, not both")
    with served(spec, graph, port, host, writable) as server:
        click.echo(f"query page:      {server.url}/\nSPARQL endpoint: {server.query_url}\n"
                   "(Ctrl-C to stop)", err=True)
        server.wait()
