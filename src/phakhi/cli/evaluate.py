from __future__ import annotations

import json
from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors
from phakhi.evaluate import evaluate_dir, format_report


@click.command("evaluate", context_settings=CONTEXT)
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the scores as JSON to this file.")
@library_errors
def command(gold_dir: Path, json_path: Path | None) -> None:
    """Score the extractor on GOLD_DIR/*.txt against the *.gold.json beside them."""
    report = evaluate_dir(gold_dir)
    click.echo(format_report(report))
    if json_path:
        json_path.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
