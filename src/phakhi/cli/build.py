from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option, warner
from phakhi.pipeline import build
from phakhi.store import check_loadable, graph_file
from phakhi.store import load as load_into_store


@click.command("build", context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Directory for graph.ttl and network.html.")
@click.option("--store", "store_spec", metavar="SPEC",
              help="Also load the graph into a store, e.g. oxigraph:output/store (see phakhi query --store).")
@quiet_option
@library_errors
def command(inputs: tuple[Path, ...], out: Path, quiet: bool, store_spec: str | None = None) -> None:
    """Read articles (files or directories; default seeds/) and write the graph.

    Writes OUT/graph.ttl (the whole graph, Turtle) and OUT/network.html.
    """
    if store_spec:
        check_loadable(store_spec)
    report = build(list(inputs) or [Path("seeds")], out, warn=warner(quiet))
    if not quiet:
        click.echo(
            f"{report.articles} articles, {report.triples} triples, {len(report.warnings)} warnings → "
            + ", ".join(str(p) for p in report.outputs),
            err=True,
        )
    if store_spec:
        loaded = load_into_store(store_spec, graph_file(report.outputs))
        if not quiet:
            click.echo(f"{loaded} triples loaded into {store_spec}", err=True)
