from __future__ import annotations

import sys
from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option, warner
from phakhi.ingest.problem import KINDS
from phakhi.pipeline import BuildOptions, BuildReport, build
from phakhi.rdf.write import DEFAULT_FORMATS, FORMATS
from phakhi.store import check_loadable, graph_file
from phakhi.store import load as load_into_store

STRICT_EXIT = 3  # outputs were written, but --strict was given and something was skipped


def _size(text: str) -> int:
    """``10MB``, ``500k``, ``2G`` or a number of bytes."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    try:
        return int(float(value[:-1]) * units[value[-1]]) if value[-1:] in units else int(value)
    except (ValueError, IndexError):
        raise click.BadParameter(f"{text!r} is not a size: write e.g. 10MB, 500k or 2G") from None


@click.command("build", context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Directory for graph.ttl (graph.trig, graph.nq) and network.html.")
@click.option("--format", "formats", type=click.Choice(list(FORMATS)), multiple=True,
              help="Graph files to write, repeatable [default: ttl]; graph.ttl is always written. trig adds "
                   "graph.trig, nq graph.nq: one named graph per article (for push; N-Quads is 3x TriG's size).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default="all cores",
              help="Worker processes for extraction; the output does not depend on it.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only files matching GLOB below a directory (file name, or path with /). Repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB. Repeatable.")
@click.option("--max-size", default="10MB", show_default=True, metavar="SIZE",
              help="Skip files (JSON Lines: records) larger than this.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the incremental cache lives [default: $PHAKHI_CACHE_DIR, else ./.phakhi-cache].")
@click.option("--no-cache", is_flag=True, help="Extract every article again; neither read nor write the cache.")
@click.option("--no-network", is_flag=True, help="Do not write network.html.")
@click.option("--store", "store_spec", metavar="SPEC",
              help="Also load the graph into a store, e.g. oxigraph:output/store (see phakhi query --store).")
@click.option("--strict", is_flag=True, help=f"Exit with status {STRICT_EXIT} if any input was skipped or damaged.")
@quiet_option
@library_errors
def command(inputs: tuple[str, ...], out: Path, formats: tuple[str, ...], jobs: int, include: tuple[str, ...], exclude: tuple[str, ...],
            max_size: str, cache_dir: Path | None, no_cache: bool, no_network: bool, store_spec: str | None,
            strict: bool, quiet: bool) -> None:
    """Read articles and write the graph. INPUT: files, directories (read recursively), or - for stdin.

    Reads .txt, .html/.htm (main text, title, date, URL), .json and .jsonl
    (records with "text" and optional "id", "title", "url", "date"), in UTF-8,
    UTF-16 or TIS-620. Writes OUT/graph.ttl (the merged graph) and
    OUT/network.html; --format trig (or nq) adds OUT/graph.trig (graph.nq) with
    one named graph per article, which phakhi push sends.
    Unchanged articles come from the cache (./.phakhi-cache by default).

    A file or record that cannot be read is reported and skipped: the exit
    status is 0 with warnings, 1 when no article could be read, and 3 with
    --strict when anything was skipped.

    \b
    Examples:
      phakhi build news/ --out output
      phakhi build dump.jsonl pages/ --exclude 'drafts/*' --jobs 2
      cat article.txt | phakhi build - --out one
    """
    if store_spec:
        check_loadable(store_spec)
    options = BuildOptions(
        jobs=jobs, include=include, exclude=exclude, max_size=_size(max_size), cache_dir=cache_dir,
        use_cache=not no_cache, network=not no_network, progress=not quiet,
        stdin=click.get_binary_stream("stdin").read() if "-" in inputs else None,
        formats=formats or DEFAULT_FORMATS,
    )
    try:
        report = build(list(inputs) or ["seeds"], out, warn=warner(quiet), options=options)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: what was extracted is cached; run the same command again to resume",
                   err=True)
        sys.exit(130)
    if not quiet:
        click.echo(summary(report), err=True)
    if store_spec:
        loaded = graph_file(report.outputs)
        load_into_store(store_spec, loaded)
        if not quiet:
            click.echo(f"{loaded} loaded into {store_spec}", err=True)
    if strict and report.problems:
        click.echo(f"error: --strict: {len(report.problems)} input problem(s), see the warnings above", err=True)
        sys.exit(STRICT_EXIT)


def summary(report: BuildReport) -> str:
    """The end-of-run lines: counts, outputs, then warnings by kind with what to do."""
    lines = [
        f"{_count(report.articles, 'article')} ({report.extracted:,} extracted, {report.cached:,} from cache), "
        f"{_count(report.statements, 'statement')}, {_count(len(report.problems), 'warning')} → "
        + ", ".join(str(p) for p in report.outputs)
    ]
    for kind, count in sorted(report.by_kind().items()):
        lines.append(f"  {count:>6} {kind}: {KINDS.get(kind, '')}")
    lines += [f"note: {note}" for note in report.notes]
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
