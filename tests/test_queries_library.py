"""The query library: each file documents itself, parses on every engine, and answers correctly."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal

from phakhi.store.query import query_index, read_query, run
from store_fixtures import QUERIES, ROOT

CONTRACT = {"people", "organizations", "posts", "places", "programmes", "events"}
ANALYTICAL = [p for p in QUERIES if p.stem not in CONTRACT]


def _header(path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines[: next(i for i, l in enumerate(lines) if not l.startswith("#"))]]


def _declared_params(path) -> set[str]:
    line = next(l for l in _header(path) if l.startswith("# Parameters:"))
    return set(re.findall(r"\?(\w+)", line))


def test_at_least_twelve_analytical_queries():
    assert len(ANALYTICAL) >= 12


@pytest.mark.parametrize("path", ANALYTICAL, ids=lambda p: p.stem)
def test_header_says_question_parameters_columns_and_example(path):
    header = "\n".join(_header(path))
    assert header.startswith(f"# {path.stem}: ") and header.splitlines()[0].endswith("?")
    for part in ("# Parameters:", "# Columns:", f"# Example: phakhi query {path.stem}"):
        assert part in header, f"{path.name} lacks {part!r}"
    example = header.split("# Example:")[1].splitlines()[1:]
    assert example and all(line.startswith("#   ") for line in example)


@pytest.mark.parametrize("path", ANALYTICAL, ids=lambda p: p.stem)
def test_declared_parameters_are_variables_of_the_outer_where(path):
    query = read_query(path)
    for name in _declared_params(path):
        assert name in query.variables
        bound = query.for_engine({name: Literal("x")})
        assert f"VALUES (?{name})" in bound


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_oxigraph_parses_every_query_as_sent(path):
    ox.Store().query(read_query(path).for_engine({}))


def test_list_shows_each_name_with_its_question():
    index = dict(query_index())
    assert set(index) >= {p.stem for p in QUERIES}
    assert index["org_units"] == "What are the units of an agency, directly or through other units?"


def test_inactive_provinces_lists_the_77_provinces_of_the_packaged_gazetteer():
    with open(ROOT / "src/phakhi/data/th_provinces.csv", encoding="utf-8-sig") as handle:
        expected = {(r["province_code"], r["name_th"], r["name_en"]) for r in csv.DictReader(handle)}
    text = (ROOT / "queries/inactive_provinces.rq").read_text(encoding="utf-8")
    listed = set(re.findall(r'\("(\d+)" "([^"]+)" "([^"]+)"\)', text))
    assert listed == expected and len(listed) == 77


def _rows(graph, name, **params):
    table = run(graph, read_query(ROOT / "queries" / f"{name}.rq").prepared,
                {k: Literal(v) for k, v in params.items()})
    return [dict(zip(table.columns, (None if t is None else str(t) for t in row))) for row in table.rows]


def test_inactive_provinces_leaves_out_those_the_articles_name(gold_graph):
    names = {r["province"] for r in _rows(gold_graph, "inactive_provinces")}
    mentioned = {r["name"] for r in _rows(gold_graph, "places") if r["type"].endswith("Province")}
    assert mentioned and not names & mentioned
    assert len(names) == 77 - len(mentioned)


def test_units_of_an_agency(gold_graph):
    rows = _rows(gold_graph, "org_units", of_organisation="กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้")
    assert [(r["unitLabel"], r["direct"]) for r in rows] == [("ส่วนงานภาคประชาสังคม", "true")]


def test_participants_by_organiser_sums_each_event_once(gold_graph):
    rows = {r["orgLabel"]: r for r in _rows(gold_graph, "participants_by_organiser")}
    sbpac = rows["ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้"]  # ศอ.บต., resolved through the gazetteer
    assert sbpac["participants"] == "160" and sbpac["reported"] == "1"


def test_events_by_month_and_province(gold_graph):
    rows = _rows(gold_graph, "events_by_month", in_province="สงขลา")
    assert rows == [{"month": "2020-09", "province": "สงขลา", "events": "1", "reported": "1", "participants": "160"}]


def test_chairs_and_programme_reach(gold_graph):
    chairs = {r["name"] for r in _rows(gold_graph, "chairs")}
    assert "สุทธิพงษ์ จุลเจริญ" in chairs
    reach = _rows(gold_graph, "programme_reach", of_programme="โครงการพัฒนาศักยภาพแกนนำจังหวัดอุดรธานี")
    assert [(r["province"], r["events"], r["participants"]) for r in reach] == [("อุดรธานี", "1", "60")]


def test_evidence_points_at_the_words_in_the_article(gold_graph):
    (row,) = _rows(gold_graph, "evidence", about="กมล ปุยยะรุน")
    text = next(str(o) for s, p, o in gold_graph if str(s) == row["source"] and str(p).endswith("text"))
    assert text[int(row["start"]):int(row["end"])] == row["quote"]


POSTS_OVER_TIME = """
@base <https://w3id.org/phakhi/id/> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<person/a> foaf:name "สมศรี ใจดี"@th .
<role/dep> skos:prefLabel "รองผู้อำนวยการ"@th . <role/dir> skos:prefLabel "ผู้อำนวยการ"@th .
<post/1> a org:Post ; org:heldBy <person/a> ; org:role <role/dep> ; org:postIn <org/codi> ;
  prov:wasDerivedFrom <article/a1.txt> ; schema:validFrom "2023-01-10"^^xsd:date .
<post/2> a org:Post ; org:heldBy <person/a> ; org:role <role/dir> ; org:postIn <org/codi> ;
  prov:wasDerivedFrom <article/a2.txt> ; schema:validFrom "2024-03-05"^^xsd:date .
<post/3> a org:Post ; org:heldBy <person/a> ; org:role <role/dir> ; org:postIn <org/codi> ;
  prov:wasDerivedFrom <article/a3.txt> ; schema:validFrom "2024-08-01"^^xsd:date .
"""


def test_post_changes_finds_the_promotion_once_on_both_engines():
    from rdflib import Graph

    graph = Graph().parse(data=POSTS_OVER_TIME, format="turtle")
    rows = _rows(graph, "post_changes")
    changes = [(r["fromRole"], r["until"], r["toRole"], r["since"], r["toOrg"]) for r in rows]
    assert changes == [("รองผู้อำนวยการ", "2023-01-10", "ผู้อำนวยการ", "2024-03-05", "https://w3id.org/phakhi/id/org/codi")]
    store = ox.Store()
    store.load(POSTS_OVER_TIME.encode(), format=ox.RdfFormat.TURTLE)
    solutions = store.query(read_query(ROOT / "queries/post_changes.rq").for_engine({}))
    assert [(s["fromRole"].value, s["since"].value) for s in solutions] == [("รองผู้อำนวยการ", "2024-03-05")]


def test_the_query_library_ships_inside_the_package():
    """queries/ reaches the package through a symlink that a wheel turns into files (package data)."""
    import phakhi

    packaged = Path(phakhi.__file__).parent / "queries"
    top = Path(__file__).parents[1] / "queries"
    assert packaged.is_symlink() and packaged.resolve() == top.resolve()
    assert '"queries/*.rq"' in (top.parent / "pyproject.toml").read_text(encoding="utf-8")
