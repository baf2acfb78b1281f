"""Golden cases: each tests/golden/<case>/ must build exactly its expected.ttl.

The article is the case's own article.txt, or else the seed article seeds/<case>.txt.

Compared by graph isomorphism; on failure the triples only in one side are listed.
Regenerate after an intended change with:
    PHAKHI_REGENERATE=1 python -m pytest tests/test_golden.py
and review the diff of expected.ttl files before committing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from phakhi.extract import extract
from phakhi.ingest.read import read_path
from phakhi.rdf.convert import article_graph

GOLDEN = Path(__file__).parent / "golden"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def _article(case: Path) -> Path:
    own = case / "article.txt"
    return own if own.exists() else SEEDS / f"{case.name}.txt"


def _built(case: Path) -> Graph:
    path = _article(case)
    (article,) = read_path(path, root=path.parent)
    return article_graph(extract(article))[1]


def test_every_seed_is_a_golden_case():
    assert {p.stem for p in SEEDS.glob("*.txt")} <= {c.name for c in CASES}


def _readable(triples: Graph, limit: int = 40) -> str:
    lines = sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return "\n".join(lines[:limit] + ([f"  … {len(lines) - limit} more"] if len(lines) > limit else []))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_case(case):
    built = _built(case)
    expected_path = case / "expected.ttl"
    if os.environ.get("PHAKHI_REGENERATE"):
        expected_path.write_bytes(built.serialize(format="turtle", encoding="utf-8"))
    expected = Graph().parse(expected_path)
    if to_isomorphic(built) != to_isomorphic(expected):
        _, only_built, only_expected = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        pytest.fail(
            f"{case.name}: built graph differs from expected.ttl\n"
            f"only in built ({len(only_built)}):\n{_readable(only_built)}\n"
            f"only in expected ({len(only_expected)}):\n{_readable(only_expected)}"
        )
