"""Invariants, checked over generated inputs."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from phakhi.rdf.convert import article_graph
from phakhi.rdf.iris import article_iri, person_iri
from phakhi.text.normalise import normalise_name, normalise_text, squash

THAI = st.text(
    alphabet=st.sampled_from(list("กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋์ ๐๑๒๓๔๕๖๗๘๙0123456789\n\t.\u200b")),
    max_size=80,
)


@given(THAI)
def test_normalise_text_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(THAI)
def test_normalise_name_is_idempotent_and_has_no_thai_digits(text):
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert not any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in once)


@given(THAI, THAI)
def test_person_iri_depends_only_on_the_name_without_spaces(a, b):
    assert person_iri(a) == person_iri(a)
    assert (person_iri(a) == person_iri(b)) == (squash(a) == squash(b))


def test_article_iri_ends_in_file_name():
    assert str(article_iri("sub dir/001_x.txt")).endswith("/001_x.txt")


def test_serialise_then_parse_is_isomorphic():
    from support import seed_extractions

    for ex in seed_extractions():
        _, graph = article_graph(ex)
        back = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
        assert isomorphic(graph, back), ex.article.id


def test_a_record_id_with_slashes_is_one_segment_of_the_article_iri():
    assert str(article_iri("dump.jsonl/news/2567/1", "news/2567/1")).endswith("/article/dump.jsonl/news%2F2567%2F1")
    assert str(article_iri("sub/001.txt", "001.txt")).endswith("/article/sub/001.txt")
