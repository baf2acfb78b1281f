"""``phakhi network``: write an interactive view or export; ``phakhi network stats``: centrality and communities."""
from __future__ import annotations

from pathlib import Path

import click

from phakhi.cli.common import CONTEXT, library_errors, quiet_option
from phakhi.network.export import FORMATS
from phakhi.network.html import select
from phakhi.network.project import VIEWS
from phakhi.network.stats import network_stats
from phakhi.network.views import VIEW_NAMES, write_view
from phakhi.store.results import FORMATS as TABLE_FORMATS
from phakhi.store.query import load_graph

graph_option = click.option(
    "--graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("output/graph.ttl"),
    show_default=True, help="The graph to draw (Turtle, from `phakhi build`).")
min_weight_option = click.option(
    "--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
    help="Drop edges supported by fewer events/articles than this (and nodes left alone).")


@click.group("network", invoke_without_command=True, context_settings=CONTEXT)
@graph_option
@click.option("--view", type=click.Choice(VIEW_NAMES), default="actors", show_default=True,
              help="actors: everything; orgs: organisations working together; people: persons, posts and "
                   "shared events; places: organisations and programmes by province; map: provinces shaded by activity.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write [default: output/network.html, or output/network-VIEW.EXT].")
@min_weight_option
@click.option("--top", type=click.IntRange(min=1), help="Keep only the N most central nodes (the page says what was left out).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="html", show_default=True,
              help="html: self-contained interactive page; gexf/graphml: Gephi, yEd; cyjs: Cytoscape JSON.")
@quiet_option
@click.pass_context
@library_errors
def command(ctx: click.Context, graph: Path, view: str, out: Path | None, min_weight: int, top: int | None,
            fmt: str, quiet: bool) -> None:
    """Draw the graph as a network: an offline HTML page, or a file for Gephi/Cytoscape.

    \b
    Examples:
      phakhi network                              # output/network.html, all actors
      phakhi network --view orgs --min-weight 2   # who works with whom, twice or more
      phakhi network --top 500 --out big.html     # the 500 most central nodes
      phakhi network --view map                   # output/network-map.html
      phakhi network stats --view orgs --format csv
    """
    if ctx.invoked_subcommand:
        return
    report = write_view(load_graph(graph), view, fmt, out, min_weight, top)
    if not quiet:
        left = f"; {report.omitted.count} less central nodes left out" if report.omitted and report.omitted.count else ""
        shown = f"{report.nodes} provinces with activity" if view == "map" else f"{report.nodes} nodes, {report.edges} edges"
        click.echo(f"{view}: {shown}{left} → {report.path}", err=True)


@command.command("stats", context_settings=CONTEXT)
@graph_option
@click.option("--view", type=click.Choice(list(VIEWS)), default="actors", show_default=True, help="The projection to measure.")
@min_weight_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Rows of most central nodes in the table (CSV lists every node).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
@library_errors
def stats(graph: Path, view: str, min_weight: int, limit: int, fmt: str) -> None:
    """Most central actors (degree, betweenness) and Louvain communities with their members.

    The table shows the LIMIT most central nodes, then the communities. CSV has one row
    per node with its community number, for spreadsheets.
    """
    g, _ = select(load_graph(graph), view, min_weight)
    central, groups = network_stats(g, None if fmt == "csv" else limit)
    if fmt == "csv":
        click.echo(TABLE_FORMATS["csv"](central), nl=False)
        return
    click.echo(f"Most central ({view}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges)\n")
    click.echo(TABLE_FORMATS["table"](central))
    click.echo(f"\nCommunities (Louvain, {len(groups.rows)})\n")
    click.echo(TABLE_FORMATS["table"](groups) if groups.rows else "none: no two nodes are linked")
