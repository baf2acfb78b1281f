"""SPARQL over a built graph: find and prepare query files, run them, format results.

Every query file is parsed once when loaded (``prepareQuery``), so a broken
query names its file before anything runs.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from phakhi.errors import GraphError, QueryError
from phakhi.rdf.namespaces import DCTERMS, FOAF, ID, OA, ORG, PH, PROV, RDFS, SCHEMA, SKOS, XSD

PREFIXES = {
    "ph": PH._NS, "id": ID, "schema": SCHEMA, "oa": OA, "org": ORG, "foaf": FOAF, "prov": PROV,
    "skos": SKOS, "dcterms": DCTERMS, "rdfs": RDFS, "xsd": XSD,
}


def queries_dirs() -> list[Path]:
    """Where query names are looked up: ./queries, then the project's own."""
    return [Path.cwd() / "queries", Path(__file__).resolve().parents[3] / "queries"]


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
    known = sorted({p.stem for d in queries_dirs() if d.is_dir() for p in d.glob("*.rq")})
    raise QueryError(f"no query named {name!r}; known: {', '.join(known) or 'none'}")


def load_query(path: Path) -> Query:
    """Parse a query file once; a syntax error names the file."""
    try:
        return prepareQuery(path.read_text(encoding="utf-8"), initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise several kinds
        raise QueryError(f"{path}: the query does not parse ({exc})") from exc


def load_graph(path: Path) -> Graph:
    """Parse a Turtle (or other RDF) file; a missing file says to build first."""
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `phakhi build` first or give --graph")
    try:
        return Graph().parse(path)
    except Exception as exc:
        raise GraphError(f"{path}: not a readable RDF file ({exc})") from exc


@dataclass(frozen=True)
class Table:
    """A SELECT result: variable names in order and rows of RDF terms (None if unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def run(graph: Graph, query: Query, bindings: dict[str, object] | None = None) -> Table:
    result = graph.query(query, initBindings=bindings or {})
    columns = tuple(str(v) for v in result.vars)
    return Table(columns, tuple(tuple(row) for row in result))


def _plain(term: object) -> str:
    if term is None:
        return ""
    return str(term)


def to_csv(table: Table) -> str:
    """RFC 4180: header of variable names, IRIs in full, literals as lexical forms."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_plain(t) for t in row])
    return out.getvalue()


def _json_term(term: object) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(table: Table) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [
        {c: _json_term(t) for c, t in zip(table.columns, row) if t is not None} for row in table.rows
    ]
    return json.dumps({"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def to_table(table: Table) -> str:
    """Aligned columns for people."""
    cells = [list(table.columns)] + [[_plain(t) for t in row] for row in table.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(table.columns))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: Thai combining marks take no column."""
    import unicodedata
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text)


FORMATS = {"csv": to_csv, "json": to_json, "table": to_table}
