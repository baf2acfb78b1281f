"""Parameters are RDF terms bound by the engine or an escaped VALUES block, never pasted text."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from phakhi.errors import QueryError
from phakhi.store.params import blank_out, parse_param, query_variables, sparql_term, with_values

NASTY = 'ชมรม "รักษ์ถิ่น" } UNION { ?s ?p ?o } # \\ \n'


@pytest.mark.parametrize("text, expected", [
    ("org=https://w3id.org/phakhi/id/org/1", ("org", URIRef("https://w3id.org/phakhi/id/org/1"))),
    ("org=<urn:x:1>", ("org", URIRef("urn:x:1"))),
    ("name=พัทลุง", ("name", Literal("พัทลุง"))),
    ('name="พัทลุง"@th', ("name", Literal("พัทลุง", lang="th"))),
    ('n="5"^^<http://www.w3.org/2001/XMLSchema#integer>', ("n", Literal("5", datatype=XSD.integer))),
    ("n=120", ("n", Literal(120))),
    ("?name=a=b", ("name", Literal("a=b"))),
    ('q="say \\"hi\\"\\n"', ("q", Literal('say "hi"\n'))),
])
def test_parse_param(text, expected):
    assert parse_param(text) == expected


@pytest.mark.parametrize("text, message", [
    ("no-equals", "NAME=VALUE"),
    ("1abc=x", "NAME=VALUE"),
    ('x="unterminated', "quoted literal"),
    ("x=<http://a b>", "cannot hold spaces"),
])
def test_parse_param_errors_say_what_to_write(text, message):
    with pytest.raises(QueryError, match=message):
        parse_param(text)


def test_blank_out_hides_comments_strings_and_iris_but_keeps_length():
    text = 'PREFIX a: <http://x/#frag> # a { comment\nSELECT ?s WHERE { ?s ?p "{ ?fake }" }'
    code = blank_out(text)
    assert len(code) == len(text)
    assert "comment" not in code and "fake" not in code and "#frag" not in code
    assert code.count("{") == 1 and "?s" in code


def test_variables_ignore_comments_and_strings():
    text = '# uses ?ghost\nSELECT ?a WHERE { ?a ?b "?not" FILTER(BOUND(?c)) }'
    assert query_variables(text) == {"a", "b", "c"}


def test_values_open_the_outer_where_not_a_subquery_or_template():
    text = "SELECT ?x { { SELECT ?x WHERE { ?x ?p ?o } } }"
    bound = with_values(text, {"x": URIRef("urn:a")})
    assert bound.startswith("SELECT ?x {\n  VALUES (?x) { (<urn:a>) }")
    construct = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }"
    assert "WHERE {\n  VALUES" in with_values(construct, {"x": URIRef("urn:a")})


def _ox_answer(value: str) -> str | None:
    """Bind ?v to ``value`` through with_values and read it back from Oxigraph."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(value)))
    text = with_values("SELECT ?s WHERE { ?s <urn:p> ?v }", {"v": Literal(value)})
    rows = list(store.query(text))
    return rows[0]["s"].value if len(rows) == 1 else None


def test_value_that_breaks_naive_substitution_stays_one_literal():
    assert _ox_answer(NASTY) == "urn:s"
    assert sparql_term(Literal(NASTY)).count('"') == 4  # two delimiters + two escaped quotes


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_text_round_trips_through_the_values_block(value):
    assert _ox_answer(value) == "urn:s"


def test_rdflib_and_values_block_agree_on_a_language_literal():
    graph = Graph().parse(data='<urn:s> <urn:p> "พัทลุง"@th .', format="turtle")
    text = with_values("SELECT ?s WHERE { ?s <urn:p> ?v }", {"v": Literal("พัทลุง", lang="th")})
    assert [str(r[0]) for r in graph.query(text)] == ["urn:s"]
