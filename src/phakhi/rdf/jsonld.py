"""JSON-LD with phakhi's context: the same triples as the Turtle, readable as JSON.

The context maps the project's prefixes, so keys read ``schema:name`` or
``org:heldBy`` instead of full IRIs. rdflib writes the JSON; the result is then
put in a canonical order (nodes by ``@id``, values sorted) so that the same
graph always gives the same bytes.
"""
from __future__ import annotations

import json
from typing import Any

from rdflib import Dataset, Graph

from phakhi.rdf.namespaces import PREFIXES

CONTEXT: dict[str, Any] = {prefix: iri for prefix, iri in sorted(PREFIXES.items())}


def _canonical(value: Any) -> Any:
    """Sort every list (by its items' JSON) and every object's keys, recursively."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def to_jsonld(graph: Graph | Dataset) -> bytes:
    """``graph`` (or every named graph of a dataset) as compact JSON-LD, UTF-8."""
    text = graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True)
    data = json.loads(text)
    data["@context"] = CONTEXT
    return (json.dumps(_canonical(data), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
