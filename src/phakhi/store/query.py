"""SPARQL query files: find them, parse each once, list them, run them on an rdflib graph.

Every query file is parsed once when loaded (``prepareQuery``), so a broken
query names its file before anything runs. Parameters are RDF terms bound by
the engine (rdflib ``initBindings``) or by a VALUES block built from escaped
terms (:mod:`phakhi.store.params`), never pasted into the text.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

from phakhi.errors import GraphError, QueryError
from phakhi.rdf.namespaces import DCTERMS, FOAF, ID, OA, ORG, PH, PROV, RDFS, SCHEMA, SKOS, XSD
from phakhi.store.params import blank_out, query_variables, with_values
from phakhi.store.results import Table, canonical

PREFIXES = {
    "ph": PH._NS, "id": ID, "schema": SCHEMA, "oa": OA, "org": ORG, "foaf": FOAF, "prov": PROV,
    "skos": SKOS, "dcterms": DCTERMS, "rdfs": RDFS, "xsd": XSD,
}
_QUAD_FORMATS = {".nq": "nquads", ".trig": "trig"}


def queries_dirs() -> list[Path]:
    """Where query names are looked up: ./queries, then the project's own.

    The project's own are ``queries/`` at the top of the repository; the
    package reaches them through the symlink ``src/phakhi/queries``, which a
    wheel (a non-editable install) turns into a copy.
    """
    return [Path.cwd() / "queries", Path(__file__).resolve().parents[1] / "queries"]


def find_query(name: str) -> Path:
    """A path to a .rq file, or the name of one in queries/ without .rq."""
    path = Path(name)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError(f"{name}: no such query file")
        return path
    for folder in queries_dirs():
        candidate = folder / f"{name}.rq"
        if candidate.is_file():
            return candidate
    known = sorted(query_paths())
    raise QueryError(f"no query named {name!r}; known: {', '.join(known) or 'none'} (see phakhi query --list)")


def query_paths() -> dict[str, Path]:
    """Every named query, by name; ./queries shadows the project's own."""
    found: dict[str, Path] = {}
    for folder in reversed(queries_dirs()):
        if folder.is_dir():
            found.update({p.stem: p for p in folder.glob("*.rq")})
    return dict(sorted(found.items()))


def summary_line(name: str, text: str) -> str:
    """The first line of a query's header comment, without ``#`` and a leading ``NAME:``."""
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    if not first.startswith("#"):
        return ""
    line = first.lstrip("#").strip()
    head, sep, rest = line.partition(":")
    return rest.strip() if sep and head.strip() == name else line


def query_index() -> list[tuple[str, str]]:
    """(name, first line of its header) for every named query, for ``phakhi query --list``."""
    return [(name, summary_line(name, path.read_text(encoding="utf-8"))) for name, path in query_paths().items()]


@dataclass(frozen=True)
class QueryFile:
    """A query file, parsed once: its text, rdflib's prepared form, its variables."""

    path: Path
    text: str
    prepared: Query
    variables: frozenset[str]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def summary(self) -> str:
        return summary_line(self.name, self.text)

    @cached_property
    def standalone(self) -> str:
        """The text with PREFIX lines for the shared prefixes it uses without declaring."""
        declared = set(re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", blank_out(self.text)))
        missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
        return "\n".join(missing + [self.text])

    def for_engine(self, bindings: Mapping[str, Identifier]) -> str:
        """Text for engines that take text: prefixes declared, parameters as a VALUES block."""
        return with_values(self.standalone, bindings)

    def check_params(self, bindings: Mapping[str, Identifier]) -> None:
        unknown = sorted(set(bindings) - self.variables)
        if unknown:
            raise QueryError(
                f"{self.path}: no variable ?{unknown[0]} to bind; "
                f"its variables are {', '.join('?' + v for v in sorted(self.variables))}"
            )


def read_query(path: Path) -> QueryFile:
    """Parse a query file once; a syntax error names the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query file ({exc})") from exc
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise several kinds
        raise QueryError(f"{path}: the query does not parse ({exc})") from exc
    return QueryFile(path, text, prepared, query_variables(text))


def load_query(path: Path) -> Query:
    """rdflib's prepared form of a query file (see :func:`read_query`)."""
    return read_query(path).prepared


def load_graph(path: Path) -> Graph:
    """Parse an RDF file into one merged graph; .nq/.trig named graphs are merged too."""
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `phakhi build` first or give --graph")
    try:
        if path.suffix in _QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=_QUAD_FORMATS[path.suffix])
            merged = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                merged.add((s, p, o))
            return merged
        return Graph().parse(path)
    except Exception as exc:
        raise GraphError(f"{path}: not a readable RDF file ({exc})") from exc


def run(graph: Graph, query: Query, bindings: Mapping[str, Identifier] | None = None) -> Table:
    """Run a prepared SELECT on an rdflib graph, parameters bound by ``initBindings``."""
    result = graph.query(query, initBindings=dict(bindings or {}))
    columns = tuple(str(v) for v in result.vars)
    return Table(columns, tuple(tuple(canonical(t) for t in row) for row in result))
