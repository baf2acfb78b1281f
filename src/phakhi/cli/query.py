from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors
from phakhi.store import open_store
from phakhi.store.params import parse_param
from phakhi.store.query import find_query, query_index, read_query
from phakhi.store.results import FORMATS

DEFAULT_GRAPH = Path("output/graph.ttl")


@click.command("query", context_settings=CONTEXT)
@click.argument("query", required=False)
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"The graph file the memory store reads (Turtle, N-Triples, N-Quads, TriG).  [default: {DEFAULT_GRAPH}]")
@click.option("--store", "spec", default="memory", show_default=True, metavar="SPEC",
              help="memory (rdflib, reads --graph) | oxigraph:PATH (on disk) | sparql:URL (an endpoint).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI, \"text\"@th, an integer or text); repeatable. "
                   "Bound as an RDF term, never pasted into the query.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and what each answers.")
@library_errors
def command(query: str | None, graph: Path | None, spec: str, params: tuple[str, ...], fmt: str,
            list_queries: bool) -> None:
    """Run a SPARQL SELECT: a .rq file, or the name of one in queries/ (e.g. posts).

    \b
    Examples:
      phakhi query posts --format csv
      phakhi query org_posts --param organisation=สถาบันพัฒนาองค์กรชุมชน
      phakhi query people --store oxigraph:output/store
      phakhi query --list
    """
    if list_queries:
        click.echo(_listing())
        return
    if not query:
        raise click.UsageError("give a QUERY: a .rq file or a name from `phakhi query --list`")
    prepared = read_query(find_query(query))
    bindings = dict(parse_param(p) for p in params)
    prepared.check_params(bindings)  # before a possibly long load of the graph
    is_memory = spec.partition(":")[0] == "memory" and not spec.partition(":")[2]
    with open_store(spec, graph or (DEFAULT_GRAPH if is_memory else None)) as store:
        table = store.select(prepared, bindings)
    click.echo(FORMATS[fmt](table), nl=fmt == "table")


def _listing() -> str:
    index = query_index()
    width = max((len(name) for name, _ in index), default=0)
    return "\n".join(f"{name.ljust(width)}  {summary}" for name, summary in index)
