from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors
from phakhi.rdf.export import EXPORTERS, export


@click.command("export", context_settings=CONTEXT)
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default="jsonld", show_default=True,
              help="jsonld carries phakhi's @context; trig and nquads keep one named graph per article.")
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"),
              show_default=True, help="The graph to export (.ttl, .trig, .nq or .jsonld).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@library_errors
def command(fmt: str, graph: Path, out: Path | None) -> None:
    """Write the graph as JSON-LD, Turtle, TriG or N-Quads (same input → same bytes)."""
    data = export(graph, fmt)
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
