"""Checking a graph against ``ontology/shapes.ttl`` (SHACL, via pySHACL).

The shapes ship inside the package (``phakhi/data/shapes.ttl``, a copy of
``ontology/shapes.ttl`` kept identical by a test), so an installed phakhi can
validate without the repository. Results come back as plain ``Problem``
records, sorted, so the same graph always gives the same report.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.term import Node

from phakhi.data import data_text
from phakhi.errors import PhakhiError
from phakhi.rdf.namespaces import PREFIXES, RDF, SH


@dataclass(frozen=True)
class Problem:
    """One SHACL result, ready to print."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str  # the node that fails, as a prefixed name where possible
    path: str  # the property, or "" for a node-level check
    value: str  # the offending value, or ""
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    problems: tuple[Problem, ...]

    @property
    def violations(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "Violation")

    @property
    def conforms(self) -> bool:
        return not self.violations


@cache
def shapes_graph() -> Graph:
    """The packaged SHACL shapes (parsed once)."""
    return Graph().parse(data=data_text("shapes.ttl"), format="turtle")


@cache
def ontology_graph() -> Graph:
    """The packaged OWL ontology (parsed once)."""
    return Graph().parse(data=data_text("phakhi.ttl"), format="turtle")


def validate(graph: Graph) -> Report:
    """Every SHACL violation and warning of ``graph`` against phakhi's shapes."""
    try:
        from pyshacl import validate as shacl
    except ImportError as exc:  # declared as a dependency; say how to repair a partial install
        raise PhakhiError("validation needs pySHACL: pip install 'pyshacl>=0.25'") from exc
    _, results, _ = shacl(graph, shacl_graph=shapes_graph(), inference="none", allow_warnings=True,
                          advanced=True, abort_on_first=False)
    problems = {_problem(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)}
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return Report(tuple(sorted(problems, key=lambda p: (order.get(p.severity, 3), p.focus, p.path, p.message))))


def short(iri: URIRef) -> str:
    """An IRI with the project's prefixes: id:event/920e…, schema:startDate."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _problem(results: Graph, result: Node) -> Problem:
    def one(prop: URIRef) -> Node | None:
        return next(iter(results.objects(result, prop)), None)

    def show(node: Node | None) -> str:
        if node is None:
            return ""
        text = short(node) if isinstance(node, URIRef) else str(node)
        return text if len(text) <= 80 else text[:77] + "…"

    severity = str(one(SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
    return Problem(severity, show(one(SH.focusNode)), show(one(SH.resultPath)), show(one(SH.value)),
                   str(one(SH.resultMessage) or "does not conform"))
