"""The ``oxigraph:PATH`` store: a persistent on-disk Oxigraph database (pyoxigraph).

Layout: the default graph holds the merged graph (what ``graph.ttl`` holds) and,
when loaded from N-Quads or TriG, each article's triples are also in a named
graph called by the article's IRI. Queries read the default graph, so they give
the same rows as the Turtle file, and ``GRAPH ?article { … }`` still works.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib.term import Identifier

from phakhi.errors import GraphError, QueryError, StoreError
from phakhi.store.pieces import CUTTABLE, LAYOUTS, cut, read_piece
from phakhi.store.query import QueryFile
from phakhi.store.results import Table, from_oxigraph

_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".rdf": "RDF_XML",
            ".jsonld": "JSON_LD"}
_QUADS = {".nq", ".trig"}
PIECE_BYTES = 8 << 20  # smaller batches sort faster; 8 MB pieces keep both cores busy


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise StoreError("the oxigraph store needs pyoxigraph: pip install 'pyoxigraph>=0.5'") from exc
    return pyoxigraph


def is_store(path: Path) -> bool:
    """Whether ``path`` holds an Oxigraph (RocksDB) database."""
    return (path / "CURRENT").is_file()


class OxigraphStore:
    """A read-only handle on an on-disk store; parameters bound as an escaped VALUES block."""

    def __init__(self, store: object, spec: str):
        self.store = store
        self.spec = spec

    @classmethod
    def open(cls, location: str, graph: Path | None) -> OxigraphStore:
        path = Path(location)
        if graph is not None:
            raise StoreError(
                f"--graph is for the memory store; {path} already holds its graph "
                f"(load a file into it with `phakhi build --store oxigraph:{path}`)"
            )
        if not is_store(path):
            raise StoreError(f"{path}: no Oxigraph store here; create it with `phakhi build --store oxigraph:{path}`")
        try:
            return cls(_pyoxigraph().Store.read_only(str(path)), f"oxigraph:{path}")
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store ({exc})") from exc

    def select(self, query: QueryFile, bindings: Mapping[str, Identifier] | None = None) -> Table:
        query.check_params(bindings or {})
        try:
            solutions = self.store.query(query.for_engine(bindings or {}))
        except SyntaxError as exc:
            raise QueryError(f"{query.path}: Oxigraph cannot parse the query ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{self.spec}: the query failed ({exc})") from exc
        columns = tuple(v.value for v in solutions.variables)
        rows = tuple(tuple(from_oxigraph(s[c]) for c in columns) for s in solutions)
        return Table(columns, rows)

    def close(self) -> None:
        self.store = None


def load(location: str, path: Path) -> None:
    """Make the store at ``location`` hold exactly the graph in ``path``.

    A triples file (Turtle, N-Triples) goes to the default graph. N-Quads and
    TriG keep one named graph per article, and their union goes to the default
    graph too. Files that can be cut (see :mod:`phakhi.store.pieces`) are loaded
    in pieces by one thread per core: the bulk loader runs outside the GIL.
    The store is then compacted, so that queries do not have to merge the
    pieces' overlapping files.

    The graph is loaded into a new directory beside ``location``, which then
    replaces the old store: a load that fails leaves the old store as it was,
    and a fresh directory loads faster than a cleared one.
    """
    ox = _pyoxigraph()
    if path.suffix not in _FORMATS:
        raise GraphError(f"{path}: unknown RDF format; give .ttl, .nt, .nq or .trig")
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `phakhi build` first")
    target = Path(location)
    check_loadable(location)
    staging = target.parent / f".{target.name}.loading-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
        store = ox.Store(str(staging))
        try:
            _fill(ox, store, path)
            store.optimize()  # merge the pieces' overlapping files: queries run 1.4–3 times faster (~1 s per 1M triples)
            store.flush()
        finally:
            del store
        _replace(target, staging)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not a readable RDF file ({exc})") from exc
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the store ({exc})") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def check_loadable(location: str) -> None:
    """Refuse to replace a directory that is not a store, or a store that is open for writing."""
    ox, target = _pyoxigraph(), Path(location)
    if target.exists() and not target.is_dir():
        raise StoreError(f"{target}: is a file, not a store directory")
    if not target.exists() or not any(target.iterdir()):
        return
    if not is_store(target):
        raise StoreError(f"{target}: holds files but no Oxigraph store; give an empty or new directory")
    try:
        probe = ox.Store(str(target))
    except OSError as exc:
        raise StoreError(f"{target}: cannot open the store for writing; is `phakhi serve` using it? ({exc})") from exc
    del probe


def _fill(ox, store, path: Path) -> None:
    if path.suffix in CUTTABLE:
        try:
            _load_in_pieces(ox, store, path)
            return
        except SyntaxError:  # a piece cut where it should not be, or a broken file: one go says which
            store.clear()
    _load_whole(ox, store, path)


def _replace(target: Path, staging: Path) -> None:
    """Put the loaded ``staging`` directory where ``target`` is, then delete the old store."""
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def count(location: str) -> int:
    """Triples in the default graph (the merged graph) of the store at ``location``."""
    handle = OxigraphStore.open(location, None)
    try:
        solution = next(iter(handle.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    finally:
        handle.close()
    return int(solution["n"].value)


def _load_in_pieces(ox, store, path: Path) -> None:
    fmt = getattr(ox.RdfFormat, _FORMATS[path.suffix])
    jobs = [(piece, False, fmt) for piece in cut(path, PIECE_BYTES)]
    if path.suffix in _QUADS:  # the same pieces again, without graph names, into the default graph
        triples = getattr(ox.RdfFormat, LAYOUTS[path.suffix].triples_format)
        jobs += [(piece, True, triples) for piece, _, _ in jobs]

    def one(job) -> None:
        piece, drop_graph, piece_format = job
        # lenient: skip re-validating every IRI of a file phakhi itself wrote (twice as fast)
        store.bulk_load(input=read_piece(piece, drop_graph), format=piece_format, lenient=True)

    with ThreadPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        for _ in pool.map(one, jobs):
            pass


def _load_whole(ox, store, path: Path) -> None:
    fmt = getattr(ox.RdfFormat, _FORMATS[path.suffix])
    store.bulk_load(path=str(path), format=fmt, lenient=True)
    if path.suffix in _QUADS:
        store.bulk_extend(_into_default_graph(ox, path, fmt))


def _into_default_graph(ox, path: Path, fmt) -> Iterator:
    for quad in ox.parse(path=str(path), format=fmt):
        yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())
