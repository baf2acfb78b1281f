"""Every query in queries/ parses, runs on the seed graph, and answers with the contract's columns."""
from __future__ import annotations

from pathlib import Path

import pytest

from phakhi.store.query import load_query, run

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.rq"))
CONTRACT = {
    "people": ["person", "name", "title", "source"],
    "organizations": ["org", "label", "source"],
    "posts": ["person", "name", "role", "org", "source"],
    "places": ["place", "name", "type", "province", "source"],
    "programmes": ["programme", "name", "source"],
    "events": ["event", "name", "start", "end", "venue", "province", "participants", "source"],
}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_runs_on_seed_graph(path, seed_graph):
    assert path.read_text(encoding="utf-8").startswith("#"), "every query starts with a header comment"
    table = run(seed_graph, load_query(path))
    if path.stem in CONTRACT:
        assert list(table.columns) == CONTRACT[path.stem]


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_query_answers_for_every_seed_article(name, gold_graph):
    table = run(gold_graph, load_query(Path(__file__).resolve().parents[1] / "queries" / f"{name}.rq"))
    sources = {str(row[-1]).rsplit("/", 1)[-1] for row in table.rows}
    expected = {p.name for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")}
    assert sources == expected


def test_people_rows_from_gold(gold_graph):
    table = run(gold_graph, load_query(Path(__file__).resolve().parents[1] / "queries" / "people.rq"))
    rows = {(str(r[1]), str(r[2])) for r in table.rows}
    assert ("อัครวิทย์ หมื่นกุล", "ว่าที่ร้อยตรี") in rows
    assert ("กมล ปุยยะรุน", "นาย") in rows
