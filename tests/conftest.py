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
    from support import merged_graph, seed_extractions

    return merged_graph(*seed_extractions())

