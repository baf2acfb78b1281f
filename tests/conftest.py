from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).parent))  # tests/support.py

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory):
    """The graph built from seeds/ by the real pipeline (once per session)."""
    from phakhi.pipeline import build_graph

    graph, _ = build_graph([ROOT / "seeds"])
    return graph


@pytest.fixture(scope="session")
def gold_graph():
    """The graph of the seeds' gold annotations: realistic records for later stages."""
    from rdflib import Graph

    from phakhi.rdf.convert import article_graph, bind_prefixes
    from support import seed_extractions

    graph = bind_prefixes(Graph())
    for ex in seed_extractions():
        graph += article_graph(ex)[1]
    return graph
