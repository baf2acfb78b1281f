"""SELECT results as one typed record, whatever engine produced them, and their formats.

Every backend turns its answers into a :class:`Table` of rdflib terms, so csv,
json and table output are the same byte for byte across memory, Oxigraph and a
remote endpoint.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

_DECIMAL = str(XSD.decimal)


@dataclass(frozen=True)
class Table:
    """A SELECT result: variable names in order and rows of RDF terms (None if unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Identifier | None, ...], ...]


def literal(value: str, language: str | None, datatype: str | None) -> Literal:
    """An rdflib literal; xsd:string is dropped so plain strings compare equal everywhere."""
    if language:
        return Literal(value, lang=language)
    if datatype == _DECIMAL:
        return Literal(canonical_decimal(value), datatype=XSD.decimal)
    if datatype and datatype != str(XSD.string):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def canonical_decimal(lexical: str) -> str:
    """The canonical xsd:decimal form (``1.0``, ``2.5``): engines write ``1``, ``1.0`` or ``2.50``."""
    try:
        number = Decimal(lexical)
    except InvalidOperation:
        return lexical
    text = format(number.normalize(), "f")
    return text if "." in text else text + ".0"


def canonical(term: Identifier | None) -> Identifier | None:
    """The same term with a decimal in canonical form, so every backend prints it alike."""
    if isinstance(term, Literal) and str(term.datatype) == _DECIMAL:
        return Literal(canonical_decimal(str(term)), datatype=XSD.decimal)
    return term


def from_oxigraph(term: object) -> Identifier | None:
    """A pyoxigraph term (or None) as an rdflib term."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return literal(term.value, term.language, term.datatype.value)


def from_results_json(term: dict | None) -> Identifier | None:
    """A term of SPARQL 1.1 Query Results JSON as an rdflib term."""
    if term is None:
        return None
    kind = term.get("type")
    if kind == "uri":
        return URIRef(term["value"])
    if kind == "bnode":
        return BNode(term["value"])
    return literal(term["value"], term.get("xml:lang"), term.get("datatype"))


def table_from_json(data: dict) -> Table:
    """A Table from a parsed SPARQL Results JSON document."""
    columns = tuple(data["head"]["vars"])
    rows = tuple(
        tuple(from_results_json(binding.get(c)) for c in columns) for binding in data["results"]["bindings"]
    )
    return Table(columns, rows)


def _plain(term: object) -> str:
    return "" if term is None else str(term)


def to_csv(table: Table) -> str:
    """RFC 4180: header of variable names, IRIs in full, literals as lexical forms."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_plain(t) for t in row])
    return out.getvalue()


def _json_term(term: Identifier) -> dict:
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
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text)


FORMATS = {"csv": to_csv, "json": to_json, "table": to_table}
