"""Every query gives the same rows on every local backend; specs, loads and parameters behave."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal, URIRef

from phakhi.errors import GraphError, QueryError, StoreError
from phakhi.store import check_loadable, graph_file, load, open_store, parse_spec, read_query
from phakhi.store.oxigraph import count
from phakhi.store.query import find_query
from store_fixtures import QUERIES, write_gold_files

NASTY = 'ชมรม "รักษ์ถิ่น" } UNION { ?s ?p ?o } #'


@pytest.fixture(scope="module")
def gold_files(tmp_path_factory):
    return write_gold_files(tmp_path_factory.mktemp("gold"))


@pytest.fixture(scope="module")
def stores(gold_files, tmp_path_factory):
    """The gold graph in memory, in an Oxigraph store from N-Quads and one from Turtle."""
    nq, ttl = gold_files
    folder = tmp_path_factory.mktemp("stores")
    load(f"oxigraph:{folder / 'nq'}", nq)
    load(f"oxigraph:{folder / 'ttl'}", ttl)
    specs = {"memory": ("memory", ttl), "memory-nq": ("memory", nq), "oxigraph-nq": (f"oxigraph:{folder / 'nq'}", None),
             "oxigraph-ttl": (f"oxigraph:{folder / 'ttl'}", None)}
    opened = {name: open_store(spec, graph) for name, (spec, graph) in specs.items()}
    yield {name: context.__enter__() for name, context in opened.items()}
    for context in opened.values():
        context.__exit__(None, None, None)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_every_query_gives_identical_rows_on_every_local_backend(path, stores):
    query = read_query(path)
    answers = {name: store.select(query) for name, store in stores.items()}
    expected = answers.pop("memory")
    for name, table in answers.items():
        assert table == expected, f"{path.stem}: {name} differs from memory"


def test_the_gold_graph_is_not_empty_for_the_comparison(stores):
    """Identical empty answers would prove nothing: most queries must return rows."""
    empty = [p.stem for p in QUERIES if not stores["memory"].select(read_query(p)).rows]
    assert set(empty) <= {"post_changes"}, empty


@pytest.mark.parametrize("value", [Literal("กรมการพัฒนาชุมชน"), Literal("กรมการพัฒนาชุมชน", lang="th"),
                                   URIRef("https://w3id.org/phakhi/id/org/34c6ee5b8f12dd1a")])
def test_param_filters_the_same_way_everywhere(value, stores):
    query = read_query(find_query("org_posts"))
    answers = {name: store.select(query, {"in_organisation": value}) for name, store in stores.items()}
    rows = answers["memory"].rows
    assert len(rows) == 1 and str(rows[0][4]) == "อธิบดี"
    assert all(table == answers["memory"] for table in answers.values())


def test_param_with_quotes_and_braces_is_one_value(stores):
    query = read_query(find_query("org_posts"))
    for store in stores.values():
        assert store.select(query, {"in_organisation": Literal(NASTY)}).rows == ()


def test_unknown_param_names_the_variables(stores):
    with pytest.raises(QueryError, match=r"no variable \?orgg.*\?in_organisation"):
        stores["oxigraph-nq"].select(read_query(find_query("org_posts")), {"orgg": Literal("x")})


def test_store_keeps_article_graphs_for_graph_queries(stores, tmp_path):
    query_file = tmp_path / "graphs.rq"
    query_file.write_text("# graphs\nSELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n",
                          encoding="utf-8")
    table = stores["oxigraph-nq"].select(read_query(query_file))
    assert int(table.rows[0][0]) == len(list((Path(__file__).parents[1] / "seeds").glob("*.txt")))


def test_loading_again_replaces_instead_of_adding(gold_files, tmp_path):
    nq, _ = gold_files
    load(f"oxigraph:{tmp_path}", nq)
    first = count(str(tmp_path))
    load(f"oxigraph:{tmp_path}", nq)
    assert count(str(tmp_path)) == first > 0


def test_a_failed_load_leaves_the_old_store_as_it_was(gold_files, tmp_path):
    nq, _ = gold_files
    store = tmp_path / "store"
    load(f"oxigraph:{store}", nq)
    before = count(str(store))
    broken = tmp_path / "broken.nt"
    broken.write_text("<http://e.org/s> <http://e.org/p> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.nt"):
        load(f"oxigraph:{store}", broken)
    assert count(str(store)) == before > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no half-loaded copy left


def test_a_directory_that_is_not_a_store_is_not_replaced(gold_files, tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "keep.txt").write_text("ข้อมูลของผู้ใช้", encoding="utf-8")
    with pytest.raises(StoreError, match="no Oxigraph store"):
        check_loadable(f"oxigraph:{notes}")  # `build --store` asks before it builds
    with pytest.raises(StoreError, match="no Oxigraph store"):
        load(f"oxigraph:{notes}", gold_files[0])
    assert (notes / "keep.txt").read_text(encoding="utf-8") == "ข้อมูลของผู้ใช้"


def test_a_store_in_use_for_writing_is_not_replaced(gold_files, tmp_path):
    load(f"oxigraph:{tmp_path / 's'}", gold_files[0])
    holder = pyoxigraph.Store(str(tmp_path / "s"))  # as `phakhi serve` holds it
    with pytest.raises(StoreError, match="is `phakhi serve` using it"):
        load(f"oxigraph:{tmp_path / 's'}", gold_files[0])
    del holder


@pytest.mark.parametrize("spec, message", [
    ("nosuch:x", "unknown store"), ("oxigraph:", "say where"), ("sparql:", "say where"),
])
def test_bad_specs(spec, message):
    with pytest.raises(StoreError, match=message):
        parse_spec(spec)


def test_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="phakhi build --store"):
        with open_store(f"oxigraph:{tmp_path / 'none'}"):
            pass


def test_graph_option_with_a_store_is_refused(stores, tmp_path, gold_files):
    with pytest.raises(StoreError, match="--graph is for the memory store"):
        with open_store(stores["oxigraph-nq"].spec, gold_files[1]):
            pass


def test_memory_store_cannot_be_loaded_into():
    with pytest.raises(StoreError, match="does not persist"):
        check_loadable("memory")


def test_load_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.ttl"):
        load(f"oxigraph:{tmp_path / 's'}", broken)
    with pytest.raises(GraphError, match="no such graph file"):
        load(f"oxigraph:{tmp_path / 's'}", tmp_path / "missing.nq")
    with pytest.raises(GraphError, match="unknown RDF format"):
        load(f"oxigraph:{tmp_path / 's'}", tmp_path / "graph.csv")


def test_graph_file_prefers_named_graphs():
    assert graph_file([Path("o/graph.ttl"), Path("o/network.html"), Path("o/graph.nq")]) == Path("o/graph.nq")
    assert graph_file([Path("o/graph.ttl")]) == Path("o/graph.ttl")
    with pytest.raises(StoreError):
        graph_file([Path("o/network.html")])


@pytest.fixture(scope="module")
def seed_stores(seed_graph, tmp_path_factory):
    """The real pipeline's graph of seeds/ in memory and in an Oxigraph store."""
    from phakhi.store.memory import MemoryStore

    folder = tmp_path_factory.mktemp("seed")
    seed_graph.serialize(folder / "seed.nt", format="nt", encoding="utf-8")
    load(f"oxigraph:{folder / 'store'}", folder / "seed.nt")
    with open_store(f"oxigraph:{folder / 'store'}") as store:
        yield MemoryStore(seed_graph), store


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_every_query_agrees_on_the_pipeline_seed_graph(path, seed_stores):
    memory, oxigraph = seed_stores
    query = read_query(path)
    assert oxigraph.select(query) == memory.select(query)
