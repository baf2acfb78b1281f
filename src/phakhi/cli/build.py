from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option, warner
from phakhi.pipeline import build


@click.command("build", context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Directory for graph.ttl and network.html.")
@quiet_option
@library_errors
def command(inputs: tuple[Path, ...], out: Path, quiet: bool) -> None:
    """Read articles (files or directories; default seeds/) and write the graph.

    Writes OUT/graph.ttl (the whole graph, Turtle) and OUT/network.html.
    """
    report = build(list(inputs) or [Path("seeds")], out, warn=warner(quiet))
    if not quiet:
        click.echo(
            f"{report.articles} articles, {report.triples} triples, {len(report.warnings)} warnings → "
            + ", ".join(str(p) for p in report.outputs),
            err=True,
        )
