"""Evidence for tooltips: the sentence around each ``oa:Annotation`` and its article.

The graph stores, for every entity and relation, an annotation whose target has
the article (``oa:hasSource``), character offsets (``oa:TextPositionSelector``)
and the exact words (``oa:TextQuoteSelector``). The article's ``schema:text`` is
the text the offsets refer to, so the sentence is cut from it here.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Graph, URIRef

from phakhi.rdf.namespaces import OA, RDF, SCHEMA
from phakhi.text.segment import Zone, sentences

MAX_QUOTES = 3  # per entity: a tooltip stays readable, the article count says how many more
WINDOW = 110  # characters kept on each side of the quote in a very long sentence


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: the sentence, the exact words, and where it was read."""

    sentence: str
    exact: str
    article: str  # the article's title (or identifier)
    source: str  # the article's IRI


class _Sentences:
    """Sentence spans of each article's text, computed once per article."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.cache: dict[URIRef, tuple[str, list[int], list[Zone]]] = {}

    def around(self, article: URIRef, start: int, end: int) -> str:
        if article not in self.cache:
            text = str(self.graph.value(article, SCHEMA.text) or "")
            spans = list(sentences(text, (Zone(0, len(text)),)))
            self.cache[article] = (text, [s.start for s in spans], spans)
        text, starts, spans = self.cache[article]
        i = bisect.bisect_right(starts, start) - 1
        span = spans[i] if i >= 0 and spans[i].end >= end else Zone(start, end)
        lo, hi = max(span.start, start - WINDOW), min(span.end, end + WINDOW)
        return ("…" if lo > span.start else "") + text[lo:hi].strip() + ("…" if hi < span.end else "")


def _selectors(graph: Graph, target: URIRef) -> tuple[int | None, int | None, str]:
    start = end = None
    exact = ""
    for selector in graph.objects(target, OA.hasSelector):
        if (selector, RDF.type, OA.TextPositionSelector) in graph:
            start, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
            start, end = (int(start), int(end)) if start is not None and end is not None else (None, None)
        elif (selector, RDF.type, OA.TextQuoteSelector) in graph:
            exact = str(graph.value(selector, OA.exact) or "")
    return start, end, exact


def read_quotes(graph: Graph, titles: Mapping[str, str]) -> dict[str, tuple[Quote, ...]]:
    """Body IRI → up to MAX_QUOTES quotes, in article then text order."""
    found: dict[str, list[tuple[str, int, Quote]]] = defaultdict(list)
    cutter = _Sentences(graph)
    for ann in graph.subjects(RDF.type, OA.Annotation):
        body, target = graph.value(ann, OA.hasBody), graph.value(ann, OA.hasTarget)
        article = graph.value(target, OA.hasSource) if target is not None else None
        if body is None or article is None:
            continue
        start, end, exact = _selectors(graph, target)
        sentence = cutter.around(article, start, end) if start is not None else exact
        quote = Quote(sentence or exact, exact, titles.get(str(article), str(article)), str(article))
        found[str(body)].append((str(article), start or 0, quote))
    return {
        body: tuple(dict.fromkeys(q for *_, q in sorted(items, key=lambda x: x[:2])))[:MAX_QUOTES]
        for body, items in found.items()
    }
