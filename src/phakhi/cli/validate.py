from __future__ import annotations

import sys
from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option
from phakhi.rdf.export import load_dataset, merged
from phakhi.rdf.validate import validate


@click.command("validate", context_settings=CONTEXT)
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path),
                default=Path("output/graph.ttl"))
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Also print SHACL warnings.")
@quiet_option
@library_errors
def command(graph: Path, warnings: bool, quiet: bool) -> None:
    """Check GRAPH (default output/graph.ttl) against phakhi's SHACL shapes.

    Prints one line per problem: severity, node, property, message, value.
    Exits 1 when there is a violation, 0 when the graph conforms (warnings allowed).
    """
    report = validate(merged(load_dataset(graph)))
    shown = report.problems if warnings else report.violations
    for problem in shown:
        click.echo(str(problem))
    n_warn = len(report.problems) - len(report.violations)
    if not quiet:
        verdict = "conforms" if report.conforms else "does not conform"
        click.echo(f"{graph}: {verdict}: {len(report.violations)} violations, {n_warn} warnings", err=True)
    if not report.conforms:
        sys.exit(1)
