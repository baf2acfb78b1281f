"""``phakhi network stats``: who is most central, and which communities form.

Returned as ``store.query.Table`` so the same table and CSV formatting serve
SPARQL results and network statistics.
"""
from __future__ import annotations

import networkx as nx

from phakhi.network.metrics import betweenness, communities, ranking
from phakhi.store.query import Table

CENTRAL_COLUMNS = ("rank", "label", "type", "degree", "weighted_degree", "betweenness", "community", "node")
COMMUNITY_COLUMNS = ("community", "size", "members")


def network_stats(g: nx.Graph, limit: int | None = None) -> tuple[Table, Table]:
    """The most central nodes (all when ``limit`` is None) and the Louvain communities."""
    groups = communities(g)
    return central_table(g, groups, limit), community_table(g, groups)


def central_table(g: nx.Graph, groups: list[list[str]], limit: int | None = None) -> Table:
    """Nodes by weighted degree (then label), with betweenness and community number (empty for loners)."""
    between = betweenness(g)
    member = {n: i for i, group in enumerate(groups, 1) for n in group}
    order = ranking(g)[:limit] if limit else ranking(g)
    rows = tuple(
        (i, g.nodes[n].get("label", n), g.nodes[n].get("type", ""), g.degree(n),
         g.degree(n, weight="weight"), f"{between.get(n, 0.0):.4f}", member.get(n, ""), n)
        for i, n in enumerate(order, 1)
    )
    return Table(CENTRAL_COLUMNS, rows)


def community_table(g: nx.Graph, groups: list[list[str]]) -> Table:
    """One row per community: its number, size and member labels (most central first)."""
    degree = dict(g.degree(weight="weight"))
    rows = []
    for i, group in enumerate(groups, 1):
        members = sorted(group, key=lambda n: (-degree[n], g.nodes[n].get("label", n)))
        rows.append((i, len(group), "; ".join(g.nodes[n].get("label", n) for n in members)))
    return Table(COMMUNITY_COLUMNS, tuple(rows))
