from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors
from phakhi.store.query import FORMATS, find_query, load_graph, load_query, run


@click.command("query", context_settings=CONTEXT)
@click.argument("query")
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"),
              show_default=True, help="The graph to query (Turtle).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@library_errors
def command(query: str, graph: Path, fmt: str) -> None:
    """Run a SPARQL SELECT: a .rq file, or the name of one in queries/ (e.g. posts)."""
    prepared = load_query(find_query(query))
    table = run(load_graph(graph), prepared)
    click.echo(FORMATS[fmt](table), nl=fmt == "table")
