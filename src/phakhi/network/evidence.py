"""Evidence for tooltips: the sentence around each ``oa:Annotation`` and its article.

The graph stores, for every entity and relation, an annotation whose target has
the article (``oa:hasSource``), character offsets (``oa:TextPositionSelector``)
and the exact words (``oa:TextQuoteSelector``). When the target names its sentence
(``ph:sentence`` → ``nif:anchorOf``/``nif:beginIndex``) that sentence is used;
otherwise it is cut from the article's ``schema:text``, which the offsets refer to.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Graph, Namespace, URIRef

from phakhi.rdf.namespaces import OA, ONTOLOGY_IRI, RDF, SCHEMA
from phakhi.text.segment import Zone, sentences

MAX_QUOTES = 3  # per entity: a tooltip stays readable, the article count says how many more
WINDOW = 110  # characters kept on each side of the quote in a very long sentence
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SENTENCE = URIRef(ONTOLOGY_IRI + "sentence")


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: the sentence, the exact words, and where it was read."""

    sentence: str
    exact: str
    article: str  # the article's title (or identifier)
    source: str  # the article's IRI


def _clip(text: str, span: Zone, start: int, end: int, offset: int = 0) -> str:
    """The part of ``text`` (which begins at ``offset`` in the article) in ``span``, near [start, end)."""
    lo, hi = max(span.start, start - WINDOW), min(span.end, end + WINDOW)
    piece = text[lo - offset:hi - offset].strip()
    return ("…" if lo > span.start else "") + piece + ("…" if hi < span.end else "")


def _index(graph: Graph, predicate: URIRef) -> dict:
    """Subject → object for one predicate, read in one pass (far faster than a lookup per node)."""
    return {s: o for s, o in graph.subject_objects(predicate)}


class _Annotations:
    """The parts of every annotation, indexed once per predicate."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.body, self.target = _index(graph, OA.hasBody), _index(graph, OA.hasTarget)
        self.source, self.named_sentence = _index(graph, OA.hasSource), _index(graph, SENTENCE)
        self.start, self.end, self.exact = _index(graph, OA.start), _index(graph, OA.end), _index(graph, OA.exact)
        self.anchor, self.begin = _index(graph, NIF.anchorOf), _index(graph, NIF.beginIndex)
        self.selectors: dict[URIRef, list[URIRef]] = defaultdict(list)
        for target, selector in graph.subject_objects(OA.hasSelector):
            self.selectors[target].append(selector)
        self.cache: dict[URIRef, tuple[str, list[int], list[Zone]]] = {}

    def selected(self, target: URIRef) -> tuple[int | None, int | None, str]:
        """Offsets (from the position selector) and exact words (from the quote selector)."""
        start = end = None
        exact = ""
        for selector in self.selectors.get(target, ()):
            if selector in self.start and selector in self.end:
                start, end = int(self.start[selector]), int(self.end[selector])
            if selector in self.exact:
                exact = str(self.exact[selector])
        return start, end, exact

    def named(self, target: URIRef, start: int, end: int) -> str | None:
        """The sentence the graph names for ``target`` (``ph:sentence``), if it holds the quote."""
        node = self.named_sentence.get(target)
        if node is None or node not in self.anchor or node not in self.begin:
            return None
        text, begin = str(self.anchor[node]), int(self.begin[node])
        if not begin <= start <= end <= begin + len(text):  # a sentence that does not hold the quote
            return None
        return _clip(text, Zone(begin, begin + len(text)), start, end, begin)

    def around(self, article: URIRef, start: int, end: int) -> str:
        """The sentence cut from the article's text, its spans computed once per article."""
        if article not in self.cache:
            text = str(self.graph.value(article, SCHEMA.text) or "")
            spans = list(sentences(text, (Zone(0, len(text)),)))
            self.cache[article] = (text, [s.start for s in spans], spans)
        text, starts, spans = self.cache[article]
        i = bisect.bisect_right(starts, start) - 1
        return _clip(text, spans[i] if i >= 0 and spans[i].end >= end else Zone(start, end), start, end)


def read_quotes(graph: Graph, titles: Mapping[str, str]) -> dict[str, tuple[Quote, ...]]:
    """Body IRI → up to MAX_QUOTES quotes, in article then text order."""
    found: dict[str, list[tuple[str, int, Quote]]] = defaultdict(list)
    parts = _Annotations(graph)
    for ann in graph.subjects(RDF.type, OA.Annotation):
        body, target = parts.body.get(ann), parts.target.get(ann)
        article = parts.source.get(target) if target is not None else None
        if body is None or article is None:
            continue
        start, end, exact = parts.selected(target)
        sentence = exact
        if start is not None and end is not None:
            sentence = parts.named(target, start, end) or parts.around(article, start, end)
        quote = Quote(sentence or exact, exact, titles.get(str(article), str(article)), str(article))
        found[str(body)].append((str(article), start or 0, quote))
    return {
        body: tuple(dict.fromkeys(q for *_, q in sorted(items, key=lambda x: x[:2])))[:MAX_QUOTES]
        for body, items in found.items()
    }
