"""Accuracy floors: the extractor scored against the seeds' and tests/gold's annotations.

A change that makes a category worse on either set fails here, with the scores in the
message; a change that makes one better should raise its floor.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from phakhi.evaluate import evaluate_dir, format_report

ROOT = Path(__file__).parent.parent
FLOORS = {
    "seeds": {"persons": 0.99, "organizations": 0.97, "posts_role": 0.99, "posts_org": 0.99, "provinces": 0.99,
              "programmes": 0.99, "event_dates": 0.99, "participants": 0.99},
    "tests/gold": {"persons": 0.995, "organizations": 0.99, "posts_role": 0.99, "posts_org": 0.99,
                   "provinces": 0.99, "programmes": 0.98, "event_dates": 0.99, "participants": 0.99},
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_f1_at_or_above_its_floor(corpus):
    report = evaluate_dir(ROOT / corpus)
    below = {c: round(report.totals[c].f1, 3) for c, floor in FLOORS[corpus].items() if report.totals[c].f1 < floor}
    assert not below, f"{corpus}: below the floor {below}\n{format_report(report)}"
