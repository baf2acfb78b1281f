"""N-Triples lines to prefixed Turtle, one subject at a time, without rdflib.

The pipeline keeps each article's triples as sorted N-Triples lines (cheap to
cache, to merge and to sort as plain strings); this module prints them as
Turtle for graph.ttl and graph.trig. N-Triples terms are valid Turtle, so only
IRIs are shortened to prefixed names where the local part is plainly safe.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib.namespace import RDF, RDFS, XSD

from phakhi.rdf.namespaces import DCTERMS, FOAF, ID, OA, ORG, PH, PROV, SCHEMA, SKOS

PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS), "foaf": str(FOAF), "id": str(ID), "oa": str(OA), "org": str(ORG),
    "ph": str(PH._NS), "prov": str(PROV), "rdf": str(RDF), "rdfs": str(RDFS), "schema": str(SCHEMA),
    "skos": str(SKOS), "xsd": str(XSD),
}
_BY_NAMESPACE = {ns: prefix for prefix, ns in PREFIXES.items()}
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_TYPE = f"<{RDF.type}>"
Triple = tuple[str, str, str]


def header() -> str:
    """The @prefix lines every file starts with (all of them, so files compare byte for byte)."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


def split(line: str) -> Triple:
    """``<s> <p> o .`` → its three terms (IRIs hold no spaces; the object is the rest)."""
    subject, predicate, rest = line.split(" ", 2)
    return subject, predicate, rest.rstrip()[:-2]


@lru_cache(maxsize=1 << 16)
def _iri(term: str) -> str:
    iri = term[1:-1]
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _BY_NAMESPACE.get(iri[:cut])
    if prefix is not None and _LOCAL.match(iri[cut:]):
        return f"{prefix}:{iri[cut:]}"
    return term


def term(value: str) -> str:
    """One N-Triples term as Turtle: ``<…#type>`` stays an IRI, ``"5"^^<…#integer>`` → ``"5"^^xsd:integer``."""
    if value.startswith("<"):
        return _iri(value)
    if value.endswith(">") and '"^^<' in value:
        literal, datatype = value.rsplit("^^", 1)
        return f"{literal}^^{_iri(datatype)}"
    return value


def subject_block(subject: str, pairs: list[tuple[str, str]], indent: str = "") -> str:
    """One subject with its predicates and objects (N-Triples terms); rdf:type first, as ``a``."""
    verbs = [("a" if p == _TYPE else term(p), term(o)) for p, o in pairs]
    return _block(term(subject), verbs, indent)


def _block(subject: str, pairs: list[tuple[str, str]], indent: str) -> str:
    """``pairs`` already in Turtle, sorted by predicate; ``a`` moves to the front."""
    pairs.sort(key=lambda po: po[0] != "a")
    lines, previous = [], None
    for verb, obj in pairs:
        if verb == previous:
            lines[-1] += f", {obj}"
            continue
        lines.append(f"{verb} {obj}")
        previous = verb
    body = f" ;\n{indent}    ".join(lines)
    return f"{indent}{subject} {body} .\n"


def blocks(triples: Iterable[Triple], indent: str = "") -> Iterator[str]:
    """Turtle for triples sorted by subject (duplicates already removed).

    A term recurs (predicates, objects shared by subjects): each is shortened
    once per call, through ``short``.
    """
    short: dict[str, str] = {_TYPE: "a"}
    get = short.get
    subject, pairs = None, []
    for s, p, o in triples:
        if s != subject:
            if pairs:
                yield _block(term(subject), pairs, indent)
                pairs = []
            subject = s
        pairs.append((get(p) or short.setdefault(p, term(p)), get(o) or short.setdefault(o, term(o))))
    if pairs:
        yield _block(term(subject), pairs, indent)
