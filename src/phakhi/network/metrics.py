"""Centrality, communities and the ``--top N`` cut, on any projection.

Everything is deterministic (fixed seeds, sorted ties) so the same graph gives
the same page and the same table on every run. Betweenness is sampled above
``EXACT_LIMIT`` nodes: exact betweenness is O(n·m), minutes on a large corpus.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import math

import networkx as nx

EXACT_LIMIT = 1000  # nodes up to which betweenness is exact
SAMPLES = 300  # source nodes sampled for betweenness above that
SEED = 7


def weighted_degree(g: nx.Graph) -> dict[str, float]:
    """Each node's summed edge weight, scaled to 0..1: what node size shows."""
    degree = dict(g.degree(weight="weight"))
    top = max(degree.values(), default=0) or 1
    return {n: d / top for n, d in degree.items()}


def betweenness(g: nx.Graph) -> dict[str, float]:
    """Betweenness centrality on the undirected graph (sampled on large graphs)."""
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    k = None if u.number_of_nodes() <= EXACT_LIMIT else SAMPLES
    return nx.betweenness_centrality(u, k=k, seed=SEED if k else None)


def communities(g: nx.Graph) -> list[list[str]]:
    """Louvain communities, largest first, members sorted; singletons left out."""
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    if u.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(u, weight="weight", seed=SEED)
    groups = [sorted(c) for c in found if len(c) > 1]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def ranking(g: nx.Graph) -> list[str]:
    """Nodes from most to least central: weighted degree, then label for stable ties."""
    degree = dict(g.degree(weight="weight"))
    return sorted(g, key=lambda n: (-degree[n], g.nodes[n].get("label", ""), n))


@dataclass(frozen=True)
class Omitted:
    """What ``keep_top`` left out, for the page to say."""

    kept: int
    total: int
    by_type: tuple[tuple[str, int], ...]  # (type, number omitted), most first
    examples: tuple[str, ...]  # labels of the most central omitted nodes

    @property
    def count(self) -> int:
        return self.total - self.kept


def keep_top(g: nx.Graph, n: int | None) -> tuple[nx.Graph, Omitted]:
    """The subgraph of the ``n`` most central nodes (all when ``n`` is None) and what was dropped."""
    order = ranking(g)
    keep = order if n is None else order[:n]
    dropped = order[len(keep):]
    types = Counter(g.nodes[x].get("type", "") for x in dropped)
    omitted = Omitted(len(keep), len(order), tuple(sorted(types.items(), key=lambda t: (-t[1], t[0]))),
                      tuple(g.nodes[x].get("label", x) for x in dropped[:10]))
    return g.subgraph(keep).copy(), omitted


def min_weight(g: nx.Graph, weight: int) -> nx.Graph:
    """Drop edges lighter than ``weight``, and the nodes that this leaves alone."""
    if weight <= 1:
        return g
    h = g.copy()
    h.remove_edges_from([(a, b) for a, b, w in g.edges(data="weight", default=1) if w < weight])
    h.remove_nodes_from([x for x in g if h.degree(x) == 0])
    return h


def seed_positions(g: nx.Graph, spacing: float = 28.0) -> dict[str, tuple[float, float]]:
    """Starting positions for the in-browser layout: breadth-first from each component's hub,
    laid along a spiral of even density, so linked nodes start near each other and the
    physics settles in far fewer steps than from random positions."""
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    rank = {n: i for i, n in enumerate(ranking(g))}
    order: list[str] = []
    for component in sorted(nx.connected_components(u), key=lambda c: (-len(c), min(rank[n] for n in c))):
        hub = min(component, key=rank.__getitem__)
        order += [hub] + [b for _, b in nx.bfs_edges(u, hub, sort_neighbors=lambda ns: sorted(ns, key=rank.__getitem__))]
    positions = {}
    for i, n in enumerate(order):
        r, theta = spacing * math.sqrt(i), 2 * math.sqrt(math.pi * i)
        positions[n] = (round(r * math.cos(theta), 1), round(r * math.sin(theta), 1))
    return positions
