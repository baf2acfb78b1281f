"""Query parameters: ``NAME=VALUE`` → an RDF term, and a safe way to bind it in query text.

A parameter is never pasted into a query as raw text. rdflib binds it through
``initBindings``; engines that only take text (Oxigraph, remote endpoints) get a
``VALUES`` block built from the term's escaped N-Triples form and placed at the
start of the outer ``WHERE`` group, so a value full of quotes and braces
(``ชมรม "รักษ์ถิ่น" {ใต้}``) stays one literal.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from phakhi.errors import QueryError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_IRI_LIKE = re.compile(r"(https?|urn|ftp|mailto|file):\S+\Z")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_NT_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<([^<>"{}|^`\\\x00-\x20]+)>)?\Z')
_BAD_IRI_CHARS = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_\u00b7\u00c0-\ufffd]+)")


def parse_param(text: str) -> tuple[str, Identifier]:
    """``org=https://…`` → (``org``, URIRef); ``name=พัทลุง`` → (``name``, Literal).

    The value is an IRI when it is ``<…>`` or starts with http(s)/urn/…; an
    N-Triples literal when it is quoted (``"พัทลุง"@th``); an xsd:integer when it
    is all digits; otherwise a plain string.
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _NAME.match(name):
        raise QueryError(f"--param {text!r}: write NAME=VALUE, e.g. --param organisation=สำนักงานพัฒนาชุมชน")
    return name, parse_value(value)


def parse_value(value: str) -> Identifier:
    """The RDF term a command-line value stands for (see :func:`parse_param`)."""
    if value.startswith("<") and value.endswith(">"):
        return _iri(value[1:-1])
    if value.startswith('"'):
        match = _NT_LITERAL.match(value)
        if not match:
            raise QueryError(f"{value!r}: not a valid quoted literal; write \"text\", \"text\"@th or \"5\"^^<datatype-IRI>")
        lexical = _unescape(match.group(1))
        datatype = URIRef(match.group(3)) if match.group(3) else None
        return Literal(lexical, lang=match.group(2), datatype=datatype)
    if _IRI_LIKE.match(value):
        return _iri(value)
    if value.isascii() and value.isdigit():
        return Literal(int(value))
    return Literal(value)


def _iri(value: str) -> URIRef:
    if _BAD_IRI_CHARS.search(value):
        raise QueryError(f"<{value}>: an IRI cannot hold spaces, quotes, braces or <>; percent-encode them")
    return URIRef(value)


def _unescape(text: str) -> str:
    return re.sub(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", _unescape_one, text)


def _unescape_one(match: re.Match) -> str:
    code = match.group(1)
    if code[0] in "uU" and len(code) > 1:
        return chr(int(code[1:], 16))
    return {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(code, code)


def sparql_term(term: Identifier) -> str:
    """The term in SPARQL/N-Triples syntax with every special character escaped."""
    if isinstance(term, URIRef):
        return f"<{_iri(str(term))}>"
    if isinstance(term, Literal):
        body = "".join(_ESCAPES.get(ch, ch if ch >= " " else f"\\u{ord(ch):04X}") for ch in str(term))
        if term.language:
            return f'"{body}"@{term.language}'
        if term.datatype:
            return f'"{body}"^^{sparql_term(URIRef(term.datatype))}'
        return f'"{body}"'
    raise QueryError(f"{term!r}: only IRIs and literals can be query parameters")


def blank_out(text: str) -> str:
    """The query with comments, strings and IRIs replaced by spaces (same length).

    What remains is syntax: braces, keywords and variables can be found in it
    without being fooled by ``#`` in an IRI or ``{`` in a string.
    """
    out, i, n = list(text), 0, len(text)
    while i < n:
        end = _skip(text, i)
        if end > i:
            out[i:end] = [" " if ch != "\n" else "\n" for ch in text[i:end]]
            i = end
        else:
            i += 1
    return "".join(out)


def _skip(text: str, i: int) -> int:
    """End of the comment, string or IRI starting at ``i`` (``i`` if none starts there)."""
    ch = text[i]
    if ch == "#":
        end = text.find("\n", i)
        return len(text) if end < 0 else end
    if ch == "<":
        match = _IRIREF.match(text, i)
        return match.end() if match else i
    if ch in "'\"":
        quote = ch * 3 if text.startswith(ch * 3, i) else ch
        j = i + len(quote)
        while j < len(text) and not text.startswith(quote, j):
            j += 2 if text[j] == "\\" else 1
        return min(j + len(quote), len(text))
    return i


def query_variables(text: str) -> frozenset[str]:
    """Names of every variable written in the query (outside comments and strings)."""
    return frozenset(_VARIABLE.findall(blank_out(text)))


def with_values(text: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with ``VALUES (?a ?b) { (term term) }`` opening its outer WHERE group.

    A parameter must therefore be visible in the outer WHERE (not only inside a
    sub-SELECT that does not project it); the query files follow that rule.
    """
    if not bindings:
        return text
    names = sorted(bindings)
    block = (f"\n  VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(sparql_term(bindings[n]) for n in names)}) }}\n")
    at = _where_brace(text)
    return text[: at + 1] + block + text[at + 1:]


def _where_brace(text: str) -> int:
    """Index of the ``{`` opening the outer WHERE group (WHERE itself is optional)."""
    code, depth = blank_out(text), 0
    first = -1
    for match in re.finditer(r"[{}]|\bWHERE\b", code, re.IGNORECASE):
        token = match.group(0)
        if token == "{":
            first = match.start() if first < 0 and depth == 0 else first
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0:
            brace = code.find("{", match.end())
            if brace >= 0:
                return brace
    if first < 0:
        raise QueryError("the query has no WHERE { … } group to bind parameters in")
    return first
