"""Cutting RDF files into pieces that parse alone, and loading them in parallel into Oxigraph."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from phakhi.store import oxigraph
from phakhi.store.pieces import cut, read_piece

PREFIXES = "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n"


def triples_file(tmp_path: Path, lines: int) -> Path:
    path = tmp_path / "g.nt"
    path.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "ค่า {i}"@th .\n'
                            for i in range(lines)), encoding="utf-8")
    return path


def parsed(data: bytes, fmt) -> set:
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in ox.parse(data, format=fmt)}


def test_line_pieces_cover_the_file_exactly_once_and_end_at_line_ends(tmp_path):
    path = triples_file(tmp_path, 2000)
    pieces = cut(path, 10_000)
    assert len(pieces) > 5
    assert b"".join(read_piece(p) for p in pieces) == path.read_bytes()
    assert all(read_piece(p).endswith(b" .\n") for p in pieces)


def test_a_small_file_or_an_uncuttable_format_is_one_piece(tmp_path):
    path = triples_file(tmp_path, 10)
    assert len(cut(path, 1 << 20)) == 1
    trig = tmp_path / "g.trig"
    trig.write_bytes(b"<http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 . }\n" * 1000)
    assert len(cut(trig, 1000)) == 1


def test_turtle_pieces_start_at_statements_and_carry_the_prefixes(tmp_path):
    path = tmp_path / "g.ttl"
    body = "".join(f'ex:s{i} a ex:Thing ;\n    ex:label "สิ่งที่ {i}" ;\n    ex:n "{i}"^^xsd:integer .\n'
                   for i in range(3000))
    path.write_text(PREFIXES + body, encoding="utf-8")
    pieces = cut(path, 20_000)
    assert len(pieces) > 5
    assert all(read_piece(p).startswith(PREFIXES.encode()) for p in pieces)
    whole = parsed(path.read_bytes(), ox.RdfFormat.TURTLE)
    assert set().union(*(parsed(read_piece(p), ox.RdfFormat.TURTLE) for p in pieces)) == whole


def test_dropping_graph_names_turns_quads_into_the_same_triples(tmp_path):
    lines = [
        '<http://e.org/s> <http://e.org/p> <http://e.org/o> <http://e.org/g1> .',
        '<http://e.org/s> <http://e.org/p> "มี <http://e.org/x> ข้างใน" <http://e.org/g1> .',
        '<http://e.org/s> <http://e.org/p> "a \\" quote"@th <http://e.org/g2> .',
        '<http://e.org/s> <http://e.org/p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e.org/g2> .',
        '_:b1 <http://e.org/p> _:b2 _:g .',
        '<http://e.org/t> <http://e.org/p> <http://e.org/o> .',  # already in the default graph
        '<http://e.org/t> <http://e.org/p> "ends with <http://e.org/x> ." .',
        '<http://e.org/t> <http://e.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]
    path = tmp_path / "g.nq"
    path.write_text("\n".join(lines * 50) + "\n", encoding="utf-8")
    expected = {(s, p, o, ox.DefaultGraph()) for s, p, o, _ in parsed(path.read_bytes(), ox.RdfFormat.N_QUADS)}
    stripped = set()
    for piece in cut(path, 500):
        stripped |= parsed(read_piece(piece, drop_graph=True), ox.RdfFormat.N_TRIPLES)
    # blank nodes are renamed per parse; compare the rest
    def named(rows):
        return {r for r in rows if not any(isinstance(t, ox.BlankNode) for t in r)}
    assert named(stripped) == named(expected)
    assert len(stripped - named(stripped)) == 1


def test_parallel_load_holds_what_a_single_load_holds(tmp_path, monkeypatch):
    path = tmp_path / "g.nq"
    path.write_text("".join(f'<http://e.org/s{i % 300}> <http://e.org/p> "{i % 700}" <http://e.org/g{i % 7}> .\n'
                            for i in range(5000)), encoding="utf-8")
    monkeypatch.setattr(oxigraph, "PIECE_BYTES", 4096)
    oxigraph.load(str(tmp_path / "cut"), path)
    with open_read_only(tmp_path / "cut") as store:
        graphs = {str(g) for g in store.named_graphs()}
        union = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    assert len(graphs) == 7
    assert union == oxigraph.count(str(tmp_path / "cut")) == len({(i % 300, i % 700) for i in range(5000)})


def test_a_turtle_file_that_cannot_be_cut_safely_still_loads_whole(tmp_path, monkeypatch):
    long_literal = 'ex:s ex:note """บรรทัดแรก .\nex:not a ex:Statement .\nบรรทัดสุดท้าย""" .\n'
    path = tmp_path / "g.ttl"
    path.write_text(PREFIXES + long_literal * 200, encoding="utf-8")
    monkeypatch.setattr(oxigraph, "PIECE_BYTES", 1000)
    assert len(cut(path, 1000)) > 1
    oxigraph.load(str(tmp_path / "s"), path)
    assert oxigraph.count(str(tmp_path / "s")) == 1


def test_a_broken_file_is_still_named_after_the_pieces_fail(tmp_path, monkeypatch):
    path = triples_file(tmp_path, 500)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("<http://example.org/x> <http://example.org/p> .\n")
    monkeypatch.setattr(oxigraph, "PIECE_BYTES", 2000)
    with pytest.raises(Exception, match="g.nt"):
        oxigraph.load(str(tmp_path / "s"), path)


class open_read_only:
    def __init__(self, path: Path):
        self.store = ox.Store.read_only(str(path))

    def __enter__(self):
        return self.store

    def __exit__(self, *exc):
        del self.store
